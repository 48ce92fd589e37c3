"""Errors of a grid (the lines of a delivery, the answers of a checklist) put on their cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from logistics_desktop.core.errors import InputError

BAD_CELL = QBrush(QColor("#FFCDD2"))


def clear_marks(table: QTableWidget) -> None:
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if table.item(row, column):
                table.item(row, column).setBackground(QBrush())


def mark_cells(table: QTableWidget, errors: Sequence[InputError], grid: str, columns: Sequence[str], *,
               row_of: Callable[[int], int] = lambda row: row, default_column: str = "") -> int:
    """Shade the cell of each error placed on `grid` (columns: the key of each table column; an error's row
    is turned into the table's row by `row_of`, -1 for none). Returns how many cells were marked."""
    marked = 0
    for e in errors:
        if e.field != grid or e.row is None:
            continue
        row = row_of(e.row)
        key = e.column if e.column in columns else default_column
        if not 0 <= row < table.rowCount() or key not in columns:
            continue
        column = list(columns).index(key)
        item = table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            table.setItem(row, column, item)
        item.setBackground(BAD_CELL)
        marked += 1
    return marked
