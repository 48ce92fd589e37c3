"""The files a register comes in, as sheets of rows of plain values: .xlsx, .xlsm, .xls (Excel 97–2003) and .ods read by
python-calamine (Rust, several times faster than openpyxl), .csv in UTF-8 or GBK; a very large .xlsx is streamed by
openpyxl instead, so memory stays flat. Whatever cannot be read is said in Chinese with the file's name, never in a
library's English."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from logistics_desktop.core.errors import InputError

INFO_SHEET = "_info"  # the hidden key/value sheet of a workbook the program wrote (a stocktake's count sheets)
STREAM_FROM_BYTES = 4 << 20  # an .xlsx over 4 MB (some 100,000 rows) is streamed: memory stays flat
READABLE = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
FILE_FILTER = "Excel / WPS / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)"
_OLE = b"\xd0\xcf\x11\xe0"  # an encrypted .xlsx is an OLE container, as a .xls is


def _plain(value: Any) -> Any:
    """calamine's values as openpyxl gave them: blank is None, 1001.0 is 1001, a datetime at midnight is a date."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime) and not (value.hour or value.minute or value.second):
        return value.date()
    return value


class Book:
    """A workbook opened for reading: its sheet names and each sheet's rows from row 1, column A."""

    path: Path
    sheetnames: list[str]

    def rows(self, name: str) -> Iterator[tuple[Any, ...]]:
        raise NotImplementedError

    def size(self, name: str) -> int:
        """Rows the sheet has (for progress totals)."""
        raise NotImplementedError

    def formulas_without_results(self, name: str, header_row: int, columns: set[int]) -> set[tuple[int, int]]:
        return set()

    def close(self) -> None:
        pass


class _CalamineBook(Book):
    def __init__(self, path: Path):
        from python_calamine import CalamineWorkbook

        self.path = path
        self._workbook = CalamineWorkbook.from_path(str(path))
        self.sheetnames = [m.name for m in self._workbook.sheets_metadata if str(m.typ).endswith("WorkSheet")] or list(self._workbook.sheet_names)
        self._sheets: dict[str, Any] = {}

    def _sheet(self, name: str):
        if name not in self._sheets:
            self._sheets[name] = self._workbook.get_sheet_by_name(name)
        return self._sheets[name]

    def rows(self, name: str) -> Iterator[tuple[Any, ...]]:
        sheet = self._sheet(name)
        start = sheet.start
        pad = (None,) * (start[1] if start else 0)  # calamine starts a row at the first used column: keep columns as in Excel
        for row in sheet.iter_rows():
            yield pad + tuple(_plain(v) for v in row)

    def size(self, name: str) -> int:
        end = self._sheet(name).end  # (row, column) of the last used cell, 0-based
        return end[0] + 1 if end else 0

    def formulas_without_results(self, name: str, header_row: int, columns: set[int]) -> set[tuple[int, int]]:
        if self.path.suffix.lower() not in (".xlsx", ".xlsm"):
            return set()
        member = _worksheet_member(self.path, name)
        return _unreckoned(self.path, member, header_row, columns) if member else set()

    def close(self) -> None:
        self._sheets.clear()
        self._workbook.close()


class _OpenpyxlBook(Book):
    """A very large .xlsx streamed row by row (openpyxl's read-only mode): slower than calamine, which holds the whole
    sheet, but its memory stays flat however many rows the register has."""

    def __init__(self, path: Path):
        from openpyxl import load_workbook

        self.path = path
        self._workbook = load_workbook(path, read_only=True, data_only=True)
        self.sheetnames = list(self._workbook.sheetnames)
        self._sizes: dict[str, int] = {}

    def rows(self, name: str) -> Iterator[tuple[Any, ...]]:
        sheet = self._workbook[name]
        if name not in self._sizes:
            self._sizes[name] = sheet.max_row or 0  # the size the file says it has, before it is ignored
            sheet.reset_dimensions()  # files written by other programs often lack them: rows of any length are read
        for row in sheet.iter_rows(values_only=True):
            yield tuple(_plain(v) for v in row)

    def size(self, name: str) -> int:
        if name not in self._sizes:
            self._sizes[name] = self._workbook[name].max_row or 0
        return self._sizes[name]

    def formulas_without_results(self, name: str, header_row: int, columns: set[int]) -> set[tuple[int, int]]:
        member = _worksheet_member(self.path, name)
        return _unreckoned(self.path, member, header_row, columns) if member else set()

    def close(self) -> None:
        self._workbook.close()


class _CsvBook(Book):
    """A CSV as one sheet named after the file; UTF-8 (with or without BOM) or else GBK, as Excel in China saves it."""

    def __init__(self, path: Path):
        self.path = path
        self._text = decode_text(path.read_bytes(), path.name)
        if "\x00" in self._text[:4096]:
            raise InputError("file", f"“{path.name}”不是文本格式的 CSV 文件")
        self.sheetnames = [path.stem]

    def rows(self, name: str) -> Iterator[tuple[Any, ...]]:
        for row in csv.reader(self._text.splitlines()):
            yield tuple(v if v.strip() else None for v in row)

    def size(self, name: str) -> int:
        return self._text.count("\n") + 1


