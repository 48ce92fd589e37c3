"""What every tab and page gets: the open database, the settings, and a signal after each write."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from logistics_desktop import paths
from logistics_desktop.core.db import Database


def app_settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


class AppContext(QObject):
    changed = Signal(str)  # a module's data changed: pages and 首页 reload
    database_replaced = Signal()  # after a restore: everything reloads

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = app_settings()

    def session(self):
        return self.db.session()

    def today(self) -> date:
        return date.today()

    def replace_database(self, db: Database) -> None:
        self.db = db
        self.database_replaced.emit()
