"""Safety patrols on real files: templates, checklists, patrols, hazards, extinguishers, drills, visitors."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
import pypdf
import pytest
from sqlmodel import select

from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.directory import service as directory
from logistics_desktop.safety import fire, reports, service, templates
from logistics_desktop.safety.models import Extinguisher, Hazard, PatrolAnswer

PEOPLE = ("王安全", "李巡查", "张电工", "赵校长")


@pytest.fixture
def school(db):
    with db.session() as session:
        directory.save_school(session, {"name": "实验小学", "kind": "小学"})
        for name in PEOPLE:
            directory.save(session, directory.STAFF, {"name": name})
    return db


def pdf_text(path) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages).replace("\n", "").replace(" ", "")


def all_normal(session, area_name, changes=None):
    area = service.area_by_name(session, area_name)
    return [service.AnswerInput(i.id, *(changes or {}).get(n, ("正常", ""))) for n, i in enumerate(service.items(session, area.id))]


# ------------------------------------------------------------------ templates


def test_the_shipped_templates_cover_every_area_of_the_domain(school):
    with school.session() as session:
        names = [a.name for a in service.areas(session)]
        fire_items = [i.text for i in service.items(session, service.area_by_name(session, "每日防火巡查").id)]
    for area in ("每日防火巡查", "电气线路", "大型玩具及游乐设施", "门卫及来访", "食堂", "教学楼及楼道", "校舍", "学校周边", "消防安全检查（季度）"):
        assert area in names
    assert any("违规用火" in t for t in fire_items) and any("防火门" in t for t in fire_items) and any("在岗" in t for t in fire_items)


def test_templates_edited_and_a_retired_item_kept_in_old_records(school):
    with school.session() as session:
        area_id = service.save_area(session, {"name": "实验室", "frequency": "每周", "category": "校舍安全"})
        first = service.add_item(session, area_id, "危险化学品双人双锁")
        second = service.add_item(session, area_id, "通风橱运行正常")
        third = service.add_item(session, area_id, "洗眼器可用")
        with pytest.raises(InputError, match="已有"):
            service.add_item(session, area_id, "洗眼器可用")
        service.move_item(session, third, -1)
        assert [i.id for i in service.items(session, area_id)] == [first, third, second]
        old_patrol = service.record_patrol(session, area="实验室", at=datetime.now() - timedelta(days=1), patroller="李巡查",
                                           answers=all_normal(session, "实验室"))
        service.edit_item(session, first, "危险化学品双人双锁、账物相符")
        service.retire_item(session, second)
        assert [i.text for i in service.items(session, area_id)] == ["危险化学品双人双锁、账物相符", "洗眼器可用"]
        with pytest.raises(InputErrors, match="巡查表已被修改"):  # a checklist filled on the old template
            service.record_patrol(session, area="实验室", at=datetime.now(), patroller="李巡查",
                                  answers=[service.AnswerInput(second, "正常")] + all_normal(session, "实验室"))
    with school.session() as session:
        kept = session.exec(select(PatrolAnswer).where(PatrolAnswer.patrol_id == old_patrol).order_by(PatrolAnswer.position)).all()
        assert [(a.item_text, a.item_id) for a in kept] == [("危险化学品双人双锁", first), ("洗眼器可用", third), ("通风橱运行正常", second)]
        text = pdf_text(reports.checklist(session, {"template": "实验室"}).save(school.path.parent / "lab.pdf"))
    assert "危险化学品双人双锁、账物相符" in text and "洗眼器可用" in text and "通风橱" not in text


def test_templates_travel_as_xlsx_and_an_update_retires_what_the_file_leaves_out(school, tmp_path):
    with school.session() as session:
        assert templates.export_file(session, tmp_path / "t.xlsx") > 40
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    ws = wb.active
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "区域")
    assert list(header) == ["区域", "频次", "复核签字", "类别", "检查项目"]
    # another school's sheet: a new area, and the daily fire patrol with one item fewer and one new
    share = openpyxl.Workbook()
    s = share.active
    s.append(["兄弟学校巡查表"])
    s.append(["巡查区域", "频次", "复核签字", "类别", "检查内容"])
    s.append(["宿舍", "每日", "否", "消防安全", "宿舍无违规电器"])
    s.append(["宿舍", "每日", "否", "消防安全", "宿舍疏散通道畅通"])
    with school.session() as session:
        fire_items = [i.text for i in service.items(session, service.area_by_name(session, "每日防火巡查").id)]
    for text in fire_items[1:] + ["微型消防站器材齐全"]:
        s.append(["每日防火巡查", "每日", "否", "消防安全", text])
    s.append(["食堂", "每时", "否", "消防安全", "燃气阀门关闭"])
    share.save(tmp_path / "share.xlsx")
    with pytest.raises(ImportRejected) as rejected, school.session() as session:
        templates.import_file(session, tmp_path / "share.xlsx")
    problems = rejected.value.report.problems
    assert (5, "巡查区域", "巡查表“每日防火巡查”已存在（要用文件中的项目替换请选择“更新已有记录”）") in problems
    assert any(p[1] == "频次" and "频次应为" in p[2] for p in problems)
    with school.session() as session:  # all or nothing: nothing was written
        assert "宿舍" not in [a.name for a in service.areas(session)]
    s.delete_rows(s.max_row)
    share.save(tmp_path / "share.xlsx")
    with school.session() as session:
        report = templates.import_file(session, tmp_path / "share.xlsx", update=True)
        assert (report.imported, report.updated) == (1, 1)
        area = service.area_by_name(session, "每日防火巡查")
        now = [i.text for i in service.items(session, area.id)]
        retired = [i.text for i in service.items(session, area.id, include_retired=True) if i.retired]
    assert now == fire_items[1:] + ["微型消防站器材齐全"] and retired == fire_items[:1]


# ------------------------------------------------------------------ printed checklists


def test_a_printed_checklist_holds_every_item_with_boxes_date_and_signatures(school, tmp_path):
    with school.session() as session:
        items = [i.text for i in service.items(session, service.area_by_name(session, "每日防火巡查").id)]
        ledger = reports.checklist(session, {})
    text = pdf_text(ledger.save(tmp_path / "c.pdf"))
    for needle in ("每日防火巡查检查表", "实验小学", "巡查日期", "正常", "异常", "不适用", "情况说明", "巡查人", "复核人", *items):
        assert needle.replace(" ", "") in text, needle


def test_a_route_of_areas_in_copies_numbered_per_copy(cli, school, tmp_path):
    out = tmp_path / "route.pdf"
    result = cli("--db", school.path, "print", "patrol-checklist", "--template", "每日防火巡查，食堂,消防安全检查（季度）", "--copies", "3", "-o", out)
    assert result.returncode == 0, result.stderr
    pages = [p.extract_text().replace("\n", "").replace(" ", "") for p in pypdf.PdfReader(out).pages]
    per_copy = len(pages) // 3
    assert len(pages) == 3 * per_copy and per_copy >= 1
    assert all(f"第1页共{per_copy}页" in pages[i * per_copy] for i in range(3))
    first_copy = "".join(pages[:per_copy])
    assert "一、每日防火巡查" in first_copy and "二、食堂" in first_copy and "三、消防安全检查（季度）" in first_copy
    assert "消防安全责任人" in first_copy  # the quarterly inspection is signed by more people
    bad = cli("--db", school.path, "print", "patrol-checklist", "--template", "锅炉房", "-o", tmp_path / "x.pdf")
    assert bad.returncode == 1 and "没有名为“锅炉房”的巡查表" in bad.stderr
    plain = cli("--db", school.path, "print", "patrol-checklist", "-o", tmp_path / "daily.pdf")
    assert plain.returncode == 0 and "每日防火巡查检查表" in pdf_text(tmp_path / "daily.pdf")


# ------------------------------------------------------------------ patrols and duties


def test_a_patrol_needs_every_answer_and_a_note_for_each_problem(school):
    with school.session() as session:
        answers = all_normal(session, "每日防火巡查", {1: ("异常", "")})
        with pytest.raises(InputErrors) as caught:
            service.record_patrol(session, area="每日防火巡查", at=datetime.now(), patroller="路人甲", answers=answers[:-1])
        messages = {e.place: e.message for e in caught.value.errors}
        assert messages["patroller", None, ""] == "巡查人“路人甲”不在人员名册中"
        assert messages["answers", 1, "note"] == "第 2 项为异常，请在情况说明中写明发现的问题"
        assert messages["answers", len(answers) - 1, "answer"].endswith("未填写结果（正常/异常/不适用）")
        with pytest.raises(InputErrors, match="复核人"):  # the quarterly inspection needs a second signature
            service.record_patrol(session, area="消防安全检查（季度）", at=datetime.now(), patroller="王安全",
                                  answers=all_normal(session, "消防安全检查（季度）"))
    with school.session() as session:
        assert session.exec(select(Hazard)).first() is None


def test_duties_show_due_done_and_overdue_on_a_fixed_date(school):
    monday, tuesday = date(2026, 11, 16), date(2026, 11, 17)
    with school.session() as session:
        fire_patrol = service.area_by_name(session, "每日防火巡查")
        service.record_patrol(session, area="每日防火巡查", at=datetime(2026, 11, 13, 8), patroller="李巡查",
                              answers=all_normal(session, "每日防火巡查"))
        lines = {text: level for _, text, level, _ in service.duties(session, monday)}
        assert lines["每日防火巡查：2026-11-16待巡查"] == "due"
        assert "每日防火巡查：2026-11-13未巡查" not in lines  # Friday was done; the weekend does not count
        assert lines["消防安全检查（季度）：2026 年第 4 季度待巡查"] == "due"
        assert not any(t.startswith("食堂：") and level == "overdue" for t, level in lines.items())  # never patrolled: not red
        lines = {text: level for _, text, level, _ in service.duties(session, tuesday)}
        assert lines["每日防火巡查：2026-11-16未巡查"] == "overdue"
        service.record_patrol(session, area="每日防火巡查", at=datetime(2026, 11, 17, 7, 50), patroller="李巡查",
                              answers=all_normal(session, "每日防火巡查"))
        done = [t for _, t, level, target in service.duties(session, tuesday) if level == "done"]
        assert done == ["每日防火巡查：2026-11-17已巡查（李巡查 11-17 07:50）"]
        assert all(target == f"safety:patrol:{fire_patrol.id}" for _, t, _, target in service.duties(session, tuesday) if t.startswith("每日防火"))
        assert not [d for d in service.duties(session, date(2026, 11, 21)) if d[1].startswith("每日防火")]  # Saturday


# ------------------------------------------------------------------ hazards


def test_an_abnormal_answer_opens_a_hazard_walked_through_every_status(school):
    with school.session() as session:
        answers = all_normal(session, "电气线路", {0: ("异常", "二楼配电箱未上锁")})
        answers[0] = service.AnswerInput(answers[0].item_id, "异常", "二楼配电箱未上锁",
                                         {"place": "教学楼二楼配电箱", "responsible": "张电工", "level": "一般"})
        service.record_patrol(session, area="电气线路", at=datetime.now(), patroller="李巡查", answers=answers)
        hazard = session.exec(select(Hazard)).one()
        assert (hazard.number, hazard.status, hazard.place, hazard.finder, hazard.category) == (
            f"YH{date.today().year}-001", "待整改", "教学楼二楼配电箱", "李巡查", "用电安全")
        assert hazard.description.endswith("：二楼配电箱未上锁")
        assert hazard.deadline == date.today() + timedelta(days=7)
        with pytest.raises(InputError, match="不能整改完成"):
            service.advance(session, hazard.id, "整改完成", by="张电工", note="已上锁")
        assert service.advance(session, hazard.id, "开始整改", by="张电工") == "整改中"
        with pytest.raises(InputErrors, match="请写明整改情况"):
            service.advance(session, hazard.id, "整改完成", by="张电工")
        assert service.advance(session, hazard.id, "整改完成", by="张电工", note="已加锁") == "待复查"
        with pytest.raises(InputErrors, match=r"复查须由整改人（张电工）以外的人进行"):
            service.advance(session, hazard.id, "复查通过", by="张电工")
        assert service.advance(session, hazard.id, "复查不通过", by="王安全", note="锁具损坏") == "整改中"
        assert service.advance(session, hazard.id, "整改完成", by="张电工", note="已换锁") == "待复查"
        assert service.advance(session, hazard.id, "复查通过", by="王安全") == "已销号"
        assert hazard.closed_on == date.today()
        actions = [(s.action, s.by) for s in service.steps(session, hazard.id)]
    assert actions == [("登记", "李巡查"), ("开始整改", "张电工"), ("整改完成", "张电工"), ("复查不通过", "王安全"),
                       ("整改完成", "张电工"), ("复查通过", "王安全")]


def test_overdue_hazards_on_a_fixed_date_and_on_home(school):
    from logistics_desktop.home.service import duties

    with school.session() as session:
        hazard_id = service.open_hazard(session, {"found_on": "2026-11-01", "finder": "王安全", "place": "操场围墙",
                                                  "description": "砖块松动", "level": "重大", "deadline": "2026-11-10",
                                                  "responsible": "张电工"})
        hazard = session.get(Hazard, hazard_id)
        assert not service.is_overdue(hazard, date(2026, 11, 10)) and service.is_overdue(hazard, date(2026, 11, 11))
        assert [h["number"] for h in service.hazards(session, status="逾期", today=date(2026, 11, 11))] == ["YH2026-001"]
        assert service.hazards(session, status="逾期", today=date(2026, 11, 10)) == []
        items = [i for i in duties(session, date(2026, 11, 11)) if "操场围墙" in i.text]
        assert items[0].level == "overdue" and items[0].target == f"safety:hazard:{hazard_id}"
        with pytest.raises(InputErrors) as caught:
            service.open_hazard(session, {"found_on": "2026-11-01", "finder": "", "place": "", "description": "x", "level": "特大",
                                          "deadline": "2026-10-01"})
        fields = {e.field for e in caught.value.errors}
        assert fields == {"finder", "place", "level", "deadline"}


def test_the_hazard_ledger_and_the_rectification_notice(cli, school, tmp_path):
    with school.session() as session:
        hazard_id = service.open_hazard(session, {"found_on": date.today(), "finder": "王安全", "place": "食堂操作间",
                                                  "description": "燃气报警器未通电", "measure": "接通电源并测试", "responsible": "张电工"})
        service.advance(session, hazard_id, "开始整改", by="张电工")
        service.advance(session, hazard_id, "整改完成", by="张电工", note="已接通电源，测试正常")
    year = str(date.today().year)
    assert cli("--db", school.path, "print", "hazard-ledger", "--year", year, "-o", tmp_path / "h.pdf").returncode == 0
    text = pdf_text(tmp_path / "h.pdf")
    for needle in ("隐患排查整改台账", f"{year}年度", "编号", "发现日期", "发现人", "隐患部位", "隐患情况", "类别", "等级", "整改措施", "责任人",
                   "期限", "整改情况", "复查", "状态", f"YH{year}-001", "燃气报警器未通电", "已接通电源，测试正常", "待复查", "共1条隐患"):
        assert needle in text, needle
    assert cli("--db", school.path, "print", "hazard-ledger", "--year", year, "-o", tmp_path / "h.xlsx").returncode == 0
    cells = [c for row in openpyxl.load_workbook(tmp_path / "h.xlsx").active.iter_rows(values_only=True) for c in row]
    assert f"YH{year}-001" in cells and "燃气报警器未通电" in cells
    assert cli("--db", school.path, "print", "rectification-notice", f"YH{year}-001", "-o", tmp_path / "n.pdf").returncode == 0
    text = pdf_text(tmp_path / "n.pdf")
    for needle in ("隐患整改通知单", f"编号：YH{year}-001", "食堂操作间", "燃气报警器未通电", "整改要求", "接通电源并测试", "整改期限",
                   "签发人（签字）", "接收人（签字）", "整改情况回复", "已接通电源，测试正常", "复查意见", "复查人（签字）"):
        assert needle in text, needle
    missing = cli("--db", school.path, "print", "rectification-notice", "YH1999-009", "-o", tmp_path / "m.pdf")
    assert missing.returncode == 1 and "没有编号为“YH1999-009”的隐患" in missing.stderr


# ------------------------------------------------------------------ extinguishers


def test_extinguisher_repair_and_scrap_dates_per_type(school):
    made = date(2020, 3, 15)
    with school.session() as session:
        for code, kind in (("W1", "水基型"), ("D1", "干粉"), ("C1", "二氧化碳")):
            fire.save_extinguisher(session, {"code": code, "kind": kind, "location": "一楼走廊", "manufactured_on": made})
        rows = {r["code"]: r for r in fire.register(session, date(2024, 1, 1))}
        assert (rows["W1"]["next_repair"], rows["W1"]["scrap_on"]) == (date(2023, 3, 15), date(2026, 3, 15))
        assert (rows["D1"]["next_repair"], rows["D1"]["scrap_on"]) == (date(2025, 3, 15), date(2030, 3, 15))
        assert (rows["C1"]["next_repair"], rows["C1"]["scrap_on"]) == (date(2025, 3, 15), date(2032, 3, 15))
        assert rows["W1"]["state"] == "应维修" and rows["D1"]["state"] == "在用"
        fire.record_repair(session, session.exec(select(Extinguisher).where(Extinguisher.code == "W1")).one().id, "2023-04-01")
        assert {r["code"]: r for r in fire.register(session, date(2024, 1, 1))}["W1"]["next_repair"] == date(2024, 4, 1)  # then every year
        # a school that keeps its own values (设置 → 灭火器类型)
        fire.save_kind(session, {"name": "干粉", "first_repair_years": 5, "repair_every_years": 2, "scrap_years": 8})
        assert {r["code"]: r for r in fire.register(session, date(2024, 1, 1))}["D1"]["scrap_on"] == date(2028, 3, 15)
        with pytest.raises(InputErrors, match="首次维修年限不能超过报废年限"):
            fire.save_kind(session, {"name": "干粉", "first_repair_years": 9, "repair_every_years": 2, "scrap_years": 8})
        with pytest.raises(InputErrors, match="编号“W1”已被另一具灭火器使用"):
            fire.save_extinguisher(session, {"code": "W1", "kind": "干粉", "location": "x", "manufactured_on": made})


def test_a_failed_monthly_check_opens_one_hazard_and_the_register_prints(cli, school, tmp_path):
    from logistics_desktop.home.service import duties

    with school.session() as session:
        fire.save_extinguisher(session, {"code": "MHQ-001", "kind": "干粉", "location": "图书室", "manufactured_on": date.today() - timedelta(days=400)})
        fire.save_extinguisher(session, {"code": "MHQ-002", "kind": "干粉", "location": "图书室", "manufactured_on": date.today() - timedelta(days=400)})
        assert any("本月还有 2 具灭火器未月检" in i.text for i in duties(session, date.today()))
        _, none = fire.record_check(session, "MHQ-001", checker="王安全")
        with pytest.raises(InputErrors, match="检查不合格时请写明情况"):
            fire.record_check(session, "MHQ-002", checker="王安全", gauge_ok=False)
        _, hazard_id = fire.record_check(session, "MHQ-002", checker="王安全", gauge_ok=False, note="指针在红区")
        _, again = fire.record_check(session, "MHQ-002", checker="王安全", gauge_ok=False, note="仍未更换")
        assert none is None and hazard_id and again is None
        assert "压力表指针在绿区" in session.get(Hazard, hazard_id).description
    assert cli("--db", school.path, "print", "extinguisher-register", "-o", tmp_path / "e.pdf").returncode == 0
    text = pdf_text(tmp_path / "e.pdf")
    for needle in ("灭火器登记及检查台账", "MHQ-001", "MHQ-002", "图书室", "报废日期", "下次维修", "合格", "不合格", "GB50444"):
        assert needle in text, needle


# ------------------------------------------------------------------ drills and visitors


def test_the_next_drill_is_due_monthly_for_a_school_and_quarterly_for_a_kindergarten(school):
    with school.session() as session:
        assert fire.next_drill_due(session, date(2026, 11, 24)) == date(2026, 11, 24)  # none yet: due now
        fire.record_drill(session, {"held_on": "2026-09-15", "scenario": "火灾疏散", "participants": "980", "evacuation_seconds": "185",
                                    "organiser": "王安全"})
        assert fire.next_drill_due(session, date(2026, 11, 24)) == date(2026, 10, 15)
        assert fire.drill_home_item(session, date(2026, 11, 24))[2] == "overdue"
        directory.save_school(session, {"name": "实验幼儿园", "kind": "幼儿园"})
        assert fire.next_drill_due(session, date(2026, 11, 24)) == date(2026, 12, 15)
        assert fire.drill_home_item(session, date(2026, 11, 24))[2] == "info"
        with pytest.raises(InputErrors) as caught:
            fire.record_drill(session, {"held_on": "2099-01-01", "scenario": "", "participants": "很多", "evacuation_seconds": "0", "organiser": ""})
        assert {e.field for e in caught.value.errors} == {"held_on", "scenario", "participants", "evacuation_seconds", "organiser"}


def test_visitor_id_numbers_are_checked_and_masked_on_paper(school, tmp_path):
    with school.session() as session:
        with pytest.raises(InputErrors, match="校验位不对"):
            fire.sign_in(session, {"name": "周先生", "id_number": "330106198001011234", "reason": "送教具", "visited": "王安全"})
        visit = fire.sign_in(session, {"name": "周先生", "id_number": "11010519491231002x", "phone": "13900001234", "reason": "送教具",
                                       "visited": "王安全", "time_in": datetime.now() - timedelta(days=1)})
        assert [v.name for v in fire.still_inside(session, datetime.now())] == ["周先生"]
        assert any(i[1].startswith("来访未登记离校：周先生") for i in fire.visitor_home_items(session, date.today()))
        with pytest.raises(InputError, match="离校时间不能早于来访时间"):
            fire.sign_out(session, visit, datetime.now() - timedelta(days=2))
        fire.sign_out(session, visit)
        assert fire.still_inside(session, datetime.now()) == []
        month = (datetime.now() - timedelta(days=1)).strftime("%Y-%m")
        text = pdf_text(reports.visitor_log(session, {"month": month}).save(tmp_path / "v.pdf"))
    assert "**************002X" in text and "11010519491231" not in text
    assert "139****1234" in text and "13900001234" not in text


def test_the_demo_school_has_a_term_of_safety_records(demo_db):
    from logistics_desktop.home.service import duties

    with demo_db.session() as session:
        statuses = {h["status"] for h in service.hazards(session)}
        assert statuses == set(service.STATUSES)
        assert any(h["overdue"] for h in service.hazards(session))
        assert len(service.patrols(session, date.today() - timedelta(days=60), date.today() + timedelta(days=1))) > 100
        assert len(fire.register(session)) >= 40 and fire.drills(session)
        modules = {i.module for i in duties(session, date.today())}
    assert "safety" in modules


def test_a_filled_patrol_prints_with_its_answers_ticked(cli, school, tmp_path):
    with school.session() as session:
        patrol_id = service.record_patrol(session, area="电气线路", at=datetime.now(), patroller="李巡查", reviewer="王安全",
                                          answers=all_normal(session, "电气线路", {0: ("异常", "二楼配电箱未上锁", {"place": "二楼配电房"}), 2: ("不适用", "")}))
    result = cli("--db", school.path, "print", "patrol-record", str(patrol_id), "-o", tmp_path / "r.pdf")
    assert result.returncode == 0, result.stderr
    text = pdf_text(tmp_path / "r.pdf")
    for needle in ("电气线路检查记录", "巡查时间", "配电箱（柜）门完好、上锁", "二楼配电箱未上锁", "巡查人：李巡查", "复核人：王安全", "异常1项，已登记为隐患"):
        assert needle in text, needle
    assert text.count("√") == 5  # one tick per item
    assert cli("--db", school.path, "print", "patrol-record", "999", "-o", tmp_path / "x.pdf").returncode == 1


def test_a_hazard_is_edited_or_its_deadline_extended_with_a_dated_step(school):
    with school.session() as session:
        hazard_id = service.open_hazard(session, {"found_on": date.today(), "finder": "王安全", "place": "操场", "description": "围墙砖块松动",
                                                  "responsible": "张电工", "deadline": date.today() + timedelta(days=7)})
        with pytest.raises(InputErrors, match="修改整改期限须写明原因"):
            service.edit_hazard(session, hazard_id, {"deadline": date.today() + timedelta(days=30)}, by="王安全")
        with pytest.raises(InputErrors, match="没有改动"):
            service.edit_hazard(session, hazard_id, {}, by="王安全")
        changes = service.edit_hazard(session, hazard_id, {"deadline": date.today() + timedelta(days=30), "level": "重大"}, by="王安全",
                                      reason="需请施工单位")
        assert changes == ["等级：一般 → 重大", f"整改期限：{date.today() + timedelta(days=7):%Y-%m-%d} → {date.today() + timedelta(days=30):%Y-%m-%d}"]
        step = service.steps(session, hazard_id)[-1]
        assert (step.action, step.by) == ("修改", "王安全") and step.note.endswith("（原因：需请施工单位）")
        for action, by, note in (("开始整改", "张电工", ""), ("整改完成", "张电工", "已加固"), ("复查通过", "王安全", "")):
            service.advance(session, hazard_id, action, by=by, note=note)
        with pytest.raises(InputError, match="已销号，不能再修改"):
            service.edit_hazard(session, hazard_id, {"place": "北操场"}, by="王安全")
        text = pdf_text(reports.hazard_ledger(session, {}).save(school.path.parent / "h.pdf"))
    assert "王安全修改：等级：一般→重大" in text and "原因：需请施工单位" in text
