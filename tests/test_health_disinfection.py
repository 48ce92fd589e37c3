"""消毒记录: a short or weak disinfection kept and flagged against the school's table of 附件3 minimums (which the school
edits), the dilution helper's arithmetic, the month's 消毒记录表, and the page typed with the keyboard."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pypdf
import pytest
from PySide6.QtCore import Qt

from logistics_desktop.core.errors import InputErrors
from logistics_desktop.health import disinfection
from tests.conftest import type_text
from tests.test_health import kindergarten

DAY = date(2026, 11, 24)


@pytest.fixture
def school(db):
    return kindergarten(db)


def entry(**values):
    return {"day": DAY, "time": "16:30", "kind": "预防性", "target": "厕所、便盆", "place": "小一班卫生间", "method": "含氯", "mg_l": "500",
            "minutes": "30", "operator": "孙保健", "checker": "孙保健"} | values


def test_the_dilution_helper():
    assert disinfection.dilution("5", "500", "1") == disinfection.Dilution(Decimal("10.0"), Decimal("990.0"))  # 5 % 84 → 500 mg/L
    assert disinfection.dilution("5", "250", "2") == disinfection.Dilution(Decimal("10.0"), Decimal("1990.0"))
    assert disinfection.dilution("5.5", "400", "3") == disinfection.Dilution(Decimal("21.8"), Decimal("2978.2"))
    with pytest.raises(InputErrors) as caught:
        disinfection.dilution("0", "abc", "-1")
    assert [e.field for e in caught.value.errors] == ["stock_percent", "target_mg_l", "total_litres"]
    with pytest.raises(InputErrors) as caught:
        disinfection.dilution("5", "60000", "1")
    assert [e.field for e in caught.value.errors] == ["target_mg_l"]


def test_short_or_weak_ones_are_kept_and_flagged_against_the_schools_table(school, tmp_path):
    with school.session() as session:
        assert disinfection.record(session, entry()) == ""
        assert disinfection.record(session, entry(minutes="20", mg_l="300")) == "时间不足（应不少于 30 分钟）；浓度不足（应为 400–700 mg/L）"
        assert disinfection.record(session, entry(target="玩具", place="积木", mg_l="1000", minutes="15")).startswith("浓度过高")
        assert disinfection.record(session, entry(target="活动室、寝室（空气）", method="紫外线", mg_l="", minutes="30")) == "时间不足（应不少于 60 分钟）"
        assert "没有“图书”用“煮沸”的规定" in disinfection.record(session, entry(target="图书", method="煮沸", mg_l="", minutes="15"))
        with pytest.raises(InputErrors) as caught:
            disinfection.record(session, entry(time="25点", mg_l="", minutes="0", operator="路人", target="其他", place=""))
        assert {e.field for e in caught.value.errors} == {"time", "mg_l", "minutes", "operator", "place"}
        # the school's own rule: UV 30 minutes, as many local forms say
        disinfection.save_minimum(session, {"target": "活动室、寝室（空气）", "method": "紫外线", "min_minutes": "30"})
        assert disinfection.record(session, entry(target="活动室、寝室（空气）", method="紫外线", mg_l="", minutes="30")) == ""
        with pytest.raises(InputErrors) as caught:
            disinfection.save_minimum(session, {"target": "玩具", "method": "含氯", "min_minutes": "10", "min_mg_l": "", "max_mg_l": "50"})
        assert [e.field for e in caught.value.errors] == ["min_mg_l"]
        ledger = disinfection.disinfection_log(session, {"month": "2026-11"})
    assert len(ledger.rows) == 6 and ledger.emphasis == [1, 2, 3, 4]
    text = "".join("".join(p.extract_text() for p in pypdf.PdfReader(ledger.save(tmp_path / "log.pdf")).pages).split())
    for needle in ("消毒记录表", "区域/对象", "浓度（mg/L）", "时长（分钟）", "执行人", "检查人", "厕所、便盆：小一班卫生间", "时间不足（应不少于30分钟）",
                   "本月6次，其中不符合要求4次（阴影行）", "活动室、寝室（空气）紫外线≥30分钟"):
        assert needle in text, needle


def test_the_page_typed_and_the_dilution_worked_out(qtbot, school):
    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import DisinfectionPage
    from logistics_desktop.shell.context import AppContext

    create_application("zh_CN")
    page = DisinfectionPage(AppContext(school))
    qtbot.addWidget(page)
    page.show()
    form = page.form.editors
    form["day"].set_value(DAY)
    form["time"].editor.clear()
    type_text(form["time"].editor, "16:30")
    form["target"].set_value("玩具")
    type_text(form["place"].editor, "积木、塑料玩具")
    form["method"].set_value("含氯")
    type_text(form["minutes"].editor, "15")
    type_text(form["operator"].editor.lineEdit(), "孙保健")
    type_text(form["checker"].editor.lineEdit(), "孙保健")
    qtbot.keyClick(form["minutes"].editor, Qt.Key.Key_Return)
    assert form["mg_l"].error_text() == "请填写实测浓度（mg/L）"  # chlorine needs its measured concentration
    type_text(form["mg_l"].editor, "80")
    qtbot.keyClick(form["mg_l"].editor, Qt.Key.Key_Return)
    assert page.message.text() == "浓度不足（应为 100–250 mg/L）"
    page.month.setDate(DAY)
    assert [page.model.rows[0][k] for k in ("where", "mg_l", "short")] == ["玩具：积木、塑料玩具", 80, True]
    assert form["place"].value() == "" and form["target"].value() == "玩具"  # the next record: same day, people and object
    page.open_dilution()
    dialog = page.dilution
    dialog.target.clear()
    type_text(dialog.target, "250")
    dialog.total.clear()
    type_text(dialog.total, "2")
    assert dialog.result.text() == "原液 10 毫升，加水 1990 毫升"
    dialog.stock.clear()
    assert "原液" in dialog.result.text() and "大于 0" in dialog.result.text()
