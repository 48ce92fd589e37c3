"""体弱儿 / 肥胖儿专案: proposed from each child's latest evaluation (and anaemia by haemoglobin), opened by the doctor,
followed up (severe monthly, mild every 2–3 months), closed with an outcome; the overdue reviews on 首页 as counts.
Qt-free; the audit log gets ids and dates, never a child's details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import Field, a_choice, a_date, a_whole, collect, same, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.directory import service as directory
from logistics_desktop.health import growth
from logistics_desktop.health.models import AnaemiaCutoff, CaseFile, CaseFollowUp, Child, Measurement

KINDS = (QT_TRANSLATE_NOOP("Field", "体弱儿"), QT_TRANSLATE_NOOP("Field", "肥胖儿"))
OUTCOMES = (QT_TRANSLATE_NOOP("Field", "痊愈"), QT_TRANSLATE_NOOP("Field", "好转"), QT_TRANSLATE_NOOP("Field", "未愈"),
            QT_TRANSLATE_NOOP("Field", "离园/转出"))
WEAK = {s for family in growth.FAMILIES[:3] for s in family}  # 低体重, 生长迟缓, 消瘦 and their grades
OBESE = {"肥胖", "重度肥胖"}  # 超重 is watched at the next round, not a case file
SEVERE = {"重度低体重", "重度生长迟缓", "中重度消瘦", "重度消瘦", "重度肥胖", "中重度贫血"}
REVIEW = rules.CASE_REVIEW_DAYS.value  # type: ignore[assignment]

OPEN_FIELDS = (
    Field("kind", QT_TRANSLATE_NOOP("Field", "类别"), "choice", required=True, choices=same(*KINDS)),
    Field("reason", QT_TRANSLATE_NOOP("Field", "病种/原因"), required=True, max_length=60),
    Field("severe", QT_TRANSLATE_NOOP("Field", "重度（每月复查）"), "bool"),
    Field("opened_on", QT_TRANSLATE_NOOP("Field", "建档日期"), "date", required=True),
    Field("opened_by", QT_TRANSLATE_NOOP("Field", "建档人"), "staff", required=True),
)
FOLLOW_FIELDS = (
    Field("day", QT_TRANSLATE_NOOP("Field", "随访日期"), "date", required=True),
    Field("findings", QT_TRANSLATE_NOOP("Field", "检查情况"), required=True, max_length=200),
    Field("measures", QT_TRANSLATE_NOOP("Field", "指导与措施"), max_length=200),
    Field("next_review", QT_TRANSLATE_NOOP("Field", "下次复查（空为按重度/轻度自动排）"), "date"),
    Field("by", QT_TRANSLATE_NOOP("Field", "随访人"), "staff", required=True),
)
CLOSE_FIELDS = (
    Field("outcome", QT_TRANSLATE_NOOP("Field", "转归"), "choice", required=True, choices=same(*OUTCOMES)),
    Field("closed_on", QT_TRANSLATE_NOOP("Field", "结案日期"), "date", required=True),
    Field("closed_by", QT_TRANSLATE_NOOP("Field", "结案人"), "staff", required=True),
)


@dataclass(frozen=True)
class Proposal:
    """A child whose latest evaluation (or haemoglobin) asks for a case file not yet open."""

    child_id: int
    class_name: str
    name: str
    age: str
    kind: str
    reason: str
    severe: bool
    measured_on: date


@dataclass(frozen=True)
class CaseRow:
    id: int
    child_id: int
    class_name: str
    name: str
    sex: str
    age: str
    kind: str
    reason: str
    severe: bool
    opened_on: date
    opened_by: str
    follow_ups: int
    last_follow_up: date | None
    next_review: date | None
    closed_on: date | None
    outcome: str

    def overdue(self, today: date) -> bool:
        return self.closed_on is None and self.next_review is not None and self.next_review < today


@dataclass(frozen=True)
class AnaemiaBand:
    """A row of 贫血界值: from this age (months) to the next band's, Hb below `below` g/L is 贫血, below `severe_below` 中重度."""

    id: int
    from_months: int
    below: int
    severe_below: int
    until_months: int  # the band's last month: the next band's start less one, the last band's 179 (15 years)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "from_months": self.from_months, "below": self.below, "severe_below": self.severe_below}


