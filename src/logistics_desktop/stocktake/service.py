"""The term-end stocktake: start (freeze the expected list), count, reconcile, post. Qt-free.

Counts are never overwritten: every scan, tick, typed quantity or imported sheet row is its own
row, so several counters can count one room and their numbers add up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, select

from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.core.parse import parse_date, parse_decimal, parse_money_fen
from logistics_desktop.core.rows import plains
from logistics_desktop.stocktake.models import Stocktake, StocktakeCount, StocktakeLine


def _rooms(session: Session) -> dict[str, int]:
    from logistics_desktop.directory import service as directory

    return directory.room_ids(session)


def _stocktake(session: Session, stocktake_id: int, *, open_only: bool = False) -> Stocktake:
    st = session.get(Stocktake, stocktake_id)
    if st is None:
        raise InputError("stocktake", f"没有编号为 {stocktake_id} 的清查")
    if open_only and st.posted_at is not None:
        raise InputError("stocktake", f"清查“{st.name}”已于 {st.posted_at:%Y-%m-%d} 过账，只能查看和打印")
    return st


def start(session: Session, *, name: str, rooms: list[str] | None = None, on: Any = None, blind: bool = False) -> int:
    """Freeze the expected list of the chosen rooms (all rooms when `rooms` is None; an empty list is refused)."""
    name = " ".join((name or "").split())
    if not name:
        raise InputError("name", "请填写清查名称，如“2026 年秋季学期期末资产清查”")
    day = date.today() if on in (None, "") else parse_date(on)
    all_rooms = _rooms(session)
    if rooms is not None and not rooms:
        raise InputError("rooms", "请勾选要清查的房间（“全选”即清查全部房间）")
    unknown = [r for r in rooms or [] if r not in all_rooms]
    if unknown:
        raise InputError("rooms", f"房间不在目录中：{'、'.join(unknown)}")
    chosen = rooms or list(all_rooms)
    st = Stocktake(name=name, on=day, blind=bool(blind), rooms="、".join(chosen), actor=audit.current_actor(), created_at=datetime.now())
    session.add(st)
    session.flush()
    years: dict[str, int] = rules.DEPRECIATION_YEARS.value  # type: ignore[assignment]
    by_group = " ".join(f"WHEN '{group}' THEN {n}" for group, n in years.items())
    ids = ",".join(str(all_rooms[r]) for r in chosen)
    # one statement reading the asset tables directly (the one place this module does), so 100,000
    # cards freeze in half a second; the depreciation to the stocktake
    # date follows assets.service.book_value (a test keeps the two in step)
    session.execute(text(f"""
        INSERT INTO stocktake_line (stocktake_id, asset_id, code, name, spec, unit, expected, room_id, custodian, status,
                                    amount_fen, accumulated_fen)
        SELECT :sid, a.id, a.code, a.name, a.spec, a.unit, a.quantity, a.room_id, coalesce(p.name, ''), a.status, a.amount_fen,
               CASE WHEN a.unit_price_fen >= :threshold AND y.years > 0 AND y.months > 0
                    THEN CAST(round(a.amount_fen * min(y.months, y.years * 12) * 1.0 / (y.years * 12)) AS INTEGER) ELSE 0 END
        FROM asset a
        JOIN (SELECT a2.id AS id,
                     coalesce(a2.service_years, CASE c.depreciation {by_group} ELSE 0 END) AS years,
                     (CAST(strftime('%Y', :day) AS INTEGER) - CAST(strftime('%Y', a2.acquired_on) AS INTEGER)) * 12
                     + CAST(strftime('%m', :day) AS INTEGER) - CAST(strftime('%m', a2.acquired_on) AS INTEGER) + 1 AS months
              FROM asset a2 LEFT JOIN asset_class c ON c.code = a2.class_code) y ON y.id = a.id
        LEFT JOIN staff p ON p.id = a.custodian_id
        WHERE a.status != '已报废' AND a.room_id IN ({ids or 'NULL'})
    """), {"sid": st.id, "threshold": rules.FIXED_ASSET_THRESHOLD_FEN.value, "day": day.isoformat()})
    audit.record(session, "stocktake", st.id, "开始清查", None, {"name": name, "rooms": len(chosen), "blind": blind})
    return st.id


@dataclass(frozen=True)
class ScanResult:
    kind: str  # found | elsewhere | unknown | already | needs_qty
    message: str
    code: str
    line_id: int | None = None
    counted: int = 0  # lines of the room counted so far
    expected: int = 0  # lines expected in the room


def _room_progress(session: Session, stocktake_id: int, room_id: int | None) -> tuple[int, int]:
    expected = session.scalar(select(func.count()).select_from(StocktakeLine)
                              .where(StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.room_id == room_id)) or 0
    counted = session.scalar(
        select(func.count(func.distinct(StocktakeCount.line_id))).select_from(StocktakeCount)
        .join(StocktakeLine, StocktakeLine.id == StocktakeCount.line_id)
        .where(StocktakeCount.stocktake_id == stocktake_id, StocktakeLine.room_id == room_id)) or 0
    return counted, expected


def find_line(session: Session, stocktake_id: int, code: str) -> StocktakeLine | None:
    """The expected line of a code, whatever its case (the exact code first: it uses the index)."""
    from logistics_desktop.assets import service as assets

    code = assets.normal_code(code)
    where = StocktakeLine.stocktake_id == stocktake_id
    return (session.exec(select(StocktakeLine).where(where, StocktakeLine.code == code)).first()
            or session.exec(select(StocktakeLine).where(where, func.upper(StocktakeLine.code) == code.upper())).first())


def is_known_code(session: Session, stocktake_id: int, text: str) -> bool:
    """Whether what was typed is a label (an expected line or a card), not a quantity."""
    from logistics_desktop.assets import service as assets

    return find_line(session, stocktake_id, text) is not None or assets.find_by_code(session, text) is not None


def scan(session: Session, stocktake_id: int, code: str, *, room: str, counter: str = "", quantity: Any = None,
         condition: str = "", source: str = "扫码") -> ScanResult:
    """One scan (or typed code) in a room. Unit cards count once; batch cards need their quantity."""
    from logistics_desktop.assets import service as assets

    st = _stocktake(session, stocktake_id, open_only=True)
    code = assets.normal_code(code)
    if not code:
        raise InputError("code", "请扫描或输入资产编号")
    rooms = _rooms(session)
    if room not in rooms:
        raise InputError("room", f"请选择正在清点的房间（“{room}”不在目录中）")
    room_id = rooms[room]
    line = find_line(session, st.id, code)
    card = assets.find_by_code(session, code) if line is None else None
    code = line.code if line is not None else card.code if card is not None else code  # counted under the card's own code
    qty = None
    if quantity not in (None, ""):
        try:
            qty = parse_decimal(quantity, "数量")
        except ValueError as exc:
            raise InputError("quantity", str(exc)) from None
        if qty < 0:
            raise InputError("quantity", "数量不能为负数")

    def record(kind: str, message: str, line_id: int | None, amount: Decimal) -> ScanResult:
        _add_count(session, st, line_id, room, amount, condition, counter, source, code=code, room_id=room_id)
        counted, expected = _room_progress(session, st.id, room_id)
        return ScanResult(kind, message, code, line_id, counted, expected)

    if line is None:
        if card is not None and card.status != "已报废":
            home = next((name for name, rid in rooms.items() if rid == card.room_id), "（未指定）")
            return record("elsewhere", f"{card.name}（{code}）账上在“{home}”（不在本次清查范围），实际在“{room}”：位置不符", None,
                          qty if qty is not None else Decimal(1))
        return record("unknown", f"未知编号 {code}：不在本次清查的预期清单中，已记为待核实", None, qty if qty is not None else Decimal(1))
    batch = line.expected != 1
    if batch and qty is None:
        counted, expected = _room_progress(session, st.id, room_id)
        return ScanResult("needs_qty", f"{line.name}（{code}）是批量卡片，预期 {line.expected.normalize():f}{line.unit}，请输入实盘数量",
                          code, line.id, counted, expected)
    already = session.scalar(select(func.count()).select_from(StocktakeCount).where(StocktakeCount.line_id == line.id)) or 0
    if not batch and already:
        counted, expected = _room_progress(session, st.id, room_id)
        return ScanResult("already", f"{line.name}（{code}）已清点过，未重复计数", code, line.id, counted, expected)
    if line.room_id != room_id:
        home = next((name for name, rid in rooms.items() if rid == line.room_id), "（未指定）")
        return record("elsewhere", f"{line.name}（{code}）账上在“{home}”，实际在“{room}”：位置不符", line.id, qty if qty is not None else Decimal(1))
    return record("found", f"{line.name}（{code}）" + (f" 实盘 {qty.normalize():f}{line.unit}" if batch else " 已找到"), line.id,
                  qty if qty is not None else Decimal(1))


def _add_count(session: Session, st: Stocktake, line, room: str, quantity: Decimal, condition: str, counter: str, source: str,
               *, code: str = "", room_id: int | None = None) -> None:
    line_id = line.id if isinstance(line, StocktakeLine) else line
    if isinstance(line, StocktakeLine):
        code = line.code
    session.add(StocktakeCount(stocktake_id=st.id, line_id=line_id, code=code, room_id=room_id or _rooms(session).get(room),
                               quantity=quantity, condition=(condition or "").strip(), counter=(counter or "").strip(),
                               source=source, at=datetime.now()))
    session.flush()


def record_find(session: Session, stocktake_id: int, *, room: str, description: str, quantity: Any = 1, value: Any = "",
                counter: str = "") -> int:
    """An item with no label (or no card): recorded, to become a new card (盘盈) when posted."""
    st = _stocktake(session, stocktake_id, open_only=True)
    rooms = _rooms(session)
    if room not in rooms:
        raise InputError("room", "请选择房间")
    description = " ".join((description or "").split())
    if not description:
        raise InputError("description", "请描述找到的物品，如“无标签的钢琴凳”")
    try:
        qty = parse_decimal(quantity, "数量")
        value_fen = parse_money_fen(value) if value not in (None, "") else 0
    except ValueError as exc:
        raise InputError("quantity", str(exc)) from None
    if qty <= 0:
        raise InputError("quantity", "数量应大于 0")
    count = StocktakeCount(stocktake_id=st.id, room_id=rooms[room], quantity=qty, description=description, value_fen=value_fen,
                           counter=counter.strip(), source="无标签", at=datetime.now())
    session.add(count)
    session.flush()
    return count.id


@dataclass
class RoomProgress:
    room: str
    counted: int
    expected: int


def progress(session: Session, stocktake_id: int) -> list[RoomProgress]:
    st = _stocktake(session, stocktake_id)
    rooms = _rooms(session)
    result = []
    for name in st.rooms.split("、") if st.rooms else []:
        counted, expected = _room_progress(session, st.id, rooms.get(name))
        result.append(RoomProgress(name, counted, expected))
    return result


@dataclass
class Reconciliation:
    stocktake: Stocktake
    surplus: list[dict[str, Any]] = field(default_factory=list)  # 盘盈: name, qty, value_fen, room, how
    missing: list[dict[str, Any]] = field(default_factory=list)  # 盘亏: line, qty, amount_fen, accumulated_fen
    moved: list[dict[str, Any]] = field(default_factory=list)  # 位置不符: asset_id, code, name, from, to
    changed: list[dict[str, Any]] = field(default_factory=list)  # 状况变化: asset_id, code, name, condition
    found: int = 0
    expected: int = 0


def reconcile(session: Session, stocktake_id: int) -> Reconciliation:
    st = _stocktake(session, stocktake_id)
    rooms = {rid: name for name, rid in _rooms(session).items()}
    lines = {l.id: l for l in session.exec(select(StocktakeLine).where(StocktakeLine.stocktake_id == st.id))}
    counts = list(session.exec(select(StocktakeCount).where(StocktakeCount.stocktake_id == st.id).order_by(StocktakeCount.id)))
    result = Reconciliation(st, expected=len(lines))
    per_line: dict[int, list[StocktakeCount]] = {}
    for c in counts:
        if c.line_id is not None:
            per_line.setdefault(c.line_id, []).append(c)
    for line_id, line in lines.items():
        found = per_line.get(line_id, [])
        total = sum((c.quantity for c in found), Decimal(0))
        if found:
            result.found += 1
        unit_value = Decimal(line.amount_fen) / line.expected if line.expected else Decimal(0)
        if total < line.expected:
            short = line.expected - total
            result.missing.append({"asset_id": line.asset_id, "code": line.code, "name": line.name, "unit": line.unit, "quantity": short,
                                   "amount_fen": int(unit_value * short), "accumulated_fen": int(Decimal(line.accumulated_fen) * short / line.expected),
                                   "room": rooms.get(line.room_id, ""), "whole": total == 0})
        elif total > line.expected:
            extra = total - line.expected
            result.surplus.append({"asset_id": line.asset_id, "code": line.code, "name": line.name, "unit": line.unit, "quantity": extra,
                                   "value_fen": int(unit_value * extra), "room": rooms.get(line.room_id, ""), "how": "批量卡片多出"})
        elsewhere = [c for c in found if c.room_id != line.room_id]
        if elsewhere and line.expected == 1:
            result.moved.append({"asset_id": line.asset_id, "code": line.code, "name": line.name, "from": rooms.get(line.room_id, ""),
                                 "to": rooms.get(elsewhere[-1].room_id, "")})
        condition = next((c.condition for c in reversed(found) if c.condition), "")
        if condition and condition != line.status:
            result.changed.append({"asset_id": line.asset_id, "code": line.code, "name": line.name, "before": line.status, "after": condition})
    from logistics_desktop.assets import service as assets

    for c in counts:
        if c.line_id is not None:
            continue
        if c.code:
            asset = assets.find_by_code(session, c.code)
            if asset is not None and asset.status != "已报废":  # a card from a room outside this stocktake
                result.moved.append({"asset_id": asset.id, "code": asset.code, "name": asset.name,
                                     "from": rooms.get(asset.room_id, ""), "to": rooms.get(c.room_id, "")})
                continue
        result.surplus.append({"asset_id": None, "code": c.code, "name": c.description or f"未知编号 {c.code}", "unit": "",
                               "quantity": c.quantity, "value_fen": c.value_fen, "room": rooms.get(c.room_id, ""),
                               "how": "无标签物品" if c.description else "未知编号", "count_id": c.id})
    return result


def post(session: Session, stocktake_id: int, *, reason: str, signer: str = "", password: str | None = None) -> dict[str, int]:
    """Apply the reconciliation once, in the caller's transaction; the stocktake becomes read-only. Once the school has
    accounts, the one who posts signs with their own password (the signature keeps the figures posted)."""
    from logistics_desktop.assets import service as assets
    from logistics_desktop.core.db import checking_first, writing_now

    reason = " ".join((reason or "").split())
    if not reason:
        raise InputError("reason", "请填写过账说明，如“经校长审核签字，按盘点结果调整账务”")
    checking_first(session)  # the reconciliation worked out without the write lock; the postings wait their turn
    _stocktake(session, stocktake_id, open_only=True)
    p = plan(session, stocktake_id)
    if writing_now(session):  # a scan or another posting came between: worked out again, under the lock
        p = plan(session, stocktake_id)
    st = _stocktake(session, stocktake_id, open_only=True)
    from logistics_desktop.accounts import service as accounts

    r = p.reconciliation
    accounts.countersign(session, signer, password, entity="stocktake", entity_id=st.id, purpose="过账人", field="signer",
                         what=f"{st.name}：调拨 {len(r.moved)}、状况变更 {len(r.changed)}、盘亏 {len(r.missing)}、盘盈 {len(r.surplus)}；{reason}")
    on = min(date.today(), max(st.on, date.today()))
    done = {"moved": 0, "changed": 0, "missing": 0, "surplus": 0}
    for m in p.moves:
        assets.transfer(session, m["asset_id"], to_room=m["to"], on=on, note=f"{st.name}：位置不符，{reason}")
        done["moved"] += 1
    for c in p.changes:
        if assets.change_status(session, c["asset_id"], status=c["after"], on=on, note=f"{st.name}，{reason}") is not None:
            done["changed"] += 1
    for m in p.scrap_requests:  # nothing found: a write-off request of reason 盘亏
        note = f"{st.name}：盘亏 {m['quantity'].normalize():f}{m['unit']}，{reason}"
        assets.request_scrap(session, m["asset_id"], reason=assets.SCRAP_REASONS[1], on=on, note=note)
        done["missing"] += 1
    for m in p.shortfalls:  # part of a batch short
        assets.record_shortfall(session, m["asset_id"], quantity=m["quantity"], on=on, note=f"{st.name}，{reason}")
        done["missing"] += 1
    for s_ in p.new_cards:
        values = {"code": assets.next_code(session), "name": s_["name"][:60], "class_code": "A02", "unit": "件",
                  "quantity": s_["quantity"], "unit_price": "0", "amount": str(Decimal(s_["value_fen"]) / 100),
                  "acquired_on": on, "acquisition": "购置", "room": s_["room"], "note": f"{st.name} 盘盈：{s_['how']}"}
        values["unit_price"] = str(Decimal(s_["value_fen"]) / 100 / s_["quantity"]) if s_["value_fen"] else "0"
        assets.create_card(session, values)
        done["surplus"] += 1
    st.posted_at, st.post_reason = datetime.now(), reason
    session.add(st)
    session.flush()
    audit.record(session, "stocktake", st.id, "过账", None, {"reason": reason, **done})
    return done


def room_lines(session: Session, stocktake_id: int, room: str) -> list[dict[str, Any]]:
    """The expected lines of a room with what has been counted for each so far."""
    room_id = _rooms(session).get(room)
    totals = dict(session.execute(
        select(StocktakeCount.line_id, func.sum(StocktakeCount.quantity)).where(StocktakeCount.stocktake_id == stocktake_id)
        .group_by(StocktakeCount.line_id)).all())
    lines = session.exec(select(StocktakeLine).where(StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.room_id == room_id)
                         .order_by(StocktakeLine.code))
    return [{"id": l.id, "code": l.code, "name": l.name, "spec": l.spec, "unit": l.unit, "expected": l.expected,
             "counted": totals.get(l.id) or Decimal(0), "batch": l.expected != 1} for l in lines]


def expected_room(session: Session, stocktake_id: int, code: str) -> str:
    """The room a code is expected in, for counting without naming the room ('' when not expected)."""
    line = find_line(session, stocktake_id, code)
    if line is None:
        return ""
    return next((name for name, rid in _rooms(session).items() if rid == line.room_id), "")


def recent_counts(session: Session, stocktake_id: int, room: str, limit: int = 10) -> list[dict[str, Any]]:
    """The last counts made in a room, newest first, each to be undone on its own."""
    room_id = _rooms(session).get(room)
    counts = session.exec(select(StocktakeCount).where(StocktakeCount.stocktake_id == stocktake_id, StocktakeCount.room_id == room_id)
                          .order_by(StocktakeCount.id.desc()).limit(limit)).all()
    names = {l.id: l.name for l in session.exec(select(StocktakeLine).where(
        StocktakeLine.id.in_([c.line_id for c in counts if c.line_id is not None])))}  # type: ignore[union-attr]
    return [{"id": c.id, "at": c.at, "code": c.code, "name": names.get(c.line_id, c.description or "未知编号"), "quantity": c.quantity,
             "source": c.source, "counter": c.counter} for c in counts]


def undo_count(session: Session, count_id: int) -> None:
    """Take back one count (a wrong scan, a wrong quantity) while the stocktake is open."""
    count = session.get(StocktakeCount, count_id)
    if count is None:
        raise InputError("count", "这条清点记录已不存在（可能已撤销）")
    _stocktake(session, count.stocktake_id, open_only=True)
    audit.record(session, "stocktake", count.stocktake_id, "撤销清点",
                 {"code": count.code, "description": count.description, "quantity": str(count.quantity), "source": count.source}, None)
    session.delete(count)
    session.flush()


def room_extras(session: Session, stocktake_id: int, room: str) -> list[dict[str, Any]]:
    """What was counted in a room beyond its expected list: cards from other rooms (位置不符),
    unknown codes and unlabelled finds, so the counter sees them in the room's list."""
    rooms = _rooms(session)
    room_id = rooms.get(room)
    names = {rid: name for name, rid in rooms.items()}
    rows = session.execute(
        select(StocktakeCount, StocktakeLine).outerjoin(StocktakeLine, StocktakeLine.id == StocktakeCount.line_id)
        .where(StocktakeCount.stocktake_id == stocktake_id, StocktakeCount.room_id == room_id)
        .order_by(StocktakeCount.id)).all()
    from logistics_desktop.assets import service as assets

    extras = []
    for count, line in rows:
        if line is not None and line.room_id == room_id:
            continue
        if line is not None:
            kind, name = f"位置不符（账上在{names.get(line.room_id, '未指定')}）", line.name
        elif count.description:
            kind, name = "无标签物品（盘盈）", count.description
        else:
            card = assets.find_by_code(session, count.code)
            if card is not None and card.status != "已报废":
                kind, name = f"位置不符（账上在{names.get(card.room_id, '未指定')}）", card.name
            else:
                kind, name = "未知编号（待核实）", ""
        extras.append({"count_id": count.id, "code": count.code, "name": name, "kind": kind, "quantity": count.quantity})
    return extras


