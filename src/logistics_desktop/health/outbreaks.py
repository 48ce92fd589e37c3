"""Outbreak warnings raised by the program itself: after every save of a check, each rule is run over the checks'
findings and the illness absences (one child counted once a day, each symptom on its own); a rule crossed is a
warning with its cases and a report deadline, until the doctor marks it reported or dismisses it with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_datetime, a_whole, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence, Word
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import SYMPTOMS, CheckEntry, Child, DailyCheck, Disease, DiseaseCase, OutbreakRule, OutbreakWarning

SCOPES = (QT_TRANSLATE_NOOP("Field", "班级"), QT_TRANSLATE_NOOP("Field", "全校"))
STATES = (QT_TRANSLATE_NOOP("Field", "待报告"), QT_TRANSLATE_NOOP("Field", "已报告"), QT_TRANSLATE_NOOP("Field", "已排除"))


@dataclass(frozen=True)
class Case:
    class_id: int
    day: date
    child_id: int
    symptom: str


def cases(session: Session, first: date, last: date) -> list[Case]:
    """Children with a symptom at a check (present) or away ill (病假) from `first` to `last`; a child once per day and symptom."""
    stmt = (select(DailyCheck.class_id, DailyCheck.day, CheckEntry.child_id, CheckEntry.symptom)
            .join(CheckEntry, CheckEntry.check_id == DailyCheck.id)
            .where(DailyCheck.day >= first, DailyCheck.day <= last, CheckEntry.symptom != "",
                   (CheckEntry.present == True) | (CheckEntry.absence_reason == "病假")))  # noqa: E712
    return sorted({Case(*row) for row in session.exec(stmt)}, key=lambda c: (c.day, c.class_id, c.child_id))


def disease_cases(session: Session, first: date, last: date) -> list[Case]:
    """The register's cases by onset from `first` to `last`, the disease in place of the symptom; a child once per disease."""
    stmt = (select(Child.class_id, DiseaseCase.onset, DiseaseCase.child_id, Disease.name).join(Child, Child.id == DiseaseCase.child_id)
            .join(Disease, Disease.id == DiseaseCase.disease_id).where(DiseaseCase.onset >= first, DiseaseCase.onset <= last))
    firsts: dict[tuple[int, str], Case] = {}
    for row in sorted(session.exec(stmt), key=lambda r: r[1]):
        firsts.setdefault((row[2], row[3]), Case(*row))
    return sorted(firsts.values(), key=lambda c: (c.day, c.class_id, c.child_id))


def _counted(rule: OutbreakRule, case: Case) -> tuple[date, int] | tuple[int]:
    """What makes a case one: a child once a day for a symptom rule, once for a disease rule."""
    return (case.child_id,) if rule.disease else (case.day, case.child_id)


def rules(session: Session, *, active_only: bool = False) -> list[OutbreakRule]:
    stmt = select(OutbreakRule).order_by(OutbreakRule.id)
    if active_only:
        stmt = stmt.where(OutbreakRule.active == True)  # noqa: E712
    return list(session.exec(stmt))


def rule_rows(session: Session) -> list[dict[str, Any]]:
    return [r.model_dump() for r in rules(session)]


def save_rule(session: Session, values: dict[str, Any], rule_id: int | None = None) -> int:
    """A rule edited by the doctor: its symptoms, days, number of cases, scope and report deadline."""
    errors: list[InputError] = []
    name = tidy(values.get("name"))
    if not name:
        errors.append(InputError("name", "请填写规则名称"))
    disease = tidy(values.get("disease"))
    symptoms = [s for s in tidy(values.get("symptoms")).replace("，", "、").replace(",", "、").split("、") if s.strip()] if not disease else []
    unknown = [s for s in symptoms if s not in SYMPTOMS]
    if disease and not session.exec(select(Disease.id).where(Disease.name == disease)).first():
        errors.append(InputError("disease", f"病种“{disease}”不在病种表中"))
    elif not disease and not symptoms:
        errors.append(InputError("symptoms", "请填写症状（用顿号分隔，如 发热、皮疹），或选择病种"))
    elif unknown:
        errors.append(InputError("symptoms", f"症状“{'、'.join(unknown)}”应为 {'、'.join(SYMPTOMS)} 之一"))
    numbers = {key: collect(errors, a_whole, values.get(key), key, label, low, high)
               for key, label, low, high in (("days", "连续天数", 1, 30), ("cases", "例数", 2, 500), ("report_hours", "报告时限（小时）", 1, 72))}
    scope = tidy(values.get("scope"))
    if scope not in SCOPES:
        errors.append(InputError("scope", "范围应为 班级 或 全校"))
    if name and session.exec(select(OutbreakRule.id).where(OutbreakRule.name == name, OutbreakRule.id != (rule_id or -1))).first():
        errors.append(InputError("name", f"已有名为“{name}”的规则"))
    if errors:
        raise InputErrors(errors)
    rule = session.get(OutbreakRule, rule_id) if rule_id else OutbreakRule(name=name, symptoms="", days=1, cases=2, scope=scope)
    old = rule.model_dump() if rule_id else None
    rule.name, rule.symptoms, rule.disease, rule.scope, rule.active = name, "、".join(symptoms), disease, scope, bool(values.get("active", True))
    rule.days, rule.cases, rule.report_hours = numbers["days"], numbers["cases"], numbers["report_hours"]
    session.add(rule)
    session.flush()
    audit.record(session, "health_outbreak_rule", rule.id, "修改" if rule_id else "新增", old, rule.model_dump())
    return rule.id


