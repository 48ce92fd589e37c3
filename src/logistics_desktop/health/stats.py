"""The term's (or school year's) health statistics from the records, by class and in total, with the formulas of the
规范 2012 附件5 (one decimal): 健康检查统计分析表; and the 个体报告单 a parent takes home, with the child's growth
chart on the standard's curves. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import rules
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.fields import tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.directory import service as directory
from logistics_desktop.health import growth
from logistics_desktop.health.models import Child, Measurement

CONDITIONS = (("低体重", set(growth.FAMILIES[0])), ("生长迟缓", set(growth.FAMILIES[1])), ("消瘦", set(growth.FAMILIES[2])),
              ("超重", {"超重"}), ("肥胖", {"肥胖", "重度肥胖"}))
_POOR = rules.POOR_VISION_BELOW.value  # type: ignore[assignment]


def period_of(session: Session, options: dict[str, Any]) -> tuple[date, date, str]:
    """(first, end, label): --year Y is the school year from 1 September of Y; --term a term (blank or 本学期: the current)."""
    year = tidy(options.get("year"))
    if year:
        try:
            y = int(year[:4])
        except ValueError:
            raise InputError("year", f"学年“{year}”应写成 2026（即 2026—2027 学年）") from None
        return date(y, 9, 1), date(y + 1, 9, 1), f"{y}—{y + 1} 学年"
    term_name = tidy(options.get("term"))
    term = directory.term_named(session, "" if term_name == "本学期" else term_name)
    return term.start, term.end + timedelta(days=1), f"{term.name}（{term.start:%Y-%m-%d} 至 {term.end:%Y-%m-%d}）"


def poor_vision(value) -> bool | None:
    """视力不良 (< 5.0 五分记录, < 1.0 小数记录); None when not measured."""
    if value is None:
        return None
    from decimal import Decimal

    return value < Decimal(_POOR["five_point"]) if value >= 3 else value < Decimal(_POOR["decimal"])


@dataclass
class ClassFigures:
    """One class's (or the school's) counts for the period; rates are computed when printed."""

    name: str
    enrolled: int = 0
    due: int = 0  # enrolled a month or more before the period ends
    examined: int = 0
    conditions: dict[str, int] | None = None
    hb_tested: int = 0
    anaemic: int = 0
    caries_examined: int = 0
    with_caries: int = 0
    caries_total: int = 0
    vision_tested: int = 0
    poor_vision: int = 0
    comparable: int = 0  # measured twice or more in the period (增长率)
    grew_height: int = 0
    grew_weight: int = 0

    def add(self, other: ClassFigures) -> None:
        for key in ("enrolled", "due", "examined", "hb_tested", "anaemic", "caries_examined", "with_caries", "caries_total",
                    "vision_tested", "poor_vision", "comparable", "grew_height", "grew_weight"):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        for name, n in (other.conditions or {}).items():
            self.conditions[name] = self.conditions.get(name, 0) + n  # type: ignore[index]


def rate(part: int, whole: int) -> str:
    return f"{part / whole * 100:.1f}" if whole else "—"


def exam_figures(session: Session, first: date, end: date) -> list[ClassFigures]:
    """Per class with children, then the school: who was due, examined (height and weight measured in the period, the
    latest measurement counted), each condition, anaemia, caries, poor vision and, for the children measured more than
    once, how many grew."""
    from logistics_desktop.health.casefiles import anaemia, anaemia_bands

    last_day = end - timedelta(days=1)
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    kids = [c for c in session.exec(select(Child)) if (c.enrolled_on or c.birth_date) <= last_day and (c.left_on is None or c.left_on > first)]
    by_child: dict[int, list[Any]] = {}
    stmt = (select(Measurement.child_id, Measurement.day, Measurement.height_cm, Measurement.weight_kg, Measurement.statuses,
                   Measurement.haemoglobin, Measurement.caries, Measurement.vision_left, Measurement.vision_right)
            .where(Measurement.day >= first, Measurement.day < end).order_by(Measurement.day))  # plain rows: thousands of them
    for m in session.exec(stmt):
        by_child.setdefault(m.child_id, []).append(m)
    bands = anaemia_bands(session)
    figures: dict[int, ClassFigures] = {}
    for c in kids:
        f = figures.setdefault(c.class_id, ClassFigures(names.get(c.class_id, ""), conditions={}))
        f.enrolled += 1
        f.due += (c.enrolled_on or c.birth_date) <= last_day - timedelta(days=30)  # enrolled under a month: not yet due
        rounds = [m for m in by_child.get(c.id, []) if m.height_cm and m.weight_kg]
        if not rounds:
            continue
        latest = rounds[-1]
        f.examined += 1
        statuses = set(latest.statuses.split("、"))
        for name, family in CONDITIONS:
            f.conditions[name] = f.conditions.get(name, 0) + bool(statuses & family)  # type: ignore[index]
        with_hb = [m for m in by_child[c.id] if m.haemoglobin is not None]
        if with_hb:
            f.hb_tested += 1
            f.anaemic += bool(anaemia(c.birth_date, with_hb[-1].day, with_hb[-1].haemoglobin, bands))
        with_caries = [m for m in by_child[c.id] if m.caries is not None]
        if with_caries:
            f.caries_examined += 1
            f.with_caries += with_caries[-1].caries > 0
            f.caries_total += with_caries[-1].caries
        with_vision = [m for m in by_child[c.id] if m.vision_left is not None or m.vision_right is not None]
        if with_vision and growth.months_on(c.birth_date, with_vision[-1].day) >= 72:  # pupils of 6 and over
            f.vision_tested += 1
            f.poor_vision += any(poor_vision(v) for v in (with_vision[-1].vision_left, with_vision[-1].vision_right))
        if len(rounds) > 1:
            f.comparable += 1
            f.grew_height += rounds[-1].height_cm > rounds[0].height_cm
            f.grew_weight += rounds[-1].weight_kg > rounds[0].weight_kg
    order = list(names)  # the directory's order of classes (一（1）班 … 六（3）班), not the characters'
    rows = [figures[k] for k in sorted(figures, key=lambda k: order.index(k) if k in order else len(order))]
    total = ClassFigures("合计", conditions={})
    for f in rows:
        total.add(f)
    return [*rows, total]


def exam_stats(session: Session, options: dict[str, Any]):
    """健康检查统计分析表 (附件5): 体检率 = 体检人数 / 应检人数; 某病患病率 = 患病人数 / 检查人数; 患龋率, 龋均;
    视力不良率; 增长率 = 增长人数 / 可比人数 (kindergartens)."""
    from logistics_desktop.core.report import Ledger, LedgerColumn
    from logistics_desktop.health.casefiles import bands_text

    first, end, label = period_of(session, options)
    rows = exam_figures(session, first, end)
    from logistics_desktop.health.measurements import school_kind

    kindergarten = school_kind(session) == "幼儿园"

    def cell(n: int, whole: int) -> str:
        return f"{n}（{rate(n, whole)}%）" if whole else "—"

    cols = [LedgerColumn("班级", 22), LedgerColumn("在册", 11, "right"), LedgerColumn("应检", 11, "right"), LedgerColumn("体检", 11, "right"),
            LedgerColumn("体检率%", 14, "right")]
    conditions = [(name, family) for name, family in CONDITIONS if kindergarten or name != "低体重"]  # weight-for-age: under 7 only
    cols += [LedgerColumn(name, 20, "right") for name, _ in conditions]
    cols += [LedgerColumn("贫血", 20, "right"), LedgerColumn("患龋", 20, "right"), LedgerColumn("龋均", 11, "right"),
             LedgerColumn("视力不良", 20, "right")]
    if kindergarten:
        cols += [LedgerColumn("身高增长", 20, "right"), LedgerColumn("体重增长", 20, "right")]
    body = []
    for f in rows:
        line = [f.name, f.enrolled, f.due, f.examined, rate(f.examined, f.due)]
        line += [cell(f.conditions.get(name, 0), f.examined) for name, _ in conditions]  # type: ignore[union-attr]
        line += [cell(f.anaemic, f.hb_tested), cell(f.with_caries, f.caries_examined),
                 f"{f.caries_total / f.caries_examined:.1f}" if f.caries_examined else "—", cell(f.poor_vision, f.vision_tested)]
        if kindergarten:
            line += [cell(f.grew_height, f.comparable), cell(f.grew_weight, f.comparable)]
        body.append(line)
    notes = ["体检率 = 体检人数 ÷ 应检人数 × 100%（入园/入学不满一个月的不计入应检）；某病患病率 = 患病人数 ÷ 体检人数 × 100%，"
             "以期内最近一次测量的评价计；贫血率 = 贫血人数 ÷ 血红蛋白检查人数（" + bands_text(session) + "）；患龋率 = 患龋人数 ÷ 口腔检查人数，"
             "龋均 = 龋齿总数 ÷ 口腔检查人数；视力不良率 = 任一眼裸眼视力 < 5.0（小数记录 < 1.0）的人数 ÷ 6 岁及以上视力检查人数"
             + ("；增长率 = 期内末次比首次增长的人数 ÷ 期内测量两次及以上的可比人数。" if kindergarten else "。"),
             "评价标准：7 岁以下 WS/T 423-2022；6–18 岁 WS/T 586-2018、WS/T 456-2014。括号内为百分比，保留一位小数。"]
    return Ledger("健康检查统计分析表", cols, body[:-1], school=directory.school_name(session), period=label, period_label="",
                  landscape=True, total_row=body[-1], signatures=("统计人", "保健医", "园（校）长"), notes=notes)


# ------------------------------------------------------------------ a child's report and growth chart


def child_named(session: Session, name: Any, class_name: Any = "") -> Child:
    text = "".join(tidy(name).split())
    if not text:
        raise InputError("child", "请填写幼儿/学生姓名")
    found = [c for c in session.exec(select(Child)) if "".join(c.name.split()) == text]
    if tidy(class_name):
        names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
        found = [c for c in found if names.get(c.class_id) == tidy(class_name)]
    if not found:
        raise InputError("child", f"名册中没有“{tidy(name)}”")
    if len(found) > 1:
        raise InputError("child", f"有 {len(found)} 个名为“{tidy(name)}”的幼儿/学生，请同时写明班级（--class）")
    return found[0]


def growth_chart(session: Session, options: dict[str, Any]):
    """A child's 个体报告单 with the growth chart, for the parents (A4): height and weight (under 7: on the WS/T 423-2022 −2 SD, median and
    +2 SD curves; from 6 at school: BMI against the WS/T 586-2018 and WS/T 456-2014 cut-off lines), the latest
    evaluation in words, and the measurements in a table."""
    from logistics_desktop.core.report import Drawing
    from logistics_desktop.health.measurements import evaluations, school_kind, shown_value
    from logistics_desktop.health.service import age_text

    child = child_named(session, options.get("child"), options.get("class"))
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    kind = school_kind(session)
    points = [m for m in session.exec(select(Measurement).where(Measurement.child_id == child.id).order_by(Measurement.day))
              if m.height_cm and m.weight_kg]
    if not points:
        raise InputError("child", f"{child.name}还没有身高体重测量记录")
    latest = next((r for r in evaluations(session, names.get(child.class_id, "")) if r.name == child.name), None)
    school = directory.school_name(session)
    info = [["姓名", child.name, "性别", child.sex, "出生日期", f"{child.birth_date:%Y-%m-%d}"],
            ["班级", names.get(child.class_id, ""), "最近测量", f"{points[-1].day:%Y-%m-%d}", "年龄", age_text(child.birth_date, points[-1].day)]]
    table = [["测量日期", "年龄", "身高 cm", "体重 kg", "BMI", "视力 左/右", "血红蛋白", "龋齿", "评价"]]
    for m in points:
        vision = "/".join(shown_value("vision_left", v) or "—" for v in (m.vision_left, m.vision_right)) if m.vision_left or m.vision_right else ""
        table.append([f"{m.day:%Y-%m-%d}", age_text(child.birth_date, m.day), shown_value("height_cm", m.height_cm),
                      shown_value("weight_kg", m.weight_kg), str(growth.bmi_of(m.height_cm, m.weight_kg)), vision,
                      "" if m.haemoglobin is None else f"{m.haemoglobin} g/L", "" if m.caries is None else str(m.caries), m.statuses or "—"])
    words = words_for(latest) if latest else ""
    series = chart_series(child.sex, child.birth_date, points, kind)

    def draw(target) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Spacer

        from logistics_desktop.printing.fonts import register_fonts
        from logistics_desktop.printing.form import form_table, paragraph_text
        from logistics_desktop.printing.frame import PageFrame, build_document

        frame = PageFrame("儿童生长发育报告", school, f"{names.get(child.class_id, '')} {child.name}", ("保健医", "家长"), period_label="")
        font = register_fonts()
        body = ParagraphStyle("body", fontName=font, fontSize=10, leading=15)
        story = [form_table(info, [20, 40, 20, 30, 22, 48], frame.body_width, shaded=[(0, 0), (2, 0), (4, 0), (0, 1), (2, 1), (4, 1)]),
                 Spacer(1, 4 * mm)]
        for chart in series:
            story += [chart_drawing(chart, frame.body_width, 62 * mm, font), Spacer(1, 2 * mm)]
        story += [Paragraph(paragraph_text(words), body), Spacer(1, 3 * mm),
                  form_table(table, [23, 18, 18, 18, 12, 21, 18, 11, 41], frame.body_width, shaded=[(c, 0) for c in range(9)])]
        build_document(target, frame, story)

    return Drawing(f"儿童生长发育报告 {child.name}", draw)


ADVICE = {
    "低体重": "体重低于同龄儿童，请保证三餐和加餐，适当增加奶、蛋、鱼、肉，按医生建议复查。",
    "生长迟缓": "身高低于同龄儿童，请保证充足睡眠、均衡营养和每天户外活动，必要时到儿童保健科检查。",
    "消瘦": "体重相对身高偏轻，请增加营养和规律进餐，按时复查。",
    "超重": "体重相对身高偏重，请减少甜饮料和零食，每天运动 1 小时，定期复查。",
    "肥胖": "已达肥胖，请控制高糖高油食物，坚持每天运动，并按保健医安排进行专案管理。",
    "贫血": "血红蛋白偏低，请多吃含铁丰富的食物（瘦肉、动物肝脏、绿叶菜），按医嘱复查。",
}


def words_for(row) -> str:
    """The evaluation in words for the parents."""
    if not row.summary:
        return "本次测量未能按标准评价。"
    parts = [f"评价（{row.standard}，{row.day:%Y-%m-%d}）：{row.summary}。"]
    parts += [f"{growth.INDICATORS[i.key]}{i.grade}" + (f"（{i.status}）" if i.status else "") for i in row.indicators if i.grade]
    advice = [text for key, text in ADVICE.items() if any(s.startswith(key) or s.endswith(key) for s in row.summary.split("、"))]
    text = parts[0] + ("各项：" + "，".join(parts[1:]) + "。" if parts[1:] else "")
    return text + ("".join(advice) if advice else "生长发育正常，请继续保持均衡饮食、充足睡眠和户外活动。")


@dataclass(frozen=True)
class ChartSeries:
    title: str
    unit: str
    x_label: str
    curves: list[tuple[str, list[tuple[float, float]]]]  # (label, points) of the standard
    child: list[tuple[float, float]]


def child_chart(session: Session, child_id: int) -> tuple[str, list[ChartSeries]]:
    """(the child's name, the series of the growth chart) for the screen: [] when never measured."""
    from logistics_desktop.health.measurements import school_kind

    child = session.get(Child, child_id)
    if child is None:
        raise InputError("child", "这名幼儿/学生已不在名册中")
    points = [m for m in session.exec(select(Measurement).where(Measurement.child_id == child_id).order_by(Measurement.day)) if m.height_cm and m.weight_kg]
    return child.name, chart_series(child.sex, child.birth_date, points, school_kind(session)) if points else []


def chart_series(sex: str, birth: date, points: list[Measurement], school_kind: str) -> list[ChartSeries]:
    """What the growth chart draws: months of age on x; the standard's curves over the child's range of ages."""
    ages = [growth.months_on(birth, m.day) for m in points]
    low, high = max(0, min(ages) - 6), max(ages) + 6
    if all(growth.uses_under_seven(birth, m.day, school_kind) for m in points):
        found = []
        for key, table, value in (("height_for_age", "height_for_age", "height_cm"), ("weight_for_age", "weight_for_age", "weight_kg")):
            rows = [r for r in growth.sd_table(table, sex) if low <= r.x <= min(high, growth.LAST_TABLE_MONTH)]
            curves = [(label, [(r.x, r.cuts[i]) for r in rows]) for label, i in ((QT_TRANSLATE_NOOP("Field", "−2SD"), 1), (QT_TRANSLATE_NOOP("Field", "中位数"), 3), (QT_TRANSLATE_NOOP("Field", "+2SD"), 5))]
            found.append(ChartSeries(growth.INDICATORS[key], "cm" if value == "height_cm" else "kg", QT_TRANSLATE_NOOP("Field", "月龄"), curves,
                                     [(a, float(getattr(m, value))) for a, m in zip(ages, points)]))
        return found
    cut = growth.school_cutoffs()
    who = "boys" if sex == "男" else "girls"
    steps = [a for a in sorted(cut) if low / 12 - 0.5 <= a <= high / 12]
    curves = [(label, [(a * 12, cut[a][key]) for a in steps if cut[a].get(key)]) for label, key in
              ((QT_TRANSLATE_NOOP("Field", "肥胖界值"), f"{who}_obese"), (QT_TRANSLATE_NOOP("Field", "超重界值"), f"{who}_overweight"),
               (QT_TRANSLATE_NOOP("Field", "消瘦界值"), f"{who}_bmi_mild"))]
    return [ChartSeries("BMI", "kg/m²", QT_TRANSLATE_NOOP("Field", "月龄"), curves, [(a, float(growth.bmi_of(m.height_cm, m.weight_kg))) for a, m in zip(ages, points)])]


def chart_drawing(series: ChartSeries, width: float, height: float, font: str):
    """A reportlab drawing of one ChartSeries: the standard's curves in grey, the child's points and line in blue."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing as RlDrawing
    from reportlab.graphics.shapes import String
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib import colors

    d = RlDrawing(width, height)
    d.initialFontName = font  # the renderer's first state: reportlab's Helvetica would be named in the PDF, not embedded
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 22, width - 110, height - 40
    data = [pts for _, pts in series.curves if pts] + [series.child]
    plot.data = data
    xs, ys = [x for pts in data for x, _ in pts], [y for pts in data for _, y in pts]
    lo, hi = int(min(ys)) - 1, int(max(ys)) + 2  # fixed, so the curves' labels can be placed beside their ends
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = min(xs), max(xs)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = lo, hi
    for i in range(len(data) - 1):
        plot.lines[i].strokeColor = colors.HexColor("#9E9E9E")
        plot.lines[i].strokeWidth = 0.8
    child_line = plot.lines[len(data) - 1]
    child_line.strokeColor, child_line.strokeWidth = colors.HexColor("#1565C0"), 1.6
    child_line.symbol = makeMarker("FilledCircle", size=4)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = font, 7
    plot.lineLabels.fontName = font  # reportlab's Helvetica default would be named in the PDF without being embedded
    d.add(plot)
    d.add(String(plot.x, height - 10, f"{series.title}（{series.unit}）", fontName=font, fontSize=9))
    d.add(String(plot.x + plot.width + 4, plot.y - 3, series.x_label, fontName=font, fontSize=7))
    for label, pts in series.curves:
        if pts:
            _x, y = pts[-1]
            px = plot.x + plot.width + 4
            d.add(String(px, plot.y + (y - lo) / ((hi - lo) or 1) * plot.height - 3, label, fontName=font, fontSize=7,
                         fillColor=colors.HexColor("#616161")))
    return d


def term_figures(session: Session, first: date, end: date):
    """The term summary's health part (school totals only, never a child): 出勤率 of the 晨检, 体检率, infectious cases;
    the attendance by month as a series."""
    from sqlalchemy import case, func

    from logistics_desktop.core.i18n import Sentence
    from logistics_desktop.core.modules import MONTH_WORDS, Figure, Series
    from logistics_desktop.core.parse import percent
    from logistics_desktop.health.models import CheckEntry, DailyCheck, DiseaseCase

    month = func.strftime("%Y-%m", DailyCheck.day)
    stmt = (select(month, func.count(CheckEntry.id), func.sum(case((CheckEntry.present == True, 1), else_=0)))  # noqa: E712
            .join(CheckEntry, CheckEntry.check_id == DailyCheck.id)
            .where(DailyCheck.session == "晨检", DailyCheck.day >= first, DailyCheck.day < end).group_by(month).order_by(month))
    by_month = [(m, expected, present or 0) for m, expected, present in session.exec(stmt)]
    expected, present = sum(m[1] for m in by_month), sum(m[2] for m in by_month)
    school = [f for f in exam_figures(session, first, end) if f.name == "合计"]
    total = school[0] if school else ClassFigures("合计")
    cases = len(list(session.exec(select(DiseaseCase.id).where(DiseaseCase.onset >= first, DiseaseCase.onset < end))))
    figures = [Figure("卫生保健", QT_TRANSLATE_NOOP("Field", "出勤率"), percent(present, expected),
                      Sentence(QT_TRANSLATE_NOOP("Home", "晨检实际出勤 %1 人次 ÷ 应出勤 %2 人次（规范 附件5）"), present, expected)),
               Figure("卫生保健", QT_TRANSLATE_NOOP("Field", "体检率"), percent(total.examined, total.due),
                      Sentence(QT_TRANSLATE_NOOP("Home", "期内测量身高体重的 %1 人 ÷ 应检 %2 人"), total.examined, total.due)),
               Figure("卫生保健", QT_TRANSLATE_NOOP("Field", "传染病病例"), str(cases), QT_TRANSLATE_NOOP("Field", "传染病登记中发病日期在期内的病例"))]
    points = tuple((MONTH_WORDS[int(m[5:]) - 1], round(p * 100 / e, 1) if e else 0.0) for m, e, p in by_month)
    return figures, [Series(QT_TRANSLATE_NOOP("Field", "每月出勤率"), "%", points)]
