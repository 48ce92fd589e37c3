"""设置 → 资产分类: the shipped GB/T 14885 classes, and the codes a school adds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from logistics_desktop.assets import service
from logistics_desktop.core import rules
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

DEPRECIATION_GROUPS = (  # (stored key, label)
    ("computer", QT_TRANSLATE_NOOP("Field", "计算机设备")), ("office", QT_TRANSLATE_NOOP("Field", "办公设备")), ("vehicle", QT_TRANSLATE_NOOP("Field", "车辆")),
    ("furniture", QT_TRANSLATE_NOOP("Field", "家具")), ("utensil", QT_TRANSLATE_NOOP("Field", "用具、装具")), ("equipment", QT_TRANSLATE_NOOP("Field", "专用设备")),
    ("brick_building", QT_TRANSLATE_NOOP("Field", "砖混结构房屋")), ("steel_building", QT_TRANSLATE_NOOP("Field", "钢结构、钢筋混凝土房屋")),
    ("none", QT_TRANSLATE_NOOP("Field", "不计提折旧（图书、文物、动植物）")),
)
FIELDS = (Field("code", QT_TRANSLATE_NOOP("Field", "分类代码"), required=True), Field("name", QT_TRANSLATE_NOOP("Field", "分类名称"), required=True),
          Field("depreciation", QT_TRANSLATE_NOOP("Field", "折旧类别"), "choice", required=True, choices=DEPRECIATION_GROUPS))


class ClassesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui = load_ui("assets/classes.ui", self)
        self.model = RowsModel([("code", self.tr("分类代码")), ("name", self.tr("分类名称")), ("depreciation_shown", self.tr("折旧类别")),
                                ("years", self.tr("最低折旧年限"))], self)
        self.table = rows_view(self.model, ui.classes)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 220)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(FIELDS))
        self.form.submitted.connect(self.save)
        ui.save.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        years = rules.DEPRECIATION_YEARS.value
        labels = dict(DEPRECIATION_GROUPS)
        self.model.set_rows([{"code": c.code, "name": c.name, "depreciation": c.depreciation,
                              "depreciation_shown": QCoreApplication.translate("Field", labels.get(c.depreciation, c.depreciation)),
                              "years": years.get(c.depreciation, 0) or self.tr("不计提")} for c in self.ctx.read(service.classes)])

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            self.form.set_values(self.model.rows[current.row()])

    def save(self) -> bool:
        values = self.form.values()
        written = self.ctx.write("assets", service.save_class, values["code"], values["name"], values["depreciation"])
        if not written:
            self.form.show_errors(written.errors)
            return False
        self.form.clear_errors()
        self.reload()
        return True