CUTOFF_FIELDS = (
    Field("from_months", QT_TRANSLATE_NOOP("Field", "月龄起（含）"), "int", required=True),
    Field("below", QT_TRANSLATE_NOOP("Field", "贫血：血红蛋白低于（g/L）"), "int", required=True),
    Field("severe_below", QT_TRANSLATE_NOOP("Field", "中重度：低于（g/L）"), "int", required=True),
)
ANAEMIA_UNTIL_MONTHS = 180  # the WHO table's last band (12–14 years) is read up to 15; older pupils are not judged here


def anaemia_bands(session: Session) -> list[AnaemiaBand]:
    """The school's 贫血界值 (设置 → 贫血界值; seeded with WHO 2011), youngest band first."""
    rows = list(session.exec(select(AnaemiaCutoff).order_by(AnaemiaCutoff.from_months)))
    ends = [r.from_months - 1 for r in rows[1:]] + [ANAEMIA_UNTIL_MONTHS - 1]
    return [AnaemiaBand(r.id, r.from_months, r.below, r.severe_below, end) for r, end in zip(rows, ends)]


def save_cutoff(session: Session, values: dict[str, Any]) -> int:
    """A band of 贫血界值: one row per starting age, so saving a band that exists updates it."""
    errors: list[InputError] = []
    start = collect(errors, a_whole, values.get("from_months"), "from_months", "月龄起", 0, ANAEMIA_UNTIL_MONTHS - 1)
    below = collect(errors, a_whole, values.get("below"), "below", "贫血界值", 60, 200)
    severe = collect(errors, a_whole, values.get("severe_below"), "severe_below", "中重度界值", 40, 200)
    if below is not None and severe is not None and severe > below:
        errors.append(InputError("severe_below", "中重度界值不能高于贫血界值"))
    if errors:
        raise InputErrors(errors)
    row = session.exec(select(AnaemiaCutoff).where(AnaemiaCutoff.from_months == start)).first()
    old = row.model_dump() if row else None
    row = row or AnaemiaCutoff(from_months=start, below=below, severe_below=severe)
    row.below, row.severe_below = below, severe
    session.add(row)
    session.flush()
    audit.record(session, "health_anaemia_cutoff", row.id, "修改" if old else "新增", old, row.model_dump())
    return row.id


def delete_cutoff(session: Session, cutoff_id: int) -> None:
    """Removes a band (the band before it then reaches up to the next); the last band cannot go: nothing would be judged."""
    row = session.get(AnaemiaCutoff, cutoff_id)
    if row is None:
        raise InputError("", "这一行已被删除")
    if session.exec(select(AnaemiaCutoff.id).where(AnaemiaCutoff.id != cutoff_id)).first() is None:
        raise InputError("", "至少要保留一行界值")
    old = row.model_dump()
    session.delete(row)
    session.flush()
    audit.record(session, "health_anaemia_cutoff", cutoff_id, "删除", old, None)


def bands_text(session: Session) -> str:
    """The cut-offs in force, as printed under the statistics: 6–59 月 <110（中重度 <100）g/L；…"""
    bands = anaemia_bands(session)
    parts = []
    for band in bands:
        span = f"{band.from_months} 月起" if band is bands[-1] else f"{band.from_months}–{band.until_months} 月"
        parts.append(f"{span} <{band.below}（中重度 <{band.severe_below}）")
    return "贫血界值 g/L：" + "；".join(parts) + "，见 设置 → 贫血界值，默认 " + rules.ANAEMIA_HB.source


