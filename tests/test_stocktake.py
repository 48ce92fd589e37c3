"""A whole stocktake: start, count (found, misplaced, unknown, duplicate, batch by two counters), import, report, post."""

from __future__ import annotations

from datetime import date

import openpyxl
import pypdf
import pytest

from logistics_desktop.accounts import service as accounts_service
from logistics_desktop.assets import service as assets
from logistics_desktop.assets.models import Asset
from logistics_desktop.core.errors import InputError
from logistics_desktop.stocktake import reports, service

ROOMS = ["计算机教室一", "一（1）班教室"]


@pytest.fixture
def started(demo_db):
    with demo_db.session() as session:
        stocktake_id = service.start(session, name="2026 秋季期末清查", rooms=ROOMS)
    return demo_db, stocktake_id


def line(session, stocktake_id, room, *, batch=False):
    from sqlmodel import select

    from logistics_desktop.stocktake.models import StocktakeLine

    room_id = service._rooms(session)[room]
    lines = session.exec(select(StocktakeLine).where(StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.room_id == room_id)).all()
    return next(l for l in lines if (l.expected != 1) == batch)


def test_start_freezes_the_expected_list_and_its_value(started):
    db, stocktake_id = started
    with db.session() as session:
        first = line(session, stocktake_id, "计算机教室一")
        expected = sum(p.expected for p in service.progress(session, stocktake_id))
        card = assets.card(session, first.asset_id, as_of=date.today())
        assert first.accumulated_fen == card.book.accumulated_fen  # SQL and Python depreciation agree
        assets.update_card(session, first.asset_id, {**card.values, "name": "改名后的电脑"})
        assert line(session, stocktake_id, "计算机教室一").name == first.name  # later edits do not change the snapshot
    with db.session(read_only=True) as session:
        sheets = reports.sheet_rows(session, stocktake_id)
    assert expected == len(sheets["计算机教室一"]) + len(sheets["一（1）班教室"])


def test_scans_answer_found_elsewhere_unknown_already_and_batch(started):
    db, stocktake_id = started
    with db.session() as session:
        unit = line(session, stocktake_id, "计算机教室一")
        batch = line(session, stocktake_id, "一（1）班教室", batch=True)
        r = service.scan(session, stocktake_id, unit.code, room="计算机教室一", counter="王")
        assert r.kind == "found" and r.counted == 1
        assert service.scan(session, stocktake_id, unit.code, room="计算机教室一").kind == "already"
        other = line(session, stocktake_id, "一（1）班教室")
        r = service.scan(session, stocktake_id, other.code, room="计算机教室一")
        assert r.kind == "elsewhere" and "位置不符" in r.message
        assert service.scan(session, stocktake_id, "NOPE-404", room="计算机教室一").kind == "unknown"
        assert service.scan(session, stocktake_id, batch.code, room="一（1）班教室").kind == "needs_qty"
        service.scan(session, stocktake_id, batch.code, room="一（1）班教室", quantity="20", counter="甲")
        service.scan(session, stocktake_id, batch.code, room="一（1）班教室", quantity="25", counter="乙")  # counts add up
        service.record_find(session, stocktake_id, room="一（1）班教室", description="无标签的钢琴凳", quantity=2, value="300")
        r = service.reconcile(session, stocktake_id)
    assert batch.expected == 45 and not any(m["code"] == batch.code for m in r.missing)
    assert any(m["code"] == other.code and m["to"] == "计算机教室一" for m in r.moved)
    assert {s["name"] for s in r.surplus} == {"未知编号 NOPE-404", "无标签的钢琴凳"}
    assert not any(m["code"] == unit.code for m in r.missing)


