"""The openpyxl kit: a tolerant reader for the registers schools keep, and a styled ledger writer."""

from logistics_desktop.spreadsheet.reader import (
    ColumnSpec,
    RegisterSheet,
    SheetRow,
    normalize_header,
    open_register,
    read_info,
    read_register,
    sheet_names,
)
from logistics_desktop.spreadsheet.writer import write_ledger, write_workbook

__all__ = ["ColumnSpec", "RegisterSheet", "SheetRow", "normalize_header", "read_info", "open_register", "read_register", "sheet_names",
           "write_ledger", "write_workbook"]
