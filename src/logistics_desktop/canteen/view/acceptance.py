"""进货验收 at the kitchen door, keyboard first: the delivery's head, its lines, two acceptors, the day's deliveries."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from logistics_desktop.canteen import fees, service
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.parse import fen_to_yuan, parse_date, parse_decimal, parse_money_fen
from logistics_desktop.widgets.forms import FormDialog, tell
from logistics_desktop.widgets.grid import clear_marks, mark_cells
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.name_completer import NamesDelegate, complete_names
from logistics_desktop.widgets.now_default import NowDefault
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui

# key, header; 金额 and 保质期至 are computed
LINE_COLUMNS = (
    ("item", QT_TRANSLATE_NOOP("Field", "品名")), ("spec", QT_TRANSLATE_NOOP("Field", "规格")), ("quantity", QT_TRANSLATE_NOOP("Field", "数量")),
    ("unit", QT_TRANSLATE_NOOP("Field", "单位")), ("unit_price", QT_TRANSLATE_NOOP("Field", "单价")), ("amount", QT_TRANSLATE_NOOP("Field", "金额")),
    ("batch", QT_TRANSLATE_NOOP("Field", "批号")), ("produced_on", QT_TRANSLATE_NOOP("Field", "生产日期")),
    ("shelf_life_days", QT_TRANSLATE_NOOP("Field", "保质期(天)")), ("expires_on", QT_TRANSLATE_NOOP("Field", "保质期至")),
    ("sensory", QT_TRANSLATE_NOOP("Field", "感官")), ("storage", QT_TRANSLATE_NOOP("Field", "贮存")), ("temperature", QT_TRANSLATE_NOOP("Field", "温度℃")),
    ("rejected", QT_TRANSLATE_NOOP("Field", "拒收数量")), ("reject_reason", QT_TRANSLATE_NOOP("Field", "拒收原因")),
)
KEYS = [k for k, _ in LINE_COLUMNS]
COMPUTED = {"amount", "expires_on"}
CARRIED = ("spec", "unit", "unit_price", "shelf_life_days", "storage")  # filled from the item's last delivery
CORRECTION_FIELDS = (Field("text", QT_TRANSLATE_NOOP("Field", "更正内容"), required=True),
                     Field("reason", QT_TRANSLATE_NOOP("Field", "更正原因"), required=True),
                     Field("by", QT_TRANSLATE_NOOP("Field", "更正人"), "staff", required=True))
_EDITING = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)


class LinesTable(QTableWidget):
    """Enter moves to the next cell; after the last cell of the last row a new row appears."""

    def __init__(self, parent=None):
        super().__init__(1, len(LINE_COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("Field", label) for _, label in LINE_COLUMNS])
        self.setEditTriggers(_EDITING)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def next_cell(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        column += 1
        while column < self.columnCount() and KEYS[column] in COMPUTED:
            column += 1
        if column >= self.columnCount():
            row, column = row + 1, 0
            if row >= self.rowCount():
                self.insertRow(row)
        self.setCurrentCell(row, column)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.ignore()  # Ctrl+Enter leaves the table for the acceptors (the page's shortcut)
                return
            # the editor's Enter reaches the table too: the delegate's commit then moves on (closeEditor), so moving
            # here as well skipped a cell and committed an editor already closed
            if self.state() != QAbstractItemView.State.EditingState:
                self.next_cell()
            return
        super().keyPressEvent(event)

    def commit_editing(self) -> None:
        """Keep what is typed in an open cell (before leaving the table by Ctrl+Enter or a click on 保存)."""
        editor = self.focusWidget()  # the open cell's editor, when editing
        if self.state() == QAbstractItemView.State.EditingState and editor is not None and editor is not self:
            self.commitData(editor)
            self.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def closeEditor(self, editor, hint):  # noqa: N802
        """Enter inside a cell commits it (the delegate's SubmitModelCache) and moves on, as Excel does."""
        super().closeEditor(editor, hint)
        # Enter on the 品名 completion list: the editor had lost its focus to the list, so Qt gives it to no one
        QTimer.singleShot(0, self._keep_focus)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache:
            self.next_cell()

    def _keep_focus(self) -> None:
        if QApplication.focusWidget() is None and self.isVisible():
            self.window().activateWindow()  # some platforms leave no window active once the list has closed
            self.setFocus()

    def text(self, row: int, key: str) -> str:
        item = self.item(row, KEYS.index(key))
        return item.text().strip() if item else ""

    def cell(self, row: int, key: str) -> QTableWidgetItem:
        """The cell's item, created the first time (a table must not be given an item it already owns)."""
        item = self.item(row, KEYS.index(key))
        if item is None:
            item = QTableWidgetItem()
            if key in COMPUTED:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, KEYS.index(key), item)
        return item

    def set_text(self, row: int, key: str, text: str) -> None:
        self.cell(row, key).setText(text)


