"""Fire extinguishers with their monthly checks, evacuation drills, and the visitor log. Qt-free.

Repair and scrap dates come from the extinguisher's type (设置 → 灭火器类型, seeded from
core/rules.py) and its manufacture date; a failed monthly check opens a hazard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_date, a_datetime, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.parse import add_months, parse_int
from logistics_desktop.core.rows import plains
from logistics_desktop.safety.models import Drill, Extinguisher, ExtinguisherCheck, ExtinguisherKind, Hazard, Visit
from logistics_desktop.safety.service import open_hazard, person

STATES = (QT_TRANSLATE_NOOP("Field", "已报废"), QT_TRANSLATE_NOOP("Field", "应报废"), QT_TRANSLATE_NOOP("Field", "应维修"), QT_TRANSLATE_NOOP("Field", "在用"))  # of an extinguisher, on a day
RESULTS = (QT_TRANSLATE_NOOP("Field", "合格"), QT_TRANSLATE_NOOP("Field", "不合格"))  # of a monthly check
CHECK_POINTS = (("gauge_ok", QT_TRANSLATE_NOOP("Field", "压力表指针在绿区")), ("seal_ok", QT_TRANSLATE_NOOP("Field", "铅封完好")),
                ("hose_ok", QT_TRANSLATE_NOOP("Field", "喷管完好")), ("no_rust", QT_TRANSLATE_NOOP("Field", "筒体无锈蚀变形")))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)




# ------------------------------------------------------------------ types


def default_kinds() -> list[dict[str, Any]]:
    life: dict[str, tuple[int, int, int]] = rules.EXTINGUISHER_LIFE.value  # type: ignore[assignment]
    return [{"name": k, "first_repair_years": a, "repair_every_years": b, "scrap_years": c} for k, (a, b, c) in life.items()]


def kinds(session: Session) -> list[ExtinguisherKind]:
    return plains(session.exec(select(ExtinguisherKind).order_by(ExtinguisherKind.scrap_years, ExtinguisherKind.name)))


def save_kind(session: Session, values: dict[str, Any]) -> str:
    errors: list[InputError] = []
    name = tidy(values.get("name"))
    if not name:
        errors.append(InputError("name", "请填写灭火器类型"))
    years = {}
    for key, label in (("first_repair_years", "首次维修年限"), ("repair_every_years", "维修间隔"), ("scrap_years", "报废年限")):
        try:
            years[key] = parse_int(values.get(key), label)
            if not 1 <= years[key] <= 30:
                errors.append(InputError(key, f"{label}应在 1 到 30 年之间"))
        except ValueError as exc:
            errors.append(InputError(key, str(exc)))
    if not errors and years["first_repair_years"] > years["scrap_years"]:
        errors.append(InputError("first_repair_years", "首次维修年限不能超过报废年限"))
    if errors:
        raise InputErrors(errors)
    kind = session.get(ExtinguisherKind, name)
    old = kind.model_dump() if kind else None
    kind = kind or ExtinguisherKind(name=name, **years)
    for key, value in years.items():
        setattr(kind, key, value)
    session.add(kind)
    audit.record(session, "safety_extinguisher_kind", None, "修改" if old else "新增", old, kind.model_dump())
    return name


# ------------------------------------------------------------------ extinguishers


@dataclass(frozen=True)
class Life:
    next_repair: date
    scrap_on: date


def life(ext: Extinguisher, kind: ExtinguisherKind) -> Life:
    """Next repair: the first one counted from manufacture, later ones from the last repair."""
    if ext.repaired_on:
        next_repair = add_years(ext.repaired_on, kind.repair_every_years)
    else:
        next_repair = add_years(ext.manufactured_on, kind.first_repair_years)
    return Life(next_repair, add_years(ext.manufactured_on, kind.scrap_years))


def find(session: Session, code: Any) -> Extinguisher:
    code = tidy(code)
    ext = session.exec(select(Extinguisher).where(Extinguisher.code == code)).first() if code else None
    if ext is None:
        raise InputError("code", f"没有编号为“{code}”的灭火器" if code else "请填写灭火器编号")
    return ext


def save_extinguisher(session: Session, values: dict[str, Any], ext_id: int | None = None) -> int:
    errors: list[InputError] = []
    code = tidy(values.get("code"))
    if not code:
        errors.append(InputError("code", "请填写灭火器编号"))
    elif session.exec(select(Extinguisher.id).where(Extinguisher.code == code, Extinguisher.id != (ext_id or -1))).first():
        errors.append(InputError("code", f"编号“{code}”已被另一具灭火器使用"))
    kind = tidy(values.get("kind"))
    if not session.get(ExtinguisherKind, kind or "?"):
        errors.append(InputError("kind", f"类型应为 {'、'.join(k.name for k in kinds(session))} 之一（可在 设置 → 灭火器类型 中增加）"))
    location = tidy(values.get("location"))
    if not location:
        errors.append(InputError("location", "请填写放置位置"))
    made = collect(errors, a_date, values.get("manufactured_on"), "manufactured_on", "生产日期")
    if made and made > date.today():
        errors.append(InputError("manufactured_on", "生产日期不能晚于今天"))
    repaired = collect(errors, a_date, values.get("repaired_on"), "repaired_on", "最近维修日期", default=date.min)
    if repaired == date.min:
        repaired = None
    if repaired and made and repaired < made:
        errors.append(InputError("repaired_on", "维修日期不能早于生产日期"))
    if errors:
        raise InputErrors(errors)
    ext = session.get(Extinguisher, ext_id) if ext_id else None
    old = ext.model_dump() if ext else None
    ext = ext or Extinguisher(code=code, kind=kind, location=location, manufactured_on=made)
    ext.code, ext.kind, ext.location, ext.manufactured_on, ext.repaired_on = code, kind, location, made, repaired
    ext.spec, ext.note = tidy(values.get("spec")), tidy(values.get("note"))
    session.add(ext)
    session.flush()
    audit.record(session, "safety_extinguisher", ext.id, "修改" if old else "新增", old, ext.model_dump())
    return ext.id


def record_repair(session: Session, ext_id: int, on: Any) -> None:
    ext = session.get(Extinguisher, ext_id)
    day = a_date(on, "on", "维修日期", default=date.today())
    if day < ext.manufactured_on or day > date.today():
        raise InputError("on", "维修日期应在生产日期和今天之间")
    old = ext.model_dump()
    ext.repaired_on = day
    session.add(ext)
    audit.record(session, "safety_extinguisher", ext.id, "维修", old, ext.model_dump())


def scrap(session: Session, ext_id: int, on: Any) -> None:
    ext = session.get(Extinguisher, ext_id)
    day = a_date(on, "on", "报废日期", default=date.today())
    old = ext.model_dump()
    ext.scrapped_on = day
    session.add(ext)
    audit.record(session, "safety_extinguisher", ext.id, "报废", old, ext.model_dump())


def record_check(session: Session, code: Any, *, on: Any = None, checker: str, note: str = "", **points: bool) -> tuple[int, int | None]:
    """The monthly check of one extinguisher: (check id, id of the hazard a failed check opens)."""
    errors: list[InputError] = []
    ext = collect(errors, find, session, code)
    day = collect(errors, a_date, on, "on", "检查日期", default=date.today())
    checker = collect(errors, person, session, checker, "checker", "检查人") or ""
    if day and day > date.today():
        errors.append(InputError("on", "检查日期不能晚于今天"))
    if ext and ext.scrapped_on:
        errors.append(InputError("code", f"灭火器 {ext.code} 已于 {ext.scrapped_on:%Y-%m-%d} 报废"))
    failed = [label for key, label in CHECK_POINTS if not points.get(key, True)]
    if failed and not tidy(note):
        errors.append(InputError("note", "检查不合格时请写明情况"))
    if errors:
        raise InputErrors(errors)
    dates = life(ext, session.get(ExtinguisherKind, ext.kind))
    in_date = day < dates.scrap_on and day < dates.next_repair
    if not in_date:
        failed.append("已到报废年限" if day >= dates.scrap_on else "已到维修期限")
    check = ExtinguisherCheck(extinguisher_id=ext.id, checked_on=day, checker=checker, note=tidy(note), in_date=in_date,
                              passed=not failed, **{key: bool(points.get(key, True)) for key, _ in CHECK_POINTS})
    session.add(check)
    session.flush()
    hazard_id = None
    # one open hazard per extinguisher: next month's failed check adds to the record, not to the ledger
    if failed and not session.exec(select(Hazard.id).where(Hazard.status != "已销号", Hazard.description.startswith(f"灭火器 {ext.code}（"))).first():
        hazard_id = open_hazard(session, {"found_on": day, "finder": checker, "place": ext.location, "category": "消防安全",
                                          "description": f"灭火器 {ext.code}（{ext.kind}）月检不合格：{'、'.join(failed)}"
                                                         + (f"；{tidy(note)}" if tidy(note) else ""),
                                          "measure": "送修、更换或报废，并补充同类灭火器"})
    audit.record(session, "safety_extinguisher_check", check.id, "月检", None, {"code": ext.code, "passed": not failed})
    return check.id, hazard_id


def register(session: Session, today: date | None = None, *, include_scrapped: bool = False) -> list[dict[str, Any]]:
    """Every extinguisher with its dates and the last check, by location then code."""
    today = today or date.today()
    kind_by_name = {k.name: k for k in kinds(session)}
    last_checks = {}
    latest = (select(ExtinguisherCheck.extinguisher_id, func.max(ExtinguisherCheck.id).label("id"))
              .group_by(ExtinguisherCheck.extinguisher_id).subquery())
    for check in session.exec(select(ExtinguisherCheck).join(latest, latest.c.id == ExtinguisherCheck.id)):
        last_checks[check.extinguisher_id] = check
    stmt = select(Extinguisher).order_by(Extinguisher.location, Extinguisher.code)
    if not include_scrapped:
        stmt = stmt.where(Extinguisher.scrapped_on == None)  # noqa: E711
    rows = []
    for ext in session.exec(stmt):
        dates = life(ext, kind_by_name[ext.kind])
        check = last_checks.get(ext.id)
        checked_this_month = bool(check and (check.checked_on.year, check.checked_on.month) == (today.year, today.month))
        rows.append({**ext.model_dump(), "next_repair": dates.next_repair, "scrap_on": dates.scrap_on,
                     "last_check": check.checked_on if check else None, "last_result": RESULTS[not check.passed] if check else "",
                     "checked_this_month": checked_this_month,
                     "state": STATES[0 if ext.scrapped_on else 1 if today >= dates.scrap_on else 2 if today >= dates.next_repair else 3]})
    return rows


def home_items(session: Session, today: date) -> list[tuple[date, str, str, str]]:
    found = []
    soon = today + timedelta(days=rules.EXPIRY_WARNING_DAYS.value)  # type: ignore[arg-type]
    rows = register(session, today)
    for r in rows:
        target = f"safety:extinguisher:{r['id']}"
        if r["scrap_on"] <= today:
            found.append((r["scrap_on"], Sentence(QT_TRANSLATE_NOOP("Home", "灭火器已到报废年限：%1（%2，%3）%4"), r["code"], r["kind"], r["location"],
                                                  f"{r['scrap_on']:%Y-%m-%d}"), "overdue", target))
        elif r["next_repair"] <= today:
            found.append((r["next_repair"], Sentence(QT_TRANSLATE_NOOP("Home", "灭火器应送修：%1（%2，%3）%4"), r["code"], r["kind"], r["location"],
                                                     f"{r['next_repair']:%Y-%m-%d}"), "overdue", target))
        elif min(r["scrap_on"], r["next_repair"]) <= soon:
            text, when = ((QT_TRANSLATE_NOOP("Home", "灭火器即将到报废期限：%1（%2）%3"), r["scrap_on"]) if r["scrap_on"] <= soon
                          else (QT_TRANSLATE_NOOP("Home", "灭火器即将到维修期限：%1（%2）%3"), r["next_repair"]))
            found.append((when, Sentence(text, r["code"], r["location"], f"{when:%Y-%m-%d}"), "warning", target))
    unchecked = [r for r in rows if not r["checked_this_month"] and r["scrap_on"] > today]
    if unchecked:
        month_end = add_months(today.replace(day=1), 1) - timedelta(days=1)
        found.append((month_end, Sentence(QT_TRANSLATE_NOOP("Home", "本月还有 %1 具灭火器未月检（%2）"), len(unchecked),
                                          "、".join(r["code"] for r in unchecked[:5]) + (" …" if len(unchecked) > 5 else "")),
                      "due", "safety:extinguishers"))
    elif rows:
        found.append((today, Sentence(QT_TRANSLATE_NOOP("Home", "本月 %1 具灭火器已全部月检"), len(rows)), "done", "safety:extinguishers"))
    return found


# ------------------------------------------------------------------ drills


def record_drill(session: Session, values: dict[str, Any]) -> int:
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("held_on"), "held_on", "演练日期")
    if day and day > date.today():
        errors.append(InputError("held_on", "演练日期不能晚于今天"))
    scenario = tidy(values.get("scenario"))
    if not scenario:
        errors.append(InputError("scenario", "请填写演练科目（如 火灾疏散、地震疏散）"))
    numbers = {}
    for key, label, low in (("participants", "参加人数", 1), ("evacuation_seconds", "疏散用时（秒）", 1)):
        try:
            numbers[key] = parse_int(values.get(key), label)
            if numbers[key] < low:
                errors.append(InputError(key, f"{label}应大于 0"))
        except ValueError as exc:
            errors.append(InputError(key, str(exc)))
    organiser = collect(errors, person, session, values.get("organiser"), "organiser", "组织人") or ""
    if errors:
        raise InputErrors(errors)
    drill = Drill(held_on=day, scenario=scenario, organiser=organiser, problems=tidy(values.get("problems")), **numbers)
    session.add(drill)
    session.flush()
    audit.record(session, "safety_drill", drill.id, "新增", None, drill.model_dump())
    return drill.id


def drills(session: Session, year: int | None = None) -> list[Drill]:
    stmt = select(Drill).order_by(Drill.held_on.desc())
    if year:
        stmt = stmt.where(Drill.held_on >= date(year, 1, 1), Drill.held_on < date(year + 1, 1, 1))
    return plains(session.exec(stmt))


def drill_interval_months(session: Session) -> int:
    from logistics_desktop.directory import service as directory

    school = directory.get_school(session)
    table: dict[str, int] = rules.DRILL_INTERVAL_MONTHS.value  # type: ignore[assignment]
    return table.get(school.kind if school else "小学", 1)


def next_drill_due(session: Session, today: date) -> date:
    """The last drill plus the interval for this kind of school; today when there has been none."""
    last = session.exec(select(func.max(Drill.held_on))).one()
    return add_months(last, drill_interval_months(session)) if last else today


def drill_home_item(session: Session, today: date) -> tuple[date, str, str, str]:
    due = next_drill_due(session, today)
    months = drill_interval_months(session)
    every = Sentence(QT_TRANSLATE_NOOP("Home", "每月")) if months == 1 else Sentence(QT_TRANSLATE_NOOP("Home", "每 %1 个月"), months)
    if session.exec(select(Drill.id)).first() is None:
        return today, Sentence(QT_TRANSLATE_NOOP("Home", "尚无疏散演练记录（%1至少一次）"), every), "due", "safety:drills"
    if due < today:
        return due, Sentence(QT_TRANSLATE_NOOP("Home", "疏散演练已逾期：应于 %1 前进行（%2至少一次）"), f"{due:%Y-%m-%d}", every), "overdue", "safety:drills"
    level = "due" if due <= today + timedelta(days=7) else "info"
    return due, Sentence(QT_TRANSLATE_NOOP("Home", "下次疏散演练：%1 前（%2至少一次）"), f"{due:%Y-%m-%d}", every), level, "safety:drills"


# ------------------------------------------------------------------ visitors

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def mask_id(number: str) -> str:
    """An ID number with all but its last characters hidden, for screen and paper."""
    visible: int = rules.ID_VISIBLE_TAIL.value  # type: ignore[assignment]
    number = number or ""
    return "*" * max(len(number) - visible, 0) + number[-visible:]


def check_id_number(text: Any) -> str:
    number = "".join(str(text or "").split()).upper()
    if not number:
        raise InputError("id_number", "请填写证件号码")
    if len(number) == 18 and number[:17].isdigit():
        total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
        if "10X98765432"[total % 11] != number[17]:
            raise InputError("id_number", "身份证号码校验位不对，请核对")
    elif number.isdigit() and len(number) != 15:
        raise InputError("id_number", "身份证号码应为 18 位")
    elif len(number) < 6:
        raise InputError("id_number", "证件号码太短，请核对")
    return number


def sign_in(session: Session, values: dict[str, Any]) -> int:
    errors: list[InputError] = []
    at = collect(errors, a_datetime, values.get("time_in") or datetime.now(), "time_in", "来访时间")
    name = tidy(values.get("name"))
    if not name:
        errors.append(InputError("name", "请填写来访人姓名"))
    number = collect(errors, check_id_number, values.get("id_number"))
    reason = tidy(values.get("reason"))
    if not reason:
        errors.append(InputError("reason", "请填写来访事由"))
    visited = tidy(values.get("visited"))
    if not visited:
        errors.append(InputError("visited", "请填写被访人"))
    if errors:
        raise InputErrors(errors)
    visit = Visit(time_in=at, name=name, id_number=number, phone=tidy(values.get("phone")), reason=reason, visited=visited,
                  note=tidy(values.get("note")))
    session.add(visit)
    session.flush()
    audit.record(session, "safety_visit", visit.id, "来访", None, {"name": name, "time_in": at})
    return visit.id


def sign_out(session: Session, visit_id: int, at: Any = None) -> None:
    visit = session.get(Visit, visit_id)
    if visit.time_out:
        raise InputError("time_out", f"{visit.name} 已于 {visit.time_out:%H:%M} 登记离校")
    moment = a_datetime(at or datetime.now(), "time_out", "离校时间")
    if moment < visit.time_in:
        raise InputError("time_out", "离校时间不能早于来访时间")
    visit.time_out = moment
    session.add(visit)
    audit.record(session, "safety_visit", visit.id, "离校", None, {"time_out": moment})


def visits(session: Session, start: date, end: date) -> list[dict[str, Any]]:
    """Visits from `start` to before `end`, ID numbers masked."""
    stmt = select(Visit).where(Visit.time_in >= datetime.combine(start, datetime.min.time()),
                               Visit.time_in < datetime.combine(end, datetime.min.time())).order_by(Visit.time_in)
    return [{**v.model_dump(exclude={"id_number"}), "id_masked": mask_id(v.id_number)} for v in session.exec(stmt)]


def still_inside(session: Session, before: datetime) -> list[Visit]:
    """Visitors who came before `before` and have no time out."""
    return list(session.exec(select(Visit).where(Visit.time_out == None, Visit.time_in < before).order_by(Visit.time_in)))  # noqa: E711


def still_inside_rows(session: Session, before: datetime) -> list[dict[str, Any]]:
    """still_inside as rows for a page, ID numbers masked."""
    return [{**v.model_dump(exclude={"id_number"}), "id_masked": mask_id(v.id_number)} for v in still_inside(session, before)]


def visitor_home_items(session: Session, today: date) -> list[tuple[date, str, str, str]]:
    start = datetime.combine(today, datetime.min.time())
    found = []
    for v in still_inside(session, start):
        found.append((v.time_in.date(), Sentence(QT_TRANSLATE_NOOP("Home", "来访未登记离校：%1（%2 来访，被访人 %3）"), v.name, f"{v.time_in:%m-%d %H:%M}", v.visited),
                      "warning", f"safety:visit:{v.id}"))
    inside_today = [v for v in still_inside(session, start + timedelta(days=1)) if v.time_in >= start]
    if inside_today:
        found.append((today, Sentence(QT_TRANSLATE_NOOP("Home", "今天仍在校内的来访人员 %1 人：%2"), len(inside_today), "、".join(v.name for v in inside_today[:6])),
                      "info", "safety:visitors"))
    return found
