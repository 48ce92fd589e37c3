"""体格测量: a class's measurement round typed child by child, or the examination results a hospital hands back as
Excel; each measurement evaluated by the national standards (health/growth.py) when it is saved, the standard kept
with it. Qt-free. Records about children: the audit log gets counts, never a name or a value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors, Progress
from logistics_desktop.core.fields import Field, a_date, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import ImportReport
from logistics_desktop.directory import service as directory
from logistics_desktop.health import growth
from logistics_desktop.health.models import Child, Measurement

# what a round measures, in the order the screen and the forms show it: (key, label, unit, low, high, places)
VALUES = (
    ("height_cm", QT_TRANSLATE_NOOP("Field", "身高"), "cm", Decimal(40), Decimal(200), 1),
    ("weight_kg", QT_TRANSLATE_NOOP("Field", "体重"), "kg", Decimal("1.5"), Decimal(150), 2),
    ("head_cm", QT_TRANSLATE_NOOP("Field", "头围"), "cm", Decimal(25), Decimal(62), 1),
    ("waist_cm", QT_TRANSLATE_NOOP("Field", "腰围"), "cm", Decimal(30), Decimal(150), 1),
    ("hip_cm", QT_TRANSLATE_NOOP("Field", "臀围"), "cm", Decimal(30), Decimal(160), 1),
    ("vision_left", QT_TRANSLATE_NOOP("Field", "左眼视力"), "", Decimal("0.02"), Decimal("5.3"), 2),
    ("vision_right", QT_TRANSLATE_NOOP("Field", "右眼视力"), "", Decimal("0.02"), Decimal("5.3"), 2),
    ("haemoglobin", QT_TRANSLATE_NOOP("Field", "血红蛋白"), "g/L", Decimal(30), Decimal(250), 0),
    ("caries", QT_TRANSLATE_NOOP("Field", "龋齿数"), "", Decimal(0), Decimal(32), 0),
)
KEYS = tuple(v[0] for v in VALUES)
_BY_KEY = {v[0]: v for v in VALUES}
KINDERGARTEN_ONLY, SCHOOL_ONLY = ("head_cm",), ("waist_cm", "hip_cm")  # head under 3; waist and hip in schools

MEASURE_FIELDS = (
    Field("name", QT_TRANSLATE_NOOP("Field", "姓名"), required=True, aliases=("幼儿姓名", "学生姓名", "儿童姓名")),
    Field("class_name", QT_TRANSLATE_NOOP("Field", "班级"), aliases=("所在班级", "班级名称", "年级班级")),
    Field("birth_date", QT_TRANSLATE_NOOP("Field", "出生日期"), "date", aliases=("出生年月日", "生日", "出生年月")),
    Field("day", QT_TRANSLATE_NOOP("Field", "测量日期"), "date", required=True, aliases=("体检日期", "检查日期", "日期")),
    Field("height_cm", QT_TRANSLATE_NOOP("Field", "身高(cm)"), aliases=("身高", "身长", "身高（cm）", "身高/身长", "身高cm")),
    Field("weight_kg", QT_TRANSLATE_NOOP("Field", "体重(kg)"), aliases=("体重", "体重（kg）", "体重kg")),
    Field("head_cm", QT_TRANSLATE_NOOP("Field", "头围(cm)"), aliases=("头围", "头围（cm）")),
    Field("waist_cm", QT_TRANSLATE_NOOP("Field", "腰围(cm)"), aliases=("腰围", "腰围（cm）")),
    Field("hip_cm", QT_TRANSLATE_NOOP("Field", "臀围(cm)"), aliases=("臀围", "臀围（cm）")),
    Field("vision_left", QT_TRANSLATE_NOOP("Field", "左眼视力"), aliases=("视力左", "左眼", "裸眼视力（左）", "左眼裸眼视力", "视力(左)")),
    Field("vision_right", QT_TRANSLATE_NOOP("Field", "右眼视力"), aliases=("视力右", "右眼", "裸眼视力（右）", "右眼裸眼视力", "视力(右)")),
    Field("haemoglobin", QT_TRANSLATE_NOOP("Field", "血红蛋白(g/L)"), aliases=("血红蛋白", "血红蛋白（g/L）", "Hb", "HGB")),
    Field("caries", QT_TRANSLATE_NOOP("Field", "龋齿数"), aliases=("龋齿", "龋患数", "龋齿（颗）", "龋齿(颗)")),
    Field("measurer", QT_TRANSLATE_NOOP("Field", "测量人"), aliases=("检查医生", "体检医生", "测量者", "检查人")),
)


@dataclass(frozen=True)
class MeasureLine:
    """One child's values as typed (key → text; a blank is not measured)."""

    child_id: int
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RoundRow:
    """A child on the class's measurement screen: who, the values saved for that day, and their evaluation."""

    child_id: int
    name: str
    sex: str
    birth_date: date
    age: str
    alerts: str
    values: dict[str, str]
    summary: str  # 正常 | 超重、… | "" (not measured or not evaluated)
    standard: str