def test_sheets_round_trip_and_refusals(started, tmp_path):
    db, stocktake_id = started
    with db.session() as session:
        path = reports.sheets_xlsx(session, stocktake_id, tmp_path / "sheets.xlsx")
        other = service.start(session, name="另一次清查", rooms=["会议室"])
    wb = openpyxl.load_workbook(path)
    ws = wb["计算机教室一"]
    header = [c.value for c in ws[3]]
    qty_col, cond_col = header.index("实盘数量") + 1, header.index("状况") + 1
    ws.cell(row=4, column=qty_col, value=1)
    ws.cell(row=5, column=qty_col, value=1)
    ws.cell(row=5, column=cond_col, value="闲置")
    wb.save(path)
    with db.session() as session:
        done = reports.import_sheet(session, stocktake_id, path, counter="李")
        assert done["counted"] == 2
        r = service.reconcile(session, stocktake_id)
        assert len(r.changed) == 1 and r.changed[0]["after"] == "闲置"
    with db.session() as session:  # the same sheet imported again: it replaces its first import, counted once
        found_before = service.reconcile(session, stocktake_id).found
        done = reports.import_sheet(session, stocktake_id, path, counter="李")
        assert (done["counted"], done["replaced"]) == (2, 2) and service.reconcile(session, stocktake_id).found == found_before
        counts = session.exec(service.select(service.StocktakeCount).where(service.StocktakeCount.source == "导入")).all()
        assert sorted(c.quantity for c in counts) == [1, 1]
    with pytest.raises(InputError, match="不是本次清查"), db.session() as session:
        reports.import_sheet(session, other, path)
    ws.cell(row=6, column=2, value="ZC-篡改")
    wb.save(path)
    with pytest.raises(InputError, match="编号列被改动"), db.session() as session:
        reports.import_sheet(session, stocktake_id, path)


def test_blind_sheets_hide_expected_quantities(demo_db, tmp_path):
    with demo_db.session() as session:
        stocktake_id = service.start(session, name="盲盘", rooms=["一（1）班教室"], blind=True)
        drawing = reports.sheets_pdf(session, stocktake_id)
        reports.sheets_xlsx(session, stocktake_id, tmp_path / "blind.xlsx")
    text = pypdf.PdfReader(drawing.save(tmp_path / "blind.pdf")).pages[0].extract_text()
    assert "资产清查盘点表" in text and "实盘数量" in text and "预期数量" not in text and "盲盘" in text and "QRFlowable" not in text
    assert "预期数量" not in [c.value for c in openpyxl.load_workbook(tmp_path / "blind.xlsx")["一（1）班教室"][3]]


def test_report_figures_and_post_applies_everything_once(started, tmp_path):
    db, stocktake_id = started
    with db.session() as session:
        lines = reports.sheet_rows(session, stocktake_id)
        for room, room_lines in lines.items():
            for l in room_lines:
                if l.expected == 1:
                    service.scan(session, stocktake_id, l.code, room=room)
                else:
                    service.scan(session, stocktake_id, l.code, room=room, quantity=l.expected - 1)  # one short
        missing_unit = lines["计算机教室一"][0]
    # undo one unit count so it is 盘亏, and move another
    with db.session() as session:
        from sqlmodel import delete

        from logistics_desktop.stocktake.models import StocktakeCount

        session.exec(delete(StocktakeCount).where(StocktakeCount.code == missing_unit.code))
        moved = lines["计算机教室一"][1]
        session.exec(delete(StocktakeCount).where(StocktakeCount.code == moved.code))
        service.scan(session, stocktake_id, moved.code, room="一（1）班教室")
        service.record_find(session, stocktake_id, room="一（1）班教室", description="无标签的钢琴凳", value="300")
        ledger = reports.report_ledger(session, stocktake_id)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(ledger.save(tmp_path / "report.pdf")).pages)
    assert "资产盘点盈亏表" in text and "盘盈小计" in text and "盘亏小计" in text and "位置不符" in text
    assert missing_unit.code in text and "全部未找到" in text and "部分短缺" in text and "无标签的钢琴凳" in text and "300.00" in text
    assert "校长" in text
    from logistics_desktop.core.parse import fen_to_yuan

    with db.session() as session:
        r = service.reconcile(session, stocktake_id)
    # the figures: one unit card lost (全部), two batches one short (部分), one find worth 300 元
    assert len(r.missing) == 3 and sum(1 for m in r.missing if m["whole"]) == 1
    lost = next(m for m in r.missing if m["whole"])
    assert lost["amount_fen"] == missing_unit.amount_fen and lost["accumulated_fen"] == missing_unit.accumulated_fen
    short = [m for m in r.missing if not m["whole"]]
    assert all(m["quantity"] == 1 for m in short)
    total = sum(m["amount_fen"] for m in r.missing)
    assert f"盘亏 3 项 原价 {fen_to_yuan(total)} 元" in ledger.summary[0] and "盘盈 1 项 300.00 元" in ledger.summary[0]
    assert fen_to_yuan(total) in text
    with pytest.raises(InputError, match="请填写过账说明"), db.session() as session:
        service.post(session, stocktake_id, reason="")
    with pytest.raises(InputError, match="登录名或密码不正确"), db.session() as session:  # the demo school has accounts
        service.post(session, stocktake_id, reason="经校长审核签字", signer="zongwu", password="not-mine")
    with db.session() as session:
        done = service.post(session, stocktake_id, reason="经校长审核签字", signer="zongwu", password="demo123")
        assert [(s["login"], s["purpose"]) for s in accounts_service.signatures(session, "stocktake", stocktake_id)] == [("zongwu", "过账人")]
        assert done == {"moved": 1, "changed": 0, "missing": 3, "surplus": 1}  # one card lost, two batches one short
        assert session.get(Asset, missing_unit.asset_id).status == "待报废"
        assert assets.card(session, moved.asset_id).values["room"] == "一（1）班教室"
        assert assets.find_by_code(session, assets.next_code(session)) is None
    with pytest.raises(InputError, match="已于 .* 过账"), db.session() as session:
        service.scan(session, stocktake_id, moved.code, room="一（1）班教室")
    with pytest.raises(InputError, match="已于 .* 过账"), db.session() as session:
        service.post(session, stocktake_id, reason="再来一次")
    with db.session() as session:  # sheets and report stay printable
        poster = accounts_service.user_named(session, "zongwu").name
        assert reports.report_ledger(session, stocktake_id).summary[0].endswith(
            "已于 " + date.today().strftime("%Y-%m-%d") + f" 过账（过账人：{poster}，本人密码签字）：经校长审核签字")