def check_outbreaks(session: Session, day: date, *, now: datetime | None = None) -> list[int]:
    """Run every active rule over the window ending on `day`; new warnings are raised, an open one for the same rule,
    class and symptom grows with its cases. Returns the ids of the warnings raised or grown."""
    now = now or datetime.now()
    active = rules(session, active_only=True)
    if not active:
        return []
    longest = max(r.days for r in active)
    found = cases(session, day - timedelta(days=longest - 1), day)
    registered = disease_cases(session, day - timedelta(days=longest - 1), day) if any(r.disease for r in active) else []
    touched = []
    for rule in active:
        watched = {rule.disease} if rule.disease else set(rule.symptoms.split("、"))
        first = day - timedelta(days=rule.days - 1)
        groups: dict[tuple[int | None, str], set[tuple]] = {}
        for case in registered if rule.disease else found:
            if case.symptom in watched and first <= case.day <= day:
                key = (case.class_id if rule.scope == "班级" else None, case.symptom)
                groups.setdefault(key, set()).add(_counted(rule, case))
        for (class_id, symptom), seen in groups.items():
            if len(seen) < rule.cases:
                continue
            days = [c.day for c in (registered if rule.disease else found) if c.symptom == symptom and _counted(rule, c) in seen
                    and first <= c.day <= day and (class_id is None or c.class_id == class_id)]
            last = max(days)  # the last case's day, not the day the rules ran
            open_one = session.exec(select(OutbreakWarning).where(OutbreakWarning.rule_id == rule.id, OutbreakWarning.class_id == class_id,
                                                                  OutbreakWarning.symptom == symptom, OutbreakWarning.status == "待报告",
                                                                  OutbreakWarning.last_day >= first - timedelta(days=1))).first()
            if open_one:
                if len(seen) > open_one.cases or last > open_one.last_day:
                    open_one.cases, open_one.last_day = max(open_one.cases, len(seen)), max(open_one.last_day, last)
                    session.add(open_one)
                    touched.append(open_one.id)
                continue
            if session.exec(select(OutbreakWarning.id).where(OutbreakWarning.rule_id == rule.id, OutbreakWarning.class_id == class_id,
                                                           OutbreakWarning.symptom == symptom, OutbreakWarning.last_day >= first)).first():
                continue  # reported or dismissed already for this window
            warning = OutbreakWarning(rule_id=rule.id, class_id=class_id, symptom=symptom, first_day=min(days),
                                      last_day=last, cases=len(seen), raised_at=now, deadline=now + timedelta(hours=rule.report_hours))
            session.add(warning)
            session.flush()
            audit.record(session, "health_outbreak_warning", warning.id, "预警", None, {"rule": rule.name, "class_id": class_id,
                                                                                     "symptom": symptom, "cases": len(seen)})
            touched.append(warning.id)
    return touched


@dataclass(frozen=True)
class WarningRow:
    id: int
    rule: str
    class_name: str  # 全校 for a school-wide rule
    symptom: str
    first_day: date
    last_day: date
    cases: int
    raised_at: datetime
    deadline: datetime
    status: str
    reported_to: str
    handled_by: str
    handled_at: datetime | None
    reason: str
    children: tuple[str, ...]  # the cases (health screens and forms only)

    def hours_left(self, now: datetime) -> float:
        return (self.deadline - now).total_seconds() / 3600


def warnings(session: Session, *, open_only: bool = True, warning_id: int | None = None) -> list[WarningRow]:
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    by_id = {r.id: r for r in rules(session)}
    stmt = select(OutbreakWarning).order_by(OutbreakWarning.raised_at.desc())
    if open_only:
        stmt = stmt.where(OutbreakWarning.status == "待报告")
    if warning_id is not None:
        stmt = stmt.where(OutbreakWarning.id == warning_id)
    found = []
    for w in session.exec(stmt):
        rule = by_id.get(w.rule_id)
        pool = disease_cases if rule and rule.disease else cases
        window = [c for c in pool(session, w.first_day, w.last_day) if c.symptom == w.symptom and (w.class_id is None or c.class_id == w.class_id)]
        kids = [session.get(Child, k) for k in {c.child_id for c in window}]
        children = tuple(sorted(k.name for k in kids if k))
        found.append(WarningRow(w.id, rule.name if rule else "", names.get(w.class_id, "全校") if w.class_id else "全校", w.symptom,
                                w.first_day, w.last_day, w.cases, w.raised_at, w.deadline, w.status, w.reported_to, w.handled_by,
                                w.handled_at, w.reason, children))
    return found