@dataclass
class Plan:
    """What posting will do, worked out once for the confirmation and for the posting itself."""

    reconciliation: Reconciliation
    moves: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    scrap_requests: list[dict[str, Any]] = field(default_factory=list)
    shortfalls: list[dict[str, Any]] = field(default_factory=list)
    new_cards: list[dict[str, Any]] = field(default_factory=list)
    batch_surplus: list[dict[str, Any]] = field(default_factory=list)  # more of a batch than booked: only reported

    def summary(self) -> list[str]:
        """The lines the poster reads before confirming, in the words of the forms."""
        def names(items, key="name"):
            shown = "、".join(f"{i[key]}（{i['code']}）" if i.get("code") else i[key] for i in items[:5])
            return shown + (f" 等 {len(items)} 项" if len(items) > 5 else "")

        r = self.reconciliation
        lines = [f"已清点 {r.found} / {r.expected} 项"]
        for label, items in (("调拨（位置不符，移到实际房间）", self.moves), ("状况变更", self.changes),
                             ("盘亏报废申请（整项未找到）", self.scrap_requests), ("批量卡片减少数量（部分盘亏）", self.shortfalls),
                             ("盘盈建卡（未知编号、无标签物品）", self.new_cards), ("批量多出（只记入盈亏表，卡片另行修改）", self.batch_surplus)):
            lines.append(f"{label}：{len(items)} 项" + (f"——{names(items)}" if items else ""))
        return lines


