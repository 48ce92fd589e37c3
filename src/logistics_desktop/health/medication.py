"""带药与服药: the parent's request for the day (only that day's doses are taken in), checked against the child's alerts,
each dose given with the time, the person and a second person checking; today's doses on 首页 and a missed one flagged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_date, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import Child, Medication, MedicationDose

MISSED_AFTER = timedelta(minutes=rules.DOSE_MISSED_AFTER_MINUTES.value)  # type: ignore[arg-type]
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


def allergy_match(alerts: str, medicine: str) -> str:
    """The words of a child's alerts (花生过敏、青霉素过敏) that name the medicine or part of it; "" when none does."""
    words = [w.removesuffix("过敏").removeprefix("对") for w in re.split(r"[，,、；;。\s]+", alerts or "")]
    return "、".join(w for w in words if len(w) >= 2 and (w in medicine or medicine in w))


def _times(errors: list[InputError], text: str) -> list[tuple[int, int]]:
    parts = [p for p in re.split(r"[，,、；;\s]+", text) if p]
    found = []
    for p in parts:
        m = _TIME.match(p)
        if not m:
            errors.append(InputError("times", f"服药时间“{p}”应写成 时:分，多个用顿号分隔（如 10:00、14:30）"))
            return []
        found.append((int(m.group(1)), int(m.group(2))))
    if not found:
        errors.append(InputError("times", "请填写服药时间（如 10:00、14:30）"))
    elif len(found) > 6:
        errors.append(InputError("times", "一天最多登记 6 次服药"))
    elif len(set(found)) < len(found):
        errors.append(InputError("times", "服药时间有重复"))
    return sorted(found)


def take_in(session: Session, values: dict[str, Any], *, today: date | None = None) -> int:
    """The parent's request, for today only; a medicine the child's alerts name needs the allergy checked with the parent."""
    from logistics_desktop.health.service import child_in_class

    today = today or date.today()
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("day") or today, "day", "日期")
    if day and day != today:
        errors.append(InputError("day", "只收当天的药：请登记今天的服药"))
    class_name = tidy(values.get("class_name"))
    if not class_name:
        errors.append(InputError("class_name", "请选择班级"))
    child_id = collect(errors, child_in_class, session, values.get("child"), class_name, today) if class_name else None
    text = {k: tidy(values.get(k)) for k in ("medicine", "dose", "method", "notes", "parent")}
    for key, label in (("medicine", "药名"), ("dose", "每次剂量"), ("parent", "送药家长")):
        if not text[key]:
            errors.append(InputError(key, f"请填写{label}"))
    times = _times(errors, tidy(values.get("times")))
    received_by = collect(errors, directory.active_staff_name, session, values.get("received_by"), "received_by", "接药人") or ""
    child = session.get(Child, child_id) if child_id else None
    matched = allergy_match(child.alerts, text["medicine"]) if child and text["medicine"] else ""
    if matched and not values.get("allergy_confirmed"):
        errors.append(InputError("allergy_confirmed", f"幼儿过敏提示“{child.alerts}”与药名相符（{matched}）：请与家长核实后勾选“已核对过敏史”"))
    if errors:
        raise InputErrors(errors)
    request = Medication(child_id=child_id, day=day, medicine=text["medicine"], dose=text["dose"], times="、".join(f"{h:02d}:{m:02d}" for h, m in times),
                         method=text["method"], notes=text["notes"], parent=text["parent"], prescription=bool(values.get("prescription")),
                         allergy_confirmed=bool(values.get("allergy_confirmed")), received_by=received_by)
    session.add(request)
    session.flush()
    for h, m in times:
        session.add(MedicationDose(medication_id=request.id, due=datetime(day.year, day.month, day.day, h, m)))
    audit.record(session, "health_medication", request.id, "新增", None, {"day": day, "doses": len(times)})  # no medicine or child in the log
    return request.id


def give(session: Session, dose_id: int, values: dict[str, Any], *, now: datetime | None = None) -> None:
    """A dose given: the time (not in the future), the person giving it and a second person checking, any reaction."""
    now = now or datetime.now()
    dose = session.get(MedicationDose, dose_id)
    if dose is None:
        raise InputError("", "这次服药已不存在")
    if dose.given_at is not None:
        raise InputError("", f"这次服药已于 {dose.given_at:%H:%M} 登记")
    errors: list[InputError] = []
    m = _TIME.match(tidy(values.get("time")) or f"{now:%H:%M}")
    at = datetime(dose.due.year, dose.due.month, dose.due.day, int(m.group(1)), int(m.group(2))) if m else None
    if not m:
        errors.append(InputError("time", "服药时间应写成 时:分（如 10:05）"))
    elif at > now:
        errors.append(InputError("time", "服药时间不能晚于现在"))
    giver = collect(errors, directory.active_staff_name, session, values.get("giver"), "giver", "喂药人") or ""
    checker = collect(errors, directory.active_staff_name, session, values.get("checker"), "checker", "核对人") or ""
    if giver and checker and giver == checker:
        errors.append(InputError("checker", "核对人应是喂药人以外的另一人"))
    if errors:
        raise InputErrors(errors)
    dose.given_at, dose.giver, dose.checker, dose.reaction = at, giver, checker, tidy(values.get("reaction"))
    session.add(dose)
    audit.record(session, "health_medication_dose", dose.id, "已服", None, {"given_at": at})


