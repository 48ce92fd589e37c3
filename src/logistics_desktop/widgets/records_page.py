"""A page for a log kept day by day (disinfection, accompanying meals, fee entries, stock issues):
the form to add one record beside the month's records, and the month's printed form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from logistics_desktop.core.fields import Field
from logistics_desktop.core.parse import month_bounds
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place


class RecordsPage(ModulePage):
    """`fields` are the form's Fields; `save(session, values)` writes one record and may return a warning to show; `rows(session, first, end)`
    lists the month's records as dicts for `columns`; `printable` is the key of the month's printed form."""

    KEEP_KINDS = ("date", "choice", "staff", "bool")  # kept after saving: the next record is usually the same day and person

    def __init__(self, ctx, *, module: str, fields: list[Field], save: Callable[[Any, dict], str | None],
                 rows: Callable[[Any, date, date], list[dict[str, Any]]], columns: list[tuple[str, str]], printable: str = "",
                 save_label: str = "", defaults: dict[str, Any] | None = None, flag: str = "", parent=None):
        super().__init__(ctx, module, parent)
        self._save, self._rows, self.printable = save, rows, printable
        ui = self.ui = load_ui("widgets/records_page.ui", self)
        self.form = place(ui.formHost, FieldForm(fields))
        self.kinds = {f.key: f.kind for f in fields}
        self.form.set_values({key: date.today() for key, kind in self.kinds.items() if kind == "date"} | (defaults or {}))
        self.form.submitted.connect(self.save)
        self.save_button, self.message, self.month, self.summary = ui.save, ui.message, ui.month, ui.summary
        self.save_button.setText(QCoreApplication.translate("Field", save_label) if save_label else self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.month.setDate(QDate.currentDate())
        self.month.dateChanged.connect(self.reload)
        self.model = RowsModel([(key, QCoreApplication.translate("Field", header)) for key, header in columns], self, flag=flag)
        self.table = rows_view(self.model, ui.records)
        ui.printMonth.setVisible(bool(printable))
        ui.printMonth.clicked.connect(self.print_month)
        self.reload()

    def month_bounds(self) -> tuple[date, date]:
        return month_bounds(self.month.date().toString("yyyy-MM"))

    def reload(self) -> None:
        from logistics_desktop.directory import service as directory

        first, end = self.month_bounds()
        self.form.set_staff(self.ctx.read(directory.staff_names))
        rows = self.ctx.read(self._rows, first, end)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def save(self) -> bool:
        values = self.form.values()
        written = self.ctx.write(self.module, self._save, values)
        if not written:
            self.form.show_errors(written.errors)
            self.message.clear()
            return False
        warning = written.value
        self.form.set_values({k: v for k, v in values.items() if self.kinds[k] in self.KEEP_KINDS})
        tell(self.message, warning or self.tr("已保存"), "problem" if warning else "done")
        first = next((k for k, kind in self.kinds.items() if kind not in self.KEEP_KINDS), None)
        if first:
            self.form.editors[first].setFocus()
        return True

    def print_month(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, self.printable, {"month": self.month.date().toString("yyyy-MM")})
