"""One asset card: its fields, value to date, history, and the movements that change it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from logistics_desktop.assets import service
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.parse import fen_to_yuan
from logistics_desktop.widgets.forms import FieldForm, FormDialog
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place
from logistics_desktop.widgets.window_size import fit_to_screen

CARD_FIELDS = (
    Field("code", QT_TRANSLATE_NOOP("Field", "资产编号"), required=True), Field("name", QT_TRANSLATE_NOOP("Field", "资产名称"), required=True),
    Field("class_code", QT_TRANSLATE_NOOP("Field", "分类"), "lookup", required=True), Field("brand", QT_TRANSLATE_NOOP("Field", "品牌")),
    Field("spec", QT_TRANSLATE_NOOP("Field", "规格型号")), Field("unit", QT_TRANSLATE_NOOP("Field", "计量单位"), required=True),
    Field("quantity", QT_TRANSLATE_NOOP("Field", "数量"), required=True), Field("unit_price", QT_TRANSLATE_NOOP("Field", "单价（元）")),
    Field("amount", QT_TRANSLATE_NOOP("Field", "金额（元）")), Field("acquired_on", QT_TRANSLATE_NOOP("Field", "取得日期"), "date", required=True),
    Field("acquisition", QT_TRANSLATE_NOOP("Field", "取得方式"), "choice", required=True, choices=same(*service.ACQUISITIONS)),
    Field("funding", QT_TRANSLATE_NOOP("Field", "经费来源")), Field("invoice_no", QT_TRANSLATE_NOOP("Field", "发票号")), Field("supplier", QT_TRANSLATE_NOOP("Field", "供应商")),
    Field("department", QT_TRANSLATE_NOOP("Field", "使用部门")), Field("room", QT_TRANSLATE_NOOP("Field", "存放地点"), "lookup"),
    Field("custodian", QT_TRANSLATE_NOOP("Field", "保管人"), "staff"),
    Field("status", QT_TRANSLATE_NOOP("Field", "使用状况"), "choice", required=True, choices=same(*service.STATUSES)),
    Field("service_years", QT_TRANSLATE_NOOP("Field", "使用年限")), Field("note", QT_TRANSLATE_NOOP("Field", "备注")),
    Field("manufacturer", QT_TRANSLATE_NOOP("Field", "生产厂家")), Field("serial_no", QT_TRANSLATE_NOOP("Field", "出厂编号")),
    Field("book_entry_on", QT_TRANSLATE_NOOP("Field", "财务入账日期")), Field("voucher_no", QT_TRANSLATE_NOOP("Field", "会计凭证号")),
    Field("book_depreciation", QT_TRANSLATE_NOOP("Field", "账面累计折旧（元）")), Field("book_net", QT_TRANSLATE_NOOP("Field", "账面净值（元）")),
)
MOVED_ONLY = ("room", "custodian", "status")  # changed through movements once the card exists
_ON = Field("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True)
_NOTE = Field("note", QT_TRANSLATE_NOOP("Field", "说明"))
ROOM, PEOPLE = "room", "staff"  # lookups filled from the directories when the dialog opens
MOVEMENTS = {  # each movement: its dialog fields and the service call
    "transfer": ((Field("to_room", QT_TRANSLATE_NOOP("Field", "调入地点"), "lookup", required=True), Field("to_custodian", QT_TRANSLATE_NOOP("Field", "接收保管人"), "staff"),
                  _ON, _NOTE), service.transfer),
    "issue": ((Field("to_custodian", QT_TRANSLATE_NOOP("Field", "领用人"), "staff", required=True), Field("to_room", QT_TRANSLATE_NOOP("Field", "使用地点"), "lookup"),
               _ON, Field("note", QT_TRANSLATE_NOOP("Field", "用途"))), service.issue),
    "give_back": ((Field("to_room", QT_TRANSLATE_NOOP("Field", "归还到"), "lookup", required=True), _ON, _NOTE), service.give_back),
    "lend": ((Field("party", QT_TRANSLATE_NOOP("Field", "借用人"), "staff", required=True), Field("due_on", QT_TRANSLATE_NOOP("Field", "应还日期"), "date", required=True),
              Field("on", QT_TRANSLATE_NOOP("Field", "借出日期"), "date", required=True), Field("note", QT_TRANSLATE_NOOP("Field", "用途"))), service.lend),
    "return_loan": ((Field("on", QT_TRANSLATE_NOOP("Field", "归还日期"), "date", required=True), Field("note", QT_TRANSLATE_NOOP("Field", "归还情况"))), service.return_loan),
    "repair": ((Field("reason", QT_TRANSLATE_NOOP("Field", "故障情况"), required=True), Field("on", QT_TRANSLATE_NOOP("Field", "报修日期"), "date", required=True)),
               service.request_repair),
    "finish_repair": ((Field("repaired", QT_TRANSLATE_NOOP("Field", "已修复"), "bool"), Field("cost", QT_TRANSLATE_NOOP("Field", "维修费用（元）")),
                       Field("party", QT_TRANSLATE_NOOP("Field", "维修单位")), _ON, _NOTE), service.finish_repair),
    "scrap": ((Field("reason", QT_TRANSLATE_NOOP("Field", "报废原因"), "choice", required=True, choices=same(*service.SCRAP_REASONS)),
               Field("on", QT_TRANSLATE_NOOP("Field", "申请日期"), "date", required=True), _NOTE), service.request_scrap),
    "advance_scrap": ((Field("party", QT_TRANSLATE_NOOP("Field", "鉴定/审批/处置单位或人"), required=True), Field("result", QT_TRANSLATE_NOOP("Field", "意见或处置方式")),
                       Field("amount", QT_TRANSLATE_NOOP("Field", "残值收入（元）")), _ON, _NOTE,
                       Field("signer", QT_TRANSLATE_NOOP("Field", "审批签字的校长（审批一步）")),
                       Field("password", QT_TRANSLATE_NOOP("Field", "校长本人密码"), "password")), service.advance_scrap),
    "compensate": ((Field("party", QT_TRANSLATE_NOOP("Field", "赔偿人"), required=True), Field("amount", QT_TRANSLATE_NOOP("Field", "赔偿金额（元）"), required=True),
                    Field("reason", QT_TRANSLATE_NOOP("Field", "损坏情况"), required=True), _ON), service.compensate),
}
ACTIONS = (*MOVEMENTS, "print_card", "print_label")


class CardDialog(QDialog):
    def __init__(self, ctx, card_id: int | None, parent=None):
        super().__init__(parent)
        from logistics_desktop.directory import service as directory

        self.ctx, self.card_id = ctx, card_id
        fit_to_screen(self, "asset-card", 1100, 720)
        ui = self.ui = load_ui("assets/card.ui", self)
        self.rooms = [r["name"] for r in ctx.read(directory.rows, directory.ROOMS)]
        self.staff = ctx.staff_names()[1:]
        self.class_items = [f"{c.code} {c.name}" for c in ctx.read(service.classes)]
        self.form = place(ui.formHost, FieldForm(CARD_FIELDS))
        self.form.set_staff(self.staff)
        self.form.editors["class_code"].set_choices(self.class_items)
        self.form.editors["room"].set_choices(["", *self.rooms])
        self.form.submitted.connect(self.save)
        self.value, self.save_button = ui.value, ui.save
        self.history = RowsModel([("on", self.tr("日期")), ("kind", self.tr("事项")), ("text", self.tr("内容")),
                                  ("amount", self.tr("金额")), ("actor", self.tr("经办"))], self)
        rows_view(self.history, ui.history).setColumnWidth(2, 320)
        ui.save.clicked.connect(self.save)
        ui.close.clicked.connect(self.accept)
        self.action_buttons = {key: getattr(ui, key) for key in ACTIONS}
        for key, button in self.action_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.act(k))
        if card_id is None:
            self.setWindowTitle(self.tr("新增资产卡片"))
            self.form.set_values({"code": ctx.read(service.next_code), "unit": "台", "quantity": "1", "acquired_on": date.today(),
                                  "acquisition": "购置", "status": "在用", "class_code": ""})
            for button in self.action_buttons.values():
                button.setEnabled(False)
        else:
            self.reload()
        self.form.editors["code" if card_id is None else "name"].setFocus()

    def reload(self) -> None:
        view = self.ctx.read(service.card, self.card_id)
        values = dict(view.values)
        values["class_code"] = f"{values['class_code']} {view.class_name}"
        values["quantity"] = f"{values['quantity'].normalize():f}"
        values["service_years"] = values["service_years"] or ""
        values["book_entry_on"] = f"{values['book_entry_on']:%Y-%m-%d}" if values["book_entry_on"] else ""
        self.form.set_values(values)
        for key in MOVED_ONLY:
            self.form.editors[key].setEnabled(False)
        self.setWindowTitle(self.tr("资产卡片 %1 %2").replace("%1", values["code"]).replace("%2", values["name"]))
        book = view.book
        self.value.setText(
            (self.tr("折旧年限 %1 年，已提 %2 个月，累计折旧 %3 元，净值 %4 元").replace("%1", str(book.years))
             .replace("%2", str(book.months_depreciated)).replace("%3", fen_to_yuan(book.accumulated_fen)).replace("%4", fen_to_yuan(book.net_fen)))
            if view.fixed and book.years else self.tr("不计提折旧（低值或图书等）；金额 %1 元").replace("%1", values["amount"]))
        if values.get("class_inferred"):
            self.value.setText(self.value.text() + self.tr("；分类为导入时推断（%1），请核对后保存").replace("%1", values["class_inferred"]))
        if values.get("book_net") not in (None, ""):  # the finance books' own figures, beside ours: a difference is for the accountant
            from logistics_desktop.core.parse import parse_money_fen

            gap = parse_money_fen(values["book_net"]) - (book.net_fen if view.fixed and book.years else parse_money_fen(values["amount"]))
            self.value.setText(self.value.text() + self.tr("；账面：累计折旧 %1 元，净值 %2 元（与上面相差 %3 元）")
                               .replace("%1", values.get("book_depreciation") or "—").replace("%2", values["book_net"]).replace("%3", fen_to_yuan(gap)))
        translate = QCoreApplication.translate
        rows = []
        for h in view.history:
            kind = h["kind"]  # a variable: lupdate would take a literal subscript for a source text
            rows.append({"on": h["on"], "kind": translate("Field", kind), "text": service.describe_movement(h, translate),
                         "amount": h["amount"], "actor": h["actor"]})
        self.history.set_rows(rows)
        status = values["status"]
        enabled = {
            "transfer": status not in service.NOT_MOVABLE, "issue": status not in service.NOT_LENDABLE,
            "give_back": bool(values["custodian"]) and status not in service.NOT_MOVABLE,
            "lend": status not in service.NOT_LENDABLE and not values["loan_party"], "return_loan": bool(values["loan_party"]),
            "repair": status not in ("已报废", "丢失", "待报废", "维修中"), "finish_repair": status == "维修中",
            "scrap": status not in ("已报废", "待报废"), "advance_scrap": status == "待报废", "compensate": True,
            "print_card": True, "print_label": status != "已报废",
        }
        for key, button in self.action_buttons.items():
            button.setEnabled(enabled[key])

    def save(self) -> bool:
        values = self.form.values()
        if self.card_id is None:
            written = self.ctx.write("assets", service.create_card, values)
        else:
            written = self.ctx.write("assets", service.update_card, self.card_id, values)
        if not written:
            self.form.show_errors(written.errors)
            return False
        if self.card_id is None:
            self.card_id = written.value
        self.reload()
        return True

    def act(self, key: str, values: dict | None = None):
        """Run a movement; `values` skips the dialog (tests, scripts)."""
        if key == "print_card":
            return self._print(self.tr("资产卡片"), "card", {"code": self.form.editors["code"].value()})
        if key == "print_label":
            return self._print(self.tr("资产标签"), "labels", {"codes": self.form.editors["code"].value(), "layout": "3x8", "start": 1,
                                                      "include_retired": True})
        fields, call = MOVEMENTS[key]
        dialog = FormDialog(self.action_buttons[key].text().rstrip("…"), fields, self, staff=self.staff)
        for f in fields:
            if f.kind == "lookup":
                dialog.form.editors[f.key].set_choices(["", *self.rooms])

        def write(v):
            written = self.ctx.write("assets", call, self.card_id, **v)
            if written:
                self.reload()
            return written

        accepted = dialog.run(write, values)
        return accepted if values is not None else None

    def _print(self, title: str, kind: str, options: dict):
        from logistics_desktop.assets.reports import card_drawing, labels_drawing
        from logistics_desktop.widgets.pdf_preview import preview_report

        if kind == "card":
            return preview_report(self, title, lambda: self.ctx.read(card_drawing, options["code"]))
        return preview_report(self, title, lambda: self.ctx.read(labels_drawing, options))
