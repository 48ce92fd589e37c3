"""The one way bad input is reported: a field and a Chinese message a clerk understands."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class InputError(ValueError):
    """Bad input at one place: `field` names the form field (or import column), '' for the whole record;
    in a grid (the lines of a delivery, the answers of a patrol) `field` names the grid, `row` its row
    (0-based) and `column` the column's key."""

    def __init__(self, field: str, message: str, *, row: int | None = None, column: str = ""):
        super().__init__(message)
        self.field = field
        self.message = message
        self.row = row
        self.column = column

    @property
    def place(self) -> tuple[str, int | None, str]:
        return self.field, self.row, self.column

    def __str__(self) -> str:
        return self.message


class InputErrors(InputError):
    """Several field problems found at once, so a form can mark every bad field in one go."""

    def __init__(self, errors: list[InputError]):
        super().__init__(errors[0].field, "；".join(e.message for e in errors))
        self.errors = errors


def errors_of(exc: InputError) -> list[InputError]:
    """Every single error an InputError (or InputErrors) carries."""
    return list(getattr(exc, "errors", None) or [exc])


def in_grid(exc: InputError, grid: str, row: int) -> list[InputError]:
    """The errors of one record checked on its own, placed on row `row` of the grid `grid`."""
    return [InputError(grid, e.message, row=row, column=e.field) for e in errors_of(exc)]


@dataclass
class Written:
    """What a write from the window came to: the service's return value, or the input errors to show."""

    value: Any = None
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def __bool__(self) -> bool:
        return self.ok


class DatabaseRefused(Exception):
    """A file we will not open (not SQLite, newer than this program, unknown schema). Left untouched."""


class Cancelled(Exception):
    """The user cancelled a long action; whatever it had begun is rolled back."""


class Progress:
    """Passed to long service functions: they report (done, total) and stop when the user cancels.

    Qt-free: the GUI's background task subclasses it to move a progress dialog.
    """

    def __init__(self) -> None:
        self.cancelled = False

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.report(done, total)

    def report(self, done: int, total: int) -> None:  # overridden by the GUI
        pass

    def check(self) -> None:
        """Raise Cancelled if the user cancelled: called last, just before the caller commits."""
        if self.cancelled:
            raise Cancelled()
