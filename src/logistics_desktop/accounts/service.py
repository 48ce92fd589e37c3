"""Users, roles, passwords and signatures: who may open what, and who signed what.

Passwords are kept only as a salted scrypt hash (the standard library's hashlib.scrypt); a wrong one is answered more
slowly after a few tries. Nothing here logs a password or prints one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import time
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, func, select

from logistics_desktop.accounts.models import Signature, User
from logistics_desktop.accounts.roles import ROLE_NAMES, ROLES, UserRow, may_open, may_write, require  # noqa: F401 (the service's words)
from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import tidy
from logistics_desktop.directory import service as directory  # the staff a user is (its table is the users' foreign key)

MIN_PASSWORD = 6
_LOGIN = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # about 50 ms a check here: slow for a guesser, quick for a person
FREE_TRIES = 3  # then each wrong answer waits a second longer, up to SLOWEST
SLOWEST = 8.0
_recent_failures: dict[str, int] = {}  # this process's wrong answers per login (signatures roll back their writes)


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.login, user.name, tuple(r for r in user.roles.split(",") if r), user.active)


# ---------------------------------------------------------------- passwords


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    found = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(found.hex(), digest)


def _check_new_password(password: str, field: str = "password") -> None:
    if len(password or "") < MIN_PASSWORD:
        raise InputError(field, f"密码至少 {MIN_PASSWORD} 位")


def _slow_down(failures: int, sleep=time.sleep) -> None:
    if failures > FREE_TRIES:
        sleep(min(float(failures - FREE_TRIES), SLOWEST))


# ---------------------------------------------------------------- users


def has_users(session: Session) -> bool:
    return session.exec(select(func.count()).select_from(User)).one() > 0


def users(session: Session) -> list[UserRow]:
    return [_row(u) for u in session.exec(select(User).order_by(User.id))]


def user_named(session: Session, login: str) -> UserRow | None:
    user = session.exec(select(User).where(User.login == tidy(login))).first()
    return _row(user) if user else None


def _roles(roles: Any, field: str = "roles") -> str:
    keys = [r.strip() for r in (roles.split(",") if isinstance(roles, str) else roles or ()) if r.strip()]
    by_name = {name: key for key, name in ROLES}
    clean = []
    for key in keys:
        key = by_name.get(key, key)
        if key not in ROLE_NAMES:
            raise InputError(field, f"没有“{key}”这个角色（可选：{'、'.join(f'{k}（{n}）' for k, n in ROLES)}）")
        if key not in clean:
            clean.append(key)
    if not clean:
        raise InputError(field, "请至少选一个角色")
    return ",".join(clean)


def add_user(session: Session, values: dict[str, Any]) -> int:
    """A new login for a staff member (created in the staff list when not there yet), with roles and a password."""
    login, name, password = tidy(values.get("login")), tidy(values.get("name")), values.get("password") or ""
    errors: list[InputError] = []
    if not _LOGIN.match(login):
        errors.append(InputError("login", "登录名用 2–32 个英文字母、数字或 _ . -"))
    elif session.exec(select(User.id).where(User.login == login)).first() is not None:
        errors.append(InputError("login", f"登录名“{login}”已有人用"))
    if not name:
        errors.append(InputError("name", "请填写姓名"))
    for check in (lambda: _check_new_password(password), lambda: _roles(values.get("roles"))):
        try:
            check()
        except InputError as exc:
            errors.append(exc)
    if values.get("confirm") is not None and values["confirm"] != password:
        errors.append(InputError("confirm", "两次输入的密码不一致"))
    if errors:
        raise InputErrors(errors)
    staff_id = directory.staff_id_named(session, name)
    if staff_id is None:
        staff_id = directory.save(session, directory.STAFF, {"name": name, "post": tidy(values.get("post"))})
    user = User(login=login, name=name, staff_id=staff_id, roles=_roles(values.get("roles")), password_hash=hash_password(password),
                created_at=datetime.now())
    session.add(user)
    session.flush()
    audit.record(session, "app_user", user.id, "新增", None, {"login": login, "name": name, "roles": user.roles})
    return user.id


def _user(session: Session, login: str, field: str = "login") -> User:
    user = session.exec(select(User).where(User.login == tidy(login))).first()
    if user is None:
        raise InputError(field, f"没有登录名为“{tidy(login)}”的用户")
    return user


def set_roles(session: Session, login: str, roles: Any) -> None:
    user = _user(session, login)
    old, user.roles = user.roles, _roles(roles)
    _keep_an_administrator(session, user)
    session.add(user)
    audit.record(session, "app_user", user.id, "修改", {"roles": old}, {"roles": user.roles})


def disable_user(session: Session, login: str) -> None:
    """Never deleted (a user may have signed records): disabled, so the login no longer opens anything."""
    user = _user(session, login)
    user.active = False
    _keep_an_administrator(session, user)
    session.add(user)
    audit.record(session, "app_user", user.id, "停用", {"active": True}, {"active": False})


def enable_user(session: Session, login: str) -> None:
    user = _user(session, login)
    user.active = True
    session.add(user)
    audit.record(session, "app_user", user.id, "启用", {"active": False}, {"active": True})


def _keep_an_administrator(session: Session, changed: User) -> None:
    admins = [u for u in session.exec(select(User).where(User.active == True)) if "admin" in u.roles.split(",")]  # noqa: E712
    if not any(u.id != changed.id for u in admins) and not (changed.active and "admin" in changed.roles.split(",")):
        raise InputError("roles", "至少要留一位在用的管理员")


def reset_password(session: Session, login: str, password: str) -> None:
    user = _user(session, login)
    _check_new_password(password)
    user.password_hash, user.failed_logins = hash_password(password), 0
    session.add(user)
    audit.record(session, "app_user", user.id, "重设密码")  # the password itself is never recorded


def authenticate(session: Session, login: str, password: str, *, field: str = "password", sleep=time.sleep) -> UserRow:
    """The user whose password this is; InputError (on `field`) for a wrong one, an unknown or a disabled login.

    A wrong answer is counted on the user's row (the caller commits it even when it refuses the rest) and, after a few,
    answered slowly."""
    name = tidy(login)
    user = session.exec(select(User).where(User.login == name)).first()
    if user is None:
        _recent_failures[name] = _recent_failures.get(name, 0) + 1
        _slow_down(_recent_failures[name], sleep)
        raise InputError(field, "登录名或密码不正确")
    if not password_matches(password or "", user.password_hash):
        user.failed_logins += 1
        _recent_failures[name] = _recent_failures.get(name, 0) + 1
        session.add(user)
        session.flush()
        _slow_down(max(user.failed_logins, _recent_failures[name]), sleep)
        raise InputError(field, "登录名或密码不正确")
    if not user.active:
        raise InputError(field, f"用户“{user.login}”已停用")
    if user.failed_logins:
        user.failed_logins = 0
        session.add(user)
        session.flush()
    _recent_failures.pop(name, None)
    return _row(user)


# ---------------------------------------------------------------- health records


ACCESS_ACTIONS = ("打开", "打印", "导出")  # the words of a health records access (translated on the audit page)


def log_access(session: Session, what: str, detail: dict[str, Any] | None = None) -> None:
    """Opening or exporting children's health records is recorded, as inspectors ask who saw them: `what` one of
    ACCESS_ACTIONS, `detail` the tab, form or kind by its key, and the file."""
    audit.record(session, "health_access", None, what, None, detail or {})


# ---------------------------------------------------------------- signatures


def sign(session: Session, login: str, password: str, *, entity: str, entity_id: int, purpose: str, what: str = "",
         field: str = "password") -> UserRow:
    """A signature: the signer's own password, now; kept with the time and what was signed."""
    if not tidy(login):
        raise InputError(field.replace("password", "login") if "password" in field else field, f"请选择{purpose}")
    signer = authenticate(session, login, password, field=field)
    _keep(session, signer, entity, entity_id, purpose, what)
    return signer


