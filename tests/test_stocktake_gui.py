"""期末清查 as a clerk does it with a scanner: slips are forgiven, nothing is lost, posting says what it will do."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from logistics_desktop.stocktake import reports, service
from tests.conftest import type_text
from tests.test_gui import show_active

ROOMS = ["计算机教室一", "一（1）班教室"]


@pytest.fixture
def page(qtbot, demo_ctx):
    from logistics_desktop.assets.view import AssetsModuleTab

    tab = show_active(qtbot, AssetsModuleTab(demo_ctx))
    page = tab.pages["stocktake"]
    tab.inner.setCurrentWidget(page)
    page.start("扫码清查", ROOMS)
    page.room.setCurrentText("一（1）班教室")
    page.counter.setText("王芳")
    yield page  # the tab kept alive while the test runs
    tab.close()


def scan(qtbot, page, text):
    """A USB scanner types the code and Enter into whatever has the focus: the scan field, we hope."""
    qtbot.keyClicks(page.scan_field, text)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    return page.answer_kind


def later(qtbot, act, *, ms=100):
    """Run `act` on the dialog that will be open by then (a modal dialog blocks the test until closed)."""
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, run)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failed check must not leave the test waiting on the dialog
    QTimer.singleShot(ms, run)


def lines_of(page):
    with page.ctx.session() as session:
        return service.room_lines(session, page.stocktake_id, "一（1）班教室")


def test_a_label_scanned_while_a_quantity_is_awaited_is_a_scan(qtbot, page):
    rows = lines_of(page)
    unit = next(r for r in rows if not r["batch"])
    batch = next(r for r in rows if r["batch"])
    assert scan(qtbot, page, batch["code"]) == "needs_qty"
    assert batch["code"] in page.expects.text() and "数量" in page.expects.text()  # the prompt says what it waits for
    # the clerk forgot the number and scanned the next label: counted as a label, not as a quantity
    assert scan(qtbot, page, unit["code"]) == "found"
    assert "数量未填" in page.answer.text() and page.expects.text() == "编号："
    # a bad quantity keeps the question open
    assert scan(qtbot, page, batch["code"]) == "needs_qty"
    scan(qtbot, page, "-3")
    assert page.answer_kind == "unknown" and batch["code"] in page.expects.text()
    assert scan(qtbot, page, "12") == "found"
    counted = {r["code"]: r["counted"] for r in lines_of(page)}
    assert counted[unit["code"]] == 1 and counted[batch["code"]] == 12


def test_codes_match_whatever_the_case_and_spaces_and_a_card_elsewhere_is_that_card(qtbot, page):
    rows = lines_of(page)
    unit = next(r for r in rows if not r["batch"])
    assert scan(qtbot, page, "  " + unit["code"].lower() + " ") == "found"  # Caps Lock on, stray spaces
    assert scan(qtbot, page, unit["code"]) == "already"
    # a card of a room outside this stocktake, typed in lower case: 位置不符 of that card, never a new card
    with page.ctx.session() as session:
        from sqlmodel import select

        from logistics_desktop.assets.models import Asset

        outside = next(a for a in session.exec(select(Asset).where(Asset.status != "已报废"))
                       if service.find_line(session, page.stocktake_id, a.code) is None)
        outside_code = outside.code
    assert scan(qtbot, page, outside_code.lower()) == "elsewhere"
    assert scan(qtbot, page, "NO-SUCH-9") == "unknown"
    # both are in the room's list, beyond the expected lines
    shown = [page.lines.item(r, 0).text() for r in range(page.lines.rowCount())]
    assert outside_code in shown and "NO-SUCH-9" in shown
    kinds = [page.lines.item(r, 2).text() for r in range(len(page.line_rows), page.lines.rowCount())]
    assert any("位置不符" in k for k in kinds) and any("未知编号" in k for k in kinds)
    with page.ctx.session() as session:
        p = service.plan(session, page.stocktake_id)
    assert outside_code in [m["code"] for m in p.moves]
    assert [c["code"] for c in p.new_cards] == ["NO-SUCH-9"]  # the unknown one only


def test_the_last_scans_are_listed_and_each_can_be_undone(qtbot, page):
    rows = lines_of(page)
    first, second = [r for r in rows if not r["batch"]][:2]
    scan(qtbot, page, first["code"])
    scan(qtbot, page, second["code"])
    assert page.recent.rowCount() == 2 and page.recent.item(0, 1).text() == second["code"]  # newest first
    undo = page.recent.cellWidget(0, 4)
    assert isinstance(undo, QPushButton) and undo.text() == "撤销"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert page.recent.rowCount() == 1 and page.scan_field.hasFocus()
    counted = {r["code"]: r["counted"] for r in lines_of(page)}
    assert counted[second["code"]] == 0 and counted[first["code"]] == 1
    assert scan(qtbot, page, second["code"]) == "found"  # counted again after the undo, not "already"


def test_focus_returns_to_the_scan_field_after_the_unlabelled_find_dialog(qtbot, page):
    def fill(dialog):
        type_text(dialog.form.editors["description"].editor, "无标签的钢琴凳")
        qtbot.keyClick(dialog.form.editors["description"].editor, Qt.Key.Key_Return)

    later(qtbot, fill)
    page.ui.find.click()
    qtbot.waitUntil(page.scan_field.hasFocus)  # once the window is active again
    shown = [page.lines.item(r, 1).text() for r in range(page.lines.rowCount())]
    assert "无标签的钢琴凳" in shown
    # and after the quantity box of 勾选 / 填数
    batch_row = next(i for i, r in enumerate(page.line_rows) if r["batch"])
    page.lines.selectRow(batch_row)

    def quantity(dialog):
        qtbot.keyClicks(QApplication.focusWidget(), "7")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    later(qtbot, quantity)
    page.ui.tick.click()
    qtbot.waitUntil(page.scan_field.hasFocus)
    assert lines_of(page)[batch_row]["counted"] == 7


def test_posting_says_what_it_will_do_and_then_nothing_counts(qtbot, page):
    assert page.ctx.log_in("houqin", "demo123")  # 后勤干事 signs the posting with their own password
    rows = lines_of(page)
    unit = next(r for r in rows if not r["batch"])
    scan(qtbot, page, unit["code"])
    scan(qtbot, page, "NO-SUCH-9")
    seen = {}

    def confirm(dialog):
        seen["intro"] = dialog.intro.text()
        reason = dialog.form.editors["reason"].editor
        type_text(reason, "校长审核同意")
        qtbot.keyClicks(dialog.form.editors["password"].editor, "wrong")
        qtbot.keyClick(reason, Qt.Key.Key_Return)
        seen["error"] = dialog.form.editors["password"].error.text()  # refused, the dialog stays open
        dialog.form.editors["password"].editor.clear()
        qtbot.keyClicks(dialog.form.editors["password"].editor, "demo123")
        qtbot.keyClick(dialog.form.editors["password"].editor, Qt.Key.Key_Return)

    later(qtbot, confirm)
    page.buttons["post"].click()
    intro = seen["intro"]
    assert "盘盈建卡（未知编号、无标签物品）：1 项" in intro and "NO-SUCH-9" in intro
    assert "盘亏报废申请（整项未找到）" in intro and "调拨（位置不符，移到实际房间）：0 项" in intro
    assert "密码" in seen["error"]
    assert page.ctx.read(service.is_posted, page.stocktake_id)
    for widget in page.counting_controls:
        assert not widget.isEnabled(), widget.objectName()
    assert not page.recent.cellWidget(0, 4).isEnabled()
    assert page.buttons["report"].isEnabled() and page.buttons["sheets_pdf"].isEnabled()


def test_the_start_dialog_starts_with_no_room_and_enter_in_the_name_does_not_cancel(qtbot, demo_ctx):
    from logistics_desktop.stocktake.view.start import StartDialog

    dialog = StartDialog(["会议室", "一（1）班教室", "一（2）班教室", "计算机教室一"])
    show_active(qtbot, dialog)
    assert dialog.chosen_rooms() == []
    type_text(dialog.name, "期末清查")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.search.hasFocus()  # neither started nor cancelled
    type_text(dialog.search, "一（")
    dialog.ui.all.click()  # ticks the rooms found
    assert dialog.chosen_rooms() == ["一（1）班教室", "一（2）班教室"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "hys")  # 会议室 by its pinyin initials
    assert [dialog.rooms.item(i).text() for i in range(dialog.rooms.count()) if not dialog.rooms.item(i).isHidden()] == ["会议室"]
    dialog.search.clear()
    dialog.ui.all.click()
    assert len(dialog.chosen_rooms()) == 4
    dialog.ui.none.click()
    assert dialog.chosen_rooms() == []
    with demo_ctx.session() as session:
        with pytest.raises(Exception, match="请勾选要清查的房间"):
            service.start(session, name="空", rooms=[])


def test_count_sheets_name_the_room_on_every_page(demo_db, tmp_path):
    with demo_db.session() as session:
        stocktake_id = service.start(session, name="全部房间清查")
        per_room = reports.sheet_rows(session, stocktake_id)
        drawing = reports.sheets_pdf(session, stocktake_id)
    out = tmp_path / "sheets.pdf"
    drawing.save(out)
    pages = pypdf.PdfReader(out).pages
    assert len(pages) > len(per_room)  # some room runs over a page
    rooms_of_pages = []
    for p in pages:
        text = p.extract_text()
        named = [name for name in per_room if f"房间：{name}" in text]
        assert named, text[:200]
        rooms_of_pages.append(named[0])
    assert set(rooms_of_pages) == set(per_room)
