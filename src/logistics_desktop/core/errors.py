"""The one way bad input is reported: a field and a Chinese message a clerk understands."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input for one field. `field` names the form field (or import column); '' for the whole record."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputErrors(InputError):
    """Several field problems found at once, so a form can mark every bad field in one go."""

    def __init__(self, errors: list[InputError]):
        super().__init__(errors[0].field, "；".join(e.message for e in errors))
        self.errors = errors


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