def _keep(session: Session, signer: UserRow, entity: str, entity_id: int, purpose: str, what: str) -> None:
    session.add(Signature(user_id=signer.id, at=datetime.now(), entity=entity, entity_id=entity_id, purpose=purpose, what=what))
    session.flush()


def login_of(session: Session, who: str, field: str, label: str) -> str:
    """The login of a signer picked by name or login; InputError on `field` for nobody, or a disabled user."""
    text = tidy(who)
    if not text:
        raise InputError(field, f"请选择{label}")
    user = session.exec(select(User).where((User.login == text) | (User.name == text))).first()
    if user is None:
        raise InputError(field, f"{label}“{text}”不是本程序的用户（签字要用自己的账户）")
    if not user.active:
        raise InputError(field, f"{label}“{text}”的账户已停用")
    return user.login


def countersign(session: Session, who: str, password: str | None, *, entity: str, entity_id: int, purpose: str, what: str = "",
                field: str = "by", password_field: str = "password", role: str | None = None) -> str | None:
    """Once the school has accounts, `who` (a name or login) signs with their own password now, and the signer's name is
    returned; before its first account, None (the caller checks the name against the staff list as it always did)."""
    if not has_users(session):
        return None
    login = login_of(session, who, field, purpose)
    signer = authenticate(session, login, password or "", field=password_field)
    if role and not signer.has(role):
        raise InputError(field, f"{purpose}须由有“{ROLE_NAMES[role]}”角色的用户签字")
    _keep(session, signer, entity, entity_id, purpose, what)
    return signer.name


