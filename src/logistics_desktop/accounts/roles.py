"""The roles and what they open: read by the window before the database (and SQLAlchemy) is loaded, so nothing heavy here."""

from __future__ import annotations

from dataclasses import dataclass

from logistics_desktop.core.errors import InputError

# (key, name): what each role opens is the modules whose `role` it is (core.modules.Module.role)
ROLES = (("admin", "管理员"), ("logistics", "后勤"), ("canteen", "食堂"), ("safety", "安全"), ("health", "保健"),
         ("principal", "校长"))
ROLE_NAMES = dict(ROLES)
READS_ALL_BUT_HEALTH = "principal"  # 校长 reads every module but the children's health records, and signs


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    name: str
    roles: tuple[str, ...]
    active: bool

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def role_names(self) -> str:
        return "、".join(ROLE_NAMES.get(r, r) for r in self.roles)


def may_open(user: UserRow | None, role: str | None) -> bool:
    """Whether a user opens what belongs to `role` (a module's tab, its pages, forms and 首页 lines). No user: a
    context of the program's own (tests, the screenshots), and a file before its first account, open everything."""
    if user is None or role is None:
        return True
    return user.has(role) or (user.has(READS_ALL_BUT_HEALTH) and role not in ("health", "admin"))


def may_write(user: UserRow | None, role: str | None) -> bool:
    if user is None or role is None:
        return True
    return user.has(role)


def require(user: UserRow | None, role: str | None, what: str = "这项操作") -> None:
    if not may_write(user, role):
        needed = ROLE_NAMES.get(role or "", role)
        raise InputError("user", f"用户“{user.login}”没有“{needed}”角色，不能进行{what}")
