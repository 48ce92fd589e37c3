"""体检提醒: each child's examinations due within a month or overdue (entry, yearly, haemoglobin, vision), by class."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.i18n import shown
from logistics_desktop.health import exams, service
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui


class ExamsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/exams.ui", self)
        self.klass, self.message = ui.klass, ui.message
        self.model = RowsModel([("class_name", self.tr("班级")), ("name", self.tr("姓名")), ("age", self.tr("年龄")), ("what", self.tr("项目")),
                                ("last", self.tr("上次")), ("due_on", self.tr("应检日期")), ("state", self.tr("情况"))], self, flag="overdue")
        self.table = rows_view(self.model, ui.due, stretch=6)
        self.klass.currentIndexChanged.connect(lambda _i: self.load())
        self.reload()

    def reload(self) -> None:
        current = self.klass.currentData() or ""
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItem(self.tr("全校"), "")
        for name in self.ctx.read(service.class_names):
            self.klass.addItem(name, name)
        self.klass.setCurrentIndex(max(self.klass.findData(current), 0))
        self.klass.blockSignals(False)
        self.load()

    def load(self) -> None:
        today = date.today()
        translate = QCoreApplication.translate
        due = self.ctx.read(exams.exams_due, today, self.klass.currentData() or "")
        self.model.set_rows([{**d.__dict__, "id": d.child_id, "age": shown(d.age, translate), "what": translate("Field", d.what), "last": d.last or self.tr("无记录"),
                              "state": self.tr("逾期 %1 天").replace("%1", str((today - d.due_on).days)) if d.overdue(today)
                              else self.tr("%1 天后到期").replace("%1", str((d.due_on - today).days)),
                              "overdue": d.overdue(today)} for d in due])
        overdue = sum(d.overdue(today) for d in due)
        tell(self.message, self.tr("共 %1 人次，其中逾期 %2 人次。").replace("%1", str(len(due))).replace("%2", str(overdue)) if due
             else self.tr("一个月内没有到期的体检。"), "note")
