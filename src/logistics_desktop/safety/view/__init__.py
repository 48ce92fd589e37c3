"""The 安全巡查 tab: 巡查记录, 隐患整改, 消防器材, 疏散演练, 来访登记, one file per page; and its settings pages."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from logistics_desktop.safety.view.drills import DrillsPage
from logistics_desktop.safety.view.extinguisher_kinds import ExtinguisherKindsPage
from logistics_desktop.safety.view.extinguishers import ExtinguishersPage
from logistics_desktop.safety.view.hazards import HazardsPage
from logistics_desktop.safety.view.patrol import PatrolPage
from logistics_desktop.safety.view.templates import TemplatesPage
from logistics_desktop.safety.view.visitors import VisitorsPage
from logistics_desktop.widgets.table_model import select_row

__all__ = ["DrillsPage", "ExtinguisherKindsPage", "ExtinguishersPage", "HazardsPage", "PatrolPage", "SafetyTab", "TemplatesPage", "VisitorsPage"]


class SafetyTab(QTabWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.patrol = PatrolPage(ctx)
        self.hazards = HazardsPage(ctx)
        self.extinguishers = ExtinguishersPage(ctx)
        self.drills = DrillsPage(ctx)
        self.visitors = VisitorsPage(ctx)
        self.addTab(self.patrol, self.tr("巡查记录"))
        self.addTab(self.hazards, self.tr("隐患整改"))
        self.addTab(self.extinguishers, self.tr("消防器材"))
        self.addTab(self.drills, self.tr("疏散演练"))
        self.addTab(self.visitors, self.tr("来访登记"))

    def open_reference(self, reference: str) -> None:
        """From 首页: patrol:<area id>, hazard:<id>, extinguisher(s), drills, visit(ors)."""
        kind, _, ref = reference.partition(":")
        if kind == "patrol":
            self.setCurrentWidget(self.patrol)
            self.patrol.choose_area(int(ref) if ref.isdigit() else None)
        elif kind == "hazard":
            self.setCurrentWidget(self.hazards)
            self.hazards.show_hazard(int(ref))
        elif kind.startswith("extinguisher"):
            self.setCurrentWidget(self.extinguishers)
            if ref.isdigit():
                select_row(self.extinguishers.table, int(ref))
        elif kind == "drills":
            self.setCurrentWidget(self.drills)
        elif kind.startswith("visit"):
            self.setCurrentWidget(self.visitors)
            self.visitors.inside_only.setChecked(True)
