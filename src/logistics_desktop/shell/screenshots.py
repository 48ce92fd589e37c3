"""Render every tab, settings page, the first-run and login dialogs offscreen with the demo school, as PNGs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

OFFICE_SCREEN = {"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
                               "logicalBaseDpi": 96, "dpr": 1}]}


def _office_screen() -> Path:
    """Qt's offscreen platform with one screen the size of the office PC's (its own default is 800×800)."""
    import json

    path = Path(tempfile.mkdtemp(prefix="logistics-screen-")) / "office_screen.json"
    path.write_text(json.dumps(OFFICE_SCREEN), encoding="utf-8")
    return path


def take_screenshots(out: Path, *, db_path: Path | None = None, lang: str | None = None) -> list[Path]:
    from logistics_desktop.app import display_available

    if not display_available() or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_office_screen()}"  # windows fit their screen: make it 1366×768
    from PySide6.QtWidgets import QApplication

    from logistics_desktop.app import open_main_window
    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.demo import fill_demo
    from logistics_desktop.modules import all_modules
    from logistics_desktop.shell.first_run import FirstRunDialog
    from logistics_desktop.shell.settings_dialog import SettingsDialog

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if db_path is None:
        db_path = Path(tempfile.mkdtemp(prefix="logistics-shots-")) / "demo.sqlite3"
        db = open_database(db_path, backup=False)
        with db.session() as session:
            fill_demo(session)
        db.close()
    window, refused = open_main_window(db_path, lang=lang)
    if window is None:
        raise SystemExit(refused)
    app = QApplication.instance()
    window.resize(1366, 768)  # the office screen
    window.show()
    app.processEvents()
    saved: list[Path] = []

    def grab(widget, name: str) -> None:
        app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    from PySide6.QtWidgets import QTabWidget

    for index, key in enumerate(window.tab_widgets):
        window.tabs.setCurrentIndex(index)
        grab(window, f"tab-{key}")
        tab = window.tabs.widget(index)
        inner = tab if isinstance(tab, QTabWidget) else tab.findChild(QTabWidget)  # every page of a tab with pages of its own
        for page in range(1, inner.count() if inner else 0):
            inner.setCurrentIndex(page)
            grab(window, f"tab-{key}-{page}")
        if inner:
            inner.setCurrentIndex(0)
    dialog = SettingsDialog(window.ctx, None, window)
    dialog.show()
    for module in all_modules():
        for page in module.settings_pages:
            dialog.show_page(page.key)
            grab(dialog, f"settings-{page.key}")
    dialog.close()
    first = FirstRunDialog(window.ctx, window)
    first.show()
    grab(first, "first-run")
    first.close()
    from logistics_desktop.shell.login import FirstAdminDialog, LoginDialog

    for name, login in (("login", LoginDialog(window.ctx, window)), ("first-admin", FirstAdminDialog(window.ctx, window))):
        login.show()
        grab(login, name)
        login.close()
    window.close()
    window.ctx.db.close()
    return saved