def anaemia(birth: date, day: date, haemoglobin: int | None, bands: list[AnaemiaBand]) -> str:
    """"" or 贫血 / 中重度贫血 by the school's cut-offs for the age (none under the first band, none from 15 years)."""
    months = growth.months_on(birth, day)
    band = next((b for b in bands if b.from_months <= months <= b.until_months), None)
    if haemoglobin is None or band is None:
        return ""
    return "中重度贫血" if haemoglobin < band.severe_below else "贫血" if haemoglobin < band.below else ""


def proposals(session: Session, today: date | None = None) -> list[Proposal]:
    """Children on the roster whose latest measurement shows 低体重, 生长迟缓, 消瘦 (体弱儿), 肥胖 (肥胖儿) or anaemia
    (体弱儿), without an open case file of that kind."""
    from logistics_desktop.health.service import age_text, children

    today = today or date.today()
    roster = {c.id: c for c in children(session, on=today)}
    latest: dict[int, Any] = {}
    stmt = select(Measurement.child_id, Measurement.day, Measurement.statuses, Measurement.haemoglobin).where(Measurement.day <= today)
    for m in session.exec(stmt.order_by(Measurement.day)):  # plain rows: 首页 asks this on every refresh
        if m.child_id in roster:
            latest[m.child_id] = m
    open_kinds = {(c.child_id, c.kind) for c in session.exec(select(CaseFile).where(CaseFile.closed_on == None))}  # noqa: E711
    bands = anaemia_bands(session)
    found = []
    for child_id, m in latest.items():
        c = roster[child_id]
        statuses = [s for s in m.statuses.split("、") if s]
        wanted: dict[str, list[str]] = {}
        for s in statuses:
            if s in WEAK:
                wanted.setdefault("体弱儿", []).append(s)
            elif s in OBESE:
                wanted.setdefault("肥胖儿", []).append(s)
        low_hb = anaemia(c.birth_date, m.day, m.haemoglobin, bands)
        if low_hb:
            wanted.setdefault("体弱儿", []).append(f"{low_hb}（Hb {m.haemoglobin} g/L）")
        for kind, reasons in wanted.items():
            if (child_id, kind) not in open_kinds:
                severe = any(r.split("（")[0] in SEVERE for r in reasons)
                found.append(Proposal(child_id, c.class_name, c.name, age_text(c.birth_date, m.day), kind, "、".join(reasons), severe, m.day))
    return sorted(found, key=lambda p: (p.class_name, p.name))


def _review_after(day: date, severe: bool) -> date:
    return day + timedelta(days=REVIEW["severe" if severe else "mild"])


def open_case(session: Session, child_id: int, values: dict[str, Any]) -> int:
    errors: list[InputError] = []
    child = session.get(Child, child_id)
    if child is None:
        raise InputError("", "这名幼儿/学生已不在名册中")
    kind = collect(errors, a_choice, values.get("kind"), "kind", "类别", KINDS)
    reason = tidy(values.get("reason"))
    if not reason:
        errors.append(InputError("reason", "请填写病种/原因"))
    opened = collect(errors, a_date, values.get("opened_on"), "opened_on", "建档日期", default=date.today())
    if opened and opened > date.today():
        errors.append(InputError("opened_on", "建档日期不能晚于今天"))
    by = collect(errors, directory.active_staff_name, session, values.get("opened_by"), "opened_by", "建档人") or ""
    if kind and session.exec(select(CaseFile.id).where(CaseFile.child_id == child_id, CaseFile.kind == kind, CaseFile.closed_on == None)).first():  # noqa: E711
        errors.append(InputError("kind", f"{child.name}已有未结案的{kind}专案"))
    if errors:
        raise InputErrors(errors)
    severe = bool(values.get("severe"))
    case = CaseFile(child_id=child_id, kind=kind, reason=reason, severe=severe, opened_on=opened, opened_by=by,
                    next_review=_review_after(opened, severe))
    session.add(case)
    session.flush()
    audit.record(session, "health_case_file", case.id, "建档", None, {"kind": kind, "opened_on": opened})
    return case.id


