"""隐患整改: hazards of a year, each walked 待整改 → 整改中 → 待复查 → 已销号, its notice and the year's ledger."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.safety import service
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui

CATEGORIES = same(*service.CATEGORIES)
LEVELS = same(QT_TRANSLATE_NOOP("Field", "一般"), QT_TRANSLATE_NOOP("Field", "重大"))
# the list's status filter: (what the service is asked, label); "" is every hazard not yet closed
STATUS_FILTER = (("", QT_TRANSLATE_NOOP("HazardsPage", "未销号")), *same(*service.STATUSES), ("逾期", QT_TRANSLATE_NOOP("Field", "逾期")),
                 ("*", QT_TRANSLATE_NOOP("HazardsPage", "全部")))
HAZARD_FIELDS = (
    Field("place", QT_TRANSLATE_NOOP("Field", "隐患部位"), required=True),
    Field("description", QT_TRANSLATE_NOOP("Field", "隐患情况"), required=True),
    Field("category", QT_TRANSLATE_NOOP("Field", "类别"), "choice", required=True, choices=CATEGORIES),
    Field("level", QT_TRANSLATE_NOOP("Field", "等级"), "choice", required=True, choices=LEVELS),
    Field("measure", QT_TRANSLATE_NOOP("Field", "整改措施")),
    Field("responsible", QT_TRANSLATE_NOOP("Field", "整改责任人"), "staff"),
    Field("deadline", QT_TRANSLATE_NOOP("Field", "整改期限"), "date", required=True),
)
NEW_FIELDS = (Field("found_on", QT_TRANSLATE_NOOP("Field", "发现日期"), "date", required=True), Field("finder", QT_TRANSLATE_NOOP("Field", "发现人"), "staff", required=True),
              *HAZARD_FIELDS)
EDIT_FIELDS = (*HAZARD_FIELDS, Field("reason", QT_TRANSLATE_NOOP("Field", "修改原因（延期时必填）")), Field("by", QT_TRANSLATE_NOOP("Field", "经办人"), "staff", required=True))
# the step buttons of the form, by the service's action
STEP_BUTTONS = {"开始整改": "startRectify", "整改完成": "finishRectify", "复查通过": "recheckPass", "复查不通过": "recheckFail"}
STEP_TITLES = {"开始整改": QT_TRANSLATE_NOOP("HazardsPage", "开始整改"), "整改完成": QT_TRANSLATE_NOOP("HazardsPage", "整改完成"),
               "复查通过": QT_TRANSLATE_NOOP("HazardsPage", "复查通过"), "复查不通过": QT_TRANSLATE_NOOP("HazardsPage", "复查不通过")}
STEP_NOTES = {"整改完成": QT_TRANSLATE_NOOP("Field", "整改情况"), "复查不通过": QT_TRANSLATE_NOOP("Field", "不通过原因")}


def step_fields(action: str) -> tuple[Field, ...]:
    fields = [Field("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
              Field("by", QT_TRANSLATE_NOOP("Field", "复查人") if action.startswith("复查") else QT_TRANSLATE_NOOP("Field", "经办人"), "staff", required=True)]
    if action == "开始整改":
        fields += [Field("responsible", QT_TRANSLATE_NOOP("Field", "整改责任人"), "staff"), Field("measure", QT_TRANSLATE_NOOP("Field", "整改措施"))]
    note = STEP_NOTES.get(action, QT_TRANSLATE_NOOP("Field", "说明"))
    fields.append(Field("note", note, required=action in STEP_NOTES))
    if action.startswith("复查"):
        fields.append(Field("password", QT_TRANSLATE_NOOP("Field", "复查人本人密码"), "password"))  # once the school has accounts
    return tuple(fields)


class HazardsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        ui = self.ui = load_ui("safety/hazards.ui", self)
        self.status, self.year, self.summary, self.detail = ui.status, ui.year, ui.summary, ui.detail
        for value, label in STATUS_FILTER:
            self.status.addItem(self.tr(label) if value in ("", "*") else QCoreApplication.translate("Field", label), value)
        self.status.currentIndexChanged.connect(self.reload)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.reload)
        self.model = RowsModel([("number", self.tr("编号")), ("found_on", self.tr("发现日期")), ("place", self.tr("隐患部位")),
                               ("description", self.tr("隐患情况")), ("level_shown", self.tr("等级")), ("responsible", self.tr("责任人")),
                               ("deadline", self.tr("期限")), ("status_shown", self.tr("状态"))], self, flag="overdue")
        self.table = rows_view(self.model, ui.hazards)
        self.table.setColumnWidth(2, 130)
        self.table.setColumnWidth(3, 320)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        ui.printLedger.clicked.connect(self.print_ledger)
        ui.newHazard.clicked.connect(self.new_hazard)
        ui.editHazard.clicked.connect(self.edit)
        ui.printNotice.clicked.connect(self.print_notice)
        self.edit_button = ui.editHazard
        self.step_buttons = {action: getattr(ui, name) for action, name in STEP_BUTTONS.items()}
        for action, button in self.step_buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.step(a))
        self.reload()

    def _selected(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def reload(self) -> None:
        status = self.status.currentData()
        rows = self.ctx.read(service.hazards, year=self.year.value(), status="" if status in ("", "*") else status, open_only=status == "")
        selected = self._selected()
        for r in rows:  # stored words shown in the interface's language
            shown_status, shown_level = r["status"], r["level"]
            r["status_shown"] = QCoreApplication.translate("Field", shown_status)
            r["level_shown"] = QCoreApplication.translate("Field", shown_level)
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r["overdue"])
        self.summary.setText(self.tr("共 %1 条，逾期 %2 条（红色）").replace("%1", str(len(rows))).replace("%2", str(overdue)))
        if selected:
            self.show_hazard(selected["id"], quiet=True)
        self._chosen()

    def show_hazard(self, hazard_id: int, *, quiet: bool = False) -> None:
        row = self.model.row_of(hazard_id)
        if row < 0 and not quiet:
            detail = self.ctx.read(service.hazard_detail, hazard_id)
            self.year.blockSignals(True)
            self.year.setValue(detail.year if detail else self.year.value())
            self.year.blockSignals(False)
            self.status.setCurrentIndex(self.status.findData("*"))
            self.reload()
            row = self.model.row_of(hazard_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _chosen(self, *_args) -> None:
        row = self._selected()
        status = row["status"] if row else ""
        for action, button in self.step_buttons.items():
            button.setEnabled(service.STEPS[action][0] == status)
        self.edit_button.setEnabled(bool(row) and status != "已销号")
        detail = self.ctx.read(service.hazard_detail, row["id"]) if row else None
        if detail is None:
            self.detail.clear()
            return
        h = detail.values
        level = h["level"]
        lines = [f"<b>{h['number']}</b>　{h['place']}：{h['description']}",
                 self.tr("类别 %1，%2隐患；措施：%3；责任人 %4；期限 %5").replace("%1", h["category"])
                 .replace("%2", QCoreApplication.translate("Field", level)).replace("%3", h["measure"] or "—")
                 .replace("%4", h["responsible"] or "—").replace("%5", f"{h['deadline']:%Y-%m-%d}")]
        lines += [f"{s.on:%Y-%m-%d}　{s.action}　{s.by}" + (f"：{s.note}" if s.note and s.action != "登记" else "") for s in detail.steps]
        self.detail.setText("<br/>".join(lines))

    def new_hazard(self) -> None:
        values = {"deadline": date.today() + timedelta(days=7), "level": "一般"}
        if self.ask(self.tr("登记隐患"), NEW_FIELDS, values, lambda v: self.ctx.write("safety", service.open_hazard, v)):
            self.show_hazard(self.dialog.result_value)

    def edit(self) -> None:
        row = self._selected()
        if row is None:
            return

        def write(values):
            by, reason = values.pop("by"), values.pop("reason")
            return self.ctx.write("safety", service.edit_hazard, row["id"], values, by=by, reason=reason)

        if self.ask(self.tr("修改隐患"), EDIT_FIELDS, row, write):
            self.show_hazard(row["id"])

    def step(self, action: str) -> None:
        row = self._selected()
        if row is None:
            return
        values = {"responsible": row["responsible"], "measure": row["measure"], "by": row["responsible"]} if action == "开始整改" else {}
        if self.ask(self.tr(STEP_TITLES[action]), step_fields(action), values,
                        lambda v: self.ctx.write("safety", service.advance, row["id"], action, **v)):
            self.show_hazard(row["id"])

    def print_notice(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        row = self._selected()
        if row:
            preview_printable(self, self.ctx, "rectification-notice", {"id": str(row["id"])})

    def print_ledger(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "hazard-ledger", {"year": self.year.value()})


