"""卫生保健, first part: the roster (import all or nothing, ages on a date, a class moved in one step) and 晨午检
(未检 is never normal, absences need a reason, a fever its temperature), typed on the class screen with the keyboard."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlmodel import select

from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.directory import service as directory
from logistics_desktop.health import service
from logistics_desktop.health.service import CheckLine
from tests.conftest import type_text

MONDAY = date(2026, 11, 23)


@pytest.fixture
def school(db):
    return kindergarten(db)


def kindergarten(db):
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


def test_the_roster_is_searched_by_name_or_pinyin_initials(qtbot, school):
    from logistics_desktop.health.view import RosterPage
    from logistics_desktop.shell.context import AppContext

    page = RosterPage(AppContext(school))
    qtbot.addWidget(page)
    page.reload()
    qtbot.keyClicks(page.search, "lxb")  # 李小宝, typed without an input method
    assert [r["name"] for r in page.model.rows] == ["李小宝"] and page.count.text() == "共 1 人"
    page.search.clear()
    type_text(page.search, "小")
    assert {r["name"] for r in page.model.rows} == {"王小丫", "李小宝"}


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
        assert "今日晨检：2 个班级未检（共 2 个班级）" in [i.text for i in items]
        assert "一个月内到期的体检：15 人次" in [i.text for i in items]  # 5 not examined: entry, haemoglobin, vision (over 4)
        assert not any(name in item.text for item in items for name in ("王小丫", "李小宝", "赵一一", "钱多多", "周中中"))


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


def test_the_roster_exported_and_imported_again_changes_nothing_and_an_edited_one_only_what_was_edited(cli, school, tmp_path):
    """A school's class lists come back each term: the export read back with --update writes nothing; edited (a phone, a
    class after promotion, the enrolment date), only those fields change, the log naming the fields and not the values;
    without --update, a child already on the roster is a problem of its row and nothing is written."""
    from logistics_desktop.core.audit import AuditEntry

    with school.session() as session:
        service.save_child(session, {"name": "孙小美", "sex": "女", "birth_date": "2022-04-01", "class_name": "小一班",
                                     "phone": "13900002222", "enrolled_on": "2025-09-01"})
        before = {c.id: c for c in service.children(session)}
    exported = tmp_path / "名册.xlsx"
    assert cli("--db", school.path, "export", "children", "-o", exported).returncode == 0
    with school.session() as session:
        logged = [e.action for e in session.exec(select(AuditEntry))]  # the export itself is logged (children's records read)
    result = cli("--db", school.path, "import", "children", exported, "--update")
    assert result.returncode == 0, result.stderr
    with school.session() as session:
        assert {c.id: c for c in service.children(session)} == before
        assert [e.action for e in session.exec(select(AuditEntry))] == logged  # nothing written, nothing logged

    result = cli("--db", school.path, "import", "children", exported)
    assert result.returncode == 1 and "“孙小美”（2022-04-01）已在名册中（要更新已有记录请选择“更新已有记录”）" in result.stderr

    book = openpyxl.load_workbook(exported)
    sheet = book.active
    header = next(r for r in range(1, 6) if sheet.cell(r, 3).value == "姓名")
    column = {sheet.cell(header, c).value: c for c in range(1, sheet.max_column + 1)}
    row = next(r for r in range(header + 1, sheet.max_row + 1) if sheet.cell(r, column["姓名"]).value == "孙小美")
    sheet.cell(row, column["家长电话"]).value = "13900003333"
    sheet.cell(row, column["班级"]).value = "中一班"
    sheet.cell(row, column["入园/入学日期"]).value = "2025-09-02"
    book.save(exported)
    result = cli("--db", school.path, "import", "children", exported, "--update")
    assert result.returncode == 0, result.stderr
    with school.session() as session:
        after = {c.id: c for c in service.children(session)}
        moved = next(c for c in after.values() if c.name == "孙小美")
        assert (moved.class_name, moved.phone, moved.enrolled_on, moved.guardian) == ("中一班", "13900003333", date(2025, 9, 2), "")
        assert {i: c for i, c in after.items() if i != moved.id} == {i: c for i, c in before.items() if i != moved.id}
        log = session.exec(select(AuditEntry).where(AuditEntry.entity == "health_child", AuditEntry.action == "修改")).all()[-1]
        assert log.entity_id == moved.id and "13900003333" not in log.changes
        assert json.loads(log.changes)["fields"] == [None, ["class_id", "enrolled_on", "phone"]]

    # a class teacher's list of new phone numbers: name and birth date find the child, the rest of the record stays;
    # a new child in such a list lacks 性别 and 班级, a problem of its row
    partial = tmp_path / "电话.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "出生日期", "联系电话"])
    book.active.append(["孙小美", "2022-04-01", "13900004444"])
    book.save(partial)
    result = cli("--db", school.path, "import", "children", partial, "--update")
    assert result.returncode == 0, result.stderr
    with school.session() as session:
        moved = next(c for c in service.children(session) if c.name == "孙小美")
        assert (moved.class_name, moved.phone, moved.enrolled_on, moved.sex) == ("中一班", "13900004444", date(2025, 9, 2), "女")
    book.active.append(["新同学", "2022-05-05", "13900005555"])
    book.save(partial)
    result = cli("--db", school.path, "import", "children", partial, "--update")
    assert result.returncode == 1 and "第 3 行，性别" in result.stderr and "第 3 行，班级：请填写班级" in result.stderr


# ------------------------------------------------------------------ outbreak warnings (the 2006 rule)


@pytest.fixture
def big_class(school):
    with school.session() as session:
        for name in ("孙一", "孙二", "孙三", "孙四"):
            service.save_child(session, {"name": name, "sex": "男", "birth_date": "2022-02-02", "class_name": "小一班"})
        service.save_child(session, {"name": "周二", "sex": "女", "birth_date": "2021-06-06", "class_name": "中一班"})
    return school


def check_with(session, class_name, day, sick: dict[str, str]):
    """A morning check where the children named in `sick` have that symptom (fever with 38.0 ℃), the rest are well."""
    kids = {c.name: c.id for c in service.children(session, class_name, on=day)}
    lines = [CheckLine(kids[name], temperature="38.0" if symptom == "发热" else "", symptom=symptom, action="通知家长")
             for name, symptom in sick.items()]
    service.record_check(session, class_name=class_name, day=day, session_name="晨检", checker="孙保健", lines=lines)


def test_the_2006_rule_at_its_edges(big_class):
    from logistics_desktop.health import outbreaks

    with big_class.session() as session:
        check_with(session, "小一班", MONDAY, {"王小丫": "腹泻", "李小宝": "腹泻"})
        assert outbreaks.warnings(session) == []  # 2 in a day: none
        check_with(session, "小一班", MONDAY, {"王小丫": "腹泻", "李小宝": "腹泻", "孙一": "腹泻"})
        (warning,) = outbreaks.warnings(session)  # 3 in a day: a warning, with its cases
        assert (warning.class_name, warning.symptom, warning.cases, warning.rule) == ("小一班", "腹泻", 3, "同一班级 1 天内 3 例相似症状")
        assert set(warning.children) == {"王小丫", "李小宝", "孙一"}
        assert (warning.deadline - warning.raised_at).total_seconds() == 24 * 3600
        assert service.home_items(session, MONDAY)[0].text.startswith("疫情预警：小一班 腹泻 3 例")
        assert not any(n in service.home_items(session, MONDAY)[0].text for n in warning.children)  # 首页: no names


def test_five_within_three_days_counts_a_child_once_a_day(big_class):
    from logistics_desktop.health import outbreaks

    tuesday, wednesday = date(2026, 11, 24), date(2026, 11, 25)
    with big_class.session() as session:
        check_with(session, "小一班", MONDAY, {"孙一": "发热", "孙二": "发热"})
        check_with(session, "小一班", tuesday, {"孙一": "发热", "孙三": "发热"})  # 孙一 again: once on each day
        assert outbreaks.warnings(session) == []  # 4 child-days
        check_with(session, "中一班", wednesday, {"周中中": "发热", "周二": "发热"})  # another class: not counted with 小一班
        assert outbreaks.warnings(session) == []
        check_with(session, "小一班", wednesday, {"孙四": "发热"})
        (warning,) = outbreaks.warnings(session)
        assert (warning.rule, warning.cases, warning.first_day, warning.last_day) == ("同一班级 3 天内 5 例相似症状", 5, MONDAY, wednesday)


def test_an_edited_rule_changes_the_outcome_and_a_warning_is_reported_or_dismissed(big_class):
    from logistics_desktop.health import outbreaks

    with big_class.session() as session:
        first = outbreaks.rules(session)[0]
        outbreaks.save_rule(session, {**first.model_dump(), "cases": "2", "report_hours": "1"}, first.id)  # a stricter local rule
        check_with(session, "小一班", MONDAY, {"王小丫": "皮疹", "李小宝": "皮疹"})
        (warning,) = outbreaks.warnings(session)
        assert (warning.deadline - warning.raised_at).total_seconds() == 3600
        with pytest.raises(InputErrors, match="排除预警须写明原因"):
            outbreaks.dismiss(session, warning.id, reason=" ", by="孙保健")
        with pytest.raises(InputErrors, match="应为 发热、皮疹"):
            outbreaks.save_rule(session, {**first.model_dump(), "symptoms": "头疼"}, first.id)
        outbreaks.mark_reported(session, warning.id, to="区疾控中心", by="孙保健", at="2026-11-23 09:30")
        assert outbreaks.warnings(session) == []
        (done,) = outbreaks.warnings(session, open_only=False)
        assert (done.status, done.reported_to, done.handled_by) == ("已报告", "区疾控中心", "孙保健")


def test_a_class_checked_and_its_warning_listed_from_the_command_line(cli, big_class):
    run = lambda *a: cli("--db", big_class.path, "health", *a)  # noqa: E731
    result = run("check", "--class", "小一班", "--date", "2026-11-23", "--checker", "孙保健", "--absent", "钱多多:事假",
                 "--finding", "王小丫:呕吐::通知家长", "--finding", "李小宝:呕吐", "--finding", "孙一:呕吐")
    assert result.returncode == 0, result.stderr
    assert "已登记 小一班 2026-11-23 晨检：缺勤 1 人，发现 3 人" in result.stdout and "疫情预警：小一班 呕吐 3 例" in result.stdout
    listed = run("warnings", "--date", "2026-11-23 08:00")
    assert listed.returncode == 0 and "同一班级 1 天内 3 例相似症状\t小一班\t呕吐 3 例（2026-11-23—2026-11-23）" in listed.stdout
    bad = run("check", "--class", "小一班", "--date", "2026-11-23", "--checker", "孙保健", "--finding", "路人甲:发热:38.5")
    assert bad.returncode == 1 and "“小一班”没有名为“路人甲”的幼儿/学生" in bad.stderr
    assert run("check", "--class", "大三班", "--checker", "孙保健").returncode == 1
    # a parent calls after the check: the absence is added to the saved check, which is saved again
    late = run("absence", "--child", "赵一一", "--date", "2026-11-23", "--reason", "病假", "--symptom", "呕吐")
    assert late.returncode == 0, late.stderr
    assert "已登记 小一班 赵一一 2026-11-23 晨检缺勤：病假（呕吐）" in late.stdout and "已建立因病缺勤追踪" in late.stdout
    listed = run("warnings", "--date", "2026-11-23 08:00")
    assert "呕吐 4 例" in listed.stdout  # the absence away ill counts with the findings
    with big_class.session() as session:
        checker, lines = service.check_lines(session, "小一班", date(2026, 11, 23), "晨检")
        kids = {c.id: c.name for c in service.children(session, "小一班")}
        assert {kids[x.child_id]: (x.present, x.absence_reason) for x in lines if not x.present} == {"钱多多": (False, "事假"), "赵一一": (False, "病假")}
        assert sum(1 for x in lines if x.symptom == "呕吐" and x.present) == 3  # the findings kept
    with big_class.session() as session:  # the draft report of the warning, filled from its four cases
        from logistics_desktop.health import outbreaks

        (warning,) = outbreaks.warnings(session)
    out = big_class.path.parent / "疫情报告.pdf"
    assert cli("--db", big_class.path, "print", "outbreak-report", str(warning.id), "-o", out).returncode == 0
    import pypdf

    text = "".join("".join(p.extract_text() for p in pypdf.PdfReader(out).pages).split())
    for needle in ("学校传染病疫情报告（草稿）", "阳光幼儿园", "小一班", "呕吐", "4例（2026-11-23至2026-11-23）", "同一班级1天内3例相似症状", "已采取的措施",
                   "王小丫", "李小宝", "孙一", "赵一一", "在校发现", "因病缺勤", "13800001111", "校（园）长（签字）"):
        assert needle in text, needle
    unchecked = run("absence", "--child", "周中中", "--date", "2026-11-23")
    assert unchecked.returncode == 1 and "中一班 2026-11-23 晨检尚未登记" in unchecked.stderr
    assert run("absence", "--child", "路人甲", "--date", "2026-11-23").returncode == 1
    nobody = run("check", "--class", "中一班", "--date", "2026-11-23")  # no --checker and no 保健医 in the staff list
    assert nobody.returncode == 1 and "请用 --checker 写明检查人" in nobody.stderr
    with big_class.session() as session:
        directory.save(session, directory.STAFF, {"name": "孙保健", "post": "保健医"}, next(
            r["id"] for r in directory.rows(session, directory.STAFF) if r["name"] == "孙保健"))
    assert run("check", "--class", "中一班", "--date", "2026-11-23").returncode == 0  # the school doctor checked
    with big_class.session() as session:
        assert service.check_lines(session, "中一班", date(2026, 11, 23), "晨检")[0] == "孙保健"


def test_attendance_rate_by_the_formula_and_the_months_forms(cli, big_class, tmp_path):
    import pypdf

    from logistics_desktop.health import reports

    with big_class.session() as session:
        check_with(session, "小一班", MONDAY, {"王小丫": "咳嗽"})  # 8 present of 8
        kids = {c.name: c.id for c in service.children(session, "小一班", on=MONDAY)}
        service.record_check(session, class_name="小一班", day=date(2026, 11, 24), session_name="晨检", checker="孙保健",
                             lines=[CheckLine(kids["钱多多"], present=False, absence_reason="病假", symptom="发热"),
                                    CheckLine(kids["孙一"], present=False, absence_reason="事假")])  # 6 of 8
        (row,) = [r for r in reports.attendance(session, {"month": "2026-11"}) if r["class"] == "小一班"]
        assert (row["expected"], row["present"], row["ill"], row["leave"], row["rate"]) == (16, 14, 1, 1, "87.5%")  # 14 / 16
        ledger = reports.morning_check_log(session, {"month": "2026-11", "class": "小一班"})
        assert [c.label for c in ledger.columns][:6] == ["日期", "晨/午", "班级", "人数/实到", "因病缺勤", "可疑症状"]
        unchecked = [r for r in ledger.rows if r[6] == "未检"]
        assert len(unchecked) == 21 - 2  # the school days of November 2026 not checked: never blank, never normal
    out = tmp_path / "晨午检.pdf"
    assert cli("--db", big_class.path, "print", "morning-check-log", "--month", "2026-11", "--class", "小一班", "-o", out).returncode == 0
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    for needle in ("晨午检记录表", "阳光幼儿园", "钱多多", "发热", "病假", "事假", "未检", "登记人", "保健医"):
        assert needle in text, needle
    assert cli("--db", big_class.path, "print", "attendance-stats", "--month", "2026-11", "-o", tmp_path / "a.xlsx").returncode == 0
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert "87.5%" in [c.value for row in sheet.iter_rows() for c in row]


def test_attendance_by_day_and_term_the_zero_report_and_a_classs_day_form(cli, big_class, tmp_path):
    import pypdf

    from logistics_desktop.health import reports

    tuesday = date(2026, 11, 24)
    with big_class.session() as session:
        directory.save(session, directory.TERMS, {"name": "2026秋", "start": "2026-09-01", "end": "2027-01-20", "is_current": True})
        kids = {c.name: c.id for c in service.children(session, "小一班", on=MONDAY)}
        check_with(session, "小一班", MONDAY, {"王小丫": "咳嗽"})
        check_with(session, "中一班", MONDAY, {})
        for day in (tuesday, date(2026, 12, 1)):
            service.record_check(session, class_name="小一班", day=day, session_name="晨检", checker="孙保健",
                                 lines=[CheckLine(kids["钱多多"], present=False, absence_reason="病假", symptom="发热")])
            service.record_check(session, class_name="小一班", day=day, session_name="午检", checker="孙保健",
                                 lines=[CheckLine(kids["钱多多"], present=False, absence_reason="病假", symptom="发热")])
        by_day = {r["class"]: r["rate"] for r in reports.attendance(session, {"day": "2026-11-24"})}
        assert by_day == {"小一班": "87.5%", "中一班": "—"}  # 7 of 8; 中一班 not checked that day: no rate, not 100 %
        by_term = {r["class"]: (r["expected"], r["present"], r["rate"]) for r in reports.attendance(session, {"term": "本学期"})}
        assert by_term["小一班"] == (24, 22, "91.7%") and by_term["中一班"] == (2, 2, "100.0%")
        zero = reports.zero_report(session, {"month": "2026-11"})
        assert [c.label for c in zero.columns] == ["日期", "星期", "小一班", "中一班", "全校因病缺勤"]
        assert {r[0]: r[2:] for r in zero.rows}["11-23"] == ["零", "零", 0] and {r[0]: r[2:] for r in zero.rows}["11-24"] == [1, "未检", 1]
        assert len(zero.emphasis) == 20  # every school day but Monday has a class not checked
        form = reports.day_check_form(session, {"class": "小一班", "day": "2026-12-01", "session": "午"})
        row = next(r for r in form.rows if r[1] == "钱多多")
        assert (row[4], row[5], row[8]) == ("病假", "发热", 4)  # away at every saved check since 11-24's morning: four half days
        assert len(form.rows) == 8 and "班级人数 8　实到 7　因病缺勤 1" in form.period
        with pytest.raises(InputError, match="尚未登记（未检）"):
            reports.day_check_form(session, {"class": "中一班", "day": "2026-12-01"})
    out = tmp_path / "day.pdf"
    assert cli("--db", big_class.path, "print", "day-check-form", "--class", "小一班", "--day", "2026-11-23", "-o", out).returncode == 0
    text = "".join("".join(p.extract_text() for p in pypdf.PdfReader(out).pages).split())
    for needle in ("晨午检记录表（晨检）", "小一班", "王小丫", "咳嗽", "李小宝", "花生过敏", "登记人：孙保健"):
        assert needle in text, needle
    assert cli("--db", big_class.path, "print", "attendance-stats", "--term", "本学期", "-o", tmp_path / "t.pdf").returncode == 0


def test_an_illness_absence_is_followed_up_until_the_child_returns(big_class, tmp_path):
    from logistics_desktop.health import followups

    with big_class.session() as session:
        kids = {c.name: c.id for c in service.children(session, "小一班", on=MONDAY)}
        for day in (MONDAY, date(2026, 11, 24)):  # away two days: one follow-up
            service.record_check(session, class_name="小一班", day=day, session_name="晨检", checker="孙保健",
                                 lines=[CheckLine(kids["钱多多"], present=False, absence_reason="病假", symptom="发热"),
                                        CheckLine(kids["孙一"], present=False, absence_reason="事假")])
        (follow,) = followups.followups(session)
        assert (follow.child, follow.first_day, follow.symptom, follow.open) == ("钱多多", MONDAY, "发热", True)
        assert followups.home_items(session, MONDAY)[0].text == "因病缺勤追踪：1 人未结案，其中 1 人尚未联系"
        with pytest.raises(InputErrors) as caught:
            followups.record(session, follow.id, {"returned_on": "2026-11-20", "tracker": ""})
        assert {e.field for e in caught.value.errors} == {"tracker", "returned_on", "called"}
        followups.record(session, follow.id, {"called": "钱妈妈：发热 38.6 ℃，已去儿童医院", "called_at": "2026-11-23 08:40",
                                              "seen_at": "市儿童医院", "diagnosis": "上呼吸道感染", "tracker": "孙保健"})
        assert followups.followups(session)[0].called.startswith("钱妈妈")
        followups.record(session, follow.id, {"called": "钱妈妈", "diagnosis": "上呼吸道感染", "returned_on": "2026-11-26",
                                              "certificate_checked": True, "tracker": "孙保健"})
        assert followups.followups(session) == [] and followups.home_items(session, MONDAY) == []
        service.record_check(session, class_name="小一班", day=date(2026, 11, 25), session_name="晨检", checker="孙保健",
                             lines=[CheckLine(kids["王小丫"], present=False, absence_reason="病假", symptom="呕吐")])
        service.record_check(session, class_name="小一班", day=date(2026, 11, 26), session_name="晨检", checker="孙保健", lines=[])
        back = next(f for f in followups.followups(session, open_only=False) if f.child == "王小丫")
        assert back.returned_on == date(2026, 11, 26)  # present at the next check: back
        ledger = followups.followup_ledger(session, {"month": "2026-11"})
        assert ledger.rows[0][1:5] == ["钱多多", "13800001111", "11-23", "发热"] and ledger.rows[0][-2:] == ["已查验", "孙保健"]
        assert ledger.summary[0].startswith("本月晨检应到 32 人次，实到 27 人次，缺勤 5 人次，其中因病 3 人次")  # 小一班 8 × 4 checks; 孙一 事假 twice
        assert ledger.notes[0] == "本月没有全校零报告日。"  # 中一班 never checked: not a zero report
        assert ledger.notes[1].startswith("各班零报告天数：小一班 1 天；中一班 0 天")  # 11-26 only


def test_an_observation_during_the_day_is_recorded_and_printed(qtbot, school, tmp_path):
    import pypdf

    from logistics_desktop.app import create_application
    from logistics_desktop.health import observations
    from logistics_desktop.health.view import ObservationsPage
    from logistics_desktop.shell.context import AppContext

    with school.session() as session:
        with pytest.raises(InputErrors) as caught:
            observations.record_observation(session, {"day": MONDAY, "time": "25:00", "class_name": "小一班", "child": "路人甲",
                                                      "situation": "", "action": "", "recorder": ""})
        assert {e.field for e in caught.value.errors} == {"time", "child", "situation", "action", "recorder"}
    create_application("zh_CN")
    page = ObservationsPage(AppContext(school))
    qtbot.addWidget(page)
    page.form.set_values({"day": MONDAY, "time": "10:20", "class_name": "小一班", "child": "李小宝", "symptom": "皮疹",
                          "situation": "手臂出现红疹，未发热", "action": "通知家长", "follow_up": True, "recorder": "孙保健"})
    assert page.save(), page.form.general_error.text()
    page.month.setDate(MONDAY)
    assert [page.model.rows[0][k] for k in ("time", "child", "symptom", "follow_up")] == ["10:20", "李小宝", "皮疹", True]
    with school.session() as session:
        ledger = observations.observation_log(session, {"month": "2026-11"})
    text = "".join(p.extract_text() for p in pypdf.PdfReader(ledger.save(tmp_path / "obs.pdf")).pages)
    for needle in ("全日健康观察记录", "李小宝", "皮疹：手臂出现红疹，未发热", "通知家长", "孙保健"):
        assert needle in text, needle
