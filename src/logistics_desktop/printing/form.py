"""A form table (label / value cells with spans), for one-record forms such as notices and cards."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from logistics_desktop.printing.fonts import register_fonts

FONT_SIZE = 10.5
WIDE_SPACE = str.maketrans({"\u3000": "\u00a0" * 4})  # Paragraph collapses ideographic spaces; blanks to write in must stay


class TickBox(Flowable):
    """An empty square to tick by hand (a printed "□" is too small to mark)."""

    def __init__(self, size_mm: float = 3.6):
        super().__init__()
        self.size = size_mm * mm

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size)


def paragraph_text(text: str) -> str:
    """Text made safe for a reportlab Paragraph: markup characters escaped, line breaks and wide blanks kept."""
    return text.translate({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}).translate(WIDE_SPACE).replace("\n", "<br/>")


def form_table(rows: list[list[Any]], widths_mm: list[float], width: float, *, spans: list[tuple[int, int, int, int]] = (),
               heights_mm: dict[int, float] | None = None, shaded: list[tuple[int, int]] = ()) -> Table:
    """rows of cells (text wraps; "" for a blank to write in); spans as (col0, row0, col1, row1);
    heights_mm gives a minimum height for rows meant to be written in; shaded (col, row) cells are labels."""
    font = register_fonts()
    style_text = ParagraphStyle("form", fontName=font, fontSize=FONT_SIZE, leading=FONT_SIZE + 4, wordWrap="CJK")
    data = [[Paragraph(paragraph_text(c), style_text) if isinstance(c, str) else c for c in r] for r in rows]
    scale = width / sum(w * mm for w in widths_mm)
    heights = [(heights_mm or {}).get(i) for i in range(len(rows))]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONT", (0, 0), (-1, -1), font, FONT_SIZE),  # the cells' own font, though each holds a Paragraph: else Helvetica is named
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    style += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in spans]
    style += [("BACKGROUND", (c, r), (c, r), colors.HexColor("#F0F0F0")) for c, r in shaded]
    for i, h in enumerate(heights):
        if h:
            style.append(("VALIGN", (0, i), (-1, i), "TOP"))
    return Table(data, colWidths=[w * mm * scale for w in widths_mm], rowHeights=[h * mm if h else None for h in heights],
                 style=TableStyle(style))
