"""A read-only table model over a list of row dicts (for short lists: directories, problems, history).

Long lists (assets) need a model over SQL with paging instead.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_RED = QBrush(QColor("#C62828"))


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[tuple[str, str]], parent=None, *, flag: str = ""):
        """columns: (key, header) pairs; rows whose `flag` key is true are drawn in red (overdue, too short …)."""
        super().__init__(parent)
        self.columns = columns
        self.flag = flag
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=_DISPLAY):
        row = self.rows[index.row()]
        value = row.get(self.columns[index.column()][0])
        if role == _DISPLAY:
            if isinstance(value, bool):
                return QCoreApplication.translate("Field", "是") if value else QCoreApplication.translate("Field", "否")
            if isinstance(value, date):
                return value.strftime("%Y-%m-%d")
            return "" if value is None else str(value)
        if role == _ALIGN and isinstance(value, (bool, int, date)):
            return _CENTER
        if role == _USER:
            return row.get("id")
        if role == _FOREGROUND and self.flag and row.get(self.flag):
            return _RED
        return None

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.get("id") == row_id), -1)


def rows_view(model: RowsModel, view: QTableView | None = None, *, stretch: int | None = None) -> QTableView:
    """A read-only list of whole rows over `model`, one row selected at a time (in `view`, a form's table, if given);
    with `stretch`, every column as wide as its content and that one (a text column) taking the rest."""
    view = view if view is not None else QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(stretch is None)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(True)
    return view


def select_row(view: QTableView, row_id: int) -> bool:
    """Make the row of `row_id` (a RowsModel's) the current one, scrolled into view: a 首页 link lands on its item."""
    row = view.model().row_of(row_id)
    if row < 0:
        return False
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))
    view.setFocus()
    return True


def plain_table(table: QTableWidget, headers: list[str], *, read_only: bool = False, stretch: int = -1) -> QTableWidget:
    """A QTableWidget of a form set up as the pages' small tables are: headers, no row numbers, each column as wide as
    its content and the text column (`stretch`, the last by default) taking the rest, so no name is cut."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    stretch = stretch % len(headers) if headers else 0
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    if read_only:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table
