"""期末清查 in the 资产 tab: start, count room by room with a scanner, follow progress, report and post."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from logistics_desktop.core.errors import InputError
from logistics_desktop.stocktake import service
from logistics_desktop.widgets.forms import FieldForm

# answer colours of a scan: background, text
ANSWER_STYLE = {
    "found": ("#E8F5E9", "#1B5E20"),
    "elsewhere": ("#FFF3E0", "#E65100"),
    "unknown": ("#FFEBEE", "#B71C1C"),
    "already": ("#ECEFF1", "#37474F"),
    "needs_qty": ("#E3F2FD", "#0D47A1"),
}


class StartDialog(QDialog):
    def __init__(self, rooms: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("开始资产清查"))
        self.resize(460, 560)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("如：2026 年秋季学期期末资产清查"))
        self.rooms = QListWidget()
        for room in rooms:
            item = QListWidgetItem(room)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.rooms.addItem(item)
        self.blind = QCheckBox(self.tr("盲盘（盘点表不列预期数量）"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        ok = QPushButton(self.tr("开始（冻结预期清单）"))
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("清查名称")))
        layout.addWidget(self.name)
        layout.addWidget(QLabel(self.tr("清查的房间")))
        layout.addWidget(self.rooms, 1)
        layout.addWidget(self.blind)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout.addLayout(buttons)

    def chosen_rooms(self) -> list[str]:
        return [self.rooms.item(i).text() for i in range(self.rooms.count()) if self.rooms.item(i).checkState() == Qt.CheckState.Checked]


class StocktakePage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.stocktake_id: int | None = None
        self.pending_code = ""  # a batch card waiting for its quantity

        self.picker = QComboBox()
        self.picker.setObjectName("picker")
        self.picker.currentIndexChanged.connect(self._picked)
        buttons = {}
        for key, text in (("start", self.tr("开始新清查…")), ("sheets_pdf", self.tr("打印盘点表")), ("sheets_xlsx", self.tr("导出盘点表…")),
                          ("import", self.tr("导入盘点表…")), ("report", self.tr("盈亏表")), ("post", self.tr("过账…"))):
            buttons[key] = QPushButton(text)
            buttons[key].setObjectName(key)
        buttons["start"].clicked.connect(lambda: self.start())
        buttons["sheets_pdf"].clicked.connect(self.print_sheets)
        buttons["sheets_xlsx"].clicked.connect(lambda: self.export_sheets())
        buttons["import"].clicked.connect(lambda: self.import_sheets())
        buttons["report"].clicked.connect(self.print_report)
        buttons["post"].clicked.connect(lambda: self.post())
        self.buttons = buttons

        self.progress = QTableWidget(0, 2)
        self.progress.setObjectName("progress")
        self.progress.setHorizontalHeaderLabels([self.tr("房间"), self.tr("已清点 / 预期")])
        self.progress.verticalHeader().hide()
        self.progress.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progress.horizontalHeader().setStretchLastSection(True)
        self.progress.itemSelectionChanged.connect(self._room_from_progress)

        self.room = QComboBox()
        self.room.setObjectName("room")
        self.room.currentIndexChanged.connect(lambda *_: self.reload_lines())
        self.counter = QLineEdit()
        self.counter.setObjectName("counter")
        self.counter.setPlaceholderText(self.tr("盘点人"))
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scan")
        self.scan_field.setPlaceholderText(self.tr("扫码枪扫描标签，或输入编号后按回车"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.scan_field.setFont(big)
        self.scan_field.returnPressed.connect(self._scanned)
        self.answer = QLabel(self.tr("请选择房间后开始扫描"))
        self.answer.setObjectName("answer")
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(48)
        self.answer.setFont(big)
        self.answer_kind = ""
        self.room_progress = QLabel()
        self.room_progress.setObjectName("room_progress")
        find = QPushButton(self.tr("无标签物品…"))
        find.clicked.connect(lambda: self.record_find())
        tick = QPushButton(self.tr("勾选 / 填数"))
        tick.setObjectName("tick")
        tick.clicked.connect(lambda: self.tick_selected())
        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([self.tr("资产编号"), self.tr("名称"), self.tr("规格"), self.tr("预期"), self.tr("已清点")])
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.doubleClicked.connect(lambda *_: self.tick_selected())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("清查：")))
        top.addWidget(self.picker, 1)
        for key in ("start", "sheets_pdf", "sheets_xlsx", "import", "report", "post"):
            top.addWidget(buttons[key])
        count_row = QHBoxLayout()
        count_row.addWidget(QLabel(self.tr("房间")))
        count_row.addWidget(self.room, 2)
        count_row.addWidget(QLabel(self.tr("盘点人")))
        count_row.addWidget(self.counter, 1)
        count_row.addWidget(find)
        count_row.addWidget(tick)
        right = QVBoxLayout()
        right.addLayout(count_row)
        right.addWidget(self.scan_field)
        right.addWidget(self.answer)
        right.addWidget(self.room_progress)
        right.addWidget(self.lines, 1)
        body = QHBoxLayout()
        body.addWidget(self.progress, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        ctx.changed.connect(lambda module: self.reload() if module == "stocktake" else None)
        self.reload()

    def open_reference(self, reference: str) -> None:
        """From 首页: "<id>" selects that stocktake; "" just shows the page."""
        if reference.isdigit():
            self.reload(int(reference))

    # ------------------------------------------------------------ state

    def reload(self, select_id: int | None = None) -> None:
        with self.ctx.session() as session:
            posted, open_ = self.tr("已过账"), self.tr("进行中")
            items = [(st.id, f"{st.name}（{posted if st.posted_at else open_}）") for st in service.stocktakes(session)]
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
            with self.ctx.session() as session:
                st = service._stocktake(session, self.stocktake_id)
                posted = st.posted_at is not None
                rooms = service.progress(session, self.stocktake_id)
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
        for widget in (self.scan_field, self.buttons["import"], self.buttons["post"]):
            widget.setEnabled(self.stocktake_id is not None and not posted)
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
            self.room_progress.clear()
            return
        with self.ctx.session() as session:
            rows = service.room_lines(session, self.stocktake_id, self.room.currentText())
        self.line_rows = rows
        self.lines.setRowCount(len(rows))
        for r, row in enumerate(rows):
            counted = row["counted"]
            done = counted >= row["expected"]
            for c, text in enumerate((row["code"], row["name"], row["spec"], f"{row['expected'].normalize():f}",
                                      ("✓ " if done else "") + (f"{counted.normalize():f}" if counted else ""))):
                item = QTableWidgetItem(text)
                if done:
                    item.setForeground(Qt.GlobalColor.darkGreen)
                self.lines.setItem(r, c, item)
        counted_lines = sum(1 for row in rows if row["counted"] > 0)
        self.room_progress.setText(self.tr("本房间：已清点 %1 / %2 项").replace("%1", str(counted_lines)).replace("%2", str(len(rows))))

    # ------------------------------------------------------------ counting

    def _show_answer(self, kind: str, message: str) -> None:
        background, color = ANSWER_STYLE.get(kind, ("#FFFFFF", "#000000"))
        self.answer.setStyleSheet(f"background: {background}; color: {color}; padding: 6px; border-radius: 4px;")
        self.answer.setText(message)
        self.answer_kind = kind
        if kind != "found":
            QApplication.beep()  # a different sound from the scanner's own beep: look at the screen

    def _scanned(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text:
            return
        if self.pending_code:  # the quantity of the batch card scanned just before
            code, self.pending_code = self.pending_code, ""
            self.count(code, quantity=text)
        else:
            self.count(text)

    def count(self, code: str, quantity: str | None = None, source: str = "扫码"):
        try:
            with self.ctx.session() as session:
                result = service.scan(session, self.stocktake_id, code, room=self.room.currentText(), counter=self.counter.text(),
                                      quantity=quantity, source=source)
        except InputError as exc:
            self._show_answer("unknown", str(exc))
            return None
        if result.kind == "needs_qty":
            self.pending_code = code
            self.scan_field.setPlaceholderText(self.tr("输入实盘数量后按回车"))
        else:
            self.scan_field.setPlaceholderText(self.tr("扫码枪扫描标签，或输入编号后按回车"))
        self._show_answer(result.kind, result.message + self.tr("（本房间 %1/%2）").replace("%1", str(result.counted)).replace("%2", str(result.expected)))
        self._refresh_progress()
        return result

    def _refresh_progress(self) -> None:
        with self.ctx.session() as session:
            rooms = service.progress(session, self.stocktake_id)
        for row, r in enumerate(rooms):
            if self.progress.item(row, 1):
                self.progress.item(row, 1).setText(f"{r.counted} / {r.expected}")
        self.reload_lines()

    def tick_selected(self, quantity: str | None = None):
        """Tick the selected row (a unit card) or give it a quantity (a batch card) by hand."""
        rows = self.lines.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.line_rows[rows[0].row()]
        if row["batch"] and quantity is None:
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getText(self, self.tr("实盘数量"), self.tr("%1 的实盘数量：").replace("%1", row["name"]))
            if not ok:
                return None
            quantity = text
        return self.count(row["code"], quantity=quantity, source="手工")

    def record_find(self, values: dict | None = None):
        form_fields = (("description", self.tr("物品描述"), "text"), ("quantity", self.tr("数量"), "text"), ("value", self.tr("重置价值（元）"), "text"))
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("无标签物品"))
        form = FieldForm()
        for key, label, kind in form_fields:
            form.add(key, label, kind, required=key == "description")
        form.finish()
        form.set_values({"quantity": "1"})
        ok = QPushButton(self.tr("记录"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(form)
        layout.addWidget(ok)

        def submit() -> bool:
            try:
                with self.ctx.session() as session:
                    service.record_find(session, self.stocktake_id, room=self.room.currentText(), counter=self.counter.text(), **form.values())
            except InputError as exc:
                form.show_errors(exc)
                return False
            dialog.accept()
            self._show_answer("elsewhere", self.tr("已记录无标签物品：%1（盘盈）").replace("%1", form.values()["description"]))
            return True

        ok.clicked.connect(submit)
        if values is not None:
            form.set_values(values)
            return submit()
        dialog.exec()
        return None

    # ------------------------------------------------------------ the session

    def start(self, name: str | None = None, rooms: list[str] | None = None, blind: bool = False):
        from logistics_desktop.directory import service as directory

        if name is None:
            with self.ctx.session() as session:
                all_rooms = [r["name"] for r in directory.rows(session, directory.ROOMS)]
            dialog = StartDialog(all_rooms, self)
            while True:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                try:
                    return self._start(dialog.name.text(), dialog.chosen_rooms(), dialog.blind.isChecked())
                except InputError as exc:
                    dialog.error.setText(str(exc))
        return self._start(name, rooms, blind)

    def _start(self, name: str, rooms: list[str] | None, blind: bool) -> int:
        with self.ctx.session() as session:
            stocktake_id = service.start(session, name=name, rooms=rooms, blind=blind)
        self.reload(stocktake_id)
        self.ctx.changed.emit("stocktake")
        return stocktake_id

    def print_sheets(self):
        from logistics_desktop.stocktake import reports
        from logistics_desktop.widgets.pdf_preview import preview_report

        stocktake_id = self.stocktake_id

        def build():
            with self.ctx.session() as session:
                return reports.sheets_pdf(session, stocktake_id)

        return preview_report(self, self.tr("资产清查盘点表"), build)

    def export_sheets(self, path: Path | None = None):
        from logistics_desktop.stocktake import reports

        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("导出盘点表"), self.tr("盘点表.xlsx"), "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        with self.ctx.session() as session:
            return reports.sheets_xlsx(session, self.stocktake_id, path)

    def import_sheets(self, path: Path | None = None):
        from logistics_desktop.stocktake import reports

        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("导入盘点表"), "", "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        try:
            with self.ctx.session() as session:
                done = reports.import_sheet(session, self.stocktake_id, path, counter=self.counter.text())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("导入盘点表"), str(exc))
            return None
        self._picked()
        return done

    def print_report(self):
        from logistics_desktop.stocktake import reports
        from logistics_desktop.widgets.pdf_preview import preview_report

        stocktake_id = self.stocktake_id

        def build():
            with self.ctx.session() as session:
                return reports.report_ledger(session, stocktake_id)

        return preview_report(self, self.tr("资产盘点盈亏表"), build)

    def post(self, reason: str | None = None):
        if reason is None:
            from PySide6.QtWidgets import QInputDialog

            reason, ok = QInputDialog.getText(self, self.tr("过账"), self.tr("过账后本次清查只读，调拨、状况、盘亏报废、盘盈建卡一次完成。\n过账说明："))
            if not ok:
                return None
        try:
            with self.ctx.session() as session:
                done = service.post(session, self.stocktake_id, reason=reason)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("过账"), str(exc))
            return None
        self.ctx.changed.emit("assets")
        self.reload()
        return done