def plan(session: Session, stocktake_id: int) -> Plan:
    from logistics_desktop.assets import service as assets

    r = reconcile(session, stocktake_id)
    result = Plan(r)
    result.moves = [m for m in r.moved if assets.status_of(session, m["asset_id"]) not in assets.NOT_MOVABLE]
    result.changes = [c for c in r.changed if c["after"] in assets.STATUSES and c["after"] not in ("已报废", "待报废")]
    for m in r.missing:
        if assets.status_of(session, m["asset_id"]) not in ("待报废", "已报废"):
            (result.scrap_requests if m["whole"] else result.shortfalls).append(m)
    for s_ in r.surplus:
        (result.new_cards if s_["asset_id"] is None else result.batch_surplus).append(s_)
    return result


def is_posted(session: Session, stocktake_id: int) -> bool:
    return _stocktake(session, stocktake_id).posted_at is not None


def stocktakes(session: Session) -> list[Stocktake]:
    return plains(session.exec(select(Stocktake).order_by(Stocktake.id.desc())))


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: stocktakes in progress with their counts, and a term ending with none started."""
    from logistics_desktop.directory import service as directory

    items = []
    open_ones = [s for s in stocktakes(session) if s.posted_at is None]
    for st in open_ones:
        rooms = progress(session, st.id)
        counted, expected = sum(r.counted for r in rooms), sum(r.expected for r in rooms)
        done_rooms = sum(1 for r in rooms if r.expected and r.counted >= r.expected)
        items.append(HomeItem(st.on, Sentence(QT_TRANSLATE_NOOP("Home", "资产清查“%1”进行中：已清点 %2/%3 项，%4/%5 个房间完成"), st.name, counted, expected,
                                       done_rooms, len(rooms)),
                              "due", "assets", f"assets:stocktake:{st.id}"))
    term = directory.current_term(session)
    if term and not open_ones and term.end - today <= timedelta(days=30):
        this_term = [s for s in stocktakes(session) if term.start <= s.on <= term.end]
        if not this_term:
            items.append(HomeItem(term.end, Sentence(QT_TRANSLATE_NOOP("Home", "期末资产清查：本学期（%1）尚未开始，学期于 %2 结束"), term.name, f"{term.end:%Y-%m-%d}"),
                                  "overdue" if today > term.end else "due", "assets", "assets:stocktake"))
    return items


def posted_between(session: Session, first: date, end: date) -> date | None:
    """The term plan's duty 资产清查: the day a stocktake was posted in [first, end), if one was."""
    found = session.exec(select(func.min(Stocktake.posted_at)).where(Stocktake.posted_at >= datetime.combine(first, datetime.min.time()),
                                                                     Stocktake.posted_at < datetime.combine(end, datetime.min.time()))).one()
    return found.date() if found else None


