"""Gather 首页's items from every module, most urgent first. Qt-free; the header's figures come from
directory/figures.py (read before SQLAlchemy is imported)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from logistics_desktop.core.modules import HomeItem
from logistics_desktop.modules import all_modules

if TYPE_CHECKING:  # pragma: no cover
    from sqlmodel import Session

_URGENCY = {"overdue": 0, "warning": 1, "due": 2, "info": 3, "done": 4}


def duties(session: Session, today: date, opens=lambda role: True) -> list[HomeItem]:
    """The items for 首页 of every module the user opens (`opens(role)`), most urgent first: the health module's,
    with children's names, only for the 保健 role."""
    items: list[HomeItem] = []
    for module in all_modules():
        if module.home_items and opens(module.role):
            items.extend(module.home_items(session, today))
    items.sort(key=lambda i: (_URGENCY.get(i.level, 9), i.when))
    return items