def _open_case_row(session: Session, case_id: int) -> CaseFile:
    case = session.get(CaseFile, case_id)
    if case is None:
        raise InputError("", "这份专案已被删除")
    if case.closed_on is not None:
        raise InputError("", f"这份专案已于 {case.closed_on:%Y-%m-%d} 结案")
    return case


def follow_up(session: Session, case_id: int, values: dict[str, Any]) -> None:
    """A follow-up; the next review is the one typed, else a month (severe) or two (mild) from the follow-up."""
    case = _open_case_row(session, case_id)
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("day"), "day", "随访日期", default=date.today())
    if day and (day > date.today() or day < case.opened_on):
        errors.append(InputError("day", f"随访日期应在建档日期 {case.opened_on:%Y-%m-%d} 与今天之间"))
    findings = tidy(values.get("findings"))
    if not findings:
        errors.append(InputError("findings", "请填写检查情况"))
    nxt = collect(errors, a_date, values.get("next_review"), "next_review", "下次复查") if values.get("next_review") else None
    if nxt and day and nxt <= day:
        errors.append(InputError("next_review", "下次复查应晚于本次随访"))
    by = collect(errors, directory.active_staff_name, session, values.get("by"), "by", "随访人") or ""
    if errors:
        raise InputErrors(errors)
    nxt = nxt or _review_after(day, case.severe)
    session.add(CaseFollowUp(case_id=case.id, day=day, findings=findings, measures=tidy(values.get("measures")), next_review=nxt, by=by))
    case.next_review = nxt
    session.add(case)
    session.flush()
    audit.record(session, "health_case_file", case.id, "随访", None, {"day": day, "next_review": nxt})


def close_case(session: Session, case_id: int, values: dict[str, Any]) -> None:
    case = _open_case_row(session, case_id)
    errors: list[InputError] = []
    outcome = collect(errors, a_choice, values.get("outcome"), "outcome", "转归", OUTCOMES)
    closed = collect(errors, a_date, values.get("closed_on"), "closed_on", "结案日期", default=date.today())
    if closed and (closed > date.today() or closed < case.opened_on):
        errors.append(InputError("closed_on", f"结案日期应在建档日期 {case.opened_on:%Y-%m-%d} 与今天之间"))
    by = collect(errors, directory.active_staff_name, session, values.get("closed_by"), "closed_by", "结案人") or ""
    if errors:
        raise InputErrors(errors)
    case.outcome, case.closed_on, case.closed_by, case.next_review = outcome, closed, by, None
    session.add(case)
    audit.record(session, "health_case_file", case.id, "结案", None, {"outcome": outcome, "closed_on": closed})


def cases(session: Session, *, open_only: bool = False, class_name: str = "", first: date | None = None, end: date | None = None) -> list[CaseRow]:
    """The case files, open first and by next review; `first`/`end` keep those open at some time in [first, end)."""
    from logistics_desktop.health.service import age_text

    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = select(CaseFile, Child).join(Child, Child.id == CaseFile.child_id)
    if open_only:
        stmt = stmt.where(CaseFile.closed_on == None)  # noqa: E711
    follow = {}
    for f in session.exec(select(CaseFollowUp).order_by(CaseFollowUp.day)):
        count, _last = follow.get(f.case_id, (0, None))
        follow[f.case_id] = (count + 1, f.day)
    rows = []
    for case, child in session.exec(stmt):
        if class_name and names.get(child.class_id) != class_name:
            continue
        if end and case.opened_on >= end or first and case.closed_on and case.closed_on < first:
            continue
        count, last = follow.get(case.id, (0, None))
        rows.append(CaseRow(case.id, child.id, names.get(child.class_id, ""), child.name, child.sex, age_text(child.birth_date, case.opened_on),
                            case.kind, case.reason, case.severe, case.opened_on, case.opened_by, count, last, case.next_review, case.closed_on,
                            case.outcome))
    return sorted(rows, key=lambda r: (r.closed_on is not None, r.next_review or date.max, r.class_name, r.name))


