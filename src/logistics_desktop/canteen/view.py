"""The 食堂 tab: purchase acceptance at the kitchen door, keyboard first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from logistics_desktop.canteen import service
from logistics_desktop.canteen.models import DOCUMENTS
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.parse import fen_to_yuan, parse_date, parse_decimal, parse_money_fen

# key, header; 金额 and 保质期至 are computed
LINE_COLUMNS = (
    ("item", QT_TRANSLATE_NOOP("Field", "品名")), ("spec", QT_TRANSLATE_NOOP("Field", "规格")), ("quantity", QT_TRANSLATE_NOOP("Field", "数量")), ("unit", QT_TRANSLATE_NOOP("Field", "单位")), ("unit_price", QT_TRANSLATE_NOOP("Field", "单价")), ("amount", QT_TRANSLATE_NOOP("Field", "金额")),
    ("batch", QT_TRANSLATE_NOOP("Field", "批号")), ("produced_on", QT_TRANSLATE_NOOP("Field", "生产日期")), ("shelf_life_days", QT_TRANSLATE_NOOP("Field", "保质期(天)")), ("expires_on", QT_TRANSLATE_NOOP("Field", "保质期至")),
    ("sensory", QT_TRANSLATE_NOOP("Field", "感官")), ("storage", QT_TRANSLATE_NOOP("Field", "贮存")), ("temperature", QT_TRANSLATE_NOOP("Field", "温度℃")), ("rejected", QT_TRANSLATE_NOOP("Field", "拒收数量")), ("reject_reason", QT_TRANSLATE_NOOP("Field", "拒收原因")),
)
KEYS = [k for k, _ in LINE_COLUMNS]
COMPUTED = {"amount", "expires_on"}
_BAD = QBrush(QColor("#FFCDD2"))


class ItemDelegate(QStyledItemDelegate):
    """品名 completes from the items accepted before."""

    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        if index.column() == 0:
            completer = QCompleter(self.names, editor)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor


class LinesTable(QTableWidget):
    """Enter moves to the next cell; after the last cell of the last row a new row appears."""

    def __init__(self, parent=None):
        super().__init__(1, len(LINE_COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("Field", label) for _, label in LINE_COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
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
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on a cell not being edited
            self.next_cell()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint):  # noqa: N802
        """Enter inside a cell commits it (the delegate's SubmitModelCache) and moves on, as Excel does."""
        super().closeEditor(editor, hint)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache:
            self.next_cell()

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


class AcceptancePage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.delivery_id: int | None = None
        self.history: dict[str, dict] = {}
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.supplier = QComboBox()
        self.supplier.setObjectName("supplier")
        self.supplier.setEditable(True)
        self.supplier.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.documents = {name: QCheckBox(QCoreApplication.translate("Field", name)) for name in DOCUMENTS}
        for name in ("许可证/营业执照", "购货凭证"):
            self.documents[name].setChecked(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setPlaceholderText(self.tr("证照过期、食品过期或冷链温度不符仍验收时，在此写明理由"))
        self.table = LinesTable()
        self.table.setObjectName("lines")
        self.table.itemChanged.connect(self._cell_changed)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #C62828;")
        self.errors.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存进货记录"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.acceptor1, self.acceptor2 = QComboBox(), QComboBox()
        for combo, name in ((self.acceptor1, "acceptor1"), (self.acceptor2, "acceptor2")):
            combo.setObjectName(name)
            combo.setEditable(True)
            combo.setMinimumWidth(self.fontMetrics().horizontalAdvance("欧阳晓燕") + 48)
        self.sign_button = QPushButton(self.tr("两人签字并锁定"))
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.sign)
        self.new_button = QPushButton(self.tr("下一批"))
        self.new_button.clicked.connect(self.new_delivery)
        self.today = QTableWidget(0, 5)
        self.today.setObjectName("today")
        self.today.setHorizontalHeaderLabels([self.tr("时间"), self.tr("供货单位"), self.tr("品种"), self.tr("金额"), self.tr("验收人")])
        self.today.verticalHeader().hide()
        self.today.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today.horizontalHeader().setStretchLastSection(True)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("到货时间")))
        head.addWidget(self.at)
        head.addWidget(QLabel(self.tr("供货单位")))
        head.addWidget(self.supplier, 2)
        docs = QHBoxLayout()
        docs.addWidget(QLabel(self.tr("索证索票：")))
        for box in self.documents.values():
            docs.addWidget(box)
        docs.addStretch(1)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.save_button)
        sign_row.addStretch(1)
        sign_row.addWidget(QLabel(self.tr("验收人")))
        sign_row.addWidget(self.acceptor1)
        sign_row.addWidget(self.acceptor2)
        sign_row.addWidget(self.sign_button)
        sign_row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(docs)
        layout.addWidget(self.reason)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.errors)
        layout.addLayout(sign_row)
        layout.addWidget(QLabel(self.tr("今日进货")))
        layout.addWidget(self.today, 1)
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.sign)
        self.setTabOrder(self.reason, self.table)
        self.reload()

    def reload(self) -> None:
        from logistics_desktop.directory import service as directory

        with self.ctx.session() as session:
            suppliers = [s.name for s in service.suppliers(session)]
            self.history = service.item_history(session)
            people = directory.staff_names(session)
            today = service.deliveries_on(session, date.today())
        current = self.supplier.currentText()
        self.supplier.clear()
        self.supplier.addItems(suppliers)
        self.supplier.setEditText(current)
        for combo in (self.acceptor1, self.acceptor2):
            text = combo.currentText()
            combo.clear()
            combo.addItems([""] + people)
            combo.setEditText(text)
        self.table.setItemDelegate(ItemDelegate(sorted(self.history), self.table))
        self.today.setRowCount(len(today))
        for r, d in enumerate(today):
            for c, text in enumerate((d["at"].strftime("%H:%M"), d["supplier"], str(d["lines"]), fen_to_yuan(d["amount_fen"]),
                                      d["acceptors"] or self.tr("未签字"))):
                self.today.setItem(r, c, QTableWidgetItem(text))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        """Fill from history after a known 品名; keep 金额 and 保质期至 computed."""
        row, key = item.row(), KEYS[item.column()]
        self.table.blockSignals(True)
        try:
            name = item.text().strip()
            earlier = next(({f: self.table.text(r, f) for f in ("spec", "unit", "unit_price", "shelf_life_days", "storage")}
                            for r in range(row - 1, -1, -1) if self.table.text(r, "item") == name), None)
            if key == "item" and (earlier or name in self.history):
                past = earlier or self.history[name]  # the same item earlier in this delivery, else the last delivery
                for field in ("spec", "unit", "unit_price", "shelf_life_days", "storage"):
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
                from datetime import timedelta

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
        values = {"at": self.at.dateTime().toPython(), "supplier": self.supplier.currentText(),
                  "documents": [name for name, box in self.documents.items() if box.isChecked()],
                  "override_reason": self.reason.text()}
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                if self.table.item(row, column):
                    self.table.item(row, column).setBackground(QBrush())
        try:
            with self.ctx.session() as session:
                self.delivery_id = service.record_delivery(session, values, self.lines(), self.delivery_id)
        except InputError as exc:
            errors = getattr(exc, "errors", [exc])
            self.errors.setText("\n".join(e.message for e in errors))
            for e in errors:
                if e.field.startswith("lines."):
                    _, n, key = e.field.split(".")
                    if key in KEYS:
                        self.table.cell(int(n), key).setBackground(_BAD)
            return False
        self.errors.setText(self.tr("已保存。请两位验收人签字。"))
        self.reload()
        return True

    def sign(self) -> bool:
        if self.delivery_id is None and not self.save():
            return False
        try:
            with self.ctx.session() as session:
                service.sign(session, self.delivery_id, acceptor1=self.acceptor1.currentText(), acceptor2=self.acceptor2.currentText())
        except InputError as exc:
            self.errors.setText("\n".join(e.message for e in getattr(exc, "errors", [exc])))
            return False
        self.errors.setText(self.tr("已签字锁定。如有错误，请做更正记录。"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button.setEnabled(False)
        self.sign_button.setEnabled(False)
        self.reload()
        return True

    def new_delivery(self) -> None:
        self.delivery_id = None
        self.table.clearContents()
        self.table.setRowCount(1)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.at.setDateTime(QDateTime.currentDateTime())
        self.reason.clear()
        self.errors.clear()
        self.save_button.setEnabled(True)
        self.sign_button.setEnabled(True)
        self.supplier.setFocus()


class CanteenTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QTabWidget

        self.acceptance = AcceptancePage(ctx)
        self.inner = QTabWidget()
        self.inner.addTab(self.acceptance, self.tr("进货验收"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)


