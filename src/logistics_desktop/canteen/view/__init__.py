"""The 食堂 tab: 进货验收, 库存, 带量食谱, 留样, 餐具消毒, 陪餐, 伙食费, one file per page; and its settings pages."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from logistics_desktop.canteen.view.acceptance import AcceptancePage
from logistics_desktop.canteen.view.daily_logs import companion_page, disinfection_page
from logistics_desktop.canteen.view.fees import FeesPage
from logistics_desktop.canteen.view.menu import MenuPage
from logistics_desktop.canteen.view.samples import SamplesPage
from logistics_desktop.canteen.view.stock import StockPage
from logistics_desktop.canteen.view.suppliers import CertificatesPage, SuppliersPage

__all__ = ["AcceptancePage", "CanteenTab", "CertificatesPage", "FeesPage", "MenuPage", "SamplesPage", "StockPage", "SuppliersPage",
           "companion_page", "disinfection_page"]


class CanteenTab(QWidget):
    """What the canteen records day by day."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.acceptance = AcceptancePage(ctx)
        self.stock = StockPage(ctx)
        self.menu = MenuPage(ctx)
        self.samples = SamplesPage(ctx)
        self.disinfection = disinfection_page(ctx)
        self.companion = companion_page(ctx)
        self.fees = FeesPage(ctx)
        self.inner = QTabWidget()
        for page, title in ((self.acceptance, self.tr("进货验收")), (self.stock, self.tr("库存")), (self.menu, self.tr("带量食谱")),
                            (self.samples, self.tr("留样")), (self.disinfection, self.tr("餐具消毒")), (self.companion, self.tr("陪餐")),
                            (self.fees, self.tr("伙食费"))):
            self.inner.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)

    def open_reference(self, reference: str) -> None:
        """From 首页: acceptance, samples, stock, menu, fees."""
        page = {"acceptance": self.acceptance, "samples": self.samples, "stock": self.stock, "menu": self.menu,
                "fees": self.fees}.get(reference.partition(":")[0])
        if page is not None:
            self.inner.setCurrentWidget(page)
