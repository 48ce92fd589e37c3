"""The health module's printed forms (pdf and xlsx through the kits): 晨午检记录表 of a class's day and of a month, 出勤统计分析表
(a day, a month or a term) and the 因病缺勤日报表 with its 零报告."""

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


def period(session: Session, options: dict[str, Any]) -> tuple[date, date, str]:
    """(first, end, label) of a statistic: one day (--day), a term (--term, 本学期 for the current one) or a month (--month)."""
    from logistics_desktop.core.fields import a_date, tidy

    if tidy(options.get("day")):
        day = a_date(options.get("day"), "day", "日期")
        return day, day + timedelta(days=1), f"{day:%Y年%m月%d日}"
    if tidy(options.get("term")):
        term = directory.term_named(session, "" if tidy(options.get("term")) == "本学期" else options.get("term"))
        return term.start, term.end + timedelta(days=1), f"{term.name}（{term.start:%Y-%m-%d} 至 {term.end:%Y-%m-%d}）"
    first, end = month_bounds(options.get("month"))
    return first, end, f"{first:%Y年%m月}"


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
    classes = _classes(session, options)
    roll = service.children(session, on=first, include_left=True)
    by_check: dict[int, list[Any]] = {}  # the month's entries in one query of plain rows, not one per check
    columns_ = (CheckEntry.check_id, CheckEntry.child_id, CheckEntry.present, CheckEntry.absence_reason, CheckEntry.symptom,
                CheckEntry.temperature, CheckEntry.action, CheckEntry.item_taken, CheckEntry.note)
    for e in session.exec(select(*columns_).join(DailyCheck, DailyCheck.id == CheckEntry.check_id)
                          .where(DailyCheck.day >= first, DailyCheck.day < end, DailyCheck.class_id.in_([c["id"] for c in classes]))):
        by_check.setdefault(e.check_id, []).append(e)
    for klass in classes:
        roster = {c.id: c for c in roll if c.class_name == klass["name"]}
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
                entries = by_check.get(check.id, [])
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
    """Per class for the period (a day, a month or a term): 在册人数, days checked, 应出勤人次 and 实际出勤人次 of the 晨检, 缺勤 by
    reason, and the 出勤率."""
    from sqlalchemy import case, func

    first, end, _label = period(session, options)
    absent = CheckEntry.present == False  # noqa: E712
    # one grouped query for every class (a term of a 2,000-child school is some 200,000 entries)
    stmt = (select(DailyCheck.class_id, func.count(func.distinct(DailyCheck.id)), func.count(CheckEntry.id),
                   func.sum(case((CheckEntry.present == True, 1), else_=0)),  # noqa: E712
                   func.sum(case((absent & (CheckEntry.absence_reason == "病假"), 1), else_=0)),
                   func.sum(case((absent & (CheckEntry.absence_reason != "病假"), 1), else_=0)))
            .join(CheckEntry, CheckEntry.check_id == DailyCheck.id, isouter=True)
            .where(DailyCheck.session == "晨检", DailyCheck.day >= first, DailyCheck.day < end).group_by(DailyCheck.class_id))
    counts = {row[0]: row[1:] for row in session.exec(stmt)}
    enrolled_on_first = {}
    for child in service.children(session, on=first):
        enrolled_on_first[child.class_name] = enrolled_on_first.get(child.class_name, 0) + 1
    found = []
    for klass in _classes(session, options):
        days, expected, present, ill, leave = counts.get(klass["id"], (0, 0, 0, 0, 0))
        enrolled = enrolled_on_first.get(klass["name"], 0)
        if not enrolled and not expected:
            continue
        present, ill, leave = present or 0, ill or 0, leave or 0
        found.append({"class": klass["name"], "enrolled": enrolled, "days": days, "expected": expected, "present": present,
                      "ill": ill, "leave": leave, "rate": _rate(present, expected)})
    return found


def attendance_stats(session: Session, options: dict[str, Any]) -> Ledger:
    _first, _end, label = period(session, options)
    rows = attendance(session, options)
    columns = [LedgerColumn("班级", 26), LedgerColumn("在册人数", 16, "center"), LedgerColumn("晨检天数", 16, "center"),
               LedgerColumn("应出勤人次", 20, "right"), LedgerColumn("实际出勤人次", 22, "right"), LedgerColumn("因病缺勤人次", 22, "right"),
               LedgerColumn("事假及其他人次", 24, "right"), LedgerColumn("出勤率", 18, "right")]
    body = [[r["class"], r["enrolled"], r["days"], r["expected"], r["present"], r["ill"], r["leave"], r["rate"]] for r in rows]
    expected, present = sum(r["expected"] for r in rows), sum(r["present"] for r in rows)
    total = ["全校", sum(r["enrolled"] for r in rows), "", expected, present, sum(r["ill"] for r in rows), sum(r["leave"] for r in rows),
             _rate(present, expected)]
    return Ledger("出勤统计分析表", columns, body, school=directory.school_name(session), period=label,
                  signatures=("统计人", "保健医"), total_row=total,
                  notes=["出勤率 = 实际出勤人次 ÷ 应出勤人次 × 100%，保留一位小数（托儿所幼儿园卫生保健工作规范 2012，附件5）；按晨检记录计算。"])


