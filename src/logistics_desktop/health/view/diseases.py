"""传染病登记: the cases (open first), the per-disease isolation table beside them, and below the case's two halves: the case
itself, and its isolation, return on a checked 复课证明, observation period and terminal disinfection."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.health import diseases
from logistics_desktop.health.view.child_records import offer_children, offer_classes
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

CASE_FIELDS = (Field("class_name", QT_TRANSLATE_NOOP("Field", "班级"), "choice", required=True),
               Field("child", QT_TRANSLATE_NOOP("Field", "姓名"), "lookup", required=True),
               Field("disease", QT_TRANSLATE_NOOP("Field", "病名"), "choice", required=True),
               Field("onset", QT_TRANSLATE_NOOP("Field", "发病日期"), "date", required=True),
               Field("diagnosed_on", QT_TRANSLATE_NOOP("Field", "诊断日期（如 2026-11-24）")),
               Field("hospital", QT_TRANSLATE_NOOP("Field", "诊断医院")),
               Field("symptoms_ended", QT_TRANSLATE_NOOP("Field", "症状消失日期")),
               Field("left_on", QT_TRANSLATE_NOOP("Field", "离园/离校日期")),
               Field("recorder", QT_TRANSLATE_NOOP("Field", "登记人"), "staff", required=True))
RETURN_FIELDS = (Field("isolation_from", QT_TRANSLATE_NOOP("Field", "隔离开始（空为离园日或发病日）")),
                 Field("isolation_to", QT_TRANSLATE_NOOP("Field", "隔离结束（空为按病种默认）")),
                 Field("returned_on", QT_TRANSLATE_NOOP("Field", "返校日期（须先查验复课证明）")),
                 Field("certificate_from", QT_TRANSLATE_NOOP("Field", "复课证明开具医院")),
                 Field("certificate_checked_by", QT_TRANSLATE_NOOP("Field", "复课证明查验人"), "staff"),
                 Field("observation_to", QT_TRANSLATE_NOOP("Field", "班级医学观察至（空为按病种默认）")),
                 Field("disinfected_on", QT_TRANSLATE_NOOP("Field", "终末消毒日期")),
                 Field("disinfected_by", QT_TRANSLATE_NOOP("Field", "终末消毒执行人"), "staff"),
                 Field("note", QT_TRANSLATE_NOOP("Field", "备注")))
DISEASE_FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "病名"), required=True),
                  Field("isolation_days", QT_TRANSLATE_NOOP("Field", "隔离天数（不确定留空）"), "int"),
                  Field("counted_from", QT_TRANSLATE_NOOP("Field", "起算"), "choice", required=True, choices=same(*diseases.ANCHORS)),
                  Field("isolation_note", QT_TRANSLATE_NOOP("Field", "隔离要求")),
                  Field("observation_days", QT_TRANSLATE_NOOP("Field", "班级医学观察天数"), "int"),
                  Field("source", QT_TRANSLATE_NOOP("Field", "依据")))
DATE_KEYS = ("diagnosed_on", "symptoms_ended", "left_on", "isolation_from", "isolation_to", "returned_on", "observation_to", "disinfected_on")


def _day(value) -> str:
    return f"{value:%m-%d}" if isinstance(value, date) else ""


class DiseasesPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/diseases.ui", self)
        self.show_all, self.message, self.who = ui.showAll, ui.message, ui.who
        self.model = RowsModel([("class_name", self.tr("班级")), ("child", self.tr("姓名")), ("disease_shown", self.tr("病名")),
                                ("onset_shown", self.tr("发病")), ("isolation", self.tr("隔离")), ("state", self.tr("情况"))], self, flag="due")
        self.table = rows_view(self.model, ui.cases)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.disease_model = RowsModel([("name_shown", self.tr("病名")), ("isolation", self.tr("隔离期")), ("observation", self.tr("观察期"))], self)
        self.disease_table = rows_view(self.disease_model, ui.diseases)
        self.case_form = place(ui.caseHost, FieldForm(CASE_FIELDS))
        self.return_form = place(ui.returnHost, FieldForm(RETURN_FIELDS))
        for form in (self.case_form, self.return_form):
            form.submitted.connect(self.save)
        self.case_form.editors["class_name"].edited.connect(self._class_chosen)
        self.show_all.toggled.connect(self.reload)
        ui.save.clicked.connect(self.save)
        ui.newCase.clicked.connect(self.new_case)
        ui.printRegister.clicked.connect(lambda: self._print("infectious-register", {"month": date.today().strftime("%Y-%m")}))
        ui.printStats.clicked.connect(lambda: self._print("infectious-stats", {}))
        ui.printReturn.clicked.connect(self.print_return)
        ui.editDisease.clicked.connect(self._edit_selected_disease)
        ui.newDisease.clicked.connect(lambda: self.edit_disease(None))
        self.current: int | None = None
        self.reload()

    def reload(self) -> None:
        translate = QCoreApplication.translate
        staff = self.ctx.staff_names()[1:]
        self.case_form.set_staff(staff)
        self.return_form.set_staff(staff)
        offer_classes(self.ctx, self.case_form)
        self.case_form.editors["disease"].set_choices([""] + [(n, n) for n in self.ctx.read(diseases.disease_names)])
        today = date.today()
        rows = []
        for c in self.ctx.read(diseases.cases, open_only=not self.show_all.isChecked()):
            name = c.disease
            due = c.open and c.isolation_to is not None and c.isolation_to <= today
            state = (self.tr("已复课 %1").replace("%1", _day(c.returned_on)) if c.returned_on
                     else self.tr("隔离期满，待查验复课证明") if due else self.tr("隔离中"))
            rows.append({**c.__dict__, "disease_shown": translate("Field", name), "onset_shown": _day(c.onset), "state": state, "due": due,
                         "isolation": f"{_day(c.isolation_from)}—{_day(c.isolation_to) or self.tr('待定')}"})
        self.model.set_rows(rows)
        disease_rows = []
        for d in self.ctx.read(diseases.diseases):
            name, anchor = d.name, d.counted_from
            disease_rows.append({**d.as_dict(), "name_shown": translate("Field", name),
                                 "isolation": self.tr("%1后 %2 天").replace("%1", translate("Field", anchor)).replace("%2", str(d.isolation_days))
                                 if d.isolation_days else self.tr("按医嘱"),
                                 "observation": self.tr("%1 天").replace("%1", str(d.observation_days)) if d.observation_days else ""})
        self.disease_model.set_rows(disease_rows)
        self.disease_table.resizeColumnsToContents()
        if self.current is None:
            self.new_case()

    def new_case(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.case_form.set_values({"onset": date.today(), "recorder": self.case_form.editors["recorder"].value()})
        self.return_form.set_values({})
        self.who.setText(self.tr("新病例：选择班级、姓名和病名；隔离结束与观察期留空时按病种表计算"))
        self.message.clear()

    def _class_chosen(self) -> None:
        offer_children(self.ctx, self.case_form)

    def _chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        self.current = row["id"]
        values = {k: (f"{v:%Y-%m-%d}" if isinstance(v, date) and k in DATE_KEYS else v) for k, v in row.items()}
        self.case_form.set_values(values)
        self._class_chosen()
        self.case_form.editors["child"].set_value(row["child"])
        self.return_form.set_values(values)
        self.who.setText(self.tr("%1（%2）%3，%4 发病").replace("%1", row["child"]).replace("%2", row["class_name"])
                         .replace("%3", row["disease_shown"]).replace("%4", f"{row['onset']:%Y-%m-%d}"))
        self.message.clear()

    def save(self) -> bool:
        values = self.case_form.values() | self.return_form.values()
        written = self.ctx.write("health", diseases.save_case, values, self.current)
        if not written:
            keys = set(self.return_form.editors)
            self.case_form.show_errors([e for e in written.errors if e.field not in keys])
            self.return_form.show_errors([e for e in written.errors if e.field in keys])
            tell(self.message, self.tr("未保存：请按提示修改"))
            return False
        self.current = written.value
        tell(self.message, self.tr("已保存"), "done")
        row = self.model.row_of(self.current)
        if row >= 0:
            self.table.selectRow(row)
        return True

    def _print(self, key: str, options: dict) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, key, options)

    def print_return(self) -> None:
        if self.current is None:
            tell(self.message, self.tr("请先在上方选中已复课的一例"))
            return
        self._print("return-check", {"id": str(self.current)})

    def _edit_selected_disease(self) -> None:
        index = self.disease_table.currentIndex()
        if index.isValid():
            self.edit_disease(self.disease_model.rows[index.row()]["id"])

    def edit_disease(self, disease_id: int | None) -> None:
        row = next((d for d in self.disease_model.rows if d["id"] == disease_id), {"counted_from": "发病日"})
        values = {k: ("" if v is None else str(v)) if k in ("isolation_days", "observation_days") else v for k, v in row.items()}
        self.ask(self.tr("病种"), DISEASE_FIELDS, values, lambda v: self.ctx.write("health", diseases.save_disease, v, disease_id))
