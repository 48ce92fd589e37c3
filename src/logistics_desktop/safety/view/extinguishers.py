"""消防器材: the extinguisher register with its repair and scrap dates, the monthly check, repair and scrapping."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.safety import fire
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui

CHECK_FIELDS = (Field("on", QT_TRANSLATE_NOOP("Field", "检查日期"), "date", required=True), Field("checker", QT_TRANSLATE_NOOP("Field", "检查人"), "staff", required=True),
                *(Field(key, label, "bool") for key, label in fire.CHECK_POINTS), Field("note", QT_TRANSLATE_NOOP("Field", "情况说明")))
DATE_FIELDS = (Field("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),)


def extinguisher_fields(kinds: list[str]) -> tuple[Field, ...]:
    """The kinds are the school's own (设置 → 灭火器类型)."""
    return (Field("code", QT_TRANSLATE_NOOP("Field", "编号"), required=True), Field("kind", QT_TRANSLATE_NOOP("Field", "类型"), "choice", required=True, choices=same(*kinds)),
            Field("spec", QT_TRANSLATE_NOOP("Field", "规格型号")), Field("location", QT_TRANSLATE_NOOP("Field", "放置位置"), required=True),
            Field("manufactured_on", QT_TRANSLATE_NOOP("Field", "生产日期"), "date", required=True), Field("note", QT_TRANSLATE_NOOP("Field", "备注")))


class ExtinguishersPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        ui = self.ui = load_ui("safety/extinguishers.ui", self)
        self.model = RowsModel([("code", self.tr("编号")), ("kind", self.tr("类型")), ("spec", self.tr("规格型号")), ("location", self.tr("放置位置")),
                               ("manufactured_on", self.tr("生产日期")), ("next_repair", self.tr("下次维修")), ("scrap_on", self.tr("报废日期")),
                               ("last_check", self.tr("最近月检")), ("last_result", self.tr("结果")), ("state", self.tr("状态"))], self, flag="due")
        self.table = rows_view(self.model, ui.extinguishers)
        self.summary = ui.summary
        for button, slot in ((ui.add, self.add), (ui.edit, self.edit), (ui.check, self.check), (ui.repair, self.repair),
                             (ui.scrap, self.scrap), (ui.printRegister, self.print_register)):
            button.clicked.connect(slot)
        self.kinds: list[str] = []
        self.reload()

    def reload(self) -> None:
        rows = self.ctx.read(fire.register, date.today())
        self.kinds = [k.name for k in self.ctx.read(fire.kinds)]
        unchecked = sum(1 for r in rows if not r["checked_this_month"])
        worn = sum(1 for r in rows if r["state"] != "在用")
        for r in rows:
            r["due"] = r["state"] != "在用" or not r["checked_this_month"]
            shown = r["state"]  # a variable: lupdate would take a literal subscript for a source text
            state = QCoreApplication.translate("Field", shown)
            r["state"] = state if r["checked_this_month"] else self.tr("%1，本月未月检").replace("%1", state)
            r["last_check"] = r["last_check"] or self.tr("未检查")
            result = r["last_result"]
            r["last_result"] = QCoreApplication.translate("Field", result) if result else ""
        self.model.set_rows(rows)
        self.summary.setText(self.tr("在用 %1 具；本月未月检 %2 具；应维修或报废 %3 具（红色为需处理）")
                             .replace("%1", str(len(rows))).replace("%2", str(unchecked)).replace("%3", str(worn)))

    def _row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def add(self) -> None:
        self.ask(self.tr("新增灭火器"), extinguisher_fields(self.kinds), {},
                     lambda values: self.ctx.write("safety", fire.save_extinguisher, values))

    def edit(self) -> None:
        row = self._row()
        if row is not None:
            self.ask(self.tr("修改灭火器"), extinguisher_fields(self.kinds), row,
                         lambda values: self.ctx.write("safety", fire.save_extinguisher, {**values, "repaired_on": row["repaired_on"]}, row["id"]))

    def check(self) -> None:
        row = self._row()
        if row is None:
            return
        title = self.tr("月检：%1（%2）").replace("%1", row["code"]).replace("%2", row["location"])
        if self.ask(title, CHECK_FIELDS, {"on": date.today(), **{key: True for key, _ in fire.CHECK_POINTS}},
                        lambda values: self.ctx.write("safety", fire.record_check, row["code"], **values)):
            if self.dialog.result_value[1]:  # the hazard a failed check opened
                self.summary.setText(self.tr("检查不合格，已登记隐患，请到“隐患整改”跟踪。"))

    def _dated(self, title: str, call) -> None:
        row = self._row()
        if row is not None:
            self.ask(f"{title}：{row['code']}", DATE_FIELDS, {}, lambda values: self.ctx.write("safety", call, row["id"], values["on"]))

    def repair(self) -> None:
        self._dated(self.tr("送修（维修、再充装）"), fire.record_repair)

    def scrap(self) -> None:
        self._dated(self.tr("报废"), fire.scrap)

    def print_register(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "extinguisher-register")
