"""The 资产 tab: the list over SQL with filters and totals, the card dialog and its movements."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logistics_desktop.assets import query, service
from logistics_desktop.assets.models import ACQUISITIONS, SCRAP_REASONS, STATUSES
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.parse import fen_to_yuan
from logistics_desktop.widgets.forms import FieldForm, FormDialog
from logistics_desktop.widgets.table_model import RowsModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FORE = Qt.ItemDataRole.ForegroundRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RED = QBrush(QColor("#C62828"))
_GREY = QBrush(QColor("#777777"))
PAGE = 200


class AssetListModel(QAbstractTableModel):
    """Rows come from SQL a page at a time as the view scrolls; sorting and filtering are SQL too."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.q = query.AssetQuery()
        self.rows: list[dict] = []
        self.exhausted = True
        self.totals = query.Totals(0, 0, 0)

    def set_query(self, q: query.AssetQuery) -> None:
        self.beginResetModel()
        self.q = q
        with self.ctx.session() as session:
            self.rows = query.page(session, q, 0, PAGE)
            self.totals = query.totals(session, q)
        self.exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.q)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        with self.ctx.session() as session:
            more = query.page(session, self.q, len(self.rows), PAGE)
        self.exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(query.COLUMNS)

    def data(self, index, role=_DISPLAY):
        row = self.rows[index.row()]
        key = query.COLUMNS[index.column()][0]
        if role == _DISPLAY:
            if key == "quantity":
                return f"{row['quantity'].normalize():f}"
            if key == "amount":
                return fen_to_yuan(row["amount_fen"])
            if key == "loan":
                return f"{row['loan_party']}（应还 {row['loan_due']:%m-%d}）" if row["loan_party"] else ""
            value = row.get(key)
            return "" if value is None else str(value)
        if role == _ALIGN and key in ("quantity", "amount"):
            return _RIGHT
        if role == _FORE:
            if key == "loan" and row["loan_due"] and row["loan_due"] < date.today():
                return _RED
            if row["status"] in ("已报废", "丢失"):
                return _GREY
        return None

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Field", query.COLUMNS[section][1])
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.set_query(replace(self.q, sort=query.COLUMNS[column][0], descending=order == Qt.SortOrder.DescendingOrder))

    def asset_id(self, row: int) -> int:
        return self.rows[row]["id"]


class AssetsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("搜索编号、名称、规格、存放地点、保管人…"))
        self.search.setClearButtonEnabled(True)
        self.room = QComboBox()
        self.room.setObjectName("room")
        self.klass = QComboBox()
        self.klass.setObjectName("class")
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("在账（不含已报废）"), "")
        for status in STATUSES:
            self.status.addItem(status, status)
        self.status.addItem(self.tr("借出中"), query.ON_LOAN)
        self.status.addItem(self.tr("借用逾期"), query.OVERDUE)
        self.status.addItem(self.tr("全部"), query.ALL)
        self.model = AssetListModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("assets")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((110, 160, 160, 90, 60, 45, 100, 130, 70, 70, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_card(self.model.asset_id(index.row())))
        self.totals = QLabel()
        self.totals.setObjectName("totals")

        buttons = {}
        for key, text in (("new", self.tr("新增卡片")), ("open", self.tr("打开卡片")), ("import", self.tr("导入…")),
                          ("export", self.tr("导出…")), ("ledger", self.tr("打印台账…")), ("labels", self.tr("打印标签…"))):
            buttons[key] = QPushButton(text)
            buttons[key].setObjectName(key)
        buttons["new"].clicked.connect(lambda: self.open_card(None))
        buttons["open"].clicked.connect(self._open_current)
        buttons["import"].clicked.connect(lambda: self.import_file())
        buttons["export"].clicked.connect(lambda: self.export_file())
        buttons["ledger"].clicked.connect(self.print_ledger)
        buttons["labels"].clicked.connect(self.print_labels)
        self.buttons = buttons

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.room, 1)
        filters.addWidget(self.klass, 1)
        filters.addWidget(self.status, 1)
        actions = QHBoxLayout()
        for key in ("new", "open", "import", "export", "ledger", "labels"):
            actions.addWidget(buttons[key])
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

        self._fill_filters()
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.room, self.klass, self.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_card(None))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        ctx.changed.connect(self._changed)
        ctx.database_replaced.connect(self._changed)
        self.apply_filters()

    def _fill_filters(self) -> None:
        from logistics_desktop.directory import service as directory

        with self.ctx.session() as session:
            rooms = directory.rows(session, directory.ROOMS)
            classes = [c for c in service.classes(session) if len(c.code) <= 5]
        for combo, first, items in ((self.room, self.tr("全部存放地点"), [(r["name"], r["id"]) for r in rooms]),
                                    (self.klass, self.tr("全部分类"), [(f"{c.code} {c.name}", c.code) for c in classes])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _changed(self, *_args) -> None:
        self._fill_filters()
        self.model.refresh()
        self._show_totals()

    def current_query(self) -> query.AssetQuery:
        return replace(self.model.q, text=self.search.text(), room_id=self.room.currentData(),
                       class_prefix=self.klass.currentData() or "", status=self.status.currentData())

    def apply_filters(self, *_args) -> None:
        self.model.set_query(self.current_query())
        self._show_totals()

    def _show_totals(self) -> None:
        t = self.model.totals
        self.totals.setText(self.tr("共 %1 张卡片，数量 %2，金额 %3 元")
                            .replace("%1", str(t.count)).replace("%2", f"{t.quantity:f}").replace("%3", fen_to_yuan(t.amount_fen)))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_card(self.model.asset_id(index.row()))

    def open_reference(self, reference: str, *, modal: bool = True):
        """From 首页: "card:<id>" opens that card."""
        kind, _, value = reference.partition(":")
        if kind == "card" and value.isdigit():
            return self.open_card(int(value), modal=modal)
        return None

    def open_card(self, card_id: int | None, *, modal: bool = True):
        dialog = CardDialog(self.ctx, card_id, self)
        if modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    def selected_codes(self) -> list[str]:
        return [self.model.rows[i.row()]["code"] for i in self.table.selectionModel().selectedRows()]

    def _filter_options(self) -> dict:
        return {"room": self.room.currentText() if self.room.currentData() else "", "class": self.klass.currentData() or "",
                "status": self.status.currentData() if self.status.currentData() in STATUSES else "",
                "include_retired": self.status.currentData() == query.ALL}

    def import_file(self, path: Path | None = None, ask=None, confirm=None):
        from logistics_desktop.core.modules import find_data_kind
        from logistics_desktop.modules import all_modules
        from logistics_desktop.widgets.import_dialog import run_import

        report = run_import(self, find_data_kind(all_modules(), "assets"), self.ctx.session, path, ask=ask, confirm=confirm)
        if report is not None and report.written:
            self.ctx.changed.emit("assets")
        return report

    def export_file(self, path: Path | None = None) -> Path | None:
        from logistics_desktop.assets.reports import export_assets

        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("导出"), self.tr("资产登记台账.xlsx"), "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        with self.ctx.session() as session:
            export_assets(session, path, query=self.current_query())
        return path

    def print_ledger(self):
        from logistics_desktop.assets.reports import asset_ledger
        from logistics_desktop.widgets.pdf_preview import preview_report

        options = {"group_by": "room", **self._filter_options()}

        def build():
            with self.ctx.session() as session:
                return asset_ledger(session, options)

        return preview_report(self, self.tr("资产登记台账"), build)

    def print_labels(self, options: dict | None = None):
        """Labels for the selected cards, or for everything the list shows; asks for the sheet and start label."""
        from logistics_desktop.assets.reports import labels_drawing
        from logistics_desktop.core.modules import find_printable
        from logistics_desktop.modules import all_modules
        from logistics_desktop.widgets.options_dialog import ask_options
        from logistics_desktop.widgets.pdf_preview import preview_report

        if options is None:
            printable = find_printable(all_modules(), "asset-labels")
            sheet = ask_options(self, replace(printable, options=printable.options[:2]))  # layout and start label
            if sheet is None:
                return None
            options = sheet
        codes = self.selected_codes()
        options = {**self._filter_options(), "codes": ",".join(codes), **options}

        def build():
            with self.ctx.session() as session:
                return labels_drawing(session, options)

        try:
            return preview_report(self, self.tr("资产标签"), build)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("资产标签"), str(exc))
            return None


