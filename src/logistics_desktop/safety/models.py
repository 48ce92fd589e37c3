"""Tables of safety patrols: checklist areas and items, patrols and answers, hazards and their steps,
extinguishers and their monthly checks, evacuation drills and the visitor log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, DateTime
from sqlmodel import Field, SQLModel


class ChecklistArea(SQLModel, table=True):
    """巡查表: one area (每日防火巡查, 食堂 …) with its frequency; its items are ChecklistItem rows."""

    __tablename__ = "safety_area"
    __table_args__ = {"info": {"title": "巡查表"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    frequency: str = "每日"  # one of rules.PATROL_FREQUENCIES
    needs_reviewer: bool = False  # 季度防火检查: the reviewer signs too
    category: str = "消防安全"  # default category of hazards found here
    position: int = 0
    active: bool = True


class ChecklistItem(SQLModel, table=True):
    """An item of an area. Retired items stay, so past answers keep pointing at them."""

    __tablename__ = "safety_item"
    __table_args__ = {"info": {"title": "检查项目"}}

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="safety_area.id", ondelete="CASCADE", index=True)
    position: int = 0
    text: str
    retired: bool = False


class Patrol(SQLModel, table=True):
    """巡查记录: a filled checklist of one area."""

    __tablename__ = "safety_patrol"
    __table_args__ = {"info": {"title": "巡查记录"}}

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="safety_area.id", ondelete="RESTRICT", index=True)
    at: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    patroller: str
    reviewer: str = ""
    note: str = ""


class PatrolAnswer(SQLModel, table=True):
    """One item's answer. The item's text is kept as it was asked, whatever the template becomes."""

    __tablename__ = "safety_patrol_answer"
    __table_args__ = {"info": {"title": "巡查结果"}}

    id: int | None = Field(default=None, primary_key=True)
    patrol_id: int = Field(foreign_key="safety_patrol.id", ondelete="CASCADE", index=True)
    item_id: int | None = Field(default=None, foreign_key="safety_item.id", ondelete="SET NULL", index=True)
    position: int = 0
    item_text: str
    answer: str  # 正常 / 异常 / 不适用
    note: str = ""


class Hazard(SQLModel, table=True):
    """隐患: followed from 待整改 to 已销号; every step is a HazardStep."""

    __tablename__ = "safety_hazard"
    __table_args__ = {"info": {"title": "隐患"}}

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True)  # YH2026-001, a new series each year
    found_on: date = Field(index=True)
    finder: str
    place: str
    description: str
    category: str = "消防安全"
    level: str = "一般"  # 一般 / 重大
    measure: str = ""  # 整改措施（要求）
    responsible: str = ""
    deadline: date = Field(index=True)
    status: str = Field(default="待整改", index=True)
    rectified_by: str = ""  # who reported it put right: the re-check must be someone else
    closed_on: date | None = None
    answer_id: int | None = Field(default=None, foreign_key="safety_patrol_answer.id", ondelete="SET NULL")


class HazardStep(SQLModel, table=True):
    __tablename__ = "safety_hazard_step"
    __table_args__ = {"info": {"title": "隐患整改过程"}}

    id: int | None = Field(default=None, primary_key=True)
    hazard_id: int = Field(foreign_key="safety_hazard.id", ondelete="CASCADE", index=True)
    on: date
    action: str  # 登记 / 开始整改 / 整改完成 / 复查通过 / 复查不通过
    by: str
    note: str = ""


class ExtinguisherKind(SQLModel, table=True):
    """灭火器类型 with its repair and scrap ages (defaults from core/rules.py, kept as the school's settings)."""

    __tablename__ = "safety_extinguisher_kind"
    __table_args__ = {"info": {"title": "灭火器类型"}}

    name: str = Field(primary_key=True)
    first_repair_years: int
    repair_every_years: int
    scrap_years: int


class Extinguisher(SQLModel, table=True):
    __tablename__ = "safety_extinguisher"
    __table_args__ = {"info": {"title": "灭火器"}}

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    kind: str = Field(foreign_key="safety_extinguisher_kind.name", ondelete="RESTRICT", index=True)
    spec: str = ""  # MFZ/ABC4 …
    location: str
    manufactured_on: date
    repaired_on: date | None = None  # last repair (recharge): the next one counts from it
    scrapped_on: date | None = None
    note: str = ""


class ExtinguisherCheck(SQLModel, table=True):
    __tablename__ = "safety_extinguisher_check"
    __table_args__ = {"info": {"title": "灭火器月检"}}

    id: int | None = Field(default=None, primary_key=True)
    extinguisher_id: int = Field(foreign_key="safety_extinguisher.id", ondelete="CASCADE", index=True)
    checked_on: date = Field(index=True)
    gauge_ok: bool = True  # 压力表指针在绿区
    seal_ok: bool = True  # 铅封完好
    hose_ok: bool = True  # 喷管完好
    no_rust: bool = True  # 筒体无锈蚀、变形
    in_date: bool = True  # 在维修、报废期限内
    passed: bool = True
    checker: str
    note: str = ""


class Drill(SQLModel, table=True):
    __tablename__ = "safety_drill"
    __table_args__ = {"info": {"title": "疏散演练"}}

    id: int | None = Field(default=None, primary_key=True)
    held_on: date = Field(index=True)
    scenario: str  # 火灾 / 地震 …
    participants: int
    evacuation_seconds: int
    organiser: str
    problems: str = ""


class Visit(SQLModel, table=True):
    __tablename__ = "safety_visit"
    __table_args__ = {"info": {"title": "来访登记"}}

    id: int | None = Field(default=None, primary_key=True)
    time_in: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    time_out: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))
    name: str
    id_number: str  # kept whole for the record; shown and printed masked
    phone: str = ""
    reason: str
    visited: str  # 被访人
    note: str = ""
