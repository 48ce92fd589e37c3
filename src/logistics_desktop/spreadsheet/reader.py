"""Read the Excel registers schools already keep, however they were laid out.

Title rows above the header, Chinese headers under their usual names, empty rows, 合计 rows,
dates as Excel dates or text, amounts with commas or ¥: all are taken. Every problem is
reported as (row number, column, message) and never stops the reading of other rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from logistics_desktop.core.errors import Cancelled, InputError
from logistics_desktop.core.parse import parse_date, parse_decimal, parse_int, parse_money_fen
from logistics_desktop.spreadsheet.books import INFO_SHEET, Book, open_book

MAX_CELL = 2000  # a text cell longer than this is a slip (a pasted document), not a name or a note

HEADER_SEARCH_ROWS = 10
_SUMMARY = ("合计", "总计", "小计", "累计", "本页合计")
_FOOTER = ("制表", "填表", "记录人", "审核", "负责人", "经办人", "说明", "注：", "注:", "备注：")
_COUNT_LINE = re.compile(r"^共\s*\d+")  # "共 40 条" under a table
_UNIT = re.compile(r"[（(][^（）()]*[)）]$")  # "单价（元）" -> "单价"
_IN_MONTHS = re.compile(r"[（(]\s*(?:个)?月\s*[)）]$")
_SPACES = re.compile(r"[\s\u3000*＊:：]+")


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: str
    kind: str = "text"  # text | int | decimal | money (→ 分) | date
    required: bool = False
    aliases: tuple[str, ...] = ()

    def names(self) -> set[str]:
        return {normalize_header(n) for n in (self.label, *self.aliases)}


_ABSENT = object()  # a column of a row that could not be read
_NO_BAD: frozenset[str] = frozenset()


class SheetRow:
    """One data row: its cells in the order of the sheet's keys (shared by all rows: a register may have 200,000 of
    them, and a tuple takes a fifth of a dict's room); `values` is the dict of the columns read."""

    __slots__ = ("number", "_keys", "_cells", "bad_keys")

    def __init__(self, number: int, values: dict[str, Any], bad_keys: frozenset[str] = _NO_BAD, *, keys: tuple[str, ...] | None = None):
        self.number = number  # the row number Excel shows
        self._keys = keys if keys is not None else tuple(values)
        self._cells = tuple(values.get(k, _ABSENT) for k in self._keys)
        self.bad_keys = bad_keys or _NO_BAD  # columns of this row already reported as problems

    @property
    def values(self) -> dict[str, Any]:
        return {k: v for k, v in zip(self._keys, self._cells, strict=True) if v is not _ABSENT}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SheetRow) and (self.number, self.values, self.bad_keys) == (other.number, other.values, other.bad_keys)

    def __repr__(self) -> str:
        return f"SheetRow({self.number}, {self.values}, {set(self.bad_keys) or ''})"


@dataclass
class RegisterSheet:
    sheet_name: str = ""
    header_row: int | None = None
    headers: dict[str, str] = field(default_factory=dict)  # key -> header text as found
    columns: dict[str, int] = field(default_factory=dict)  # key -> 0-based column index
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    preview: list[list[Any]] = field(default_factory=list)  # the first raw rows, for a mapping preview
    unused: list[str] = field(default_factory=list)  # headers of columns no field takes: said, never dropped silently
    month_only: int = 0  # dates written to the month only (2019.9, 2019年9月), taken as its first day: the report says how many


def normalize_header(text: Any) -> str:
    if text is None:
        return ""
    name = _SPACES.sub("", str(text))
    name = _IN_MONTHS.sub("月数", name)  # 折旧年限（月） counts months, not years: a column of its own, not a unit to drop
    while _UNIT.search(name) and _UNIT.sub("", name):
        name = _UNIT.sub("", name)
    return name


def _match_header(cells: tuple[Any, ...], columns: list[ColumnSpec]) -> dict[str, int]:
    found: dict[str, int] = {}
    names = [normalize_header(c) for c in cells]
    for spec in columns:
        wanted = spec.names()
        for index, name in enumerate(names):
            if name and name in wanted and index not in found.values():
                found[spec.key] = index
                break
    return found


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and " " not in value and "\n" not in value and "\t" not in value and "\u3000" not in value:
        return value  # most cells: nothing to tidy
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # codes typed as numbers: 1001.0 -> "1001"
    return " ".join(str(value).split())


