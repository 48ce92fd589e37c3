"""Where to save an exported workbook: the one save dialog every export uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_xlsx_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """The path the clerk picked, with .xlsx added when left off; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Excel (*.xlsx)")
    if not name:
        return None
    return Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
