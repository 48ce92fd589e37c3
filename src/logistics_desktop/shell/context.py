"""What every tab and page gets: the open database, the settings, the one write path and a signal after each write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from logistics_desktop import paths
from logistics_desktop.core.errors import InputError, Written, errors_of

if TYPE_CHECKING:  # importing core.db pulls in SQLAlchemy: not before the window shows
    from logistics_desktop.core.db import Database


T = TypeVar("T")


def app_settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def _role_of(module_key: str) -> str | None:
    from logistics_desktop.modules import all_modules

    return next((m.role for m in all_modules() if m.key == module_key), None)


class AppContext(QObject):
    changed = Signal(str)  # a module's data changed: pages and 首页 reload
    database_replaced = Signal()  # opened or restored: everything reloads
    user_changed = Signal()  # another user logged in: tabs and menus are rebuilt for their roles

    def __init__(self, db: Database | None = None, parent: QObject | None = None, *, db_path: Path | None = None):
        super().__init__(parent)
        self.db = db
        self.db_path = Path(db.path if db is not None else db_path)
        self.settings = app_settings()
        # the logged-in user (accounts.service.UserRow); None before the file's first account, and in the program's own
        # contexts (tests, screenshots): the window always logs a user in when the file has accounts
        self.user = None

    def set_user(self, user) -> None:
        from logistics_desktop.core import audit

        audit.set_actor(user.name if user else "")
        if user == self.user:
            return  # the same user unlocking: the pages keep what was typed
        self.user = user
        self.user_changed.emit()

    def has_users(self) -> bool:
        from logistics_desktop.accounts.service import has_users

        return self.db is not None and self.read(has_users)

    def log_in(self, login: str, password: str) -> Written:
        """Check a login and, when right, make it the window's user. A wrong password is counted even so (the next tries
        are answered more slowly), so this is a write of its own, not through `write`'s role check."""
        from logistics_desktop.accounts.service import authenticate

        try:
            with self.session() as session:
                try:
                    user = authenticate(session, login, password, field="password")
                except InputError as exc:
                    session.commit()
                    return Written(errors=errors_of(exc))
        except Exception as exc:
            from logistics_desktop.core.db import database_message, is_database_error

            if not is_database_error(exc):
                raise
            return Written(errors=[InputError("", database_message(exc, "登录"))])
        self.settings.setValue("ui/last_login", user.login)
        self.set_user(user)
        return Written(value=user)

    def log_health_access(self, what: str, detail: dict | None = None) -> None:
        """Opening or exporting children's health records, in the audit log (who saw them), without reloading pages."""
        from logistics_desktop.accounts.service import log_access

        if self.db is not None and not self.db.read_only:
            with self.session() as session:
                log_access(session, what, detail)

    def opens(self, role: str | None) -> bool:
        """Whether the logged-in user opens what belongs to `role` (a module's tab, pages, forms, 首页 lines)."""
        from logistics_desktop.accounts.roles import may_open

        return may_open(self.user, role)

    def may_write(self, role: str | None) -> bool:
        from logistics_desktop.accounts.roles import may_write

        return may_write(self.user, role)

    def session(self, *, read_only: bool = False):
        if self.db is None:
            raise RuntimeError("database not open yet")
        return self.db.session(read_only=read_only)

    def read(self, query: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """A service query in a session of its own, never waiting for a writer: `rows = ctx.read(service.hazards, year=2026)`."""
        with self.session(read_only=True) as session:
            return query(session, *args, **kwargs)

    def write(self, module: str, call: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Written:
        """The one write path of the window: a session for `call(session, *args)`, committed; then every page
        of `module` (and 首页) is told. Bad input comes back as the errors to show, with nothing written."""
        from logistics_desktop.core.db import READ_ONLY_NOTICE, database_message, is_database_error

        if self.db is not None and self.db.read_only:
            return Written(errors=[InputError("", READ_ONLY_NOTICE)])
        role = _role_of(module)
        if not self.may_write(role):
            from logistics_desktop.accounts.roles import ROLE_NAMES

            return Written(errors=[InputError("", f"“{self.user.name}”没有“{ROLE_NAMES.get(role, role)}”角色，不能保存这里的记录。")])
        try:
            with self.session() as session:
                value = call(session, *args, **kwargs)
        except InputError as exc:
            return Written(errors=errors_of(exc))
        except Exception as exc:  # another writer held the file past the wait: the form keeps what was typed, to retry
            if not is_database_error(exc):
                raise
            return Written(errors=[InputError("", database_message(exc, "本次填写的内容") + "填写的内容仍在，稍后再保存即可。")])
        self.changed.emit(module)
        return Written(value=value)

    def first_screen(self) -> dict | None:
        """The school, term and directory figures 首页 opens with: from the open file, or, before it is open, read from
        the file without SQLAlchemy (None when the file is new, needs a migration or is refused)."""
        from logistics_desktop.directory.figures import figures, first_screen

        if self.db is not None:
            return self.read(first_screen)
        from logistics_desktop.core.dbfile import peek

        return peek(self.db_path, figures)

    def staff_names(self) -> list[str]:
        """The people to pick in a staff field, a blank first."""
        from logistics_desktop.directory import service as directory

        return [""] + self.read(directory.staff_names)

    def today(self) -> date:
        return date.today()

    def replace_database(self, db: Database) -> None:
        self.db = db
        self.db_path = Path(db.path)
        self.database_replaced.emit()
