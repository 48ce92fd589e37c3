"""卫生保健, second part continued: case files proposed from the evaluation, followed and closed; examinations due; the
health-examination statistics on a small school counted by hand; the growth chart on screen and printed."""

from __future__ import annotations

from datetime import date, timedelta

import pypdf
import pytest

from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.directory import service as directory
from logistics_desktop.health import casefiles, exams, measurements, service, stats
from logistics_desktop.health.measurements import MeasureLine
from tests.test_health import kindergarten

TODAY = date.today()
ROUND = TODAY - timedelta(days=20)


@pytest.fixture
def measured(db):
    """The kindergarten of test_health, its 小一班 measured 20 days ago: 王小丫 normal, 李小宝 obese with 98 g/L (anaemia),
    赵一一 stunted, 钱多多 not measured; a term that began 60 days ago."""
    kindergarten(db)
    with db.session() as session:
        directory.save(session, directory.TERMS, {"name": "本学期", "start": TODAY - timedelta(days=60), "end": TODAY + timedelta(days=60),
                                                  "is_current": True})
        kids = {c.name: c.id for c in service.children(session, "小一班", on=ROUND)}
        born = {c.name: c for c in service.children(session, "小一班", on=ROUND)}
        # values chosen from the tables for the children's ages on ROUND (a test of the wiring, the cut-offs are tested apart)
        lines = [MeasureLine(kids["王小丫"], {"height_cm": _median(born["王小丫"], "height_for_age"), "weight_kg": _median(born["王小丫"], "weight_for_age"),
                                          "haemoglobin": "125", "caries": "0", "vision_left": "5.0"}),
                 MeasureLine(kids["李小宝"], {"height_cm": _median(born["李小宝"], "height_for_age"), "weight_kg": _obese(born["李小宝"]),
                                          "haemoglobin": "98", "caries": "3"}),
                 MeasureLine(kids["赵一一"], {"height_cm": _stunted(born["赵一一"]), "weight_kg": _median(born["赵一一"], "weight_for_age"), "caries": "1"})]
        measurements.record_round(session, class_name="小一班", day=ROUND, measurer="孙保健", lines=lines)
    return db


def _cuts(child, table):
    from logistics_desktop.health import growth

    return growth.cuts_at(growth.sd_table(table, child.sex), growth.months_on(child.birth_date, ROUND))


def _median(child, table) -> str:
    return f"{_cuts(child, table)[3]:.1f}"


def _obese(child) -> str:
    from logistics_desktop.health import growth

    height = round(_cuts(child, "height_for_age")[3], 1)
    return f"{growth.cuts_at(growth.sd_table('weight_for_height', child.sex), height)[5] + 0.5:.1f}"  # above +2 SD


def _stunted(child) -> str:
    return f"{_cuts(child, 'height_for_age')[1] - 1:.1f}"  # 1 cm under −2 SD


def test_case_files_are_proposed_followed_and_closed(measured):
    with measured.session() as session:
        proposed = {(p.name, p.kind): p for p in casefiles.proposals(session, TODAY)}
    assert set(proposed) == {("李小宝", "肥胖儿"), ("李小宝", "体弱儿"), ("赵一一", "体弱儿")}
    assert proposed[("李小宝", "体弱儿")].reason == "中重度贫血（Hb 98 g/L）" and proposed[("李小宝", "体弱儿")].severe
    assert proposed[("赵一一", "体弱儿")].reason == "生长迟缓" and not proposed[("赵一一", "体弱儿")].severe
    child = proposed[("赵一一", "体弱儿")].child_id
    opened_on = TODAY - timedelta(days=70)
    with measured.session() as session:
        with pytest.raises(InputErrors) as caught:
            casefiles.open_case(session, child, {"kind": "体弱儿", "reason": "", "opened_on": TODAY, "opened_by": "无此人"})
        assert {e.field for e in caught.value.errors} == {"reason", "opened_by"}
        case_id = casefiles.open_case(session, child, {"kind": "体弱儿", "reason": "生长迟缓", "opened_on": opened_on, "opened_by": "孙保健"})
    with measured.session() as session:
        row = casefiles.cases(session)[0]
        assert row.next_review == opened_on + timedelta(days=60) and row.overdue(TODAY)  # mild: every two months, now passed
        assert [i.text for i in casefiles.home_items(session, TODAY)][0] == "专案复查已逾期：1 人"
        assert ("赵一一", "体弱儿") not in {(p.name, p.kind) for p in casefiles.proposals(session, TODAY)}  # open: not proposed again
        with pytest.raises(InputError, match="已有未结案的体弱儿专案"):
            casefiles.open_case(session, child, {"kind": "体弱儿", "reason": "生长迟缓", "opened_on": TODAY, "opened_by": "孙保健"})
    with measured.session() as session:
        casefiles.follow_up(session, case_id, {"day": TODAY - timedelta(days=1), "findings": "身高增长 1.2 cm", "measures": "增加户外活动",
                                               "by": "孙保健"})
    with measured.session() as session:
        row = casefiles.cases(session)[0]
        assert (row.follow_ups, row.next_review, row.overdue(TODAY)) == (1, TODAY + timedelta(days=59), False)
        casefiles.close_case(session, case_id, {"outcome": "好转", "closed_on": TODAY, "closed_by": "孙保健"})
    with measured.session() as session:
        assert casefiles.cases(session, open_only=True) == []
        with pytest.raises(InputError, match="已于"):
            casefiles.follow_up(session, case_id, {"day": TODAY, "findings": "x", "by": "孙保健"})
        ledger = casefiles.case_ledger(session, {})
    text = "".join(p.extract_text() for p in pypdf.PdfReader(ledger.save(measured.path.parent / "专案.pdf")).pages).replace("\n", "")
    assert "体弱儿/肥胖儿专案管理登记表" in text and "赵一一" in text and "身高增长 1.2 cm，增加户外活动" in text and "好转" in text


