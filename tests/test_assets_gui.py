"""The 资产 tab with real widgets: a card typed in, the list filtered, an asset lent and returned."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from logistics_desktop.assets import query, service
from logistics_desktop.assets.models import AssetClass
from logistics_desktop.assets.reports import ledger_rows
from logistics_desktop.assets.view import AssetsTab, CardDialog
from tests.conftest import type_text
from tests.test_gui import show_active


def test_new_card_typed_with_the_keyboard(qtbot, demo_ctx):
    dialog = show_active(qtbot, CardDialog(demo_ctx, None))
    code = dialog.form.editors["code"].value()
    with demo_ctx.session() as session:
        highest = max(int(r["asset"].code[3:]) for r in ledger_rows(session, {"include_retired": True}))
    assert code == f"ZC-{highest + 1:06d}"  # the next code in the demo school's pattern
    press = lambda w, k: qtbot.keyClick(w, k)  # noqa: E731
    press(dialog.form.editors["code"].editor, Qt.Key.Key_Tab)
    name = dialog.form.editors["name"].editor
    assert name.hasFocus()
    type_text(name, "钢琴")
    press(name, Qt.Key.Key_Tab)
    klass = dialog.form.editors["class_code"].editor
    type_text(klass.lineEdit(), "A0234 乐器")
    for key, text in (("unit", "架"), ("quantity", "1"), ("unit_price", "26800")):
        editor = dialog.form.editors[key].editor
        editor.selectAll()
        type_text(editor, text)
    room = dialog.form.editors["room"].editor
    type_text(room.lineEdit(), "音乐教室")
    unit_price = dialog.form.editors["unit_price"].editor
    qtbot.keyClick(unit_price, Qt.Key.Key_Return)
    assert dialog.card_id is not None, [e.error.text() for e in dialog.form.editors.values()]
    assert dialog.form.editors["amount"].value() == "26,800.00"
    assert "折旧年限 10 年" in dialog.value.text()
    assert not dialog.form.editors["room"].isEnabled()  # moved only through movements now


def test_bad_card_shows_messages_beside_the_fields(qtbot, demo_ctx):
    dialog = show_active(qtbot, CardDialog(demo_ctx, None))
    dialog.form.editors["quantity"].editor.setText("五十")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = {k: e.error.text() for k, e in dialog.form.editors.items() if e.error.isVisible()}
    assert errors == {"name": "请填写资产名称", "class_code": "请选择分类", "quantity": "数量“五十”不是数字",
                      "unit_price": "请填写单价或金额"}
    assert dialog.card_id is None


def test_list_filters_and_totals(qtbot, demo_ctx):
    tab = AssetsTab(demo_ctx)
    qtbot.addWidget(tab)
    with demo_ctx.session() as session:
        active = service.count_cards(session)
    assert 1400 < active < 1600 and tab.totals.text().startswith(f"共 {active} 张卡片")
    type_text(tab.search, "显微镜")
    assert tab.model.totals.count == 30 and all(r["name"] == "学生显微镜" for r in tab.model.rows)
    column = [key for key, *_ in query.COLUMNS].index("class_code")
    shown = tab.model.index(0, column)
    with demo_ctx.session() as session:
        klass = session.get(AssetClass, tab.model.rows[0]["class_code"])
    assert shown.data() == klass.name and shown.data(Qt.ItemDataRole.ToolTipRole) == klass.code  # the class's name, its code on hover
    tab.search.clear()
    type_text(tab.search, "空调")  # two characters: the path without the index
    assert tab.model.totals.count > 0 and all("空调" in r["name"] for r in tab.model.rows)
    tab.search.clear()
    qtbot.keyClicks(tab.search, "xwj")  # the pinyin initials (助记码) find the same microscopes, typed without an input method
    assert tab.model.totals.count == 30 and all(r["name"] == "学生显微镜" for r in tab.model.rows)
    tab.search.clear()
    qtbot.keyClicks(tab.search, "kt")  # two letters: the LIKE path, with the initials beside it
    assert tab.model.totals.count > 0 and all("空调" in r["name"] or "kt" in (r["code"] + r["spec"]).lower() for r in tab.model.rows)
    tab.search.clear()
    tab.room.setCurrentIndex(tab.room.findText("计算机教室一"))
    from logistics_desktop.assets.reports import ledger_rows

    with demo_ctx.session() as session:
        expected = len(ledger_rows(session, {"room": "计算机教室一"}))
    assert tab.model.totals.count == expected > 20 and {r["room"] for r in tab.model.rows} == {"计算机教室一"}
    tab.status.setCurrentIndex(tab.status.findData("维修中"))
    assert all(r["status"] == "维修中" for r in tab.model.rows)
    tab.room.setCurrentIndex(0)
    tab.status.setCurrentIndex(tab.status.findText("借用逾期"))
    with demo_ctx.session() as session:
        overdue = {a.code for a in service.overdue_loans(session, date.today())}
    assert {r["code"] for r in tab.model.rows} == overdue and overdue
    tab.status.setCurrentIndex(0)
    assert tab.model.rowCount() == 200 and tab.model.canFetchMore()  # paged, not the whole table
    tab.model.sort(6, Qt.SortOrder.DescendingOrder)
    amounts = [r["amount_fen"] for r in tab.model.rows]
    assert amounts == sorted(amounts, reverse=True)


def test_lend_and_return_from_the_card(qtbot, demo_ctx):
    with demo_ctx.session() as session:
        card_id = service.find_by_code(session, "ZC-000012").id
    dialog = CardDialog(demo_ctx, card_id)
    qtbot.addWidget(dialog)
    assert dialog.action_buttons["lend"].isEnabled() and not dialog.action_buttons["return_loan"].isEnabled()
    assert not dialog.act("lend", {"party": "", "due_on": date.today()})  # the message stays with the dialog
    assert dialog.act("lend", {"party": "王静", "due_on": date.today() + timedelta(days=7), "note": "公开课"})
    assert dialog.action_buttons["return_loan"].isEnabled() and not dialog.action_buttons["lend"].isEnabled()
    assert dialog.history.rows[-1]["kind"] == "借用"
    assert dialog.act("return_loan", {"note": "完好"})
    assert [r["kind"] for r in dialog.history.rows][-2:] == ["借用", "借用归还"]


def test_import_and_export_through_the_tab(qtbot, demo_ctx, tmp_path):
    import openpyxl

    tab = AssetsTab(demo_ctx)
    qtbot.addWidget(tab)
    type_text(tab.search, "显微镜")
    path = tab.export_file(tmp_path / "显微镜.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws.max_row - 3 >= 30 and ws["C4"].value == "学生显微镜"
    wb = openpyxl.Workbook()
    wb.active.append(["资产名称", "分类", "数量", "单价", "购置日期", "存放地点"])
    wb.active.append(["地球仪", "A023202", 10, "85", "2026-09-01", "科学实验室"])
    wb.active.append(["坏行", "A023202", 1, "85", "2026-02-30", "科学实验室"])
    wb.save(tmp_path / "new.xlsx")
    seen, previews = [], []

    def confirm(preview):
        previews.append(preview)
        return True

    report = tab.import_file(tmp_path / "new.xlsx", ask=lambda d: seen.append(d.problems.toPlainText()) or "skip", confirm=confirm)
    preview = previews[0]
    assert "表头在第 1 行，共 2 行数据" in preview.summary.text()
    mapping = {preview.mapping.item(r, 0).text(): preview.mapping.item(r, 1).text() for r in range(preview.mapping.rowCount())}
    assert mapping["取得日期"] == "购置日期" and mapping["资产名称"] == "资产名称" and mapping["保管人"] == "（表中没有）"
    assert preview.rows.item(0, 1).text() == "地球仪" and preview.next.isEnabled()
    assert seen == ["第 3 行，购置日期：日期“2026-02-30”不存在"] and report.imported == 1
    tab.search.clear()
    type_text(tab.search, "地球仪")
    assert tab.model.totals.count == 1


def test_home_lists_asset_duties_and_opens_the_card(qtbot, demo_ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from logistics_desktop.shell.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    duties = window.tab_widgets["home"].duty_texts()
    assert any(d.startswith("借用逾期：") for d in duties)
    assert any(d.startswith("待维修：") for d in duties) and any(d.startswith("报废待审批：") for d in duties)
    home = window.tab_widgets["home"]
    first = next(home.items.topLevelItem(i) for i in range(home.items.topLevelItemCount())
                 if home.items.topLevelItem(i).text(1).startswith("借用逾期："))
    opened = []

    def close_card():
        dialog = QApplication.activeModalWidget()
        opened.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(200, close_card)
    home.items.itemActivated.emit(first, 0)
    assert window.tabs.currentWidget().content() is window.tab_widgets["assets"]
    assert opened and opened[0].startswith("资产卡片 ZC-")


def test_the_clerk_adds_a_class_and_uses_it(qtbot, demo_ctx):
    from logistics_desktop.assets.view import ClassesPage

    page = ClassesPage(demo_ctx)
    qtbot.addWidget(page)
    shipped = page.model.rowCount()
    type_text(page.form.editors["code"].editor, "A023299")
    qtbot.mouseClick(page.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    assert page.form.editors["name"].error.text() == "请填写分类名称"
    type_text(page.form.editors["name"].editor, "创客教育器材")
    page.form.editors["depreciation"].set_value("专用设备")
    assert page.save() and page.model.rowCount() == shipped + 1
    dialog = CardDialog(demo_ctx, None)
    qtbot.addWidget(dialog)
    assert "A023299 创客教育器材" in dialog.class_items


def test_labels_from_the_tab_for_the_selected_cards(qtbot, demo_ctx):
    tab = AssetsTab(demo_ctx)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    preview = tab.print_labels({"layout": "2x5", "start": 4})
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 1


def test_the_class_words_page_adds_a_word_the_next_import_uses(qtbot, demo_ctx, tmp_path):
    import openpyxl

    from logistics_desktop.assets.importer import import_assets
    from logistics_desktop.assets.view import ClassWordsPage

    page = show_active(qtbot, ClassWordsPage(demo_ctx))
    assert any(r["word"] == "空调" and r["class_code"] == "A0206180203" for r in page.model.rows)  # shipped
    page.form.editors["word"].set_value("")
    assert not page.save() and page.form.editors["word"].error.text() == "请填写词语"
    page.form.editors["word"].set_value("录播")
    page.form.editors["class_code"].set_value("A0209")
    assert page.save()
    assert any(r["word"] == "录播" for r in page.model.rows)
    book = openpyxl.Workbook()
    book.active.append(["资产名称", "单价", "取得日期", "存放地点"])
    book.active.append(["录播主机", 9000, "2024-09-01", "会议室"])
    book.save(tmp_path / "录播.xlsx")
    with demo_ctx.session() as session:
        report = import_assets(session, tmp_path / "录播.xlsx")
        card = session.exec(service.select(service.Asset).where(service.Asset.name == "录播主机")).one()
    assert report.imported == 1 and (card.class_code, card.class_inferred) == ("A0209", "名称：录播")