def follow_ups(session: Session, case_id: int) -> list[CaseFollowUp]:
    return list(session.exec(select(CaseFollowUp).where(CaseFollowUp.case_id == case_id).order_by(CaseFollowUp.day)))


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: reviews due this week or overdue, and children the evaluation proposes (counts only, never names)."""
    items = []
    open_rows = cases(session, open_only=True)
    overdue = [r for r in open_rows if r.overdue(today)]
    soon = [r for r in open_rows if r.next_review and today <= r.next_review <= today + timedelta(days=7)]
    if overdue:
        items.append(HomeItem(min(r.next_review for r in overdue), Sentence(QT_TRANSLATE_NOOP("Home", "专案复查已逾期：%1 人"), len(overdue)),
                              "overdue", "health", "health:cases"))
    if soon:
        items.append(HomeItem(min(r.next_review for r in soon), Sentence(QT_TRANSLATE_NOOP("Home", "本周专案复查：%1 人"), len(soon)),
                              "due", "health", "health:cases"))
    proposed = proposals(session, today)
    if proposed:
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "生长发育评价建议建立专案：%1 人"), len({p.child_id for p in proposed})),
                              "warning", "health", "health:cases"))
    return items


def case_ledger(session: Session, options: dict[str, Any]):
    """体弱儿/肥胖儿专案管理登记表: every case open at some time in the term (or year), with its follow-ups."""
    from logistics_desktop.core.report import Ledger, LedgerColumn
    from logistics_desktop.health.stats import period_of

    first, end, period = period_of(session, options)
    rows = cases(session, class_name=tidy(options.get("class")), first=first, end=end)
    cols = [LedgerColumn("序号", 10, "center"), LedgerColumn("班级", 20), LedgerColumn("姓名", 16), LedgerColumn("性别", 9, "center"),
            LedgerColumn("年龄", 17, "center"), LedgerColumn("类别", 14, "center"), LedgerColumn("病种/原因", 30),
            LedgerColumn("建档日期", 20, "center"), LedgerColumn("检查与措施（随访）", 77), LedgerColumn("下次复查", 20, "center"),
            LedgerColumn("转归", 14, "center"), LedgerColumn("结案日期", 20, "center")]
    body = []
    for i, r in enumerate(rows, 1):
        visits = "；".join(f"{f.day:%m-%d} {f.findings}" + (f"，{f.measures}" if f.measures else "") for f in follow_ups(session, r.id))
        body.append([i, r.class_name, r.name, r.sex, r.age, r.kind, r.reason + ("（重度）" if r.severe else ""), f"{r.opened_on:%Y-%m-%d}",
                     visits or "—", f"{r.next_review:%Y-%m-%d}" if r.next_review else "", r.outcome, f"{r.closed_on:%Y-%m-%d}" if r.closed_on else ""])
    closed = [r for r in rows if r.closed_on]
    summary = [f"专案 {len(rows)} 份：体弱儿 {sum(r.kind == '体弱儿' for r in rows)}，肥胖儿 {sum(r.kind == '肥胖儿' for r in rows)}；"
               f"已结案 {len(closed)}（" + "、".join(f"{o} {sum(r.outcome == o for r in closed)}" for o in OUTCOMES if any(r.outcome == o for r in closed)) + "）"]
    return Ledger("体弱儿/肥胖儿专案管理登记表", cols, body, school=directory.school_name(session), period=period, landscape=True,
                  signatures=("保健医", "园长/校长"), summary=summary,
                  notes=["复查间隔：重度每月一次，轻度每 2–3 个月一次；体弱儿每两周观察一次（托儿所幼儿园卫生保健工作规范 2012）。"])
