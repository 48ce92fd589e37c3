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


class AppContext(QObject):
    changed = Signal(str)  # a module's data changed: pages and 首页 reload
    database_replaced = Signal()  # opened or restored: everything reloads

    def __init__(self, db: Database | None = None, parent: QObject | None = None, *, db_path: Path | None = None):
        super().__init__(parent)
        self.db = db
        self.db_path = Path(db.path if db is not None else db_path)
        self.settings = app_settings()

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
