"""期末清查, the counting page: start, count room by room with a scanner, follow progress, report and post."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton, QTableWidgetItem, QWidget

from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.stocktake import service
from logistics_desktop.stocktake.view.start import StartDialog
from logistics_desktop.widgets.files import ask_open_path, ask_xlsx_path, confirm_saved
from logistics_desktop.widgets.forms import FormDialog
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui

# answer colours of a scan: background, text
ANSWER_STYLE = {
    "found": ("#E8F5E9", "#1B5E20"),
    "elsewhere": ("#FFF3E0", "#E65100"),
    "unknown": ("#FFEBEE", "#B71C1C"),
    "already": ("#ECEFF1", "#37474F"),
    "needs_qty": ("#E3F2FD", "#0D47A1"),
}
POST_FIELDS = (Field("reason", QT_TRANSLATE_NOOP("Field", "过账说明"), required=True, max_length=200),
               Field("password", QT_TRANSLATE_NOOP("Field", "本人密码（签字）"), kind="password"))
FIND_FIELDS = (Field("description", QT_TRANSLATE_NOOP("Field", "物品描述"), required=True), Field("quantity", QT_TRANSLATE_NOOP("Field", "数量")),
               Field("value", QT_TRANSLATE_NOOP("Field", "重置价值（元）")))


class StocktakePage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.stocktake_id: int | None = None
        self.pending_code = ""  # a batch card waiting for its quantity
        self.posted = True
        self.line_rows: list[dict] = []
        self._counting = False  # our own scans refresh this page themselves
        ui = self.ui = load_ui("stocktake/counting.ui", self)
        self.picker, self.room, self.counter, self.scan_field = ui.picker, ui.room, ui.counter, ui.scan
        self.answer, self.room_progress = ui.answer, ui.room_progress
        self.picker.currentIndexChanged.connect(self._picked)
        self.buttons = {key: getattr(ui, key) for key in ("start", "sheets_pdf", "sheets_xlsx", "import", "report", "post")}
        self.buttons["start"].clicked.connect(lambda: self.start())
        self.buttons["sheets_pdf"].clicked.connect(self.print_sheets)
        self.buttons["sheets_xlsx"].clicked.connect(lambda: self.export_sheets())
        self.buttons["import"].clicked.connect(lambda: self.import_sheets())
        self.buttons["report"].clicked.connect(self.print_report)
        self.buttons["post"].clicked.connect(lambda: self.post())
        self.progress = plain_table(ui.progress, [self.tr("房间"), self.tr("已清点 / 预期")], read_only=True)
        self.progress.itemSelectionChanged.connect(self._room_from_progress)
        self.room.currentIndexChanged.connect(lambda *_: self.reload_lines())
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.scan_field.setFont(big)
        self.scan_field.returnPressed.connect(self._scanned)
        self.answer.setFont(big)
        self.answer_kind = ""
        ui.find.clicked.connect(lambda: self.record_find())
        ui.tick.clicked.connect(lambda: self.tick_selected())
        self.lines = plain_table(ui.lines, [self.tr("资产编号"), self.tr("名称"), self.tr("规格"), self.tr("预期"), self.tr("已清点")], read_only=True, stretch=1)
        self.lines.doubleClicked.connect(lambda *_: self.tick_selected())
        self.recent = plain_table(ui.recent, [self.tr("时间"), self.tr("资产编号"), self.tr("名称"), self.tr("数量"), ""], read_only=True, stretch=2)
        self.recent_rows: list[dict] = []
        self.expects = ui.expects
        self.counting_controls = (self.room, self.counter, self.scan_field, ui.find, ui.tick, self.buttons["import"], self.buttons["post"])
        ctx.changed.connect(lambda module: self.reload() if module == "stocktake" and not self._counting else None)
        self.reload()

    def open_reference(self, reference: str) -> None:
        """From 首页: "<id>" selects that stocktake; "" just shows the page."""
        if reference.isdigit():
            self.reload(int(reference))

    # ------------------------------------------------------------ state

    def reload(self, select_id: int | None = None) -> None:
        posted, open_ = self.tr("已过账"), self.tr("进行中")
        items = [(st.id, f"{st.name}（{posted if st.posted_at else open_}）") for st in self.ctx.read(service.stocktakes)]
        wanted = select_id if select_id is not None else self.stocktake_id
        self.picker.blockSignals(True)
        self.picker.clear()
        for stocktake_id, text in items:
            self.picker.addItem(text, stocktake_id)
        index = self.picker.findData(wanted)
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        self._picked()

    def _picked(self, *_args) -> None:
        self.stocktake_id = self.picker.currentData()
        posted = True
        rooms: list[service.RoomProgress] = []
        if self.stocktake_id is not None:
            posted = self.ctx.read(service.is_posted, self.stocktake_id)
            rooms = self.ctx.read(service.progress, self.stocktake_id)
        self.progress.setRowCount(len(rooms))
        for row, r in enumerate(rooms):
            self.progress.setItem(row, 0, QTableWidgetItem(r.room))
            done = QTableWidgetItem(f"{r.counted} / {r.expected}")
            if r.expected and r.counted >= r.expected:
                done.setForeground(Qt.GlobalColor.darkGreen)
            self.progress.setItem(row, 1, done)
        current = self.room.currentText()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItems([r.room for r in rooms])
        if current:
            self.room.setCurrentText(current)
        self.room.blockSignals(False)
        for widget in self.counting_controls:  # a posted stocktake is only looked at and printed
            widget.setEnabled(self.stocktake_id is not None and not posted)
        self.posted = posted
        self._expect_code()
        for key in ("sheets_pdf", "sheets_xlsx", "report"):
            self.buttons[key].setEnabled(self.stocktake_id is not None)
        self.reload_lines()

    def _room_from_progress(self) -> None:
        rows = self.progress.selectionModel().selectedRows()
        if rows:
            self.room.setCurrentText(self.progress.item(rows[0].row(), 0).text())

    def reload_lines(self) -> None:
        if self.stocktake_id is None or not self.room.currentText():
            self.lines.setRowCount(0)
            self.recent.setRowCount(0)
            self.room_progress.clear()
            return
        rows = self.ctx.read(service.room_lines, self.stocktake_id, self.room.currentText())
        extras = self.ctx.read(service.room_extras, self.stocktake_id, self.room.currentText())
        self.line_rows = rows
        self.extra_rows = extras
        self.lines.setRowCount(len(rows) + len(extras))
        for r, row in enumerate(rows):
            counted = row["counted"]
            done = counted >= row["expected"]
            for c, text in enumerate((row["code"], row["name"], row["spec"], f"{row['expected'].normalize():f}",
                                      ("✓ " if done else "") + (f"{counted.normalize():f}" if counted else ""))):
                item = QTableWidgetItem(text)
                if done:
                    item.setForeground(Qt.GlobalColor.darkGreen)
                self.lines.setItem(r, c, item)
        for r, extra in enumerate(extras, len(rows)):  # beyond the expected list: seen at once, not only in the report
            for c, text in enumerate((extra["code"] or "—", extra["name"] or self.tr("（未知）"), self.tr(extra["kind"]), "",
                                      f"{extra['quantity'].normalize():f}")):
                item = QTableWidgetItem(text)
                item.setForeground(Qt.GlobalColor.darkRed if "未知" in extra["kind"] else Qt.GlobalColor.darkYellow)
                self.lines.setItem(r, c, item)
        counted_lines = sum(1 for row in rows if row["counted"] > 0)
        text = self.tr("本房间：已清点 %1 / %2 项").replace("%1", str(counted_lines)).replace("%2", str(len(rows)))
        if extras:
            text += self.tr("；表外 %1 项").replace("%1", str(len(extras)))
        self.room_progress.setText(text)
        self._reload_recent()

    def _reload_recent(self) -> None:
        rows = self.recent_rows = self.ctx.read(service.recent_counts, self.stocktake_id, self.room.currentText())
        self.recent.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((f"{row['at']:%H:%M:%S}", row["code"] or "—", row["name"], f"{row['quantity'].normalize():f}")):
                self.recent.setItem(r, c, QTableWidgetItem(text))
            undo = QPushButton(self.tr("撤销"))
            undo.setEnabled(not self.posted)
            undo.setObjectName(f"undo_{row['id']}")
            undo.clicked.connect(lambda _=False, count_id=row["id"]: self.undo(count_id))
            self.recent.setCellWidget(r, 4, undo)

    def undo(self, count_id: int) -> bool:
        """Take one count back: a wrong scan, a wrong quantity."""
        self._counting = True
        try:
            written = self.ctx.write("stocktake", service.undo_count, count_id)
        finally:
            self._counting = False
        if written:
            self._show_answer("already", self.tr("已撤销一条清点记录"))
        else:
            self._show_answer("unknown", "\n".join(e.message for e in written.errors))
        self._refresh_progress()
        self._back_to_scanning()
        return bool(written)

    # ------------------------------------------------------------ counting

    def _show_answer(self, kind: str, message: str) -> None:
        background, color = ANSWER_STYLE.get(kind, ("#FFFFFF", "#000000"))
        self.answer.setStyleSheet(f"background: {background}; color: {color}; padding: 6px; border-radius: 4px;")
        self.answer.setText(message)
        self.answer_kind = kind
        if kind != "found":
            QApplication.beep()  # a different sound from the scanner's own beep: look at the screen

    def _back_to_scanning(self) -> None:
        """After any dialog the scan field has the keyboard again, so the scanner's next code is not lost."""
        self.window().activateWindow()
        self.scan_field.setFocus()

    def _expect_code(self) -> None:
        self.pending_code = ""
        self.expects.setText(self.tr("编号："))
        self.scan_field.setPlaceholderText(self.tr("扫码枪扫描标签，或输入编号后按回车"))

    def _expect_quantity(self, code: str, name: str) -> None:
        self.pending_code = code
        self.expects.setText(self.tr("%1 的数量：").replace("%1", code))
        self.scan_field.setPlaceholderText(self.tr("输入 %1 的实盘数量后按回车；直接扫下一个标签也可以").replace("%1", name))

    def _scanned(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text:
            return
        if self.pending_code and not self._is_label(text):  # the quantity of the batch card scanned just before
            code = self.pending_code
            result = self.count(code, quantity=text)
            if result is None:  # a bad quantity: still waiting for it
                self._expect_quantity(code, code)
            return
        skipped = self.pending_code
        result = self.count(text)
        if skipped and result is not None and skipped != result.code:  # the label came before the quantity: say so
            self.answer.setText(self.answer.text() + "\n" + self.tr("（%1 的数量未填，再扫一次它的标签即可补上）").replace("%1", skipped))

    def _is_label(self, text: str) -> bool:
        """A scanned code, not a quantity: what is not a number, or any number that is an asset code."""
        from logistics_desktop.core.parse import parse_decimal

        try:
            parse_decimal(text, "数量")
        except ValueError:
            return True
        return bool(self.ctx.read(service.is_known_code, self.stocktake_id, text))

    def count(self, code: str, quantity: str | None = None, source: str = "扫码"):
        self._counting = True
        try:
            written = self.ctx.write("stocktake", service.scan, self.stocktake_id, code, room=self.room.currentText(),
                                     counter=self.counter.text(), quantity=quantity, source=source)
        finally:
            self._counting = False
        if not written:
            self._show_answer("unknown", "\n".join(e.message for e in written.errors))
            return None
        result = written.value
        if result.kind == "needs_qty":
            self._expect_quantity(result.code, result.code)
        else:
            self._expect_code()
        self._show_answer(result.kind, result.message + self.tr("（本房间 %1/%2）").replace("%1", str(result.counted)).replace("%2", str(result.expected)))
        self._refresh_progress()
        return result

    def _refresh_progress(self) -> None:
        rooms = self.ctx.read(service.progress, self.stocktake_id)
        for row, r in enumerate(rooms):
            if self.progress.item(row, 1):
                self.progress.item(row, 1).setText(f"{r.counted} / {r.expected}")
        self.reload_lines()

    def tick_selected(self, quantity: str | None = None):
        """Tick the selected row (a unit card) or give it a quantity (a batch card) by hand."""
        rows = self.lines.selectionModel().selectedRows()
        if not rows:
            return None
        if rows[0].row() >= len(self.line_rows):  # a row beyond the expected list: already counted as it is
            return None
        row = self.line_rows[rows[0].row()]
        if row["batch"] and quantity is None:
            text, ok = QInputDialog.getText(self, self.tr("实盘数量"), self.tr("%1 的实盘数量：").replace("%1", row["name"]))
            self._back_to_scanning()
            if not ok:
                return None
            quantity = text
        result = self.count(row["code"], quantity=quantity, source="手工")
        self._back_to_scanning()
        return result

    def record_find(self, values: dict | None = None):
        """An item without a label found in the room: counted as 盘盈 with its description."""
        dialog = FormDialog(self.tr("无标签物品"), FIND_FIELDS, self, values={"quantity": "1"})
        self.find_dialog = dialog  # reachable from tests

        def write(v):
            self._counting = True
            try:
                written = self.ctx.write("stocktake", service.record_find, self.stocktake_id, room=self.room.currentText(),
                                         counter=self.counter.text(), **v)
            finally:
                self._counting = False
            if written:
                self._show_answer("elsewhere", self.tr("已记录无标签物品：%1（盘盈）").replace("%1", v["description"]))
                self._refresh_progress()
            return written

        accepted = dialog.run(write, values)
        self._back_to_scanning()
        return accepted if values is not None else None

    # ------------------------------------------------------------ the session

    def start(self, name: str | None = None, rooms: list[str] | None = None, blind: bool = False):
        from logistics_desktop.directory import service as directory

        if name is None:
            dialog = StartDialog([r["name"] for r in self.ctx.read(directory.rows, directory.ROOMS)], self)
            while True:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                written = self._start(dialog.name.text(), dialog.chosen_rooms(), dialog.blind.isChecked())
                if written:
                    self._back_to_scanning()
                    return written.value
                dialog.error.setText("\n".join(e.message for e in written.errors))
        written = self._start(name, rooms, blind)
        if not written:
            raise written.errors[0]
        return written.value

    def _start(self, name: str, rooms: list[str] | None, blind: bool):
        written = self.ctx.write("stocktake", service.start, name=name, rooms=rooms, blind=blind)
        if written:
            self.reload(written.value)
        return written

    def print_sheets(self):
        from logistics_desktop.stocktake import reports
        from logistics_desktop.widgets.pdf_preview import preview_report

        stocktake_id = self.stocktake_id
        return preview_report(self, self.tr("资产清查盘点表"), lambda: self.ctx.read(reports.sheets_pdf, stocktake_id))

    def export_sheets(self, path: Path | None = None):
        from logistics_desktop.stocktake import reports

        path = path or ask_xlsx_path(self, self.tr("导出盘点表"), self.tr("盘点表.xlsx"))
        if path is None:
            return None
        written = self.ctx.read(reports.sheets_xlsx, self.stocktake_id, path)
        confirm_saved(self, path)
        return written

    def import_sheets(self, path: Path | None = None):
        from logistics_desktop.stocktake import reports

        if path is None:
            path = ask_open_path(self, self.tr("导入盘点表"), "Excel (*.xlsx *.xlsm *.xls *.ods)")
            if path is None:
                return None
        written = self.ctx.write("stocktake", reports.import_sheet, self.stocktake_id, path, counter=self.counter.text())
        if not written:
            QMessageBox.warning(self, self.tr("导入盘点表"), "\n".join(e.message for e in written.errors))
            return None
        done = written.value
        said = self.tr("已导入 %1 个房间的 %2 条清点记录").replace("%1", str(done["rooms"])).replace("%2", str(done["counted"]))
        if done.get("replaced"):
            said += self.tr("（替换了同一盘点人此前导入的 %1 条，同一张表不重复计数）").replace("%1", str(done["replaced"]))
        self._show_answer("found", said)
        self._refresh_progress()
        return done

    def print_report(self):
        from logistics_desktop.stocktake import reports
        from logistics_desktop.widgets.pdf_preview import preview_report

        stocktake_id = self.stocktake_id
        return preview_report(self, self.tr("资产盘点盈亏表"), lambda: self.ctx.read(reports.report_ledger, stocktake_id))

    def post_dialog(self) -> FormDialog:
        """The confirmation of 过账: exactly what posting will do, the reason, and the poster's password."""
        lines = self.ctx.read(lambda session: service.plan(session, self.stocktake_id).summary())
        fields = [POST_FIELDS[0]] + ([POST_FIELDS[1]] if self.ctx.user is not None else [])
        intro = self.tr("过账将一次完成以下处理，之后本次清查只读：") + "\n" + "\n".join("· " + line for line in lines)
        dialog = self.post_confirm = FormDialog(self.tr("确认过账"), fields, self, intro=intro)
        return dialog

    def post(self, reason: str | None = None, *, signer: str = "", password: str | None = None):
        """过账, signed by the one who posts (their own password, once the school has accounts)."""
        if reason is None:
            dialog = self.post_dialog()
            signer = self.ctx.user.login if self.ctx.user is not None else ""
            done = dialog.run(lambda v: self._post(v["reason"], signer, v.get("password")))
            self._back_to_scanning()
            return dialog.result_value if done else None
        written = self._post(reason, signer, password)
        if not written:
            QMessageBox.warning(self, self.tr("过账"), "\n".join(e.message for e in written.errors))
            return None
        return written.value

    def _post(self, reason: str, signer: str, password: str | None):
        written = self.ctx.write("stocktake", service.post, self.stocktake_id, reason=reason, signer=signer, password=password)
        if written:
            self.ctx.changed.emit("assets")  # posting moved, changed and created cards
        return written