def test_start_needs_a_name_and_known_rooms(demo_db):
    with pytest.raises(InputError, match="请填写清查名称"), demo_db.session() as session:
        service.start(session, name=" ")
    with pytest.raises(InputError, match="房间不在目录中：火星"), demo_db.session() as session:
        service.start(session, name="x", rooms=["火星"])


def test_the_whole_stocktake_from_the_command_line(cli, demo_db_path, tmp_path):
    run = lambda *a: cli("--db", demo_db_path, "stocktake", *map(str, a))  # noqa: E731
    result = run("start", "--name", "命令行清查", "--room", "一（1）班教室")
    assert result.returncode == 0, result.stderr
    stocktake_id = result.stdout.strip()
    assert run("sheets", stocktake_id, "-o", tmp_path / "s.pdf").returncode == 0
    assert run("sheets", stocktake_id, "-o", tmp_path / "s.xlsx").returncode == 0
    result = run("count", stocktake_id, "ZC-000001")
    assert result.returncode == 1 and "请输入实盘数量" in result.stderr
    assert "实盘 30套" in run("count", stocktake_id, "ZC-000001", "--qty", "30", "--by", "甲").stdout
    assert "实盘 15套" in run("count", stocktake_id, "ZC-000001", "--qty", "15", "--by", "乙").stdout
    assert "已找到" in run("count", stocktake_id, "ZC-000002").stdout
    assert "已清点过" in run("count", stocktake_id, "ZC-000002").stdout
    assert "位置不符" in run("count", stocktake_id, "ZC-000400", "--room", "一（1）班教室").stdout
    assert "未知编号" in run("count", stocktake_id, "XX-1", "--room", "一（1）班教室").stdout
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx")  # the sheet filled on a laptop, then read back
    ws = wb["一（1）班教室"]
    header = [c.value for c in ws[3]]
    ws.cell(row=6, column=header.index("实盘数量") + 1, value=1)
    wb.save(tmp_path / "filled.xlsx")
    result = run("import", stocktake_id, tmp_path / "filled.xlsx", "--by", "丙")
    assert result.returncode == 0 and "已导入 1 个房间的 1 条清点记录" in result.stdout
    assert run("report", stocktake_id, "-o", tmp_path / "r.xlsx").returncode == 0
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert ws["A1"].value == "资产盘点盈亏表"
    assert run("post", stocktake_id).returncode == 2  # --reason is required
    result = run("post", stocktake_id, "--reason", "校长签字同意")
    assert result.returncode == 0 and "已过账" in result.stdout
    result = run("count", stocktake_id, "ZC-000003")
    assert result.returncode == 1 and "只能查看和打印" in result.stderr
    assert "已过账" in run("list").stdout


