"""带药与服药: the parent's request taken in at the door (the child's alerts shown as soon as the child is chosen), and the
day's doses beside it, each given with the time, the person and a second person checking; a missed one in red."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate

from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.health import medication, service
from logistics_desktop.health.view.child_records import offer_children, offer_classes
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

REQUEST_FIELDS = (Field("class_name", QT_TRANSLATE_NOOP("Field", "班级"), "choice", required=True),
                  Field("child", QT_TRANSLATE_NOOP("Field", "姓名"), "lookup", required=True),
                  Field("medicine", QT_TRANSLATE_NOOP("Field", "药名"), required=True),
                  Field("dose", QT_TRANSLATE_NOOP("Field", "每次剂量（如 5 ml、1 片）"), required=True),
                  Field("times", QT_TRANSLATE_NOOP("Field", "服药时间（如 10:00、14:30）"), required=True),
                  Field("method", QT_TRANSLATE_NOOP("Field", "服药方法（如 饭后口服）")),
                  Field("notes", QT_TRANSLATE_NOOP("Field", "注意事项")),
                  Field("parent", QT_TRANSLATE_NOOP("Field", "送药家长"), required=True),
                  Field("prescription", QT_TRANSLATE_NOOP("Field", "有医生处方"), "bool"),
                  Field("allergy_confirmed", QT_TRANSLATE_NOOP("Field", "已与家长核对过敏史"), "bool"),
                  Field("received_by", QT_TRANSLATE_NOOP("Field", "接药人"), "staff", required=True))
GIVE_FIELDS = (Field("time", QT_TRANSLATE_NOOP("Field", "喂药时间（如 10:05）"), required=True),
               Field("giver", QT_TRANSLATE_NOOP("Field", "喂药人"), "staff", required=True),
               Field("checker", QT_TRANSLATE_NOOP("Field", "核对人"), "staff", required=True),
               Field("reaction", QT_TRANSLATE_NOOP("Field", "服药后反应")))


class MedicationPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/medication.ui", self)
        self.day, self.message, self.who, self.alerts = ui.day, ui.message, ui.who, ui.alerts
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.dateChanged.connect(self.reload)
        self.request = place(ui.requestHost, FieldForm(REQUEST_FIELDS))
        self.request.submitted.connect(self.take_in)
        self.request.editors["class_name"].edited.connect(self._class_chosen)
        self.request.editors["child"].edited.connect(self._child_chosen)
        self.giving = place(ui.giveHost, FieldForm(GIVE_FIELDS))
        self.giving.submitted.connect(self.give)
        self.model = RowsModel([("due_shown", self.tr("时间")), ("class_name", self.tr("班级")), ("child", self.tr("姓名")),
                                ("medicine", self.tr("药名")), ("dose", self.tr("剂量")), ("state", self.tr("情况"))], self, flag="missed")
        self.table = rows_view(self.model, ui.doses)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        ui.takeIn.clicked.connect(self.take_in)
        ui.give.clicked.connect(self.give)
        ui.printMonth.clicked.connect(self.print_month)
        self.current: int | None = None
        self.reload()

    def reload(self) -> None:
        staff = self.ctx.staff_names()[1:]
        self.request.set_staff(staff)
        self.giving.set_staff(staff)
        offer_classes(self.ctx, self.request)
        day = self.day.date().toPython()
        now = datetime.now()
        rows = []
        for d in self.ctx.read(medication.doses, day, day + timedelta(days=1)):
            missed = d.missed(now)
            state = (self.tr("已喂 %1（%2、%3 核对）").replace("%1", f"{d.given_at:%H:%M}").replace("%2", d.giver).replace("%3", d.checker)
                     if d.given_at else self.tr("漏服：已过时间未登记") if missed else self.tr("待喂"))
            rows.append({**d.__dict__, "due_shown": f"{d.due:%H:%M}", "state": state, "missed": missed})
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.current = None
        self.who.setText(self.tr("选中上方一次服药，喂药后登记") if rows else self.tr("这一天没有带药"))

    def _class_chosen(self) -> None:
        offer_children(self.ctx, self.request)
        self._child_chosen()

    def _child_chosen(self) -> None:
        """The child's alerts, as soon as the child is chosen: the allergy check is made before the medicine is taken."""
        name, class_name = self.request.editors["child"].value(), self.request.editors["class_name"].value()
        found = next((c for c in self.ctx.read(service.children, class_name) if c.name == name), None) if name and class_name else None
        self.alerts.setText(self.tr("过敏及疾病提示：%1").replace("%1", found.alerts) if found and found.alerts else "")

    def take_in(self) -> bool:
        written = self.ctx.write("health", medication.take_in, self.request.values())
        if not written:
            self.request.show_errors(written.errors)
            return False
        self.request.set_values({"class_name": self.request.editors["class_name"].value(), "received_by": self.request.editors["received_by"].value()})
        self.day.setDate(QDate.currentDate())
        tell(self.message, self.tr("已登记带药"), "done")
        return True

    def _chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        self.current = row["id"]
        text = self.tr("%1（%2）%3 %4，%5 服").replace("%1", row["child"]).replace("%2", row["class_name"]).replace("%3", row["medicine"]) \
            .replace("%4", row["dose"]).replace("%5", row["due_shown"])
        if row["notes"]:
            text += "；" + row["notes"]
        if row["alerts"]:
            text += "\n" + self.tr("过敏及疾病提示：%1").replace("%1", row["alerts"])
        self.who.setText(text)
        if not row["given_at"]:
            self.giving.set_values({"time": f"{datetime.now():%H:%M}", "giver": self.giving.editors["giver"].value(),
                                    "checker": self.giving.editors["checker"].value()})

    def give(self) -> bool:
        if self.current is None:
            tell(self.message, self.tr("请先在上方选中一次服药"))
            return False
        written = self.ctx.write("health", medication.give, self.current, self.giving.values())
        if not written:
            self.giving.show_errors(written.errors)
            return False
        tell(self.message, self.tr("已登记喂药"), "done")
        return True

    def print_month(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "medication-log", {"month": self.day.date().toString("yyyy-MM")})
