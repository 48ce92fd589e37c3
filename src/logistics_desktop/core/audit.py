"""Who changed what, when: one row per change, with the old and new values."""

from __future__ import annotations

import getpass
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime
from sqlmodel import Field, Session, SQLModel, select

_actor: str | None = None


def set_actor(name: str) -> None:
    global _actor
    _actor = name


def current_actor() -> str:
    if _actor:
        return _actor
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return "unknown"


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=DateTime, index=True)  # the clerk's local time, as shown on screen
    actor: str
    entity: str = Field(index=True)
    entity_id: int | None = Field(default=None, index=True)
    action: str  # 新增 / 修改 / 删除 / 导入 ...
    changes: str = "{}"  # JSON: {field: [old, new]}


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(
    session: Session,
    entity: str,
    entity_id: int | None,
    action: str,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
) -> None:
    old, new = old or {}, new or {}
    changes = {
        key: [_plain(old.get(key)), _plain(new.get(key))]
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    }
    if action == "修改" and not changes:
        return
    session.add(
        AuditEntry(
            at=datetime.now(),
            actor=current_actor(),
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes=json.dumps(changes, ensure_ascii=False),
        )
    )


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    stmt = select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
    return list(session.exec(stmt.order_by(AuditEntry.id)))
