"""消毒记录 (a RecordsPage: the form beside the month's records, a short or weak one flagged), the dilution helper beside it,
and 设置 → 消毒要求, the table of 附件3 minimums the records are checked against."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QPushButton

from logistics_desktop.core import rules
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.health import disinfection
from logistics_desktop.widgets.forms import FieldForm
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.records_page import RecordsPage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

KINDS = (QT_TRANSLATE_NOOP("Field", "预防性"), QT_TRANSLATE_NOOP("Field", "终末"))
FIELDS = (Field("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
          Field("time", QT_TRANSLATE_NOOP("Field", "开始时间（如 16:30）"), required=True),
          Field("kind", QT_TRANSLATE_NOOP("Field", "类别"), "choice", required=True, choices=same(*KINDS)),
          Field("target", QT_TRANSLATE_NOOP("Field", "区域/对象"), "choice", required=True),
          Field("place", QT_TRANSLATE_NOOP("Field", "具体地点或物品（如 小一班活动室）")),
          Field("method", QT_TRANSLATE_NOOP("Field", "方法"), "choice", required=True, choices=same(*rules.DISINFECTION_METHODS)),
          Field("mg_l", QT_TRANSLATE_NOOP("Field", "实测浓度（mg/L，含氯时必填）"), "int"),
          Field("minutes", QT_TRANSLATE_NOOP("Field", "时长（分钟）"), "int", required=True),
          Field("operator", QT_TRANSLATE_NOOP("Field", "执行人"), "staff", required=True),
          Field("checker", QT_TRANSLATE_NOOP("Field", "检查人"), "staff", required=True))
COLUMNS = [("when", QT_TRANSLATE_NOOP("Field", "时间")), ("kind_shown", QT_TRANSLATE_NOOP("Field", "类别")),
           ("where", QT_TRANSLATE_NOOP("Field", "区域/对象")), ("method_shown", QT_TRANSLATE_NOOP("Field", "方法")),
           ("mg_l", QT_TRANSLATE_NOOP("Field", "浓度（mg/L）")), ("minutes", QT_TRANSLATE_NOOP("Field", "时长（分钟）")),
           ("operator", QT_TRANSLATE_NOOP("Field", "执行人")), ("checker", QT_TRANSLATE_NOOP("Field", "检查人")),
           ("flag", QT_TRANSLATE_NOOP("Field", "不符合之处"))]
MINIMUM_FIELDS = (Field("target", QT_TRANSLATE_NOOP("Field", "区域/对象"), required=True),
                  Field("method", QT_TRANSLATE_NOOP("Field", "方法"), "choice", required=True, choices=same(*rules.DISINFECTION_METHODS)),
                  Field("min_minutes", QT_TRANSLATE_NOOP("Field", "最短时间（分钟）"), "int", required=True),
                  Field("min_mg_l", QT_TRANSLATE_NOOP("Field", "最低浓度（mg/L）"), "int"),
                  Field("max_mg_l", QT_TRANSLATE_NOOP("Field", "最高浓度（mg/L）"), "int"))


def _rows(session, first, end) -> list[dict]:
    translate = QCoreApplication.translate
    found = []
    for r in disinfection.records(session, first, end):
        kind, method, target = r.kind, r.method, r.target
        where = "：".join(x for x in (translate("Field", target), r.place) if x)
        found.append(r.as_dict() | {"when": f"{r.at:%m-%d %H:%M}", "kind_shown": translate("Field", kind), "where": where,
                                    "method_shown": translate("Field", method), "short": bool(r.flag)})
    return found


class DisinfectionPage(RecordsPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, module="health", fields=FIELDS, save=disinfection.record, rows=_rows, columns=COLUMNS,
                         printable="health-disinfection-log", save_label=QT_TRANSLATE_NOOP("Field", "保存消毒记录"),
                         defaults={"kind": "预防性", "time": f"{datetime.now():%H:%M}"}, flag="short")
        self.dilute = QPushButton(self.tr("稀释计算…"))
        self.dilute.clicked.connect(self.open_dilution)
        self.ui.top.insertWidget(self.ui.top.count() - 1, self.dilute)

    def reload(self) -> None:
        super().reload()
        self.form.editors["target"].set_choices([""] + [(t, t) for t in self.ctx.read(disinfection.targets)])

    def open_dilution(self) -> None:
        self.dilution = DilutionDialog(self)
        self.dilution.open()


class DilutionDialog(QDialog):
    """Stock concentration, target mg/L and the volume wanted → how much disinfectant and how much water; live as typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        ui = self.ui = load_ui("health/dilution.ui", self)
        self.setWindowTitle(self.tr("稀释计算"))
        self.stock, self.target, self.total, self.result = ui.stock, ui.target, ui.total, ui.result
        for edit in (self.stock, self.target, self.total):
            edit.textChanged.connect(self.work_out)
        ui.close.clicked.connect(self.accept)
        self.work_out()

    def work_out(self) -> None:
        try:
            found = disinfection.dilution(self.stock.text(), self.target.text(), self.total.text())
        except InputError as exc:
            self.result.setStyleSheet("color: #C62828;")
            self.result.setText("\n".join(e.message for e in exc.errors))
            return
        self.result.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.result.setText(self.tr("原液 %1 毫升，加水 %2 毫升").replace("%1", f"{found.stock_ml.normalize():f}").replace("%2", f"{found.water_ml.normalize():f}"))


class DisinfectionMinimumsPage(ModulePage):
    """设置 → 消毒要求: the least time (and chlorine range) per object and method the records are checked against."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/disinfection_minimums.ui", self)
        self.model = RowsModel([("target_shown", QCoreApplication.translate("Field", "区域/对象")),
                                ("method_shown", QCoreApplication.translate("Field", "方法"))]
                               + [(f.key, QCoreApplication.translate("Field", f.label)) for f in MINIMUM_FIELDS[2:]], self)
        self.table = rows_view(self.model, ui.minimums)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(MINIMUM_FIELDS))
        self.form.submitted.connect(self.save)
        ui.source.setText(self.tr("默认值依据：%1；同一区域/对象和方法只有一行，保存即更新。").replace("%1", QCoreApplication.translate("Rules", rules.HEALTH_DISINFECTION.source)))
        ui.save.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        translate = QCoreApplication.translate
        rows = []
        for m in self.ctx.read(disinfection.minimums):
            target, method = m.target, m.method
            rows.append(m.as_dict() | {"target_shown": translate("Field", target), "method_shown": translate("Field", method)})
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            self.form.set_values({k: "" if v is None else str(v) if isinstance(v, int) else v for k, v in row.items()})

    def save(self) -> bool:
        written = self.ctx.write("health", disinfection.save_minimum, self.form.values())
        if not written:
            self.form.show_errors(written.errors)
        return written.ok