@dataclass(frozen=True)
class EvaluatedRow:
    """A child's latest measurement (on or before the day asked) with its evaluation, for the CLI and the forms."""

    class_name: str
    name: str
    sex: str
    age: str
    day: date
    height_cm: Decimal | None
    weight_kg: Decimal | None
    bmi: Decimal | None
    indicators: tuple[growth.Indicator, ...]  # () when the stored evaluation came from another edition than today's
    summary: str
    standard: str


def school_kind(session: Session) -> str:
    school = directory.get_school(session)
    return school.kind if school else ""


def shown_value(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):  # a measurement is written with its decimal: 112.0 cm, 5.0 (五分记录)
        text = f"{value.normalize():f}"
        return text if "." in text else f"{value:.1f}"
    return str(value)


def check_values(values: dict[str, Any], sex: str, birth: date, day: date, kind: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The values of one child's measurement, each checked: (clean values, {key: problem}). Blank is not measured; a
    value the child cannot have (a 6-year-old of 30 cm) is a problem on its cell, never a guess."""
    clean: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key in KEYS:
        text = tidy(values.get(key)).replace("，", ".").rstrip("．")
        if not text:
            clean[key] = None
            continue
        _, label, unit, low, high, places = _BY_KEY[key]
        try:
            number = Decimal(text)
        except InvalidOperation:
            problems[key] = f"{label}“{text}”不是数字"
            continue
        if places == 0 and number != number.to_integral_value():
            problems[key] = f"{label}应为整数"
            continue
        if key.startswith("vision_") and Decimal("2.0") < number < Decimal("3.0"):
            problems[key] = f"{label} {text} 既不是五分记录（3.0–5.3）也不是小数记录（0.02–2.0）"
            continue
        bounds = growth.plausible(sex, birth, day, key, number, school_kind=kind) if key in ("height_cm", "weight_kg", "head_cm") else ""
        if bounds:
            problems[key] = f"{label} {text}{unit} 不像 {growth.months_on(birth, day) // 12} 岁孩子的测量值（应在 {bounds}{unit} 之间），请核对"
            continue
        if not low <= number <= high:
            problems[key] = f"{label} {text}{unit} 不在 {low}–{high}{unit} 之间，请核对"
            continue
        clean[key] = int(number) if places == 0 else number.quantize(Decimal(1).scaleb(-places))
    if clean.get("height_cm") and clean.get("weight_kg") and not problems:
        bmi = growth.bmi_of(clean["height_cm"], clean["weight_kg"])
        if not Decimal(8) <= bmi <= Decimal(50):
            problems["weight_kg"] = f"身高 {clean['height_cm']}cm、体重 {clean['weight_kg']}kg 算得 BMI {bmi}，不可能，请核对"
    return clean, problems


def preview(kind: str, sex: str, birth: date, day: date, values: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """What the screen shows while a row is typed: (the evaluation in words, {key: problem})."""
    clean, problems = check_values(values, sex, birth, day, kind)
    if problems or not (clean["height_cm"] or clean["weight_kg"]):
        return "", problems
    return growth.evaluate(sex, birth, day, clean["height_cm"], clean["weight_kg"], clean["head_cm"], school_kind=kind).summary, {}


def _evaluated(child, day: date, clean: dict[str, Any], kind: str) -> dict[str, Any]:  # a Child or a roster ChildRow
    result = growth.evaluate(child.sex, child.birth_date, day, clean.get("height_cm"), clean.get("weight_kg"), clean.get("head_cm"),
                             school_kind=kind)
    return clean | {"standard": result.standard, "statuses": result.summary}


def record_round(session: Session, *, class_name: str, day: Any, measurer: Any, lines: list[MeasureLine]) -> int:
    """A class's measurement round, all at once: every typed row checked, then written (a blank row removes that
    child's measurement of the day); typing the same round again replaces it. Returns the children measured."""
    from logistics_desktop.health.service import children, class_id_of

    errors: list[InputError] = []
    class_id = collect(errors, class_id_of, session, class_name, "class")
    the_day = collect(errors, a_date, day, "day", "测量日期", default=date.today())
    if the_day and the_day > date.today():
        errors.append(InputError("day", "测量日期不能晚于今天"))
    if class_id is None or the_day is None or errors:
        raise InputErrors(errors)
    who = tidy(measurer)
    kind = school_kind(session)
    roster = {c.id: (row, c) for row, c in enumerate(children(session, class_name, on=the_day))}
    clean_lines: dict[int, dict[str, Any]] = {}
    for line in lines:
        if line.child_id not in roster:
            raise InputError("lines", "名单已变动（有幼儿转入或离园），请重新打开本班")
        row, shown = roster[line.child_id]
        clean, problems = check_values(line.values, shown.sex, shown.birth_date, the_day, kind)
        for key, message in problems.items():
            errors.append(InputError("lines", f"{shown.name}：{message}", row=row, column=key))
        if any(v is not None for v in clean.values()):
            clean_lines[line.child_id] = clean
    if clean_lines and not who:
        errors.append(InputError("measurer", "请填写测量人"))
    if errors:
        raise InputErrors(errors)
    saved = {m.child_id: m for m in session.exec(select(Measurement).where(Measurement.day == the_day,
                                                                           Measurement.child_id.in_(list(roster))))}  # type: ignore[attr-defined]
    for line in lines:
        old = saved.get(line.child_id)
        clean = clean_lines.get(line.child_id)
        if clean is None:
            if old is not None:
                session.delete(old)
            continue
        values = _evaluated(roster[line.child_id][1], the_day, clean, kind) | {"measurer": who}
        target = old or Measurement(child_id=line.child_id, day=the_day)
        for key, value in values.items():
            setattr(target, key, value)
        session.add(target)
    session.flush()
    audit.record(session, "health_measurement", None, "测量", None, {"class_id": class_id, "day": the_day, "children": len(clean_lines)})
    return len(clean_lines)


def round_rows(session: Session, class_name: str, day: date) -> tuple[str, list[RoundRow]]:
    """The class on the measurement screen for `day`: (the measurer saved, one row per child on the roster)."""
    from logistics_desktop.health.service import children

    roster = children(session, class_name, on=day)
    saved = {m.child_id: m for m in session.exec(select(Measurement).where(Measurement.day == day,
                                                                           Measurement.child_id.in_([c.id for c in roster])))}  # type: ignore[attr-defined]
    rows = []
    for c in roster:
        m = saved.get(c.id)
        values = {k: shown_value(k, getattr(m, k)) for k in KEYS} if m else {}
        rows.append(RoundRow(c.id, c.name, c.sex, c.birth_date, c.age, c.alerts, values, m.statuses if m else "", m.standard if m else ""))
    measurer = next((m.measurer for m in saved.values() if m.measurer), "")
    return measurer, rows


def last_round(session: Session, class_name: str, before: date) -> date | None:
    """The class's latest measurement day before `before` (the screen says so when the day chosen has none)."""
    from logistics_desktop.health.service import class_id_of

    stmt = (select(Measurement.day).join(Child, Child.id == Measurement.child_id)
            .where(Child.class_id == class_id_of(session, class_name, "class"), Measurement.day < before).order_by(Measurement.day.desc()))  # type: ignore[attr-defined]
    return session.exec(stmt).first()


def evaluations(session: Session, class_name: str = "", on: date | None = None, since: date | None = None) -> list[EvaluatedRow]:
    """Each child's latest measurement on or before `on` (today) and from `since`, by class and name; the statuses as stored."""
    from logistics_desktop.health.service import age_text, children

    on = on or date.today()
    roster = children(session, class_name, on=on)
    latest: dict[int, Any] = {}
    wanted = {c.id for c in roster}
    # plain rows, not ORM objects: a school's two rounds are 4,000 of them
    stmt = (select(Measurement.child_id, Measurement.day, Measurement.height_cm, Measurement.weight_kg, Measurement.head_cm,
                   Measurement.statuses, Measurement.standard).where(Measurement.day <= on, Measurement.day >= (since or date.min))
            .order_by(Measurement.day))
    for m in session.exec(stmt):
        if m.child_id in wanted:
            latest[m.child_id] = m
    kind = school_kind(session)
    found = []
    for c in roster:
        m = latest.get(c.id)
        if m is None:
            continue
        result = growth.evaluate(c.sex, c.birth_date, m.day, m.height_cm, m.weight_kg, m.head_cm, school_kind=kind)
        same = result.standard == m.standard
        found.append(EvaluatedRow(c.class_name, c.name, c.sex, age_text(c.birth_date, m.day), m.day, m.height_cm, m.weight_kg, result.bmi,
                                  result.indicators if same else (), m.statuses, m.standard))
    return found


# ------------------------------------------------------------------ import


def columns():
    from logistics_desktop.spreadsheet import ColumnSpec

    return [ColumnSpec(f.key, f.label, "date" if f.kind == "date" else "text", f.required, f.aliases) for f in MEASURE_FIELDS]


def _squeezed(text: Any) -> str:
    """A name or class as typed in a hospital's sheet: spaces and full-width brackets do not make another child."""
    return "".join(tidy(text).split()).replace("（", "(").replace("）", ")")


def import_measurements(session: Session, path: Path, *, skip_invalid: bool = False, update: bool = False, create_refs: bool = False,
                        progress: Progress | None = None) -> ImportReport:
    """The examination results hospitals and 妇幼 hand back: each row matched to one child by name and class, or by name
    and birth date; a name that fits no child or several is a problem on its row, never a guess. A measurement already
    saved for that child and day is replaced only with `update`. All or nothing unless `skip_invalid`."""
    from logistics_desktop.core.db import checking_first, writing_now
    from logistics_desktop.spreadsheet import read_register

    checking_first(session)
    sheet = read_register(Path(path), columns(), progress=progress)
    labels = {f.key: sheet.headers.get(f.key) or f.label for f in MEASURE_FIELDS}
    kind = school_kind(session)
    class_names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}

    def checked() -> tuple[ImportReport, list[tuple[Child, date, dict[str, Any]]]]:
        report = ImportReport(total_rows=len(sheet.rows), problems=list(sheet.problems), unused_columns=sheet.unused)
        by_name: dict[str, list[Child]] = {}
        for child in session.exec(select(Child)):
            by_name.setdefault(_squeezed(child.name), []).append(child)
        seen: dict[tuple[int, date], int] = {}
        found: list[tuple[Child, date, dict[str, Any]]] = []
        for done, record in enumerate(sheet.rows):
            if progress and done % 100 == 0:
                progress(done, len(sheet.rows))
            values = record.values
            name, klass, birth = tidy(values.get("name")), _squeezed(values.get("class_name")), values.get("birth_date")
            day = values.get("day")

            def problem(key: str, message: str, record=record) -> None:
                report.problems.append((record.number, labels.get(key, ""), message))

            if not name or day is None:
                if "name" not in record.bad_keys and not name:
                    problem("name", "请填写姓名")
                if "day" not in record.bad_keys and day is None:
                    problem("day", "请填写测量日期")
                continue
            candidates = by_name.get(_squeezed(name), [])
            if klass:
                candidates = [c for c in candidates if _squeezed(class_names.get(c.class_id, "")) == klass]
            if birth:
                candidates = [c for c in candidates if c.birth_date == birth]
            if not candidates:
                where = "".join(f"，{w}" for w in (klass and f"班级“{tidy(values.get('class_name'))}”", birth and f"出生日期 {birth:%Y-%m-%d}") if w)
                problem("name", f"名册中没有“{name}”{where}（请先在名册中登记，或核对姓名）")
                continue
            if len(candidates) > 1:
                where = "、".join(f"{class_names.get(c.class_id, '')} {c.birth_date:%Y-%m-%d}" for c in candidates)
                problem("name", f"有 {len(candidates)} 个名为“{name}”的幼儿/学生（{where}）：请在文件中加上班级或出生日期列，以免记到别人名下")
                continue
            child = candidates[0]
            if day < child.birth_date or day > date.today():
                problem("day", f"测量日期 {day:%Y-%m-%d} 不在出生日期与今天之间")
                continue
            clean, problems = check_values(values, child.sex, child.birth_date, day, kind)
            for key, message in problems.items():
                problem(key, message)
            if problems:
                continue
            if all(v is None for v in clean.values()):
                problem("height_cm", "这一行没有任何测量值")
                continue
            if (child.id, day) in seen:
                problem("name", f"与第 {seen[(child.id, day)]} 行是同一人同一天的测量")
                continue
            seen[(child.id, day)] = record.number
            given = {k: v for k, v in clean.items() if k in sheet.headers}  # an update changes only the file's columns
            found.append((child, day, given | {"measurer": tidy(values.get("measurer"))} if "measurer" in sheet.headers else given))
        existing = {(child_id, day) for child_id, day in session.exec(select(Measurement.child_id, Measurement.day))}
        if not update:
            for child, day, _ in found:
                if (child.id, day) in existing:
                    report.problems.append((seen[(child.id, day)], labels["name"], f"{child.name} {day:%Y-%m-%d} 已有测量记录（要覆盖请选择“更新已有记录”）"))
            found = [f for f in found if (f[0].id, f[1]) not in existing]
        if progress:
            progress(len(sheet.rows), len(sheet.rows))
        report.check(skip_invalid)
        return report, found

    report, found = checked()
    if writing_now(session):
        report, found = checked()
    saved = {(m.child_id, m.day): m for m in session.exec(select(Measurement))}
    for child, day, values in found:
        target = saved.get((child.id, day))
        if target is None:
            target = Measurement(child_id=child.id, day=day)
            report.imported += 1
        elif all(getattr(target, key) == value for key, value in values.items()):
            continue  # the same as the record: nothing written, not counted (an export read back changes nothing)
        else:
            report.updated += 1
        for key, value in values.items():
            setattr(target, key, value)
        merged = {k: getattr(target, k) for k in KEYS}
        for key, value in _evaluated(child, day, merged, kind).items():
            setattr(target, key, value)
        target.source = Path(path).name
        session.add(target)
    session.flush()
    report.written = bool(report.imported or report.updated)
    if report.written:
        audit.record(session, "health_measurement", None, "导入", None, {"file": Path(path).name, "new": report.imported, "updated": report.updated})
    return report