def test_counting_in_the_gui_as_a_scanner_types(qtbot, demo_ctx):
    from PySide6.QtCore import Qt

    from logistics_desktop.assets.view import AssetsModuleTab
    from tests.test_gui import show_active

    tab = show_active(qtbot, AssetsModuleTab(demo_ctx))
    page = tab.pages["stocktake"]
    tab.inner.setCurrentWidget(page)
    stocktake_id = page.start("界面清查", ROOMS)
    assert page.picker.currentData() == stocktake_id and page.progress.rowCount() == 2
    page.room.setCurrentText("一（1）班教室")
    page.counter.setText("wang")
    with demo_ctx.session() as session:
        rows = service.room_lines(session, stocktake_id, "一（1）班教室")
        elsewhere = service.room_lines(session, stocktake_id, "计算机教室一")[0]["code"]
    unit = next(r for r in rows if not r["batch"])
    batch = next(r for r in rows if r["batch"])

    def scan(text):  # a USB scanner types the code and Enter
        qtbot.keyClicks(page.scan_field, text)
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
        return page.answer_kind

    assert scan(unit["code"]) == "found" and "已找到" in page.answer.text()
    assert scan(unit["code"]) == "already"  # a unit card is not counted twice
    assert scan(elsewhere) == "elsewhere"
    assert scan("NOT-A-CODE") == "unknown"
    assert scan(batch["code"]) == "needs_qty"
    assert scan("20") == "found"  # the quantity of that batch card
    page.counter.setText("li")
    assert scan(batch["code"]) == "needs_qty" and scan("25") == "found"  # a second counter: counts add up
    with demo_ctx.session() as session:
        counted = {r["code"]: r["counted"] for r in service.room_lines(session, stocktake_id, "一（1）班教室")}
    assert counted[unit["code"]] == 1 and counted[batch["code"]] == 45
    assert "已清点 3 / 28 项" in page.room_progress.text() or "已清点" in page.room_progress.text()
    # a row ticked by hand, and an unlabelled find
    page.lines.selectRow(next(i for i, r in enumerate(page.line_rows) if not r["batch"] and r["counted"] == 0))
    assert page.tick_selected().kind == "found"
    assert page.record_find({"description": "无标签的钢琴凳", "quantity": "1", "value": "300"})
    assert page.post("校长签字同意", signer="zongwu", password="demo123") is not None
    assert not page.scan_field.isEnabled() and page.buttons["report"].isEnabled()  # read-only, still printable


def test_home_shows_the_open_stocktake_and_the_term_end_duty(demo_db):
    from datetime import timedelta

    from logistics_desktop.directory import service as directory
    from logistics_desktop.home.service import duties

    with demo_db.session() as session:
        term = directory.current_term(session)
        near_end = term.end - timedelta(days=10)
        lines = [i.text for i in duties(session, near_end)]
        assert any(t.startswith("期末资产清查：本学期") for t in lines)
        assert not any("期末资产清查" in t for t in (i.text for i in duties(session, term.start)))
        stocktake_id = service.start(session, name="期末清查", rooms=["会议室"], on=date.today())
        lines = [i for i in duties(session, near_end) if "资产清查" in i.text]
    assert len(lines) == 1 and lines[0].text.startswith("资产清查“期末清查”进行中：已清点 0/")
    assert lines[0].target == f"assets:stocktake:{stocktake_id}"


def test_count_sheet_qr_codes_scan_back(qapp, demo_db, tmp_path):
    from tests.test_assets_io import decode_pdf_pages

    with demo_db.session() as session:
        stocktake_id = service.start(session, name="扫码核对", rooms=["会议室"])
        expected = sorted(l.code for l in reports.sheet_rows(session, stocktake_id)["会议室"])
        drawing = reports.sheets_pdf(session, stocktake_id)
    pages = decode_pdf_pages(drawing.save(tmp_path / "sheets.pdf"), dpi=220)
    assert sorted(code for page in pages for code in page) == expected
