"""迎检资料: every form an inspection of one kind asks for, for a period, in one PDF — a cover, a table of contents with
the binder's page numbers, each form (month by month) starting on a new page, bookmarks per form and per month — or as a
folder of separate files. The forms are the modules' own (Module.binder_forms). Qt-free."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

from logistics_desktop.core.errors import InputError, Progress
from logistics_desktop.core.fields import a_date, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.directory import service as directory
from logistics_desktop.plan.service import next_month

KINDS = {"food": QT_TRANSLATE_NOOP("Field", "食品安全"), "fire": QT_TRANSLATE_NOOP("Field", "消防安全"),
         "health": QT_TRANSLATE_NOOP("Field", "卫生保健"), "assets": QT_TRANSLATE_NOOP("Field", "资产管理")}
TOC_ROWS_PER_PAGE = 30


@dataclass
class Section:
    """One form of the binder for one month (or year, or as it stands), and where it landed."""

    form: str  # the form's title
    label: str  # 2026-09, 2026 年, 现状
    options: dict[str, Any]
    printable: Any
    path: Path | None = None
    pages: int = 0
    first_page: int = 0  # in the binder, 1-based


@dataclass
class Binder:
    """The built sections, kept in a temporary folder until saved (save merges them behind the cover and contents)."""

    title: str
    school: str
    period: str
    sections: list[Section] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # forms with no records in the period, named on the contents page
    folder: Path | None = None  # also write each section as its own file here
    work: Any = None  # the TemporaryDirectory holding the sections

    @property
    def pages(self) -> int:
        return sum(s.pages for s in self.sections)

    def save(self, path: Path) -> Path:
        from pypdf import PdfReader, PdfWriter

        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise InputError("output", f"“{self.title}”只能输出为 .pdf 文件")
        front_pages = 1 + self._contents_pages()
        page = front_pages + 1
        for s in self.sections:
            s.first_page, page = page, page + s.pages
        front = Path(self.work.name) / "front.pdf"
        self._draw_front(front)
        writer = PdfWriter()
        for p in PdfReader(front).pages:
            writer.add_page(p)
        writer.add_outline_item(title="封面与目录", page_number=0)
        parents: dict[str, Any] = {}
        for s in self.sections:
            for p in PdfReader(s.path).pages:
                writer.add_page(p)
            if s.form not in parents:
                parents[s.form] = writer.add_outline_item(title=s.form, page_number=s.first_page - 1)
            writer.add_outline_item(title=s.label, page_number=s.first_page - 1, parent=parents[s.form])
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            writer.write(out)
        if self.folder:
            self.save_folder(self.folder)
        return path

    def save_folder(self, folder: Path) -> list[Path]:
        """Each section as its own file, numbered in the binder's order: 01 食品进货查验记录 2026-09.pdf."""
        import shutil

        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for n, s in enumerate(self.sections, start=1):
            name = re.sub(r'[\\/:*?"<>|]', "_", f"{n:02d} {s.form} {s.label}.pdf")
            written.append(Path(shutil.copyfile(s.path, folder / name)))
        return written

    def contents(self) -> list[tuple[str, str, int]]:
        """(form, period, first page) as the contents page lists them."""
        return [(s.form, s.label, s.first_page) for s in self.sections]

    def _contents_pages(self) -> int:
        return max(1, -(-len(self.sections) // TOC_ROWS_PER_PAGE))

    def _draw_front(self, target: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

        from logistics_desktop.printing.fonts import register_fonts
        from logistics_desktop.printing.form import form_table, paragraph_text

        font = register_fonts()
        big = ParagraphStyle("cover", fontName=font, fontSize=26, leading=36, alignment=1)
        middle = ParagraphStyle("cover2", fontName=font, fontSize=14, leading=24, alignment=1)
        small = ParagraphStyle("note", fontName=font, fontSize=9, leading=14, wordWrap="CJK")
        width = A4[0] - 40 * mm
        story: list[Any] = [Spacer(1, 70 * mm), Paragraph(paragraph_text(self.school), middle), Spacer(1, 10 * mm),
                            Paragraph(paragraph_text(self.title), big), Spacer(1, 14 * mm), Paragraph(paragraph_text(f"期间：{self.period}"), middle),
                            Paragraph(paragraph_text(f"整理日期：{date.today():%Y年%m月%d日}"), middle),
                            Paragraph(paragraph_text(f"共 {1 + self._contents_pages() + self.pages} 页"), middle), PageBreak()]
        rows = self.contents()
        for start in range(0, max(len(rows), 1), TOC_ROWS_PER_PAGE):
            chunk = rows[start:start + TOC_ROWS_PER_PAGE]
            table = [["序号", "资料名称", "期间", "页码"]] + [[str(start + i + 1), f, label, str(p)] for i, (f, label, p) in enumerate(chunk)]
            story += [Paragraph(paragraph_text("目  录"), middle), Spacer(1, 4 * mm),
                      form_table(table, [14, 90, 40, 20], width, shaded=[(c, 0) for c in range(4)])]
            if start + TOC_ROWS_PER_PAGE < len(rows):
                story.append(PageBreak())
        if self.empty:
            story += [Spacer(1, 4 * mm), Paragraph(paragraph_text("本期无记录（未装订）：" + "、".join(self.empty)), small)]
        doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                                title=self.title, author=self.school)
        from reportlab.pdfgen.canvas import Canvas

        # the bundled font from the start: reportlab's default Helvetica would be named in the PDF and not embedded
        doc.build(story, canvasmaker=lambda *a, **k: Canvas(*a, **{**k, "initialFontName": font}))


def forms_of(kind: str) -> list[tuple[Any, Any, Any]]:
    """(module, BinderForm, Printable) of a kind, in the modules' order."""
    from logistics_desktop.core.modules import find_printable
    from logistics_desktop.modules import all_modules

    modules = all_modules()
    return [(m, f, find_printable(modules, f.printable)) for m in modules for f in m.binder_forms if f.kind == kind]


def reading_role(options: dict[str, Any]) -> str | None:
    """The role a binder of this kind reads: the owner of its forms (保健 for the health binder)."""
    kind = tidy(options.get("kind"))
    roles = {m.role for m, _f, _p in forms_of(kind)} if kind in KINDS else set()
    return next(iter(roles)) if len(roles) == 1 else None


def period_of(options: dict[str, Any]) -> tuple[date, date]:
    first = a_date(options.get("from"), "from", "起始日期")
    last = a_date(options.get("to") or date.today(), "to", "截止日期")
    if last < first:
        raise InputError("to", "截止日期不能早于起始日期")
    if (last - first).days > 800:
        raise InputError("to", "期间最长两年")
    return first, last


def plan_sections(kind: str, first: date, last: date) -> list[Section]:
    sections = []
    for _module, form, printable in forms_of(kind):
        title = printable.title
        if form.per == "month":
            month = first.replace(day=1)
            while month <= last:
                sections.append(Section(title, f"{month:%Y-%m}", {"month": f"{month:%Y-%m}"}, printable))
                month = next_month(month)
        elif form.per == "year":
            for year in range(first.year, last.year + 1):
                sections.append(Section(title, f"{year} 年", {"year": str(year)}, printable))
        else:
            sections.append(Section(title, "现状", {}, printable))
    return sections


def build_binder(session: Session, options: dict[str, Any], progress: Progress | None = None) -> Binder:
    """Builds every section into a temporary folder (reporting progress, stopping on cancel); a form's month without
    records is left out, and a form with none at all is named on the contents page."""
    from pypdf import PdfReader

    from logistics_desktop.core.report import Ledger

    kind = tidy(options.get("kind"))
    if kind not in KINDS:
        raise InputError("kind", f"迎检资料的类别应为 {'、'.join(KINDS)} 之一（{'、'.join(KINDS.values())}）")
    first, last = period_of(options)
    folder = Path(tidy(options["folder"])) if tidy(options.get("folder")) else None
    binder = Binder(f"{KINDS[kind]}迎检资料", directory.school_name(session), f"{first:%Y-%m-%d} 至 {last:%Y-%m-%d}", folder=folder,
                    work=tempfile.TemporaryDirectory(prefix="binder-"))
    planned = plan_sections(kind, first, last)
    with_records: set[str] = set()
    for n, s in enumerate(planned):
        if progress:
            progress(n, len(planned))
        made = s.printable.build(session, dict(s.options))
        if isinstance(made, Ledger) and not made.rows:
            continue
        s.path = made.save(Path(binder.work.name) / f"{n:04d}.pdf")
        s.pages = len(PdfReader(s.path).pages)
        binder.sections.append(s)
        with_records.add(s.form)
    binder.empty = [f for f in dict.fromkeys(s.form for s in planned) if f not in with_records]
    if progress:
        progress(len(planned), len(planned))
    return binder


def inspection_binder(session: Session, options: dict[str, Any]) -> Binder:
    """The print form's builder (print inspection-binder --kind food --from D --to D -o FILE.pdf)."""
    return build_binder(session, options)


def default_period(session: Session) -> tuple[date, date]:
    """The current term to today: what an inspection usually asks for."""
    term = directory.current_term(session)
    today = date.today()
    return (term.start, min(today, term.end)) if term and term.start <= today else (today - timedelta(days=180), today)
