"""The 卫生保健 tab, one file per page: 晨午检, 全日健康观察, 因病缺勤追踪, 传染病, 疫情预警, 体格测量, 专案, 体检提醒, 消毒, 带药, 伤害, 名册."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from logistics_desktop.health.view.anaemia import AnaemiaCutoffsPage
from logistics_desktop.health.view.casefiles import CaseFilesPage
from logistics_desktop.health.view.checks import ChecksPage
from logistics_desktop.health.view.diseases import DiseasesPage
from logistics_desktop.health.view.disinfection import DisinfectionMinimumsPage, DisinfectionPage
from logistics_desktop.health.view.exams import ExamsPage
from logistics_desktop.health.view.followups import FollowUpsPage
from logistics_desktop.health.view.injuries import InjuriesPage
from logistics_desktop.health.view.measurements import MeasurementsPage
from logistics_desktop.health.view.medication import MedicationPage
from logistics_desktop.health.view.observations import ObservationsPage
from logistics_desktop.health.view.roster import RosterPage
from logistics_desktop.health.view.warnings import WarningsPage

__all__ = ["AnaemiaCutoffsPage", "CaseFilesPage", "ChecksPage", "ExamsPage", "DiseasesPage", "DisinfectionMinimumsPage", "DisinfectionPage", "FollowUpsPage", "HealthTab", "InjuriesPage", "MeasurementsPage", "MedicationPage", "ObservationsPage", "RosterPage", "WarningsPage"]


class HealthTab(QTabWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.checks = ChecksPage(ctx)
        self.observations = ObservationsPage(ctx)
        self.followups = FollowUpsPage(ctx)
        self.diseases = DiseasesPage(ctx)
        self.warnings = WarningsPage(ctx)
        self.measurements = MeasurementsPage(ctx)
        self.cases = CaseFilesPage(ctx)
        self.exams = ExamsPage(ctx)
        self.disinfection = DisinfectionPage(ctx)
        self.medication = MedicationPage(ctx)
        self.injuries = InjuriesPage(ctx)
        self.roster = RosterPage(ctx)
        self.addTab(self.checks, self.tr("晨午检"))
        self.addTab(self.observations, self.tr("全日健康观察"))
        self.addTab(self.followups, self.tr("因病缺勤追踪"))
        self.addTab(self.diseases, self.tr("传染病"))
        self.addTab(self.warnings, self.tr("疫情预警"))
        self.addTab(self.measurements, self.tr("体格测量"))
        self.addTab(self.cases, self.tr("专案"))
        self.addTab(self.exams, self.tr("体检提醒"))
        self.addTab(self.disinfection, self.tr("消毒"))
        self.addTab(self.medication, self.tr("带药"))
        self.addTab(self.injuries, self.tr("伤害"))
        self.addTab(self.roster, self.tr("名册"))

    def open_reference(self, reference: str) -> None:
        """From 首页: health:checks, health:warning:<id>."""
        kind, _, ref = reference.partition(":")
        if kind == "warning":
            self.setCurrentWidget(self.warnings)
            if ref.isdigit():
                self.warnings.open_reference(int(ref))
        else:
            self.setCurrentWidget({"roster": self.roster, "followups": self.followups, "diseases": self.diseases, "disinfection": self.disinfection, "medication": self.medication, "measurements": self.measurements, "cases": self.cases, "exams": self.exams, "injuries": self.injuries}.get(kind, self.checks))
