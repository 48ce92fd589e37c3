"""Write a Ledger as a styled xlsx: title row, bold header, widths, frozen header, A4 print setup."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from logistics_desktop.core.report import Ledger
from logistics_desktop.spreadsheet.books import INFO_SHEET  # the one name, shared with the reader

MM_PER_CHAR = 2.2  # Excel width unit ≈ one digit at 11 pt ≈ 2.2 mm on paper


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?")
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?")  # 12-01 (11:20) on a form whose period names the year
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PLAIN_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?")  # 36.8, 45, 0.5; never 001 (a code) nor 13800000000-like text columns


def _date(value, year: int | None = None):
    """2026-09-01 (and 2026-09-01 08:30) as the date it is, so a sheet sorts and filters it as a date; 12-01 too when the
    form's period names one year."""
    if isinstance(value, (date, datetime)):
        return value
    if year and isinstance(value, str) and len(value) in (5, 11) and (m := _MONTH_DAY.fullmatch(value)):
        try:
            parts = [int(g) for g in m.groups() if g is not None]
            return datetime(year, *parts) if len(parts) == 4 else date(year, *parts)
        except ValueError:
            return None
    if not isinstance(value, str) or len(value) not in (10, 16):
        return None
    m = _DATE.fullmatch(value)
    if not m:
        return None
    try:
        parts = [int(g) for g in m.groups() if g is not None]
        return datetime(*parts) if len(parts) == 5 else date(*parts)
    except ValueError:
        return None


def _lines(text: str, width_chars: float) -> int:
    """How many lines a wrapped cell takes in a column `width_chars` wide (a CJK character is two)."""
    total = 0
    for line in text.split("\n"):
        wide = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)
        total += max(1, -(-wide // max(int(width_chars) - 1, 1)))
    return total


def _number(value):
    """Amounts and quantities printed as text ("1,234.50", "45") go into Excel as numbers."""
    if isinstance(value, (int, float)) or not isinstance(value, str) or not value.strip():
        return value if isinstance(value, (int, float)) else None
    text = value.replace(",", "")
    try:
        return int(text) if text.lstrip("-").isdigit() else float(text) if "." in text else None
    except ValueError:
        return None


def write_ledger(ledger: Ledger, path: Path) -> Path:
    return write_workbook([ledger], path)


def write_workbook(ledgers: list[Ledger], path: Path, *, sheet_names: list[str] | None = None, info: dict[str, str] | None = None) -> Path:
    """Several ledgers, one sheet each; `info` goes into a hidden sheet that read_info() reads back."""
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for index, ledger in enumerate(ledgers):
        name = (sheet_names[index] if sheet_names else ledger.title)
        for ch in '[]:*?/\\':
            name = name.replace(ch, " ")
        _write_sheet(wb.create_sheet(name[:31]), ledger)
    if info:
        hidden = wb.create_sheet(INFO_SHEET)
        for key, value in info.items():
            hidden.append([key, value])
        hidden.sheet_state = "hidden"
    if info:
        as_text(hidden.iter_rows())
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def as_text(rows) -> None:
    """The program writes no formulas: a value typed or imported as =HYPERLINK(…) or =1+1 (openpyxl would store it as a
    formula) goes out as the text it is, so an exported sheet never runs what a register brought in."""
    for row in rows:
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _write_sheet(ws, ledger: Ledger) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    n = len(ledger.columns)
    last = get_column_letter(n)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    aligns = {a: Alignment(horizontal=a, vertical="center", wrap_text=True) for a in ("left", "center", "right")}

    ws.append([ledger.title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = aligns["center"]
    ws.row_dimensions[1].height = 28
    ws.append([f"单位：{ledger.school}" if ledger.school else "", *[""] * (n - 2), ledger.period] if n > 1 else [ledger.school])
    ws.append([c.label for c in ledger.columns])
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for i, column in enumerate(ledger.columns, 1):
        cell = ws.cell(row=3, column=i)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = aligns["center"]
        ws.column_dimensions[get_column_letter(i)].width = max(6, column.width / MM_PER_CHAR * 1.6)  # as `widths` below
    body = list(ledger.rows)
    if ledger.total_row:
        body.append(ledger.total_row)
    widths = [max(6, c.width / MM_PER_CHAR * 1.6) for c in ledger.columns]
    years = set(_YEAR.findall(ledger.period))
    year = int(years.pop()) if len(years) == 1 else None  # a period across two years leaves 12-01 as printed
    for r, values in enumerate(body, 4):
        lines = 1
        for i, (column, value) in enumerate(zip(ledger.columns, values), 1):
            number = _number(value) if column.align == "right" else None
            if number is None and column.align == "center" and isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value):
                number = int(value) if value.lstrip("-").isdigit() else float(value)  # a temperature, a count: a number cell
            when = _date(value, year) if number is None else None
            cell = ws.cell(row=r, column=i, value=when or (value if number is None else number))
            if cell.data_type == "f":  # see as_text: checked as each body cell is made, not in a second pass
                cell.data_type = "s"
            if isinstance(number, float):
                cell.number_format = "#,##0.00" if column.align == "right" else "0.0#"
            elif when is not None:
                short = isinstance(value, str) and len(value) in (5, 11)  # shown as the form prints it: 12-01
                cell.number_format = ("mm-dd hh:mm" if short else "yyyy-mm-dd hh:mm") if isinstance(when, datetime) else ("mm-dd" if short else "yyyy-mm-dd")
            cell.border = border
            cell.alignment = aligns[column.align]
            if isinstance(value, str) and len(value) * 2 > widths[i - 1]:
                lines = max(lines, _lines(value, widths[i - 1]))
        if lines > 1:  # LibreOffice does not grow a row to its wrapped text: the height is set, as Excel would show it
            ws.row_dimensions[r].height = 15 * lines
    bold_rows = [4 + index for index in ledger.emphasis] + ([3 + len(body)] if ledger.total_row else [])
    for row_number in bold_rows:
        for i in range(1, n + 1):
            ws.cell(row=row_number, column=i).font = Font(bold=True)
    row = 4 + len(body)
    for note in [*ledger.summary, *ledger.notes]:
        row += 1
        ws.cell(row=row, column=1, value=note)
    if ledger.signatures:
        row += 2
        ws.cell(row=row, column=1, value="      ".join(f"{s}：__________" for s in ledger.signatures))

    as_text(ws.iter_rows(max_row=3))  # the title, school and header rows; the notes and signatures below the body
    as_text(ws.iter_rows(min_row=4 + len(body)))
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if ledger.landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
