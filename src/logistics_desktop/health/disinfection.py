"""消毒记录 of the health office: each disinfection checked against the school's table of 附件3 minimums (a short or weak
one is kept, flagged on screen and paper), and the dilution the doctor works out every morning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_choice, a_date, a_whole, collect, tidy
from logistics_desktop.core.rows import plains
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import DisinfectionRule, HealthDisinfection

METHODS = rules.DISINFECTION_METHODS
KINDS = ("预防性", "终末")
OTHER = "其他"


def minimums(session: Session) -> list:
    return plains(session.exec(select(DisinfectionRule).order_by(DisinfectionRule.id)))


def targets(session: Session) -> list[str]:
    return list(dict.fromkeys(r.target for r in minimums(session))) + [OTHER]


def _whole(errors: list[InputError], value: Any, key: str, label: str, low: int, high: int, *, required: bool) -> int | None:
    if not tidy(value):
        if required:
            errors.append(InputError(key, f"请填写{label}"))
        return None
    return collect(errors, a_whole, value, key, label, low, high)


def save_minimum(session: Session, values: dict[str, Any]) -> int:
    """A row of 消毒要求: the least minutes for an object and method, and for chlorine the range of mg/L."""
    errors: list[InputError] = []
    target = tidy(values.get("target"))
    if not target:
        errors.append(InputError("target", "请填写区域/对象"))
    method = collect(errors, a_choice, values.get("method"), "method", "方法", METHODS)
    minutes = _whole(errors, values.get("min_minutes"), "min_minutes", "最短时间（分钟）", 1, 1440, required=True)
    low = _whole(errors, values.get("min_mg_l"), "min_mg_l", "最低浓度", 1, 100000, required=method == "含氯")
    high = _whole(errors, values.get("max_mg_l"), "max_mg_l", "最高浓度", 1, 100000, required=False)
    if low and high and high < low:
        errors.append(InputError("max_mg_l", "最高浓度不能低于最低浓度"))
    if errors:
        raise InputErrors(errors)
    row = session.exec(select(DisinfectionRule).where(DisinfectionRule.target == target, DisinfectionRule.method == method)).first()
    old = row.model_dump() if row else None
    row = row or DisinfectionRule(target=target, method=method, min_minutes=minutes)
    row.min_minutes, row.min_mg_l, row.max_mg_l = minutes, low, high
    session.add(row)
    session.flush()
    audit.record(session, "health_disinfection_rule", row.id, "修改" if old else "新增", old, row.model_dump())
    return row.id


def judge(rule: DisinfectionRule | None, target: str, method: str, minutes: int, mg_l: int | None) -> str:
    """What falls short of the table, as the line shown and printed ("" when it meets it)."""
    if rule is None:
        return "" if target == OTHER else f"消毒要求中没有“{target}”用“{method}”的规定，请核对方法"
    found = []
    if minutes < rule.min_minutes:
        found.append(f"时间不足（应不少于 {rule.min_minutes} 分钟）")
    if rule.min_mg_l and mg_l is not None and mg_l < rule.min_mg_l:
        found.append(f"浓度不足（应为 {rule.min_mg_l}–{rule.max_mg_l or '—'} mg/L）")
    if rule.max_mg_l and mg_l is not None and mg_l > rule.max_mg_l:
        found.append(f"浓度过高（应为 {rule.min_mg_l}–{rule.max_mg_l} mg/L），用后须清水冲净")
    return "；".join(found)


def record(session: Session, values: dict[str, Any]) -> str:
    """One disinfection; returns the flag to show (a short or weak one is kept and marked, to be done again)."""
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("day"), "day", "日期", default=date.today())
    time_text = tidy(values.get("time"))
    at = None
    try:
        hour, minute = (int(x) for x in time_text.replace("：", ":").split(":"))
        at = datetime(day.year, day.month, day.day, hour, minute) if day else None
    except (ValueError, TypeError):
        errors.append(InputError("time", "时间应写成 时:分（如 16:30）"))
    if at and at > datetime.now():
        errors.append(InputError("time", "时间不能晚于现在"))
    kind = collect(errors, a_choice, values.get("kind") or "预防性", "kind", "类别", KINDS)
    target = tidy(values.get("target"))
    if not target:
        errors.append(InputError("target", "请选择区域/对象"))
    place = tidy(values.get("place"))
    if target == OTHER and not place:
        errors.append(InputError("place", "对象为“其他”时请写明消毒的区域或物品"))
    method = collect(errors, a_choice, values.get("method"), "method", "方法", METHODS)
    minutes = _whole(errors, values.get("minutes"), "minutes", "时长（分钟）", 1, 1440, required=True)
    mg_l = _whole(errors, values.get("mg_l"), "mg_l", "实测浓度（mg/L）", 1, 100000, required=method == "含氯")
    operator = collect(errors, directory.active_staff_name, session, values.get("operator"), "operator", "执行人") or ""
    checker = collect(errors, directory.active_staff_name, session, values.get("checker"), "checker", "检查人") or ""
    if errors:
        raise InputErrors(errors)
    rule = session.exec(select(DisinfectionRule).where(DisinfectionRule.target == target, DisinfectionRule.method == method)).first()
    flag = judge(rule, target, method, minutes, mg_l if method == "含氯" else None)
    row = HealthDisinfection(at=at, kind=kind, target=target, place=place, method=method, mg_l=mg_l if method == "含氯" else None, minutes=minutes,
                       operator=operator, checker=checker, flag=flag)
    session.add(row)
    session.flush()
    audit.record(session, "health_disinfection", row.id, "新增", None, row.model_dump())
    return flag


def records(session: Session, first: date, end: date) -> list:
    stmt = select(HealthDisinfection).where(HealthDisinfection.at >= datetime.combine(first, datetime.min.time()),
                                      HealthDisinfection.at < datetime.combine(end, datetime.min.time())).order_by(HealthDisinfection.at)
    return plains(session.exec(stmt))


def disinfection_log(session: Session, options: dict[str, Any]):
    """消毒记录表 of a month: 日期, 区域/对象, 方法, 浓度 (measured), 时长, 执行人, 检查人; the short or weak ones shaded."""
    from logistics_desktop.core.parse import month_bounds
    from logistics_desktop.core.report import Ledger, LedgerColumn

    first, end = month_bounds(options.get("month"))
    rows = records(session, first, end)
    columns = [LedgerColumn("日期", 22, "center"), LedgerColumn("类别", 12, "center"), LedgerColumn("区域/对象", 46), LedgerColumn("方法", 14, "center"),
               LedgerColumn("浓度（mg/L）", 18, "right"), LedgerColumn("时长（分钟）", 18, "right"), LedgerColumn("执行人", 16, "center"),
               LedgerColumn("检查人", 16, "center"), LedgerColumn("不符合之处", 50)]
    body = [[f"{r.at:%m-%d %H:%M}", r.kind, "：".join(x for x in (r.target, r.place) if x and x != OTHER) or r.place, r.method,
             r.mg_l if r.mg_l is not None else "", r.minutes, r.operator, r.checker, r.flag] for r in rows]
    flagged = [i for i, r in enumerate(rows) if r.flag]
    notes = ["消毒要求：" + "；".join(f"{m.target}{m.method} ≥{m.min_minutes} 分钟" + (f"（{m.min_mg_l}–{m.max_mg_l} mg/L）" if m.min_mg_l else "")
                                   for m in minimums(session)) + f"（{rules.HEALTH_DISINFECTION.source}，可在 设置 → 消毒要求 中修改）。"]
    return Ledger("消毒记录表", columns, body, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True,
                  signatures=("执行人", "检查人", "保健医"), emphasis=flagged, notes=notes,
                  summary=[f"本月 {len(body)} 次，其中不符合要求 {len(flagged)} 次（阴影行）"])


@dataclass(frozen=True)
class Dilution:
    stock_ml: Decimal  # of the disinfectant as bought
    water_ml: Decimal


def dilution(stock_percent: Any, target_mg_l: Any, total_litres: Any) -> Dilution:
    """How much disinfectant and water make `total_litres` of `target_mg_l` available chlorine from a stock of
    `stock_percent` % (1 % = 10 000 mg/L): stock = target × volume ÷ stock concentration."""
    errors: list[InputError] = []
    numbers = {}
    for key, value, label in (("stock_percent", stock_percent, "原液有效氯含量（%）"), ("target_mg_l", target_mg_l, "目标浓度（mg/L）"),
                              ("total_litres", total_litres, "配制总量（升）")):
        try:
            numbers[key] = Decimal(tidy(value))
            if not numbers[key] > 0 or not numbers[key].is_finite():
                raise InvalidOperation
        except InvalidOperation:
            errors.append(InputError(key, f"{label}应为大于 0 的数"))
    if not errors and numbers["target_mg_l"] >= numbers["stock_percent"] * 10000:
        errors.append(InputError("target_mg_l", "目标浓度应低于原液浓度"))
    if errors:
        raise InputErrors(errors)
    total_ml = numbers["total_litres"] * 1000
    stock = (numbers["target_mg_l"] * total_ml / (numbers["stock_percent"] * 10000)).quantize(Decimal("0.1"))
    return Dilution(stock, (total_ml - stock).quantize(Decimal("0.1")))