def test_examinations_due_follow_the_rules(measured):
    with measured.session() as session:
        due = {(d.name, d.what): d for d in exams.exams_due(session, TODAY)}
        # 钱多多 never examined: the entry examination is overdue since the term began (no entry date given)
        assert ("钱多多", "入园体检") in due
        # 李小宝 measured 20 days ago: not due for the yearly one; his haemoglobin was taken, so neither is it
        assert ("李小宝", "定期体检") not in due and ("李小宝", "血红蛋白") not in due
        # 赵一一 had no haemoglobin: due; she is over 4: vision was not screened either
        assert ("赵一一", "血红蛋白") in due and ("赵一一", "视力筛查") in due
        assert ("王小丫", "视力筛查") not in due
        later = {(d.name, d.what): d for d in exams.exams_due(session, ROUND + timedelta(days=365 + 40))}
        assert later[("王小丫", "定期体检")].overdue(ROUND + timedelta(days=365 + 40))  # over 3: once a year, now 40 days late
        # 中一班 has not been measured this term, a month and more into it
        assert exams.classes_not_measured(session, TODAY) == ["中一班"]
        texts = [i.text for i in exams.home_items(session, TODAY)]
    assert any(t.startswith("体检逾期：") for t in texts) and "本学期尚未测量身高体重：1 个班级（中一班）" in texts


def test_health_exam_statistics_on_a_small_school_counted_by_hand(measured):
    with measured.session() as session:
        first, end, _label = stats.period_of(session, {})
        rows = {f.name: f for f in stats.exam_figures(session, first, end)}
    small = rows["小一班"]
    # 4 on the roster, all due; 3 examined (钱多多 not): 体检率 75.0 %
    assert (small.enrolled, small.due, small.examined, stats.rate(small.examined, small.due)) == (4, 4, 3, "75.0")
    assert (small.conditions["肥胖"], small.conditions["生长迟缓"], small.conditions["消瘦"]) == (1, 1, 0)
    assert stats.rate(small.conditions["肥胖"], small.examined) == "33.3"
    assert (small.hb_tested, small.anaemic) == (2, 1)  # 王小丫 125, 李小宝 98
    assert (small.caries_examined, small.with_caries, small.caries_total) == (3, 2, 4)  # 患龋率 66.7 %, 龋均 1.3
    assert rows["合计"].enrolled == 5 and rows["合计"].examined == 3
    with measured.session() as session:
        ledger = stats.exam_stats(session, {})
    assert ledger.total_row[:5] == ["合计", 5, 5, 3, "60.0"]
    assert "1（33.3%）" in ledger.rows[0] and "1.3" in ledger.rows[0]


