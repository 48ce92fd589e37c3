"""A date-time box whose default is "now": the moment the record is started, not the moment the page was built."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import QDateTimeEdit


class NowDefault(QObject):
    """Keeps `edit` at the current time until the record starts (`start`, on its first entry) or the user sets the
    time; the page is often built at 7:00 and the first delivery typed at 9:30. `restart` for the next record."""

    def __init__(self, edit: QDateTimeEdit):
        super().__init__(edit)
        self.edit = edit
        self.started = self.set_by_user = False
        self._setting = False
        edit.dateTimeChanged.connect(self._changed)
        self.restart()

    def _set(self, moment: QDateTime) -> None:
        self._setting = True
        try:
            self.edit.setDateTime(moment)
        finally:
            self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self.set_by_user = True

    def restart(self) -> None:
        """A new record: the box follows the clock again."""
        self.started = self.set_by_user = False
        self._set(QDateTime.currentDateTime())

    def start(self, *_args) -> None:
        """The record's first entry: its time is now, unless the user set one."""
        if not self.started and not self.set_by_user:
            self._set(QDateTime.currentDateTime())
        self.started = True

    def keep(self, moment: QDateTime) -> None:
        """An opened record shows its own time."""
        self._set(moment)
        self.started = self.set_by_user = True

    def refresh(self) -> None:
        """Before the record starts, show the time of now (the page's showEvent)."""
        if not self.started and not self.set_by_user:
            self._set(QDateTime.currentDateTime())
