"""The canteen's daily pages driven as the canteen manager drives them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from sqlmodel import select

from logistics_desktop.canteen import daily, service, stock
from logistics_desktop.canteen.models import FoodSample, HealthCertificate, MenuDish, Supplier
from logistics_desktop.canteen.view import CertificatesPage, MenuPage, SamplesPage, StockPage, SuppliersPage, disinfection_page
from tests.conftest import type_text
from tests.test_canteen_acceptance import LINES, delivery
from tests.test_gui import show_active


def focused():
    return QApplication.focusWidget()


def test_a_sample_entered_with_the_keyboard_and_100_g_refused_beside_the_field(qtbot, kitchen):
    from logistics_desktop.shell.context import AppContext

    ctx = AppContext(kitchen)
    with kitchen.session() as session:
        daily.set_day_menu(session, date.today(), "午餐", [{"dish": "红烧鸡腿", "grams": 80}, {"dish": "清炒青菜", "grams": 100}])
    page = show_active(qtbot, SamplesPage(ctx))
    assert [page.menu_table.item(r, 2).text() for r in range(2)] == ["未留样", "未留样"]
    dish = page.form.editors["dish"].editor
    dish.lineEdit().setFocus()
    type_text(dish.lineEdit(), "红烧鸡腿")
    grams = page.form.editors["grams"].editor
    grams.setFocus()
    qtbot.keyClicks(grams, "100")
    page.form.editors["by"].set_value("钱厨师")
    qtbot.keyClick(grams, Qt.Key.Key_Return)
    assert page.form.editors["grams"].error.text() == "留样重量 100 克不足，每个品种应不少于 125 克"
    with kitchen.session() as session:
        assert session.exec(select(FoodSample)).first() is None
    grams.clear()
    qtbot.keyClicks(grams, "150")
    qtbot.keyClick(grams, Qt.Key.Key_Return)
    assert page.message.text() == "已留样：红烧鸡腿 150 克"
    assert [page.menu_table.item(r, 2).text() for r in range(2)] == ["已留样", "未留样"]
    assert page.form.editors["by"].value() == "钱厨师"  # kept for the next dish
    with kitchen.session() as session:
        assert session.exec(select(FoodSample)).one().grams == 150


def test_the_weekly_menu_typed_in_with_day_and_meal_carried_down(qtbot, kitchen):
    from logistics_desktop.shell.context import AppContext

    page = show_active(qtbot, MenuPage(AppContext(kitchen)))
    rows = [("一", "午餐", "红烧鸡腿", "80", "鸡腿"), ("", "", "米饭", "150", "大米"), ("星期二", "午点", "牛奶", "200", "")]
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            if text:
                page.table.setItem(r, c, QTableWidgetItem(text))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.errors.text() == "已保存本周食谱"
    monday = page.monday()
    with kitchen.session() as session:
        dishes = [(d.day, d.meal, d.dish, d.grams) for d in daily.menu(session, monday, monday + timedelta(days=7))]
    assert dishes == [(monday, "午餐", "红烧鸡腿", 80), (monday, "午餐", "米饭", 150), (monday + timedelta(days=1), "午点", "牛奶", 200)]
    page.table.item(0, 3).setText("很多")
    assert not page.save() and "红烧鸡腿" in page.errors.text()
    with kitchen.session() as session:
        assert session.exec(select(MenuDish).where(MenuDish.dish == "红烧鸡腿")).one().grams == 80  # nothing half-written


def test_an_issue_beyond_the_book_is_refused_beside_the_quantity(qtbot, kitchen):
    from logistics_desktop.shell.context import AppContext

    with kitchen.session() as session:
        signed = service.record_delivery(session, delivery(at=datetime.now() - timedelta(hours=1)), LINES)
        service.sign(session, signed, acceptor1="赵食管", acceptor2="钱厨师")
    page = show_active(qtbot, StockPage(AppContext(kitchen)))
    assert page.table.rowCount() == 2
    page.table.selectRow(1)  # 青菜 30 kg: picking a row fills the item and unit
    assert (page.form.editors["item"].value(), page.form.editors["unit"].value()) == ("青菜", "kg")
    qtbot.keyClicks(focused(), "40")
    page.form.editors["by"].set_value("钱厨师")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert page.form.editors["quantity"].error.text().endswith("账面只有 30kg，不能出库 40")
    page.form.editors["quantity"].set_value("12")
    assert page.issue()
    with kitchen.session() as session:
        assert stock.book(session, date.today())[("青菜", "kg")] == 18


def test_a_short_disinfection_is_saved_with_a_warning(qtbot, kitchen):
    from logistics_desktop.shell.context import AppContext

    page = show_active(qtbot, disinfection_page(AppContext(kitchen)))
    page.form.set_values({"day": date.today(), "meal": "午餐", "items": "餐盘", "quantity": "300", "method": "蒸汽",
                          "started_at": "13:00", "ended_at": "13:06", "operator": "钱厨师"})
    assert page.save()
    assert page.message.text() == "消毒时间 6 分钟，少于蒸汽要求的 10 分钟，请重新消毒"
    assert page.model.rowCount() == 1 and page.model.rows[0]["result"] == "时间不足"


def test_suppliers_and_health_certificates_kept_in_settings(qtbot, kitchen):
    from logistics_desktop.shell.context import AppContext

    ctx = AppContext(kitchen)
    page = show_active(qtbot, SuppliersPage(ctx))
    page.new()
    type_text(page.form.editors["name"].editor, "康源肉联厂")
    page.form.editors["licence_expiry"].set_value("2027-06-30")
    assert not page.save()
    assert page.form.editors["licence_no"].error.text().startswith("请填写营业执照或食品经营许可证编号")
    page.form.editors["licence_no"].set_value("JY13301000099999")
    assert page.save()
    assert page.current is None and page.form.editors["name"].value() == ""  # the next one typed is a new supplier
    with kitchen.session() as session:
        assert session.exec(select(Supplier).where(Supplier.name == "康源肉联厂")).one().licence_expiry == date(2027, 6, 30)
    certs = show_active(qtbot, CertificatesPage(ctx))
    certs.new()
    certs.form.set_values({"person": "钱厨师", "number": "JKZ-001", "expiry": "2027-03-01"})
    assert certs.save()
    assert certs.table.rowCount() == 1 and certs.table.item(0, 0).text() == "钱厨师"
    with kitchen.session() as session:
        assert session.exec(select(HealthCertificate)).one().number == "JKZ-001"


def test_a_signed_delivery_is_opened_read_only_and_corrected_from_the_list(qtbot, kitchen):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from logistics_desktop.canteen.models import DeliveryCorrection
    from logistics_desktop.canteen.view import AcceptancePage
    from logistics_desktop.shell.context import AppContext

    with kitchen.session() as session:
        signed = service.record_delivery(session, delivery(at=datetime.now() - timedelta(days=1)), LINES)
        service.sign(session, signed, acceptor1="赵食管", acceptor2="钱厨师")
    page = show_active(qtbot, AcceptancePage(AppContext(kitchen)))
    assert page.today.rowCount() == 0  # yesterday's is not today's
    page.day.setDate(page.day.date().addDays(-1))
    assert page.today.rowCount() == 1
    page.today.selectRow(0)
    page.open_selected()
    assert page.delivery_id == signed and not page.save_button.isEnabled() and not page.sign_button.isEnabled()
    assert page.table.text(1, "item") == "冷鲜猪肉" and page.table.text(1, "temperature") == "4"
    assert page.errors.text().startswith("已签字锁定（赵食管、钱厨师")

    def answer():
        dialog = page.correction_dialog
        dialog.form.set_values({"text": "青菜实收 29 kg", "reason": "", "by": "孙保健"})
        dialog.findChild(QPushButton, "ok").click()
        assert dialog.form.editors["reason"].error.text() == "请写明更正原因"
        dialog.form.editors["reason"].set_value("复秤少 1 kg")
        dialog.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, answer)
    assert page.correct_selected()
    assert "更正" in page.errors.text() and "青菜实收 29 kg（原因：复秤少 1 kg）" in page.errors.text()
    with kitchen.session() as session:
        assert session.exec(select(DeliveryCorrection)).one().by == "孙保健"


def test_a_dish_served_before_is_typed_by_its_pinyin_initials(qtbot, kitchen):
    from logistics_desktop.shell.context import AppContext

    monday = daily.monday_of(date.today())
    with kitchen.session() as session:
        daily.set_day_menu(session, monday - timedelta(days=7), "午餐", [{"dish": "红烧鸡腿", "grams": 80}, {"dish": "清炒青菜", "grams": 100}])
    page = show_active(qtbot, MenuPage(AppContext(kitchen)))
    page.table.setFocus()
    page.table.setCurrentCell(0, 2)  # 菜品 of the first row
    qtbot.keyClick(page.table, "h")  # the first key opens the cell, the rest go to it
    qtbot.keyClicks(focused(), "sjt")
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.model().index(0, 0).data() == "红烧鸡腿"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert focused().text() == "红烧鸡腿"  # in the cell's editor, the list closed
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the cell keeps it (on the next turn of the event loop)
    qtbot.waitUntil(lambda: page.table.item(0, 2) is not None)
    assert page.table.item(0, 2).text() == "红烧鸡腿"
