"""疏散演练: the drill form beside the drills held, and when the next one is due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, shown
from logistics_desktop.safety import fire
from logistics_desktop.widgets.forms import ERROR_STYLE, FieldForm
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

FIELDS = (
    Field("held_on", QT_TRANSLATE_NOOP("Field", "演练日期"), "date", required=True),
    Field("scenario", QT_TRANSLATE_NOOP("Field", "演练科目"), "lookup", required=True,
          choices=same(QT_TRANSLATE_NOOP("Field", "火灾疏散"), QT_TRANSLATE_NOOP("Field", "地震应急疏散"), QT_TRANSLATE_NOOP("Field", "防踩踏疏散"), QT_TRANSLATE_NOOP("Field", "防暴演练"))),
    Field("participants", QT_TRANSLATE_NOOP("Field", "参加人数"), "int", required=True),
    Field("evacuation_seconds", QT_TRANSLATE_NOOP("Field", "疏散用时（秒）"), "int", required=True),
    Field("organiser", QT_TRANSLATE_NOOP("Field", "组织人"), "staff", required=True),
    Field("problems", QT_TRANSLATE_NOOP("Field", "发现的问题及改进")),
)


class DrillsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        ui = self.ui = load_ui("safety/drills.ui", self)
        self.form = place(ui.formHost, FieldForm(FIELDS))
        self.form.submitted.connect(self.save)
        self.next_due = ui.next_due
        self.model = RowsModel([("held_on", self.tr("日期")), ("scenario", self.tr("演练科目")), ("participants", self.tr("参加人数")),
                                ("evacuation", self.tr("疏散用时")), ("organiser", self.tr("组织人")), ("problems", self.tr("发现的问题"))], self)
        self.table = rows_view(self.model, ui.drills)
        ui.save.clicked.connect(self.save)
        ui.printLog.clicked.connect(self.print_log)
        self.reload()

    def reload(self) -> None:
        self.form.set_staff(self.ctx.staff_names()[1:])
        rows = [{**d.as_dict(), "evacuation": f"{d.evacuation_seconds // 60}:{d.evacuation_seconds % 60:02d}"} for d in self.ctx.read(fire.drills)]
        _when, text, level, _target = self.ctx.read(fire.drill_home_item, date.today())
        self.model.set_rows(rows)
        self.next_due.setText(shown(text, QCoreApplication.translate))
        self.next_due.setStyleSheet(ERROR_STYLE if level == "overdue" else "")

    def save(self) -> bool:
        written = self.ctx.write("safety", fire.record_drill, self.form.values())
        if not written:
            self.form.show_errors(written.errors)
            return False
        self.form.set_values({"held_on": date.today()})
        return True

    def print_log(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "drill-log", {"year": date.today().year})