def _convert(spec: ColumnSpec, value: Any) -> Any:
    if spec.kind == "text":
        return _text(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if spec.kind == "date":
        return parse_date(value)
    if spec.kind == "int":
        return parse_int(value, spec.label)
    if spec.kind == "decimal":
        return parse_decimal(value, spec.label)
    if spec.kind == "money":
        return parse_money_fen(value)
    raise AssertionError(spec.kind)


_MONTH_ONLY = re.compile(r"(\d{4})\s*[.．/\-年]\s*(\d{1,2})\s*月?")


def _month_only(raw: Any):
    """2019.9, 2019-09, 2019年9月 (as the government asset system writes 取得日期) as the first of that month; None for a
    full date or anything else. A number cell 2019.1 is left to the date check: it may be January or October."""
    if isinstance(raw, float) and 1900 < raw < 2100 and not repr(raw).endswith(".1"):
        raw = repr(raw)
    m = _MONTH_ONLY.fullmatch(raw.strip()) if isinstance(raw, str) else None
    return date(int(m.group(1)), int(m.group(2)), 1) if m and 1 <= int(m.group(2)) <= 12 else None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_summary(cells: tuple[Any, ...]) -> bool:
    """合计/小计 rows, and signature or count lines under the table."""
    texts: list[str] = []
    filled = 0
    for cell in cells:
        if cell is None or cell == "":
            continue
        filled += 1
        if len(texts) < 3:
            texts.append(cell.replace(" ", "").replace("\u3000", "") if isinstance(cell, str) else str(cell))
        elif filled > 3:
            break
    if not texts:
        return False
    if any(t.startswith(_SUMMARY) for t in texts):
        return True
    return filled <= 3 and (texts[0].startswith(_FOOTER) or bool(_COUNT_LINE.match(texts[0])))


def read_register(path: Path, columns: list[ColumnSpec], *, sheet: str | None = None, progress=None) -> RegisterSheet:
    """The whole register in memory: its header and every data row (the small registers; a big one is streamed with
    open_register). `progress(done, total)` (a core.errors.Progress) is told every 500 rows from the first."""
    with open_register(path, columns, sheet=sheet) as register:
        register.sheet.rows = list(register.rows(progress))
        return register.sheet


@contextmanager
def open_register(path: Path, columns: list[ColumnSpec], *, sheet: str | None = None):
    """The register opened: `.sheet` has its header (or the problem of not finding one) and the first raw rows,
    `.rows(progress)` streams its data rows, once per call, row problems going to `.sheet.problems` as they are read.

    A register may have 200,000 rows: a reader that keeps only what it checked and writes in chunks stays within bounds
    whatever the size. Any of books.READABLE (.xlsx, .xlsm, .xls, .ods, .csv) is read the same way."""
    path = Path(path)
    book = open_book(path)
    try:
        with _damage_said(path):
            register = _Register(path, book, columns, sheet)
        yield register
    finally:
        book.close()


@contextmanager
def _damage_said(path: Path):
    try:
        yield
    except (InputError, Cancelled):
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet, whatever the library says (in English): one sentence for the clerk
        raise InputError("file", f"“{path.name}”已损坏或不完整，无法读取；请在 Excel 或 WPS 中打开并另存后再导入") from None


class _Register:
    def __init__(self, path: Path, book: Book, columns: list[ColumnSpec], sheet: str | None):
        self.path, self._book = path, book
        self.sheet = RegisterSheet()
        self.size = 0  # data rows the file says it has (0 when it does not say): progress totals and estimates
        self._mapped: list[tuple[str, int, ColumnSpec]] = []
        names = [sheet] if sheet else [n for n in book.sheetnames if n != INFO_SHEET]
        best: tuple[str, int, dict[str, int], list[list[Any]]] | None = None
        for name in names:
            if name not in book.sheetnames:
                raise InputError("sheet", f"文件中没有名为“{name}”的工作表")
            top = [list(r) for r in islice(book.rows(name), HEADER_SEARCH_ROWS + 1)]
            for offset, cells in enumerate(top[:HEADER_SEARCH_ROWS]):
                for rows, header in ((1, cells), (2, _two_rows(cells, top[offset + 1]) if offset + 1 < len(top) else None)):
                    if header is None:
                        continue
                    found = _match_header(tuple(header), columns)
                    if best is None or len(found) > len(best[2]):
                        best = (name, offset + rows, found, top[:offset] + [header] * rows + top[offset + rows:])
        result = self.sheet
        if best is None or not best[2]:
            wanted = "、".join(c.label for c in columns if c.required) or "、".join(c.label for c in columns)
            seen = _headers_seen(book, names)
            result.problems.append((0, "", f"“{path.name}”的前 {HEADER_SEARCH_ROWS} 行中找不到表头（应含：{wanted}）"
                                           + (f"；文件中看到的是 {seen}" if seen else "；文件是空的")))
            return
        name, header_row, found, top = best
        result.sheet_name, result.header_row, result.columns, result.preview = name, header_row, found, top
        header_cells = top[header_row - 1]
        result.headers = {key: _text(header_cells[i]) for key, i in found.items()}
        mapped_at = set(found.values())
        result.unused = [_text(h) for i, h in enumerate(header_cells) if not _blank(h) and i not in mapped_at]
        missing = [c.label for c in columns if c.required and c.key not in found]
        if missing:
            for label in missing:
                result.problems.append((header_row, label, f"表头中缺少“{label}”列"))
            return
        # (key, column index, spec) once, not per row: a register may have 10,000 rows
        self._mapped = [(c.key, found[c.key], c) for c in columns if c.key in found]
        self.size = max(book.size(name) - header_row, 0)

    def rows(self, progress=None) -> Iterator[SheetRow]:
        """The data rows, read from the file as they are asked for; nothing when the header was not found."""
        if not self._mapped:
            return
        with _damage_said(self.path):
            yield from self._read(progress)

    def _read(self, progress) -> Iterator[SheetRow]:
        result, mapped, header_row, total = self.sheet, self._mapped, self.sheet.header_row, self.size
        keys = tuple(key for key, _, _ in mapped)
        width = max(index for _, index, _ in mapped) + 1
        unreckoned = self._book.formulas_without_results(result.sheet_name, header_row, {index for _, index, _ in mapped})
        if progress:
            progress(0, total)  # at once: a big file is being read, and Cancel works from here
        for number, cells in enumerate(islice(self._book.rows(result.sheet_name), header_row, None), start=header_row + 1):
            if progress and (number - header_row) % 500 == 0:
                progress(number - header_row, max(total, number - header_row))
            if len(cells) < width:
                cells = tuple(cells) + (None,) * (width - len(cells))
            if all(_blank(cells[index]) for _, index, _ in mapped):
                continue  # empty, or text only outside the table's columns: a note, not a record
            if _is_summary(cells):
                continue
            values: dict[str, Any] = {}
            bad: set[str] = set()
            for key, index, spec in mapped:
                raw = cells[index]
                if (number, index) in unreckoned:  # it reads as empty: it is not
                    result.problems.append((number, result.headers[key] or spec.label, "公式没有计算结果，请在 Excel 中打开并保存后再导入"))
                    bad.add(key)
                    continue
                if spec.kind == "text":
                    value = _text(raw)
                    if len(value) > MAX_CELL:
                        result.problems.append((number, result.headers[key] or spec.label, f"内容过长（{len(value)} 字，最多 {MAX_CELL} 字）"))
                        bad.add(key)
                        continue
                elif spec.kind == "date" and (first_of_month := _month_only(raw)) is not None:
                    value = first_of_month
                    result.month_only += 1
                else:
                    try:
                        value = _convert(spec, raw)
                    except ValueError as exc:
                        result.problems.append((number, result.headers[key] or spec.label, str(exc)))
                        bad.add(key)
                        continue
                values[key] = value
                if spec.required and (value is None or value == ""):
                    result.problems.append((number, result.headers[key] or spec.label, f"{spec.label}不能为空"))
                    bad.add(key)
            yield SheetRow(number, values, frozenset(bad) if bad else _NO_BAD, keys=keys)


def _headers_seen(book: Book, names: list[str]) -> str:
    """The first filled row of each sheet, for the message when no header is found."""
    seen = []
    for name in names[:3]:
        for row in islice(book.rows(name), HEADER_SEARCH_ROWS):
            texts = [_text(c) for c in row if not _blank(c)]
            if texts:
                seen.append(f"“{name}”：" + "、".join(t[:12] for t in texts[:8]))
                break
    return "；".join(seen)


def _two_rows(upper: list[Any], lower: list[Any]) -> list[Any]:
    """A header of two rows (金额 merged over 单价 | 总价): each column named by its lower cell, or the upper one above it."""
    width = max(len(upper), len(lower))
    upper, lower = list(upper) + [None] * (width - len(upper)), list(lower) + [None] * (width - len(lower))
    return [lo if not _blank(lo) else up for up, lo in zip(upper, lower, strict=True)]


def read_info(path: Path) -> dict[str, str]:
    """The hidden key/value sheet that write_workbook(info=...) wrote; {} when there is none."""
    book = open_book(path)
    try:
        if INFO_SHEET not in book.sheetnames:
            return {}
        return {_text(r[0]): _text(r[1]) if len(r) > 1 else "" for r in book.rows(INFO_SHEET) if r and r[0] is not None}
    finally:
        book.close()


def sheet_names(path: Path) -> list[str]:
    book = open_book(path)
    try:
        return [n for n in book.sheetnames if n != INFO_SHEET]
    finally:
        book.close()
