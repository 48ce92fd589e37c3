"""Meal fees (伙食费): pupils' and staff accounts kept apart (师生伙食分账), purchases taken from
signed deliveries, other income and expenses entered, the monthly public notice (收支公示) and
the term's surplus or deficit (flagged beyond ±2 % for a kindergarten). Qt-free.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.canteen.models import Delivery, DeliveryLine, FeeEntry, Supplier
from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_choice, a_date, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.parse import parse_money_fen
from logistics_desktop.core.rows import plains
from logistics_desktop.directory import service as directory

ACCOUNTS = ("children", "staff")
KINDS = (QT_TRANSLATE_NOOP("Field", "收入"), QT_TRANSLATE_NOOP("Field", "支出"))
INCOME_CATEGORIES = (QT_TRANSLATE_NOOP("Field", "伙食费收入"), QT_TRANSLATE_NOOP("Field", "财政补助"), QT_TRANSLATE_NOOP("Field", "其他收入"))
EXPENSE_CATEGORIES = (QT_TRANSLATE_NOOP("Field", "调味品及零星食材"), QT_TRANSLATE_NOOP("Field", "燃料"), QT_TRANSLATE_NOOP("Field", "其他支出"))


def account_label(session: Session, account: str) -> str:
    if account == "staff":
        return QT_TRANSLATE_NOOP("Field", "教职工伙食")
    school = directory.get_school(session)
    return QT_TRANSLATE_NOOP("Field", "幼儿伙食") if school and school.kind == "幼儿园" else QT_TRANSLATE_NOOP("Field", "学生伙食")


def account_key(session: Session, value: Any) -> str:
    """An account by key or by its label as shown (学生伙食 / 幼儿伙食 / 教职工伙食)."""
    text = tidy(value) or "children"
    if text in ACCOUNTS:
        return text
    for key in ACCOUNTS:
        if text == account_label(session, key):
            return key
    raise InputError("account", f"账户应为“{account_label(session, 'children')}”或“教职工伙食”")


def record_entry(session: Session, values: dict[str, Any]) -> int:
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("on"), "on", "日期", default=date.today())
    account = collect(errors, account_key, session, values.get("account"))
    kind = collect(errors, a_choice, values.get("kind"), "kind", "收支", KINDS)
    if kind:
        collect(errors, a_choice, values.get("category"), "category", "类别", INCOME_CATEGORIES if kind == "收入" else EXPENSE_CATEGORIES)
    try:
        amount = parse_money_fen(values.get("amount"))
        if amount <= 0:
            errors.append(InputError("amount", "金额应大于 0"))
    except ValueError as exc:
        errors.append(InputError("amount", str(exc)))
        amount = 0
    by = collect(errors, directory.active_staff_name, session, values.get("by"), "by", "经办人") or ""
    if errors:
        raise InputErrors(errors)
    entry = FeeEntry(on=day, account=account, kind=kind, category=tidy(values.get("category")), amount_fen=amount,
                     note=tidy(values.get("note")), by=by)
    session.add(entry)
    session.flush()
    audit.record(session, "canteen_fee_entry", entry.id, "新增", None, entry.model_dump())
    return entry.id


def purchases(session: Session, start: date, end: date, account: str) -> dict[str, int]:
    """Food bought through signed deliveries, by what the supplier supplies (蔬菜, 肉类 …), in fen."""
    stmt = (select(Supplier.supplies, DeliveryLine.amount_fen).join(Delivery, Delivery.id == DeliveryLine.delivery_id)
            .join(Supplier, Supplier.id == Delivery.supplier_id)
            .where(Delivery.signed_at != None, Delivery.account == account,  # noqa: E711
                   Delivery.at >= datetime.combine(start, datetime.min.time()), Delivery.at < datetime.combine(end, datetime.min.time())))
    found: dict[str, int] = defaultdict(int)
    for supplies, amount in session.exec(stmt):
        category = (tidy(supplies).replace("，", "、").split("、")[0] or "其他") + "（进货）"
        found[category] += amount
    return dict(sorted(found.items()))


@dataclass
class AccountMonth:
    account: str
    label: str
    income: dict[str, int] = field(default_factory=dict)
    expense: dict[str, int] = field(default_factory=dict)
    term_income: int = 0
    term_expense: int = 0

    @property
    def income_total(self) -> int:
        return sum(self.income.values())

    @property
    def expense_total(self) -> int:
        return sum(self.expense.values())

    @property
    def term_balance(self) -> int:
        return self.term_income - self.term_expense

    @property
    def term_percent(self) -> float | None:
        """The term's surplus (+) or deficit (−) as a percentage of its income."""
        return self.term_balance * 100 / self.term_income if self.term_income else None


def _totals(session: Session, start: date, end: date, account: str) -> tuple[dict[str, int], dict[str, int]]:
    income: dict[str, int] = defaultdict(int)
    expense: dict[str, int] = defaultdict(int, purchases(session, start, end, account))
    for e in session.exec(select(FeeEntry).where(FeeEntry.account == account, FeeEntry.on >= start, FeeEntry.on < end)):
        (income if e.kind == "收入" else expense)[e.category] += e.amount_fen
    return dict(income), dict(expense)


def month_summary(session: Session, first: date, end: date) -> list[AccountMonth]:
    """Both accounts for the month [first, end), with the term to date (from the current term's start)."""
    term = directory.current_term(session)
    term_start = term.start if term and term.start <= first else first
    result = []
    for account in ACCOUNTS:
        income, expense = _totals(session, first, end, account)
        term_income, term_expense = _totals(session, term_start, end, account)
        result.append(AccountMonth(account, account_label(session, account), income, expense,
                                   sum(term_income.values()), sum(term_expense.values())))
    return result


def balance_flag(session: Session, month: AccountMonth) -> str:
    """'' or the warning for a kindergarten's children's account beyond ±2 %."""
    school = directory.get_school(session)
    limit: int = rules.KINDERGARTEN_FEE_BALANCE_PERCENT.value  # type: ignore[assignment]
    percent = month.term_percent
    if school and school.kind == "幼儿园" and month.account == "children" and percent is not None and abs(percent) > limit:
        return f"本学期{'结余' if percent > 0 else '超支'} {abs(percent):.1f}%，超出 ±{limit}% 的要求"
    return ""


def entries(session: Session, start: date, end: date) -> list[FeeEntry]:
    return plains(session.exec(select(FeeEntry).where(FeeEntry.on >= start, FeeEntry.on < end).order_by(FeeEntry.on, FeeEntry.id)))