def test_the_growth_chart_is_printed_for_the_parents_and_shown_on_screen(measured, qtbot):
    with measured.session() as session:
        drawing = stats.growth_chart(session, {"child": "李小宝"})
        name, series = stats.child_chart(session, next(c.id for c in service.children(session, "小一班") if c.name == "李小宝"))
    text = pypdf.PdfReader(drawing.save(measured.path.parent / "曲线.pdf")).pages[0].extract_text().replace("\n", "")
    assert "儿童生长发育报告" in text and "李小宝" in text and "年龄别身高（cm）" in text and "肥胖" in text and "中位数" in text
    assert "已达肥胖" in text  # the advice in words
    from tests.test_markup_prints import unembedded_fonts

    assert unembedded_fonts(measured.path.parent / "曲线.pdf") == set()
    assert name == "李小宝" and [s.title for s in series] == ["年龄别身高", "年龄别体重"] and len(series[0].child) == 1

    from logistics_desktop.app import create_application
    from logistics_desktop.widgets.charts import chart_dialog, growth_view

    create_application("zh_CN")
    dialog = chart_dialog(None, "生长曲线", [growth_view(s) for s in series], "growth-chart-test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chart = dialog.findChildren(type(growth_view(series[0])))[0].chart()
    assert chart.title() == "年龄别身高（cm）" and [s.name() for s in chart.series()][:3] == ["−2SD", "中位数", "+2SD"]
    assert not dialog.grab().isNull()


def test_the_case_files_page_opens_a_proposal_and_shows_the_chart(qtbot, measured):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import CaseFilesPage
    from logistics_desktop.shell.context import AppContext
    from tests.test_gui import show_active

    create_application("zh_CN")
    page = show_active(qtbot, CaseFilesPage(AppContext(measured)))
    names = [(r["name"], r["kind"]) for r in page.proposal_model.rows]
    page.proposals.selectRow(names.index(("赵一一", "体弱儿")))

    def answer():
        dialog = page.dialog
        if dialog.form.values()["reason"] != "生长迟缓":  # the proposal's reason filled in
            dialog.reject()
            return
        dialog.findChild(QPushButton, "ok").click()
        assert dialog.form.editors["opened_by"].error.text()  # who opens it is asked for
        dialog.form.editors["opened_by"].set_value("孙保健")
        dialog.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, answer)
    assert page.open_case(), page.message.text()
    assert [(r["name"], r["kind_shown"]) for r in page.case_model.rows] == [("赵一一", "体弱儿")]
    assert ("赵一一", "体弱儿") not in [(r["name"], r["kind"]) for r in page.proposal_model.rows]
    page.cases.selectRow(0)
    chart = page.show_chart()
    qtbot.addWidget(chart)
    assert chart.windowTitle() == "生长曲线：赵一一"
    chart.close()


def test_the_growth_evaluation_of_a_term_takes_the_measurements_within_it(measured):
    with measured.session() as session:
        kid = next(c.id for c in service.children(session, "小一班") if c.name == "钱多多")
        long_ago = TODAY - timedelta(days=200)  # before the term: not in its evaluation
        measurements.record_round(session, class_name="小一班", day=long_ago, measurer="孙保健",
                                  lines=[MeasureLine(kid, {"height_cm": "100", "weight_kg": "16"})])
    with measured.session() as session:
        term = measurements.growth_evaluation(session, {"term": "本学期"})
        all_time = measurements.growth_evaluation(session, {})
    assert sorted(r[2] for r in term.rows) == ["李小宝", "王小丫", "赵一一"]
    assert sorted(r[2] for r in all_time.rows) == ["李小宝", "王小丫", "赵一一", "钱多多"]
    assert f"{TODAY - timedelta(days=60):%Y-%m-%d} 至 {TODAY:%Y-%m-%d}" in term.period


def test_a_child_back_after_more_than_three_months_away_is_due_a_re_examination(measured):
    with measured.session() as session:
        kids = {c.name: c.id for c in service.children(session, "小一班")}
        for day in (TODAY - timedelta(days=130), TODAY - timedelta(days=5)):  # everyone at the 晨检, then nobody in between
            service.record_check(session, class_name="小一班", day=day, session_name="晨检", checker="孙保健", lines=[])
    with measured.session() as session:
        away = exams.back_after_absence(session, TODAY)
        assert away[kids["王小丫"]] == (TODAY - timedelta(days=130), TODAY - timedelta(days=5))
        due = {(d.name, d.what) for d in exams.exams_due(session, TODAY)}
        assert ("王小丫", "返园体检") in due  # measured 20 days ago, before she came back
        measurements.record_round(session, class_name="小一班", day=TODAY - timedelta(days=1), measurer="孙保健",
                                  lines=[MeasureLine(kids["王小丫"], {"height_cm": "105", "weight_kg": "17"})])
    with measured.session() as session:
        due = {(d.name, d.what) for d in exams.exams_due(session, TODAY)}
    assert ("王小丫", "返园体检") not in due and ("李小宝", "返园体检") in due


