"""Checking one form field at a time, so a service can report every bad field of a record at once."""

from __future__ import annotations

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
