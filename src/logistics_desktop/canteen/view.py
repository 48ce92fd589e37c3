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
    QDateEdit,
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
from logistics_desktop.widgets.module_page import ModulePage

# key, header; 金额 and 保质期至 are computed
LINE_COLUMNS = (
    ("item", QT_TRANSLATE_NOOP("Field", "品名")), ("spec", QT_TRANSLATE_NOOP("Field", "规格")), ("quantity", QT_TRANSLATE_NOOP("Field", "数量")), ("unit", QT_TRANSLATE_NOOP("Field", "单位")), ("unit_price", QT_TRANSLATE_NOOP("Field", "单价")), ("amount", QT_TRANSLATE_NOOP("Field", "金额")),
    ("batch", QT_TRANSLATE_NOOP("Field", "批号")), ("produced_on", QT_TRANSLATE_NOOP("Field", "生产日期")), ("shelf_life_days", QT_TRANSLATE_NOOP("Field", "保质期(天)")), ("expires_on", QT_TRANSLATE_NOOP("Field", "保质期至")),
    ("sensory", QT_TRANSLATE_NOOP("Field", "感官")), ("storage", QT_TRANSLATE_NOOP("Field", "贮存")), ("temperature", QT_TRANSLATE_NOOP("Field", "温度℃")), ("rejected", QT_TRANSLATE_NOOP("Field", "拒收数量")), ("reject_reason", QT_TRANSLATE_NOOP("Field", "拒收原因")),
)
KEYS = [k for k, _ in LINE_COLUMNS]
# data words shown through QCoreApplication.translate("Field", …)
FIELD_WORDS = (QT_TRANSLATE_NOOP("Field", "时间不足"), QT_TRANSLATE_NOOP("Field", "合格"), QT_TRANSLATE_NOOP("Field", "学生伙食"),
               QT_TRANSLATE_NOOP("Field", "幼儿伙食"), QT_TRANSLATE_NOOP("Field", "教职工伙食"), QT_TRANSLATE_NOOP("Field", "更正内容"),
               QT_TRANSLATE_NOOP("Field", "更正原因"), QT_TRANSLATE_NOOP("Field", "更正人"))
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
        self.account = QComboBox()  # whose meals the goods feed: the fee notice keeps the accounts apart
        self.account.setObjectName("account")
        head.addWidget(QLabel(self.tr("伙食账户")))
        head.addWidget(self.account)
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
        self.day = QDateEdit(date.today())  # the list below: today's deliveries, or another day's to open or correct
        self.day.setObjectName("day")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(self.reload)
        open_button = QPushButton(self.tr("打开所选"))
        open_button.clicked.connect(self.open_selected)
        correct_button = QPushButton(self.tr("更正所选…"))
        correct_button.setObjectName("correct")
        correct_button.clicked.connect(self.correct_selected)
        list_row = QHBoxLayout()
        list_row.addWidget(QLabel(self.tr("进货记录")))
        list_row.addWidget(self.day)
        list_row.addStretch(1)
        list_row.addWidget(open_button)
        list_row.addWidget(correct_button)
        layout.addLayout(list_row)
        layout.addWidget(self.today, 1)
        self.today.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today.cellDoubleClicked.connect(lambda row, _column: self.open_delivery(self.day_ids[row]))
        self.day_ids: list[int] = []
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.sign)
        self.setTabOrder(self.reason, self.table)
        self.reload()

    def reload(self) -> None:
        from logistics_desktop.directory import service as directory

        from logistics_desktop.canteen import fees

        with self.ctx.session() as session:
            suppliers = [s.name for s in service.suppliers(session)]
            accounts = [(fees.account_label(session, key), key) for key in fees.ACCOUNTS]
            self.history = service.item_history(session)
            people = directory.staff_names(session)
            today = service.deliveries_on(session, self.day.date().toPython() if hasattr(self, "day") else date.today())
        chosen = self.account.currentData()
        self.account.clear()
        for label, key in accounts:
            self.account.addItem(QCoreApplication.translate("Field", label), key)
        self.account.setCurrentIndex(max(self.account.findData(chosen), 0))
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
        self.day_ids = [d["id"] for d in today]
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
                  "override_reason": self.reason.text(), "account": self.account.currentData()}
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

    def _selected_delivery(self) -> int | None:
        row = self.today.currentRow()
        if 0 <= row < len(self.day_ids):
            return self.day_ids[row]
        self.errors.setText(self.tr("请先在下方进货记录中选中一批"))
        return None

    def open_selected(self) -> None:
        delivery_id = self._selected_delivery()
        if delivery_id:
            self.open_delivery(delivery_id)

    def open_delivery(self, delivery_id: int) -> None:
        """Back into the form: an unsigned delivery to finish and sign, a signed one to read (and correct)."""
        with self.ctx.session() as session:
            head, lines, corrections = service.delivery_form(session, delivery_id)
        self.new_delivery()
        self.delivery_id = delivery_id
        self.at.setDateTime(QDateTime(head["at"]))
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
        if head["signed_at"]:
            self.acceptor1.setEditText(head["acceptor1"])
            self.acceptor2.setEditText(head["acceptor2"])
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.save_button.setEnabled(False)
            self.sign_button.setEnabled(False)
            text = self.tr("已签字锁定（%1、%2，%3）。如有错误，请做更正记录。").replace("%1", head["acceptor1"]) \
                .replace("%2", head["acceptor2"]).replace("%3", f"{head['signed_at']:%Y-%m-%d %H:%M}")
            for c in corrections:
                text += "\n" + self.tr("更正 %1 %2：%3（原因：%4）").replace("%1", f"{c.at:%m-%d %H:%M}").replace("%2", c.by) \
                    .replace("%3", c.text).replace("%4", c.reason)
            self.errors.setText(text)
        else:
            self.errors.setText(self.tr("未签字，可修改后保存，再由两位验收人签字。"))

    def correct_selected(self) -> bool:
        """更正: a dated entry with its reason beside a signed delivery (never an edit)."""
        from logistics_desktop.widgets.forms import FormDialog

        delivery_id = self.delivery_id if self.delivery_id and not self.sign_button.isEnabled() else self._selected_delivery()
        if not delivery_id:
            return False
        from logistics_desktop.directory import service as directory

        with self.ctx.session() as session:
            people = tuple([""] + directory.staff_names(session))
        dialog = FormDialog(self.tr("更正进货记录"), [("text", "更正内容", "text", ()), ("reason", "更正原因", "text", ()),
                                                     ("by", "更正人", "staff", people)], self)
        self.correction_dialog = dialog  # reachable from tests

        def submit(values):
            with self.ctx.session() as session:
                service.correct(session, delivery_id, **values)

        dialog.on_submit = submit
        if not dialog.exec():
            return False
        self.reload()
        self.open_delivery(delivery_id)
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
    """进货验收, 库存, 带量食谱, 留样, 餐具消毒, 陪餐, 伙食费: what the canteen records day by day."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QTabWidget

        self.acceptance = AcceptancePage(ctx)
        self.stock = StockPage(ctx)
        self.menu = MenuPage(ctx)
        self.samples = SamplesPage(ctx)
        self.disinfection = disinfection_page(ctx)
        self.companion = companion_page(ctx)
        self.fees = FeesPage(ctx)
        self.inner = QTabWidget()
        for page, title in ((self.acceptance, self.tr("进货验收")), (self.stock, self.tr("库存")), (self.menu, self.tr("带量食谱")),
                            (self.samples, self.tr("留样")), (self.disinfection, self.tr("餐具消毒")), (self.companion, self.tr("陪餐")),
                            (self.fees, self.tr("伙食费"))):
            self.inner.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)

    def open_reference(self, reference: str) -> None:
        """From 首页: acceptance, samples, stock, menu …"""
        page = {"acceptance": self.acceptance, "samples": self.samples, "stock": self.stock, "menu": self.menu,
                "fees": self.fees}.get(reference.partition(":")[0])
        if page is not None:
            self.inner.setCurrentWidget(page)


def _staff_names(ctx) -> list[str]:
    from logistics_desktop.directory import service as directory

    with ctx.session() as session:
        return [""] + directory.staff_names(session)


def _simple_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


# ------------------------------------------------------------------ daily logs


def disinfection_page(ctx):
    from logistics_desktop.canteen import daily
    from logistics_desktop.widgets.records_page import RecordsPage


    def save(session, values):
        return daily.record_disinfection(session, values)[1]

    def rows(session, first, end):
        return [{**d.model_dump(), "time": f"{d.started_at:%H:%M}—{d.ended_at:%H:%M}",
                 "result": QCoreApplication.translate("Field", "时间不足" if d.short else "合格")} for d in daily.disinfections(session, first, end)]

    fields = [("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", True, ()), ("meal", QT_TRANSLATE_NOOP("Field", "餐次"), "choice", True, daily.MEALS),
              ("items", QT_TRANSLATE_NOOP("Field", "餐具"), "lookup", True, ("碗、盘、勺", "餐盘、汤碗、筷子", "水杯")), ("quantity", QT_TRANSLATE_NOOP("Field", "数量"), "int", True, ()),
              ("method", QT_TRANSLATE_NOOP("Field", "消毒方式"), "choice", True, daily.METHODS), ("started_at", QT_TRANSLATE_NOOP("Field", "开始时间（如 12:40）"), "text", True, ()),
              ("ended_at", QT_TRANSLATE_NOOP("Field", "结束时间"), "text", True, ()), ("operator", QT_TRANSLATE_NOOP("Field", "消毒人"), "staff", True, ())]
    columns = [("day", QT_TRANSLATE_NOOP("Field", "日期")), ("meal", QT_TRANSLATE_NOOP("Field", "餐次")), ("items", QT_TRANSLATE_NOOP("Field", "餐具")), ("quantity", QT_TRANSLATE_NOOP("Field", "数量")), ("method", QT_TRANSLATE_NOOP("Field", "消毒方式")),
               ("time", QT_TRANSLATE_NOOP("Field", "起止时间")), ("result", QT_TRANSLATE_NOOP("Field", "结果")), ("operator", QT_TRANSLATE_NOOP("Field", "消毒人"))]

    def save_with_day(session, values):  # times are typed as 12:40 on the chosen day
        day = values["day"]
        for key in ("started_at", "ended_at"):
            if values.get(key) and len(str(values[key])) <= 5:
                values[key] = f"{day:%Y-%m-%d} {values[key]}"
        return save(session, values)

    return RecordsPage(ctx, module="canteen", fields=fields, save=save_with_day, rows=rows, columns=columns,
                       printable="disinfection-log", save_label=QT_TRANSLATE_NOOP("Field", "保存消毒记录"),
                       defaults={"meal": "午餐", "method": "蒸汽"}, flag="short")


def companion_page(ctx):
    from logistics_desktop.canteen import daily
    from logistics_desktop.widgets.records_page import RecordsPage

    fields = [("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", True, ()), ("meal", QT_TRANSLATE_NOOP("Field", "餐次"), "choice", True, daily.MEALS),
              ("leader", QT_TRANSLATE_NOOP("Field", "陪餐人"), "staff", True, ()), ("quality", QT_TRANSLATE_NOOP("Field", "饭菜质量"), "choice", True, daily.RATINGS),
              ("hygiene", QT_TRANSLATE_NOOP("Field", "卫生"), "choice", True, daily.RATINGS), ("discipline", QT_TRANSLATE_NOOP("Field", "秩序"), "choice", True, daily.RATINGS),
              ("service", QT_TRANSLATE_NOOP("Field", "服务"), "choice", True, daily.RATINGS), ("problems", QT_TRANSLATE_NOOP("Field", "发现的问题"), "text", False, ()),
              ("action", QT_TRANSLATE_NOOP("Field", "处理意见"), "text", False, ())]
    columns = [("day", QT_TRANSLATE_NOOP("Field", "日期")), ("meal", QT_TRANSLATE_NOOP("Field", "餐次")), ("leader", QT_TRANSLATE_NOOP("Field", "陪餐人")), ("quality", QT_TRANSLATE_NOOP("Field", "饭菜质量")), ("hygiene", QT_TRANSLATE_NOOP("Field", "卫生")),
               ("discipline", QT_TRANSLATE_NOOP("Field", "秩序")), ("service", QT_TRANSLATE_NOOP("Field", "服务")), ("problems", QT_TRANSLATE_NOOP("Field", "发现的问题")), ("action", QT_TRANSLATE_NOOP("Field", "处理意见"))]
    return RecordsPage(ctx, module="canteen", fields=fields, save=lambda session, values: daily.record_companion_meal(session, values) and None,
                       rows=lambda session, first, end: [c.model_dump() for c in daily.companion_meals(session, first, end)],
                       columns=columns, printable="companion-meal-log", save_label=QT_TRANSLATE_NOOP("Field", "保存陪餐记录"),
                       defaults={"meal": "午餐"})


class SamplesPage(ModulePage):
    """留样: today's menu with what is still to sample, the sample form (Enter saves), and the samples that may be destroyed."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "canteen", parent)
        from logistics_desktop.canteen import daily
        from logistics_desktop.widgets.forms import FieldForm

        self.form = FieldForm()
        self.form.add("day", self.tr("日期"), "date", required=True)
        self.form.add("meal", self.tr("餐次"), "choice", required=True, choices=daily.MEALS)
        self.form.add("dish", self.tr("菜品"), "lookup", required=True)
        self.form.add("grams", self.tr("重量（克）"), "int", required=True)
        self.form.add("by", self.tr("留样人"), "staff", required=True)
        self.form.finish()
        self.form.set_values({"day": date.today(), "meal": "午餐"})
        self.form.editors["day"].edited.connect(self.reload)
        self.form.editors["meal"].edited.connect(self.reload)
        self.form.submitted.connect(self.save)
        save = QPushButton(self.tr("留样（回车）"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.menu_table = _simple_table([self.tr("餐次"), self.tr("菜品"), self.tr("留样")])
        self.menu_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ready = _simple_table([self.tr("日期"), self.tr("餐次"), self.tr("菜品"), self.tr("重量"), self.tr("保留至")])
        self.ready.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ready.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.destroyer = QComboBox(editable=True)
        self.destroyer.setObjectName("destroyer")
        destroy = QPushButton(self.tr("销毁所选"))
        destroy.setObjectName("destroy")
        destroy.clicked.connect(self.destroy)
        print_button = QPushButton(self.tr("打印本月留样记录"))
        print_button.clicked.connect(self.print_log)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(save)
        left.addWidget(self.message)
        left.addWidget(QLabel(self.tr("当日食谱")))
        left.addWidget(self.menu_table, 1)
        destroy_row = QHBoxLayout()
        destroy_row.addWidget(QLabel(self.tr("销毁人")))
        destroy_row.addWidget(self.destroyer, 1)
        destroy_row.addWidget(destroy)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("已满保留时间、可以销毁的留样")))
        right.addWidget(self.ready, 1)
        right.addLayout(destroy_row)
        right.addWidget(print_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.ready_ids: list[int] = []
        self.reload()

    def reload(self) -> None:
        from datetime import datetime, timedelta

        from logistics_desktop.canteen import daily

        day = self.form.editors["day"].value()
        meal = self.form.editors["meal"].value()
        with self.ctx.session() as session:
            dishes = daily.menu(session, day, day + timedelta(days=1))
            missing = set(daily.missing_samples(session, day))
            ready = daily.destroyable(session, datetime.now())
        self.form.editors["by"].set_choices(_staff_names(self.ctx))
        names = [d.dish for d in dishes if d.meal == meal and (d.meal, d.dish) in missing]
        self.form.editors["dish"].set_choices([""] + names)
        self.menu_table.setRowCount(len(dishes))
        for r, d in enumerate(dishes):
            done = (d.meal, d.dish) not in missing
            for c, text in enumerate((d.meal, d.dish, self.tr("已留样") if done else self.tr("未留样"))):
                item = QTableWidgetItem(text)
                if not done:
                    item.setForeground(QBrush(QColor("#C62828")))
                self.menu_table.setItem(r, c, item)
        self.ready.setRowCount(len(ready))
        self.ready_ids = [s.id for s in ready]
        for r, s in enumerate(ready):
            for c, text in enumerate((f"{s.day:%m-%d}", s.meal, s.dish, f"{s.grams} g", f"{s.keep_until:%m-%d %H:%M}")):
                self.ready.setItem(r, c, QTableWidgetItem(text))
        text = self.destroyer.currentText()
        self.destroyer.clear()
        self.destroyer.addItems(_staff_names(self.ctx))
        self.destroyer.setEditText(text)

    def save(self) -> bool:
        from logistics_desktop.canteen import daily

        values = self.form.values()
        try:
            with self.ctx.session() as session:
                daily.record_sample(session, values)
        except InputError as exc:
            self.form.show_errors(exc)
            return False
        self.message.setText(self.tr("已留样：%1 %2 克").replace("%1", values["dish"]).replace("%2", str(values["grams"])))
        self.form.set_values({"day": values["day"], "meal": values["meal"], "by": values["by"]})
        self.ctx.changed.emit("canteen")
        self.form.editors["dish"].setFocus()
        return True

    def destroy(self) -> bool:
        from logistics_desktop.canteen import daily

        rows = sorted({index.row() for index in self.ready.selectionModel().selectedRows()})
        if not rows:
            self.message.setText(self.tr("请先选中要销毁的留样"))
            return False
        try:
            with self.ctx.session() as session:
                count = daily.destroy(session, [self.ready_ids[r] for r in rows], by=self.destroyer.currentText())
        except InputError as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText(self.tr("已登记销毁 %1 份").replace("%1", str(count)))
        self.ctx.changed.emit("canteen")
        return True

    def print_log(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "sample-log", {"month": self.form.editors["day"].value().strftime("%Y-%m")})


class MenuPage(QWidget):
    """带量食谱 of a week: a row per dish (星期, 餐次, 菜品, 每人量, 主要原料); the day and meal carry down."""

    COLUMNS = (QT_TRANSLATE_NOOP("MenuPage", "星期"), QT_TRANSLATE_NOOP("MenuPage", "餐次"), QT_TRANSLATE_NOOP("MenuPage", "菜品"),
               QT_TRANSLATE_NOOP("MenuPage", "每人量（克）"), QT_TRANSLATE_NOOP("MenuPage", "主要原料"))
    BLANK_ROWS = 8

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QDateEdit

        self.ctx = ctx
        self.week = QDateEdit(date.today())
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.setCalendarPopup(True)
        self.week.dateChanged.connect(self.reload)
        self.table = _simple_table([self.tr(c) for c in self.COLUMNS])
        self.table.setObjectName("menu")
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(2, 220)
        self.errors = QLabel()
        self.errors.setStyleSheet("color: #C62828;")
        self.errors.setWordWrap(True)
        buttons = QHBoxLayout()
        for label, slot in ((self.tr("上一周"), lambda: self.shift(-7)), (self.tr("下一周"), lambda: self.shift(7)),
                            (self.tr("复制上周食谱"), self.copy_last_week), (self.tr("加行"), self.add_rows),
                            (self.tr("保存本周 (Ctrl+S)"), self.save), (self.tr("打印食谱"), self.print_menu)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("周（任选一天）")))
        top.addWidget(self.week)
        self.range_label = QLabel()
        top.addWidget(self.range_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.reload()

    def monday(self) -> date:
        from datetime import timedelta

        day = self.week.date().toPython()
        return day - timedelta(days=day.weekday())

    def shift(self, days: int) -> None:
        self.week.setDate(self.week.date().addDays(days))

    def reload(self) -> None:
        from datetime import timedelta

        from logistics_desktop.canteen import daily

        monday = self.monday()
        self.range_label.setText(f"{monday:%Y-%m-%d} — {monday + timedelta(days=6):%Y-%m-%d}")
        with self.ctx.session() as session:
            dishes = daily.menu(session, monday, monday + timedelta(days=7))
        self.table.setRowCount(0)
        self.table.setRowCount(len(dishes) + self.BLANK_ROWS)
        for r, d in enumerate(dishes):
            for c, text in enumerate((daily.WEEKDAYS[d.day.weekday()], d.meal, d.dish, str(d.grams or ""), d.ingredients)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.errors.clear()

    def add_rows(self) -> None:
        self.table.setRowCount(self.table.rowCount() + self.BLANK_ROWS)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def entries(self) -> tuple[dict[tuple[date, str], list[dict]], list[str]]:
        """Rows grouped by (day, meal); a blank 星期 or 餐次 repeats the row above."""
        from datetime import timedelta

        from logistics_desktop.canteen import daily

        monday = self.monday()
        groups: dict[tuple[date, str], list[dict]] = {}
        problems, weekday, meal = [], "", ""
        for r in range(self.table.rowCount()):
            weekday, meal = self._text(r, 0) or weekday, self._text(r, 1) or meal
            dish = self._text(r, 2)
            if not dish:
                continue
            index = next((i for i, name in enumerate(daily.WEEKDAYS) if name[-1] in weekday[-1:]), None)
            if index is None:
                problems.append(self.tr("第 %1 行：星期应写 一 至 日").replace("%1", str(r + 1)))
                continue
            if meal not in daily.MEALS:
                problems.append(self.tr("第 %1 行：餐次应为 %2").replace("%1", str(r + 1)).replace("%2", "、".join(daily.MEALS)))
                continue
            groups.setdefault((monday + timedelta(days=index), meal), []).append(
                {"dish": dish, "grams": self._text(r, 3), "ingredients": self._text(r, 4)})
        return groups, problems

    def save(self) -> bool:
        from datetime import timedelta

        from logistics_desktop.canteen import daily

        groups, problems = self.entries()
        if problems:
            self.errors.setText("\n".join(problems))
            return False
        monday = self.monday()
        try:
            with self.ctx.session() as session:
                existing = {(d.day, d.meal) for d in daily.menu(session, monday, monday + timedelta(days=7))}
                for day, meal in existing - set(groups):
                    daily.set_day_menu(session, day, meal, [])
                for (day, meal), dishes in groups.items():
                    daily.set_day_menu(session, day, meal, dishes)
        except InputError as exc:
            self.errors.setText("\n".join(e.message for e in getattr(exc, "errors", [exc])))
            return False
        self.ctx.changed.emit("canteen")
        self.reload()
        self.errors.setText(self.tr("已保存本周食谱"))
        return True

    def copy_last_week(self) -> None:
        from datetime import timedelta

        from logistics_desktop.canteen import daily

        monday = self.monday()
        try:
            with self.ctx.session() as session:
                daily.copy_week(session, monday - timedelta(days=7), monday)
        except InputError as exc:
            self.errors.setText(exc.message)
            return
        self.ctx.changed.emit("canteen")
        self.reload()

    def print_menu(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "weekly-menu", {"week": self.monday().isoformat()})


class StockPage(ModulePage):
    """库存: the book quantity of every item, issues to the kitchen, and the month-end count."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "canteen", parent)
        from logistics_desktop.canteen import stock
        from logistics_desktop.widgets.forms import FieldForm

        self.stock = stock
        self.table = _simple_table([self.tr("品名"), self.tr("单位"), self.tr("账面数量")])
        self.table.setObjectName("stock")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._picked)
        self.form = FieldForm()
        self.form.add("on", self.tr("出库日期"), "date", required=True)
        self.form.add("item", self.tr("品名"), "lookup", required=True)
        self.form.add("unit", self.tr("单位"), "text")
        self.form.add("quantity", self.tr("出库数量"), "text", required=True)
        self.form.add("purpose", self.tr("用途"), "lookup", choices=("早餐", "午餐", "午点", "晚餐"))
        self.form.add("by", self.tr("领用人"), "staff", required=True)
        self.form.finish()
        self.form.set_values({"on": date.today(), "purpose": "午餐"})
        self.form.submitted.connect(self.issue)
        issue = QPushButton(self.tr("出库（回车）"))
        issue.setObjectName("issue")
        issue.clicked.connect(self.issue)
        count = QPushButton(self.tr("月底盘点…"))
        count.clicked.connect(self.count)
        print_button = QPushButton(self.tr("打印盘点表"))
        print_button.clicked.connect(self.print_count)
        self.message = QLabel()
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(issue)
        left.addWidget(self.message)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(count)
        buttons.addWidget(print_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("当前库存（已签字的进货入库，出库和盘点差异已计入）")))
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.keys: list[tuple[str, str]] = []
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            book = {k: v for k, v in self.stock.book(session, date.today()).items() if v}
        self.keys = list(book)
        self.table.setRowCount(len(book))
        for r, ((item, unit), quantity) in enumerate(book.items()):
            for c, text in enumerate((item, unit, f"{quantity.normalize():f}")):
                cell = QTableWidgetItem(text)
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.form.editors["item"].set_choices([""] + sorted({k[0] for k in book}))
        self.form.editors["by"].set_choices(_staff_names(self.ctx))

    def _picked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.keys):
            self.form.editors["item"].set_value(self.keys[row][0])
            self.form.editors["unit"].set_value(self.keys[row][1])
            self.form.editors["quantity"].setFocus()

    def issue(self) -> bool:
        values = self.form.values()
        try:
            with self.ctx.session() as session:
                self.stock.issue(session, values)
        except InputError as exc:
            self.form.show_errors(exc)
            return False
        self.message.setText(self.tr("已出库：%1 %2%3").replace("%1", values["item"]).replace("%2", values["quantity"]).replace("%3", values["unit"]))
        self.form.set_values({"on": values["on"], "purpose": values["purpose"], "by": values["by"]})
        self.ctx.changed.emit("canteen")
        self.form.editors["item"].setFocus()
        return True

    def count(self) -> None:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("月底盘点"))
        table = _simple_table([self.tr("品名"), self.tr("单位"), self.tr("账面数量"), self.tr("实盘数量")])
        table.setRowCount(len(self.keys))
        for r in range(len(self.keys)):
            for c in range(3):
                cell = QTableWidgetItem(self.table.item(r, c).text())
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, cell)
            table.setItem(r, 3, QTableWidgetItem(""))
        who = QComboBox(editable=True)
        who.addItems(_staff_names(self.ctx))
        errors = QLabel()
        errors.setStyleSheet("color: #C62828;")
        errors.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("只填清点过的食品；空着的不记盘点。")))
        layout.addWidget(table)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("盘点人")))
        row.addWidget(who, 1)
        layout.addLayout(row)
        layout.addWidget(errors)
        layout.addWidget(buttons)
        dialog.resize(560, 520)

        def save():
            counts = {self.keys[r]: table.item(r, 3).text().strip() for r in range(table.rowCount())}
            try:
                with self.ctx.session() as session:
                    self.stock.record_count(session, counted_on=date.today(), counts=counts, by=who.currentText())
            except InputError as exc:
                errors.setText("\n".join(e.message for e in getattr(exc, "errors", [exc])))
                return
            dialog.accept()

        buttons.accepted.connect(save)
        buttons.rejected.connect(dialog.reject)
        self.count_dialog = dialog  # reachable from tests
        if dialog.exec():
            self.ctx.changed.emit("canteen")

    def print_count(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "canteen-stock-count", {"month": date.today().strftime("%Y-%m")})


class FeesPage(ModulePage):
    """伙食费: other income and expenses entered here, purchases from signed deliveries, the month's notice."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "canteen", parent)
        from logistics_desktop.canteen import fees
        from logistics_desktop.widgets.records_page import RecordsPage

        fields = [("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", True, ()), ("account", QT_TRANSLATE_NOOP("Field", "账户"), "choice", True, ()),
                  ("kind", QT_TRANSLATE_NOOP("Field", "收支"), "choice", True, fees.KINDS),
                  ("category", QT_TRANSLATE_NOOP("Field", "类别"), "lookup", True, fees.INCOME_CATEGORIES + fees.EXPENSE_CATEGORIES),
                  ("amount", QT_TRANSLATE_NOOP("Field", "金额（元）"), "text", True, ()), ("note", QT_TRANSLATE_NOOP("Field", "摘要"), "text", False, ()), ("by", QT_TRANSLATE_NOOP("Field", "经办人"), "staff", True, ())]
        columns = [("on", QT_TRANSLATE_NOOP("Field", "日期")), ("account_label", QT_TRANSLATE_NOOP("Field", "账户")), ("kind", QT_TRANSLATE_NOOP("Field", "收支")), ("category", QT_TRANSLATE_NOOP("Field", "类别")),
                   ("amount", QT_TRANSLATE_NOOP("Field", "金额（元）")), ("note", QT_TRANSLATE_NOOP("Field", "摘要")), ("by", QT_TRANSLATE_NOOP("Field", "经办人"))]

        def rows(session, first, end):
            from logistics_desktop.core.parse import fen_to_yuan

            return [{**e.model_dump(), "account_label": fees.account_label(session, e.account), "amount": fen_to_yuan(e.amount_fen)}
                    for e in fees.entries(session, first, end)]

        self.records = RecordsPage(ctx, module="canteen", fields=fields, save=lambda session, values: fees.record_entry(session, values) and None,
                                   rows=rows, columns=columns, printable="fee-notice", save_label=QT_TRANSLATE_NOOP("Field", "登记收支"))
        self.records.summary.setObjectName("fee_summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.records)
        self.records.month.dateChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        from logistics_desktop.canteen import fees
        from logistics_desktop.core.parse import fen_to_yuan

        first, end = self.records.month_bounds()
        with self.ctx.session() as session:
            accounts = [(fees.account_label(session, key), key) for key in fees.ACCOUNTS]
            months = fees.month_summary(session, first, end)
            flags = [fees.balance_flag(session, m) for m in months]
        editor = self.records.form.editors["account"]
        chosen = editor.value()
        editor.set_choices([label for label, _ in accounts])
        if chosen:
            editor.set_value(chosen)
        lines = []
        for m, flag in zip(months, flags):
            percent = f"（{m.term_percent:+.1f}%）" if m.term_percent is not None else ""
            line = self.tr("%1：本月收入 %2 元，支出 %3 元（含进货 %4 元）；本学期结余 %5 元%6").replace("%1", m.label) \
                .replace("%2", fen_to_yuan(m.income_total)).replace("%3", fen_to_yuan(m.expense_total)) \
                .replace("%4", fen_to_yuan(sum(v for k, v in m.expense.items() if k.endswith("（进货）")))) \
                .replace("%5", fen_to_yuan(m.term_balance)).replace("%6", percent)
            lines.append(f"<span style='color:#C62828'>{line} ⚠ {flag}</span>" if flag else line)
        self.records.summary.setText("<br/>".join(lines))


# ------------------------------------------------------------------ settings pages


class SuppliersPage(QWidget):
    """设置 → 供货单位: name, address, contact, licence and its expiry, what they supply."""

    FIELDS = (("name", QT_TRANSLATE_NOOP("SuppliersPage", "供货单位名称"), "text", True), ("address", QT_TRANSLATE_NOOP("SuppliersPage", "地址"), "text", False),
              ("contact", QT_TRANSLATE_NOOP("SuppliersPage", "联系人"), "text", False), ("phone", QT_TRANSLATE_NOOP("SuppliersPage", "电话"), "phone", False),
              ("licence_no", QT_TRANSLATE_NOOP("SuppliersPage", "许可证/营业执照编号"), "text", True),
              ("licence_expiry", QT_TRANSLATE_NOOP("SuppliersPage", "许可证有效期至"), "text", False),
              ("supplies", QT_TRANSLATE_NOOP("SuppliersPage", "供应品种（如 蔬菜、肉类）"), "text", False))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.build_list_form([(k, self.tr(label), kind, required) for k, label, kind, required in self.FIELDS],
                             [self.tr("名称"), self.tr("许可证编号"), self.tr("有效期至"), self.tr("供应品种")])

    def build_list_form(self, fields, headers) -> None:
        from logistics_desktop.widgets.forms import FieldForm

        self.table = _simple_table(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.form = FieldForm()
        for key, label, kind, required in fields:
            self.form.add(key, label, kind, required=required)
        self.form.finish()
        self.form.submitted.connect(self.save)
        new = QPushButton(self.tr("新增"))
        new.clicked.connect(self.new)
        save = QPushButton(self.tr("保存"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        self.message = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.ids: list[int] = []
        self.current: int | None = None
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            rows = [(s.id, s.model_dump(), [s.name, s.licence_no, f"{s.licence_expiry:%Y-%m-%d}" if s.licence_expiry else "", s.supplies])
                    for s in service.suppliers(session)]
        self._fill(rows)

    def _fill(self, rows) -> None:
        self.ids = [r[0] for r in rows]
        self.values = {r[0]: r[1] for r in rows}
        self.table.setRowCount(len(rows))
        for r, (_id, _values, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.current = self.ids[row]
            values = dict(self.values[self.current])
            for key, value in values.items():
                if isinstance(value, date):
                    values[key] = value.isoformat()
            self.form.set_values(values)

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.form.set_values({})
        self.form.editors[next(iter(self.form.editors))].setFocus()

    def write(self, session, values) -> None:
        self.current = service.save_supplier(session, values, self.current)

    def save(self) -> bool:
        try:
            with self.ctx.session() as session:
                self.write(session, self.form.values())
        except InputError as exc:
            self.form.show_errors(exc)
            return False
        self.message.setText(self.tr("已保存"))
        self.ctx.changed.emit("canteen")
        self.reload()
        return True


class CertificatesPage(SuppliersPage):
    """设置 → 从业人员健康证: one certificate per canteen worker of the staff directory."""

    def __init__(self, ctx, parent=None):
        QWidget.__init__(self, parent)
        self.ctx = ctx
        self.build_list_form([("person", self.tr("持证人"), "staff", True), ("number", self.tr("健康证编号"), "text", True),
                              ("expiry", self.tr("有效期至"), "text", True)],
                             [self.tr("持证人"), self.tr("健康证编号"), self.tr("有效期至")])

    def reload(self) -> None:
        with self.ctx.session() as session:
            rows = [(c["id"], c, [c["person"], c["number"], f"{c['expiry']:%Y-%m-%d}"]) for c in service.certificates(session)]
        self.form.editors["person"].set_choices(_staff_names(self.ctx))
        self._fill(rows)

    def write(self, session, values) -> None:
        self.current = service.save_certificate(session, person=values["person"], number=values["number"], expiry=values["expiry"])
