"""The program's users and the signatures they give with their passwords."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel


class User(SQLModel, table=True):
    """A login at the office PC, linked to a staff member. Never deleted once it exists (it may have signed): disabled."""

    __tablename__ = "app_user"
    __table_args__ = {"info": {"title": "用户"}}

    id: int | None = Field(default=None, primary_key=True)
    login: str = Field(unique=True, index=True)
    name: str  # as printed on forms: the staff member's name
    staff_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="RESTRICT")
    roles: str = ""  # role keys, comma-separated: admin,logistics
    password_hash: str  # scrypt$n$r$p$salt$hash, never the password
    active: bool = True
    failed_logins: int = 0  # wrong passwords since the last right one: later answers come slowly
    created_at: datetime = Field(sa_type=DateTime)


class Signature(SQLModel, table=True):
    """One person's signature on one record, confirmed with their own password at that moment."""

    __tablename__ = "signature"
    __table_args__ = {"info": {"title": "签字"}}

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="app_user.id", index=True, ondelete="RESTRICT")
    at: datetime = Field(sa_type=DateTime)
    entity: str = Field(index=True)  # canteen_delivery, safety_hazard, stocktake, asset_movement
    entity_id: int = Field(index=True)
    purpose: str  # 验收人 / 复查人 / 过账 / 审批
    what: str = ""  # what was signed, in words (the figures the signer saw)