# ------------------------------------------------------------------ card dialog

CARD_FORM = (  # key, label, kind, required
    ("code", QT_TRANSLATE_NOOP("Field", "资产编号"), "text", True), ("name", QT_TRANSLATE_NOOP("Field", "资产名称"), "text", True), ("class_code", QT_TRANSLATE_NOOP("Field", "分类"), "lookup", True),
    ("brand", QT_TRANSLATE_NOOP("Field", "品牌"), "text", False), ("spec", QT_TRANSLATE_NOOP("Field", "规格型号"), "text", False), ("unit", QT_TRANSLATE_NOOP("Field", "计量单位"), "text", True),
    ("quantity", QT_TRANSLATE_NOOP("Field", "数量"), "text", True), ("unit_price", QT_TRANSLATE_NOOP("Field", "单价（元）"), "text", False), ("amount", QT_TRANSLATE_NOOP("Field", "金额（元）"), "text", False),
    ("acquired_on", QT_TRANSLATE_NOOP("Field", "取得日期"), "date", True), ("acquisition", QT_TRANSLATE_NOOP("Field", "取得方式"), "choice", True), ("funding", QT_TRANSLATE_NOOP("Field", "经费来源"), "text", False),
    ("invoice_no", QT_TRANSLATE_NOOP("Field", "发票号"), "text", False), ("supplier", QT_TRANSLATE_NOOP("Field", "供应商"), "text", False), ("department", QT_TRANSLATE_NOOP("Field", "使用部门"), "text", False),
    ("room", QT_TRANSLATE_NOOP("Field", "存放地点"), "lookup", False), ("custodian", QT_TRANSLATE_NOOP("Field", "保管人"), "staff", False), ("status", QT_TRANSLATE_NOOP("Field", "使用状况"), "choice", True),
    ("service_years", QT_TRANSLATE_NOOP("Field", "使用年限"), "text", False), ("note", QT_TRANSLATE_NOOP("Field", "备注"), "text", False),
)
MOVED_ONLY = ("room", "custodian", "status")  # changed through movements once the card exists