def _open_warning(session: Session, warning_id: int) -> OutbreakWarning:
    warning = session.get(OutbreakWarning, warning_id)
    if warning is None:
        raise InputError("", "这条预警已不存在")
    if warning.status != "待报告":
        raise InputError("", f"这条预警已{warning.status}")
    return warning


def mark_reported(session: Session, warning_id: int, *, to: Any, by: Any, at: Any = None) -> None:
    errors: list[InputError] = []
    to, by = tidy(to), tidy(by)
    if not to:
        errors.append(InputError("to", "请填写报告给谁（如 区疾控中心、教育局）"))
    if not by:
        errors.append(InputError("by", "请填写报告人"))
    when = collect(errors, a_datetime, at or datetime.now(), "at", "报告时间")
    if errors:
        raise InputErrors(errors)
    warning = _open_warning(session, warning_id)
    warning.status, warning.reported_to, warning.handled_by, warning.handled_at = "已报告", to, by, when
    session.add(warning)
    audit.record(session, "health_outbreak_warning", warning.id, "已报告", None, {"to": to, "by": by, "at": when})


def dismiss(session: Session, warning_id: int, *, reason: Any, by: Any) -> None:
    errors = []
    reason, by = tidy(reason), tidy(by)
    if not reason:
        errors.append(InputError("reason", "排除预警须写明原因（如 经排查为不同病因）"))
    if not by:
        errors.append(InputError("by", "请填写经办人"))
    if errors:
        raise InputErrors(errors)
    warning = _open_warning(session, warning_id)
    warning.status, warning.reason, warning.handled_by, warning.handled_at = "已排除", reason, by, datetime.now()
    session.add(warning)
    audit.record(session, "health_outbreak_warning", warning.id, "已排除", None, {"reason": reason, "by": by})


def home_items(session: Session, today: date, now: datetime | None = None) -> list[HomeItem]:
    """Open warnings with their countdown: the class, the symptom and the count, no child's name."""
    now = now or datetime.now()
    items = []
    for w in warnings(session):
        hours = w.hours_left(now)
        if hours < 0:
            text = Sentence(QT_TRANSLATE_NOOP("Home", "疫情预警逾期未报告：%1 %2 %3 例（%4 起），应于 %5 前报告"),
                            w.class_name, Word(w.symptom), w.cases, f"{w.first_day:%m-%d}", f"{w.deadline:%m-%d %H:%M}")
        else:
            text = Sentence(QT_TRANSLATE_NOOP("Home", "疫情预警：%1 %2 %3 例（%4 起），还剩 %5 小时报告（%6 前）"),
                            w.class_name, Word(w.symptom), w.cases, f"{w.first_day:%m-%d}", f"{hours:.0f}", f"{w.deadline:%m-%d %H:%M}")
        items.append(HomeItem(w.first_day, text, "overdue", "health", f"health:warning:{w.id}"))
    return items


