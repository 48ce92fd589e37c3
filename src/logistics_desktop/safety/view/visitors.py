"""来访登记: the gate's log; Enter in the last field signs a visitor in; ID numbers are never shown whole."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate

from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.safety import fire
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "姓名"), required=True), Field("id_number", QT_TRANSLATE_NOOP("Field", "证件号码"), required=True),
          Field("phone", QT_TRANSLATE_NOOP("Field", "联系电话"), "phone"), Field("reason", QT_TRANSLATE_NOOP("Field", "来访事由"), required=True),
          Field("visited", QT_TRANSLATE_NOOP("Field", "被访人"), "staff", required=True))


class VisitorsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        ui = self.ui = load_ui("safety/visitors.ui", self)
        self.form = place(ui.formHost, FieldForm(FIELDS))
        self.form.submitted.connect(self.sign_in)
        self.day, self.inside_only, self.message = ui.day, ui.inside_only, ui.message
        self.day.setDate(QDate.currentDate())
        self.day.dateChanged.connect(self.reload)
        self.inside_only.toggled.connect(self.reload)
        self.model = RowsModel([("time_in", self.tr("来访时间")), ("time_out", self.tr("离校时间")), ("name", self.tr("姓名")),
                                ("id_masked", self.tr("证件号码")), ("reason", self.tr("来访事由")), ("visited", self.tr("被访人"))], self)
        self.table = rows_view(self.model, ui.visits)
        ui.sign_in.clicked.connect(self.sign_in)
        ui.sign_out.clicked.connect(self.sign_out)
        ui.printLog.clicked.connect(self.print_log)
        self.reload()

    def reload(self) -> None:
        self.form.set_staff(self.ctx.staff_names()[1:])
        day = self.day.date().toPython()
        if self.inside_only.isChecked():
            rows = self.ctx.read(fire.still_inside_rows, datetime.combine(day + timedelta(days=1), datetime.min.time()))
        else:
            rows = self.ctx.read(fire.visits, day, day + timedelta(days=1))
        for r in rows:
            r["time_out"] = r["time_out"].strftime("%H:%M") if r["time_out"] else self.tr("仍在校内")
            r["time_in"] = r["time_in"].strftime("%m-%d %H:%M")
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()  # the ID column wide enough for its last 4 characters (elided, only stars showed)

    def sign_in(self) -> bool:
        written = self.ctx.write("safety", fire.sign_in, self.form.values())
        if not written:
            self.form.show_errors(written.errors)
            return False
        self.form.set_values({})
        self.form.editors["name"].setFocus()
        self.day.setDate(QDate.currentDate())
        return True

    def sign_out(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            tell(self.message, self.tr("请先在列表中选中来访人员"))
            return False
        written = self.ctx.write("safety", fire.sign_out, self.model.rows[index.row()]["id"])
        tell(self.message, "\n".join(e.message for e in written.errors))
        return written.ok

    def print_log(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "visitor-log", {"month": self.day.date().toPython().strftime("%Y-%m")})