@dataclass(frozen=True)
class DoseRow:
    id: int
    medication_id: int
    day: date
    child: str
    class_name: str
    alerts: str
    medicine: str
    dose: str
    times: str
    method: str
    notes: str
    parent: str
    prescription: bool
    received_by: str
    due: datetime
    given_at: datetime | None
    giver: str
    checker: str
    reaction: str

    def missed(self, now: datetime) -> bool:
        return self.given_at is None and now - self.due > MISSED_AFTER


def doses(session: Session, first: date, end: date) -> list[DoseRow]:
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = (select(MedicationDose, Medication, Child).join(Medication, Medication.id == MedicationDose.medication_id)
            .join(Child, Child.id == Medication.child_id).where(Medication.day >= first, Medication.day < end)
            .order_by(MedicationDose.due, Child.name))
    return [DoseRow(d.id, m.id, m.day, c.name, names.get(c.class_id, ""), c.alerts, m.medicine, m.dose, m.times, m.method, m.notes, m.parent,
                    m.prescription, m.received_by, d.due, d.given_at, d.giver, d.checker, d.reaction) for d, m, c in session.exec(stmt)]


def home_items(session: Session, today: date, now: datetime | None = None) -> list[HomeItem]:
    """Today's doses still to give (the next time), and the missed ones; counts only, no child's name."""
    now = now or datetime.now()
    open_ones = [d for d in doses(session, today, today + timedelta(days=1)) if d.given_at is None]
    missed = [d for d in open_ones if d.missed(now)]
    due = [d for d in open_ones if not d.missed(now)]
    items = []
    if missed:
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "漏服提醒：%1 次服药已过时间未登记（最早 %2）"), len(missed),
                                              f"{min(d.due for d in missed):%H:%M}"), "overdue", "health", "health:medication"))
    if due:
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "今日服药：还有 %1 次待喂（下一次 %2）"), len(due),
                                              f"{min(d.due for d in due):%H:%M}"), "due", "health", "health:medication"))
    return items


def medication_log(session: Session, options: dict[str, Any]):
    """服药记录 of a month: the parent's request and each dose given (时间, 剂量, 执行人, 核对人, 反应)."""
    from logistics_desktop.core.parse import month_bounds
    from logistics_desktop.core.report import Ledger, LedgerColumn

    first, end = month_bounds(options.get("month"))
    rows = doses(session, first, end)
    now = datetime.now()
    columns = [LedgerColumn("日期", 13, "center"), LedgerColumn("姓名", 15), LedgerColumn("班级", 16), LedgerColumn("药名", 24),
               LedgerColumn("每次剂量", 15), LedgerColumn("服药时间与方法", 22), LedgerColumn("注意事项", 24), LedgerColumn("过敏史", 18),
               LedgerColumn("送药家长", 15), LedgerColumn("喂药时间", 14, "center"), LedgerColumn("执行人", 14), LedgerColumn("核对人", 14),
               LedgerColumn("反应", 18)]
    body = [[f"{r.day:%m-%d}", r.child, r.class_name, r.medicine + ("（有处方）" if r.prescription else ""), r.dose,
             f"{r.due:%H:%M} {r.method}".strip(), r.notes, r.alerts, r.parent,
             f"{r.given_at:%H:%M}" if r.given_at else ("漏服" if r.missed(now) else "未服"), r.giver, r.checker, r.reaction] for r in rows]
    missed = [i for i, r in enumerate(rows) if r.given_at is None and r.missed(now)]
    return Ledger("服药记录", columns, body, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True, emphasis=missed,
                  signatures=("保健医", "园（校）长"),
                  summary=[f"本月 {len({r.medication_id for r in rows})} 份带药，服药 {len(rows)} 次，其中未按时登记 {len(missed)} 次（阴影行）"],
                  notes=["只收当天的药；家长在纸质带药单上签名；喂药须两人核对。"])
