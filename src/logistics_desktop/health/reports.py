"""The health module's printed forms (pdf and xlsx through the kits): 晨午检记录表 of a month and 出勤统计分析表."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.parse import month_bounds
from logistics_desktop.core.report import Ledger, LedgerColumn
from logistics_desktop.directory import service as directory
from logistics_desktop.health import service
from logistics_desktop.health.models import CheckEntry, DailyCheck


def _classes(session: Session, options: dict[str, Any]) -> list[dict[str, Any]]:
    rows = directory.rows(session, directory.CLASSES)
    wanted = str(options.get("class") or "").strip()
    if wanted:
        rows = [r for r in rows if r["name"] == wanted]
        if not rows:
            raise InputError("class", f"班级“{wanted}”不在班级目录中")
    return rows


def _checks(session: Session, class_id: int, first: date, end: date) -> list[DailyCheck]:
    return list(session.exec(select(DailyCheck).where(DailyCheck.class_id == class_id, DailyCheck.day >= first, DailyCheck.day < end)
                             .order_by(DailyCheck.day, DailyCheck.session)))


def morning_check_log(session: Session, options: dict[str, Any]) -> Ledger:
    """晨午检记录表 of a month: each check of each class with its counts (班级人数, 实到, 因病缺勤, 可疑症状, 登记人), the children
    absent or with a finding beneath it, a check with nothing found printed as 零报告, and each school day not checked as 未检."""
    first, end = month_bounds(options.get("month"))
    columns = [LedgerColumn("日期", 16, "center"), LedgerColumn("晨/午", 12, "center"), LedgerColumn("班级", 22),
               LedgerColumn("人数/实到", 18, "center"), LedgerColumn("因病缺勤", 14, "center"), LedgerColumn("可疑症状", 14, "center"),
               LedgerColumn("姓名", 18), LedgerColumn("性别", 9, "center"), LedgerColumn("年龄", 14, "center"), LedgerColumn("症状", 22),
               LedgerColumn("缺勤原因", 14, "center"), LedgerColumn("处理", 18), LedgerColumn("备注", 30), LedgerColumn("登记人", 16)]
    rows: list[list[Any]] = []
    emphasis: list[int] = []
    unchecked = 0
    last_day = min(end, date.today() + timedelta(days=1))
    for klass in _classes(session, options):
        roster = {c.id: c for c in service.children(session, klass["name"], on=first, include_left=True)}
        if not roster:
            continue
        checks = {(c.day, c.session): c for c in _checks(session, klass["id"], first, end)}
        day = first
        while day < last_day:
            if day.weekday() < 5 and (day, "晨检") not in checks:
                emphasis.append(len(rows))
                rows.append([f"{day:%m-%d}", "晨", klass["name"], "", "", "", "未检", *[""] * 7])
                unchecked += 1
            for which in ("晨检", "午检"):
                check = checks.get((day, which))
                if check is None:
                    continue
                entries = list(session.exec(select(CheckEntry).where(CheckEntry.check_id == check.id)))
                marked = [e for e in entries if not e.present or e.symptom or e.item_taken]
                ill = sum(1 for e in entries if not e.present and e.absence_reason == "病假")
                head = [f"{day:%m-%d}", which[0], klass["name"], f"{len(entries)}/{sum(e.present for e in entries)}", ill,
                        sum(1 for e in entries if e.present and e.symptom)]
                if not marked:
                    rows.append([*head, "无异常（零报告）", *[""] * 6, check.checker])
                for n, e in enumerate(marked):
                    child = roster.get(e.child_id)
                    symptom = e.symptom + (f" {e.temperature.normalize():f}℃" if e.temperature is not None else "")
                    note = "；".join(x for x in (e.note, f"收缴：{e.item_taken}" if e.item_taken else "") if x)
                    rows.append([*(head if n == 0 else ["〃", "", "", "", "", ""]), child.name if child else "", child.sex if child else "",
                                 service.age_text(child.birth_date, day) if child else "", symptom,
                                 "" if e.present else e.absence_reason, e.action, note, check.checker if n == 0 else "〃"])
            day += timedelta(days=1)
    return Ledger("晨午检记录表", columns, rows, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True,
                  signatures=("登记人", "保健医", "负责人"), emphasis=emphasis,
                  summary=[f"本月未检 {unchecked} 班次（未检不是“正常”，请补查原因）"] if unchecked else ["本月各班每个上学日均已晨检"])


def _rate(present: int, expected: int) -> str:
    """出勤率 = 实际出勤人次 / 应出勤人次 × 100 %, one decimal (托儿所幼儿园卫生保健工作规范 2012, 附件5)."""
    if not expected:
        return "—"
    return f"{(Decimal(present) * 100 / Decimal(expected)).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"


def attendance(session: Session, options: dict[str, Any]) -> list[dict[str, Any]]:
    """Per class for the month: 在册人数, days checked, 应出勤人次 and 实际出勤人次 of the 晨检, 缺勤 by reason, and the 出勤率."""
    first, end = month_bounds(options.get("month"))
    found = []
    for klass in _classes(session, options):
        checks = [c for c in _checks(session, klass["id"], first, end) if c.session == "晨检"]
        entries = [e for c in checks for e in session.exec(select(CheckEntry).where(CheckEntry.check_id == c.id))]
        enrolled = len(service.children(session, klass["name"], on=first))
        if not enrolled and not entries:
            continue
        present = sum(e.present for e in entries)
        found.append({"class": klass["name"], "enrolled": enrolled, "days": len(checks), "expected": len(entries), "present": present,
                      "ill": sum(1 for e in entries if not e.present and e.absence_reason == "病假"),
                      "leave": sum(1 for e in entries if not e.present and e.absence_reason != "病假"), "rate": _rate(present, len(entries))})
    return found


def attendance_stats(session: Session, options: dict[str, Any]) -> Ledger:
    first, _end = month_bounds(options.get("month"))
    rows = attendance(session, options)
    columns = [LedgerColumn("班级", 26), LedgerColumn("在册人数", 16, "center"), LedgerColumn("晨检天数", 16, "center"),
               LedgerColumn("应出勤人次", 20, "right"), LedgerColumn("实际出勤人次", 22, "right"), LedgerColumn("因病缺勤人次", 22, "right"),
               LedgerColumn("事假及其他人次", 24, "right"), LedgerColumn("出勤率", 18, "right")]
    body = [[r["class"], r["enrolled"], r["days"], r["expected"], r["present"], r["ill"], r["leave"], r["rate"]] for r in rows]
    expected, present = sum(r["expected"] for r in rows), sum(r["present"] for r in rows)
    total = ["全校", sum(r["enrolled"] for r in rows), "", expected, present, sum(r["ill"] for r in rows), sum(r["leave"] for r in rows),
             _rate(present, expected)]
    return Ledger("出勤统计分析表", columns, body, school=directory.school_name(session), period=f"{first:%Y年%m月}",
                  signatures=("统计人", "保健医"), total_row=total,
                  notes=["出勤率 = 实际出勤人次 ÷ 应出勤人次 × 100%，保留一位小数（托儿所幼儿园卫生保健工作规范 2012，附件5）；按晨检记录计算。"])
