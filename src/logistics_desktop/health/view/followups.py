"""因病缺勤追踪: the follow-ups the checks opened, each filled in the same day and closed on the child's return."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.health import followups
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

FIELDS = (Field("called", QT_TRANSLATE_NOOP("Field", "联系情况（联系了谁、说了什么）")),
          Field("called_at", QT_TRANSLATE_NOOP("Field", "联系时间（如 2026-11-24 08:40）")),
          Field("seen_at", QT_TRANSLATE_NOOP("Field", "就诊医院")), Field("diagnosis", QT_TRANSLATE_NOOP("Field", "诊断")),
          Field("expected_return", QT_TRANSLATE_NOOP("Field", "预计返校日期")), Field("returned_on", QT_TRANSLATE_NOOP("Field", "返校日期（填写即结案）")),
          Field("certificate_checked", QT_TRANSLATE_NOOP("Field", "复课证明已查验"), "bool"),
          Field("tracker", QT_TRANSLATE_NOOP("Field", "追踪人"), "staff", required=True))


class FollowUpsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/followups.ui", self)
        self.show_all, self.message, self.who = ui.showAll, ui.message, ui.who
        self.model = RowsModel([("class_name", self.tr("班级")), ("child", self.tr("姓名")), ("first_day", self.tr("缺勤首日")),
                                ("symptom_shown", self.tr("症状")), ("diagnosis", self.tr("诊断")), ("state", self.tr("情况"))], self, flag="uncalled")
        self.table = rows_view(self.model, ui.followups)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(FIELDS))
        self.form.submitted.connect(self.save)
        self.show_all.toggled.connect(self.reload)
        ui.save.clicked.connect(self.save)
        ui.print.clicked.connect(self.print_month)
        self.current: int | None = None
        self.reload()

    def reload(self) -> None:
        self.form.set_staff(self.ctx.staff_names()[1:])
        rows = []
        for f in self.ctx.read(followups.followups, open_only=not self.show_all.isChecked()):
            symptom = f.symptom
            state = (self.tr("已返校 %1").replace("%1", f"{f.returned_on:%m-%d}") if f.returned_on
                     else self.tr("已联系") if f.called else self.tr("待联系"))
            rows.append({**f.__dict__, "symptom_shown": QCoreApplication.translate("Field", symptom) if symptom else "", "state": state,
                         "uncalled": not f.called and not f.returned_on})
        self.model.set_rows(rows)
        self.current = None
        self.who.setText(self.tr("选中左侧一人填写追踪情况") if rows else self.tr("没有待追踪的因病缺勤"))

    def _chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        self.current = row["id"]
        self.who.setText(self.tr("%1（%2），%3 起因病缺勤，家长电话 %4").replace("%1", row["child"]).replace("%2", row["class_name"])
                         .replace("%3", f"{row['first_day']:%Y-%m-%d}").replace("%4", row["phone"] or "—"))
        text = lambda d: f"{d:%Y-%m-%d}" if isinstance(d, date) else ""  # noqa: E731
        self.form.set_values({**row, "called_at": f"{row['called_at']:%Y-%m-%d %H:%M}" if row["called_at"] else "",
                              "expected_return": text(row["expected_return"]), "returned_on": text(row["returned_on"])})

    def save(self) -> bool:
        if self.current is None:
            tell(self.message, self.tr("请先在左侧选中一人"))
            return False
        written = self.ctx.write("health", followups.record, self.current, self.form.values())
        if not written:
            self.form.show_errors(written.errors)
            return False
        tell(self.message, self.tr("已保存"), "done")
        return True

    def print_month(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "absence-followup", {"month": date.today().strftime("%Y-%m")})
