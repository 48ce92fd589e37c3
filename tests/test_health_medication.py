"""带药与服药, and 儿童伤害登记: only today's doses are taken in, an alert naming the medicine needs the allergy checked, each
dose given by one person and checked by another, a missed one flagged on 首页; the forms printed; the pages typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt

from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.directory import service as directory
from logistics_desktop.health import injuries, medication
from tests.conftest import type_text
from tests.test_health import kindergarten

TODAY = date.today()


@pytest.fixture
def school(db):
    """The kindergarten of test_health, with a second member of staff to check the doses; 李小宝 has 花生过敏."""
    kindergarten(db)
    with db.session() as session:
        directory.save(session, directory.STAFF, {"name": "周老师"})
        from logistics_desktop.health import service

        service.save_child(session, {"name": "孙青青", "sex": "女", "birth_date": "2022-02-02", "class_name": "小一班", "alerts": "青霉素过敏"})
    return db


def request(**values):
    return {"day": TODAY, "class_name": "小一班", "child": "王小丫", "medicine": "小儿氨酚黄那敏颗粒", "dose": "半袋", "times": "10:00、14:30",
            "method": "温水冲服", "parent": "王妈妈", "received_by": "孙保健"} | values


def pdf_text(path) -> str:
    return "".join("".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def test_a_request_for_today_checked_against_the_alerts(school):
    with school.session() as session:
        with pytest.raises(InputErrors) as caught:
            medication.take_in(session, request(day=TODAY + timedelta(days=1), times="10点、25:00", parent="", received_by="路人"))
        assert {e.field for e in caught.value.errors} == {"day", "times", "parent", "received_by"}
        with pytest.raises(InputErrors) as caught:
            medication.take_in(session, request(child="孙青青", medicine="青霉素V钾片"))
        assert [e.field for e in caught.value.errors] == ["allergy_confirmed"] and "青霉素" in caught.value.errors[0].message
        confirmed = medication.take_in(session, request(child="孙青青", medicine="青霉素V钾片", allergy_confirmed=True, times="11:00"))
        medication.take_in(session, request())
        assert medication.allergy_match("花生过敏、牛奶过敏", "花生四烯酸") == "花生" and medication.allergy_match("哮喘，随身带药", "布地奈德") == ""
    with school.session() as session:
        found = medication.doses(session, TODAY, TODAY + timedelta(days=1))
        assert [(f"{d.due:%H:%M}", d.child) for d in found] == [("10:00", "王小丫"), ("11:00", "孙青青"), ("14:30", "王小丫")]
        assert {d.medication_id for d in found} >= {confirmed}


def test_each_dose_given_and_checked_by_two_and_a_missed_one_flagged(school):
    with school.session() as session:
        medication.take_in(session, request(times="08:00、09:00、23:59"))
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=9, minute=40)
    with school.session() as session:
        first, second, third = medication.doses(session, TODAY, TODAY + timedelta(days=1))
        with pytest.raises(InputErrors) as caught:
            medication.give(session, first.id, {"time": "08:05", "giver": "孙保健", "checker": "孙保健"}, now=now)
        assert [e.field for e in caught.value.errors] == ["checker"]
        with pytest.raises(InputErrors) as caught:
            medication.give(session, first.id, {"time": "09:50", "giver": "孙保健", "checker": "周老师"}, now=now)
        assert [e.field for e in caught.value.errors] == ["time"]
        medication.give(session, first.id, {"time": "08:05", "giver": "孙保健", "checker": "周老师", "reaction": "无"}, now=now)
        with pytest.raises(InputError, match="已于 08:05 登记"):
            medication.give(session, first.id, {"time": "08:06", "giver": "孙保健", "checker": "周老师"}, now=now)
    with school.session() as session:
        rows = medication.doses(session, TODAY, TODAY + timedelta(days=1))
        assert [r.missed(now) for r in rows] == [False, True, False]  # 09:00 not given 40 minutes on
        items = medication.home_items(session, TODAY, now)
        assert [(i.text.source, i.text.args) for i in items] == [("漏服提醒：%1 次服药已过时间未登记（最早 %2）", (1, "09:00")),
                                                                 ("今日服药：还有 %1 次待喂（下一次 %2）", (1, "23:59"))]
        assert all("王小丫" not in i.text for i in items)  # counts on 首页, never a child's name


def test_the_medication_page_typed_at_the_door(qtbot, school):
    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import MedicationPage
    from logistics_desktop.shell.context import AppContext

    create_application("zh_CN")
    page = MedicationPage(AppContext(school))
    qtbot.addWidget(page)
    page.show()
    form = page.request.editors
    form["class_name"].set_value("小一班")
    page._class_chosen()
    type_text(form["child"].editor.lineEdit(), "李小宝")
    assert page.alerts.text() == "过敏及疾病提示：花生过敏"  # shown before the medicine is written
    type_text(form["medicine"].editor, "蒙脱石散")
    type_text(form["dose"].editor, "1 袋")
    type_text(form["times"].editor, "23:58")
    type_text(form["parent"].editor, "李爸爸")
    type_text(form["received_by"].editor.lineEdit(), "孙保健")
    qtbot.keyClick(form["parent"].editor, Qt.Key.Key_Return)
    assert page.message.text() == "已登记带药", [e.error_text() for e in form.values()]
    [row] = page.model.rows
    assert (row["child"], row["due_shown"], row["state"]) == ("李小宝", "23:58", "待喂")
    page.table.selectRow(0)
    assert "花生过敏" in page.who.text()
    give = page.giving.editors
    type_text(give["giver"].editor.lineEdit(), "孙保健")
    type_text(give["checker"].editor.lineEdit(), "孙保健")
    qtbot.keyClick(give["time"].editor, Qt.Key.Key_Return)
    assert give["checker"].error_text() == "核对人应是喂药人以外的另一人"
    give["checker"].editor.lineEdit().clear()
    type_text(give["checker"].editor.lineEdit(), "周老师")
    give["time"].editor.clear()
    type_text(give["time"].editor, "00:00")  # the first minute of the day: never in the future
    assert page.give()
    assert page.model.rows[0]["state"] == "已喂 00:00（孙保健、周老师 核对）"


def test_injuries_recorded_and_printed_with_the_medication_log(school, tmp_path, cli):
    day = TODAY - timedelta(days=1)
    with school.session() as session:
        with pytest.raises(InputErrors) as caught:
            injuries.record_injury(session, {"day": day, "time": "10:20", "class_name": "小一班", "child": "王小丫", "kind": "摔跤",
                                             "place": "", "what_happened": "", "treatment": "", "parents_told": "", "teacher": "", "recorder": "孙保健"})
        assert {e.field for e in caught.value.errors} == {"kind", "place", "what_happened", "treatment", "parents_told", "teacher"}
        injuries.record_injury(session, {"day": day, "time": "10:20", "class_name": "小一班", "child": "王小丫", "kind": "跌伤", "place": "滑梯",
                                         "what_happened": "下滑梯时前扑，右膝擦伤", "treatment": "碘伏消毒，创可贴", "parents_told": "11:00 电话告知王妈妈",
                                         "teacher": "周老师", "recorder": "孙保健"})
        medication.take_in(session, request(times="00:00"))
    month = f"{day:%Y-%m}"
    out = tmp_path / "injury.pdf"
    assert cli("--db", school.path, "print", "injury-log", "--month", month, "-o", out).returncode == 0
    text = pdf_text(out)
    for needle in ("儿童伤害登记表", "伤害类型", "当班责任人", "填表人", "王小丫", "女", "滑梯", "跌伤", "下滑梯时前扑，右膝擦伤", "11:00电话告知王妈妈", "周老师"):
        assert needle in text, needle
    out = tmp_path / "medication.pdf"
    assert cli("--db", school.path, "print", "medication-log", "--month", f"{TODAY:%Y-%m}", "-o", out).returncode == 0
    text = pdf_text(out)
    for needle in ("服药记录", "每次剂量", "服药时间与方法", "过敏史", "送药家长", "执行人", "核对人", "小儿氨酚黄那敏颗粒", "半袋", "00:00温水冲服", "王妈妈"):
        assert needle in text, needle
