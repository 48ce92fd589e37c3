"""卫生保健, first part: the roster (import all or nothing, ages on a date, a class moved in one step) and 晨午检
(未检 is never normal, absences need a reason, a fever its temperature), typed on the class screen with the keyboard."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from logistics_desktop.core.errors import InputErrors
from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.directory import service as directory
from logistics_desktop.health import service
from logistics_desktop.health.service import CheckLine
from tests.conftest import type_text

MONDAY = date(2026, 11, 23)


@pytest.fixture
def school(db):
    """A kindergarten with two classes and five invented children."""
    with db.session() as session:
        directory.save_school(session, {"name": "阳光幼儿园", "kind": "幼儿园"})
        directory.save(session, directory.STAFF, {"name": "孙保健"})
        for name in ("小一班", "中一班"):
            directory.save(session, directory.CLASSES, {"name": name})
        for name, sex, born in (("王小丫", "女", "2022-03-15"), ("李小宝", "男", "2022-07-01"), ("赵一一", "女", "2021-12-31"),
                                ("钱多多", "男", "2022-01-20")):
            service.save_child(session, {"name": name, "sex": sex, "birth_date": born, "class_name": "小一班", "phone": "13800001111",
                                         "alerts": "花生过敏" if name == "李小宝" else ""})
        service.save_child(session, {"name": "周中中", "sex": "男", "birth_date": "2021-05-05", "class_name": "中一班"})
    return db


def roster_file(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["小二班幼儿名单"])
    sheet.append(["序号", "幼儿姓名", "性别", "出生日期", "班级", "监护人", "联系电话", "过敏史"])
    for i, row in enumerate(rows, 1):
        sheet.append([i, *row])
    book.save(path)
    return path


def test_ages_are_computed_on_the_records_date():
    assert service.age_on(date(2020, 3, 15), date(2025, 5, 20)) == (5, 2)
    assert service.age_on(date(2020, 3, 15), date(2025, 3, 14)) == (4, 11)  # the day before the birthday
    assert service.age_text(date(2022, 3, 15), date(2026, 3, 15)) == "4岁"


def test_a_bad_roster_row_is_named_by_row_and_column_and_nothing_is_imported(school, tmp_path):
    path = roster_file(tmp_path / "名单.xlsx", [("孙小美", "女", "2022-04-01", "小一班", "孙妈妈", "13900002222", ""),
                                                ("吴小明", "男", "2022.13.01", "小一班", "", "", ""),
                                                ("郑小红", "女", "2022-05-05", "大三班", "", "", "")])
    with school.session() as session, pytest.raises(ImportRejected) as caught:
        service.import_children(session, path)
    problems = caught.value.report.problems
    assert (4, "出生日期") in [(row, column) for row, column, _ in problems]
    assert (5, "班级", "班级“大三班”不在班级目录中（设置 → 班级）") in problems
    with school.session() as session:
        assert len(service.children(session, "小一班")) == 4  # nothing of the file
    path = roster_file(tmp_path / "名单.xlsx", [("孙小美", "女", "2022-04-01", "小一班", "孙妈妈", "13900002222", "")])
    with school.session() as session:
        assert service.import_children(session, path).imported == 1
        assert [c.alerts for c in service.children(session, "小一班") if c.name == "李小宝"] == ["花生过敏"]


def test_a_class_moves_in_one_step_at_term_start(school):
    with school.session() as session:
        assert service.move_class(session, "小一班", "中一班") == 4
        assert len(service.children(session, "中一班")) == 5 and service.children(session, "小一班") == []
        with pytest.raises(InputErrors, match="调入班级与原班级相同"):
            service.move_class(session, "中一班", "中一班")


def test_a_class_without_a_check_is_not_checked_never_normal(school):
    with school.session() as session:
        status = {s.class_name: s for s in service.check_status(session, MONDAY, "晨检")}
        assert status["小一班"].checked is False and status["中一班"].checked is False
        assert service.check_lines(session, "小一班", MONDAY, "晨检") is None
        kids = {c.name: c.id for c in service.children(session, "小一班", on=MONDAY)}
        with pytest.raises(InputErrors) as caught:
            service.record_check(session, class_name="小一班", day=MONDAY, session_name="晨检", checker="孙保健",
                                 lines=[CheckLine(kids["王小丫"], present=False), CheckLine(kids["李小宝"], symptom="发热")])
        messages = {(e.row, e.column): e.message for e in caught.value.errors}
        row = {name: n for n, name in enumerate(kids)}  # errors name the row of the class list, in its order
        assert messages[row["王小丫"], "absence_reason"].startswith("王小丫：缺勤请选择原因")
        assert messages[row["李小宝"], "temperature"] == "李小宝：发热请填写体温"
        assert messages[row["李小宝"], "action"].startswith("李小宝：有发现时请选择处理")
        assert len(messages) == 3
        service.record_check(session, class_name="小一班", day=MONDAY, session_name="晨检", checker="孙保健",
                             lines=[CheckLine(kids["王小丫"], present=False, absence_reason="病假", symptom="腹泻"),
                                    CheckLine(kids["李小宝"], temperature="37.6", action="通知家长")])
        status = {s.class_name: s for s in service.check_status(session, MONDAY, "晨检")}
        assert (status["小一班"].checked, status["小一班"].present, status["小一班"].absent, status["小一班"].findings) == (True, 3, 1, 2)
        assert status["中一班"].checked is False
        _checker, lines = service.check_lines(session, "小一班", MONDAY, "晨检")
        assert {line.child_id: line.symptom for line in lines}[kids["李小宝"]] == "发热"  # ≥ 37.3 ℃ is a finding
        with pytest.raises(InputErrors, match="不在 34.0–42.5 ℃ 之间"):
            service.record_check(session, class_name="小一班", day=MONDAY, session_name="晨检", checker="孙保健",
                                 lines=[CheckLine(kids["李小宝"], temperature="3.76", symptom="发热", action="观察")])


def test_home_counts_classes_not_checked_without_a_name(school):
    with school.session() as session:
        items = service.home_items(session, MONDAY)
        assert [i.text for i in items] == ["今日晨检：2 个班级未检（共 2 个班级）"]
        assert not any(name in items[0].text for name in ("王小丫", "李小宝"))


def test_a_class_is_checked_with_the_keyboard(qtbot, school):
    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import ChecksPage
    from logistics_desktop.shell.context import AppContext

    create_application("zh_CN")
    ctx = AppContext(school)
    page = ChecksPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.day.setDate(MONDAY)
    page.choose_class("小一班")
    assert "尚未检查（未检）" in page.errors.text()
    type_text(page.checker.lineEdit(), "孙保健")
    table = page.table
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert table.item(names.index("李小宝"), 4).text() == "花生过敏"  # the alert beside the name
    table.setFocus()
    table.setCurrentCell(names.index("王小丫"), 5)
    qtbot.keyClick(table, Qt.Key.Key_2)  # 病假, and down
    table.setCurrentCell(names.index("李小宝"), 6)
    qtbot.keyClick(table, Qt.Key.Key_1)  # 发热: the temperature cell opens
    assert table.state() == table.State.EditingState and table.currentColumn() == 7
    editor = table.findChild(QLineEdit)
    qtbot.keyClicks(editor, "38.2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    table.setCurrentCell(names.index("李小宝"), 8)
    qtbot.keyClick(table, Qt.Key.Key_3)  # 离园就医
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "缺勤请选择原因" not in page.errors.text(), page.errors.text()
    assert page.errors.text() == "已保存。"
    with school.session() as session:
        status = {s.class_name: s for s in service.check_status(session, MONDAY, "晨检")}
        assert (status["小一班"].present, status["小一班"].absent, status["小一班"].findings) == (3, 1, 1)
        _checker, lines = service.check_lines(session, "小一班", MONDAY, "晨检")
        fever = next(line for line in lines if line.temperature)
        assert (fever.symptom, fever.temperature, fever.action) == ("发热", "38.2", "离园就医")
    assert page.status.item(0).text() == "小一班：已检 3/4" and page.status.item(1).text() == "中一班：未检"


def test_children_imported_from_the_command_line(cli, school, tmp_path):
    path = roster_file(tmp_path / "名单.xlsx", [("孙小美", "女", "2022-04-01", "中一班", "孙妈妈", "13900002222", ""),
                                                ("吴小明", "男", "2031-01-01", "中一班", "", "", "")])
    result = cli("--db", school.path, "import", "children", path)
    assert result.returncode == 1
    assert "第 4 行，出生日期：出生日期不能晚于今天" in result.stderr
    result = cli("--db", school.path, "import", "children", path, "--skip-invalid")
    assert result.returncode == 0, result.stderr
    with school.session() as session:
        assert {c.name for c in service.children(session, "中一班")} == {"周中中", "孙小美"}
    assert cli("--db", school.path, "export", "children", "-o", tmp_path / "out.xlsx").returncode == 0
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").active["A1"].value == "幼儿/学生名册"
