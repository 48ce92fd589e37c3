"""Canteen stock: accepted goods in (from signed deliveries), issues to the kitchen out, and the
month-end count that compares book and counted quantities. Qt-free.

The book quantity is always derived from those three, keyed by item and unit; a count's
difference adjusts the book from its date on.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.canteen.models import Delivery, DeliveryLine, StockCount, StockIssue
from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_date, collect, tidy
from logistics_desktop.core.parse import month_bounds, parse_decimal
from logistics_desktop.directory.service import active_staff_name

Key = tuple[str, str]  # (item, unit)


def _moves(session: Session, start: date | None, end: date) -> tuple[dict[Key, Decimal], dict[Key, Decimal], dict[Key, Decimal]]:
    """(in, out, count adjustments) per item from `start` (None: the beginning) to before `end`."""
    received: dict[Key, Decimal] = defaultdict(Decimal)
    issued: dict[Key, Decimal] = defaultdict(Decimal)
    adjusted: dict[Key, Decimal] = defaultdict(Decimal)
    lines = select(DeliveryLine.item, DeliveryLine.unit, DeliveryLine.accepted).join(Delivery, Delivery.id == DeliveryLine.delivery_id).where(
        Delivery.signed_at != None, Delivery.at < datetime.combine(end, datetime.min.time()))  # noqa: E711
    issues = select(StockIssue).where(StockIssue.on < end)
    counts = select(StockCount).where(StockCount.counted_on < end)
    if start:
        lines = lines.where(Delivery.at >= datetime.combine(start, datetime.min.time()))
        issues = issues.where(StockIssue.on >= start)
        counts = counts.where(StockCount.counted_on >= start)
    for item, unit, accepted in session.exec(lines):
        received[(item, unit)] += accepted
    for i in session.exec(issues):
        issued[(i.item, i.unit)] += i.quantity
    for c in session.exec(counts):
        adjusted[(c.item, c.unit)] += c.counted - c.book
    return received, issued, adjusted


def book(session: Session, on: date) -> dict[Key, Decimal]:
    """Book quantity of every item at the end of day `on`."""
    received, issued, adjusted = _moves(session, None, on + timedelta(days=1))
    keys = set(received) | set(issued) | set(adjusted)
    return {k: received[k] - issued[k] + adjusted[k] for k in sorted(keys)}


def _find_key(session: Session, stock: dict[Key, Decimal], item: str, unit: str) -> Key:
    matches = [k for k in stock if k[0] == item and (not unit or k[1] == unit)]
    if not matches:
        raise InputError("item", f"库存中没有“{item}”")
    if len(matches) > 1:
        raise InputError("unit", f"“{item}”有多种单位（{'、'.join(k[1] for k in matches)}），请选择单位")
    return matches[0]


def issue(session: Session, values: dict[str, Any]) -> int:
    """出库 to the kitchen; more than the book quantity is refused."""
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("on"), "on", "出库日期", default=date.today())
    item, unit = tidy(values.get("item")), tidy(values.get("unit"))
    if not item:
        errors.append(InputError("item", "请填写品名"))
    try:
        quantity = parse_decimal(values.get("quantity"), "出库数量")
        if quantity <= 0:
            errors.append(InputError("quantity", "出库数量应大于 0"))
    except ValueError as exc:
        errors.append(InputError("quantity", str(exc)))
        quantity = Decimal(0)
    by = collect(errors, active_staff_name, session, values.get("by"), "by", "领用人") or ""
    key = None
    if day and item:
        stock = book(session, day)
        key = collect(errors, _find_key, session, stock, item, unit)
        if key and quantity > 0 and quantity > stock[key]:
            errors.append(InputError("quantity", f"“{item}”{day:%m-%d} 账面只有 {stock[key].normalize():f}{key[1]}，不能出库 {quantity.normalize():f}"))
    if errors:
        raise InputErrors(errors)
    row = StockIssue(on=day, item=key[0], unit=key[1], quantity=quantity, purpose=tidy(values.get("purpose")), by=by)
    session.add(row)
    session.flush()
    audit.record(session, "canteen_stock_issue", row.id, "出库", None, row.model_dump())
    return row.id


def record_count(session: Session, *, counted_on: Any, counts: dict[Key, Any], by: str, note: str = "") -> int:
    """月底盘点: the counted quantity of each item given; the book is taken at the end of that day."""
    errors: list[InputError] = []
    day = collect(errors, a_date, counted_on, "counted_on", "盘点日期", default=date.today())
    by = collect(errors, active_staff_name, session, by, "by", "盘点人") or ""
    stock = book(session, day) if day else {}
    clean: dict[Key, Decimal] = {}
    for row, ((item, unit), raw) in enumerate(counts.items()):
        if raw in (None, ""):
            continue
        if (item, unit) not in stock:
            errors.append(InputError("counts", f"库存中没有“{item}（{unit}）”", row=row, column="counted"))
            continue
        try:
            value = parse_decimal(raw, f"{item}的实盘数量")
            if value < 0:
                raise ValueError(f"{item}的实盘数量不能为负")
            clean[(item, unit)] = value
        except ValueError as exc:
            errors.append(InputError("counts", str(exc), row=row, column="counted"))
    if not clean and not errors:
        errors.append(InputError("counts", "请至少填写一种食品的实盘数量"))
    if errors:
        raise InputErrors(errors)
    for (item, unit), value in clean.items():
        session.add(StockCount(counted_on=day, item=item, unit=unit, book=stock[(item, unit)], counted=value, by=by, note=tidy(note)))
    session.flush()
    audit.record(session, "canteen_stock_count", None, "盘点", None, {"on": day, "items": len(clean)})
    return len(clean)


def month_rows(session: Session, month: Any) -> tuple[date, date, list[dict[str, Any]]]:
    """Per item for a month: opening, in, out, count difference, closing book, and the count if one was made."""
    first, end = month_bounds(month)
    opening = book(session, first - timedelta(days=1))
    received, issued, adjusted = _moves(session, first, end)
    counted: dict[Key, StockCount] = {}
    for c in session.exec(select(StockCount).where(StockCount.counted_on >= first, StockCount.counted_on < end).order_by(StockCount.id)):
        counted[(c.item, c.unit)] = c
    keys = sorted(set(opening) | set(received) | set(issued) | set(adjusted))
    rows = []
    for k in keys:
        close = opening.get(k, Decimal(0)) + received[k] - issued[k] + adjusted[k]
        if not any((opening.get(k), received[k], issued[k], adjusted[k], close)):
            continue
        c = counted.get(k)
        rows.append({"item": k[0], "unit": k[1], "opening": opening.get(k, Decimal(0)), "in": received[k], "out": issued[k],
                     "book": c.book if c else close, "counted": c.counted if c else None, "difference": (c.counted - c.book) if c else None,
                     "close": close, "counted_on": c.counted_on if c else None, "by": c.by if c else ""})
    return first, end, rows