def decode_text(data: bytes, name: str) -> str:
    """A text file as Chinese offices save it: UTF-8 (with or without its BOM), else GBK."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("file", f"“{name}”不是文本文件（UTF-8 或 GBK）")


def open_book(path: Path) -> Book:
    """The file opened for reading, or an InputError that says in Chinese what is wrong with it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError("file", f"找不到文件“{path}”")
    if path.is_dir():
        raise InputError("file", f"“{path.name}”是文件夹，不是表格文件")
    if suffix not in READABLE:
        raise InputError("file", f"“{path.name}”不是能读取的表格文件（可读取 {'、'.join(READABLE)}）")
    if path.stat().st_size == 0:
        raise InputError("file", f"“{path.name}”是空文件（0 字节），没有可导入的内容")
    if suffix == ".csv":
        return _CsvBook(path)
    with open(path, "rb") as f:
        head = f.read(8)
    if suffix in (".xlsx", ".xlsm", ".ods") and head.startswith(_OLE):
        raise InputError("file", f"“{path.name}”设有打开密码（已加密），请在 Excel 或 WPS 中取消密码、另存后再导入")
    if suffix in (".xlsx", ".xlsm", ".ods") and not head.startswith(b"PK"):
        raise InputError("file", f"“{path.name}”不是真正的 {suffix} 文件（可能只是改了扩展名），请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入")
    if suffix == ".xls" and not head.startswith(_OLE):
        raise InputError("file", f"“{path.name}”不是 Excel 97–2003（.xls）文件（可能是改了扩展名的网页或文本），请在 Excel 或 WPS 中另存为 .xlsx 后再导入")
    from python_calamine import PasswordError

    try:
        if suffix in (".xlsx", ".xlsm") and path.stat().st_size > STREAM_FROM_BYTES:
            return _OpenpyxlBook(path)
        return _CalamineBook(path)
    except PasswordError:
        raise InputError("file", f"“{path.name}”设有打开密码（已加密），请在 Excel 或 WPS 中取消密码、另存后再导入") from None
    except Exception:  # noqa: BLE001 - calamine's or openpyxl's, in English: one sentence for the clerk
        raise InputError("file", f"“{path.name}”已损坏或不完整，无法读取；请在 Excel 或 WPS 中打开并另存后再导入") from None


def _worksheet_member(path: Path, name: str) -> str:
    """The zip member of a sheet of an .xlsx, from the workbook's own lists (xl/worksheets/sheet1.xml …)."""
    try:
        with zipfile.ZipFile(path) as archive:
            book = archive.read("xl/workbook.xml").decode("utf-8", "replace")
            rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return ""
    from html import unescape

    for sheet in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", book):
        attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', sheet.group(1)))
        if unescape(attrs.get("name", "")) == name:
            rid = next((v for k, v in attrs.items() if k.endswith(":id")), "")
            target = re.search(rf'<Relationship\b[^>]*Id="{re.escape(rid)}"[^>]*Target="([^"]+)"', rels) or \
                re.search(rf'<Relationship\b[^>]*Target="([^"]+)"[^>]*Id="{re.escape(rid)}"', rels)
            if not target:
                return ""
            found = target.group(1)
            return found.lstrip("/") if found.startswith("/") else "xl/" + found
    return ""


_UNRECKONED = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>\s*<f[^>]*(?:/>|>[^<]*</f>)\s*(?:<v>\s*</v>\s*|<v\s*/>\s*)?</c>')


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _unreckoned(path: Path, member: str, header_row: int, columns: set[int]) -> set[tuple[int, int]]:
    """(row, column) of the table's cells holding a formula saved without its result (written by a program, never opened
    in Excel): they read as empty, like blank cells. The XML is scanned a megabyte at a time: a 200,000-row sheet's is
    hundreds of megabytes."""
    found: set[tuple[int, int]] = set()

    def scan(text: bytes) -> None:
        for match in _UNRECKONED.finditer(text) if b"<f" in text else ():
            row, column = int(match.group(2)), _column_index(match.group(1))
            if row > header_row and column in columns:
                found.add((row, column))

    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as xml:
            rest = b""
            while chunk := xml.read(1 << 20):
                text = rest + chunk
                cut = text.rfind(b"<c ")  # a cell may run on into the next chunk: it is scanned with it
                cut = len(text) if cut <= 0 else cut
                scan(text[:cut])
                rest = text[cut:]
            scan(rest)
    except (KeyError, zipfile.BadZipFile, OSError):
        return set()
    return found
