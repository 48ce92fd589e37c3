"""Safety patrols: checklist templates, patrol records, the duties they bring, and hazards followed
to closure (闭环). Qt-free.

A hazard goes 待整改 → 整改中 → 待复查 → 已销号; the re-check is done by someone other than the
person who put it right, and a failed re-check sends it back to 整改中. Every step is dated.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from logistics_desktop import paths
from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors, in_grid
from logistics_desktop.core.fields import a_date, a_datetime, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence, Word
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.core.rows import plains
from logistics_desktop.safety.models import ChecklistArea, ChecklistItem, Hazard, HazardStep, Patrol, PatrolAnswer

ANSWERS = (QT_TRANSLATE_NOOP("Field", "正常"), QT_TRANSLATE_NOOP("Field", "异常"), QT_TRANSLATE_NOOP("Field", "不适用"))
FREQUENCIES: tuple[str, ...] = rules.PATROL_FREQUENCIES.value  # type: ignore[assignment]
CATEGORIES = (QT_TRANSLATE_NOOP("Field", "消防安全"), QT_TRANSLATE_NOOP("Field", "用电安全"), QT_TRANSLATE_NOOP("Field", "设施设备"), QT_TRANSLATE_NOOP("Field", "校舍安全"), QT_TRANSLATE_NOOP("Field", "食品安全"), QT_TRANSLATE_NOOP("Field", "治安安全"), QT_TRANSLATE_NOOP("Field", "周边安全"), QT_TRANSLATE_NOOP("Field", "其他"))
LEVELS = (QT_TRANSLATE_NOOP("Field", "一般"), QT_TRANSLATE_NOOP("Field", "重大"))
STATUSES = (QT_TRANSLATE_NOOP("Field", "待整改"), QT_TRANSLATE_NOOP("Field", "整改中"), QT_TRANSLATE_NOOP("Field", "待复查"), QT_TRANSLATE_NOOP("Field", "已销号"))
# action: (from status, to status)
STEPS = {
    "开始整改": ("待整改", "整改中"),
    "整改完成": ("整改中", "待复查"),
    "复查通过": ("待复查", "已销号"),
    "复查不通过": ("待复查", "整改中"),
}


def person(session: Session, name: Any, field: str, label: str, *, required: bool = True) -> str:
    from logistics_desktop.directory import service as directory

    return directory.active_staff_name(session, name, field, label, required=required)


# ------------------------------------------------------------------ checklist templates


def default_checklists() -> list[dict[str, str]]:
    """The shipped templates, one row per item, in order (resources/data/patrol_checklists.csv)."""
    path = paths.resource("data", "patrol_checklists.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))


def default_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Area and item rows (with ids) for the migration that seeds a new file."""
    areas: dict[str, dict[str, Any]] = {}
    items: list[dict[str, Any]] = []
    for row in default_checklists():
        area = areas.get(row["区域"])
        if area is None:
            area = areas[row["区域"]] = {"id": len(areas) + 1, "name": row["区域"], "frequency": row["频次"],
                                        "needs_reviewer": row["复核签字"] == "是", "category": row["类别"],
                                        "position": len(areas) + 1, "active": True}
        position = sum(1 for i in items if i["area_id"] == area["id"]) + 1
        items.append({"id": len(items) + 1, "area_id": area["id"], "position": position, "text": row["检查项目"], "retired": False})
    return list(areas.values()), items


def areas(session: Session, *, include_inactive: bool = False) -> list:
    """The checklists in order, as plain rows."""
    stmt = select(ChecklistArea).order_by(ChecklistArea.position, ChecklistArea.id)
    if not include_inactive:
        stmt = stmt.where(ChecklistArea.active == True)  # noqa: E712
    return plains(session.exec(stmt))


def area_by_name(session: Session, name: str, field: str = "area") -> ChecklistArea:
    name = tidy(name)
    if not name:
        raise InputError(field, "请选择巡查表")
    area = session.exec(select(ChecklistArea).where(ChecklistArea.name == name)).first()
    if area is None:
        known = "、".join(a.name for a in areas(session))
        raise InputError(field, f"没有名为“{name}”的巡查表（现有：{known}）")
    return area


def area_values(session: Session, area_id: int) -> dict[str, Any]:
    area = session.get(ChecklistArea, area_id)
    if area is None:
        raise InputError("area", "巡查表已被删除，请重新打开")
    return area.model_dump()