def export_measurements(session: Session, path: Path) -> int:
    """Every measurement in the import's own columns (a file that imports again unchanged), with the evaluation beside."""
    from logistics_desktop.core.report import Ledger, LedgerColumn

    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = select(Measurement, Child).join(Child, Child.id == Measurement.child_id).order_by(Child.class_id, Child.name, Measurement.day)
    body = [[c.name, names.get(c.class_id, ""), c.birth_date, m.day, *[shown_value(k, getattr(m, k)) for k in KEYS], m.measurer, m.statuses, m.standard]
            for m, c in session.exec(stmt)]
    cols = [LedgerColumn(f.label, 22) for f in MEASURE_FIELDS] + [LedgerColumn("评价", 30), LedgerColumn("评价标准", 30)]
    ledger = Ledger("体格测量记录", cols, body, school=directory.school_name(session), landscape=True)
    ledger.save(Path(path))
    return len(body)


# ------------------------------------------------------------------ the form


def growth_evaluation(session: Session, options: dict[str, Any]):
    """生长发育评价表: each child's latest measurement with every indicator's grade and status, and the class's counts."""
    from logistics_desktop.core.fields import a_date as _a_date
    from logistics_desktop.core.report import Ledger, LedgerColumn

    class_name = tidy(options.get("class"))
    since = None
    if tidy(options.get("term")) or tidy(options.get("year")):  # the latest measurement of each child within the term or year
        from logistics_desktop.health.stats import period_of

        since, end, _label = period_of(session, options)
        on = min(end - timedelta(days=1), date.today())
    else:
        on = _a_date(options.get("day") or "", "day", "日期", default=date.today())
    rows = evaluations(session, class_name, on, since)
    kind = school_kind(session)
    under_seven = kind != "小学"
    cols = [LedgerColumn("序号", 10, "center"), LedgerColumn("班级", 22), LedgerColumn("姓名", 18), LedgerColumn("性别", 9, "center"),
            LedgerColumn("年龄", 15, "center"), LedgerColumn("测量日期", 21, "center"), LedgerColumn("身高cm", 14, "right"),
            LedgerColumn("体重kg", 14, "right"), LedgerColumn("BMI", 12, "right")]
    keys = ("weight_for_age", "height_for_age", "weight_for_height", "bmi_for_age") if under_seven else ()
    cols += [LedgerColumn(growth.INDICATORS[k], 19, "center") for k in keys]
    mixed = len({r.standard for r in rows}) > 1  # the edition is a column only when the rows were evaluated by different ones
    cols += [LedgerColumn("评价", 40)] + ([LedgerColumn("评价标准", 26)] if mixed else [])
    body = []
    counts: dict[str, int] = {}
    for i, r in enumerate(rows, 1):
        by_key = {ind.key: ind for ind in r.indicators}
        cells = [f"{by_key[k].grade}{'（' + by_key[k].status + '）' if by_key[k].status else ''}" if k in by_key else "—" for k in keys]
        body.append([i, r.class_name, r.name, r.sex, r.age, f"{r.day:%Y-%m-%d}", shown_value("", r.height_cm), shown_value("", r.weight_kg),
                     shown_value("", r.bmi), *cells, r.summary, *([r.standard] if mixed else [])])
        for status in (r.summary.split("、") if r.summary else []):
            counts[status] = counts.get(status, 0) + 1
    measured = len(rows)
    summary = [f"评价 {measured} 人：" + ("，".join(f"{s} {n} 人（{n / measured * 100:.1f}%）" for s, n in
                                                 sorted(counts.items(), key=lambda kv: (kv[0] != growth.NORMAL, kv[0]))) or "无")]
    notes = ["评价标准：7 岁以下按 WS/T 423-2022《7岁以下儿童生长标准》标准差法（下 <−2SD、中下、中、中上、上 ≥+2SD；"
             "−3SD≤值<−2SD 为低体重/生长迟缓/消瘦，+1SD≤值<+2SD 超重，+2SD≤值<+3SD 肥胖，≥+3SD 重度肥胖）；"
             "6–18 岁按 WS/T 586-2018（超重、肥胖）与 WS/T 456-2014（消瘦；生长迟缓仅 6–12 岁）。"]
    term = directory.current_term(session)
    return Ledger("生长发育评价表", cols, body, school=directory.school_name(session),
                  period=f"{class_name or '全校'}　" + (f"{since:%Y-%m-%d} 至 {on:%Y-%m-%d}" if since else f"截至 {on:%Y-%m-%d}")
                  + (f"（{term.name}）" if term and not since else ""), period_label="",
                  landscape=True, signatures=("测量人", "保健医", "园长/校长"), summary=summary, notes=notes)


def measured_between(session: Session, first: date, end: date) -> date | None:
    """The term plan's duty 体格测量: the first day of a measurement round in [first, end)."""
    from sqlalchemy import func

    return session.exec(select(func.min(Measurement.day)).where(Measurement.day >= first, Measurement.day < end)).one()
