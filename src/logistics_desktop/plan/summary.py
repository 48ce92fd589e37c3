"""学期后勤工作总结（数据）: every module's figures for the term through the module contract (Module.term_figures), each
with how it was counted, the plan's done / not done, the series as bar charts; pdf, xlsx and a short text to paste into
the written summary. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

from logistics_desktop.core.fields import tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import Figure, Series
from logistics_desktop.core.parse import percent
from logistics_desktop.core.report import Ledger, LedgerColumn
from logistics_desktop.directory import service as directory
from logistics_desktop.directory.models import Term
from logistics_desktop.plan import service

AREA_ORDER = (QT_TRANSLATE_NOOP("Field", "计划"), "资产", "食堂", "卫生保健", "安全")


def term_summary(session: Session, term_id: int | None = None, *, health: bool = True) -> tuple[list[Figure], list[Series]]:
    """The figures and series of a term (the current one by default), the plan's first. `health=False` leaves the health
    module out (a user who may not read children's records)."""
    from logistics_desktop.modules import all_modules

    term = session.get(Term, term_id) if term_id else directory.current_term(session)
    if term is None:
        from logistics_desktop.core.errors import InputError

        raise InputError("term", "请先在 学校信息 中设置当前学期")
    first, end = term.start, term.end + timedelta(days=1)
    rows = service.items(session, term.id)
    done = sum(r.done_on is not None for r in rows)
    late = sum(r.status == "逾期" for r in rows)
    figures = [Figure("计划", QT_TRANSLATE_NOOP("Field", "计划项目完成"), f"{done} / {len(rows)}（{percent(done, len(rows))}）",
                      QT_TRANSLATE_NOOP("Field", "学期工作计划中已完成的项目（手工打勾或有对应记录）")),
               Figure("计划", QT_TRANSLATE_NOOP("Field", "逾期未完成"), str(late), QT_TRANSLATE_NOOP("Field", "计划月份已过仍未完成的项目"))]
    series: list[Series] = []
    for module in all_modules():
        if module.term_figures and (health or module.key != "health"):
            more, charts = module.term_figures(session, first, end)
            figures += more
            series += charts
    figures.sort(key=lambda f: AREA_ORDER.index(f.area) if f.area in AREA_ORDER else len(AREA_ORDER))
    return figures, series


def summary_text(figures: list[Figure]) -> str:
    """The figures as sentences by area, to paste into the written 工作总结."""
    numerals = "一二三四五六七八九十"
    lines, areas = [], list(dict.fromkeys(f.area for f in figures))
    for n, area in enumerate(areas):
        parts = [f"{f.name} {f.value}" for f in figures if f.area == area]
        lines.append(f"{numerals[n]}、{area}：" + "；".join(parts) + "。")
    return "\n".join(lines)


@dataclass
class SummaryLedger(Ledger):
    """The summary table; as PDF the series follow it as bar charts (the same figures the screen draws)."""

    series: list[Series] = field(default_factory=list)

    def save(self, path: Path) -> Path:
        path = Path(path)
        if path.suffix.lower() != ".pdf" or not self.series:
            return super().save(path)
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Paragraph, Spacer

        from logistics_desktop.printing.fonts import register_fonts
        from logistics_desktop.printing.form import form_table, paragraph_text
        from logistics_desktop.printing.frame import PageFrame, build_document

        frame = PageFrame(self.title, self.school, self.period, self.signatures, period_label=self.period_label)
        font = register_fonts()
        table = [[c.label for c in self.columns]] + [[str(x) for x in r] for r in self.rows]
        story: list[Any] = [form_table(table, [c.width for c in self.columns], frame.body_width, shaded=[(c, 0) for c in range(len(self.columns))]),
                            Spacer(1, 3 * mm)]
        body = ParagraphStyle("notes", fontName=font, fontSize=9, leading=14, wordWrap="CJK")
        story += [Paragraph(paragraph_text(line), body) for line in self.notes] + [Spacer(1, 4 * mm)]
        for s in self.series:
            story.append(KeepTogether([bar_chart(s, frame.body_width, 52 * mm, font), Spacer(1, 3 * mm)]))  # four to a page
        path.parent.mkdir(parents=True, exist_ok=True)
        build_document(str(path), frame, story)
        return path


def bar_chart(series: Series, width: float, height: float, font: str):
    """A reportlab bar chart of one series, its values over the bars."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing as RlDrawing
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    d = RlDrawing(width, height)
    d.initialFontName = font  # else reportlab's Helvetica is named in the PDF without being embedded
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 24, width - 50, height - 44
    values = [v for _, v in series.points] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [label for label, _ in series.points] or [""]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values) * 1.15 or 1
    chart.bars[0].fillColor = colors.HexColor("#1565C0")
    chart.barLabelFormat = lambda v: f"{v:,.0f}" if abs(v) >= 100 else f"{v:g}"  # 75,310 not 7.531e+04
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = font, 6, 6
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = font, 7
    if len(values) > 12:
        chart.categoryAxis.labels.angle, chart.categoryAxis.labels.dy, chart.categoryAxis.labels.boxAnchor = 45, -2, "ne"
    d.add(chart)
    d.add(String(chart.x, height - 12, f"{series.title}（{series.unit}）", fontName=font, fontSize=9))
    return d


def summary_ledger(session: Session, options: dict[str, Any]) -> SummaryLedger:
    """学期后勤工作总结（数据）: 类别, 项目, 数字, 统计口径; the text to paste under it."""
    term = directory.term_named(session, "" if tidy(options.get("term")) == "本学期" else options.get("term"))
    figures, series = term_summary(session, term.id, health=options.get("health", True))
    rows = [[f.area, f.name, f.value, f.how] for f in figures]
    cols = [LedgerColumn("类别", 18, "center"), LedgerColumn("项目", 34), LedgerColumn("数字", 48), LedgerColumn("统计口径", 80)]
    as_of = min(date.today(), term.end)
    return SummaryLedger("学期后勤工作总结（数据）", cols, rows, school=directory.school_name(session),
                         period=f"{term.name}（{term.start:%Y-%m-%d} 至 {term.end:%Y-%m-%d}，统计至 {as_of:%Y-%m-%d}）", period_label="学期",
                         signatures=("填报人", "分管领导", "校长"), notes=["可粘贴到工作总结的文字：", *summary_text(figures).splitlines()],
                         series=series)
