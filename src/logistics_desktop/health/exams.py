"""Examinations due, from the rules (core/rules.py EXAM_INTERVAL_MONTHS): the entry examination, the yearly one (twice a
year from 1 to 3), a yearly haemoglobin in kindergartens, vision yearly from 4, and each class's measurement round of the
term. Due within a month or overdue, per child (on the health tab) and as counts on 首页. Qt-free.

A kindergarten child back at the 晨检 after more than 3 months without one is due a 返园体检 (the re-examination after
a long absence), until measured again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from logistics_desktop.core import rules
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.core.parse import add_months
from logistics_desktop.directory import service as directory
from logistics_desktop.health import growth
from logistics_desktop.health.models import Measurement

INTERVAL = rules.EXAM_INTERVAL_MONTHS.value  # type: ignore[assignment]
SOON_DAYS = 30
WHAT = {"entry": QT_TRANSLATE_NOOP("Field", "入园体检"), "yearly": QT_TRANSLATE_NOOP("Field", "定期体检"),
        "haemoglobin": QT_TRANSLATE_NOOP("Field", "血红蛋白"), "vision": QT_TRANSLATE_NOOP("Field", "视力筛查"), "return": QT_TRANSLATE_NOOP("Field", "返园体检")}


@dataclass(frozen=True)
class Due:
    child_id: int
    class_name: str
    name: str
    age: str
    what: str  # a value of WHAT
    last: date | None
    due_on: date

    def overdue(self, today: date) -> bool:
        return self.due_on < today




def back_after_absence(session: Session, today: date) -> dict[int, tuple[date, date]]:
    """Children present at a 晨检 this last month whose previous presence was more than 3 months earlier:
    {child: (last seen before, back on)}. Two grouped queries, whatever the year of checks in the file."""
    from sqlalchemy import func

    from logistics_desktop.health.models import CheckEntry, DailyCheck

    window = today - timedelta(days=SOON_DAYS)
    present = (CheckEntry.present == True, DailyCheck.session == "晨检")  # noqa: E712

    def by_child(pick, *where):
        stmt = (select(CheckEntry.child_id, pick(DailyCheck.day)).join(DailyCheck, DailyCheck.id == CheckEntry.check_id)
                .where(*present, *where).group_by(CheckEntry.child_id))
        return dict(session.exec(stmt).all())

    back = by_child(func.min, DailyCheck.day >= window, DailyCheck.day <= today)
    before = by_child(func.max, DailyCheck.day < window)
    return {child: (seen, returned) for child, returned in back.items()
            if (seen := before.get(child)) is not None and add_months(seen, INTERVAL["away"]) < returned}


def exams_due(session: Session, today: date | None = None, class_name: str = "") -> list[Due]:
    """Every examination due within a month or overdue, by due date."""
    from logistics_desktop.health.service import age_text, children

    today = today or date.today()
    from logistics_desktop.health.measurements import school_kind

    kindergarten = school_kind(session) == "幼儿园"
    roster = children(session, class_name, on=today)
    wanted = {c.id for c in roster}
    last: dict[tuple[int, str], date] = {}
    # plain rows: 首页 asks this on every refresh
    stmt = (select(Measurement.child_id, Measurement.day, Measurement.height_cm, Measurement.weight_kg, Measurement.haemoglobin,
                   Measurement.vision_left, Measurement.vision_right).order_by(Measurement.day))
    for m in (m for m in session.exec(stmt) if m.child_id in wanted):
        if m.height_cm and m.weight_kg:
            last[(m.child_id, "yearly")] = m.day
        if m.haemoglobin is not None:
            last[(m.child_id, "haemoglobin")] = m.day
        if m.vision_left is not None or m.vision_right is not None:
            last[(m.child_id, "vision")] = m.day
    away = back_after_absence(session, today) if kindergarten else {}
    term = directory.current_term(session)
    # never examined: due since entry, but not from before this term (the program's records start somewhere; a pupil of
    # 2021 without one is due this term, not "1,900 days late")
    floor = term.start if term and term.start <= today else today

    def first_due(child) -> date:
        return max(child.enrolled_on or floor, floor)

    found: list[Due] = []
    for c in roster:
        months = growth.months_on(c.birth_date, today)
        checks: list[tuple[str, date | None, date]] = []
        measured = last.get((c.id, "yearly"))
        if c.id in away and (measured is None or measured < away[c.id][1]):
            checks.append(("return", away[c.id][0], away[c.id][1]))  # due the day the child came back
        if measured is None:
            checks.append(("entry" if kindergarten else "yearly", None, first_due(c)))  # before admission: due the day of entry
        else:
            checks.append(("yearly", measured, add_months(measured, INTERVAL["under_3" if 12 <= months < 36 else "from_3"])))
        if kindergarten and months >= 6:
            hb = last.get((c.id, "haemoglobin"))
            checks.append(("haemoglobin", hb, add_months(hb, INTERVAL["haemoglobin"]) if hb else first_due(c)))
        if months >= rules.VISION_FROM_MONTHS.value:  # type: ignore[operator]
            seen = last.get((c.id, "vision"))
            checks.append(("vision", seen, add_months(seen, INTERVAL["vision"]) if seen else first_due(c)))
        for what, when, due_on in checks:
            if due_on <= today + timedelta(days=SOON_DAYS):
                found.append(Due(c.id, c.class_name, c.name, age_text(c.birth_date, today), WHAT[what], when, due_on))
    return sorted(found, key=lambda d: (d.due_on, d.class_name, d.name))


def classes_not_measured(session: Session, today: date) -> list[str]:
    """Classes with children but no measurement yet this term, a month or more into it (each term has its round)."""
    from logistics_desktop.health.models import Child

    term = directory.current_term(session)
    if term is None or today < term.start + timedelta(days=30):
        return []
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    with_children = set(session.exec(select(Child.class_id).where((Child.left_on == None) | (Child.left_on > today)).distinct()))  # noqa: E711
    measured = set(session.exec(select(Child.class_id).join(Measurement, Measurement.child_id == Child.id)
                                                 .where(Measurement.day >= term.start, Measurement.day <= today).distinct()))
    return sorted(names[c] for c in with_children - measured if c in names)


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: how many children have an examination due or overdue, and the classes not measured this term (counts, classes)."""
    due = exams_due(session, today)
    items = []
    overdue = [d for d in due if d.overdue(today)]
    if overdue:
        items.append(HomeItem(min(d.due_on for d in overdue), Sentence(QT_TRANSLATE_NOOP("Home", "体检逾期：%1 人次"), len(overdue)),
                              "overdue", "health", "health:exams"))
    soon = len(due) - len(overdue)
    if soon:
        items.append(HomeItem(min(d.due_on for d in due if not d.overdue(today)), Sentence(QT_TRANSLATE_NOOP("Home", "一个月内到期的体检：%1 人次"), soon),
                              "due", "health", "health:exams"))
    missing = classes_not_measured(session, today)
    if missing:
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "本学期尚未测量身高体重：%1 个班级（%2）"), len(missing), "、".join(missing[:4]) + ("…" if len(missing) > 4 else "")),
                              "due", "health", "health:measurements"))
    return items
