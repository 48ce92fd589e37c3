"""The ledger table: header repeated on every page, long text wrapped, widths fitted to the page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, PageBreak, Paragraph, Spacer, TableStyle

from logistics_desktop.core.report import Ledger, LedgerColumn
from logistics_desktop.printing.fonts import register_fonts
from logistics_desktop.printing.form import paragraph_text
from logistics_desktop.printing.frame import CopyMark, PageFrame, build_document

FONT_SIZE = 9
PADDING = 2  # points each side of a cell


def _styles(font: str, size: float = FONT_SIZE) -> dict[str, ParagraphStyle]:
    base = dict(fontName=font, fontSize=size, leading=size + 2.5, wordWrap="CJK")
    return {
        "left": ParagraphStyle("cell-left", alignment=0, **base),
        "center": ParagraphStyle("cell-center", alignment=1, **base),
        "right": ParagraphStyle("cell-right", alignment=2, **base),
        "note": ParagraphStyle("note", fontName=font, fontSize=9.5, leading=14),
    }


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def ledger_table(columns: list[LedgerColumn], rows: list[list[Any]], width: float, *, total_row: list[Any] | None = None,
                 emphasis: list[int] = (), row_height: float = 0, font_size: float = 0) -> LongTable:
    """A table over the full `width` (points); cells too long for their column wrap."""
    font = register_fonts()
    size = font_size or FONT_SIZE
    styles = _styles(font, size)
    scale = width / sum(c.width * mm for c in columns)
    widths = [c.width * mm * scale for c in columns]
    room = [w - 2 * PADDING for w in widths]
    fits: dict[tuple[int, str], str] = {}  # ledgers repeat their words (units, 合格, 〃): measure each once

    def cell(i: int, value: Any):
        if isinstance(value, Flowable):  # a QR code or an image drawn in the cell
            return value
        text = _text(value)
        found = fits.get((i, text))
        if found is None:
            found = fits[(i, text)] = text if stringWidth(text, font, size) <= room[i] else wrap_lines(text, font, room[i], size)
        return found

    header = [Paragraph(paragraph_text(c.label), styles["center"]) for c in columns]  # a label may be a class's or a room's name
    data = [header] + [[cell(i, v) for i, v in enumerate(r)] for r in rows]
    if total_row:
        data.append([cell(i, v) for i, v in enumerate(total_row)])
    style = [
        ("FONT", (0, 0), (-1, -1), font, size, size * 1.25),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i, column in enumerate(columns):
        if column.align != "left":
            style.append(("ALIGN", (i, 1), (i, -1), column.align.upper()))
    if total_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
    for index in emphasis:
        style.append(("BACKGROUND", (0, index + 1), (-1, index + 1), colors.HexColor("#F2F2F2")))
    heights = None
    if row_height:  # rows may still grow for long text; only the minimum is set
        heights = [None] + [max(row_height * mm, _needed(r, widths, size)) for r in data[1:]]
    return LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, style=TableStyle(style))


def _needed(row: list[Any], widths: list[float], size: float) -> float:
    """The height a row's cells need at their column widths (for rows with a minimum height)."""
    tallest = size + 4
    for cell, width in zip(row, widths):
        if isinstance(cell, Flowable):
            tallest = max(tallest, cell.wrap(width - 2 * PADDING, 1000)[1] + 4)
        elif isinstance(cell, str):
            tallest = max(tallest, (cell.count("\n") + 1) * size * 1.25 + 4)
    return tallest


WORD = re.compile(r"[A-Za-z0-9.\-/:+#]+|.", re.S)
NO_LINE_START = set("，。、；：？！）》」』】”’%.,;:!?)]")  # closing marks stay with the text before them (禁则)


def wrap_lines(text: str, font: str, room: float, size: float = FONT_SIZE) -> str:
    """Text broken into lines that fit `room` points, as a plain string with line breaks.

    A table draws such a string far faster than a Paragraph; Chinese breaks between any two
    characters, except that a closing mark never starts a line.
    """
    lines: list[str] = []
    for part in text.split("\n"):
        line, width = "", 0.0
        for token in WORD.findall(part):  # a phone number or a code stays whole when it can
            w = stringWidth(token, font, size)
            if line and width + w > room:
                if token[0] not in NO_LINE_START:
                    lines.append(line)
                    line, width = "", 0.0
                else:  # a closing mark takes the character before it (and marks before that) to the next line
                    cut = len(line) - 1
                    while cut > 0 and line[cut] in NO_LINE_START:
                        cut -= 1
                    if cut > 0:
                        lines.append(line[:cut])
                        line = line[cut:]
                        width = stringWidth(line, font, size)
                    elif width + w > room + stringWidth("，", font, size):  # a run of marks: one may hang, no more
                        lines.append(line)
                        line, width = "", 0.0
            if w > room and len(token) > 1:  # longer than a whole line: break it anywhere
                for ch in token:
                    cw = stringWidth(ch, font, size)
                    if line and width + cw > room:
                        lines.append(line)
                        line, width = "", 0.0
                    line, width = line + ch, width + cw
                continue
            line, width = line + token, width + w
        lines.append(line)
    return "\n".join(lines)


def ledger_story(ledger: Ledger, width: float) -> list:
    styles = _styles(register_fonts())
    story: list = []
    for copy in range(1, max(ledger.copies, 1) + 1):
        if ledger.copies > 1:
            story += [PageBreak()] if copy > 1 else []
            story.append(CopyMark(copy))
        story.append(ledger_table(ledger.columns, ledger.rows, width, total_row=ledger.total_row, emphasis=ledger.emphasis,
                                  row_height=ledger.row_height, font_size=ledger.font_size))
        if ledger.notes:
            story.append(Spacer(1, 3 * mm))
            story.extend(Paragraph(paragraph_text(note), styles["note"]) for note in ledger.notes)  # typed text prints as typed
    return story


def render_ledger(ledger: Ledger, target: Path | Any) -> None:
    """Draw the ledger on A4 with the shared page frame; `target` is a path or a binary file."""
    frame = PageFrame(ledger.title, ledger.school, ledger.period, ledger.signatures, ledger.landscape, tuple(ledger.summary),
                      ledger.period_label)
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
        target = str(target)
    build_document(target, frame, ledger_story(ledger, frame.body_width))