class AcceptancePage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "canteen", parent)
        self.delivery_id: int | None = None
        self.history: dict[str, dict] = {}
        self.day_ids: list[int] = []
        ui = self.ui = load_ui("canteen/acceptance.ui", self, custom=[LinesTable])
        self.at, self.supplier, self.account, self.reason = ui.at, ui.supplier, ui.account, ui.override_reason
        self.table, self.errors, self.today, self.day = ui.lines, ui.errors, ui.today, ui.day
        self.acceptor1, self.acceptor2, self.save_button, self.sign_button = ui.acceptor1, ui.acceptor2, ui.save, ui.sign
        self.passwords = (ui.password1, ui.password2)  # each acceptor's own, typed at the door (once the school has accounts)
        for box in self.passwords:
            box.setMaximumWidth(self.fontMetrics().horizontalAdvance("本人密码") * 2)
        complete_names(self.supplier, self.supplier.model())
        docs = QHBoxLayout(ui.documents)
        docs.setContentsMargins(0, 0, 0, 0)
        self.documents = {name: QCheckBox(QCoreApplication.translate("Field", name)) for name in service.DOCUMENTS}
        for name, box in self.documents.items():
            box.setChecked(name in ("许可证/营业执照", "购货凭证"))
            docs.addWidget(box)
        for combo in (self.acceptor1, self.acceptor2):
            combo.setMinimumWidth(self.fontMetrics().horizontalAdvance("欧阳晓燕") + 48)
        self.now = NowDefault(self.at)  # 到货时间: when the delivery is started, not when the page was built
        self.supplier.lineEdit().textEdited.connect(self.now.start)
        self.table.itemChanged.connect(self.now.start)
        for combo in (self.acceptor1, self.acceptor2):
            combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
            complete_names(combo, combo.model())  # a name completes from any part or its initials, as 供货单位
        self.day.setDate(QDate.currentDate())  # the list below: today's deliveries, or another day's to open or correct
        plain_table(self.today, [self.tr("时间"), self.tr("供货单位"), self.tr("品种"), self.tr("金额"), self.tr("验收人")], read_only=True, stretch=1)
        self.table.itemChanged.connect(self._cell_changed)
        ui.save.clicked.connect(self.save)
        ui.sign.clicked.connect(self.sign)
        ui.newDelivery.clicked.connect(self.new_delivery)
        ui.openSelected.clicked.connect(self.open_selected)
        ui.correct.clicked.connect(self.correct_selected)
        self.day.dateChanged.connect(self.reload)
        self.today.cellDoubleClicked.connect(lambda row, _column: self.open_delivery(self.day_ids[row]))
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.ctrl_enter)
        self.setTabOrder(self.reason, self.table)
        self.reload()

    def reload(self) -> None:
        suppliers = [s.name for s in self.ctx.read(service.suppliers)]
        accounts = [(key, self.ctx.read(fees.account_label, key)) for key in fees.ACCOUNTS]
        self.history = self.ctx.read(service.item_history)
        from logistics_desktop.accounts.service import signer_names

        with_accounts = self.ctx.has_users()
        people = [""] + self.ctx.read(signer_names) if with_accounts else self.ctx.staff_names()
        for box in self.passwords:
            box.setVisible(with_accounts)
        deliveries = self.ctx.read(service.deliveries_on, self.day.date().toPython())
        chosen = self.account.currentData()
        self.account.clear()
        for key, label in accounts:
            self.account.addItem(QCoreApplication.translate("Field", label), key)
        self.account.setCurrentIndex(max(self.account.findData(chosen), 0))
        current = self.supplier.currentText()
        self.supplier.clear()
        self.supplier.addItems(suppliers)
        self.supplier.setEditText(current)
        for combo in (self.acceptor1, self.acceptor2):
            text = combo.currentText()
            combo.clear()
            combo.addItems(people)
            combo.setEditText(text)
        self.table.setItemDelegate(NamesDelegate(sorted(self.history), KEYS.index("item"), self.table))  # xhs: 西红柿
        self.day_ids = [d["id"] for d in deliveries]
        self.today.setRowCount(len(deliveries))
        for r, d in enumerate(deliveries):
            for c, text in enumerate((d["at"].strftime("%H:%M"), d["supplier"], str(d["lines"]), fen_to_yuan(d["amount_fen"]),
                                      d["acceptors"] or self.tr("未签字"))):
                self.today.setItem(r, c, QTableWidgetItem(text))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        """Fill from history after a known 品名; keep 金额 and 保质期至 computed."""
        row, key = item.row(), KEYS[item.column()]
        self.table.blockSignals(True)
        try:
            name = item.text().strip()
            earlier = next(({f: self.table.text(r, f) for f in CARRIED}
                            for r in range(row - 1, -1, -1) if self.table.text(r, "item") == name), None)
            if key == "item" and (earlier or name in self.history):
                past = earlier or self.history[name]  # the same item earlier in this delivery, else the last delivery
                for field in CARRIED:
                    if not self.table.text(row, field) and past.get(field) not in (None, ""):
                        self.table.set_text(row, field, str(past[field]))
            try:
                quantity = parse_decimal(self.table.text(row, "quantity") or "0") - parse_decimal(self.table.text(row, "rejected") or "0")
                price = parse_money_fen(self.table.text(row, "unit_price") or "0")
                self.table.set_text(row, "amount", fen_to_yuan(int(quantity * price)) if quantity and price else "")
            except ValueError:
                self.table.set_text(row, "amount", "")
            try:
                made, days = self.table.text(row, "produced_on"), self.table.text(row, "shelf_life_days")
                self.table.set_text(row, "expires_on", (parse_date(made) + timedelta(days=int(days))).isoformat() if made and days else "")
            except ValueError:
                self.table.set_text(row, "expires_on", "")
        finally:
            self.table.blockSignals(False)

    def lines(self) -> list[dict]:
        result = []
        for row in range(self.table.rowCount()):
            values = {key: self.table.text(row, key) for key in KEYS if key not in COMPUTED}
            values["sensory_ok"] = values.pop("sensory") not in ("不合格", "否", "×")
            values["storage"] = values["storage"] or "常温"
            result.append(values)
        return result

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False  # Ctrl+S on a signed delivery
        self.table.commit_editing()
        head = {"at": self.at.dateTime().toPython(), "supplier": self.supplier.currentText(),
                "documents": [name for name, box in self.documents.items() if box.isChecked()],
                "override_reason": self.reason.text(), "account": self.account.currentData()}
        clear_marks(self.table)
        written = self.ctx.write("canteen", service.record_delivery, head, self.lines(), self.delivery_id)
        if not written:
            tell(self.errors, "\n".join(e.message for e in written.errors))
            mark_cells(self.table, written.errors, "lines", KEYS)
            return False
        self.delivery_id = written.value
        tell(self.errors, self.tr("已保存。请两位验收人签字。"), "done")
        return True

    def showEvent(self, event):  # noqa: N802
        self.now.refresh()
        super().showEvent(event)

    def _set_head_editable(self, editable: bool) -> None:
        for widget in (self.at, self.supplier, self.account, self.reason, self.acceptor1, self.acceptor2, *self.documents.values()):
            widget.setEnabled(editable)

    def _lock(self) -> None:
        """A signed delivery is read, never edited (更正 is a record of its own)."""
        self._set_head_editable(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button.setEnabled(False)
        self.sign_button.setEnabled(False)
        for box in self.passwords:
            box.setEnabled(False)

    def sign(self) -> bool:
        if not self.sign_button.isEnabled():
            return False
        if self.delivery_id is None and not self.save():
            return False
        written = self.ctx.write("canteen", service.sign, self.delivery_id,
                                 acceptor1=self.acceptor1.currentText(), acceptor2=self.acceptor2.currentText(),
                                 password1=self.passwords[0].text(), password2=self.passwords[1].text())
        for box in self.passwords:
            box.clear()  # a password is typed for one signature only
        if not written:
            tell(self.errors, "\n".join(e.message for e in written.errors))
            return False
        tell(self.errors, self.tr("已签字锁定。如有错误，请做更正记录。"), "done")
        self._lock()
        return True

    def ctrl_enter(self) -> None:
        """Ctrl+Enter: from the lines on to the acceptors; from the acceptors (or anywhere else) 签字."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.table or self.table.isAncestorOf(focus)):
            self.table.commit_editing()
            self.acceptor1.setFocus()
            self.acceptor1.lineEdit().selectAll()
            return
        self.sign()

    def _selected_delivery(self) -> int | None:
        row = self.today.currentRow()
        if 0 <= row < len(self.day_ids):
            return self.day_ids[row]
        tell(self.errors, self.tr("请先在下方进货记录中选中一批"))
        return None

    def open_selected(self) -> None:
        delivery_id = self._selected_delivery()
        if delivery_id:
            self.open_delivery(delivery_id)

    def open_delivery(self, delivery_id: int) -> None:
        """Back into the form: an unsigned delivery to finish and sign, a signed one to read (and correct)."""
        head, lines, corrections = self.ctx.read(service.delivery_form, delivery_id)
        self.new_delivery()
        self.delivery_id = delivery_id
        self.now.keep(QDateTime(head["at"]))
        self.supplier.setEditText(head["supplier"])
        for name, box in self.documents.items():
            box.setChecked(name in head["documents"])
        self.reason.setText(head["override_reason"])
        self.account.setCurrentIndex(max(self.account.findData(head["account"]), 0))
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for key in KEYS:
                self.table.set_text(r, key, line.get(key, ""))
        self.table.blockSignals(False)
        if not head["signed_at"]:
            tell(self.errors, self.tr("未签字，可修改后保存，再由两位验收人签字。"), "note")
            return
        self.acceptor1.setEditText(head["acceptor1"])
        self.acceptor2.setEditText(head["acceptor2"])
        self._lock()
        text = self.tr("已签字锁定（%1、%2，%3）。如有错误，请做更正记录。").replace("%1", head["acceptor1"]) \
            .replace("%2", head["acceptor2"]).replace("%3", f"{head['signed_at']:%Y-%m-%d %H:%M}")
        for c in corrections:
            text += "\n" + self.tr("更正 %1 %2：%3（原因：%4）").replace("%1", f"{c.at:%m-%d %H:%M}").replace("%2", c.by) \
                .replace("%3", c.text).replace("%4", c.reason)
        tell(self.errors, text, "note")

    def correct_selected(self) -> bool:
        """更正: a dated entry with its reason beside a signed delivery (never an edit)."""
        delivery_id = self.delivery_id if self.delivery_id and not self.sign_button.isEnabled() else self._selected_delivery()
        if not delivery_id:
            return False
        dialog = FormDialog(self.tr("更正进货记录"), CORRECTION_FIELDS, self, staff=self.ctx.staff_names()[1:])
        dialog.on_submit = lambda values: self.ctx.write("canteen", service.correct, delivery_id, **values)
        self.correction_dialog = dialog  # reachable from tests
        if not dialog.exec():
            return False
        self.open_delivery(delivery_id)
        return True

    def new_delivery(self) -> None:
        self.delivery_id = None
        self.table.clearContents()
        self.table.setRowCount(1)
        self.table.setEditTriggers(_EDITING)
        self.now.restart()
        self.reason.clear()
        for combo in (self.acceptor1, self.acceptor2):
            combo.setEditText("")  # the next delivery is signed anew
        self._set_head_editable(True)
        self.errors.clear()
        self.save_button.setEnabled(True)
        self.sign_button.setEnabled(True)
        for box in self.passwords:
            box.clear()
            box.setEnabled(True)
        self.supplier.setFocus()