def signer_names(session: Session, role: str | None = None) -> list[str]:
    """The names of the active users who may sign (those of `role`, or all)."""
    found = session.exec(select(User).where(User.active == True).order_by(User.id))  # noqa: E712
    return [u.name for u in found if role is None or role in u.roles.split(",")]


def signatures(session: Session, entity: str, entity_id: int) -> list[dict[str, Any]]:
    rows = session.exec(select(Signature, User.name, User.login).join(User, User.id == Signature.user_id)
                        .where(Signature.entity == entity, Signature.entity_id == entity_id).order_by(Signature.id))
    return [{"name": name, "login": login, "at": s.at, "purpose": s.purpose, "what": s.what} for s, name, login in rows]


# ---------------------------------------------------------------- the audit log


def audit_rows(session: Session, *, since: date | None = None, actor: str = "", text: str = "", limit: int | None = None) -> list[dict[str, Any]]:
    """The audit log, newest first: who, when, what, old → new."""
    entry = audit.AuditEntry
    stmt = select(entry).order_by(entry.id.desc())
    if since:
        stmt = stmt.where(entry.at >= datetime.combine(since, datetime.min.time()))
    if tidy(actor):
        stmt = stmt.where(entry.actor == tidy(actor))
    if tidy(text):
        like = f"%{tidy(text)}%"
        stmt = stmt.where(entry.entity.like(like) | entry.action.like(like) | entry.changes.like(like))
    if limit:
        stmt = stmt.limit(limit)
    return [{"at": e.at, "actor": e.actor, "entity": e.entity, "entity_id": e.entity_id, "action": e.action,
             "changes": _changes_text(e.changes)} for e in session.exec(stmt)]


def _changes_text(changes: str) -> str:
    try:
        found = json.loads(changes or "{}")
    except ValueError:
        return changes
    return "；".join(f"{k}：{_short(v[0])} → {_short(v[1])}" if isinstance(v, list) and len(v) == 2 else f"{k}：{v}"
                    for k, v in found.items())


def _short(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def actors(session: Session) -> list[str]:
    return list(session.exec(select(audit.AuditEntry.actor).distinct().order_by(audit.AuditEntry.actor)))
