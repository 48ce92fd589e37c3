"""低值易耗品: items, stock in, issue out (以旧换新), minimum stock and the month-end count. Qt-free."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.assets.models import CONSUMABLE_CATEGORIES, ConsumableItem, ConsumableMove
from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.parse import month_bounds, parse_date, parse_decimal, parse_money_fen
from logistics_desktop.core.report import Ledger, LedgerColumn


def _qty(value: Any, field: str, label: str, *, positive: bool = True) -> Decimal:
    try:
        q = parse_decimal(value if value not in (None, "") else "x", label)
    except ValueError:
        raise InputError(field, f"请填写{label}（数字）") from None
    if q != q.quantize(Decimal("0.001")):
        raise InputError(field, f"{label}最多三位小数")
    if positive and q <= 0:
        raise InputError(field, f"{label}应大于 0")
    if q < 0:
        raise InputError(field, f"{label}不能为负数")
    return q


def _day(value: Any) -> date:
    if value in (None, ""):
        return date.today()
    try:
        day = parse_date(value)
    except ValueError as exc:
        raise InputError("on", f"日期：{exc}") from None
    if day > date.today():
        raise InputError("on", "日期不能晚于今天")
    return day


def _show(q: Decimal | None) -> str:
    return "" if q is None else f"{q.normalize():f}"


def save_item(session: Session, values: dict[str, Any], item_id: int | None = None) -> int:
    errors = []
    name = " ".join(str(values.get("name") or "").split())
    spec = " ".join(str(values.get("spec") or "").split())
    unit = " ".join(str(values.get("unit") or "").split()) or "个"
    category = str(values.get("category") or "其他")
    if not name:
        errors.append(InputError("name", "请填写物品名称"))
    elif session.exec(select(ConsumableItem.id).where(ConsumableItem.name == name, ConsumableItem.spec == spec,
                                                      ConsumableItem.id != (item_id or -1))).first():
        errors.append(InputError("name", f"“{name} {spec}”已在物品目录中"))
    if category not in CONSUMABLE_CATEGORIES:
        errors.append(InputError("category", f"类别应为：{'、'.join(CONSUMABLE_CATEGORIES)}"))
    try:
        minimum = _qty(values.get("min_stock") or 0, "min_stock", "最低库存", positive=False)
    except InputError as exc:
        errors.append(exc)
        minimum = Decimal(0)
    if errors:
        raise InputErrors(errors)
    item = session.get(ConsumableItem, item_id) if item_id else ConsumableItem(name=name)
    old = item.model_dump() if item_id else None
    item.name, item.spec, item.unit, item.category, item.min_stock = name, spec, unit, category, minimum
    item.note = str(values.get("note") or "").strip()
    session.add(item)
    session.flush()
    audit.record(session, "consumable_item", item.id, "修改" if item_id else "新增", old, item.model_dump())
    return item.id


def _item(session: Session, item_id: int) -> ConsumableItem:
    item = session.get(ConsumableItem, item_id)
    if item is None:
        raise InputError("", "物品已不存在")
    return item


def _move(session: Session, item: ConsumableItem, kind: str, quantity: Decimal, on: date, **fields) -> int:
    old = {"stock": item.stock}
    item.stock = item.stock + quantity
    move = ConsumableMove(item_id=item.id, kind=kind, on=on, quantity=quantity, actor=audit.current_actor(), created_at=datetime.now(), **fields)
    session.add(item)
    session.add(move)
    session.flush()
    audit.record(session, "consumable_item", item.id, kind, old, {"stock": item.stock})
    return move.id


def stock_in(session: Session, item_id: int, *, quantity: Any, unit_price: Any = "", supplier: str = "", on: Any = None, note: str = "") -> int:
    item = _item(session, item_id)
    q = _qty(quantity, "quantity", "入库数量")
    try:
        price = parse_money_fen(unit_price) if unit_price not in (None, "") else 0
    except ValueError as exc:
        raise InputError("unit_price", str(exc)) from None
    return _move(session, item, "入库", q, _day(on), unit_price_fen=price, supplier=supplier.strip(), note=note.strip())


def issue_out(session: Session, item_id: int, *, quantity: Any, person: str, purpose: str = "", trade_in: bool = False,
              on: Any = None, note: str = "") -> int:
    item = _item(session, item_id)
    q = _qty(quantity, "quantity", "领用数量")
    person = " ".join((person or "").split())
    if not person:
        raise InputError("person", "请填写领用人")
    if q > item.stock:
        raise InputError("quantity", f"库存不足：{item.name}现有 {_show(item.stock)}{item.unit}")
    return _move(session, item, "领用", -q, _day(on), person=person, purpose=purpose.strip(), trade_in=bool(trade_in), note=note.strip())


def month_end_count(session: Session, counts: dict[int, Any], *, on: Any = None) -> list[dict[str, Any]]:
    """Record the counted quantities; each difference becomes a 盘点 move. Returns every counted item."""
    day = _day(on)
    errors, parsed = [], {}
    for item_id, raw in counts.items():
        if raw in (None, ""):
            continue
        try:
            parsed[item_id] = _qty(raw, f"count:{item_id}", "实盘数量", positive=False)
        except InputError as exc:
            errors.append(exc)
    if errors:
        raise InputErrors(errors)
    result = []
    for item_id, counted in parsed.items():
        item = _item(session, item_id)
        book, difference = item.stock, counted - item.stock
        if difference:
            _move(session, item, "盘点", difference, day, book=book, counted=counted, note="月末盘点")
        result.append({"name": item.name, "spec": item.spec, "unit": item.unit, "book": book, "counted": counted, "difference": difference})
    return result


def items(session: Session) -> list[dict[str, Any]]:
    return [{**i.model_dump(), "low": i.stock < i.min_stock} for i in session.exec(select(ConsumableItem).order_by(ConsumableItem.category, ConsumableItem.id))]


def low_stock(session: Session) -> list[ConsumableItem]:
    return list(session.exec(select(ConsumableItem).where(ConsumableItem.stock < ConsumableItem.min_stock)))


def moves(session: Session, item_id: int) -> list[ConsumableMove]:
    return list(session.exec(select(ConsumableMove).where(ConsumableMove.item_id == item_id).order_by(ConsumableMove.on, ConsumableMove.id)))


def _school(session: Session) -> str:
    from logistics_desktop.directory import service as directory

    school = directory.get_school(session)
    return school.name if school else ""


def stock_ledger(session: Session, options: dict[str, Any] | None = None) -> Ledger:
    rows = items(session)
    return Ledger(
        title="低值易耗品库存表",
        columns=[LedgerColumn("序号", 10, "center"), LedgerColumn("类别", 20), LedgerColumn("物品名称", 40), LedgerColumn("规格", 36),
                 LedgerColumn("单位", 12, "center"), LedgerColumn("库存", 18, "right"), LedgerColumn("最低库存", 18, "right"),
                 LedgerColumn("备注", 30)],
        rows=[[n, r["category"], r["name"], r["spec"], r["unit"], _show(r["stock"]), _show(r["min_stock"]),
               "低于最低库存" if r["low"] else r["note"]] for n, r in enumerate(rows, 1)],
        school=_school(session), period=f"截至 {date.today():%Y-%m-%d}", signatures=("保管员", "审核人"),
        summary=[f"共 {len(rows)} 种物品，{sum(1 for r in rows if r['low'])} 种低于最低库存"],
    )


def count_ledger(session: Session, options: dict[str, Any]) -> Ledger:
    """月末盘点表 for a month: book, counted and the difference of every counted item."""
    first, last = month_bounds(options.get("month"))
    stmt = (select(ConsumableMove, ConsumableItem).join(ConsumableItem, ConsumableItem.id == ConsumableMove.item_id)
            .where(ConsumableMove.kind == "盘点", ConsumableMove.on >= first, ConsumableMove.on < last).order_by(ConsumableMove.id))
    body = []
    for n, (move, item) in enumerate(session.exec(stmt), 1):
        body.append([n, item.name, item.spec, item.unit, _show(move.book), _show(move.counted),
                     ("+" if move.quantity > 0 else "") + _show(move.quantity), move.on.strftime("%Y-%m-%d"), move.actor])
    return Ledger(
        title="低值易耗品月末盘点表",
        columns=[LedgerColumn("序号", 10, "center"), LedgerColumn("物品名称", 40), LedgerColumn("规格", 34), LedgerColumn("单位", 12, "center"),
                 LedgerColumn("账面数量", 20, "right"), LedgerColumn("实盘数量", 20, "right"), LedgerColumn("盘盈(+)/盘亏(−)", 24, "right"),
                 LedgerColumn("盘点日期", 22, "center"), LedgerColumn("盘点人", 18)],
        rows=body, school=_school(session), period=f"{first:%Y年%m月}", signatures=("盘点人", "保管员", "负责人"),
        summary=[f"有差异的物品 {len(body)} 种（账实相符的物品不列出）"],
    )


