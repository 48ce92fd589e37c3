"""疫情预警: the warnings the rules raised, with their cases and the time left to report; marked reported or dismissed
with the reason; and the rules themselves, edited by the doctor."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.health import outbreaks
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui

REPORT_FIELDS = (Field("to", QT_TRANSLATE_NOOP("Field", "报告给"), "lookup", required=True,
                       choices=same(QT_TRANSLATE_NOOP("Field", "区疾控中心"), QT_TRANSLATE_NOOP("Field", "教育局"), QT_TRANSLATE_NOOP("Field", "社区卫生服务中心"))),
                 Field("by", QT_TRANSLATE_NOOP("Field", "报告人"), "staff", required=True),
                 Field("at", QT_TRANSLATE_NOOP("Field", "报告时间（如 2026-11-24 09:30）"), required=True))
DISMISS_FIELDS = (Field("reason", QT_TRANSLATE_NOOP("Field", "排除原因"), required=True), Field("by", QT_TRANSLATE_NOOP("Field", "经办人"), "staff", required=True))
RULE_FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "规则名称"), required=True),
               Field("symptoms", QT_TRANSLATE_NOOP("Field", "症状（顿号分隔；按病种计的规则留空）")),
               Field("disease", QT_TRANSLATE_NOOP("Field", "病种（聚集性疫情，按传染病登记计）"), "choice"),
               Field("days", QT_TRANSLATE_NOOP("Field", "连续天数"), "int", required=True),
               Field("cases", QT_TRANSLATE_NOOP("Field", "例数"), "int", required=True),
               Field("scope", QT_TRANSLATE_NOOP("Field", "范围"), "choice", required=True, choices=same(*outbreaks.SCOPES)),
               Field("report_hours", QT_TRANSLATE_NOOP("Field", "报告时限（小时）"), "int", required=True),
               Field("active", QT_TRANSLATE_NOOP("Field", "启用"), "bool"))


class WarningsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/warnings.ui", self)
        self.detail, self.message, self.show_all = ui.detail, ui.message, ui.showAll
        self.model = RowsModel([("class_name", self.tr("班级")), ("symptom_shown", self.tr("症状")), ("cases", self.tr("例数")),
                                ("window", self.tr("期间")), ("rule", self.tr("规则")), ("deadline_shown", self.tr("报告期限")),
                                ("status_shown", self.tr("状态"))], self, flag="late")
        self.table = rows_view(self.model, ui.warnings)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.rules_model = RowsModel([("name", self.tr("规则名称")), ("symptoms", self.tr("症状")), ("disease", self.tr("病种")),
                                      ("days", self.tr("连续天数")), ("cases", self.tr("例数")), ("scope", self.tr("范围")),
                                      ("report_hours", self.tr("报告时限（小时）")), ("active", self.tr("启用"))], self)
        self.rules = rows_view(self.rules_model, ui.rules)
        self.show_all.toggled.connect(self.reload)
        ui.reported.clicked.connect(self.report)
        ui.dismiss.clicked.connect(self.dismiss)
        ui.printReport.clicked.connect(self.print_report)
        ui.newRule.clicked.connect(lambda: self.edit_rule(None))
        ui.editRule.clicked.connect(self._edit_selected_rule)
        self.reload()

    def reload(self) -> None:
        now = datetime.now()
        translate = QCoreApplication.translate
        rows = []
        for w in self.ctx.read(outbreaks.warnings, open_only=not self.show_all.isChecked()):
            symptom, status = w.symptom, w.status
            rows.append({**w.__dict__, "symptom_shown": translate("Field", symptom), "status_shown": translate("Field", status),
                         "window": f"{w.first_day:%m-%d}—{w.last_day:%m-%d}", "deadline_shown": f"{w.deadline:%m-%d %H:%M}",
                         "late": w.status == "待报告" and w.hours_left(now) < 0})
        self.model.set_rows(rows)
        rule_rows = []
        for r in self.ctx.read(outbreaks.rule_rows):
            scope, disease = r["scope"], r["disease"]  # variables: lupdate would take a literal subscript for a source text
            rule_rows.append(r | {"scope": translate("Field", scope), "disease": translate("Field", disease) if disease else ""})
        self.rules_model.set_rows(rule_rows)
        self.rules.resizeColumnsToContents()
        self._chosen()

    def open_reference(self, warning_id: int) -> None:
        row = self.model.row_of(warning_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selected(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _chosen(self, *_args) -> None:
        w = self._selected()
        if w is None:
            self.detail.setText(self.tr("没有待处理的疫情预警。") if not self.model.rows else "")
            return
        text = self.tr("%1，%2 %3 例（%4—%5）：%6").replace("%1", w["class_name"]).replace("%2", w["symptom_shown"]) \
            .replace("%3", str(w["cases"])).replace("%4", f"{w['first_day']:%Y-%m-%d}").replace("%5", f"{w['last_day']:%Y-%m-%d}") \
            .replace("%6", "、".join(w["children"]))
        if w["status"] == "待报告":
            hours = (w["deadline"] - datetime.now()).total_seconds() / 3600
            text += "\n" + (self.tr("已超过报告期限 %1 小时").replace("%1", f"{-hours:.0f}") if hours < 0
                            else self.tr("还剩 %1 小时报告").replace("%1", f"{hours:.0f}"))
        else:
            text += "\n" + (w["reported_to"] or w["reason"]) + f"（{w['handled_by']}）"
        self.detail.setText(text)

    def report(self) -> None:
        w = self._selected()
        if w is None or w["status"] != "待报告":
            tell(self.message, self.tr("请先选中一条待报告的预警"))
            return
        self.ask(self.tr("已报告"), REPORT_FIELDS, {"at": f"{datetime.now():%Y-%m-%d %H:%M}"},
                     lambda v: self.ctx.write("health", outbreaks.mark_reported, w["id"], to=v["to"], by=v["by"], at=v["at"]))

    def dismiss(self) -> None:
        w = self._selected()
        if w is None or w["status"] != "待报告":
            tell(self.message, self.tr("请先选中一条待报告的预警"))
            return
        self.ask(self.tr("排除预警"), DISMISS_FIELDS, {}, lambda v: self.ctx.write("health", outbreaks.dismiss, w["id"], **v))

    def print_report(self) -> None:
        """The 疫情报告 draft of the selected warning, filled from its cases."""
        from logistics_desktop.widgets.pdf_preview import preview_printable

        w = self._selected()
        if w is None:
            tell(self.message, self.tr("请先选中一条预警"))
            return
        preview_printable(self, self.ctx, "outbreak-report", {"id": str(w["id"])})

    def _edit_selected_rule(self) -> None:
        index = self.rules.currentIndex()
        if index.isValid():
            self.edit_rule(self.rules_model.rows[index.row()]["id"])

    def edit_rule(self, rule_id: int | None) -> None:
        from dataclasses import replace

        from logistics_desktop.health import diseases

        values = next((r for r in self.ctx.read(outbreaks.rule_rows) if r["id"] == rule_id), {"scope": "班级", "report_hours": 24, "active": True})
        names = self.ctx.read(diseases.disease_names)
        fields = [replace(f, choices=(("", ""), *((n, n) for n in names))) if f.key == "disease" else f for f in RULE_FIELDS]
        self.ask(self.tr("预警规则"), fields, {k: str(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in values.items()},
                     lambda v: self.ctx.write("health", outbreaks.save_rule, v, rule_id))