def term_figures(session: Session, first: date, end: date):
    """The term summary's stocktake part: each stocktake posted in the term with its 盘盈 / 盘亏 / 位置不符."""
    from logistics_desktop.core.modules import Figure

    posted = session.exec(select(Stocktake.id, Stocktake.name).where(Stocktake.posted_at >= datetime.combine(first, datetime.min.time()),
                                                                     Stocktake.posted_at < datetime.combine(end, datetime.min.time())))
    figures = []
    for stocktake_id, name in posted:
        r = reconcile(session, stocktake_id)
        figures.append(Figure("资产", Sentence(QT_TRANSLATE_NOOP("Home", "清查：%1"), name),
                              Sentence(QT_TRANSLATE_NOOP("Home", "应盘 %1，盘到 %2；盘盈 %3，盘亏 %4，位置不符 %5"), r.expected, r.found,
                                       len(r.surplus), len(r.missing), len(r.moved)),
                              QT_TRANSLATE_NOOP("Field", "已过账的期末清查（盘盈、盘亏按项计）")))
    if not figures:
        figures.append(Figure("资产", QT_TRANSLATE_NOOP("Field", "期末清查"), QT_TRANSLATE_NOOP("Field", "本期没有过账的清查"),
                              QT_TRANSLATE_NOOP("Field", "已过账的期末清查（盘盈、盘亏按项计）")))
    return figures, []
