"""学期计划与总结: a pasted Word plan read into items, a plan copied with its months shifted, an item tied to a duty done
when the record exists, 首页 without doubles, the summary's figures on a small school counted by hand, the page typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pypdf
import pytest
from sqlmodel import select

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.directory import service as directory
from logistics_desktop.plan import service, summary

PASTED = """学校后勤工作计划
九月
1. 开学准备：检查教室课桌椅、门窗（负责人：王总务）
2、食堂卫生检查，从业人员健康证核验
十月份：
（1）组织全校疏散演练 负责人：李安全
① 体检资料收齐
一月
1. 期末资产清查
"""


@pytest.fixture
def term_db(db):
    with db.session() as session:
        directory.save(session, directory.TERMS, {"name": "2026秋", "start": date(2026, 9, 1), "end": date(2027, 1, 22), "is_current": True})
        directory.save(session, directory.TERMS, {"name": "2027春", "start": date(2027, 2, 20), "end": date(2027, 7, 10), "is_current": False})
    return db


def test_a_pasted_plan_is_read_into_items_by_month_with_area_duty_and_who(term_db):
    items, problems = service.read_text(PASTED)
    assert problems == [(1, "月份", "“学校后勤工作计划”前面没有月份标题（如“九月”）")]
    assert [(i.month, i.what, i.who, i.area, i.duty) for i in items] == [
        ("九月", "开学准备：检查教室课桌椅、门窗", "王总务", "资产", ""),
        ("九月", "食堂卫生检查，从业人员健康证核验", "", "食堂", ""),
        ("十月", "组织全校疏散演练", "李安全", "安全", "drill"),
        ("十月", "体检资料收齐", "", "卫生保健", "measurement-round"),
        ("一月", "期末资产清查", "", "资产", "stocktake")]
    with term_db.session() as session, pytest.raises(ImportRejected):  # a line it cannot place: nothing written
        service.import_items(session, items, problems)
    with term_db.session() as session:
        assert service.items(session) == []
        report = service.import_items(session, items, problems, skip_invalid=True)
    assert report.imported == 5
    with term_db.session() as session:
        rows = service.items(session, today=date(2026, 11, 15))
    assert [(r.month, r.status) for r in rows] == [(date(2026, 9, 1), "逾期"), (date(2026, 9, 1), "逾期"), (date(2026, 10, 1), "逾期"),
                                                   (date(2026, 10, 1), "逾期"), (date(2027, 1, 1), "未开始")]  # 一月 of an autumn term: 2027


def test_an_item_tied_to_a_duty_is_done_when_the_record_exists_and_home_shows_it_once(term_db):
    with term_db.session() as session:
        directory.save(session, directory.STAFF, {"name": "李安全", "active": True})
        drill = service.save_item(session, {"month": "十月", "area": "安全", "what": "疏散演练", "who": "李安全", "duty": "drill"})
        tidy_up = service.save_item(session, {"month": "2026-10", "area": "其他", "what": "仓库整理"})
        with pytest.raises(InputError, match="不在学期"):
            service.save_item(session, {"month": "2027-03", "area": "其他", "what": "x"})
    today = date(2026, 10, 20)
    with term_db.session() as session:
        texts = [i.text for i in service.home_items(session, today)]
        assert texts == ["本月计划：仓库整理"]  # the drill is 安全's own 首页 line: not shown twice
        _drill(session)  # 安全 records the drill of 12 October
    with term_db.session() as session:
        rows = {r.id: r for r in service.items(session, today=today)}
        assert (rows[drill].status, rows[drill].done_on) == ("已完成", date(2026, 10, 12))
        service.mark_done(session, tidy_up, {"done_on": "2026-10-18", "done_note": "已完成"})
    with term_db.session() as session:
        assert service.home_items(session, today) == []
        assert [i.text for i in service.home_items(session, date(2026, 11, 2))] == []  # done items are never overdue


def _drill(session):
    from logistics_desktop.safety.models import Drill

    session.add(Drill(held_on=date(2026, 10, 12), scenario="火灾", participants=300, evacuation_seconds=150, organiser="李安全"))


def test_a_plan_is_copied_to_the_next_term_with_its_months_shifted_and_nothing_doubled(term_db):
    with term_db.session() as session:
        service.import_items(session, *service.read_text(PASTED.split("\n", 1)[1]))
        first = service.items(session)[0]
        service.mark_done(session, first.id, {"done_on": "2026-09-10"})
    with term_db.session() as session:
        assert service.copy_plan(session, "2026秋", "2027春") == 5
        with pytest.raises(InputError, match="已有工作计划"):
            service.copy_plan(session, "2026秋", "2027春")
    with term_db.session() as session:
        spring = directory.term_named(session, "2027春")
        rows = service.items(session, spring.id, today=date(2027, 2, 20))
    # 九月 → 二月 (+5); 一月 → 六月; the done mark stays with the old term
    assert [r.month for r in rows] == [date(2027, 2, 1)] * 2 + [date(2027, 3, 1)] * 2 + [date(2027, 6, 1)]
    assert all(r.done_on is None for r in rows)


def test_the_summary_counts_a_small_school_by_hand(term_db, tmp_path):
    from logistics_desktop.safety.models import ChecklistArea, Hazard, Patrol

    with term_db.session() as session:
        service.save_item(session, {"month": "九月", "area": "其他", "what": "a"})
        done = service.save_item(session, {"month": "九月", "area": "其他", "what": "b"})
        service.mark_done(session, done, {"done_on": "2026-09-05"})
        area = session.exec(select(ChecklistArea).where(ChecklistArea.frequency == "每日")).first()
        for day in (1, 2, 3):  # three patrols on Tuesday 1 – Thursday 3 September
            session.add(Patrol(area_id=area.id, at=datetime(2026, 9, day, 8), patroller="王"))
        session.add(Hazard(number="YH2026-001", found_on=date(2026, 9, 2), finder="王", place="一楼", description="灭火器压力低",
                           deadline=date(2026, 9, 9), status="已销号", closed_on=date(2026, 9, 8)))
        session.add(Hazard(number="YH2026-002", found_on=date(2026, 9, 3), finder="王", place="二楼", description="疏散指示灯不亮",
                           deadline=date(2026, 9, 10)))
    with term_db.session() as session:
        figures, series = summary.term_summary(session)
    by_name = {f.name: f.value for f in figures}
    assert by_name["计划项目完成"] == "1 / 2（50.0%）" and by_name["逾期未完成"] in ("1", "0")
    assert (by_name["巡查次数"], by_name["发现隐患"], by_name["已销号"]) == ("3", "2", "1（50.0%）")
    assert by_name["逾期未销号"] == ("1" if date.today() > date(2026, 9, 10) else "0")
    weekly = next(s for s in series if s.title.startswith("每周巡查次数"))
    assert weekly.points[0] == ("1", 3.0)  # the week of Monday 31 August
    with term_db.session(read_only=True) as session:
        ledger = summary.summary_ledger(session, {})
    text = "".join(p.extract_text() for p in pypdf.PdfReader(ledger.save(tmp_path / "总结.pdf")).pages).replace("\n", "")
    assert "学期后勤工作总结（数据）" in text and "巡查次数" in text and "每周巡查次数" in text and "一、计划：计划项目完成 1 / 2（50.0%）" in text
    import openpyxl

    ledger.save(tmp_path / "总结.xlsx")
    cells = [c for row in openpyxl.load_workbook(tmp_path / "总结.xlsx").active.iter_rows(values_only=True) for c in row]
    assert "发现隐患" in cells and "1（50.0%）" in cells


def test_the_plan_page_typed_pasted_and_ticked(qtbot, term_db):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QPushButton

    from logistics_desktop.app import create_application
    from logistics_desktop.plan.view import PlanPage
    from logistics_desktop.shell.context import AppContext
    from tests.test_gui import show_active

    create_application("zh_CN")
    page = show_active(qtbot, PlanPage(AppContext(term_db)))
    page.new_item()
    page.form.editors["month"].set_value("13月")
    page.form.editors["what"].set_value("仓库整理")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.form.editors["month"].error.text() and page.model.rows == []  # refused beside its field, nothing written
    page.form.editors["month"].set_value("2026-12")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [r["what"] for r in page.model.rows] == ["仓库整理"]
    assert page.paste(PASTED.split("\n", 1)[1])
    assert len(page.model.rows) == 6 and page.model.rows[0]["month_shown"] == "9月"
    page.table.selectRow(0)

    def answer():
        page.dialog.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, answer)
    assert page.mark_done()
    assert page.model.rows[0]["status_shown"].startswith("已完成")


def _outline(reader) -> list[tuple[int, str, int]]:
    """(depth, title, page) of a PDF's bookmarks, 1-based pages."""
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def test_the_food_binder_has_a_contents_page_matching_its_bookmarks_and_every_form(demo_db, tmp_path, monkeypatch):
    from logistics_desktop.core.errors import Cancelled, Progress
    from logistics_desktop.plan import binder

    first = date.today().replace(day=1) - timedelta(days=1)
    options = {"kind": "food", "from": first.replace(day=1), "to": date.today(), "folder": str(tmp_path / "separate")}
    with demo_db.session(read_only=True) as session:
        built = binder.build_binder(session, options)
    path = built.save(tmp_path / "food.pdf")
    reader = pypdf.PdfReader(path)
    marks = _outline(reader)
    forms = [title for depth, title, _page in marks if depth == 0][1:]  # after 封面与目录
    assert forms == ["食品进货查验记录", "食品留样记录", "餐具清洗消毒记录", "学校负责人陪餐记录", "伙食费收支公示", "食堂库存月末盘点表"][:len(forms)]
    assert {"食品进货查验记录", "食品留样记录", "学校负责人陪餐记录"} <= set(forms)
    months = [(title, page) for depth, title, page in marks if depth == 1]
    contents = reader.pages[1].extract_text()
    for (form, label, page), (mark_label, mark_page) in zip(built.contents(), months):
        assert (label, page) == (mark_label, mark_page)  # the contents page and the bookmarks agree
        assert f"{label}{page}" in contents.replace(" ", "").replace("\n", "") or f"{label} {page}" in contents
        assert reader.pages[page - 1].extract_text().replace("\n", "").find(form[:4]) >= 0  # the form starts on that page
    assert len(reader.pages) == 1 + 1 + built.pages and f"共 {len(reader.pages)} 页" in reader.pages[0].extract_text()
    assert sorted(p.name for p in (tmp_path / "separate").iterdir())[0].startswith("01 食品进货查验记录")

    class CancelAtThird(Progress):
        def report(self, done, total):
            if done == 2:
                self.cancelled = True

    with demo_db.session(read_only=True) as session, pytest.raises(Cancelled):
        binder.build_binder(session, {"kind": "food", "from": first.replace(day=1), "to": date.today()}, CancelAtThird())
    with demo_db.session(read_only=True) as session, pytest.raises(InputError, match="截止日期不能早于"):
        binder.build_binder(session, {"kind": "fire", "from": date.today(), "to": date.today() - timedelta(days=1)})