def area_names(session: Session, area_ids: list[int]) -> list[str]:
    return [area_values(session, i)["name"] for i in area_ids]


def item_is_retired(session: Session, item_id: int) -> bool:
    item = session.get(ChecklistItem, item_id)
    return bool(item and item.retired)


def item_records(session: Session, area_id: int, *, include_retired: bool = False) -> list[ChecklistItem]:
    """An area's items as table rows, for the safety module's own writes (reordering, replacing from a file)."""
    stmt = select(ChecklistItem).where(ChecklistItem.area_id == area_id).order_by(ChecklistItem.position, ChecklistItem.id)
    if not include_retired:
        stmt = stmt.where(ChecklistItem.retired == False)  # noqa: E712
    return list(session.exec(stmt))


def items(session: Session, area_id: int, *, include_retired: bool = False) -> list:
    """An area's items in order, as plain rows."""
    return plains(item_records(session, area_id, include_retired=include_retired))


def last_hazard_places(session: Session, area_id: int) -> dict[int, str]:
    """Item id → the place of the last hazard found at that item of the area (the default of the next one's place)."""
    found = session.exec(select(PatrolAnswer.item_id, Hazard.place).join(Hazard, Hazard.answer_id == PatrolAnswer.id)
                         .join(ChecklistItem, ChecklistItem.id == PatrolAnswer.item_id)
                         .where(ChecklistItem.area_id == area_id).order_by(Hazard.id)).all()
    return {item_id: place for item_id, place in found}  # the last one wins


def save_area(session: Session, values: dict[str, Any], area_id: int | None = None) -> int:
    errors = []
    name = tidy(values.get("name"))
    if not name:
        errors.append(InputError("name", "请填写巡查表名称（区域）"))
    elif session.exec(select(ChecklistArea.id).where(ChecklistArea.name == name, ChecklistArea.id != (area_id or -1))).first():
        errors.append(InputError("name", f"巡查表“{name}”已存在"))
    frequency = tidy(values.get("frequency")) or "每日"
    if frequency not in FREQUENCIES:
        errors.append(InputError("frequency", f"频次应为 {'、'.join(FREQUENCIES)} 之一"))
    category = tidy(values.get("category")) or "其他"
    if category not in CATEGORIES:
        errors.append(InputError("category", f"隐患类别应为 {'、'.join(CATEGORIES)} 之一"))
    if errors:
        raise InputErrors(errors)
    area = session.get(ChecklistArea, area_id) if area_id else None
    old = area.model_dump() if area else None
    if area is None:
        last = session.exec(select(func.max(ChecklistArea.position))).one() or 0
        area = ChecklistArea(name=name, position=last + 1)
    area.name, area.frequency, area.category = name, frequency, category
    area.needs_reviewer = bool(values.get("needs_reviewer"))
    area.active = bool(values.get("active", True))
    session.add(area)
    session.flush()
    audit.record(session, "safety_area", area.id, "修改" if old else "新增", old, area.model_dump())
    return area.id


def add_item(session: Session, area_id: int, text: Any) -> int:
    text = tidy(text)
    if not text:
        raise InputError("text", "请填写检查项目")
    if any(i.text == text for i in items(session, area_id)):
        raise InputError("text", f"本巡查表已有“{text}”")
    last = session.exec(select(func.max(ChecklistItem.position)).where(ChecklistItem.area_id == area_id)).one() or 0
    item = ChecklistItem(area_id=area_id, position=last + 1, text=text)
    session.add(item)
    session.flush()
    audit.record(session, "safety_item", item.id, "新增", None, item.model_dump())
    return item.id


def edit_item(session: Session, item_id: int, text: Any) -> None:
    """Rewording an item: past answers keep the words they were given with."""
    item = session.get(ChecklistItem, item_id)
    text = tidy(text)
    if not text:
        raise InputError("text", "请填写检查项目")
    if any(i.text == text and i.id != item_id for i in items(session, item.area_id)):
        raise InputError("text", f"本巡查表已有“{text}”")
    old = item.model_dump()
    item.text = text
    session.add(item)
    audit.record(session, "safety_item", item.id, "修改", old, item.model_dump())


