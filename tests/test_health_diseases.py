"""传染病登记: isolation from the editable per-disease table, no return without a checked 复课证明, the disease cluster rows
of the outbreak rules, the page typed as the doctor types it, and the 登记表, 发病统计 and 复课查验证明 in two copies."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtCore import Qt

from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.health import diseases, outbreaks, service
from tests.conftest import type_text
from tests.test_health import kindergarten

TODAY = date(2026, 11, 30)


@pytest.fixture
def school(db):
    """小一班 with four invented children, 中一班 with one, and the doctor 孙保健."""
    return kindergarten(db)


def case(**values):
    return {"class_name": "小一班", "child": "王小丫", "disease": "水痘", "onset": date(2026, 11, 2), "recorder": "孙保健"} | values


def pdf_text(path) -> str:
    """The PDF's text with the line breaks of wrapped cells (and spaces) taken out."""
    return "".join("".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def test_isolation_and_observation_come_from_the_disease_table(school):
    with school.session() as session:
        chickenpox = diseases.save_case(session, case(), today=TODAY)
        flu = diseases.save_case(session, case(child="李小宝", disease="流感样病例", onset=date(2026, 11, 20)), today=TODAY)
    with school.session() as session:
        rows = {r.id: r for r in diseases.cases(session)}
        assert (rows[chickenpox].isolation_to, rows[chickenpox].observation_to) == (date(2026, 11, 16), date(2026, 11, 23))  # 14 d, 21 d
        assert rows[flu].isolation_to is None  # 48 h after the symptoms end: not known yet
        diseases.save_case(session, case(child="李小宝", disease="流感样病例", onset=date(2026, 11, 20), symptoms_ended="2026-11-23"), flu, today=TODAY)
    with school.session() as session:
        assert {r.id: r for r in diseases.cases(session)}[flu].isolation_to == date(2026, 11, 25)
        chickenpox_row = next(d for d in diseases.diseases(session) if d.name == "水痘")
        diseases.save_disease(session, chickenpox_row.as_dict() | {"isolation_days": "21", "observation_days": ""}, chickenpox_row.id)
        # a later edit of the table changes the default of the next case, not the dates already recorded
        later = diseases.save_case(session, case(child="赵一一", onset=date(2026, 11, 10)), today=TODAY)
    with school.session() as session:
        rows = {r.id: r for r in diseases.cases(session)}
        assert rows[later].isolation_to == date(2026, 12, 1) and rows[later].observation_to is None
        assert rows[chickenpox].isolation_to == date(2026, 11, 16)
        with pytest.raises(InputErrors) as caught:
            diseases.save_disease(session, {"name": "水痘", "isolation_days": "0", "counted_from": "昨天"})
        assert {e.field for e in caught.value.errors} == {"name", "isolation_days", "counted_from"}


def test_a_return_is_refused_without_its_certificate_and_before_the_isolation_ends(school):
    with school.session() as session:
        case_id = diseases.save_case(session, case(), today=TODAY)
    with school.session() as session:
        with pytest.raises(InputErrors) as caught:
            diseases.save_case(session, case(returned_on="2026-11-17"), case_id, today=TODAY)
        assert [e.field for e in caught.value.errors] == ["certificate_checked_by"]
        with pytest.raises(InputErrors) as caught:
            diseases.save_case(session, case(returned_on="2026-11-12", certificate_from="市儿童医院", certificate_checked_by="孙保健"), case_id,
                               today=TODAY)
        assert [e.field for e in caught.value.errors] == ["returned_on"] and "2026-11-16" in caught.value.errors[0].message
        with pytest.raises(InputErrors) as caught:
            diseases.save_case(session, case(onset=date(2026, 12, 5), disinfected_on="2026-11-03"), case_id, today=TODAY)
        assert {e.field for e in caught.value.errors} == {"onset", "disinfected_by"}
    with school.session() as session:
        assert diseases.cases(session)[0].returned_on is None  # nothing of the refused saves was written
        diseases.save_case(session, case(returned_on="2026-11-17", certificate_from="市儿童医院", certificate_checked_by="孙保健",
                                         disinfected_on="2026-11-03", disinfected_by="孙保健"), case_id, today=TODAY)
    with school.session() as session:
        assert diseases.cases(session, open_only=True) == []
        assert [i.text.source for i in diseases.home_items(session, date(2026, 11, 20))] == ["%1 医学观察至 %2：暂停插班、不与其他班级混班活动"]


def test_disease_cluster_rules_count_the_register(school):
    with school.session() as session:
        service.save_child(session, {"name": "孙小美", "sex": "女", "birth_date": "2021-06-01", "class_name": "中一班"})
        diseases.save_case(session, case(disease="手足口病", onset=date(2026, 11, 20)), today=TODAY)
        diseases.save_case(session, case(child="周中中", class_name="中一班", disease="手足口病", onset=date(2026, 11, 21)), today=TODAY)
        assert outbreaks.warnings(session) == []  # one case in each of two classes: no class warning, fewer than 5 in the school
        diseases.save_case(session, case(child="李小宝", disease="手足口病", onset=date(2026, 11, 26)), today=TODAY)
    with school.session() as session:
        [warning] = outbreaks.warnings(session)
        assert (warning.rule, warning.class_name, warning.symptom, warning.cases) == ("手足口病 7 天内同班 2 例", "小一班", "手足口病", 2)
        assert warning.children == ("李小宝", "王小丫") and (warning.first_day, warning.last_day) == (date(2026, 11, 20), date(2026, 11, 26))
        # the doctor's own rule: 2 cases in the whole school within 3 days
        outbreaks.save_rule(session, {"name": "手足口病 3 天内全校 2 例", "disease": "手足口病", "days": "3", "cases": "2", "scope": "全校",
                                      "report_hours": "1"})
        diseases.save_case(session, case(child="孙小美", class_name="中一班", disease="手足口病", onset=date(2026, 11, 22)), today=TODAY)
    with school.session() as session:
        school_wide = [w for w in outbreaks.warnings(session) if w.class_name == "全校"]
        assert [(w.cases, w.first_day, w.last_day) for w in school_wide] == [(3, date(2026, 11, 20), date(2026, 11, 22))]
        with pytest.raises(InputErrors) as caught:
            outbreaks.save_rule(session, {"name": "x", "disease": "天花", "days": "3", "cases": "2", "scope": "全校", "report_hours": "24"})
        assert [e.field for e in caught.value.errors] == ["disease"]


def test_the_page_typed_as_the_doctor_types_it(qtbot, school, tmp_path):
    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import DiseasesPage
    from logistics_desktop.shell.context import AppContext

    create_application("zh_CN")
    page = DiseasesPage(AppContext(school))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    form, back = page.case_form.editors, page.return_form.editors
    form["class_name"].set_value("小一班")
    type_text(form["child"].editor.lineEdit(), "钱多多")
    form["disease"].set_value("水痘")
    form["onset"].set_value(date(2026, 11, 2))
    type_text(form["diagnosed_on"].editor, "2026-11-03")
    type_text(form["hospital"].editor, "区妇幼保健院")
    type_text(form["recorder"].editor.lineEdit(), "孙保健")
    qtbot.keyClick(form["hospital"].editor, Qt.Key.Key_Return)  # Enter saves, as in every form
    assert page.current is not None, page.message.text()
    [row] = page.model.rows
    assert (row["child"], row["isolation"], row["state"]) == ("钱多多", "11-02—11-16", "隔离期满，待查验复课证明")
    assert row["due"]  # shown flagged: due for the return check
    type_text(back["returned_on"].editor, "2026-11-17")
    qtbot.keyClick(back["returned_on"].editor, Qt.Key.Key_Return)
    assert "复课证明" in back["certificate_checked_by"].error_text()
    type_text(back["certificate_from"].editor, "区妇幼保健院")
    type_text(back["certificate_checked_by"].editor.lineEdit(), "孙保健")
    assert page.save()
    assert page.model.rows == [] and not page.show_all.isChecked()  # back at school: off the open list
    page.show_all.setChecked(True)
    assert page.model.rows[0]["state"] == "已复课 11-17"
    page.table.selectRow(0)
    assert form["child"].value() == "钱多多" and back["returned_on"].value() == "2026-11-17"
    assert page.grab().width() >= 1366


def test_the_register_the_statistics_and_the_return_check_in_two_copies(school, tmp_path, cli):
    with school.session() as session:
        first = diseases.save_case(session, case(hospital="区妇幼保健院", diagnosed_on="2026-11-03", returned_on="2026-11-17",
                                                 certificate_from="区妇幼保健院", certificate_checked_by="孙保健"), today=TODAY)
        diseases.save_case(session, case(child="周中中", class_name="中一班", disease="流行性腮腺炎", onset=date(2026, 11, 25)), today=TODAY)
        from logistics_desktop.directory import service as directory

        directory.save(session, directory.TERMS, {"name": "2026秋", "start": "2026-09-01", "end": "2027-01-20", "is_current": True})
    out = tmp_path / "register.pdf"
    assert cli("--db", school.path, "print", "infectious-register", "--month", "2026-11", "-o", out).returncode == 0
    text = pdf_text(out)
    for needle in ("传染病登记表", "发病日期", "隔离起止", "复课证明", "王小丫", "水痘", "11-03/区妇幼保健院", "11-02—11-16", "区妇幼保健院，孙保健查验",
                   "周中中", "流行性腮腺炎", "终末消毒未登记", "观察期至12-20", "本月登记2例，未复课1例"):
        assert needle in text, needle
    with school.session() as session:
        term, total, found = diseases.term_statistics(session)
        assert (total, found) == (5, [("水痘", 1, "20.0"), ("流行性腮腺炎", 1, "20.0")])
        diseases.statistics_ledger(session, {}).save(tmp_path / "stats.xlsx")
        pages = pypdf.PdfReader(diseases.return_certificate(session, {"id": str(first)}).save(tmp_path / "return.pdf")).pages
        open_one = next(r.id for r in diseases.cases(session) if r.open)
        with pytest.raises(InputError, match="尚未登记返校"):
            diseases.return_certificate(session, {"id": str(open_one)})
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "stats.xlsx").active
    cells = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert ["水痘", 1, 20] in cells and ["合计", 2, 40] in cells  # the kit writes the rates as numbers
    assert len(pages) == 1
    return_text = "".join(pages[0].extract_text().split())
    assert return_text.count("王小丫") == 2 and "第一联" in return_text and "第二联" in return_text and "沿此线剪开" in return_text
    assert return_text.count("区妇幼保健院开具，经查验符合复课条件") == 2
