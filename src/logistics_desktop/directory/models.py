"""Tables of the shared directories: the school, its terms, staff, rooms and classes."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel


class School(SQLModel, table=True):
    __tablename__ = "school"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str = "小学"  # 小学 / 幼儿园: several rules (drills, fee balance) depend on it
    address: str = ""
    phone: str = ""


class Term(SQLModel, table=True):
    __tablename__ = "term"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    start: date
    end: date
    is_current: bool = False


class Staff(SQLModel, table=True):
    __tablename__ = "staff"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    post: str = ""  # 岗位
    phone: str = ""
    active: bool = True  # 在职; people in use are deactivated, never deleted


class Room(SQLModel, table=True):
    __tablename__ = "room"
    __table_args__ = {"info": {"title": "房间"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    building: str = ""
    floor: int | None = None
    purpose: str = ""  # 用途
    keeper_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="RESTRICT", index=True)


class SchoolClass(SQLModel, table=True):
    __tablename__ = "school_class"
    __table_args__ = {"info": {"title": "班级"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    grade: str = ""
    head_teacher_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="RESTRICT", index=True)
    size: int = 0  # 人数
