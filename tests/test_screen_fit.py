"""Every window fits the office screen (1366×768, the tests' offscreen screen), remembers its size there, and opens on it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.test_gui import show_active


def screen_area():
    return QApplication.primaryScreen().availableGeometry()


def assert_on_screen(window):
    area = screen_area()
    assert area.width() == 1366 and area.height() == 768  # tests/office_screen.json
    frame = window.frameGeometry()
    assert area.contains(frame), (type(window).__name__, frame, area)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, (type(window).__name__, hint)  # shrinkable to a 1024×700 window too


def dialogs(ctx, tmp_path):
    from reportlab.pdfgen import canvas

    from logistics_desktop.assets.view.card import CardDialog
    from logistics_desktop.shell.settings_dialog import SettingsDialog
    from logistics_desktop.stocktake.view.start import StartDialog
    from logistics_desktop.widgets.pdf_preview import PdfPreviewDialog

    pdf = tmp_path / "page.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(100, 700, "A4")
    page.save()
    return {"print-preview": lambda: PdfPreviewDialog(pdf, "台账"), "settings": lambda: SettingsDialog(ctx),
            "asset-card": lambda: CardDialog(ctx, None), "stocktake-start": lambda: StartDialog(["会议室"])}


@pytest.mark.parametrize("name", ["print-preview", "settings", "asset-card", "stocktake-start"])
def test_each_main_dialog_fits_the_office_screen_and_keeps_its_size(qtbot, demo_ctx, tmp_path, name):
    make = dialogs(demo_ctx, tmp_path)[name]
    dialog = show_active(qtbot, make())
    assert_on_screen(dialog)
    hint = dialog.minimumSizeHint()
    chosen = (max(640, hint.width()), max(500, hint.height()))
    dialog.resize(*chosen)  # the user makes it smaller, and closes it
    dialog.close()
    again = show_active(qtbot, make())
    assert (again.width(), again.height()) == chosen
    assert_on_screen(again)
    again.close()


def test_the_main_window_fits_and_comes_back_on_screen(qtbot, demo_ctx):
    from logistics_desktop.shell.main_window import MainWindow

    window = show_active(qtbot, MainWindow(demo_ctx))
    assert_on_screen(window)
    window.move(1200, 600)  # left hanging off the screen's corner (a second monitor unplugged)
    window.close()
    again = show_active(qtbot, MainWindow(demo_ctx))
    assert_on_screen(again)
    again.close()


def test_home_links_land_on_their_item_and_no_home_column_cuts_the_text(qtbot, demo_ctx):
    from PySide6.QtCore import Qt

    from logistics_desktop.shell.main_window import MainWindow

    with demo_ctx.session() as session:
        from logistics_desktop.assets import consumables
        from logistics_desktop.safety import fire

        low = next(r for r in consumables.items(session) if r["low"])
        due = next(h[3] for h in fire.home_items(session, date.today()) if h[3].startswith("safety:extinguisher:"))
    window = show_active(qtbot, MainWindow(demo_ctx))
    home = window.tab_widgets["home"]
    home.fill_duties()
    lines = [home.items.topLevelItem(i) for i in range(home.items.topLevelItemCount())]
    header = home.items.header()
    assert header.sectionSize(1) > header.sectionSize(2) * 3  # the item's text has the width, not its level
    for target, table_of, row_id in ((f"assets:consumables:{low['id']}", lambda: window.tab_widgets["assets"].consumables.table, low["id"]),
                                     (due, lambda: window.tab_widgets["safety"].extinguishers.table, int(due.rpartition(":")[2]))):
        line = next(item for item in lines if item.data(0, Qt.ItemDataRole.UserRole) == target)
        home.items.itemActivated.emit(line, 0)
        table = table_of()
        assert table.isVisible() and table.model().rows[table.currentIndex().row()]["id"] == row_id, target
    window.close()
