"""Gather 首页's items from every module, most urgent first. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from logistics_desktop.core.modules import HomeItem
from logistics_desktop.modules import all_modules

_URGENCY = {"overdue": 0, "warning": 1, "due": 2, "info": 3, "done": 4}


@dataclass(frozen=True)
class HomeSummary:
    school: str
    school_kind: str
    term: str
    term_dates: str
    staff: int
    rooms: int
    classes: int
    items: list[HomeItem]


def summary(session: Session, today: date) -> HomeSummary:
    from logistics_desktop.directory import service as directory

    school = directory.get_school(session)
    term = directory.current_term(session)
    items: list[HomeItem] = []
    for module in all_modules():
        if module.home_items:
            items.extend(module.home_items(session, today))
    items.sort(key=lambda i: (_URGENCY.get(i.level, 9), i.when))
    return HomeSummary(
        school=school.name if school else "",
        school_kind=school.kind if school else "",
        term=term.name if term else "",
        term_dates=f"{term.start:%Y-%m-%d} – {term.end:%Y-%m-%d}" if term else "",
        staff=directory.count(session, directory.STAFF, active_only=True),
        rooms=directory.count(session, directory.ROOMS),
        classes=directory.count(session, directory.CLASSES),
        items=items,
    )
