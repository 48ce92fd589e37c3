"""设置: every module's settings pages in one dialog, a list on the left and the page on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QListWidget, QStackedWidget, QWidget

from logistics_desktop.modules import all_modules
from logistics_desktop.widgets.ui_forms import load_form
from logistics_desktop.widgets.window_size import fit_to_screen


class SettingsDialog(QDialog):
    def __init__(self, ctx, page_key: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        fit_to_screen(self, "settings", 1100, 680)
        form = load_form("shell/settings.ui", self)
        self.list = form.findChild(QListWidget, "pageList")
        self.stack = form.findChild(QStackedWidget, "pageStack")
        self.keys: list[str] = []
        self.pages: dict[str, QWidget] = {}
        self._builders = {}
        for module in all_modules():
            if not ctx.opens(module.role):
                continue  # 用户 and 操作日志 for the administrator; a module's own settings for its role (and the principal's reading)
            for page in module.settings_pages:
                self.keys.append(page.key)
                self._builders[page.key] = page.build
                self.list.addItem(QCoreApplication.translate("Module", page.title))
                self.stack.addWidget(QWidget())  # built on first show: pages query the database
        self.list.currentRowChanged.connect(self._show)
        self.show_page(page_key if page_key in self.keys else self.keys[0])

    def _show(self, row: int) -> None:
        key = self.keys[row]
        if key not in self.pages:
            page = self._builders[key](self.ctx)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget:
        row = self.keys.index(key)
        self.list.setCurrentRow(row)
        self._show(row)
        return self.pages[key]
