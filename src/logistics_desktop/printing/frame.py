"""The page frame of every printed form: title, school, period, signatures and 第 x 页 共 y 页.

The page total is known only at the end, so pages are kept and drawn in a second pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from logistics_desktop.printing.fonts import register_fonts

MARGIN = 15 * mm
HEADER_H = 22 * mm
FOOTER_H = 16 * mm
SUMMARY_LINE = 5 * mm


@dataclass(frozen=True)
class PageFrame:
    title: str
    school: str = ""
    period: str = ""
    signatures: tuple[str, ...] = ()
    landscape: bool = False
    summary: tuple[str, ...] = ()  # drawn on the last page above the signatures; room is kept on every page
    period_label: str = "期间"  # "" prints the period as it is (打印日期 …)

    @property
    def footer_height(self) -> float:
        return FOOTER_H + SUMMARY_LINE * len(self.summary)

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def body_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN

    def draw_header(self, c: rl_canvas.Canvas) -> None:
        font = register_fonts()
        width, height = self.pagesize
        c.setFont(font, 16)
        c.drawCentredString(width / 2, height - MARGIN - 6 * mm, self.title)
        c.setFont(font, 9.5)
        base = height - MARGIN - 15 * mm
        if self.school:
            c.drawString(MARGIN, base, f"单位：{self.school}")
        if self.period:
            c.drawRightString(width - MARGIN, base, f"{self.period_label}：{self.period}" if self.period_label else self.period)

    def draw_page_note(self, c: rl_canvas.Canvas, text: str) -> None:
        font = register_fonts()
        width, height = self.pagesize
        c.setFont(font, 11)
        c.drawCentredString(width / 2, height - MARGIN - 15 * mm, text)

    def draw_footer(self, c: rl_canvas.Canvas, page: int, total: int) -> None:
        font = register_fonts()
        width, _ = self.pagesize
        c.setFont(font, 9.5)
        if page == total:
            for i, line in enumerate(self.summary):
                c.drawString(MARGIN, MARGIN + FOOTER_H + SUMMARY_LINE * (len(self.summary) - i - 1) - 2 * mm, line)
        if self.signatures:
            slot = (width - 2 * MARGIN) / len(self.signatures)
            for i, role in enumerate(self.signatures):
                x = MARGIN + i * slot
                c.drawString(x, MARGIN + 8 * mm, f"{role}：")
                c.line(x + c.stringWidth(f"{role}：", font, 9.5) + 1 * mm, MARGIN + 7.5 * mm, x + slot - 8 * mm, MARGIN + 7.5 * mm)
        c.setFont(font, 9)
        c.drawCentredString(width / 2, MARGIN, f"第 {page} 页 共 {total} 页")


class _CanvasMark(Flowable):
    """Takes no room: sets `attribute` on the canvas, read for each page when the pages are numbered (NumberedCanvas)."""

    attribute = ""

    def __init__(self, value):
        super().__init__()
        self.value = value
        self.width = self.height = 0

    def draw(self) -> None:
        setattr(self.canv, self.attribute, self.value)


class PageNote(_CanvasMark):
    """From here on, every page carries the text in its header (the room a count sheet lists, say)."""

    attribute = "_page_note"


def _numbered_canvas(frame: PageFrame) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # the bundled font from the start: reportlab's default Helvetica would be named, unused and not embedded
            super().__init__(*args, **{**kwargs, "initialFontName": register_fonts()})
            self._saved_pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            # pages are numbered within their copy (CopyMark), so each handed-out copy reads 第 1 页 共 n 页
            copies = [state.get("_copy", 0) for state in self._saved_pages]
            for index, state in enumerate(self._saved_pages):
                copy = copies[index]
                number = copies[: index + 1].count(copy)
                self.__dict__.update(state)
                frame.draw_footer(self, number, copies.count(copy))
                if state.get("_page_note"):  # the room of a count sheet, on each of its pages
                    frame.draw_page_note(self, state["_page_note"])
                super().showPage()
            super().save()

    return NumberedCanvas


class CopyMark(_CanvasMark):
    """Starts copy `n` of a form printed several times: its pages are numbered on their own."""

    attribute = "_copy"


def build_document(target, frame: PageFrame, story: list, *, on_page: Callable | None = None) -> None:
    """Lay `story` out on A4 pages inside the frame and write the PDF to `target` (path or file)."""
    register_fonts()
    width, height = frame.pagesize
    doc = BaseDocTemplate(
        target if isinstance(target, str) else target,
        pagesize=frame.pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H,
        bottomMargin=MARGIN + frame.footer_height,
        title=frame.title,
        author=frame.school,
        creator="校园后勤台账",
    )
    footer = frame.footer_height
    body = Frame(MARGIN, MARGIN + footer, width - 2 * MARGIN, height - 2 * MARGIN - HEADER_H - footer, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def page(c, _doc):
        frame.draw_header(c)
        if on_page:
            on_page(c, _doc)

    doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=page)])
    doc.build(story, canvasmaker=_numbered_canvas(frame))