def move_item(session: Session, item_id: int, step: int) -> None:
    """Move an item up (-1) or down (+1) among the area's items in use."""
    item = session.get(ChecklistItem, item_id)
    siblings = item_records(session, item.area_id, include_retired=True)
    index = next(i for i, s in enumerate(siblings) if s.id == item_id)
    target = index + step
    if not 0 <= target < len(siblings):
        return
    siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, s in enumerate(siblings, 1):
        s.position = position
        session.add(s)


def retire_item(session: Session, item_id: int, retired: bool = True) -> None:
    """Retire (or bring back) an item: it leaves new checklists, old records keep it."""
    item = session.get(ChecklistItem, item_id)
    item.retired = retired
    session.add(item)
    audit.record(session, "safety_item", item.id, "停用" if retired else "启用", None, {"text": item.text})


# ------------------------------------------------------------------ patrols


@dataclass(frozen=True)
class AnswerInput:
    item_id: int
    answer: str
    note: str = ""
    hazard: dict[str, Any] | None = None  # for an 异常: the hazard's fields (defaults fill the rest)


def record_patrol(session: Session, *, area: str, at: Any, patroller: str, reviewer: str = "", note: str = "",
                  answers: list[AnswerInput]) -> int:
    """Save a filled checklist; every 异常 opens a hazard. All or nothing."""
    errors: list[InputError] = []
    the_area = collect(errors, area_by_name, session, area)
    moment = collect(errors, a_datetime, at, "at", "巡查时间")
    if moment and moment > datetime.now() + timedelta(minutes=5):
        errors.append(InputError("at", "巡查时间不能晚于现在"))
    patroller = collect(errors, person, session, patroller, "patroller", "巡查人") or ""
    reviewer = collect(errors, person, session, reviewer, "reviewer", "复核人",
                       required=bool(the_area and the_area.needs_reviewer)) or ""
    if reviewer and reviewer == patroller:
        errors.append(InputError("reviewer", "复核人应是巡查人以外的人"))
    if the_area is None:
        raise InputErrors(errors)
    asked = {i.id: i for i in items(session, the_area.id)}
    given = {a.item_id: a for a in answers}
    for n, item in enumerate(asked.values()):
        a = given.get(item.id)
        if a is None or a.answer not in ANSWERS:
            errors.append(InputError("answers", f"第 {n + 1} 项“{item.text}”未填写结果（正常/异常/不适用）", row=n, column="answer"))
        elif a.answer == "异常" and not tidy(a.note):
            errors.append(InputError("answers", f"第 {n + 1} 项为异常，请在情况说明中写明发现的问题", row=n, column="note"))
    for item_id in given:
        if item_id not in asked:
            errors.append(InputError("answers", "巡查表已被修改，请重新打开后再填写"))
            break
    hazards: list[tuple[int, dict[str, Any]]] = []
    places = last_hazard_places(session, the_area.id)
    for n, item in enumerate(asked.values()):
        a = given.get(item.id)
        if a and a.answer == "异常" and tidy(a.note) and moment:
            # the place where this item's last hazard was: the area's name (每日防火巡查) is no place
            values = {"found_on": moment.date(), "finder": patroller, "place": places.get(item.id, ""),
                      "description": f"{item.text}：{tidy(a.note)}", "category": the_area.category, **(a.hazard or {})}
            try:
                hazards.append((item.id, check_hazard(session, values)))
            except InputError as exc:
                errors.extend(in_grid(exc, "hazards", n))
    if errors:
        raise InputErrors(errors)
    patrol = Patrol(area_id=the_area.id, at=moment, patroller=patroller, reviewer=reviewer, note=tidy(note))
    session.add(patrol)
    session.flush()
    answer_ids = {}
    for position, item in enumerate(asked.values(), 1):
        a = given[item.id]
        row = PatrolAnswer(patrol_id=patrol.id, item_id=item.id, position=position, item_text=item.text, answer=a.answer, note=tidy(a.note))
        session.add(row)
        session.flush()
        answer_ids[item.id] = row.id
    for item_id, clean in hazards:
        _open(session, clean, answer_ids[item_id])
    audit.record(session, "safety_patrol", patrol.id, "新增", None, {"area": the_area.name, "at": moment, "patroller": patroller})
    return patrol.id