class CardDialog(QDialog):
    """One card: its fields, value to date, history, and the movements that change it."""

    def __init__(self, ctx, card_id: int | None, parent=None):
        super().__init__(parent)
        self.ctx, self.card_id = ctx, card_id
        self.resize(1100, 720)
        from logistics_desktop.directory import service as directory

        with ctx.session() as session:
            self.rooms = [r["name"] for r in directory.rows(session, directory.ROOMS)]
            self.staff = directory.staff_names(session)
            self.class_items = [f"{c.code} {c.name}" for c in service.classes(session)]
            next_code = service.next_code(session) if card_id is None else ""
        self.form = FieldForm()
        choices = {"class_code": tuple(self.class_items), "acquisition": ACQUISITIONS, "room": ("", *self.rooms),
                   "custodian": ("", *self.staff), "status": STATUSES}
        for key, label, kind, required in CARD_FORM:
            self.form.add(key, QCoreApplication.translate("Field", label), kind, required=required, choices=choices.get(key, ()))
        self.form.finish()
        self.form.submitted.connect(self.save)
        self.value = QLabel()
        self.value.setObjectName("value")
        self.history = RowsModel([("on", self.tr("日期")), ("kind", self.tr("事项")), ("text", self.tr("内容")),
                                  ("amount", self.tr("金额")), ("actor", self.tr("经办"))], self)
        history_view = QTableView()
        history_view.setObjectName("history")
        history_view.setModel(self.history)
        history_view.verticalHeader().hide()
        history_view.horizontalHeader().setStretchLastSection(True)
        history_view.setColumnWidth(2, 320)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)

        self.action_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        actions = (("transfer", self.tr("调拨…")), ("issue", self.tr("领用…")), ("give_back", self.tr("领用归还…")),
                   ("lend", self.tr("借用…")), ("return_loan", self.tr("借用归还…")), ("repair", self.tr("报修…")),
                   ("finish_repair", self.tr("维修结果…")), ("scrap", self.tr("申请报废…")), ("advance_scrap", self.tr("报废下一步…")),
                   ("compensate", self.tr("损坏赔偿…")), ("print_card", self.tr("打印卡片")), ("print_label", self.tr("打印标签")))
        for i, (key, text) in enumerate(actions):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.action_buttons[key] = button
            grid.addWidget(button, i // 4, i % 4)

        left = QVBoxLayout()
        left.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        left.addLayout(row)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.value)
        right.addLayout(grid)
        right.addWidget(QLabel(self.tr("变动记录")))
        right.addWidget(history_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        if card_id is None:
            self.setWindowTitle(self.tr("新增资产卡片"))
            self.form.set_values({"code": next_code, "unit": "台", "quantity": "1", "acquired_on": date.today(),
                                  "acquisition": "购置", "status": "在用", "class_code": ""})
            for button in self.action_buttons.values():
                button.setEnabled(False)
        else:
            self.reload()
        self.form.editors["code" if card_id is None else "name"].setFocus()

    def reload(self) -> None:
        with self.ctx.session() as session:
            view = service.card(session, self.card_id)
        values = dict(view.values)
        values["class_code"] = f"{values['class_code']} {view.class_name}"
        values["quantity"] = f"{values['quantity'].normalize():f}"
        values["service_years"] = values["service_years"] or ""
        self.form.set_values(values)
        for key in MOVED_ONLY:
            self.form.editors[key].setEnabled(False)
        self.setWindowTitle(self.tr("资产卡片 %1 %2").replace("%1", values["code"]).replace("%2", values["name"]))
        book = view.book
        self.value.setText(
            (self.tr("折旧年限 %1 年，已提 %2 个月，累计折旧 %3 元，净值 %4 元").replace("%1", str(book.years))
             .replace("%2", str(book.months_depreciated)).replace("%3", fen_to_yuan(book.accumulated_fen)).replace("%4", fen_to_yuan(book.net_fen)))
            if view.fixed and book.years else self.tr("不计提折旧（低值或图书等）；金额 %1 元").replace("%1", values["amount"]))
        from logistics_desktop.assets.reports import _describe

        self.history.set_rows([{"on": h["on"], "kind": h["kind"], "text": _describe(h), "amount": h["amount"], "actor": h["actor"]}
                               for h in view.history])
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
        try:
            with self.ctx.session() as session:
                if self.card_id is None:
                    self.card_id = service.create_card(session, values)
                else:
                    service.update_card(session, self.card_id, values)
        except InputError as exc:
            self.form.show_errors(exc)
            return False
        self.ctx.changed.emit("assets")
        self.reload()
        return True

    # each movement: its dialog fields and the service call
    def _movement_fields(self, key: str):
        today = date.today()
        people, rooms = ("", *self.staff), ("", *self.rooms)
        return {
            "transfer": ([("to_room", QT_TRANSLATE_NOOP("Field", "调入地点"), "lookup", rooms), ("to_custodian", QT_TRANSLATE_NOOP("Field", "接收保管人"), "staff", people),
                          ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ()), ("note", QT_TRANSLATE_NOOP("Field", "说明"), "text", ())], service.transfer),
            "issue": ([("to_custodian", QT_TRANSLATE_NOOP("Field", "领用人"), "staff", people), ("to_room", QT_TRANSLATE_NOOP("Field", "使用地点"), "lookup", rooms),
                       ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ()), ("note", QT_TRANSLATE_NOOP("Field", "用途"), "text", ())], service.issue),
            "give_back": ([("to_room", QT_TRANSLATE_NOOP("Field", "归还到"), "lookup", rooms), ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ()), ("note", QT_TRANSLATE_NOOP("Field", "说明"), "text", ())], service.give_back),
            "lend": ([("party", QT_TRANSLATE_NOOP("Field", "借用人"), "staff", people), ("due_on", QT_TRANSLATE_NOOP("Field", "应还日期"), "date", ()), ("on", QT_TRANSLATE_NOOP("Field", "借出日期"), "date", ()),
                      ("note", QT_TRANSLATE_NOOP("Field", "用途"), "text", ())], service.lend),
            "return_loan": ([("on", QT_TRANSLATE_NOOP("Field", "归还日期"), "date", ()), ("note", QT_TRANSLATE_NOOP("Field", "归还情况"), "text", ())], service.return_loan),
            "repair": ([("reason", QT_TRANSLATE_NOOP("Field", "故障情况"), "text", ()), ("on", QT_TRANSLATE_NOOP("Field", "报修日期"), "date", ())], service.request_repair),
            "finish_repair": ([("repaired", QT_TRANSLATE_NOOP("Field", "已修复"), "bool", ()), ("cost", QT_TRANSLATE_NOOP("Field", "维修费用（元）"), "text", ()), ("party", QT_TRANSLATE_NOOP("Field", "维修单位"), "text", ()),
                               ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ()), ("note", QT_TRANSLATE_NOOP("Field", "说明"), "text", ())], service.finish_repair),
            "scrap": ([("reason", QT_TRANSLATE_NOOP("Field", "报废原因"), "choice", SCRAP_REASONS), ("on", QT_TRANSLATE_NOOP("Field", "申请日期"), "date", ()), ("note", QT_TRANSLATE_NOOP("Field", "说明"), "text", ())],
                      service.request_scrap),
            "advance_scrap": ([("party", QT_TRANSLATE_NOOP("Field", "鉴定/审批/处置单位或人"), "text", ()), ("result", QT_TRANSLATE_NOOP("Field", "意见或处置方式"), "text", ()),
                               ("amount", QT_TRANSLATE_NOOP("Field", "残值收入（元）"), "text", ()), ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ()), ("note", QT_TRANSLATE_NOOP("Field", "说明"), "text", ())],
                              service.advance_scrap),
            "compensate": ([("party", QT_TRANSLATE_NOOP("Field", "赔偿人"), "text", ()), ("amount", QT_TRANSLATE_NOOP("Field", "赔偿金额（元）"), "text", ()), ("reason", QT_TRANSLATE_NOOP("Field", "损坏情况"), "text", ()),
                            ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ())], service.compensate),
        }[key], today

    def act(self, key: str, values: dict | None = None):
        """Run a movement; `values` skips the dialog (tests, scripts)."""
        if key == "print_card":
            return self._print_card()
        if key == "print_label":
            return self._print_label()
        (fields, call), _today = self._movement_fields(key)
        dialog = MovementDialog(self.action_buttons[key].text().rstrip("…"), fields, self)
        if values is not None:
            dialog.form.set_values(values)
            return dialog.submit(lambda v: self._call(call, v))
        dialog.on_submit = lambda v: self._call(call, v)
        dialog.exec()
        return None

    def _call(self, call, values: dict) -> None:
        with self.ctx.session() as session:
            call(session, self.card_id, **values)
        self.ctx.changed.emit("assets")
        self.reload()

    def _print_card(self):
        from logistics_desktop.assets.reports import card_drawing
        from logistics_desktop.widgets.pdf_preview import preview_report

        code = self.form.editors["code"].value()

        def build():
            with self.ctx.session() as session:
                return card_drawing(session, code)

        return preview_report(self, self.tr("资产卡片"), build)

    def _print_label(self):
        from logistics_desktop.assets.reports import labels_drawing
        from logistics_desktop.widgets.pdf_preview import preview_report

        code = self.form.editors["code"].value()

        def build():
            with self.ctx.session() as session:
                return labels_drawing(session, {"codes": code, "layout": "3x8", "start": 1, "include_retired": True})

        return preview_report(self, self.tr("资产标签"), build)


