"""低值易耗品: the stock list (red below the minimum), the item form, stock in, issue out, month-end count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget

from logistics_desktop.assets import consumables
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm, FormDialog
from logistics_desktop.widgets.table_model import RowsModel, plain_table, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place
from logistics_desktop.widgets.window_size import fit_to_screen

FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "物品名称"), required=True), Field("spec", QT_TRANSLATE_NOOP("Field", "规格")),
          Field("unit", QT_TRANSLATE_NOOP("Field", "单位"), required=True),
          Field("category", QT_TRANSLATE_NOOP("Field", "类别"), "choice", required=True, choices=same(*consumables.CONSUMABLE_CATEGORIES)),
          Field("min_stock", QT_TRANSLATE_NOOP("Field", "最低库存")), Field("note", QT_TRANSLATE_NOOP("Field", "备注")))
MOVEMENTS = {
    "stock_in": ((Field("quantity", QT_TRANSLATE_NOOP("Field", "入库数量"), required=True), Field("unit_price", QT_TRANSLATE_NOOP("Field", "单价（元）")),
                  Field("supplier", QT_TRANSLATE_NOOP("Field", "供应商")), Field("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True), Field("note", QT_TRANSLATE_NOOP("Field", "说明"))),
                 consumables.stock_in),
    "issue": ((Field("quantity", QT_TRANSLATE_NOOP("Field", "领用数量"), required=True), Field("person", QT_TRANSLATE_NOOP("Field", "领用人"), "staff", required=True),
               Field("purpose", QT_TRANSLATE_NOOP("Field", "用途")), Field("trade_in", QT_TRANSLATE_NOOP("Field", "以旧换新（已交回旧物）"), "bool"),
               Field("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True)), consumables.issue_out),
}
BUTTONS = ("new", "save", "stock_in", "issue", "count", "print_stock", "print_count")


class ConsumablesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        ui = self.ui = load_ui("assets/consumables.ui", self)
        self.model = RowsModel([("category_shown", self.tr("类别")), ("name", self.tr("物品名称")), ("spec", self.tr("规格")),
                                ("unit", self.tr("单位")), ("stock_text", self.tr("库存")), ("min_text", self.tr("最低库存"))], self)
        self.table = rows_view(self.model, ui.consumables)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.low = ui.low
        self.form = place(ui.formHost, FieldForm(FIELDS))
        self.form.submitted.connect(self.save)
        self.buttons = {key: getattr(ui, key) for key in BUTTONS}
        self.buttons["new"].clicked.connect(self.new_item)
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["stock_in"].clicked.connect(lambda: self.act("stock_in"))
        self.buttons["issue"].clicked.connect(lambda: self.act("issue"))
        self.buttons["count"].clicked.connect(lambda: self.count())
        self.buttons["print_stock"].clicked.connect(self.print_stock)
        self.buttons["print_count"].clicked.connect(self.print_count)
        ctx.changed.connect(lambda *_: self.reload())
        self.reload()
        self.new_item()

    def reload(self) -> None:
        rows = self.ctx.read(consumables.items)
        for r in rows:
            r["stock_text"] = f"{r['stock'].normalize():f}" + (" ⚠" if r["low"] else "")
            r["min_text"] = f"{r['min_stock'].normalize():f}"
            category = r["category"]  # a variable: lupdate would take a literal subscript for a source text
            r["category_shown"] = QCoreApplication.translate("Field", category)
        self.model.set_rows(rows)
        low = [r["name"] for r in rows if r["low"]]
        self.low.setText(self.tr("低于最低库存：%1").replace("%1", "、".join(low)) if low else "")
        for key in ("stock_in", "issue"):
            self.buttons[key].setEnabled(self.item_id is not None)

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            self.item_id = row["id"]
            self.form.set_values({**row, "min_stock": row["min_text"]})
            for key in ("stock_in", "issue"):
                self.buttons[key].setEnabled(True)

    def new_item(self) -> None:
        self.item_id = None
        self.table.clearSelection()
        self.form.set_values({"unit": "个", "category": "办公用品", "min_stock": "0"})
        for key in ("stock_in", "issue"):
            self.buttons[key].setEnabled(False)

    def save(self) -> bool:
        written = self.ctx.write("assets", consumables.save_item, self.form.values(), self.item_id)
        if not written:
            self.form.show_errors(written.errors)
            return False
        self.item_id = written.value
        self.form.clear_errors()
        return True

    def act(self, key: str, values: dict | None = None):
        fields, call = MOVEMENTS[key]
        dialog = FormDialog(self.buttons[key].text().rstrip("…"), fields, self, staff=self.ctx.staff_names()[1:])
        item_id = self.item_id

        def write(v):
            return self.ctx.write("assets", call, item_id, **v)

        accepted = dialog.run(write, values)
        return accepted if values is not None else None

    def count(self, counts: dict[int, str] | None = None):
        """Month-end count: type the counted quantity of each item; differences are recorded and printed."""
        if counts is None:
            dialog = CountDialog(self.model.rows, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            counts = dialog.counts
        written = self.ctx.write("assets", consumables.month_end_count, counts)
        if not written:
            QMessageBox.warning(self, self.tr("月末盘点"), "\n".join(e.message for e in written.errors))
            return None
        return written.value

    def print_stock(self):
        from logistics_desktop.widgets.pdf_preview import preview_report

        return preview_report(self, self.tr("低值易耗品库存表"), lambda: self.ctx.read(consumables.stock_ledger))

    def print_count(self, month: str | None = None):
        from logistics_desktop.widgets.pdf_preview import preview_report

        month = month or f"{date.today():%Y-%m}"
        return preview_report(self, self.tr("低值易耗品月末盘点表"), lambda: self.ctx.read(consumables.count_ledger, {"month": month}))


class CountDialog(QDialog):
    """The count sheet on screen: book quantity beside an empty 实盘数量 for every item."""

    def __init__(self, rows: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("月末盘点"))
        fit_to_screen(self, "consumables-count", 640, 560)
        self.rows = rows
        ui = self.ui = load_ui("assets/consumable_count.ui", self)
        self.table = plain_table(ui.counts, [self.tr("物品名称"), self.tr("规格"), self.tr("账面数量"), self.tr("实盘数量")], stretch=0)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((row["name"], row["spec"], f"{row['stock'].normalize():f}")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            self.table.setItem(r, 3, QTableWidgetItem(""))
        ui.ok.clicked.connect(self.accept)
        ui.cancel.clicked.connect(self.reject)

    @property
    def counts(self) -> dict[int, str]:
        return {row["id"]: self.table.item(r, 3).text().strip() for r, row in enumerate(self.rows) if self.table.item(r, 3).text().strip()}
