"""The 计划与总结 tab, one file per page: 学期计划, 学期总结."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from logistics_desktop.plan.view.plan import PlanPage
from logistics_desktop.plan.view.summary import SummaryPage

__all__ = ["PlanPage", "PlanTab", "SummaryPage"]


class PlanTab(QTabWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.plan = PlanPage(ctx)
        self.summary = SummaryPage(ctx)
        self.addTab(self.plan, self.tr("学期计划"))
        self.addTab(self.summary, self.tr("学期总结"))
        self.currentChanged.connect(lambda _i: self.currentWidget() is self.summary and self.summary.reload())

    def open_reference(self, reference: str) -> None:
        """From 首页: plan:item:<id>."""
        self.setCurrentWidget(self.plan)
        self.plan.open_reference(reference)
