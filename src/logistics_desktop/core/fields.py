"""Checking one form field at a time, so a service can report every bad field of a record at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.parse import parse_date, parse_datetime


def tidy(value: Any) -> str:
    """Text as typed, with runs of blanks made one and the ends trimmed."""
    return " ".join(str(value or "").split())


def a_date(value: Any, field: str, label: str, *, default: date | None = None) -> date:
    if value in (None, ""):
        if default is None:
            raise InputError(field, f"请填写{label}")
        return default
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InputError(field, f"{label}：{exc}") from None


def a_datetime(value: Any, field: str, label: str) -> datetime:
    if value in (None, ""):
        raise InputError(field, f"请填写{label}")
    try:
        return parse_datetime(value)
    except ValueError as exc:
        raise InputError(field, f"{label}：{exc}") from None


def a_past_moment(day: date, value: Any, field: str = "time", label: str = "时间") -> datetime:
    """A moment of `day` typed as a time (10:20), or in full; not later than now (something seen or done)."""
    text = tidy(value)
    at = a_datetime(f"{day:%Y-%m-%d} {text}" if text and len(text) <= 5 else text, field, label)
    if at > datetime.now():
        raise InputError(field, f"{label}不能晚于现在")
    return at


def a_whole(value: Any, field: str, label: str, low: int, high: int, *, hint: str = "") -> int:
    """A whole number from `low` to `high` (a blank is not one: callers decide what a blank field means)."""
    try:
        number = int(tidy(value))
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise InputError(field, f"{label}应为 {low} 到 {high} 之间的整数{hint}")
    return number


def a_choice(value: Any, field: str, label: str, choices: tuple[str, ...]) -> str:
    text = tidy(value)
    if text not in choices:
        raise InputError(field, f"{label}应为 {'、'.join(choices)} 之一" if text else f"请选择{label}")
    return text


def collect(errors: list[InputError], check, *args, **kwargs):
    """Run one field check, keeping its error (None is returned) so the caller goes on to the next field."""
    try:
        return check(*args, **kwargs)
    except InputErrors as exc:
        errors.extend(exc.errors)
    except InputError as exc:
        errors.append(exc)
    return None


Choice = tuple[str, str]  # (stored value, label): the stored word is data, the label is what is shown


def same(*values: str) -> tuple[Choice, ...]:
    """Choices whose label is the stored word itself (mark each with QT_TRANSLATE_NOOP("Field", …))."""
    return tuple((v, v) for v in values)


@dataclass(frozen=True)
class Field:
    """One field of a form, a record page, a directory or an import: the one field description.

    `label` is the Chinese source text, marked for translation where the Field is written
    (QT_TRANSLATE_NOOP("Field", "…")); views translate it in the "Field" context.
    kind: text | phone | int | date | datetime | bool | choice | staff | lookup (a choice that may be typed) | password.
    """

    key: str
    label: str
    kind: str = "text"
    required: bool = False
    choices: tuple[Choice, ...] = ()
    # what directories and imports also need
    aliases: tuple[str, ...] = ()
    max_length: int = 40
    minimum: int | None = None
    maximum: int | None = None
    unique: bool = False
    width: float = 25  # mm on the printed list
    default: Any = None

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.choices)

    def label_of(self, value: Any) -> str:
        """The label of a stored value (the value itself when it is not one of the choices)."""
        return next((label for v, label in self.choices if v == value), "" if value is None else str(value))

    @property
    def attr(self) -> str:
        """The model attribute: references are stored as ids, shown and imported as names."""
        return f"{self.key}_id" if self.kind == "staff" else self.key
