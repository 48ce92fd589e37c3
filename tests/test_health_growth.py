"""卫生保健, second part: measurements evaluated by the national growth standards. The shipped tables checked against
control values from the standards and from second copies; children at the exact cut-offs on both sides; a class typed
with the keyboard; examination results imported (an ambiguous name reported, nothing guessed); the CLI and the form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from logistics_desktop.core.errors import InputErrors
from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.health import growth, measurements, service
from logistics_desktop.health.measurements import MeasureLine
from tests.test_health import kindergarten

DAY = date(2026, 11, 23)


# ------------------------------------------------------------------ the tables


def test_the_under_seven_tables_hold_the_standards_control_values_and_a_second_copy():
    # WS/T 423-2022's published control values: boys' length at birth 51.2 cm (median), boys' head at birth 34.3 cm
    assert growth.sd_table("height_for_age", "男")[0].cuts[3] == 51.2
    assert growth.sd_table("head_for_age", "男")[0].cuts[3] == 34.3
    # rows of a second, independent copy of 附录 B (−3 SD … +3 SD)
    def row(table, sex, x):
        return next(r.cuts for r in growth.sd_table(table, sex) if r.x == x)

    assert row("weight_for_age", "男", 60) == (13.6, 15.1, 16.9, 19.1, 21.6, 24.5, 28.1)
    assert row("weight_for_age", "女", 36) == (10.3, 11.4, 12.6, 14.1, 15.9, 17.9, 20.5)
    assert row("height_for_age", "男", 36) == (87.0, 90.5, 94.0, 97.5, 101.0, 104.5, 108.0)
    assert row("height_for_age", "女", 81) == (107.9, 112.6, 117.3, 122.1, 126.8, 131.6, 136.3)
    for table in ("weight_for_age", "height_for_age", "bmi_for_age", "head_for_age", "weight_for_height"):
        for sex in ("男", "女"):
            rows = growth.sd_table(table, sex)
            assert all(list(r.cuts) == sorted(r.cuts) for r in rows), (table, sex)
            assert [r.x for r in rows] == sorted({r.x for r in rows})


@pytest.mark.parametrize(("sex", "born", "height", "weight", "summary", "grades"), [
    # the cases of an independent WS/T 423-2022 evaluator (its own copy of the tables)
    ("男", date(2025, 6, 12), "75.7", "6.8", "重度低体重、重度消瘦", {"weight_for_age": "下"}),
    ("女", date(2023, 6, 12), "86.0", "13.5", "生长迟缓、肥胖", {"height_for_age": "下"}),
    ("男", date(2021, 6, 12), "112", "23.5", "肥胖", {"weight_for_height": "上", "bmi_for_age": "上"}),
    ("女", date(2023, 12, 12), "89.9", "13.7", "超重", {"bmi_for_age": "中上"}),
    ("男", date(2024, 6, 12), "87.1", "12.2", "正常", {"weight_for_age": "中", "height_for_age": "中"}),
])
def test_under_seven_evaluations_agree_with_an_independent_evaluator(sex, born, height, weight, summary, grades):
    result = growth.evaluate(sex, born, date(2026, 6, 12), Decimal(height), Decimal(weight))
    assert result.standard == "WS/T 423-2022"
    assert result.summary == summary
    by_key = {i.key: i for i in result.indicators}
    assert {k: by_key[k].grade for k in grades} == grades


def test_the_school_age_tables_hold_the_standards_rows():
    cut = growth.school_cutoffs()
    assert (cut[6.0]["boys_overweight"], cut[6.0]["boys_obese"], cut[6.0]["girls_overweight"], cut[6.0]["girls_obese"]) == (16.4, 17.7, 16.2, 17.5)
    assert (cut[13.0]["girls_overweight"], cut[13.0]["girls_obese"]) == (22.2, 25.0)  # not the 13.5 row a copy repeats
    assert (cut[18.0]["boys_overweight"], cut[18.0]["boys_obese"]) == (24.0, 28.0)
    assert (cut[6.0]["boys_bmi_severe"], cut[6.0]["boys_bmi_mild"], cut[6.0]["girls_bmi_severe"], cut[6.0]["girls_bmi_mild"]) == (13.2, 13.4, 12.8, 13.1)
    assert (cut[12.0]["boys_bmi_severe"], cut[12.0]["boys_bmi_mild"]) == (14.4, 15.4)
    assert (cut[17.5]["girls_bmi_severe"], cut[17.5]["girls_bmi_mild"]) == (16.7, 17.3)
    assert (cut[6.0]["boys_stunting_cm"], cut[6.0]["girls_stunting_cm"], cut[12.0]["boys_stunting_cm"]) == (106.3, 105.7, 133.1)
    assert cut[12.5]["boys_stunting_cm"] is None  # one copy only: not shipped, not evaluated


# ------------------------------------------------------------------ the cut-offs, both sides


def school(sex, born, day, height, weight):
    return growth.evaluate(sex, born, day, Decimal(height), Decimal(weight), school_kind="小学")


def test_the_age_is_rounded_down_to_the_half_year_on_the_measurement_day():
    born = date(2016, 3, 10)
    assert growth.half_years(born, date(2025, 9, 9)) == 9.0  # 9 岁 5 月
    assert growth.half_years(born, date(2025, 9, 10)) == 9.5  # 9 岁 6 月
    # BMI 18.7 (130 cm, 31.6 kg): overweight at 9.0 (cut 18.5), normal at 9.5 (cut 18.9)
    assert school("男", born, date(2025, 9, 9), "130", "31.6").summary == "超重"
    assert school("男", born, date(2025, 9, 10), "130", "31.6").summary == "正常"


@pytest.mark.parametrize(("sex", "weight", "summary"), [
    # a 10.0-year-old of 140 cm: BMI = weight / 1.96; boys cut 19.2 / 21.9, girls 19.5 / 21.5
    ("男", "37.6", "超重"),  # BMI 19.2: at the overweight cut
    ("男", "37.5", "正常"),  # 19.1
    ("男", "42.9", "肥胖"),  # 21.9: at the obesity cut
    ("男", "42.8", "超重"),  # 21.8
    ("女", "42.1", "肥胖"),  # 21.5
    ("女", "42.0", "超重"),  # 21.4
    ("男", "27.2", "中重度消瘦"),  # 13.9: at the moderate cut (≤)
    ("男", "27.4", "轻度消瘦"),  # 14.0
    ("男", "28.2", "轻度消瘦"),  # 14.4: at the mild cut (≤)
    ("男", "28.3", "轻度消瘦"),  # 14.44, shown and compared as 14.4: still ≤ 14.4
    ("男", "28.5", "正常"),  # 14.5
])
def test_school_age_bmi_at_the_cut_offs(sex, weight, summary):
    assert school(sex, date(2015, 9, 1), date(2025, 9, 1), "140", weight).summary == summary


def test_stunting_at_the_cut_off_and_not_beyond_the_shipped_ages():
    born = date(2017, 3, 1)  # 8.0 on 2025-03-01: boys 115.4 cm
    assert "生长迟缓" in school("男", born, date(2025, 3, 1), "115.4", "22").statuses
    assert "生长迟缓" not in school("男", born, date(2025, 3, 1), "115.5", "22").statuses
    old = school("男", date(2012, 9, 1), date(2025, 9, 1), "120", "30")  # 13.0: no shipped stunting cut-off
    assert "生长迟缓" not in old.statuses and "生长迟缓界值未收" in old.missing


def test_under_seven_sd_cut_offs_on_both_sides():
    # a boy of exactly 60 months: weight-for-age −2 SD is 15.1 kg, −3 SD 13.6 kg (−3 SD ≤ v < −2 SD is 低体重)
    born, day = date(2020, 6, 1), date(2025, 6, 1)
    def weight_status(kg):
        return next(i for i in growth.evaluate("男", born, day, None, Decimal(kg)).indicators if i.key == "weight_for_age").status
    assert weight_status("15.1") == "" and weight_status("15.0") == "低体重"
    assert weight_status("13.6") == "低体重" and weight_status("13.5") == "重度低体重"
    # weight-for-height at 112 cm: +1 SD 20.7, +2 SD 22.8, +3 SD 25.2 (≥ each: 超重, 肥胖, 重度肥胖)
    def wfh(kg):
        return next(i for i in growth.evaluate("男", born, day, Decimal("112"), Decimal(kg)).indicators if i.key == "weight_for_height").status
    assert (wfh("20.6"), wfh("20.7"), wfh("22.7"), wfh("22.8"), wfh("25.1"), wfh("25.2")) == ("", "超重", "超重", "肥胖", "肥胖", "重度肥胖")


def test_six_year_olds_go_by_the_school_standards_in_a_school_and_by_the_under_seven_one_in_a_kindergarten():
    born, day = date(2019, 3, 1), date(2025, 9, 1)  # 6 岁 6 月
    assert growth.evaluate("女", born, day, Decimal("118"), Decimal("21"), school_kind="小学").standard == "WS/T 586-2018、WS/T 456-2014"
    assert growth.evaluate("女", born, day, Decimal("118"), Decimal("21"), school_kind="幼儿园").standard == "WS/T 423-2022"


def test_a_value_a_child_cannot_have_is_refused_on_its_cell():
    clean, problems = measurements.check_values({"height_cm": "30", "weight_kg": "20"}, "男", date(2020, 1, 1), date(2026, 1, 1), "幼儿园")
    assert "不像 6 岁孩子的测量值" in problems["height_cm"]
    _clean, problems = measurements.check_values({"height_cm": "115", "weight_kg": "2O", "vision_left": "2.5"}, "男", date(2020, 1, 1),
                                                 date(2026, 1, 1), "幼儿园")
    assert problems["weight_kg"] == "体重“2O”不是数字" and "既不是五分记录" in problems["vision_left"]


# ------------------------------------------------------------------ a round, written and read


def test_a_round_is_written_all_or_nothing_with_its_standard_and_replaced_when_typed_again(school_db):
    with school_db.session() as session:
        kids = {c.name: c.id for c in service.children(session, "小一班", on=DAY)}
        bad = [MeasureLine(kids["王小丫"], {"height_cm": "104", "weight_kg": "17"}), MeasureLine(kids["李小宝"], {"height_cm": "10"})]
        with pytest.raises(InputErrors) as caught:
            measurements.record_round(session, class_name="小一班", day=DAY, measurer="孙保健", lines=bad)
        error = caught.value.errors[0]
        assert (error.row, error.column) == (list(kids).index("李小宝"), "height_cm") and error.message.startswith("李小宝：身高 10cm 不像 4 岁孩子的测量值")
    with school_db.session() as session:
        assert measurements.round_rows(session, "小一班", DAY)[1][0].values == {}  # nothing written
        lines = [MeasureLine(kids["王小丫"], {"height_cm": "104", "weight_kg": "17"}), MeasureLine(kids["李小宝"], {"height_cm": "100", "weight_kg": "19"})]
        assert measurements.record_round(session, class_name="小一班", day=DAY, measurer="孙保健", lines=lines) == 2
    with school_db.session() as session:
        measurer, rows = measurements.round_rows(session, "小一班", DAY)
        by_name = {r.name: r for r in rows}
        assert measurer == "孙保健" and by_name["王小丫"].values["height_cm"] == "104.0" and by_name["王小丫"].standard == "WS/T 423-2022"
        assert by_name["李小宝"].summary == "肥胖"
        measurements.record_round(session, class_name="小一班", day=DAY, measurer="孙保健", lines=[MeasureLine(kids["李小宝"], {})])
    with school_db.session() as session:
        assert [r.name for r in measurements.evaluations(session, "小一班", DAY)] == ["王小丫"]  # a blank row removed his


def test_a_stored_evaluation_keeps_its_edition(school_db):
    from logistics_desktop.health.models import Measurement

    with school_db.session() as session:
        kid = service.children(session, "小一班", on=DAY)[0]
        session.add(Measurement(child_id=kid.id, day=DAY, height_cm=Decimal("104"), weight_kg=Decimal("17"), standard="WS/T 423-2013", statuses="消瘦"))
    with school_db.session() as session:
        row = measurements.evaluations(session, "小一班", DAY)[0]
        assert (row.summary, row.standard, row.indicators) == ("消瘦", "WS/T 423-2013", ())


@pytest.fixture
def school_db(db):
    return kindergarten(db)


# ------------------------------------------------------------------ import, CLI and the form


def results_file(path, header, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026 年秋季幼儿体检结果（市妇幼保健院）"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_ambiguous_name_is_reported_and_nothing_is_written(school_db, tmp_path):
    with school_db.session() as session:
        service.save_child(session, {"name": "王小丫", "sex": "女", "birth_date": "2021-08-08", "class_name": "中一班"})  # a namesake
    path = results_file(tmp_path / "体检.xlsx", ["姓名", "体检日期", "身高", "体重", "血红蛋白"],
                        [["王小丫", "2026-11-20", 101.5, 16.2, 118], ["李小宝", "2026-11-20", 99, 15.1, 125], ["无此人", "2026-11-20", 100, 15, 120]])
    with school_db.session() as session, pytest.raises(ImportRejected) as caught:
        measurements.import_measurements(session, path)
    lines = caught.value.report.problem_lines()
    assert "第 3 行，姓名：有 2 个名为“王小丫”的幼儿/学生" in lines[0] and "以免记到别人名下" in lines[0]
    assert lines[1].startswith("第 5 行，姓名：名册中没有“无此人”")
    with school_db.session() as session:
        assert measurements.evaluations(session) == []
    # with the class column the namesake is told apart; a second import of the same file refuses the doubles
    path = results_file(tmp_path / "体检2.xlsx", ["姓名", "班级", "体检日期", "身高(cm)", "体重(kg)", "血红蛋白"],
                        [["王 小丫", "小一班", "2026-11-20", 101.5, 16.2, 118], ["李小宝", "小一班", "2026-11-20", 99, 15.1, 125]])
    with school_db.session() as session:
        report = measurements.import_measurements(session, path)
        assert (report.imported, report.updated) == (2, 0)
    with school_db.session() as session:
        rows = {r.name: r for r in measurements.evaluations(session, "小一班")}
        assert rows["王小丫"].height_cm == Decimal("101.5") and rows["王小丫"].standard == "WS/T 423-2022"
        with pytest.raises(ImportRejected):
            measurements.import_measurements(session, path)
        report = measurements.import_measurements(session, path, update=True)
        assert (report.imported, report.updated, report.written) == (0, 0, False)  # the same values: nothing to write
    path = results_file(tmp_path / "体检3.xlsx", ["姓名", "班级", "体检日期", "身高(cm)"], [["李小宝", "小一班", "2026-11-20", 99.5]])
    with school_db.session() as session:
        report = measurements.import_measurements(session, path, update=True)
        assert (report.imported, report.updated) == (0, 1)
        rows = {r.name: r for r in measurements.evaluations(session, "小一班")}
        assert (rows["李小宝"].height_cm, rows["李小宝"].weight_kg) == (Decimal("99.5"), Decimal("15.1"))  # its weight kept


def test_the_command_line_imports_evaluates_and_prints(cli, school_db, tmp_path):
    path = results_file(tmp_path / "体检.xlsx", ["姓名", "班级", "测量日期", "身高", "体重"],
                        [["王小丫", "小一班", "2026-11-20", 101.5, 16.2], ["李小宝", "小一班", "2026-11-20", 99, 18.5]])
    result = cli("--db", school_db.path, "import", "measurements", path)
    assert result.returncode == 0, result.stderr
    result = cli("--db", school_db.path, "health", "evaluate", "--class", "小一班", "--date", "2026-11-30")
    assert result.returncode == 0, result.stderr
    lines = {line.split("\t")[1]: line for line in result.stdout.splitlines()}
    assert "肥胖" in lines["李小宝"] and "身高 99.0cm" in lines["李小宝"] and "WS/T 423-2022" in lines["李小宝"]
    assert "年龄别体重 中" in lines["王小丫"] and lines["王小丫"].split("\t")[-2] == "正常"
    printed = tmp_path / "评价.pdf"
    result = cli("--db", school_db.path, "print", "growth-evaluation", "--class", "小一班", "--day", "2026-11-30", "-o", printed)
    assert result.returncode == 0, result.stderr
    text = "".join(p.extract_text() for p in pypdf.PdfReader(printed).pages).replace("\n", "").replace(" ", "")
    assert "生长发育评价表" in text and "李小宝" in text and "评价2人" in text and "肥胖1人（50.0%）" in text
    result = cli("--db", school_db.path, "print", "growth-evaluation", "--class", "小一班", "--day", "2026-11-30", "-o", tmp_path / "评价.xlsx")
    assert result.returncode == 0, result.stderr
    cells = [c for row in openpyxl.load_workbook(tmp_path / "评价.xlsx").active.iter_rows(values_only=True) for c in row if c]
    assert "李小宝" in cells and "生长迟缓、肥胖" in cells and "上（肥胖）" in cells


def test_export_then_import_with_update_changes_nothing(school_db, tmp_path):
    with school_db.session() as session:
        kids = {c.name: c.id for c in service.children(session, "小一班", on=DAY)}
        measurements.record_round(session, class_name="小一班", day=DAY, measurer="孙保健",
                                  lines=[MeasureLine(kids["王小丫"], {"height_cm": "104", "weight_kg": "17", "vision_left": "5.0", "caries": "2"})])
        measurements.export_measurements(session, tmp_path / "测量.xlsx")
    with school_db.session() as session:
        before = measurements.round_rows(session, "小一班", DAY)
        report = measurements.import_measurements(session, tmp_path / "测量.xlsx", update=True)
        assert (report.imported, report.updated, report.written) == (0, 0, False)
    with school_db.session() as session:
        assert measurements.round_rows(session, "小一班", DAY) == before


# ------------------------------------------------------------------ the class screen


def test_a_class_is_measured_with_the_keyboard(qtbot, school_db):
    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import MeasurementsPage
    from logistics_desktop.shell.context import AppContext
    from tests.conftest import type_text
    from tests.test_gui import show_active

    create_application("zh_CN")
    page = show_active(qtbot, MeasurementsPage(AppContext(school_db)))
    page.day.setDate(DAY)
    page.klass.setCurrentIndex(page.klass.findText("小一班"))
    type_text(page.measurer.lineEdit(), "孙保健")
    table = page.table
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    height, weight = table.keys.index("height_cm"), table.keys.index("weight_kg")
    assert table.keys.index("head_cm") and "waist_cm" not in table.keys  # a kindergarten: head, no waist
    table.setFocus()
    table.setCurrentCell(0, height)
    qtbot.waitUntil(table.hasFocus)

    def cell(text: str, key) -> None:  # digits start the editor, as on a scale's read-out; then the key that ends it
        for ch in text:  # keys go where the keyboard's focus is, as a person's do
            qtbot.keyClick(QApplication.focusWidget(), ch)
        qtbot.keyClick(QApplication.focusWidget(), key)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)

    cell("104", Qt.Key.Key_Tab)  # 王小丫's height, Tab to her weight
    assert (table.currentRow(), table.currentColumn()) == (0, weight)
    cell("17", Qt.Key.Key_Return)  # Enter after the Tab: the next child's height
    assert (table.currentRow(), table.currentColumn()) == (1, height)
    cell("106", Qt.Key.Key_Return)  # Enter alone: the next child's same value
    assert (table.currentRow(), table.currentColumn()) == (2, height)
    cell("30", Qt.Key.Key_Return)  # a slip: 30 cm for a 4-year-old
    result = table.keys.index("result")
    assert table.item(0, result).text() == "正常"
    assert "不像 4 岁孩子的测量值" in page.errors.text() and table.item(2, height).background().color().name() == "#ffcdd2"
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert names[2] in page.errors.text()  # refused, on its row
    with school_db.session() as session:
        assert measurements.evaluations(session, "小一班", DAY) == []
    table.item(2, height).setText("")  # the slip cleared
    assert page.errors.text() == ""
    table.setCurrentCell(1, weight)
    cell("21", Qt.Key.Key_Return)
    assert table.item(1, result).text() == "肥胖"
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.errors.text() == "已保存，并按国家标准评价。", page.errors.text()
    assert page.state.text() == "本班 4 人：已测 2，需关注 1"
    with school_db.session() as session:
        saved = {r.name: r.summary for r in measurements.evaluations(session, "小一班", DAY)}
    assert saved == {names[0]: "正常", names[1]: "肥胖"}