def zero_report(session: Session, options: dict[str, Any]) -> Ledger:
    """因病缺勤日报表 of a month: each school day and class, 零 when the class's 晨检 found nobody away ill (its 零报告), the
    number away ill otherwise, 未检 when no check was saved (never read as 零)."""
    first, end = month_bounds(options.get("month"))
    classes = _classes(session, options)
    ill: dict[tuple[date, int], int] = {}
    for day, class_id, present, reason in session.exec(
            select(DailyCheck.day, DailyCheck.class_id, CheckEntry.present, CheckEntry.absence_reason)
            .join(CheckEntry, CheckEntry.check_id == DailyCheck.id).where(DailyCheck.day >= first, DailyCheck.day < end, DailyCheck.session == "晨检")):
        ill[(day, class_id)] = ill.get((day, class_id), 0) + (not present and reason == "病假")
    rows, emphasis, unchecked = [], [], 0
    day, last = first, min(end, date.today() + timedelta(days=1))
    while day < last:
        if day.weekday() < 5:
            cells = []
            for c in classes:
                count = ill.get((day, c["id"]))
                cells.append("未检" if count is None else count or "零")
                unchecked += count is None
            if "未检" in cells:
                emphasis.append(len(rows))
            rows.append([f"{day:%m-%d}", "一二三四五"[day.weekday()], *cells, sum(x for x in cells if isinstance(x, int))])
        day += timedelta(days=1)
    width = max(9.0, 220 / max(len(classes), 1))
    columns = [LedgerColumn("日期", 13, "center"), LedgerColumn("星期", 9, "center"),
               *[LedgerColumn(c["name"], width, "center") for c in classes], LedgerColumn("全校因病缺勤", 16, "center")]
    return Ledger("因病缺勤日报表（零报告）", columns, rows, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True,
                  emphasis=emphasis, signatures=("填报人", "保健医"),
                  notes=["“零”为当日晨检无因病缺勤的零报告；数字为因病缺勤人数；“未检”为当日未登记晨检，不能视为零报告。"],
                  summary=[f"本月未检 {unchecked} 班次" if unchecked else "本月各班每个上学日均已报告"])


def day_check_form(session: Session, options: dict[str, Any]) -> Ledger:
    """晨午检记录表 of one class on one day, every child a row (the form handed to the doctor by 8:00): 出勤, the symptom with
    the temperature, 就诊医院 and 初步诊断 from the follow-up of a child away ill, 缺勤 in half days, 处理, 备注."""
    from logistics_desktop.core.fields import a_date, tidy
    from logistics_desktop.health import followups

    day = a_date(options.get("day") or date.today(), "day", "日期")
    which = "午检" if tidy(options.get("session")) in ("午", "午检") else "晨检"
    klass = _classes(session, options)
    if not tidy(options.get("class")):
        raise InputError("class", "请填写班级：每班一张")
    klass = klass[0]
    saved = service.check_lines(session, klass["name"], day, which)
    if saved is None:
        raise InputError("day", f"{klass['name']} {day:%Y-%m-%d} {which}尚未登记（未检）")
    checker, lines = saved
    by_child = {line.child_id: line for line in lines}
    follow = {f.child: f for f in followups.followups(session, open_only=False, end=day + timedelta(days=1))
              if f.class_name == klass["name"] and (f.returned_on is None or f.returned_on > day)}
    order = {"晨检": 0, "午检": 1}  # not the strings' order: 午 sorts before 晨
    history = sorted((c for c in _checks(session, klass["id"], day - timedelta(days=30), day + timedelta(days=1))
                      if (c.day, order[c.session]) <= (day, order[which])), key=lambda c: (c.day, order[c.session]), reverse=True)
    away: dict[int, set[int]] = {}
    for c in history:
        for e in session.exec(select(CheckEntry).where(CheckEntry.check_id == c.id, CheckEntry.present == False)):  # noqa: E712
            away.setdefault(e.child_id, set()).add(c.id)

    def half_days(child_id: int) -> int:
        n = 0
        for c in history:  # back from this check while the child was away
            if c.id not in away.get(child_id, set()):
                break
            n += 1
        return n

    columns = [LedgerColumn("序号", 9, "center"), LedgerColumn("姓名", 18), LedgerColumn("性别", 9, "center"), LedgerColumn("年龄", 14, "center"),
               LedgerColumn("出勤", 14, "center"), LedgerColumn("症状", 26), LedgerColumn("就诊医院", 24), LedgerColumn("初步诊断", 22),
               LedgerColumn("缺勤（半天）", 16, "center"), LedgerColumn("处理", 18), LedgerColumn("备注", 30)]
    rows, emphasis = [], []
    kids = service.children(session, klass["name"], on=day)
    for n, child in enumerate(kids, 1):
        line = by_child.get(child.id)
        if line is None:
            continue
        symptom = line.symptom + (f" {line.temperature}℃" if line.temperature else "")
        f = follow.get(child.name) if not line.present and line.absence_reason == "病假" else None
        note = "；".join(x for x in (line.note, f"收缴：{line.item_taken}" if line.item_taken else "", child.alerts) if x)
        if not line.present or line.symptom or line.item_taken:
            emphasis.append(len(rows))
        rows.append([n, child.name, child.sex, child.age, "出勤" if line.present else line.absence_reason, symptom, f.seen_at if f else "",
                     f.diagnosis if f else "", half_days(child.id) or "", line.action, note])
    present = sum(1 for line in lines if line.present)
    ill = sum(1 for line in lines if not line.present and line.absence_reason == "病假")
    found = sum(1 for line in lines if line.present and line.symptom)
    return Ledger(f"晨午检记录表（{which}）", columns, rows, school=directory.school_name(session),
                  period=f"{klass['grade'] or ''} {klass['name']}　{day:%Y-%m-%d}　班级人数 {len(lines)}　实到 {present}　因病缺勤 {ill}　可疑症状 {found}",
                  period_label="", emphasis=emphasis, signatures=("登记人", "保健医"),
                  summary=[f"登记人：{checker}" + ("；本班本次无因病缺勤、无可疑症状（零报告）" if not ill and not found else "")])
