"""留样: the day's menu with what is still to sample, the sample form (Enter saves), and the samples that may be destroyed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from logistics_desktop.canteen import daily
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.name_completer import complete_names
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui, place

MEAL_CHOICES = same(QT_TRANSLATE_NOOP("Field", "早餐"), QT_TRANSLATE_NOOP("Field", "午餐"), QT_TRANSLATE_NOOP("Field", "午点"),
                    QT_TRANSLATE_NOOP("Field", "晚餐"))
SAMPLE_FIELDS = (
    Field("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
    Field("meal", QT_TRANSLATE_NOOP("Field", "餐次"), "choice", required=True, choices=MEAL_CHOICES),
    Field("dish", QT_TRANSLATE_NOOP("Field", "菜品"), "lookup", required=True),
    Field("grams", QT_TRANSLATE_NOOP("Field", "重量（克）"), "int", required=True),
    Field("by", QT_TRANSLATE_NOOP("Field", "留样人"), "staff", required=True),
)
_RED = QBrush(QColor("#C62828"))


class SamplesPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "canteen", parent)
        ui = self.ui = load_ui("canteen/samples.ui", self)
        self.form = place(ui.formHost, FieldForm(SAMPLE_FIELDS))
        self.form.set_values({"day": date.today(), "meal": "午餐"})
        self.form.editors["day"].edited.connect(self.reload)
        self.form.editors["meal"].edited.connect(self.reload)
        self.form.submitted.connect(self.save)
        self.message, self.destroyer = ui.message, ui.destroyer
        complete_names(self.destroyer, self.destroyer.model())
        self.menu_table = plain_table(ui.dishes, [self.tr("餐次"), self.tr("菜品"), self.tr("留样")], read_only=True, stretch=1)
        self.ready = plain_table(ui.ready, [self.tr("日期"), self.tr("餐次"), self.tr("菜品"), self.tr("重量"), self.tr("保留至")], read_only=True, stretch=2)
        ui.save.clicked.connect(self.save)
        ui.destroy.clicked.connect(self.destroy)
        ui.printLog.clicked.connect(self.print_log)
        self.ready_ids: list[int] = []
        self.reload()

    def reload(self) -> None:
        day = self.form.editors["day"].value()
        meal = self.form.editors["meal"].value()
        dishes = self.ctx.read(daily.menu, day, day + timedelta(days=1))
        missing = set(self.ctx.read(daily.missing_samples, day))
        ready = self.ctx.read(daily.destroyable, datetime.now())
        people = self.ctx.staff_names()
        self.form.set_staff(people[1:])
        self.form.editors["dish"].set_choices([""] + [d.dish for d in dishes if d.meal == meal and (d.meal, d.dish) in missing])
        self.menu_table.setRowCount(len(dishes))
        for r, d in enumerate(dishes):
            done = (d.meal, d.dish) not in missing
            for c, text in enumerate((QCoreApplication.translate("Field", d.meal), d.dish, self.tr("已留样") if done else self.tr("未留样"))):
                item = QTableWidgetItem(text)
                if not done:
                    item.setForeground(_RED)
                self.menu_table.setItem(r, c, item)
        self.ready.setRowCount(len(ready))
        self.ready_ids = [s.id for s in ready]
        for r, s in enumerate(ready):
            for c, text in enumerate((f"{s.day:%m-%d}", QCoreApplication.translate("Field", s.meal), s.dish, f"{s.grams} g", f"{s.keep_until:%m-%d %H:%M}")):
                self.ready.setItem(r, c, QTableWidgetItem(text))
        text = self.destroyer.currentText()
        self.destroyer.clear()
        self.destroyer.addItems(people)
        self.destroyer.setEditText(text)

    def save(self) -> bool:
        values = self.form.values()
        written = self.ctx.write("canteen", daily.record_sample, values)
        if not written:
            self.form.show_errors(written.errors)
            return False
        self.form.set_values({"day": values["day"], "meal": values["meal"], "by": values["by"]})
        tell(self.message, self.tr("已留样：%1 %2 克").replace("%1", values["dish"]).replace("%2", str(values["grams"])), "done")
        self.form.editors["dish"].setFocus()
        return True

    def destroy(self) -> bool:
        rows = sorted({index.row() for index in self.ready.selectionModel().selectedRows()})
        if not rows:
            tell(self.message, self.tr("请先选中要销毁的留样"))
            return False
        written = self.ctx.write("canteen", daily.destroy, [self.ready_ids[r] for r in rows], by=self.destroyer.currentText())
        if not written:
            tell(self.message, "\n".join(e.message for e in written.errors))
            return False
        tell(self.message, self.tr("已登记销毁 %1 份").replace("%1", str(written.value)), "done")
        return True

    def print_log(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "sample-log", {"month": self.form.editors["day"].value().strftime("%Y-%m")})
