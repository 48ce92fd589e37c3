"""The 卫生保健 tab: 晨午检 (checks.py) and 名册 (roster.py), one file per page."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from logistics_desktop.health.view.checks import ChecksPage
from logistics_desktop.health.view.roster import RosterPage

__all__ = ["ChecksPage", "HealthTab", "RosterPage"]


class HealthTab(QTabWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.checks = ChecksPage(ctx)
        self.roster = RosterPage(ctx)
        self.addTab(self.checks, self.tr("晨午检"))
        self.addTab(self.roster, self.tr("名册"))

    def open_reference(self, reference: str) -> None:
        """From 首页: health:checks."""
        self.setCurrentWidget(self.roster if reference.startswith("roster") else self.checks)
