"""设置 → 贫血界值: the haemoglobin cut-offs by age band that the case-file proposals and the statistics judge by; shipped
with the WHO 2011 values, editable because a local rule or the 妇幼 may use others."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core import rules
from logistics_desktop.health import casefiles
from logistics_desktop.widgets.forms import FieldForm
from logistics_desktop.widgets.rules_table_page import RulesTablePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place


class AnaemiaCutoffsPage(RulesTablePage):
    save_row, delete_row = staticmethod(casefiles.save_cutoff), staticmethod(casefiles.delete_cutoff)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/anaemia_cutoffs.ui", self)
        self.model = RowsModel([(f.key, QCoreApplication.translate("Field", f.label)) for f in casefiles.CUTOFF_FIELDS]
                               + [("span", self.tr("适用年龄"))], self)
        self.table = rows_view(self.model, ui.cutoffs)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(casefiles.CUTOFF_FIELDS))
        self.form.submitted.connect(self.save)
        ui.source.setText(self.tr("默认值依据：%1。每一行从它的月龄起，到下一行的月龄为止（最后一行到 15 岁）；同一起始月龄只有一行，保存即更新。"
                                  "改动只影响以后的专案提示和统计表，已建立的专案不变。").replace("%1", QCoreApplication.translate("Rules", rules.ANAEMIA_HB.source)))
        ui.save.clicked.connect(self.save)
        ui.remove.clicked.connect(self.remove)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows([b.as_dict() | {"span": self.tr("%1 岁 %2 月 至 %3 岁 %4 月").replace("%1", str(b.from_months // 12))
                             .replace("%2", str(b.from_months % 12)).replace("%3", str(b.until_months // 12)).replace("%4", str(b.until_months % 12))}
                             for b in self.ctx.read(casefiles.anaemia_bands)])
        self.table.resizeColumnsToContents()

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            self.form.set_values({k: str(v) for k, v in self.model.rows[current.row()].items() if k not in ("id", "span")})
