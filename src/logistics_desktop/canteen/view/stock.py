"""库存: the book quantity of every item, issues to the kitchen, and the month-end count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem

from logistics_desktop.canteen import stock
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.grid import mark_cells
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.name_completer import complete_names
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui, place
from logistics_desktop.widgets.window_size import fit_to_screen

ISSUE_FIELDS = (
    Field("on", QT_TRANSLATE_NOOP("Field", "出库日期"), "date", required=True),
    Field("item", QT_TRANSLATE_NOOP("Field", "品名"), "lookup", required=True),
    Field("unit", QT_TRANSLATE_NOOP("Field", "单位")),
    Field("quantity", QT_TRANSLATE_NOOP("Field", "出库数量"), required=True),
    Field("purpose", QT_TRANSLATE_NOOP("Field", "用途"), "lookup",
          choices=same(QT_TRANSLATE_NOOP("Field", "早餐"), QT_TRANSLATE_NOOP("Field", "午餐"), QT_TRANSLATE_NOOP("Field", "午点"),
                       QT_TRANSLATE_NOOP("Field", "晚餐"))),
    Field("by", QT_TRANSLATE_NOOP("Field", "领用人"), "staff", required=True),
)


class StockPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "canteen", parent)
        ui = self.ui = load_ui("canteen/stock.ui", self)
        self.table = plain_table(ui.stock, [self.tr("品名"), self.tr("单位"), self.tr("账面数量")], read_only=True, stretch=0)
        self.table.itemSelectionChanged.connect(self._picked)
        self.form = place(ui.formHost, FieldForm(ISSUE_FIELDS))
        self.form.set_values({"on": date.today(), "purpose": "午餐"})
        self.form.submitted.connect(self.issue)
        self.message = ui.message
        ui.issue.clicked.connect(self.issue)
        ui.count.clicked.connect(self.count)
        ui.printCount.clicked.connect(self.print_count)
        self.keys: list[tuple[str, str]] = []
        self.reload()

    def reload(self) -> None:
        book = {k: v for k, v in self.ctx.read(stock.book, date.today()).items() if v}
        self.keys = list(book)
        self.table.setRowCount(len(book))
        for r, ((item, unit), quantity) in enumerate(book.items()):
            for c, text in enumerate((item, unit, f"{quantity.normalize():f}")):
                cell = QTableWidgetItem(text)
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.form.editors["item"].set_choices([""] + sorted({k[0] for k in book}))
        self.form.set_staff(self.ctx.staff_names()[1:])

    def _picked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.keys):
            self.form.editors["item"].set_value(self.keys[row][0])
            self.form.editors["unit"].set_value(self.keys[row][1])
            self.form.editors["quantity"].setFocus()

    def issue(self) -> bool:
        values = self.form.values()
        written = self.ctx.write("canteen", stock.issue, values)
        if not written:
            self.form.show_errors(written.errors)
            return False
        tell(self.message, self.tr("已出库：%1 %2%3").replace("%1", values["item"]).replace("%2", values["quantity"]).replace("%3", values["unit"]), "done")
        self.form.set_values({"on": values["on"], "purpose": values["purpose"], "by": values["by"]})
        self.form.editors["item"].setFocus()
        return True

    def count(self) -> None:
        dialog = StockCountDialog(self.ctx, self.keys, [[self.table.item(r, c).text() for c in range(3)] for r in range(len(self.keys))], self)
        self.count_dialog = dialog  # reachable from tests
        dialog.exec()

    def print_count(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "canteen-stock-count", {"month": date.today().strftime("%Y-%m")})


class StockCountDialog(QDialog):
    """月底盘点: the counted quantity typed beside each item's book quantity."""

    def __init__(self, ctx, keys: list[tuple[str, str]], rows: list[list[str]], parent=None):
        super().__init__(parent)
        self.ctx, self.keys = ctx, keys
        self.setWindowTitle(self.tr("月底盘点"))
        ui = self.ui = load_ui("canteen/stock_count.ui", self)
        self.table = plain_table(ui.counts, [self.tr("品名"), self.tr("单位"), self.tr("账面数量"), self.tr("实盘数量")], stretch=0)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, cell)
            self.table.setItem(r, 3, QTableWidgetItem(""))
        ui.by.addItems(ctx.staff_names())
        complete_names(ui.by, ui.by.model())
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, "stock-count", 560, 520)

    def save(self) -> bool:
        counts = {self.keys[r]: self.table.item(r, 3).text().strip() for r in range(self.table.rowCount())}
        written = self.ctx.write("canteen", stock.record_count, counted_on=date.today(), counts=counts, by=self.ui.by.currentText())
        if not written:
            self.ui.errors.setText("\n".join(e.message for e in written.errors))
            mark_cells(self.table, written.errors, "counts", ("item", "unit", "book", "counted"))
            return False
        self.accept()
        return True