def test_the_health_binder_is_the_doctors_on_the_command_line_and_in_the_window(cli, demo_db_path, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("LOGISTICS_DESKTOP_PASSWORD", "demo123")
    refused = cli("--db", demo_db_path, "--user", "zongwu", "print", "inspection-binder", "--kind", "health", "--from", "2026-09-01",
                  "-o", tmp_path / "h.pdf")
    assert refused.returncode == 1 and "保健" in refused.stderr and not (tmp_path / "h.pdf").exists()
    done = cli("--db", demo_db_path, "--user", "baojian", "print", "inspection-binder", "--kind", "health", "--from",
               f"{date.today().replace(day=1):%Y-%m-%d}", "-o", tmp_path / "h.pdf")
    assert done.returncode == 0, done.stderr
    assert "晨午检记录表" in [t for d, t, _p in _outline(pypdf.PdfReader(tmp_path / "h.pdf")) if d == 0]

    from logistics_desktop.plan.view.binder import binder_fields
    from tests.test_accounts import window_of

    clerk = window_of(qtbot, demo_db_path, "zongwu")
    assert [k for k, _label in binder_fields(clerk.ctx)[0].choices] == ["assets"]  # 后勤 reads the assets records only
    principal = window_of(qtbot, demo_db_path, "xiaozhang")
    page = principal.tab_widgets["plan"].summary
    assert [k for k, _label in binder_fields(page.ctx)[0].choices] == ["food", "fire", "assets"]  # all but the children's records
    made = page.make_binder(tmp_path / "fire.pdf", {"kind": "fire", "from": date.today().replace(day=1), "to": date.today(), "folder": True})
    assert made == tmp_path / "fire.pdf" and made.exists() and (tmp_path / "fire").is_dir()


def test_a_plan_workbook_is_imported_with_its_merged_month_cells(term_db, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026年秋季学期后勤工作计划"])
    sheet.append(["月份", "工作内容", "负责人", "类别"])
    sheet.append(["九月", "开学校舍安全检查", "王总务", "安全"])
    sheet.append([None, "食堂从业人员健康证核验", "", None])  # the month cell merged over two rows reads blank here
    sheet.append(["2026-12", "组织疏散演练", "李安全", ""])
    sheet.append(["", "", "", ""])
    book.save(tmp_path / "计划.xlsx")
    with term_db.session() as session:
        report = service.import_plan(session, tmp_path / "计划.xlsx")
    assert report.imported == 3
    with term_db.session() as session:
        rows = service.items(session)
    assert [(r.month, r.what, r.who, r.area, r.duty) for r in rows] == [
        (date(2026, 9, 1), "开学校舍安全检查", "王总务", "安全", ""),
        (date(2026, 9, 1), "食堂从业人员健康证核验", "", "食堂", ""),
        (date(2026, 12, 1), "组织疏散演练", "李安全", "安全", "drill")]
    (tmp_path / "x.xlsx").write_text("not a workbook")
    with term_db.session() as session, pytest.raises(InputError, match="不是真正的 .xlsx 文件"):
        service.import_plan(session, tmp_path / "x.xlsx")
