"""The asset list as SQL: filters, search, sorting, paging and totals. Qt-free.

Search of 3+ characters goes through the FTS5 trigram index; shorter text (空调, 课桌) has no
index to use and scans with LIKE, which the list pages so only the first screen waits for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select, text
from sqlmodel import Session

from logistics_desktop.assets.models import Asset, AssetClass
from logistics_desktop.core import pinyin
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.directory.models import Room, Staff

ALL = "全部"
ON_LOAN = "借出中"
OVERDUE = "借用逾期"
INFERRED = "分类为推断"  # cards whose class an import inferred: to review
COLUMNS = (  # key, header, sort expression
    ("code", QT_TRANSLATE_NOOP("Field", "资产编号"), Asset.code),
    ("name", QT_TRANSLATE_NOOP("Field", "资产名称"), Asset.name),
    ("spec", QT_TRANSLATE_NOOP("Field", "规格型号"), Asset.spec),
    ("class_code", QT_TRANSLATE_NOOP("Field", "分类"), Asset.class_code),
    ("quantity", QT_TRANSLATE_NOOP("Field", "数量"), Asset.quantity),
    ("unit", QT_TRANSLATE_NOOP("Field", "单位"), Asset.unit),
    ("amount", QT_TRANSLATE_NOOP("Field", "金额"), Asset.amount_fen),
    ("room", QT_TRANSLATE_NOOP("Field", "存放地点"), Room.name),
    ("custodian", QT_TRANSLATE_NOOP("Field", "保管人"), Staff.name),
    ("status", QT_TRANSLATE_NOOP("Field", "使用状况"), Asset.status),
    ("loan", QT_TRANSLATE_NOOP("Field", "借用"), Asset.loan_party),
)
SORTS = {key: expr for key, _, expr in COLUMNS}


@dataclass(frozen=True)
class AssetQuery:
    text: str = ""
    room_id: int | None = None
    class_prefix: str = ""
    status: str = ""  # "" = the active ledger (all but 已报废); ALL = everything; else one status
    sort: str = "code"
    descending: bool = False


def _conditions(q: AssetQuery, session: Session) -> list:
    """WHERE clauses on the asset table alone: names of rooms and people are matched in subqueries; the names that typed
    pinyin initials stand for are read in `session` first."""
    where = []
    if q.status == "":
        where.append(Asset.status != "已报废")
    elif q.status == ON_LOAN:
        where.append(Asset.loan_party != "")
    elif q.status == OVERDUE:
        where.append(Asset.loan_due < date.today())
    elif q.status == INFERRED:
        where.append(Asset.class_inferred != "")
    elif q.status != ALL:
        where.append(Asset.status == q.status)
    if q.room_id is not None:
        where.append(Asset.room_id == q.room_id)
    if q.class_prefix:
        where.append(Asset.class_code.like(f"{q.class_prefix}%"))
    needle = " ".join(q.text.split())
    by_initials = []
    if len(needle) >= 2 and needle.isascii() and needle.isalnum():  # 助记码: bgz finds 办公桌, zw what 张伟 keeps
        # the names matched in Python, each once (a call per card in SQL took 0.3 s at 100,000 cards)
        def named(column) -> list[str]:  # once per reading session: the list's page and its totals share it
            known = session.info.setdefault("named_by_initials", {})
            if (needle, str(column)) not in known:
                known[needle, str(column)] = [n for (n,) in session.execute(select(column).distinct()) if n and pinyin.matches(needle, n)]
            return known[needle, str(column)]

        by_initials = [Asset.name.in_(named(Asset.name)), Asset.room_id.in_(select(Room.id).where(Room.name.in_(named(Room.name)))),
                       Asset.custodian_id.in_(select(Staff.id).where(Staff.name.in_(named(Staff.name))))]
    if len(needle) >= 3:
        phrase = '"' + needle.replace('"', '""') + '"'
        where.append(or_(Asset.id.in_(text("SELECT rowid FROM asset_search WHERE asset_search MATCH :phrase").bindparams(phrase=phrase)),
                         *by_initials))
    elif needle:
        like = f"%{needle}%"
        where.append(or_(Asset.code.like(like), Asset.name.like(like), Asset.spec.like(like),
                         Asset.room_id.in_(select(Room.id).where(Room.name.like(like))),
                         Asset.custodian_id.in_(select(Staff.id).where(Staff.name.like(like))), *by_initials))
    return where


def _filtered(stmt, q: AssetQuery, session: Session):
    """`stmt` joined with rooms and people (for their names) and filtered by `q`."""
    stmt = stmt.join(Room, Room.id == Asset.room_id, isouter=True).join(Staff, Staff.id == Asset.custodian_id, isouter=True)
    return stmt.where(*_conditions(q, session))


def page(session: Session, q: AssetQuery, offset: int, limit: int) -> list[dict]:
    order = SORTS.get(q.sort, Asset.code)
    stmt = _filtered(
        select(Asset.id, Asset.code, Asset.name, Asset.spec, Asset.class_code, Asset.quantity, Asset.unit, Asset.amount_fen,
               Room.name, Staff.name, Asset.status, Asset.loan_party, Asset.loan_due, AssetClass.name), q, session)
    stmt = stmt.join(AssetClass, AssetClass.code == Asset.class_code, isouter=True)  # the list shows 台式计算机, not A02010105
    stmt = stmt.order_by(order.desc() if q.descending else order, Asset.id).offset(offset).limit(limit)
    keys = ("id", "code", "name", "spec", "class_code", "quantity", "unit", "amount_fen", "room", "custodian", "status", "loan_party", "loan_due",
            "class_name")
    return [dict(zip(keys, row)) for row in session.execute(stmt)]


def first_page(session: Session, q: AssetQuery, limit: int) -> tuple[list[dict], Totals]:
    """What the list shows when its filter changes: the first rows and the totals, in one reading."""
    return page(session, q, 0, limit), totals(session, q)


@dataclass(frozen=True)
class Totals:
    count: int
    quantity: Decimal
    amount_fen: int


def totals(session: Session, q: AssetQuery) -> Totals:
    stmt = select(func.count(Asset.id), func.sum(Asset.quantity), func.sum(Asset.amount_fen)).where(*_conditions(q, session))
    count, quantity, amount = session.execute(stmt).one()  # SUM keeps the Quantity type: already a Decimal
    return Totals(count, quantity if quantity is not None else Decimal(0), amount or 0)