MovementDialog = FormDialog  # a dated movement is a short form


class ClassesPage(QWidget):
    """设置 → 资产分类: the shipped GB/T 14885 classes, and the codes a school adds."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from logistics_desktop.core import rules

        self.ctx = ctx
        self.model = RowsModel([("code", self.tr("分类代码")), ("name", self.tr("分类名称")), ("depreciation", self.tr("折旧类别")),
                                ("years", self.tr("最低折旧年限"))], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 220)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.groups = {key: self.tr(label) for key, label in DEPRECIATION_LABELS.items()}
        self.years = rules.DEPRECIATION_YEARS.value
        self.form = FieldForm()
        self.form.add("code", self.tr("分类代码"), "text", required=True)
        self.form.add("name", self.tr("分类名称"), "text", required=True)
        self.form.add("depreciation", self.tr("折旧类别"), "choice", required=True, choices=tuple(self.groups.values()))
        self.form.finish()
        self.form.submitted.connect(self.save)
        save = QPushButton(self.tr("保存"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        note = QLabel(self.tr("代码依据 GB/T 14885-2022，请按本地财政口径核对；修改名称或折旧类别不影响已有卡片的编号。"))
        note.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        right.addLayout(row)
        right.addWidget(note)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            rows = [{"code": c.code, "name": c.name, "depreciation": self.groups.get(c.depreciation, c.depreciation),
                     "years": self.years.get(c.depreciation, 0) or self.tr("不计提")} for c in service.classes(session)]
        self.model.set_rows(rows)

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            self.form.set_values(self.model.rows[current.row()])

    def save(self) -> bool:
        values = self.form.values()
        group = next((k for k, v in self.groups.items() if v == values["depreciation"]), values["depreciation"])
        try:
            with self.ctx.session() as session:
                service.save_class(session, values["code"], values["name"], group)
        except InputError as exc:
            self.form.show_errors(exc)
            return False
        self.form.clear_errors()
        self.ctx.changed.emit("assets")
        self.reload()
        return True


DEPRECIATION_LABELS = {
    "computer": QT_TRANSLATE_NOOP("ClassesPage", "计算机设备"), "office": QT_TRANSLATE_NOOP("ClassesPage", "办公设备"),
    "vehicle": QT_TRANSLATE_NOOP("ClassesPage", "车辆"), "furniture": QT_TRANSLATE_NOOP("ClassesPage", "家具"),
    "utensil": QT_TRANSLATE_NOOP("ClassesPage", "用具、装具"), "equipment": QT_TRANSLATE_NOOP("ClassesPage", "专用设备"),
    "brick_building": QT_TRANSLATE_NOOP("ClassesPage", "砖混结构房屋"), "steel_building": QT_TRANSLATE_NOOP("ClassesPage", "钢结构、钢筋混凝土房屋"),
    "none": QT_TRANSLATE_NOOP("ClassesPage", "不计提折旧（图书、文物、动植物）"),
}


class ConsumablesPage(QWidget):
    """低值易耗品: the stock list (red below the minimum), the item form, stock in, issue out, month-end count."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from logistics_desktop.assets.models import CONSUMABLE_CATEGORIES

        self.ctx = ctx
        self.item_id: int | None = None
        self.model = RowsModel([("category", self.tr("类别")), ("name", self.tr("物品名称")), ("spec", self.tr("规格")),
                                ("unit", self.tr("单位")), ("stock_text", self.tr("库存")), ("min_text", self.tr("最低库存"))], self)
        self.table = QTableView()
        self.table.setObjectName("consumables")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.low = QLabel()
        self.low.setStyleSheet("color: #C62828;")
        self.form = FieldForm()
        self.form.add("name", self.tr("物品名称"), "text", required=True)
        self.form.add("spec", self.tr("规格"), "text")
        self.form.add("unit", self.tr("单位"), "text", required=True)
        self.form.add("category", self.tr("类别"), "choice", required=True, choices=CONSUMABLE_CATEGORIES)
        self.form.add("min_stock", self.tr("最低库存"), "text")
        self.form.add("note", self.tr("备注"), "text")
        self.form.finish()
        self.form.submitted.connect(self.save)
        buttons = {}
        for key, text in (("new", self.tr("新增物品")), ("save", self.tr("保存")), ("stock_in", self.tr("入库…")),
                          ("issue", self.tr("领用…")), ("count", self.tr("月末盘点…")), ("print_stock", self.tr("打印库存表")),
                          ("print_count", self.tr("打印盘点表"))):
            buttons[key] = QPushButton(text)
            buttons[key].setObjectName(key)
        buttons["new"].clicked.connect(self.new_item)
        buttons["save"].clicked.connect(self.save)
        buttons["stock_in"].clicked.connect(lambda: self.act("stock_in"))
        buttons["issue"].clicked.connect(lambda: self.act("issue"))
        buttons["count"].clicked.connect(lambda: self.count())
        buttons["print_stock"].clicked.connect(self.print_stock)
        buttons["print_count"].clicked.connect(self.print_count)
        self.buttons = buttons
        top = QHBoxLayout()
        for key in ("new", "stock_in", "issue", "count", "print_stock", "print_count"):
            top.addWidget(buttons[key])
        top.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons["save"])
        right.addLayout(row)
        right.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.low)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        ctx.changed.connect(lambda *_: self.reload())
        self.reload()
        self.new_item()

    def reload(self) -> None:
        from logistics_desktop.assets import consumables

        with self.ctx.session() as session:
            rows = consumables.items(session)
        for r in rows:
            r["stock_text"] = f"{r['stock'].normalize():f}" + (" ⚠" if r["low"] else "")
            r["min_text"] = f"{r['min_stock'].normalize():f}"
        self.model.set_rows(rows)
        low = [r["name"] for r in rows if r["low"]]
        self.low.setText(self.tr("低于最低库存：%1").replace("%1", "、".join(low)) if low else "")
        for key in ("stock_in", "issue"):
            self.buttons[key].setEnabled(self.item_id is not None)

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            self.item_id = row["id"]
            self.form.set_values({**row, "min_stock": row["min_text"]})
            for key in ("stock_in", "issue"):
                self.buttons[key].setEnabled(True)

    def new_item(self) -> None:
        self.item_id = None
        self.table.clearSelection()
        self.form.set_values({"unit": "个", "category": "办公用品", "min_stock": "0"})
        for key in ("stock_in", "issue"):
            self.buttons[key].setEnabled(False)

    def save(self) -> bool:
        from logistics_desktop.assets import consumables

        try:
            with self.ctx.session() as session:
                self.item_id = consumables.save_item(session, self.form.values(), self.item_id)
        except InputError as exc:
            self.form.show_errors(exc)
            return False
        self.form.clear_errors()
        self.ctx.changed.emit("assets")
        return True

    def act(self, key: str, values: dict | None = None):
        from logistics_desktop.assets import consumables

        people = ("", *self._staff())
        fields, call = {
            "stock_in": ([("quantity", QT_TRANSLATE_NOOP("Field", "入库数量"), "text", ()), ("unit_price", QT_TRANSLATE_NOOP("Field", "单价（元）"), "text", ()),
                          ("supplier", QT_TRANSLATE_NOOP("Field", "供应商"), "text", ()), ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ()),
                          ("note", QT_TRANSLATE_NOOP("Field", "说明"), "text", ())], consumables.stock_in),
            "issue": ([("quantity", QT_TRANSLATE_NOOP("Field", "领用数量"), "text", ()), ("person", QT_TRANSLATE_NOOP("Field", "领用人"), "staff", people),
                       ("purpose", QT_TRANSLATE_NOOP("Field", "用途"), "text", ()), ("trade_in", QT_TRANSLATE_NOOP("Field", "以旧换新（已交回旧物）"), "bool", ()),
                       ("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", ())], consumables.issue_out),
        }[key]
        dialog = MovementDialog(self.buttons[key].text().rstrip("…"), fields, self)

        def submit(v):
            with self.ctx.session() as session:
                call(session, self.item_id, **v)
            self.ctx.changed.emit("assets")

        if values is not None:
            dialog.form.set_values(values)
            return dialog.submit(submit)
        dialog.on_submit = submit
        dialog.exec()
        return None

    def _staff(self) -> list[str]:
        from logistics_desktop.directory import service as directory

        with self.ctx.session() as session:
            return directory.staff_names(session)

    def count(self, counts: dict[int, str] | None = None):
        """Month-end count: type the counted quantity of each item; differences are recorded and printed."""
        from logistics_desktop.assets import consumables

        if counts is None:
            dialog = CountDialog(self.model.rows, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            counts = dialog.counts
        try:
            with self.ctx.session() as session:
                result = consumables.month_end_count(session, counts)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("月末盘点"), "\n".join(e.message for e in getattr(exc, "errors", [exc])))
            return None
        self.ctx.changed.emit("assets")
        return result

    def print_stock(self):
        from logistics_desktop.assets import consumables
        from logistics_desktop.widgets.pdf_preview import preview_report

        def build():
            with self.ctx.session() as session:
                return consumables.stock_ledger(session)

        return preview_report(self, self.tr("低值易耗品库存表"), build)

    def print_count(self, month: str | None = None):
        from logistics_desktop.assets import consumables
        from logistics_desktop.widgets.pdf_preview import preview_report

        month = month or f"{date.today():%Y-%m}"

        def build():
            with self.ctx.session() as session:
                return consumables.count_ledger(session, {"month": month})

        return preview_report(self, self.tr("低值易耗品月末盘点表"), build)


