"""The 资产 tab: 资产卡片 and 低值易耗品 (a file each), the card dialog, and the classes settings page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from logistics_desktop.assets.view.card import CardDialog
from logistics_desktop.assets.view.cards import AssetsTab
from logistics_desktop.assets.view.class_words import ClassWordsPage
from logistics_desktop.assets.view.classes import ClassesPage
from logistics_desktop.assets.view.consumables import ConsumablesPage
from logistics_desktop.widgets.table_model import select_row

__all__ = ["AssetsModuleTab", "AssetsTab", "CardDialog", "ClassWordsPage", "ClassesPage", "ConsumablesPage"]


class AssetsModuleTab(QWidget):
    """Cards and consumables in inner tabs, with the pages other modules add to this tab (期末清查)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from logistics_desktop.modules import all_modules

        self.cards = AssetsTab(ctx)
        self.consumables = ConsumablesPage(ctx)
        self.inner = QTabWidget()
        self.inner.addTab(self.cards, self.tr("资产卡片"))
        self.inner.addTab(self.consumables, self.tr("低值易耗品"))
        self.pages: dict[str, QWidget] = {}  # through the module contract
        for module in all_modules():
            for page in module.tab_pages:
                if page.tab == "assets":
                    self.pages[page.key] = page.build(ctx)
                    self.inner.addTab(self.pages[page.key], QCoreApplication.translate("Module", page.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)

    def open_reference(self, reference: str, *, modal: bool = True):
        if reference.startswith("consumables"):
            self.inner.setCurrentWidget(self.consumables)
            item = reference.partition(":")[2]
            if item.isdigit():
                select_row(self.consumables.table, int(item))
            return None
        key, _, rest = reference.partition(":")
        if key in self.pages:
            self.inner.setCurrentWidget(self.pages[key])
            page = self.pages[key]
            return page.open_reference(rest) if hasattr(page, "open_reference") else None
        self.inner.setCurrentWidget(self.cards)
        return self.cards.open_reference(reference, modal=modal)
