"""The acceptance screen with the keyboard only: a 15-line delivery, autocomplete, two acceptors."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from logistics_desktop.accounts import service as accounts
from logistics_desktop.canteen import service
from logistics_desktop.canteen.models import Delivery, DeliveryLine
from logistics_desktop.canteen.view import AcceptancePage
from logistics_desktop.canteen.view.acceptance import KEYS
from logistics_desktop.core import pinyin
from tests.conftest import type_text
from tests.test_gui import show_active
from tests.test_pinyin import offered

ITEMS = [("青菜", "新鲜", "30", "kg", "4.5", "当日"), ("白菜", "新鲜", "25", "kg", "2.8", "当日"), ("土豆", "中", "40", "kg", "3.2", "B1"),
         ("番茄", "大", "20", "kg", "6", "B2"), ("黄瓜", "", "15", "kg", "5", "B3"), ("鸡蛋", "散装", "15", "kg", "11", "20261122"),
         ("大米", "25kg/袋", "4", "袋", "160", "20261101"), ("面粉", "10kg/袋", "3", "袋", "58", "20261015"), ("食用油", "5L", "4", "桶", "75", "20261001"),
         ("粉丝", "", "10", "kg", "6", "当日"), ("胡萝卜", "", "12", "kg", "3", "B4"), ("洋葱", "", "8", "kg", "3.5", "B5"),
         ("生姜", "", "2", "kg", "12", "B6"), ("大蒜", "", "2", "kg", "10", "B7"), ("青菜", "", "5", "", "", "当日")]


def focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def enter(qtbot, widget, times=1):
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # to whatever has the focus: the cell editor or the table
        qtbot.wait(1)  # the cell's commit runs on the next turn of the event loop; no one types faster than that
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=1000)  # the window active again once a completion list closed


def type_cell(qtbot, table, text):
    """As at a real keyboard: the first key opens the cell editor, the rest go to it; Chinese comes from the input method."""
    if text.isascii():
        qtbot.keyClick(table, text[0])
        qtbot.keyClicks(focused(), text[1:])
    else:
        qtbot.keyClick(table, Qt.Key.Key_F2)  # open the editor, then the input method commits the characters
        type_text(focused(), text)


def test_a_15_line_delivery_with_the_keyboard_only(qtbot, demo_ctx):
    with demo_ctx.session() as session:
        service.save_supplier(session, {"name": "城南副食品公司", "licence_no": "JY1330", "licence_expiry": "2030-12-31"})
        # the two acceptors are the demo school's canteen accounts: each signs with their own password
        people = [accounts.user_named(session, login).name for login in ("shitang", "chushi")]
        earlier_today = len(service.deliveries_on(session, date.today()))  # the demo school's own deliveries
    page = show_active(qtbot, AcceptancePage(demo_ctx))
    page.reload()
    type_text(page.supplier.lineEdit(), "城南副食品公司")
    page.reason.setFocus()
    qtbot.keyClick(page.reason, Qt.Key.Key_Tab)
    table = page.table
    assert table.hasFocus()
    table.setCurrentCell(0, 0)
    for item, spec, quantity, unit, price, batch in ITEMS:
        type_cell(qtbot, table, item)
        enter(qtbot, table)
        for text in (spec, quantity, unit, price, batch):  # the cells up to 批号; 金额 is skipped by Enter
            if text:
                type_cell(qtbot, table, text)
            enter(qtbot, table)
        enter(qtbot, table, 7)  # 生产日期 … 拒收原因 left as they are: on to the next line
    assert [table.text(0, k) for k in ("item", "spec", "quantity", "unit", "unit_price", "batch")] == ["青菜", "新鲜", "30", "kg", "4.5", "当日"]
    assert table.rowCount() == 16  # Enter after the last cell opened a new line
    assert table.text(14, "spec") == "新鲜" and table.text(14, "unit") == "kg" and table.text(14, "unit_price") == "4.5"  # filled from line 1
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.delivery_id is not None, page.errors.text()
    # signing: one acceptor, the same person twice, a wrong password are refused, each with nothing written
    first, second = page.passwords
    type_text(page.acceptor1.lineEdit(), people[0])
    qtbot.keyClicks(first, "demo123")
    qtbot.keyClick(first, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "请选择验收人" in page.errors.text() and first.text() == ""  # a password serves one try only
    type_text(page.acceptor2.lineEdit(), people[0])
    qtbot.keyClicks(first, "demo123")
    qtbot.keyClicks(second, "demo123")
    qtbot.keyClick(second, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "两位验收人不能是同一人" in page.errors.text()
    page.acceptor2.lineEdit().clear()
    type_text(page.acceptor2.lineEdit(), people[1])
    qtbot.keyClicks(first, "demo123")
    qtbot.keyClicks(second, "wrong-one")
    qtbot.keyClick(second, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "登录名或密码不正确" in page.errors.text()
    with demo_ctx.session() as session:
        assert session.get(Delivery, page.delivery_id).signed_at is None
        assert accounts.signatures(session, "canteen_delivery", page.delivery_id) == []
    qtbot.keyClicks(first, "demo123")
    qtbot.keyClicks(second, "demo123")
    qtbot.keyClick(second, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "已签字锁定" in page.errors.text()
    assert not first.isEnabled() and not page.sign_button.isEnabled()
    with demo_ctx.session() as session:
        delivery = session.get(Delivery, page.delivery_id)
        lines = session.exec(select(DeliveryLine).where(DeliveryLine.delivery_id == delivery.id)).all()
    assert (delivery.acceptor1, delivery.acceptor2) == (people[0], people[1]) and delivery.signed_at is not None
    with demo_ctx.session() as session:
        signed = accounts.signatures(session, "canteen_delivery", delivery.id)
    assert [(s["login"], s["purpose"]) for s in signed] == [("shitang", "验收人"), ("chushi", "验收人")]
    assert all(s["at"] >= delivery.signed_at.replace(microsecond=0) - timedelta(seconds=5) for s in signed)
    assert len(lines) == 15 and sum(l.amount_fen for l in lines) == sum(
        round(float(q) * float(p or 4.5) * 100) for _, _, q, _, p, _ in ITEMS)
    assert page.today.rowCount() == earlier_today + 1  # listed by time among the demo's deliveries of today
    assert f"{people[0]}、{people[1]}" in [page.today.item(r, 4).text() for r in range(page.today.rowCount())]


def test_bad_cells_are_marked_and_nothing_is_written(qtbot, demo_ctx):
    with demo_ctx.session() as session:
        service.save_supplier(session, {"name": "城南副食品公司", "licence_no": "JY1330"})
        before = service.deliveries_on(session, date.today())
    page = AcceptancePage(demo_ctx)
    qtbot.addWidget(page)
    page.supplier.setEditText("城南副食品公司")
    page.table.set_text(0, "item", "冻虾")
    page.table.set_text(0, "quantity", "十")
    page.table.set_text(0, "storage", "冷冻")
    assert not page.save()
    assert "第 1 行：数量“十”不是数字" in page.errors.text() and "冷冻食品请填写到货温度" in page.errors.text()
    assert page.table.item(0, 2).background().color().name() == "#ffcdd2"
    with demo_ctx.session() as session:
        assert service.deliveries_on(session, date.today()) == before


def test_enter_walks_a_line_cell_by_cell_and_ctrl_enter_goes_on_to_the_acceptors(qtbot, demo_ctx):
    from PySide6.QtCore import QDateTime, QtMsgType

    page = show_active(qtbot, AcceptancePage(demo_ctx))
    page.at.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))  # the page was built in the early morning
    page.now.restart()
    page.at.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))
    page.now.set_by_user = False  # as if the clock had run on since the page was built
    table = page.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    seen = []
    with qtbot.capture_exceptions() as raised:
        for text in ("abc", "s", "3", "kg", "4.5", "B1", "2026-11-30", "5", "合格", "常温", "", "", ""):
            if text:
                type_cell(qtbot, table, text)
            enter(qtbot, table)
            qtbot.wait(20)  # the delegate commits on the next turn of the event loop: a real user is slower still
            seen.append(table.currentColumn())
    assert not raised
    # every editable column once, 金额 and 保质期至 skipped; after 拒收原因 a new line
    assert seen == [1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 0] and table.currentRow() == 1 and table.rowCount() == 2
    assert table.text(0, "amount") == "13.50" and table.text(0, "expires_on") == "2026-12-05"
    assert abs(page.at.dateTime().secsTo(QDateTime.currentDateTime())) < 120  # the time the delivery was started
    type_cell(qtbot, table, "abc")  # a cell still being typed is kept on Ctrl+Enter
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert focused() in (page.acceptor1, page.acceptor1.lineEdit()) and table.text(1, "item") == "abc"
    del QtMsgType


def test_acceptors_complete_a_signed_delivery_is_read_only_and_the_next_one_starts_clean(qtbot, demo_ctx):
    with demo_ctx.session() as session:
        service.save_supplier(session, {"name": "城南副食品公司", "licence_no": "JY1330", "licence_expiry": "2030-12-31"})
        people = [accounts.user_named(session, login).name for login in ("shitang", "chushi")]
    page = show_active(qtbot, AcceptancePage(demo_ctx))
    type_text(page.supplier.lineEdit(), "城南副食品公司")
    for key, text in (("item", "青菜"), ("quantity", "3"), ("unit", "kg"), ("unit_price", "4"), ("batch", "当日")):
        page.table.set_text(0, key, text)
    # a part of the name, or its pinyin initials and Enter, finds the acceptor, as in the supplier box
    completer = page.acceptor1.completer()
    type_text(page.acceptor1.lineEdit(), people[0][1:])
    assert offered(completer)[0] == people[0]
    page.acceptor1.lineEdit().clear()
    qtbot.keyClicks(page.acceptor1.lineEdit(), "".join(letters[0] for letters in pinyin.initials(people[0])))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # the open list has the keyboard
    assert page.acceptor1.currentText() == people[0]
    type_text(page.acceptor2.lineEdit(), people[1])
    qtbot.keyClicks(page.passwords[0], "demo123")
    qtbot.keyClicks(page.passwords[1], "demo123")
    qtbot.keyClick(page.passwords[1], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "已签字锁定" in page.errors.text()
    for widget in (page.at, page.supplier, page.account, page.reason, page.acceptor1, page.acceptor2, *page.documents.values()):
        assert not widget.isEnabled(), widget.objectName()
    signed = page.delivery_id
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S on a signed delivery writes nothing
    assert page.delivery_id == signed
    page.ui.newDelivery.click()
    assert page.acceptor1.currentText() == "" and page.acceptor2.currentText() == "" and page.supplier.isEnabled()
    assert page.table.rowCount() == 1 and page.delivery_id is None


def test_an_item_is_found_by_its_pinyin_initials_at_the_door(qtbot, demo_ctx):
    """No input method at the kitchen door: the item's initials, Enter to take it from the list, Enter to go on; its
    规格, 单位 and 单价 come from its last delivery as when the name is typed whole."""
    page = show_active(qtbot, AcceptancePage(demo_ctx))
    page.reload()
    codes = {name: "".join(letters[0] for letters in pinyin.initials(name)) for name in page.history}
    item = next(n for n, code in sorted(codes.items()) if len(code) >= 2 and list(codes.values()).count(code) == 1
                and not any(code in other.lower() for other in page.history))
    table = page.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    type_cell(qtbot, table, codes[item])
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.isVisible()
    assert popup.model().index(0, 0).data() == item, (item, codes[item])
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert focused().text() == item  # the cell's editor holds the name; the list is closed
    enter(qtbot, table)
    assert table.text(0, "item") == item and table.currentColumn() == KEYS.index("spec")
    past = page.history[item]
    assert table.text(0, "unit") == str(past["unit"] or "") and table.text(0, "unit_price") == str(past["unit_price"] or "")
