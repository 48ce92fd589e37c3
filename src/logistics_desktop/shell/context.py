"""What every tab and page gets: the open database, the settings, and a signal after each write."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from logistics_desktop import paths

if TYPE_CHECKING:  # importing core.db pulls in SQLAlchemy: not before the window shows
    from logistics_desktop.core.db import Database


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

    def session(self):
        if self.db is None:
            raise RuntimeError("database not open yet")
        return self.db.session()

    def today(self) -> date:
        return date.today()

    def replace_database(self, db: Database) -> None:
        self.db = db
        self.db_path = Path(db.path)
        self.database_replaced.emit()
