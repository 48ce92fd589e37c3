"""因病缺勤追踪: a child away ill at a check opens a follow-up (one open at a time per child); the doctor records who was
called, where the child was seen and the diagnosis, and closes it on the child's return. Open ones sit on 首页 (a count)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_date, a_datetime, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import AbsenceFollowUp, Child


def open_for(session: Session, child_id: int, day: date, symptom: str) -> int | None:
    """Called for each child away ill at a saved check: opens the child's follow-up unless one is open already."""
    if session.exec(select(AbsenceFollowUp.id).where(AbsenceFollowUp.child_id == child_id, AbsenceFollowUp.returned_on == None)).first():  # noqa: E711
        return None
    follow = AbsenceFollowUp(child_id=child_id, first_day=day, symptom=symptom)
    session.add(follow)
    session.flush()
    audit.record(session, "health_absence_followup", follow.id, "新增", None, {"first_day": day})
    return follow.id


def back_at_check(session: Session, child_id: int, day: date) -> None:
    """A child present at a later check is back: the open follow-up gets that day as its return (the doctor still adds
    what the follow-up found)."""
    follow = session.exec(select(AbsenceFollowUp).where(AbsenceFollowUp.child_id == child_id, AbsenceFollowUp.returned_on == None,  # noqa: E711
                                                        AbsenceFollowUp.first_day < day)).first()
    if follow is not None:
        follow.returned_on = day
        session.add(follow)
        audit.record(session, "health_absence_followup", follow.id, "返校", None, {"returned_on": day})


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    child: str
    class_name: str
    phone: str
    first_day: date
    symptom: str
    called: str
    called_at: datetime | None
    seen_at: str
    diagnosis: str
    expected_return: date | None
    returned_on: date | None
    certificate_checked: bool
    tracker: str

    @property
    def open(self) -> bool:
        return self.returned_on is None


def followups(session: Session, *, open_only: bool = True, first: date | None = None, end: date | None = None) -> list[FollowUpRow]:
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = select(AbsenceFollowUp, Child).join(Child, Child.id == AbsenceFollowUp.child_id).order_by(AbsenceFollowUp.first_day, Child.name)
    if open_only:
        stmt = stmt.where(AbsenceFollowUp.returned_on == None)  # noqa: E711
    if first:
        stmt = stmt.where(AbsenceFollowUp.first_day >= first)
    if end:
        stmt = stmt.where(AbsenceFollowUp.first_day < end)
    return [FollowUpRow(f.id, c.name, names.get(c.class_id, ""), c.phone, f.first_day, f.symptom, f.called, f.called_at, f.seen_at,
                        f.diagnosis, f.expected_return, f.returned_on, f.certificate_checked, f.tracker) for f, c in session.exec(stmt)]


def record(session: Session, followup_id: int, values: dict[str, Any]) -> None:
    """What the follow-up found; a return date closes it (not before the first day away)."""
    follow = session.get(AbsenceFollowUp, followup_id)
    if follow is None:
        raise InputError("", "这条追踪记录已不存在")
    errors: list[InputError] = []
    tracker = tidy(values.get("tracker"))
    if not tracker:
        errors.append(InputError("tracker", "请填写追踪人"))
    called = tidy(values.get("called"))
    called_at = collect(errors, a_datetime, values.get("called_at"), "called_at", "联系时间") if tidy(values.get("called_at")) else None
    expected = collect(errors, a_date, values.get("expected_return"), "expected_return", "预计返校日期") if values.get("expected_return") else None
    returned = collect(errors, a_date, values.get("returned_on"), "returned_on", "返校日期") if values.get("returned_on") else None
    if returned and returned < follow.first_day:
        errors.append(InputError("returned_on", f"返校日期不能早于缺勤首日 {follow.first_day:%Y-%m-%d}"))
    if returned and not (called or tidy(values.get("diagnosis"))):
        errors.append(InputError("called", "结案前请记录联系情况或诊断"))
    if errors:
        raise InputErrors(errors)
    follow.called, follow.called_at, follow.seen_at = called, called_at, tidy(values.get("seen_at"))
    follow.diagnosis, follow.expected_return, follow.returned_on = tidy(values.get("diagnosis")), expected, returned
    follow.certificate_checked, follow.tracker = bool(values.get("certificate_checked")), tracker
    session.add(follow)
    audit.record(session, "health_absence_followup", follow.id, "结案" if returned else "追踪", None, {"returned_on": returned})


def home_items(session: Session, today: date) -> list[HomeItem]:
    """The open follow-ups as a count (no names), the ones not yet called first."""
    open_ones = followups(session)
    if not open_ones:
        return []
    uncalled = sum(1 for f in open_ones if not f.called)
    return [HomeItem(min(f.first_day for f in open_ones), Sentence(QT_TRANSLATE_NOOP("Home", "因病缺勤追踪：%1 人未结案，其中 %2 人尚未联系"),
                                                                 len(open_ones), uncalled), "due", "health", "health:followups")]


def followup_ledger(session: Session, options: dict[str, Any]):
    """因病缺勤追踪登记表 of a month."""
    from logistics_desktop.core.parse import month_bounds
    from logistics_desktop.core.report import Ledger, LedgerColumn

    first, end = month_bounds(options.get("month"))
    rows = followups(session, open_only=False, first=first, end=end)
    columns = [LedgerColumn("班级", 20), LedgerColumn("姓名", 18), LedgerColumn("家长电话", 26), LedgerColumn("缺勤首日", 18, "center"),
               LedgerColumn("症状", 14), LedgerColumn("联系情况", 36), LedgerColumn("就诊医院", 24), LedgerColumn("诊断", 22),
               LedgerColumn("返校日期", 18, "center"), LedgerColumn("复课证明", 14, "center"), LedgerColumn("追踪人", 16)]
    body = [[r.class_name, r.child, r.phone, f"{r.first_day:%m-%d}", r.symptom,
             r.called + (f"（{r.called_at:%m-%d %H:%M}）" if r.called_at else ""), r.seen_at, r.diagnosis,
             f"{r.returned_on:%m-%d}" if r.returned_on else "未返校", "已查验" if r.certificate_checked else "", r.tracker] for r in rows]
    from logistics_desktop.health import reports

    counts = reports.attendance(session, {"month": options.get("month")})
    expected, present = sum(r["expected"] for r in counts), sum(r["present"] for r in counts)
    zero = reports.zero_report(session, {"month": options.get("month")})
    names = [c.label for c in zero.columns[2:-1]]
    school_zero = [r[0] for r in zero.rows if all(x == "零" for x in r[2:-1])]
    per_class = [f"{n} {sum(1 for r in zero.rows if r[2 + i] == '零')} 天" for i, n in enumerate(names)]
    notes = [("全校零报告（当日晨检各班均无因病缺勤）：" + "、".join(school_zero)) if school_zero else "本月没有全校零报告日。",
             "各班零报告天数：" + "；".join(per_class) + "（未检的日子不计为零报告）。"]
    return Ledger("因病缺勤追踪登记表", columns, body, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True,
                  signatures=("追踪人", "保健医"), notes=notes,
                  summary=[f"本月晨检应到 {expected} 人次，实到 {present} 人次，缺勤 {expected - present} 人次，其中因病 "
                           f"{sum(r['ill'] for r in counts)} 人次；登记追踪 {len(body)} 人次，未结案 {sum(1 for r in rows if r.open)} 人"])
