"""设置 → 供货单位 and 设置 → 从业人员健康证: a list above, the chosen record's form below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from logistics_desktop.canteen import service
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui, place


class SuppliersPage(QWidget):
    """Name, address, contact, licence and its expiry, what they supply."""

    FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "供货单位名称"), required=True), Field("address", QT_TRANSLATE_NOOP("Field", "地址")),
              Field("contact", QT_TRANSLATE_NOOP("Field", "联系人")), Field("phone", QT_TRANSLATE_NOOP("Field", "电话"), "phone"),
              Field("licence_no", QT_TRANSLATE_NOOP("Field", "许可证/营业执照编号"), required=True),
              Field("licence_expiry", QT_TRANSLATE_NOOP("Field", "许可证有效期至")), Field("supplies", QT_TRANSLATE_NOOP("Field", "供应品种（如 蔬菜、肉类）")))
    COLUMNS = (("name", QT_TRANSLATE_NOOP("Field", "名称")), ("licence_no", QT_TRANSLATE_NOOP("Field", "许可证编号")), ("licence_expiry", QT_TRANSLATE_NOOP("Field", "有效期至")),
               ("supplies", QT_TRANSLATE_NOOP("Field", "供应品种")))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui = load_ui("canteen/suppliers.ui", self)
        self.table = plain_table(ui.list, [QCoreApplication.translate("Field", h) for _, h in self.COLUMNS], read_only=True)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(self.FIELDS))
        self.form.submitted.connect(self.save)
        self.message = ui.message
        ui.new.clicked.connect(self.new)
        ui.save.clicked.connect(self.save)
        self.rows: list[dict] = []
        self.current: int | None = None
        self.reload()

    def load_rows(self) -> list[dict]:
        return self.ctx.read(service.supplier_rows)

    def reload(self) -> None:
        self.rows = self.load_rows()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, (key, _) in enumerate(self.COLUMNS):
                self.table.setItem(r, c, QTableWidgetItem(str(row.get(key) or "")))

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.current = self.rows[row]["id"]
            self.form.set_values(self.rows[row])

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.form.set_values({})
        self.form.editors[self.FIELDS[0].key].setFocus()

    def write(self):
        return self.ctx.write("canteen", service.save_supplier, self.form.values(), self.current)

    def save(self) -> bool:
        written = self.write()
        if not written:
            self.form.show_errors(written.errors)
            return False
        was_new = self.current is None
        self.current = written.value
        self.reload()
        if was_new:  # the next entry is a new one, never a rename of the one just saved
            self.new()
        tell(self.message, self.tr("已保存"), "done")
        return True


class CertificatesPage(SuppliersPage):
    """One certificate per canteen worker of the staff directory."""

    FIELDS = (Field("person", QT_TRANSLATE_NOOP("Field", "持证人"), "staff", required=True), Field("number", QT_TRANSLATE_NOOP("Field", "健康证编号"), required=True),
              Field("expiry", QT_TRANSLATE_NOOP("Field", "有效期至"), required=True))
    COLUMNS = (("person", QT_TRANSLATE_NOOP("Field", "持证人")), ("number", QT_TRANSLATE_NOOP("Field", "健康证编号")), ("expiry", QT_TRANSLATE_NOOP("Field", "有效期至")))

    def load_rows(self) -> list[dict]:
        self.form.set_staff(self.ctx.staff_names()[1:])
        return [c | {"expiry": f"{c['expiry']:%Y-%m-%d}"} for c in self.ctx.read(service.certificates)]

    def write(self):
        return self.ctx.write("canteen", service.save_certificate, **self.form.values())
