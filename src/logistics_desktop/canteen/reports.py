"""The canteen's printed forms besides the acceptance record: sample log, disinfection log,
accompanying-meal log, the weekly menu for the notice board, the fee notice and the stock count."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from logistics_desktop.canteen import daily, fees, stock
from logistics_desktop.core import rules
from logistics_desktop.core.parse import fen_to_yuan, month_bounds
from logistics_desktop.core.report import Ledger, LedgerColumn
from logistics_desktop.directory.service import school_name


def _q(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


def sample_log(session: Session, options: dict[str, Any]) -> Ledger:
    """留样记录: every sample of the month with its weight, times and the people who kept and destroyed it."""
    first, end = month_bounds(options.get("month"))
    rows = [[s.day.strftime("%m-%d"), s.meal, s.dish, s.grams, s.stored_at.strftime("%m-%d %H:%M"), s.keep_until.strftime("%m-%d %H:%M"),
             s.by, s.destroyed_at.strftime("%m-%d %H:%M") if s.destroyed_at else "", s.destroyed_by] for s in daily.samples(session, first, end)]
    columns = [LedgerColumn("日期", 13, "center"), LedgerColumn("餐次", 11, "center"), LedgerColumn("菜品名称", 34),
               LedgerColumn("重量(克)", 14, "right"), LedgerColumn("留样时间", 22, "center"), LedgerColumn("保留至", 22, "center"),
               LedgerColumn("留样人", 15, "center"), LedgerColumn("销毁时间", 22, "center"), LedgerColumn("销毁人", 15, "center")]
    missing = []
    day = first
    while day < min(end, date.today() + timedelta(days=1)):
        missing += [f"{day:%m-%d}{meal}：{dish}" for meal, dish in daily.missing_samples(session, day)]
        day += timedelta(days=1)
    return Ledger("食品留样记录", columns, rows, school=school_name(session), period=f"{first:%Y 年 %m 月}",
                  summary=[f"共留样 {len(rows)} 份；每个品种不少于 {rules.SAMPLE_MIN_GRAMS.value} 克，冷藏保存 {rules.SAMPLE_KEEP_HOURS.value} 小时以上"],
                  notes=["食谱中未留样的菜品：" + "；".join(missing)] if missing else [],
                  signatures=("留样人", "食堂负责人", "分管领导"))


def disinfection_log(session: Session, options: dict[str, Any]) -> Ledger:
    first, end = month_bounds(options.get("month"))
    minimum = rules.DISINFECTION_MINUTES.value
    rows, emphasis = [], []
    for d in daily.disinfections(session, first, end):
        minutes = round((d.ended_at - d.started_at).total_seconds() / 60)
        if d.short:
            emphasis.append(len(rows))
        rows.append([d.day.strftime("%m-%d"), d.meal, d.items, d.quantity, d.method, f"{d.started_at:%H:%M}—{d.ended_at:%H:%M}",
                     minutes, f"不足 {minimum[d.method]} 分钟" if d.short else "合格", d.operator])
    columns = [LedgerColumn("日期", 13, "center"), LedgerColumn("餐次", 11, "center"), LedgerColumn("餐具", 34),
               LedgerColumn("数量", 12, "right"), LedgerColumn("消毒方式", 30), LedgerColumn("起止时间", 24, "center"),
               LedgerColumn("分钟", 11, "right"), LedgerColumn("结果", 20, "center"), LedgerColumn("消毒人", 15, "center")]
    rule = "；".join(f"{m} ≥{n} 分钟" for m, n in minimum.items())
    return Ledger("餐具清洗消毒记录", columns, rows, school=school_name(session), period=f"{first:%Y 年 %m 月}", emphasis=emphasis,
                  summary=[f"共 {len(rows)} 次，时间不足 {len(emphasis)} 次（阴影行）"], notes=[f"消毒时间要求：{rule}。"],
                  signatures=("消毒人", "食堂负责人"))


def companion_meal_log(session: Session, options: dict[str, Any]) -> Ledger:
    first, end = month_bounds(options.get("month"))
    rows = [[c.day.strftime("%m-%d"), c.meal, c.leader, c.quality, c.hygiene, c.discipline, c.service, c.problems or "无", c.action]
            for c in daily.companion_meals(session, first, end)]
    columns = [LedgerColumn("日期", 13, "center"), LedgerColumn("餐次", 11, "center"), LedgerColumn("陪餐人", 16, "center"),
               LedgerColumn("饭菜质量", 14, "center"), LedgerColumn("卫生", 11, "center"), LedgerColumn("秩序", 11, "center"),
               LedgerColumn("服务", 11, "center"), LedgerColumn("发现的问题", 45), LedgerColumn("处理意见", 40)]
    return Ledger("学校负责人陪餐记录", columns, rows, school=school_name(session), period=f"{first:%Y 年 %m 月}",
                  summary=[f"共陪餐 {len(rows)} 次"], signatures=("记录人", "校长"))


def weekly_menu(session: Session, options: dict[str, Any]) -> Ledger:
    """带量食谱 of a week for the notice board: a row per meal, a column per day, each dish with its grams per child."""
    monday = daily.monday_of(options.get("week"))
    dishes = daily.menu(session, monday, monday + timedelta(days=7))
    days = [monday + timedelta(days=n) for n in range(7) if n < 5 or any(d.day == monday + timedelta(days=n) for d in dishes)]
    rows = []
    for meal in daily.MEALS:
        if any(d.meal == meal for d in dishes):
            cells = ["\n".join(f"{d.dish} {d.grams}g" if d.grams else d.dish for d in dishes if d.day == day and d.meal == meal) for day in days]
            rows.append([meal, *cells])
    ingredients = sorted({i for d in dishes for i in d.ingredients.replace("，", "、").split("、") if i})
    columns = [LedgerColumn("餐次", 16, "center")] + [LedgerColumn(f"{daily.WEEKDAYS[day.weekday()]} {day:%m-%d}", 48, "center") for day in days]
    end = monday + timedelta(days=6)
    return Ledger("带量食谱", columns, rows, school=school_name(session), period=f"{monday:%Y-%m-%d} 至 {end:%Y-%m-%d}", landscape=True,
                  signatures=("编制", "保健医", "审核"), summary=[] if rows else ["本周尚未编制食谱"], font_size=13, row_height=24,
                  notes=["每人量：菜名后的克数为每名学生的计划用量。" + (f"本周主要原料：{'、'.join(ingredients)}。" if ingredients else "")]
                  if rows else [])


def fee_notice(session: Session, options: dict[str, Any]) -> Ledger:
    """伙食费收支公示: per account, income and expense by category, totals, the month's and the term's balance."""
    first, end = month_bounds(options.get("month"))
    rows, emphasis, summary = [], [], []
    for m in fees.month_summary(session, first, end):
        emphasis.append(len(rows))
        rows.append([m.label, "", ""])
        rows += [["收入", category, fen_to_yuan(amount)] for category, amount in m.income.items()]
        rows += [["支出", category, fen_to_yuan(amount)] for category, amount in m.expense.items()]
        balance = m.income_total - m.expense_total
        emphasis.append(len(rows))
        rows.append(["本月合计", f"收入 {fen_to_yuan(m.income_total)}，支出 {fen_to_yuan(m.expense_total)}",
                     f"{'结余' if balance >= 0 else '超支'} {fen_to_yuan(abs(balance))}"])
        percent = m.term_percent
        flag = fees.balance_flag(session, m)
        summary.append(f"{m.label}：本学期累计收入 {fen_to_yuan(m.term_income)} 元，支出 {fen_to_yuan(m.term_expense)} 元，"
                       f"{'结余' if m.term_balance >= 0 else '超支'} {fen_to_yuan(abs(m.term_balance))} 元"
                       + (f"（{percent:+.1f}%）" if percent is not None else "") + (f" ⚠ {flag}" if flag else ""))
    columns = [LedgerColumn("项目", 30, "center"), LedgerColumn("类别", 90), LedgerColumn("金额（元）", 40, "right")]
    return Ledger("伙食费收支公示", columns, rows, school=school_name(session), period=f"{first:%Y 年 %m 月}", emphasis=emphasis,
                  summary=summary, notes=["师生伙食分开核算；食材支出来自进货查验记录（已签字），其他收支按实际登记。欢迎家长和师生监督。"],
                  signatures=("食堂负责人", "会计", "校长"))


def stock_count(session: Session, options: dict[str, Any]) -> Ledger:
    """食堂库存月末盘点表: opening, in, out, book, counted and the difference per item."""
    first, _end, items = stock.month_rows(session, options.get("month"))
    rows, differences = [], 0
    for n, r in enumerate(items, 1):
        if r["difference"]:
            differences += 1
        rows.append([n, r["item"], r["unit"], _q(r["opening"]), _q(r["in"]), _q(r["out"]), _q(r["book"]), _q(r["counted"]),
                     _q(r["difference"]) if r["difference"] is not None else "未盘点" if r["close"] else "—"])
    columns = [LedgerColumn("序号", 10, "center"), LedgerColumn("品名", 34), LedgerColumn("单位", 12, "center"), LedgerColumn("月初", 18, "right"),
               LedgerColumn("入库", 18, "right"), LedgerColumn("出库", 18, "right"), LedgerColumn("账面", 18, "right"),
               LedgerColumn("实盘", 18, "right"), LedgerColumn("差异", 18, "right")]
    return Ledger("食堂库存月末盘点表", columns, rows, school=school_name(session), period=f"{first:%Y 年 %m 月}",
                  summary=[f"共 {len(rows)} 种食品，有差异 {differences} 种"], signatures=("盘点人", "食堂负责人", "会计"))
