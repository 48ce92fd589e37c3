"""全日健康观察: what is seen in a child during the day (after the checks), what was done, and whether it is followed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_choice, a_past_moment, collect, tidy
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import ACTIONS, SYMPTOMS, Child, Observation
from logistics_desktop.health.service import child_in_class


def record_observation(session: Session, values: dict[str, Any]) -> int:
    errors: list[InputError] = []
    day = values.get("day") or date.today()
    at = collect(errors, a_past_moment, day, values.get("time"))
    class_name = tidy(values.get("class_name"))
    if not class_name:
        errors.append(InputError("class_name", "请选择班级"))
    child_id = collect(errors, child_in_class, session, values.get("child"), class_name, day) if class_name else None
    symptom = tidy(values.get("symptom"))
    if symptom and symptom not in SYMPTOMS:
        errors.append(InputError("symptom", f"症状应为 {'、'.join(SYMPTOMS)} 之一"))
    situation = tidy(values.get("situation"))
    if not situation:
        errors.append(InputError("situation", "请写明观察到的情况"))
    action = collect(errors, a_choice, values.get("action"), "action", "处理", ACTIONS)
    recorder = tidy(values.get("recorder"))
    if not recorder:
        errors.append(InputError("recorder", "请填写记录人"))
    if errors:
        raise InputErrors(errors)
    row = Observation(child_id=child_id, at=at, symptom=symptom, situation=situation, action=action,
                      follow_up=bool(values.get("follow_up")), recorder=recorder)
    session.add(row)
    session.flush()
    audit.record(session, "health_observation", row.id, "新增", None, {"at": at})  # no child's details in the log
    return row.id


def observations(session: Session, first: date, end: date) -> list[dict[str, Any]]:
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = (select(Observation, Child).join(Child, Child.id == Observation.child_id)
            .where(Observation.at >= datetime.combine(first, datetime.min.time()), Observation.at < datetime.combine(end, datetime.min.time()))
            .order_by(Observation.at))
    return [{"id": o.id, "day": o.at.date(), "time": f"{o.at:%H:%M}", "child": c.name, "class_name": names.get(c.class_id, ""),
             "symptom": o.symptom, "situation": o.situation, "action": o.action, "follow_up": o.follow_up, "recorder": o.recorder}
            for o, c in session.exec(stmt)]


def observation_log(session: Session, options: dict[str, Any]):
    """全日健康观察记录 of a month: 时间, 幼儿, 班级, 症状/情况, 处理, 是否需跟踪, 记录人."""
    from logistics_desktop.core.parse import month_bounds
    from logistics_desktop.core.report import Ledger, LedgerColumn

    first, end = month_bounds(options.get("month"))
    rows = observations(session, first, end)
    columns = [LedgerColumn("时间", 24, "center"), LedgerColumn("姓名", 18), LedgerColumn("班级", 20), LedgerColumn("症状/情况", 70),
               LedgerColumn("处理", 20), LedgerColumn("需跟踪", 14, "center"), LedgerColumn("记录人", 18)]
    body = [[f"{r['day']:%m-%d} {r['time']}", r["child"], r["class_name"], "：".join(x for x in (r["symptom"], r["situation"]) if x),
             r["action"], "是" if r["follow_up"] else "", r["recorder"]] for r in rows]
    return Ledger("全日健康观察记录", columns, body, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True,
                  signatures=("记录人", "保健医"), summary=[f"本月共 {len(body)} 条，需跟踪 {sum(1 for r in rows if r['follow_up'])} 条"])
