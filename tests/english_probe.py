"""Run in a process of its own by test_english.py: open every tab, page and dialog in English over a demo school
and print, as JSON, every visible text that still holds Chinese once the school's own data is taken out.

With LOGISTICS_DESKTOP_STRETCH=1 every translation is twice as long (Vorta's TRANS_SCALE trick): the probe then
also reports the buttons whose text no longer fits.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

CJK = re.compile(r"[\u3400-\u9fff]")
SEPARATORS = re.compile(r"[、，,；;：:（）()\[\]【】/\s“”\"'·—\-]+")


def enumerations() -> set[str]:
    """Stored words the program itself offers (statuses, meals, ratings …): shown translated, so never data."""
    import importlib
    import pkgutil

    import logistics_desktop
    from logistics_desktop.assets import models as assets
    from logistics_desktop.canteen import daily, fees
    from logistics_desktop.core.fields import Field
    from logistics_desktop.safety import service as safety

    words = {*assets.STATUSES, *assets.ACQUISITIONS, *assets.SCRAP_REASONS, *assets.CONSUMABLE_CATEGORIES, *daily.MEALS,
             *daily.RATINGS, *daily.METHODS, *daily.WEEKDAYS, *fees.KINDS, *safety.STATUSES, *safety.LEVELS, *safety.FREQUENCIES,
             *safety.ANSWERS, "学生伙食", "幼儿伙食", "教职工伙食", "合格", "不合格", "是", "否"}
    for info in pkgutil.walk_packages(logistics_desktop.__path__, "logistics_desktop."):
        if ".view" in info.name:
            for value in vars(importlib.import_module(info.name)).values():
                if isinstance(value, tuple) and value and all(isinstance(f, Field) for f in value):
                    words.update(v for f in value if f.kind == "choice" for v in f.values)
    return words


def data_words(db_path: Path, ui_sources: set[str]) -> re.Pattern:
    """Every text the school typed or imported (names, rooms, items …), less the stored words the program offers."""
    con = sqlite3.connect(db_path)
    words: set[str] = set()
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                        " AND name NOT LIKE 'asset_search%' AND name != 'audit_log'")]
    for table in tables:
        for row in con.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if isinstance(value, str) and CJK.search(value):
                    words.add(value)
                    words.update(w for w in SEPARATORS.split(value) if w)
    words -= ui_sources
    # the audit log shows each change in the words stored when it was made (新增, 签字, the old and new values): history,
    # like the school's own records, not the program's labels
    for action, changes in con.execute("SELECT action, changes FROM audit_log"):
        words.add(action)
        words.update(w for w in SEPARATORS.split(action) if w)
        words.update(w for w in SEPARATORS.split(changes) if w and CJK.search(w))
    con.close()
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))) if ordered else re.compile(r"(?!x)x")


def main() -> int:
    db_path, stretch = Path(sys.argv[1]), bool(os.environ.get("LOGISTICS_DESKTOP_STRETCH"))
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QListView,
        QTabWidget,
        QTreeWidget,
        QWidget,
    )

    from logistics_desktop.app import open_main_window

    window, refused = open_main_window(db_path, lang="en")
    assert window is not None, refused
    app = QApplication.instance()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    data = data_words(db_path, enumerations())
    found: list[dict] = []
    clipped: list[dict] = []

    own_names = {"中文"}  # a language menu names each language in itself

    def check(where: str, text: str) -> None:
        if text and text not in own_names and CJK.search(data.sub("", text)):
            found.append({"where": where, "text": text})

    def walk(root: QWidget, name: str) -> None:
        check(f"{name}: title", root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            where = f"{name}/{type(w).__name__}:{w.objectName()}"
            if w.toolTip():
                check(where + " tooltip", w.toolTip())
            if isinstance(w, QLabel):
                check(where, w.text())
            elif isinstance(w, QAbstractButton):
                check(where, w.text())
                if stretch and w.isVisible() and w.text() and w.width() < w.fontMetrics().horizontalAdvance(w.text().replace("&", "")):
                    clipped.append({"where": where, "text": w.text()})
            elif isinstance(w, QGroupBox):
                check(where, w.title())
            elif isinstance(w, QLineEdit):
                check(where + " placeholder", w.placeholderText())
            elif isinstance(w, QComboBox) and not w.isEditable():
                for i in range(w.count()):
                    check(where + f" item {i}", w.itemText(i))
            elif isinstance(w, QTabWidget):
                for i in range(w.count()):
                    check(where + f" tab {i}", w.tabText(i))
            if isinstance(w, QTreeWidget):
                header = w.headerItem()
                for c in range(header.columnCount()):
                    check(where + f" header {c}", header.text(c))
                for i in range(w.topLevelItemCount()):
                    for c in range(w.columnCount()):
                        check(where + f" row {i}", w.topLevelItem(i).text(c))
            elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, (QHeaderView, QListView)):
                model = w.model()
                root_index = QModelIndex()
                try:
                    columns = model.columnCount(root_index)
                except TypeError:  # a list model of Qt's own (a completer's popup): its rows are data
                    continue
                for c in range(columns):
                    check(where + f" header {c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for r in range(min(model.rowCount(root_index), 30)):
                    for c in range(columns):
                        check(where + f" cell {r},{c}", str(model.data(model.index(r, c)) or ""))
        for action in root.findChildren(type(window.menuBar().actions()[0])) if root is window else []:
            check(f"{name}: menu", action.text())

    for index, key in enumerate(window.tab_widgets):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        inner = tab.findChild(QTabWidget)
        for page in range(inner.count() if inner else 1):
            if inner:
                inner.setCurrentIndex(page)
            app.processEvents()
            walk(tab, f"tab {key}")
            hint = window.minimumSizeHint()
            if hint.width() > 1366 or hint.height() > 768:  # the office screen
                clipped.append({"where": f"tab {key} page {page}", "text": f"needs {hint.width()}×{hint.height()}"})
    check("window title", window.windowTitle())
    walk(window, "window")

    from logistics_desktop.modules import all_modules
    from logistics_desktop.shell.first_run import FirstRunDialog
    from logistics_desktop.shell.settings_dialog import SettingsDialog

    settings = SettingsDialog(window.ctx, None, window)
    settings.show()
    for module in all_modules():
        for page in module.settings_pages:
            settings.show_page(page.key)
            app.processEvents()
            walk(settings, f"settings {page.key}")
    settings.close()
    for dialog, name in _dialogs(window):
        dialog.show()
        app.processEvents()
        walk(dialog, name)
        dialog.close()
    first = FirstRunDialog(window.ctx, window)
    first.show()
    walk(first, "first run")
    print(json.dumps({"chinese": found, "clipped": clipped}, ensure_ascii=False))
    return 0


def _dialogs(window):
    """Every dialog a page opens: each form of Fields the views define, and the dialogs with layouts of their own."""
    import importlib
    import pkgutil

    import logistics_desktop
    from logistics_desktop.core.fields import Field
    from logistics_desktop.widgets.forms import FormDialog

    ctx = window.ctx
    for info in pkgutil.walk_packages(logistics_desktop.__path__, "logistics_desktop."):
        if ".view" not in info.name:
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, tuple) and value and all(isinstance(f, Field) for f in value):
                yield FormDialog(attr, value, window, staff=ctx.staff_names()[1:]), f"{info.name}.{attr}"
            if attr == "MOVEMENTS" and isinstance(value, dict):
                for key, (fields, _call) in value.items():
                    yield FormDialog(key, fields, window), f"{info.name}.MOVEMENTS.{key}"
    from logistics_desktop.assets.view.card import CardDialog
    from logistics_desktop.assets.view.consumables import CountDialog
    from logistics_desktop.canteen.view.stock import StockCountDialog
    from logistics_desktop.safety.view.hazards import step_fields
    from logistics_desktop.stocktake.view.start import StartDialog

    with ctx.session() as session:
        from logistics_desktop.assets import query

        card_id = query.page(session, query.AssetQuery(), 0, 1)[0]["id"]
    yield CardDialog(ctx, card_id, window), "card dialog"
    yield CardDialog(ctx, None, window), "new card dialog"
    yield CountDialog([], window), "consumables count"
    yield StockCountDialog(ctx, [], [], window), "canteen stock count"
    yield StartDialog(["一（1）班教室"], window), "stocktake start"
    for action in ("开始整改", "整改完成", "复查通过", "复查不通过"):
        yield FormDialog(action, step_fields(action), window), f"hazard step {action}"


if __name__ == "__main__":
    raise SystemExit(main())