def patrols(session: Session, start: date, end: date, area_id: int | None = None) -> list[dict[str, Any]]:
    """Patrols from `start` up to (not including) `end`, newest first, with their counts of answers."""
    stmt = (select(Patrol, ChecklistArea.name).join(ChecklistArea, ChecklistArea.id == Patrol.area_id)
            .where(Patrol.at >= datetime.combine(start, datetime.min.time()), Patrol.at < datetime.combine(end, datetime.min.time()))
            .order_by(Patrol.at.desc()))
    if area_id:
        stmt = stmt.where(Patrol.area_id == area_id)
    found = list(session.exec(stmt))
    counts: dict[int, dict[str, int]] = {}
    abnormal: dict[int, list[str]] = {}
    if found:
        ids = [p.id for p, _ in found]
        for patrol_id, answer, text, note in session.exec(
                select(PatrolAnswer.patrol_id, PatrolAnswer.answer, PatrolAnswer.item_text, PatrolAnswer.note)
                .where(PatrolAnswer.patrol_id.in_(ids)).order_by(PatrolAnswer.position)):
            counts.setdefault(patrol_id, {}).setdefault(answer, 0)
            counts[patrol_id][answer] += 1
            if answer == "异常":
                abnormal.setdefault(patrol_id, []).append(f"{text}：{note}")
    return [{"id": p.id, "at": p.at, "area": name, "patroller": p.patroller, "reviewer": p.reviewer,
             "normal": counts.get(p.id, {}).get("正常", 0), "abnormal": counts.get(p.id, {}).get("异常", 0),
             "na": counts.get(p.id, {}).get("不适用", 0), "problems": "；".join(abnormal.get(p.id, [])), "note": p.note}
            for p, name in found]


def patrol_answers(session: Session, patrol_id: int) -> list[PatrolAnswer]:
    return list(session.exec(select(PatrolAnswer).where(PatrolAnswer.patrol_id == patrol_id).order_by(PatrolAnswer.position)))


def _period(frequency: str, day: date) -> tuple[date, date, str]:
    """The period of a frequency that holds `day`: (first day, day after the last, how it is named)."""
    if frequency == "每日":
        return day, day + timedelta(days=1), Sentence(QT_TRANSLATE_NOOP("Home", "今天")) if day == date.today() else f"{day:%Y-%m-%d}"
    if frequency == "每周":
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=7), Sentence(QT_TRANSLATE_NOOP("Home", "%1 起的一周"), f"{first:%m-%d}")
    if frequency == "每月":
        first = day.replace(day=1)
        return first, date(first.year + (first.month == 12), first.month % 12 + 1, 1), Sentence(QT_TRANSLATE_NOOP("Home", "%1 年 %2 月"), first.year, first.month)
    quarter = (day.month - 1) // 3
    first = date(day.year, quarter * 3 + 1, 1)
    end = date(day.year + (quarter == 3), (quarter * 3 + 3) % 12 + 1, 1)
    return first, end, Sentence(QT_TRANSLATE_NOOP("Home", "%1 年第 %2 季度"), day.year, quarter + 1)


def _previous_day(frequency: str, day: date) -> date:
    """A day in the period before the one holding `day` (for 每日: the school day before)."""
    if frequency == "每日":
        before = day - timedelta(days=1)
        while before.weekday() >= 5:
            before -= timedelta(days=1)
        return before
    first, _end, _ = _period(frequency, day)
    return first - timedelta(days=1)