class CountDialog(QDialog):
    """The count sheet on screen: book quantity beside an empty 实盘数量 for every item."""

    def __init__(self, rows: list[dict], parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

        self.setWindowTitle(self.tr("月末盘点"))
        self.resize(640, 560)
        self.rows = rows
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("物品名称"), self.tr("规格"), self.tr("账面数量"), self.tr("实盘数量")])
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, text in enumerate((row["name"], row["spec"], f"{row['stock'].normalize():f}")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            self.table.setItem(r, 3, QTableWidgetItem(""))
        self.table.horizontalHeader().setStretchLastSection(True)
        ok = QPushButton(self.tr("保存盘点结果"))
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        note = QLabel(self.tr("只填清点过的物品；空着的物品不记盘点。"))
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    @property
    def counts(self) -> dict[int, str]:
        return {row["id"]: self.table.item(r, 3).text().strip() for r, row in enumerate(self.rows) if self.table.item(r, 3).text().strip()}


class AssetsModuleTab(QWidget):
    """The 资产 tab: cards and consumables side by side in inner tabs."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QTabWidget

        from logistics_desktop.modules import all_modules

        self.cards = AssetsTab(ctx)
        self.consumables = ConsumablesPage(ctx)
        self.inner = QTabWidget()
        self.inner.addTab(self.cards, self.tr("资产卡片"))
        self.inner.addTab(self.consumables, self.tr("低值易耗品"))
        self.pages: dict[str, QWidget] = {}  # other modules' pages in this tab (期末清查), through the module contract
        for module in all_modules():
            for page in module.tab_pages:
                if page.tab == "assets":
                    self.pages[page.key] = page.build(ctx)
                    self.inner.addTab(self.pages[page.key], QCoreApplication.translate("Module", page.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)

    def open_reference(self, reference: str, *, modal: bool = True):
        if reference.startswith("consumables"):
            self.inner.setCurrentWidget(self.consumables)
            return None
        key, _, rest = reference.partition(":")
        if key in self.pages:
            self.inner.setCurrentWidget(self.pages[key])
            page = self.pages[key]
            return page.open_reference(rest) if hasattr(page, "open_reference") else None
        self.inner.setCurrentWidget(self.cards)
        return self.cards.open_reference(reference, modal=modal)
