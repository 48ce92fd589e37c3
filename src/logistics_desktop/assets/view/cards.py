"""资产卡片: the list over SQL (a page at a time), one search box and three filters, totals of what is shown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QWidget

from logistics_desktop.assets import query, service
from logistics_desktop.assets.view.card import CardDialog
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.parse import fen_to_yuan
from logistics_desktop.widgets.files import ask_xlsx_path, confirm_saved
from logistics_desktop.widgets.ui_forms import load_ui

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
        self.rows, self.totals = self.ctx.read(query.first_page, q, PAGE)
        self.exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.q)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        more = self.ctx.read(query.page, self.q, len(self.rows), PAGE)
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
            if key == "class_code":
                return row.get("class_name") or row["class_code"] or ""
            value = row.get(key)
            if key == "status":  # a stored word, shown in the interface's language
                return QCoreApplication.translate("Field", value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and key == "class_code":
            return row["class_code"]
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
        ui = self.ui = load_ui("assets/cards.ui", self)
        self.search, self.room, self.klass, self.status, self.totals = ui.search, ui.room, getattr(ui, "class"), ui.status, ui.totals
        self.status.addItem(self.tr("在账（不含已报废）"), "")
        for status in service.STATUSES:
            self.status.addItem(QCoreApplication.translate("Field", status), status)
        self.status.addItem(self.tr("借出中"), query.ON_LOAN)
        self.status.addItem(self.tr("借用逾期"), query.OVERDUE)
        self.status.addItem(self.tr("分类为推断"), query.INFERRED)
        self.status.addItem(self.tr("全部"), query.ALL)
        self.model = AssetListModel(ctx, self)
        self.table = ui.assets
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
        self.buttons = {key: getattr(ui, key) for key in ("new", "open", "import", "export", "ledger", "labels")}
        self.buttons["new"].clicked.connect(lambda: self.open_card(None))
        self.buttons["open"].clicked.connect(self._open_current)
        self.buttons["import"].clicked.connect(lambda: self.import_file())
        self.buttons["export"].clicked.connect(lambda: self.export_file())
        self.buttons["ledger"].clicked.connect(self.print_ledger)
        self.buttons["labels"].clicked.connect(self.print_labels)
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

        rooms = self.ctx.read(directory.rows, directory.ROOMS)
        classes = [c for c in self.ctx.read(service.classes) if len(c.code) <= 5]
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
                "status": self.status.currentData() if self.status.currentData() in service.STATUSES else "",
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

        path = path or ask_xlsx_path(self, self.tr("导出"), self.tr("资产登记台账.xlsx"))
        if path is None:
            return None
        self.ctx.read(export_assets, path, query=self.current_query())
        confirm_saved(self, path)
        return path

    def print_ledger(self):
        from logistics_desktop.assets.reports import asset_ledger
        from logistics_desktop.widgets.pdf_preview import preview_report

        options = {"group_by": "room", **self._filter_options()}
        return preview_report(self, self.tr("资产登记台账"), lambda: self.ctx.read(asset_ledger, options))

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
        options = {**self._filter_options(), "codes": ",".join(self.selected_codes()), **options}
        try:
            return preview_report(self, self.tr("资产标签"), lambda: self.ctx.read(labels_drawing, options))
        except InputError as exc:
            QMessageBox.warning(self, self.tr("资产标签"), str(exc))
            return None