def duties(session: Session, today: date) -> list[tuple[date, str, str, str]]:
    """(when, text, level, target) of each area's patrol duty: done, due, or overdue (the period before was missed).

    Daily patrols are school days (Monday to Friday). A missed period counts as overdue only for an
    area the school has patrolled before it, so a new file does not start in red.
    """
    found: list[tuple[date, str, str, str]] = []
    last_by_area = dict(session.exec(select(Patrol.area_id, func.max(Patrol.at)).group_by(Patrol.area_id)).all())
    first_by_area = dict(session.exec(select(Patrol.area_id, func.min(Patrol.at)).group_by(Patrol.area_id)).all())

    def done_within(area_id: int, start: date, end: date) -> Patrol | None:
        return session.exec(select(Patrol).where(Patrol.area_id == area_id, Patrol.at >= datetime.combine(start, datetime.min.time()),
                                                 Patrol.at < datetime.combine(end, datetime.min.time())).order_by(Patrol.at.desc())).first()

    if not last_by_area:  # a school that has not started: one line, not a list of every checklist
        return [(today, Sentence(QT_TRANSLATE_NOOP("Home", "尚无巡查记录：可先打印空白巡查表（安全巡查 → 巡查记录），巡查后录入")), "info", "safety:patrol:")]
    for area in areas(session):
        if area.frequency == "不定期" or (area.frequency == "每日" and today.weekday() >= 5):
            continue
        target = f"safety:patrol:{area.id}"
        start, end, label = _period(area.frequency, today)
        last = last_by_area.get(area.id)
        done = done_within(area.id, start, end) if last and last >= datetime.combine(start, datetime.min.time()) else None
        if done:
            found.append((today, Sentence(QT_TRANSLATE_NOOP("Home", "%1：%2已巡查（%3 %4）"), area.name, label, done.patroller, f"{done.at:%m-%d %H:%M}"), "done", target))
        else:
            found.append((end - timedelta(days=1), Sentence(QT_TRANSLATE_NOOP("Home", "%1：%2待巡查"), area.name, label), "due", target))
        before = _previous_day(area.frequency, today)
        p_start, p_end, p_label = _period(area.frequency, before)
        first = first_by_area.get(area.id)
        if first and first.date() < p_start and not done_within(area.id, p_start, p_end):
            found.append((p_end - timedelta(days=1), Sentence(QT_TRANSLATE_NOOP("Home", "%1：%2未巡查"), area.name, p_label), "overdue", target))
    return found


# ------------------------------------------------------------------ hazards