def test_a_pupil_never_examined_is_due_from_this_term_not_from_years_back(measured):
    with measured.session() as session:
        service.save_child(session, {"name": "孙老生", "sex": "男", "birth_date": "2021-03-03", "class_name": "中一班",
                                     "enrolled_on": (TODAY - timedelta(days=1500)).isoformat()})
        due = {(d.name, d.what): d for d in exams.exams_due(session, TODAY)}
    assert due[("孙老生", "入园体检")].due_on == TODAY - timedelta(days=60)  # the current term's first day


def test_the_anaemia_cut_offs_ship_as_who_2011_and_are_a_setting_the_proposals_and_statistics_follow(measured):
    from logistics_desktop.core import rules

    with measured.session() as session:
        bands = casefiles.anaemia_bands(session)
    assert [(b.from_months, b.below, b.severe_below) for b in bands] == [tuple(b) for b in rules.ANAEMIA_HB.value]
    born = date(2020, 1, 15)
    # control values of WHO/NMH/NHD/MNM/11.1 on both sides of each cut-off and of the age bands (59 / 60 months)
    assert [casefiles.anaemia(born, date(2025, 1, 14), hb, bands) for hb in (99, 100, 109, 110)] == ["中重度贫血", "贫血", "贫血", ""]
    assert [casefiles.anaemia(born, date(2025, 1, 15), hb, bands) for hb in (109, 110, 114, 115)] == ["中重度贫血", "贫血", "贫血", ""]
    assert casefiles.anaemia(born, date(2020, 7, 14), 90, bands) == ""  # under 6 months: no band, not judged
    assert casefiles.anaemia(born, date(2035, 1, 15), 90, bands) == ""  # 15 and over: not judged here
    with measured.session() as session:
        with pytest.raises(InputErrors) as caught:
            casefiles.save_cutoff(session, {"from_months": "六十", "below": "110", "severe_below": "120"})
        assert {e.field for e in caught.value.errors} == {"from_months", "severe_below"}
        for band in bands:  # a local rule stricter than WHO: 王小丫's 125 g/L is now anaemia as well
            casefiles.save_cutoff(session, {"from_months": str(band.from_months), "below": "130", "severe_below": "100"})
    with measured.session() as session:
        assert len(casefiles.anaemia_bands(session)) == 3  # saved over the same bands, none added
        proposed = {(p.name, p.kind): p.reason for p in casefiles.proposals(session, TODAY)}
        assert proposed[("王小丫", "体弱儿")] == "贫血（Hb 125 g/L）" and proposed[("李小宝", "体弱儿")] == "中重度贫血（Hb 98 g/L）"
        first, end, _label = stats.period_of(session, {})
        small = {f.name: f for f in stats.exam_figures(session, first, end)}["小一班"]
        assert (small.hb_tested, small.anaemic) == (2, 2)
        assert "0–59 月" not in stats.exam_stats(session, {}).notes[0] and "6–59 月 <130" in stats.exam_stats(session, {}).notes[0]
        for band in casefiles.anaemia_bands(session)[1:]:
            casefiles.delete_cutoff(session, band.id)
        with pytest.raises(InputError, match="至少要保留一行"):
            casefiles.delete_cutoff(session, casefiles.anaemia_bands(session)[0].id)


def test_the_anaemia_cut_offs_page_edits_a_band_and_says_what_is_wrong_beside_the_field(qtbot, measured):
    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import AnaemiaCutoffsPage
    from logistics_desktop.shell.context import AppContext
    from tests.test_gui import show_active

    create_application("zh_CN")
    page = show_active(qtbot, AnaemiaCutoffsPage(AppContext(measured)))
    assert [r["from_months"] for r in page.model.rows] == [6, 60, 144] and "WHO" in page.ui.source.text()
    page.table.selectRow(1)
    assert page.form.values()["below"] == "115"  # the chosen band is in the form
    page.form.editors["severe_below"].set_value("120")
    assert not page.save()
    assert page.form.editors["severe_below"].error.text() == "中重度界值不能高于贫血界值"
    page.form.editors["severe_below"].set_value("105")
    page.form.editors["below"].set_value("118")
    assert page.save()
    assert [(r["from_months"], r["below"], r["severe_below"]) for r in page.model.rows][1] == (60, 118, 105)
    page.table.selectRow(2)
    assert page.remove() and [r["from_months"] for r in page.model.rows] == [6, 60]
