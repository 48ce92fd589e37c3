"""Asset rules and writes: cards, codes, depreciation, movements. Qt-free.

A card's room, custodian and status change only through movements, so its history is complete.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from logistics_desktop import paths
from logistics_desktop.assets.models import ACQUISITIONS, SCRAP_REASONS, STATUSES, Asset, AssetClass, AssetMovement
from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.core.parse import fen_to_yuan, parse_date, parse_decimal, parse_int, parse_money_fen
from logistics_desktop.core.rows import plains

INACTIVE = ("已报废",)  # off the active ledger
NOT_MOVABLE = ("已报废", "丢失")
NOT_LENDABLE = ("已报废", "丢失", "待报废", "维修中")


# ------------------------------------------------------------------ classes


def default_classes() -> list[dict[str, str]]:
    path = paths.resource("data", "asset_classes.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))


def depreciation_years(cls: AssetClass | None, override: int | None = None) -> int:
    if override:
        return override
    table: dict[str, int] = rules.DEPRECIATION_YEARS.value  # type: ignore[assignment]
    return table.get(cls.depreciation if cls else "equipment", 0)


def classes(session: Session) -> list[AssetClass]:
    return plains(session.exec(select(AssetClass).order_by(AssetClass.code)))


def save_class(session: Session, code: str, name: str, depreciation: str) -> None:
    code, name = code.strip().upper(), name.strip()
    errors = []
    if not re.fullmatch(r"[A-Z][0-9]{0,12}", code):
        errors.append(InputError("code", "分类代码应为一个字母加数字，如 A02010105"))
    if not name:
        errors.append(InputError("name", "请填写分类名称"))
    if depreciation not in rules.DEPRECIATION_YEARS.value:  # type: ignore[operator]
        errors.append(InputError("depreciation", "折旧类别不正确"))
    if errors:
        raise InputErrors(errors)
    existing = session.get(AssetClass, code)
    old = existing.model_dump() if existing else None
    cls = existing or AssetClass(code=code, name=name)
    cls.name, cls.depreciation = name, depreciation
    session.add(cls)
    session.flush()
    audit.record(session, "asset_class", None, "修改" if existing else "新增", old, cls.model_dump())


# ------------------------------------------------------------------ value


def is_fixed_asset(unit_price_fen: int) -> bool:
    return unit_price_fen >= rules.FIXED_ASSET_THRESHOLD_FEN.value  # type: ignore[operator]


@dataclass(frozen=True)
class BookValue:
    years: int
    months_depreciated: int
    accumulated_fen: int
    net_fen: int


def book_value(amount_fen: int, acquired_on: date, years: int, as_of: date, *, fixed: bool = True) -> BookValue:
    """Straight-line monthly depreciation without residual, from the month of acquisition."""
    if not fixed or years <= 0 or as_of < acquired_on:
        return BookValue(years, 0, 0, amount_fen)
    total_months = years * 12
    months = min(total_months, (as_of.year - acquired_on.year) * 12 + as_of.month - acquired_on.month + 1)
    accumulated = int((Decimal(amount_fen) * months / total_months).quantize(Decimal(1), ROUND_HALF_UP))
    return BookValue(years, months, accumulated, amount_fen - accumulated)


def card_book_value(asset: Asset, cls: AssetClass | None, as_of: date) -> BookValue:
    return book_value(asset.amount_fen, asset.acquired_on, depreciation_years(cls, asset.service_years), as_of,
                      fixed=is_fixed_asset(asset.unit_price_fen))


# ------------------------------------------------------------------ codes


_CODE_TAIL = re.compile(r"^(.*?)(\d+)$")


def next_code(session: Session, also_taken: list[str] | tuple[str, ...] = ()) -> str:
    """The next code in the school's own pattern: the latest code's prefix, its highest number + 1.

    `also_taken` are codes not yet in the database (an import's own codes); the last of them leads.
    """
    latest = also_taken[-1] if also_taken else session.exec(select(Asset.code).order_by(Asset.id.desc()).limit(1)).first()
    if latest is None:
        return f"ZC{date.today().year}-0001"
    match = _CODE_TAIL.match(latest)
    if not match:
        return f"{latest}-1"
    prefix, digits = match.groups()
    taken = set(session.exec(select(Asset.code).where(Asset.code.like(f"{prefix}%"))).all()) | set(also_taken)
    highest = max((int(m.group(2)) for c in taken if (m := _CODE_TAIL.match(c)) and m.group(1) == prefix), default=0)
    candidate = highest + 1
    while f"{prefix}{candidate:0{len(digits)}d}" in taken:
        candidate += 1
    return f"{prefix}{candidate:0{len(digits)}d}"


# ------------------------------------------------------------------ the card check


CARD_FIELDS: dict[str, str] = {
    "code": "资产编号", "name": "资产名称", "class_code": "分类", "brand": "品牌", "spec": "规格型号", "unit": "计量单位",
    "quantity": "数量", "unit_price": "单价", "amount": "金额", "acquired_on": "取得日期", "acquisition": "取得方式",
    "funding": "经费来源", "invoice_no": "发票号", "supplier": "供应商", "department": "使用部门", "room": "存放地点",
    "custodian": "保管人", "status": "使用状况", "service_years": "使用年限", "note": "备注",
    "manufacturer": "生产厂家", "serial_no": "出厂编号", "book_entry_on": "财务入账日期", "voucher_no": "会计凭证号",
    "book_depreciation": "累计折旧（账面）", "book_net": "净值（账面）",
}
TEXT_LIMITS = {"code": 40, "name": 60, "brand": 40, "spec": 80, "unit": 10, "funding": 40, "invoice_no": 40,
               "supplier": 60, "department": 40, "note": 200, "manufacturer": 60, "serial_no": 60, "voucher_no": 40}
BOOK_MONEY = ("book_depreciation", "book_net")  # the finance books' figures, kept as given: blank is "not given"


@dataclass
class Lookups:
    """What a card check needs from the database, fetched once (an import checks thousands of rows)."""

    rooms: dict[str, int]
    staff: dict[str, int]
    classes: dict[str, AssetClass]
    class_names: dict[str, str]  # name -> code, so a register may give 台式计算机 instead of A02010105
    codes: dict[str, int] = field(default_factory=dict)  # existing code -> card id
    room_keys: dict[str, int] = field(default_factory=dict)  # name_key(room) -> id: 一(2)班教室 finds 一（2）班教室
    staff_keys: dict[str, int] = field(default_factory=dict)  # name_key(person) -> id: "任 桂芳" finds 任桂芳

    def room(self, name: str) -> int | None:
        return self.rooms.get(name) or self.room_keys.get(name_key(name))

    def person(self, name: str) -> int | None:
        return self.staff.get(name) or self.staff_keys.get(name_key(name))

    @classmethod
    def load(cls, session: Session) -> Lookups:
        from logistics_desktop.directory import service as directory

        rooms = {r["name"]: r["id"] for r in directory.rows(session, directory.ROOMS)}
        staff = {r["name"]: r["id"] for r in directory.rows(session, directory.STAFF)}
        all_classes = {c.code: c for c in classes(session)}
        return cls(rooms, staff, all_classes, {c.name: c.code for c in all_classes.values()},
                   dict(session.exec(select(Asset.code, Asset.id)).all()),
                   {name_key(n): i for n, i in rooms.items()}, {name_key(n): i for n, i in staff.items()})


def new_name(name: str) -> str:
    """A room or person created from a register: a space between Chinese characters (任 桂芳) is a typing slip."""
    return re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", " ".join((name or "").split()))


def name_key(name: str) -> str:
    """A room's or a person's name as compared: full-width forms and spaces do not make another one."""
    return "".join(unicodedata.normalize("NFKC", name or "").split())


def _text(values: dict[str, Any], key: str) -> str:
    raw = values.get(key)
    if raw is None:
        return ""
    if isinstance(raw, str) and "  " not in raw and raw == raw.strip() and "\n" not in raw and "\t" not in raw:
        return raw  # already tidy (the spreadsheet reader tidies every cell)
    return " ".join(str(raw).split())


def check_card(values: dict[str, Any], lookups: Lookups, card_id: int | None = None, *, new_rooms_ok: bool = False) -> tuple[dict[str, Any], list[InputError]]:
    """Check one card's values (from a form or an imported row). Returns (clean, errors)."""
    errors: list[InputError] = []
    clean: dict[str, Any] = {}

    def fail(key: str, message: str) -> None:
        errors.append(InputError(key, message))

    for key, limit in TEXT_LIMITS.items():
        clean[key] = _text(values, key)
        if len(clean[key]) > limit:
            fail(key, f"{CARD_FIELDS[key]}不能超过 {limit} 个字")
    if not clean["code"]:
        fail("code", "请填写资产编号")
    elif lookups.codes.get(clean["code"], card_id) != card_id:
        fail("code", f"资产编号“{clean['code']}”已存在")
    if not clean["name"]:
        fail("name", "请填写资产名称")
    if not clean["unit"]:
        clean["unit"] = "台"

    cls_text = _text(values, "class_code")
    code_part = cls_text.split()[0].upper() if cls_text else ""
    if not cls_text:
        fail("class_code", "请选择分类")
    elif code_part in lookups.classes:
        clean["class_code"] = code_part
    elif cls_text in lookups.class_names:
        clean["class_code"] = lookups.class_names[cls_text]
    else:
        fail("class_code", f"分类“{cls_text}”不在资产分类中（可在 设置 → 资产分类 中增加）")

    quantity = unit_price = amount = None
    try:
        quantity = parse_decimal(values.get("quantity") if values.get("quantity") not in (None, "") else 1, "数量")
        if quantity <= 0:
            fail("quantity", "数量应大于 0")
        elif quantity != quantity.quantize(Decimal("0.001")):
            fail("quantity", "数量最多三位小数")
    except ValueError as exc:
        fail("quantity", str(exc))
    for key in ("unit_price", "amount"):
        raw = values.get(key)
        if raw in (None, ""):
            continue
        try:
            fen = parse_money_fen(raw)
            if fen < 0:
                fail(key, f"{CARD_FIELDS[key]}不能为负数")
            elif key == "unit_price":
                unit_price = fen
            else:
                amount = fen
        except ValueError as exc:
            fail(key, str(exc))
    if unit_price is None and amount is None and not any(e.field in ("unit_price", "amount") for e in errors):
        fail("unit_price", "请填写单价或金额")
    if quantity is not None and quantity > 0:
        expected = None if unit_price is None else int((quantity * unit_price).quantize(Decimal(1), ROUND_HALF_UP))
        if amount is None and expected is not None:
            amount = expected
        elif unit_price is None and amount is not None:
            unit_price = int((amount / quantity).quantize(Decimal(1), ROUND_HALF_UP))
        elif expected is not None and abs(amount - expected) > 1:
            fail("amount", f"金额 {fen_to_yuan(amount)} 与 数量×单价 {fen_to_yuan(expected)} 不符")
    clean["quantity"], clean["unit_price_fen"], clean["amount_fen"] = quantity, unit_price or 0, amount or 0

    raw_date = values.get("acquired_on")
    if raw_date in (None, ""):
        fail("acquired_on", "请填写取得日期")
    else:
        try:
            clean["acquired_on"] = parse_date(raw_date)
            if clean["acquired_on"] > date.today():
                fail("acquired_on", "取得日期不能晚于今天")
        except ValueError as exc:
            fail("acquired_on", f"取得日期：{exc}")

    acquisition = _text(values, "acquisition") or "购置"
    if acquisition not in ACQUISITIONS:
        fail("acquisition", f"取得方式应为：{'、'.join(ACQUISITIONS)}")
    clean["acquisition"] = acquisition
    status = _text(values, "status") or "在用"
    if status not in STATUSES:
        fail("status", f"使用状况应为：{'、'.join(STATUSES)}")
    clean["status"] = status

    room = _text(values, "room")
    clean["room_id"] = None
    clean["new_room"] = clean["new_custodian"] = ""
    if room:
        if lookups.room(room):
            clean["room_id"] = lookups.room(room)
        elif new_rooms_ok:
            clean["new_room"] = room
        else:
            fail("room", f"存放地点“{room}”不在房间目录中")
    custodian = _text(values, "custodian")
    clean["custodian_id"] = None
    if custodian:
        if lookups.person(custodian):
            clean["custodian_id"] = lookups.person(custodian)
        elif new_rooms_ok:  # --create-missing: the import creates the people as well as the rooms
            clean["new_custodian"] = custodian
        else:
            fail("custodian", f"保管人“{custodian}”不在人员名册中")
    for key in BOOK_MONEY:
        raw = values.get(key)
        clean[f"{key}_fen"] = None
        if raw not in (None, ""):
            try:
                clean[f"{key}_fen"] = parse_money_fen(raw)
            except ValueError as exc:
                fail(key, str(exc))
    raw_entry = values.get("book_entry_on")
    clean["book_entry_on"] = None
    if raw_entry not in (None, ""):
        try:
            clean["book_entry_on"] = parse_date(raw_entry)
        except ValueError as exc:
            fail("book_entry_on", f"财务入账日期：{exc}")
    years = values.get("service_years")
    clean["service_years"] = None
    if years not in (None, ""):
        try:
            clean["service_years"] = parse_int(years, "使用年限")
            if not 0 < clean["service_years"] <= 100:
                fail("service_years", "使用年限应在 1 到 100 年之间")
        except ValueError as exc:
            fail("service_years", str(exc))
    return clean, errors


# ------------------------------------------------------------------ cards


def _new_movement(asset: Asset, kind: str, on: date, **fields) -> AssetMovement:
    return AssetMovement(asset_id=asset.id, kind=kind, on=on, actor=audit.current_actor(), created_at=datetime.now(), **fields)


def create_card(session: Session, values: dict[str, Any]) -> int:
    lookups = Lookups.load(session)
    clean, errors = check_card(values, lookups)
    if errors:
        raise InputErrors(errors)
    clean.pop("new_room"), clean.pop("new_custodian")
    asset = Asset(**clean, created_at=datetime.now())
    session.add(asset)
    session.flush()
    session.add(_new_movement(asset, "新增", asset.acquired_on, to_room_id=asset.room_id, to_custodian_id=asset.custodian_id,
                              note=f"{asset.acquisition}，{asset.quantity}{asset.unit}"))
    audit.record(session, "asset", asset.id, "新增", None, clean)
    return asset.id


_LOCATION = ("room_id", "custodian_id", "status")


def update_card(session: Session, card_id: int, values: dict[str, Any], *, only: set[str] | None = None, lookups: Lookups | None = None,
                history: str = "") -> dict[str, tuple[Any, Any]]:
    """Edit a card's description. Room, custodian and status change through movements only. With `only` (an import's
    columns) the other fields keep what the card has. Only the fields whose value differs are written, each with its old
    and new value in the audit log, and with `history` (why: "Excel 导入更新") in the card's history as well.
    Returns {field: (old, new)} of what changed."""
    asset = _asset(session, card_id)
    lookups = lookups or Lookups.load(session)
    if only is not None:
        current = card_form_values(asset, lookups)
        values = {**current, **{k: v for k, v in values.items() if k in only}}
    names = {v: k for k, v in lookups.rooms.items()}, {v: k for k, v in lookups.staff.items()}
    location = {"room": names[0].get(asset.room_id, ""), "custodian": names[1].get(asset.custodian_id, ""), "status": asset.status}
    clean, errors = check_card({**values, **location}, lookups, card_id)
    if errors:
        raise InputErrors(errors)
    clean.pop("new_room"), clean.pop("new_custodian")
    changed = {k: (getattr(asset, k), v) for k, v in clean.items() if k not in _LOCATION and getattr(asset, k) != v}
    if not changed:
        return {}
    for key, (_old, value) in changed.items():
        setattr(asset, key, value)
    if "class_code" in changed and not history:
        asset.class_inferred = ""  # chosen by hand: no longer an inferred class to review
    session.add(asset)
    if history:
        told = "；".join(f"{CARD_FIELDS.get(k.removesuffix('_fen'), k)}：{_shown(old, k)} → {_shown(new, k)}" for k, (old, new) in changed.items())
        session.add(_new_movement(asset, "修改", date.today(), note=f"{history}：{told}"[:500]))
    session.flush()
    audit.record(session, "asset", asset.id, "修改", {k: old for k, (old, _new) in changed.items()}, {k: new for k, (_old, new) in changed.items()})
    return changed


def _shown(value: Any, key: str = "") -> str:
    if value in (None, ""):
        return "（空）"
    if key.endswith("_fen"):
        return fen_to_yuan(value)
    return f"{value:%Y-%m-%d}" if isinstance(value, date) else str(value)


def merged_for_update(session: Session, card_id: int, values: dict[str, Any], columns: set[str], lookups: Lookups) -> dict[str, Any]:
    """An update row as the card will be: the card's own values, the file's where it has the column."""
    asset = _asset(session, card_id)
    names = {v: k for k, v in lookups.rooms.items()}, {v: k for k, v in lookups.staff.items()}
    current = card_form_values(asset, lookups) | {"room": names[0].get(asset.room_id, ""), "custodian": names[1].get(asset.custodian_id, ""),
                                                  "status": asset.status}
    return current | {k: v for k, v in values.items() if k in columns}


def card_form_values(asset: Asset, lookups: Lookups) -> dict[str, Any]:
    """A card's description as a form (or an import row) gives it: what check_card reads back unchanged."""
    values = {k: getattr(asset, k) for k in ("code", "name", "class_code", "brand", "spec", "unit", "quantity", "acquired_on",
                                             "acquisition", "funding", "invoice_no", "supplier", "department", "service_years", "note",
                                             "manufacturer", "serial_no", "book_entry_on", "voucher_no")}
    return values | {"unit_price": fen_to_yuan(asset.unit_price_fen), "amount": fen_to_yuan(asset.amount_fen),
                     **{k: "" if getattr(asset, f"{k}_fen") is None else fen_to_yuan(getattr(asset, f"{k}_fen")) for k in BOOK_MONEY}}


def _asset(session: Session, card_id: int) -> Asset:
    asset = session.get(Asset, card_id)
    if asset is None:
        raise InputError("", "资产卡片已不存在")
    return asset


def find_by_code(session: Session, code: str) -> Asset | None:
    """The card of a typed or scanned code: spaces around it, full-width letters and case do not matter
    (a scanner with Caps Lock on types zc-000013)."""
    code = normal_code(code)
    if not code:
        return None
    exact = session.exec(select(Asset).where(Asset.code == code)).first()
    return exact or session.exec(select(Asset).where(func.upper(Asset.code) == code.upper())).first()


def normal_code(code: str | None) -> str:
    return unicodedata.normalize("NFKC", code or "").strip()


# ------------------------------------------------------------------ movements


def _on(value: Any, field_name: str = "on") -> date:
    if value in (None, ""):
        return date.today()
    try:
        on = parse_date(value)
    except ValueError as exc:
        raise InputError(field_name, f"日期：{exc}") from None
    if on > date.today():
        raise InputError(field_name, "日期不能晚于今天")
    return on


def _staff_id(session: Session, name: str, field_name: str, required: bool = False) -> int | None:
    from logistics_desktop.directory import service as directory

    staff_id = directory.active_staff_id(session, name, field_name)
    if staff_id is None and required:
        raise InputError(field_name, "请选择人员")
    return staff_id


def _room_id(session: Session, name: str, field_name: str, required: bool = False) -> int | None:
    from logistics_desktop.directory import service as directory

    found = directory.room_id(session, name, field_name)
    if found is None and required:
        raise InputError(field_name, "请选择存放地点")
    return found


def _guard(asset: Asset, blocked: tuple[str, ...], action: str) -> None:
    if asset.status in blocked:
        raise InputError("", f"“{asset.name}”（{asset.code}）{asset.status}，不能{action}")


def _record(session: Session, asset: Asset, movement: AssetMovement, old: dict[str, Any]) -> int:
    session.add(asset)
    session.add(movement)
    session.flush()
    audit.record(session, "asset", asset.id, movement.kind, old, {k: getattr(asset, k) for k in old})
    return movement.id


def _state(asset: Asset) -> dict[str, Any]:
    return {k: getattr(asset, k) for k in ("room_id", "custodian_id", "status", "loan_party", "loan_due", "retired_on")}


def transfer(session: Session, card_id: int, *, to_room: str, to_custodian: str = "", on: Any = None, note: str = "") -> int:
    """调拨: move to another room, handing over to its custodian (交接)."""
    asset = _asset(session, card_id)
    _guard(asset, NOT_MOVABLE, "调拨")
    when = _on(on)
    room_id = _room_id(session, to_room, "to_room", required=True)
    custodian_id = _staff_id(session, to_custodian, "to_custodian")
    if room_id == asset.room_id and custodian_id == asset.custodian_id:
        raise InputError("to_room", "调入地点和保管人与现在相同")
    old = _state(asset)
    movement = _new_movement(asset, "调拨", when, from_room_id=asset.room_id, to_room_id=room_id,
                             from_custodian_id=asset.custodian_id, to_custodian_id=custodian_id, note=note.strip())
    asset.room_id, asset.custodian_id = room_id, custodian_id
    return _record(session, asset, movement, old)


def issue(session: Session, card_id: int, *, to_custodian: str, to_room: str = "", on: Any = None, note: str = "") -> int:
    """领用: the asset goes to a person (and a room)."""
    asset = _asset(session, card_id)
    _guard(asset, NOT_LENDABLE, "领用")
    when = _on(on)
    custodian_id = _staff_id(session, to_custodian, "to_custodian", required=True)
    room_id = _room_id(session, to_room, "to_room") or asset.room_id
    old = _state(asset)
    movement = _new_movement(asset, "领用", when, from_room_id=asset.room_id, to_room_id=room_id,
                             from_custodian_id=asset.custodian_id, to_custodian_id=custodian_id, note=note.strip())
    asset.custodian_id, asset.room_id = custodian_id, room_id
    if asset.status == "闲置":
        asset.status = "在用"
    return _record(session, asset, movement, old)


def give_back(session: Session, card_id: int, *, to_room: str, on: Any = None, note: str = "") -> int:
    """归还 (of an issued asset): back to store, no custodian, 闲置."""
    asset = _asset(session, card_id)
    _guard(asset, NOT_MOVABLE, "归还")
    if asset.custodian_id is None:
        raise InputError("", f"“{asset.name}”没有领用人，无需归还")
    when = _on(on)
    room_id = _room_id(session, to_room, "to_room", required=True)
    old = _state(asset)
    movement = _new_movement(asset, "归还", when, from_room_id=asset.room_id, to_room_id=room_id,
                             from_custodian_id=asset.custodian_id, note=note.strip())
    asset.custodian_id, asset.room_id, asset.status = None, room_id, "闲置"
    return _record(session, asset, movement, old)


def lend(session: Session, card_id: int, *, party: str, due_on: Any, on: Any = None, note: str = "") -> int:
    """借用 with a due date."""
    asset = _asset(session, card_id)
    _guard(asset, NOT_LENDABLE, "借用")
    if asset.loan_party:
        raise InputError("", f"“{asset.name}”已借给{asset.loan_party}，尚未归还")
    party = " ".join((party or "").split())
    if not party:
        raise InputError("party", "请填写借用人")
    when = _on(on)
    if due_on in (None, ""):
        raise InputError("due_on", "请填写应还日期")
    try:
        due = parse_date(due_on)
    except ValueError as exc:
        raise InputError("due_on", f"应还日期：{exc}") from None
    if due < when:
        raise InputError("due_on", "应还日期不能早于借出日期")
    old = _state(asset)
    movement = _new_movement(asset, "借用", when, party=party, due_on=due, open=True, note=note.strip())
    asset.loan_party, asset.loan_due = party, due
    return _record(session, asset, movement, old)


def return_loan(session: Session, card_id: int, *, on: Any = None, note: str = "") -> int:
    asset = _asset(session, card_id)
    loan = session.exec(select(AssetMovement).where(AssetMovement.asset_id == card_id, AssetMovement.kind == "借用",
                                                    AssetMovement.open == True)).first()  # noqa: E712
    if loan is None:
        raise InputError("", f"“{asset.name}”没有未归还的借用")
    when = _on(on)
    if when < loan.on:
        raise InputError("on", "归还日期不能早于借出日期")
    old = _state(asset)
    loan.open = False
    session.add(loan)
    movement = _new_movement(asset, "借用归还", when, party=loan.party, note=note.strip())
    asset.loan_party, asset.loan_due = "", None
    return _record(session, asset, movement, old)


def request_repair(session: Session, card_id: int, *, reason: str, on: Any = None) -> int:
    asset = _asset(session, card_id)
    _guard(asset, ("已报废", "丢失", "待报废", "维修中"), "报修")
    if not (reason or "").strip():
        raise InputError("reason", "请填写故障情况")
    old = _state(asset)
    movement = _new_movement(asset, "维修申请", _on(on), reason=reason.strip(), open=True)
    asset.status = "维修中"
    return _record(session, asset, movement, old)


def finish_repair(session: Session, card_id: int, *, repaired: bool, cost: Any = 0, party: str = "", on: Any = None, note: str = "") -> int:
    """维修结果. Not repairable opens a scrap request (技术落后或无修复价值)."""
    asset = _asset(session, card_id)
    request = session.exec(select(AssetMovement).where(AssetMovement.asset_id == card_id, AssetMovement.kind == "维修申请",
                                                       AssetMovement.open == True)).first()  # noqa: E712
    if request is None:
        raise InputError("", f"“{asset.name}”没有待处理的维修申请")
    try:
        cost_fen = parse_money_fen(cost or 0)
    except ValueError as exc:
        raise InputError("cost", str(exc)) from None
    if cost_fen < 0:
        raise InputError("cost", "维修费用不能为负数")
    when = _on(on)
    old = _state(asset)
    request.open = False
    session.add(request)
    movement = _new_movement(asset, "维修完成", when, party=party.strip(), amount_fen=cost_fen,
                             result="已修复" if repaired else "无法修复", note=note.strip())
    asset.status = "在用" if repaired else "待报废"
    movement_id = _record(session, asset, movement, old)
    if not repaired:
        session.add(_new_movement(asset, "报废申请", when, reason=SCRAP_REASONS[0], open=True, note="维修无法修复"))
    return movement_id


SCRAP_STEPS = ("报废申请", "报废鉴定", "报废审批", "报废处置")


def _open_scrap(session: Session, card_id: int) -> AssetMovement | None:
    return session.exec(select(AssetMovement).where(AssetMovement.asset_id == card_id, AssetMovement.kind.in_(SCRAP_STEPS[:3]),
                                                    AssetMovement.open == True)).first()  # noqa: E712


def request_scrap(session: Session, card_id: int, *, reason: str, on: Any = None, note: str = "") -> int:
    asset = _asset(session, card_id)
    _guard(asset, ("已报废", "待报废"), "申请报废")
    if reason not in SCRAP_REASONS:
        raise InputError("reason", "报废原因应为以下之一：" + "；".join(SCRAP_REASONS))
    if asset.loan_party:
        raise InputError("", f"“{asset.name}”借给{asset.loan_party}尚未归还，归还后再申请报废")
    old = _state(asset)
    movement = _new_movement(asset, "报废申请", _on(on), reason=reason, open=True, note=note.strip())
    asset.status = "待报废"
    return _record(session, asset, movement, old)


def advance_scrap(session: Session, card_id: int, *, party: str, result: str = "", amount: Any = 0, on: Any = None, note: str = "",
                  signer: str = "", password: str | None = None) -> int:
    """The next step of an open scrap request: 鉴定 → 审批 → 处置 (the last retires the card). Once the school has
    accounts, the 审批 is signed by a user of the 校长 role with their own password."""
    asset = _asset(session, card_id)
    current = _open_scrap(session, card_id)
    if current is None:
        raise InputError("", f"“{asset.name}”没有进行中的报废申请")
    step = SCRAP_STEPS[SCRAP_STEPS.index(current.kind) + 1]
    party = " ".join((party or "").split())
    if not party:
        raise InputError("party", {"报废鉴定": "请填写鉴定人或鉴定机构", "报废审批": "请填写审批人或审批机关",
                                   "报废处置": "请填写处置方式或接收单位"}[step])
    try:
        amount_fen = parse_money_fen(amount or 0)
    except ValueError as exc:
        raise InputError("amount", str(exc)) from None
    when = _on(on)
    if when < current.on:
        raise InputError("on", f"{step}日期不能早于{current.kind}日期")
    if step == "报废审批":
        from logistics_desktop.accounts import service as accounts

        accounts.countersign(session, signer, password, entity="asset", entity_id=asset.id, purpose="审批人",
                             what=f"{asset.code} {asset.name} 报废审批：{result.strip()}", field="signer", role="principal")
    old = _state(asset)
    current.open = False
    session.add(current)
    movement = _new_movement(asset, step, when, party=party, result=result.strip(), amount_fen=amount_fen,
                             reason=current.reason, open=step != "报废处置", note=note.strip())
    if step == "报废处置":
        asset.status, asset.retired_on, asset.custodian_id = "已报废", when, None
    return _record(session, asset, movement, old)


def compensate(session: Session, card_id: int, *, party: str, amount: Any, reason: str, on: Any = None) -> int:
    """损坏赔偿: who pays how much, and why."""
    asset = _asset(session, card_id)
    party = " ".join((party or "").split())
    if not party:
        raise InputError("party", "请填写赔偿人")
    try:
        amount_fen = parse_money_fen(amount)
    except ValueError as exc:
        raise InputError("amount", str(exc)) from None
    if amount_fen <= 0:
        raise InputError("amount", "赔偿金额应大于 0")
    if not (reason or "").strip():
        raise InputError("reason", "请填写损坏情况")
    old = _state(asset)
    movement = _new_movement(asset, "损坏赔偿", _on(on), party=party, amount_fen=amount_fen, reason=reason.strip())
    return _record(session, asset, movement, old)


def change_status(session: Session, card_id: int, *, status: str, on: Any = None, note: str = "") -> int | None:
    """状况变更 found by a count (在用 → 闲置, 损坏 …); scrapping has its own steps. None when nothing changes."""
    asset = _asset(session, card_id)
    if status not in STATUSES or status in ("已报废", "待报废"):
        raise InputError("status", f"状况应为：{'、'.join(s for s in STATUSES if s not in ('已报废', '待报废'))}")
    if asset.status == status:
        return None
    old = _state(asset)
    movement = _new_movement(asset, "状况变更", _on(on), note=f"{asset.status} → {status}；{note}".rstrip("；"))
    asset.status = status
    return _record(session, asset, movement, old)


def record_shortfall(session: Session, card_id: int, *, quantity: Decimal, on: Any = None, note: str = "") -> int:
    """盘亏 of part of a batch card: a dated entry on the card; the quantity is corrected by hand after the write-off."""
    asset = _asset(session, card_id)
    old = _state(asset)
    movement = _new_movement(asset, "盘亏", _on(on), reason=SCRAP_REASONS[1], note=f"短缺 {quantity.normalize():f}{asset.unit}；{note}")
    return _record(session, asset, movement, old)


def status_of(session: Session, card_id: int) -> str:
    return _asset(session, card_id).status


# ------------------------------------------------------------------ reading


@dataclass(frozen=True)
class CardView:
    """A card as shown and printed: names instead of ids, value, and its history."""

    id: int
    values: dict[str, Any]  # the CARD_FIELDS keys, for forms
    class_name: str
    book: BookValue
    fixed: bool
    history: list[dict[str, Any]]


def card(session: Session, card_id: int, as_of: date | None = None) -> CardView:
    from logistics_desktop.directory import service as directory

    asset = _asset(session, card_id)
    rooms = {r["id"]: r["name"] for r in directory.rows(session, directory.ROOMS)}
    staff = {r["id"]: r["name"] for r in directory.rows(session, directory.STAFF)}
    cls = session.get(AssetClass, asset.class_code)
    values = {k: getattr(asset, k) for k in ("code", "name", "class_code", "brand", "spec", "unit", "quantity", "acquired_on",
                                               "acquisition", "funding", "invoice_no", "supplier", "department", "status",
                                               "service_years", "note", "manufacturer", "serial_no", "book_entry_on", "voucher_no",
                                               "class_inferred")}
    values.update({k: "" if getattr(asset, f"{k}_fen") is None else fen_to_yuan(getattr(asset, f"{k}_fen")) for k in BOOK_MONEY})
    values.update(unit_price=fen_to_yuan(asset.unit_price_fen), amount=fen_to_yuan(asset.amount_fen),
                  room=rooms.get(asset.room_id, ""), custodian=staff.get(asset.custodian_id, ""),
                  loan_party=asset.loan_party, loan_due=asset.loan_due, retired_on=asset.retired_on)
    history = []
    for m in session.exec(select(AssetMovement).where(AssetMovement.asset_id == card_id).order_by(AssetMovement.on, AssetMovement.id)):
        history.append({"on": m.on, "kind": m.kind, "from_room": rooms.get(m.from_room_id, ""), "to_room": rooms.get(m.to_room_id, ""),
                        "from_custodian": staff.get(m.from_custodian_id, ""), "to_custodian": staff.get(m.to_custodian_id, ""),
                        "party": m.party, "amount": fen_to_yuan(m.amount_fen) if m.amount_fen else "", "due_on": m.due_on,
                        "reason": m.reason, "result": m.result, "note": m.note, "open": m.open, "actor": m.actor})
    return CardView(asset.id, values, cls.name if cls else "", card_book_value(asset, cls, as_of or date.today()),
                    is_fixed_asset(asset.unit_price_fen), history)


def overdue_loans(session: Session, today: date) -> list[Asset]:
    return list(session.exec(select(Asset).where(Asset.loan_due < today).order_by(Asset.loan_due)))


def open_movements(session: Session, kinds: tuple[str, ...]) -> list[tuple[AssetMovement, Asset]]:
    stmt = (select(AssetMovement, Asset).join(Asset, Asset.id == AssetMovement.asset_id)
            .where(AssetMovement.kind.in_(kinds), AssetMovement.open == True).order_by(AssetMovement.on))  # noqa: E712
    return list(session.exec(stmt))


def count_cards(session: Session, include_retired: bool = False) -> int:
    stmt = select(func.count()).select_from(Asset)
    if not include_retired:
        stmt = stmt.where(Asset.status.not_in(INACTIVE))
    return session.exec(stmt).one()


def _as_is(_context: str, text: str) -> str:
    return text


def describe_movement(h: dict[str, Any], translate=_as_is) -> str:
    """One line of the card history, as the card and its printed copy show it (the card on screen passes Qt's translate)."""
    parts = []
    if h["from_room"] or h["to_room"]:
        parts.append(f"{h['from_room'] or '—'} → {h['to_room'] or '—'}")
    if h["from_custodian"] or h["to_custodian"]:
        custodian = translate("Field", QT_TRANSLATE_NOOP("Field", "保管人"))
        parts.append(f"{custodian} {h['from_custodian'] or '—'} → {h['to_custodian'] or '—'}")
    for key, label in (("party", ""), ("reason", ""), ("result", ""), ("note", "")):
        if h[key]:
            parts.append(f"{label}{translate('Field', h[key])}")  # the words the program writes (购置 …) translated, the rest as typed
    if h["due_on"]:
        due = translate("Field", QT_TRANSLATE_NOOP("Field", "应还"))
        parts.append(f"{due} {h['due_on']:%Y-%m-%d}")
    if h["open"]:
        parts.append(translate("Field", QT_TRANSLATE_NOOP("Field", "（未完结）")))
    return "；".join(parts)


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: overdue loans, repairs and scrapping waiting for their next step, consumables below their minimum."""
    items = [
        HomeItem(a.loan_due, Sentence(QT_TRANSLATE_NOOP("Home", "借用逾期：%1（%2）借给 %3，应于 %4 归还"), a.name, a.code, a.loan_party, f"{a.loan_due:%Y-%m-%d}"),
                 "overdue", "assets", f"assets:card:{a.id}")
        for a in overdue_loans(session, today)
    ]
    for movement, asset in open_movements(session, ("维修申请",)):
        items.append(HomeItem(movement.on, Sentence(QT_TRANSLATE_NOOP("Home", "待维修：%1（%2）%3"), asset.name, asset.code, movement.reason), "due", "assets", f"assets:card:{asset.id}"))
    for movement, asset in open_movements(session, SCRAP_STEPS[:3]):
        step = SCRAP_STEPS[SCRAP_STEPS.index(movement.kind) + 1][2:]  # 鉴定, 审批, 处置
        text = {"鉴定": QT_TRANSLATE_NOOP("Home", "报废待鉴定：%1（%2）"), "审批": QT_TRANSLATE_NOOP("Home", "报废待审批：%1（%2）")}.get(step, QT_TRANSLATE_NOOP("Home", "报废待处置：%1（%2）"))
        items.append(HomeItem(movement.on, Sentence(text, asset.name, asset.code), "due", "assets", f"assets:card:{asset.id}"))
    from logistics_desktop.assets import consumables

    for item in consumables.low_stock(session):
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "库存不足：%1 现有 %2%3，最低 %4%3"), f"{item.name}{(' ' + item.spec) if item.spec else ''}",
                                              f"{item.stock.normalize():f}", item.unit, f"{item.min_stock.normalize():f}"), "warning", "assets", f"assets:consumables:{item.id}"))
    return items


def term_figures(session: Session, first: date, end: date):
    """The term summary's assets part: cards acquired and scrapped (报废处置) in the term, with their amounts."""
    from logistics_desktop.core.modules import Figure

    added = session.exec(select(func.count(), func.coalesce(func.sum(Asset.amount_fen), 0)).where(Asset.acquired_on >= first, Asset.acquired_on < end)).one()
    scrapped = session.exec(select(func.count(), func.coalesce(func.sum(Asset.amount_fen), 0)).join(AssetMovement, AssetMovement.asset_id == Asset.id)
                            .where(AssetMovement.kind == "报废处置", AssetMovement.on >= first, AssetMovement.on < end)).one()
    cards = QT_TRANSLATE_NOOP("Home", "%1 张卡片，%2 元")
    return [Figure("资产", QT_TRANSLATE_NOOP("Field", "新增资产"), Sentence(cards, added[0], fen_to_yuan(added[1])),
                   QT_TRANSLATE_NOOP("Field", "取得日期在期内的卡片")),
            Figure("资产", QT_TRANSLATE_NOOP("Field", "报废处置"), Sentence(cards, scrapped[0], fen_to_yuan(scrapped[1])),
                   QT_TRANSLATE_NOOP("Field", "期内完成报废处置的卡片（原值）"))], []
