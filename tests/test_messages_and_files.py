"""What the program says it did, in Chinese and in the right colour; where its file dialogs open; the day's backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialogButtonBox

from tests.test_gui import show_active


def test_a_success_is_green_after_a_problem_was_red(qtbot, demo_ctx):
    from logistics_desktop.canteen import service
    from logistics_desktop.canteen.view import AcceptancePage

    with demo_ctx.session() as session:
        service.save_supplier(session, {"name": "城南副食品公司", "licence_no": "JY1330", "licence_expiry": "2030-12-31"})
    page = show_active(qtbot, AcceptancePage(demo_ctx))
    page.supplier.setEditText("城南副食品公司")
    page.table.set_text(0, "item", "青菜")
    assert not page.save()
    assert "#C62828" in page.errors.styleSheet()
    for key, text in (("quantity", "3"), ("unit", "kg"), ("unit_price", "4"), ("batch", "当日")):
        page.table.set_text(0, key, text)
    assert page.save(), page.errors.text()
    assert page.errors.text().startswith("已保存") and "#1B5E20" in page.errors.styleSheet()


def test_qt_s_own_buttons_and_dialogs_speak_chinese(demo_ctx):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "保存"


def test_file_dialogs_open_in_documents_then_in_the_last_folder_and_say_where_the_file_went(qtbot, demo_ctx, tmp_path, monkeypatch):
    from logistics_desktop.shell.main_window import MainWindow

    asked = []

    def save_dialog(parent, title, where, file_filter):
        asked.append(Path(where))
        return str(tmp_path / "台账" / "资产.xlsx"), ""

    (tmp_path / "台账").mkdir()
    monkeypatch.setattr("logistics_desktop.widgets.files.QFileDialog.getSaveFileName", save_dialog)
    window = show_active(qtbot, MainWindow(demo_ctx))
    cards = window.tab_widgets["assets"].cards
    path = cards.export_file()
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert asked[0].parent == documents and asked[0].name == "资产登记台账.xlsx"
    assert path.is_file() and str(path) in window.statusBar().currentMessage()  # the clerk is told where it went
    cards.export_file()
    assert asked[1].parent == tmp_path / "台账"  # the folder last used


def test_a_backup_is_named_with_its_date_and_time_and_a_new_file_gets_its_first_day_s_backup(qtbot, ctx, monkeypatch):
    from logistics_desktop.core.backup import backups_of
    from logistics_desktop.shell.main_window import MainWindow

    asked = []

    def cancel(parent, title, where, file_filter):
        asked.append(where)
        return "", ""

    monkeypatch.setattr("logistics_desktop.widgets.files.QFileDialog.getSaveFileName", cancel)
    window = show_active(qtbot, MainWindow(ctx))
    assert window.backup_now() is None  # cancelled
    stem = ctx.db_path.stem
    assert Path(asked[0]).name.startswith(f"{stem}-备份-{date.today():%Y%m%d}-") and asked[0].endswith(".sqlite3")
    assert backups_of(ctx.db_path) == []  # a new file: nothing copied at its first open
    window.close()
    assert [p.name for p in backups_of(ctx.db_path)][0].startswith(f"{stem}-{date.today():%Y%m%d}")
