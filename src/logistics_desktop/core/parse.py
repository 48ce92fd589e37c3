"""Tolerant parsing of what clerks type and what school registers hold (dates, amounts, counts).

Each parser returns the value or raises ValueError with a Chinese message.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONEY_JUNK = str.maketrans("", "", ",，¥￥元 \u00a0")
# full-width digits and the marks typed with them (２０２０－０９－０１, １２．５) read as their ASCII twins
FULL_WIDTH = str.maketrans("０１２３４５６７８９－．／：，＋", "0123456789-./:,+")
LARGEST = Decimal("1e12")  # no count, amount or measure of a school is this large: beyond it a typing slip, refused


def parse_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # an Excel serial date that openpyxl did not convert
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"日期“{value}”无法识别")
    text = str(value).strip().translate(FULL_WIDTH)
    if text.endswith(" 00:00:00"):
        text = text[: -len(" 00:00:00")]
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            y, m, d = (int(g) for g in match.groups())
            try:
                return date(y, m, d)
            except ValueError:
                raise ValueError(f"日期“{text}”不存在") from None
    raise ValueError(f"日期“{text}”无法识别，请写成 2024-09-01、2024.9.1、2024/9/1 或 2024年9月1日")


_TIME = re.compile(r"^(.*?)[ T]+(\d{1,2})[:：](\d{2})(?::\d{2}(?:\.\d+)?)?$")


def parse_datetime(value: object) -> datetime:
    """A moment: a datetime, or text such as "2026-11-24 08:30" (a bare date means its start)."""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    text = str(value or "").strip()
    match = _TIME.match(text)
    if not match:
        return datetime.combine(parse_date(value), datetime.min.time())
    day, hour, minute = parse_date(match.group(1)), int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59:
        raise ValueError(f"时间“{match.group(2)}:{match.group(3)}”不存在")
    return datetime(day.year, day.month, day.day, hour, minute)


def parse_decimal(value: object, what: str = "数量") -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"{what}“{value}”不是数字")
    if isinstance(value, (int, Decimal)):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        text = str(value).strip().translate(FULL_WIDTH).translate(_MONEY_JUNK)
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"{what}“{value}”不是数字") from None
    if not result.is_finite():
        raise ValueError(f"{what}“{value}”不是数字")
    if abs(result) >= LARGEST:
        raise ValueError(f"{what}“{value}”过大，请核对")
    return result


def parse_money_fen(value: object) -> int:
    """An amount in 元 (text with commas or ¥ allowed) as integer 分."""
    amount = parse_decimal(value, "金额")
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"金额“{value}”超过两位小数")
    return int(fen)


def parse_int(value: object, what: str = "数量") -> int:
    number = parse_decimal(value, what)
    if number != number.to_integral_value():
        raise ValueError(f"{what}“{value}”应为整数")
    return int(number)


_TRUE = {"是", "在职", "有", "√", "✓", "y", "yes", "true", "1", "当前", "在用"}
_FALSE = {"否", "离职", "无", "×", "n", "no", "false", "0", "", "停用"}


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"“{value}”应填“是”或“否”")


def fen_to_yuan(fen: int | None) -> str:
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, the month's last day when it has no such day (31 Jan + 1 → 28/29 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def month_bounds(value: object) -> tuple[date, date]:
    """A month ("2026-09"; empty = this month) as its first day and the first day of the next.

    Raises InputError on the "month" field, as every monthly form takes it from its options.
    """
    from logistics_desktop.core.errors import InputError

    text = str(value or f"{date.today():%Y-%m}").strip()
    try:
        first = parse_date(f"{text}-01")
    except ValueError:
        raise InputError("month", "月份应写成 2026-09") from None
    return first, date(first.year + (first.month == 12), first.month % 12 + 1, 1)


def percent(part: int, whole: int) -> str:
    """part / whole × 100 % with one decimal, rounded half up as the 规范's tables are ("—" when there is no whole)."""
    from decimal import ROUND_HALF_UP, Decimal

    if not whole:
        return "—"
    return f"{(Decimal(part) * 100 / Decimal(whole)).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"