def warning_cases(session: Session, warning_id: int) -> tuple[WarningRow, list[dict[str, Any]]]:
    """A warning and its cases in full, for the 疫情报告 draft: each child once a day, with what the check or register found."""
    from logistics_desktop.health.models import AbsenceFollowUp, DiseaseCase
    from logistics_desktop.health.service import age_text

    row = next(iter(warnings(session, open_only=False, warning_id=warning_id)), None)
    if row is None:
        raise InputError("id", f"没有编号为 {warning_id} 的疫情预警")
    warning = session.get(OutbreakWarning, warning_id)
    rule = session.get(OutbreakRule, warning.rule_id)
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    found = []
    if rule and rule.disease:
        stmt = (select(DiseaseCase, Child).join(Child, Child.id == DiseaseCase.child_id).join(Disease, Disease.id == DiseaseCase.disease_id)
                .where(Disease.name == warning.symptom, DiseaseCase.onset >= warning.first_day, DiseaseCase.onset <= warning.last_day))
        for case, child in session.exec(stmt):
            if warning.class_id is None or child.class_id == warning.class_id:
                found.append({"day": case.onset, "child": child, "what": warning.symptom, "present": case.left_on is None or case.left_on > case.onset,
                              "seen_at": case.hospital, "diagnosis": warning.symptom})
    else:
        stmt = (select(DailyCheck, CheckEntry, Child).join(CheckEntry, CheckEntry.check_id == DailyCheck.id).join(Child, Child.id == CheckEntry.child_id)
                .where(DailyCheck.day >= warning.first_day, DailyCheck.day <= warning.last_day, CheckEntry.symptom == warning.symptom)
                .order_by(DailyCheck.day, DailyCheck.session))
        seen: set[tuple[date, int]] = set()
        for check, entry, child in session.exec(stmt):
            if (warning.class_id is not None and check.class_id != warning.class_id) or (check.day, child.id) in seen:
                continue
            if not entry.present and entry.absence_reason != "病假":
                continue
            seen.add((check.day, child.id))
            follow = session.exec(select(AbsenceFollowUp).where(AbsenceFollowUp.child_id == child.id, AbsenceFollowUp.first_day <= check.day)
                                  .order_by(AbsenceFollowUp.first_day.desc())).first() if not entry.present else None
            what = entry.symptom + (f" {entry.temperature.normalize():f}℃" if entry.temperature is not None else "")
            found.append({"day": check.day, "child": child, "what": what, "present": entry.present,
                          "seen_at": follow.seen_at if follow else "", "diagnosis": follow.diagnosis if follow else ""})
    cases_ = [{"day": f["day"], "name": f["child"].name, "sex": f["child"].sex, "age": age_text(f["child"].birth_date, f["day"]),
               "class_name": names.get(f["child"].class_id, ""), "what": f["what"], "where": "在校发现" if f["present"] else "因病缺勤",
               "seen_at": f["seen_at"], "diagnosis": f["diagnosis"], "phone": f["child"].phone} for f in sorted(found, key=lambda f: (f["day"], f["child"].name))]
    return row, cases_


def report_draft(session: Session, options: dict[str, Any]):
    """疫情报告 draft of a warning: what crossed which rule, the cases one by one, and room for the measures and signatures."""
    from logistics_desktop.core.report import Drawing, LedgerColumn

    try:
        warning_id = int(str(options.get("id") or "").strip())
    except ValueError:
        raise InputError("id", "请填写疫情预警编号（数字）") from None
    w, found = warning_cases(session, warning_id)
    school = directory.get_school(session)
    class_id = session.get(OutbreakWarning, w.id).class_id
    on_roll = select(func.count()).select_from(Child).where((Child.left_on == None) | (Child.left_on > w.last_day))  # noqa: E711
    enrolled = session.exec(on_roll.where(Child.class_id == class_id) if class_id else on_roll).one()
    head = [["报告单位", school.name if school else "", "联系电话", school.phone if school else ""],
            ["发生范围", w.class_name, "在册人数", str(enrolled)],
            ["症状/病名", w.symptom, "病例数", f"{w.cases} 例（{w.first_day:%Y-%m-%d} 至 {w.last_day:%Y-%m-%d}）"],
            ["达到的标准", w.rule, "发现时间", f"{w.raised_at:%Y-%m-%d %H:%M}"],
            ["报告期限", f"{w.deadline:%Y-%m-%d %H:%M} 前", "报告给", w.reported_to],
            ["已采取的措施", "", "", ""],
            ["报告人（签字）", w.handled_by, "报告时间", f"{w.handled_at:%Y-%m-%d %H:%M}" if w.handled_at else ""],
            ["校（园）长（签字）", "", "日期", ""]]
    columns = [LedgerColumn("序号", 9, "center"), LedgerColumn("日期", 14, "center"), LedgerColumn("姓名", 16), LedgerColumn("性别", 9, "center"),
               LedgerColumn("年龄", 14, "center"), LedgerColumn("班级", 18), LedgerColumn("症状/体温", 22), LedgerColumn("发现方式", 18, "center"),
               LedgerColumn("就诊医院", 24), LedgerColumn("诊断", 20), LedgerColumn("家长电话", 24)]
    rows = [[n, f"{c['day']:%m-%d}", c["name"], c["sex"], c["age"], c["class_name"], c["what"], c["where"], c["seen_at"], c["diagnosis"], c["phone"]]
            for n, c in enumerate(found, 1)]

    def draw(target) -> None:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        from logistics_desktop.printing.form import form_table
        from logistics_desktop.printing.frame import PageFrame, build_document
        from logistics_desktop.printing.ledger import ledger_table

        frame = PageFrame("学校传染病疫情报告（草稿）", school.name if school else "", f"预警编号：{w.id}", (), period_label="")
        spans = [(1, 5, 3, 5)]
        shaded = [(0, r) for r in range(8)] + [(2, r) for r in (0, 1, 2, 3, 4, 6, 7)]
        story = [form_table(head, [30, 60, 26, 64], frame.body_width, spans=spans, shaded=shaded, heights_mm={5: 30}), Spacer(1, 6 * mm),
                 ledger_table(columns, rows, frame.body_width)]
        build_document(target, frame, story)

    return Drawing(f"疫情报告 {w.class_name} {w.symptom}", draw)