def check_hazard(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """The clean fields of a hazard being opened; every problem at once, each on its field."""
    errors: list[InputError] = []

    def err(key: str, message: str) -> None:
        errors.append(InputError(key, message))

    found_on = collect(errors, a_date, values.get("found_on"), "found_on", "发现日期", default=date.today())
    finder = collect(errors, person, session, values.get("finder"), "finder", "发现人") or ""
    place, description = tidy(values.get("place")), tidy(values.get("description"))
    if not place:
        err("place", "请填写隐患部位（地点）")
    if not description:
        err("description", "请描述隐患情况")
    category = tidy(values.get("category")) or "其他"
    if category not in CATEGORIES:
        err("category", f"类别应为 {'、'.join(CATEGORIES)} 之一")
    level = tidy(values.get("level")) or "一般"
    if level not in LEVELS:
        err("level", "隐患等级应为“一般”或“重大”")
    responsible = collect(errors, person, session, values.get("responsible"), "responsible", "整改责任人", required=False) or ""
    days: dict[str, int] = rules.HAZARD_DEFAULT_DAYS.value  # type: ignore[assignment]
    default_deadline = (found_on or date.today()) + timedelta(days=days.get(level, 7))
    deadline = collect(errors, a_date, values.get("deadline"), "deadline", "整改期限", default=default_deadline)
    if deadline and found_on and deadline < found_on:
        err("deadline", "整改期限不能早于发现日期")
    if errors:
        raise InputErrors(errors)
    return {"found_on": found_on, "finder": finder, "place": place, "description": description, "category": category,
            "level": level, "measure": tidy(values.get("measure")), "responsible": responsible, "deadline": deadline}


def _next_number(session: Session, year: int) -> str:
    prefix = f"YH{year}-"
    numbers = session.exec(select(Hazard.number).where(Hazard.number.startswith(prefix))).all()
    last = max((int(n[len(prefix):]) for n in numbers if n[len(prefix):].isdigit()), default=0)  # by value: 1000 follows 999
    return f"{prefix}{last + 1:03d}"


def _open(session: Session, clean: dict[str, Any], answer_id: int | None) -> int:
    hazard = Hazard(number=_next_number(session, clean["found_on"].year), answer_id=answer_id, status="待整改", **clean)
    session.add(hazard)
    session.flush()
    session.add(HazardStep(hazard_id=hazard.id, on=clean["found_on"], action="登记", by=clean["finder"], note=clean["description"]))
    audit.record(session, "safety_hazard", hazard.id, "登记", None, hazard.model_dump())
    return hazard.id


def open_hazard(session: Session, values: dict[str, Any]) -> int:
    """A hazard reported by hand (not from a checklist)."""
    return _open(session, check_hazard(session, values), None)


EDITABLE = {"place": "隐患部位", "description": "隐患情况", "category": "类别", "level": "等级", "measure": "整改措施",
            "responsible": "整改责任人", "deadline": "整改期限"}


def edit_hazard(session: Session, hazard_id: int, values: dict[str, Any], *, by: str, reason: str = "") -> list[str]:
    """Change what a hazard says (a deadline extended, the level raised …) before it is closed.

    Every change is a dated step with its person and reason, so the ledger never loses the first version.
    Returns the changes as written in that step.
    """
    hazard = session.get(Hazard, hazard_id)
    if hazard.status == "已销号":
        raise InputError("", f"隐患 {hazard.number} 已销号，不能再修改")
    errors: list[InputError] = []
    by = collect(errors, person, session, by, "by", "经办人") or ""
    current = {key: getattr(hazard, key) for key in EDITABLE}
    clean = collect(errors, check_hazard, session, {**current, **values, "found_on": hazard.found_on, "finder": hazard.finder})
    changes = []
    if clean:
        for key, label in EDITABLE.items():
            if clean[key] != current[key]:
                old, new = current[key], clean[key]
                fmt = (lambda v: v.strftime("%Y-%m-%d")) if key == "deadline" else (lambda v: v or "—")
                changes.append(f"{label}：{fmt(old)} → {fmt(new)}")
        if not changes:
            errors.append(InputError("", "没有改动"))
        if clean["deadline"] != current["deadline"] and not tidy(reason):
            errors.append(InputError("reason", "修改整改期限须写明原因"))
    if errors:
        raise InputErrors(errors)
    old = hazard.model_dump()
    for key in EDITABLE:
        setattr(hazard, key, clean[key])
    session.add(hazard)
    note = "；".join(changes) + (f"（原因：{tidy(reason)}）" if tidy(reason) else "")
    session.add(HazardStep(hazard_id=hazard.id, on=date.today(), action="修改", by=by, note=note))
    audit.record(session, "safety_hazard", hazard.id, "修改", old, hazard.model_dump())
    return changes


def find_hazard(session: Session, key: Any) -> Hazard:
    """By number (YH2026-001) or by id."""
    text = tidy(key)
    hazard = session.exec(select(Hazard).where(Hazard.number == text.upper())).first() if text else None
    if hazard is None and text.isdigit():
        hazard = session.get(Hazard, int(text))
    if hazard is None:
        raise InputError("number", f"没有编号为“{text}”的隐患" if text else "请填写隐患编号")
    return hazard


def advance(session: Session, hazard_id: int, action: str, *, by: str, on: Any = None, note: str = "",
            measure: str = "", responsible: str = "", password: str | None = None) -> str:
    """Move a hazard one step; returns its new status. Once the school has accounts, the re-checker signs the
    re-check with their own password."""
    hazard = session.get(Hazard, hazard_id)
    if action not in STEPS:
        raise InputError("action", f"未知的整改步骤“{action}”")
    wanted, after = STEPS[action]
    if hazard.status != wanted:
        raise InputError("action", f"隐患 {hazard.number} 当前为“{hazard.status}”，不能{action}")
    errors: list[InputError] = []
    by = collect(errors, person, session, by, "by", "经办人") or ""
    day = collect(errors, a_date, on, "on", "日期", default=date.today())
    last_step = session.exec(select(func.max(HazardStep.on)).where(HazardStep.hazard_id == hazard_id)).one()
    if day and last_step and day < last_step:
        errors.append(InputError("on", f"日期不能早于上一步（{last_step:%Y-%m-%d}）"))
    if day and day > date.today():
        errors.append(InputError("on", "日期不能晚于今天"))
    if action == "开始整改":
        responsible = collect(errors, person, session, responsible or hazard.responsible, "responsible", "整改责任人") or ""
    if action == "整改完成" and not tidy(note):
        errors.append(InputError("note", "请写明整改情况（做了什么）"))
    if action.startswith("复查"):
        if by and by == hazard.rectified_by:
            errors.append(InputError("by", f"复查须由整改人（{hazard.rectified_by}）以外的人进行"))
        if action == "复查不通过" and not tidy(note):
            errors.append(InputError("note", "复查不通过时请写明原因"))
    if action.startswith("复查") and not errors:
        from logistics_desktop.accounts import service as accounts

        try:
            accounts.countersign(session, by, password, entity="safety_hazard", entity_id=hazard.id, purpose="复查人",
                                 what=f"隐患 {hazard.number} {action}")
        except InputError as exc:
            errors.append(exc)
    if errors:
        raise InputErrors(errors)
    old = hazard.model_dump()
    if action == "开始整改":
        hazard.responsible = responsible
        if tidy(measure):
            hazard.measure = tidy(measure)
    elif action == "整改完成":
        hazard.rectified_by = by
    elif action == "复查通过":
        hazard.closed_on = day
    hazard.status = after
    session.add(hazard)
    session.add(HazardStep(hazard_id=hazard.id, on=day, action=action, by=by, note=tidy(note)))
    audit.record(session, "safety_hazard", hazard.id, action, old, hazard.model_dump())
    return after


def steps(session: Session, hazard_id: int) -> list[HazardStep]:
    return list(session.exec(select(HazardStep).where(HazardStep.hazard_id == hazard_id).order_by(HazardStep.on, HazardStep.id)))


@dataclass(frozen=True)
class StepRow:
    on: date
    action: str
    by: str
    note: str


@dataclass(frozen=True)
class HazardDetail:
    """A hazard as its page shows it: its fields and its dated steps."""

    values: dict[str, Any]
    steps: tuple[StepRow, ...]

    @property
    def year(self) -> int:
        return self.values["found_on"].year


def hazard_detail(session: Session, hazard_id: int) -> HazardDetail | None:
    hazard = session.get(Hazard, hazard_id)
    if hazard is None:
        return None
    return HazardDetail(hazard.model_dump(), tuple(StepRow(s.on, s.action, s.by, s.note) for s in steps(session, hazard_id)))


def is_overdue(hazard: Hazard, today: date) -> bool:
    return hazard.status != "已销号" and hazard.deadline < today


def hazards(session: Session, *, year: int | None = None, status: str = "", open_only: bool = False,
            today: date | None = None) -> list[dict[str, Any]]:
    today = today or date.today()
    stmt = select(Hazard).order_by(Hazard.found_on.desc(), Hazard.number.desc())
    if year:
        stmt = stmt.where(Hazard.found_on >= date(year, 1, 1), Hazard.found_on < date(year + 1, 1, 1))
    if status == "逾期":
        stmt = stmt.where(Hazard.status != "已销号", Hazard.deadline < today)
    elif status:
        stmt = stmt.where(Hazard.status == status)
    if open_only:
        stmt = stmt.where(Hazard.status != "已销号")
    rows = []
    for h in session.exec(stmt):
        row = h.model_dump()
        row["overdue"] = is_overdue(h, today)
        rows.append(row)
    return rows


def hazard_home_items(session: Session, today: date) -> list[tuple[date, str, str, str]]:
    found = []
    for h in session.exec(select(Hazard).where(Hazard.status != "已销号").order_by(Hazard.deadline)):
        target = f"safety:hazard:{h.id}"
        if h.deadline < today:
            found.append((h.deadline, Sentence(QT_TRANSLATE_NOOP("Home", "隐患逾期未整改：%1 %2 %3（期限 %4，%5）"), h.number, h.place, h.description,
                                         f"{h.deadline:%Y-%m-%d}", Word(h.status)), "overdue", target))
        elif h.status == "待复查":
            found.append((h.deadline, Sentence(QT_TRANSLATE_NOOP("Home", "隐患待复查：%1 %2（整改人 %3）"), h.number, h.place, h.rectified_by), "due", target))
        elif h.level == "重大":
            found.append((h.deadline, Sentence(QT_TRANSLATE_NOOP("Home", "重大隐患整改中：%1 %2（期限 %3）"), h.number, h.place, f"{h.deadline:%Y-%m-%d}"), "warning", target))
    return found


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: patrols due, hazards open or overdue, extinguishers, the next drill, visitors never signed out."""
    from logistics_desktop.safety import fire

    found = duties(session, today) + hazard_home_items(session, today) + fire.home_items(session, today)
    found += [fire.drill_home_item(session, today)] + fire.visitor_home_items(session, today)
    return [HomeItem(when, text, level, "safety", target) for when, text, level, target in found]


def fire_inspection_between(session: Session, first: date, end: date) -> date | None:
    """The term plan's duty 消防安全检查: the first patrol of a quarterly checklist (its reviewer signs) in [first, end)."""
    found = session.exec(select(func.min(Patrol.at)).join(ChecklistArea, ChecklistArea.id == Patrol.area_id)
                         .where(ChecklistArea.frequency == "每季度", Patrol.at >= datetime.combine(first, datetime.min.time()),
                                Patrol.at < datetime.combine(end, datetime.min.time()))).one()
    return found.date() if found else None


def drill_between(session: Session, first: date, end: date) -> date | None:
    """The term plan's duty 疏散演练: the first drill held in [first, end)."""
    from logistics_desktop.safety.models import Drill

    return session.exec(select(func.min(Drill.held_on)).where(Drill.held_on >= first, Drill.held_on < end)).one()


def term_figures(session: Session, first: date, end: date):
    """The term summary's safety part: patrols and their coverage of the daily checklists, hazards found / closed /
    overdue; patrols per week and hazards by month as series."""
    from logistics_desktop.core.modules import MONTH_WORDS, Figure, Series
    from logistics_desktop.core.parse import percent

    until = min(end, date.today() + timedelta(days=1))
    start, stop = datetime.combine(first, datetime.min.time()), datetime.combine(end, datetime.min.time())
    rows = list(session.exec(select(Patrol.at, ChecklistArea.frequency, Patrol.area_id).join(ChecklistArea, ChecklistArea.id == Patrol.area_id)
                             .where(Patrol.at >= start, Patrol.at < stop)))
    daily_areas = list(session.exec(select(ChecklistArea.id).where(ChecklistArea.frequency == "每日", ChecklistArea.active == True)))  # noqa: E712
    school_days = [first + timedelta(days=n) for n in range((until - first).days) if (first + timedelta(days=n)).weekday() < 5]
    done = {(r.area_id, r.at.date()) for r in rows if r.frequency == "每日"}
    wanted = len(school_days) * len(daily_areas)
    covered = sum((a, d) in done for a in daily_areas for d in school_days)
    found = list(session.exec(select(Hazard).where(Hazard.found_on >= first, Hazard.found_on < end)))
    closed = sum(h.status == "已销号" for h in found)
    overdue = sum(is_overdue(h, until - timedelta(days=1)) for h in found)
    quarterly = sum(r.frequency == "每季度" for r in rows)
    figures = [
        Figure("安全", QT_TRANSLATE_NOOP("Field", "巡查次数"), str(len(rows)), QT_TRANSLATE_NOOP("Field", "期内登记的巡查记录（各巡查表合计）")),
        Figure("安全", QT_TRANSLATE_NOOP("Field", "每日巡查覆盖率"), percent(covered, wanted),
               Sentence(QT_TRANSLATE_NOOP("Home", "每日巡查表在工作日（周一至周五，截至今天）有记录的 %1 表·天 ÷ 应巡查 %2 表·天"), covered, wanted)),
        Figure("安全", QT_TRANSLATE_NOOP("Field", "季度消防安全检查"), str(quarterly), QT_TRANSLATE_NOOP("Field", "每季度巡查表的记录次数")),
        Figure("安全", QT_TRANSLATE_NOOP("Field", "发现隐患"), str(len(found)), QT_TRANSLATE_NOOP("Field", "期内发现日期的隐患")),
        Figure("安全", QT_TRANSLATE_NOOP("Field", "已销号"), f"{closed}（{percent(closed, len(found))}）", QT_TRANSLATE_NOOP("Field", "其中已复查销号的")),
        Figure("安全", QT_TRANSLATE_NOOP("Field", "逾期未销号"), str(overdue), QT_TRANSLATE_NOOP("Field", "过整改期限仍未销号的")),
    ]
    weeks: dict[date, int] = {}
    monday = first - timedelta(days=first.weekday())
    while monday < until:
        weeks[monday] = 0
        monday += timedelta(days=7)
    for r in rows:
        week = r.at.date() - timedelta(days=r.at.weekday())
        weeks[week] = weeks.get(week, 0) + 1
    months: dict[str, int] = {}
    day = first.replace(day=1)
    while day < until:
        months[MONTH_WORDS[day.month - 1]] = 0
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    for h in found:
        months[MONTH_WORDS[h.found_on.month - 1]] = months.get(MONTH_WORDS[h.found_on.month - 1], 0) + 1
    series = [Series(QT_TRANSLATE_NOOP("Field", "每周巡查次数（开学第几周）"), QT_TRANSLATE_NOOP("Field", "次"), tuple((str(i), float(n)) for i, (_w, n) in enumerate(sorted(weeks.items()), start=1))),
              Series(QT_TRANSLATE_NOOP("Field", "每月发现隐患"), QT_TRANSLATE_NOOP("Field", "项"), tuple((m, float(n)) for m, n in months.items()))]
    return figures, series
