"""The term work plan's tables."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel


class PlanItem(SQLModel, table=True):
    """One item of a term's 后勤工作计划: the month it falls in, its area, what and who; tied to a module's duty (a
    stocktake, a drill …) it is done when that record exists, otherwise ticked done by hand with a note."""

    __tablename__ = "plan_item"
    __table_args__ = {"info": {"title": "学期工作计划"}}

    id: int | None = Field(default=None, primary_key=True)
    term_id: int = Field(foreign_key="term.id", ondelete="CASCADE", index=True)
    month: date  # the first day of the month it is planned for
    position: int = 0  # order within the month, as typed or pasted
    area: str  # AREAS
    what: str
    who: str = ""
    duty: str = ""  # a Duty key of a module ("stocktake", "drill" …), or ""
    done_on: date | None = None  # ticked done by hand
    done_note: str = ""
