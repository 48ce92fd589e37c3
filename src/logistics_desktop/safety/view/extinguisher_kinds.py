"""设置 → 灭火器类型: the repair and scrap ages the register computes its dates from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core import rules
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.safety import fire
from logistics_desktop.widgets.forms import FieldForm
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "类型"), required=True), Field("first_repair_years", QT_TRANSLATE_NOOP("Field", "出厂后首次维修（年）"), "int", required=True),
          Field("repair_every_years", QT_TRANSLATE_NOOP("Field", "此后每隔（年）"), "int", required=True),
          Field("scrap_years", QT_TRANSLATE_NOOP("Field", "报废年限（年）"), "int", required=True))


class ExtinguisherKindsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        ui = self.ui = load_ui("safety/extinguisher_kinds.ui", self)
        self.model = RowsModel([(f.key, QCoreApplication.translate("Field", f.label)) for f in FIELDS], self)
        self.table = rows_view(self.model, ui.kinds)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(FIELDS))
        self.form.submitted.connect(self.save)
        ui.source.setText(self.tr("默认值依据：%1").replace("%1", QCoreApplication.translate("Rules", rules.EXTINGUISHER_LIFE.source)))
        ui.save.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows([{**k.as_dict(), "id": k.name} for k in self.ctx.read(fire.kinds)])

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            self.form.set_values(self.model.rows[current.row()])

    def save(self) -> bool:
        written = self.ctx.write("safety", fire.save_kind, self.form.values())
        if not written:
            self.form.show_errors(written.errors)
        return written.ok
