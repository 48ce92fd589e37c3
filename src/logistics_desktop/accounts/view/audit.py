"""设置 → 操作日志: who changed what, when, old → new; filtered, and printed for an inspection."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from logistics_desktop.accounts import reports, service
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui

ACCESS_WORDS = (QT_TRANSLATE_NOOP("AuditPage", "打开"), QT_TRANSLATE_NOOP("AuditPage", "打印"), QT_TRANSLATE_NOOP("AuditPage", "导出"))
SHOWN = 2000  # the newest lines; the printout and `audit -o` have every one


class AuditPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui = load_ui("accounts/audit.ui", self)
        self.table = plain_table(ui.list, [self.tr("时间"), self.tr("操作人"), self.tr("记录"), self.tr("编号"), self.tr("操作"),
                                           self.tr("改动（原 → 新）")], read_only=True)
        ui.since.setDisplayFormat("yyyy-MM-dd")
        ui.since.setDate(QDate.currentDate().addDays(-30))
        ui.actor.addItem(self.tr("（全部）"), "")
        for name in ctx.read(service.actors):
            ui.actor.addItem(name, name)
        ui.useSince.toggled.connect(self.reload)
        ui.since.dateChanged.connect(self.reload)
        ui.actor.currentIndexChanged.connect(self.reload)
        ui.text.textChanged.connect(self.reload)
        ui.print.clicked.connect(self.print_log)
        self.reload()

    def filters(self) -> dict:
        return {"since": self.ui.since.date().toPython() if self.ui.useSince.isChecked() else None,
                "actor": self.ui.actor.currentData() or "", "text": self.ui.text.text()}

    def reload(self, *_args) -> None:
        rows = self.ctx.read(service.audit_rows, **self.filters(), limit=SHOWN)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (f"{row['at']:%Y-%m-%d %H:%M}", row["actor"], self.tr(reports.ENTITIES[row["entity"]]) if row["entity"] in reports.ENTITIES else row["entity"],
                     str(row["entity_id"] or ""), self.tr(row["action"]) if row["action"] in service.ACCESS_ACTIONS else row["action"], row["changes"])
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.ui.count.setText(self.tr("显示最近 %1 条").replace("%1", str(len(rows))) if len(rows) == SHOWN
                              else self.tr("共 %1 条").replace("%1", str(len(rows))))

    def print_log(self):
        from logistics_desktop.widgets.pdf_preview import preview_report

        f = self.filters()
        options = {"since": f["since"], "by": f["actor"]}
        return preview_report(self, self.tr("操作日志"), lambda: self.ctx.read(reports.audit_ledger, options))
