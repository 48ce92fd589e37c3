"""儿童伤害登记: a child hurt at school, where and when, what happened and what was done, the parents told, the teacher on
duty; printed as the month's 儿童伤害登记表."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_choice, a_past_moment, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import Child, Injury

KINDS = (QT_TRANSLATE_NOOP("Field", "跌伤"), QT_TRANSLATE_NOOP("Field", "碰撞"), QT_TRANSLATE_NOOP("Field", "被下落物击中"),
         QT_TRANSLATE_NOOP("Field", "烫伤"), QT_TRANSLATE_NOOP("Field", "异物"), QT_TRANSLATE_NOOP("Field", "其他"))


def record_injury(session: Session, values: dict[str, Any]) -> None:
    from logistics_desktop.health.service import child_in_class

    errors: list[InputError] = []
    day = values.get("day") or date.today()
    at = collect(errors, a_past_moment, day, values.get("time"))
    class_name = tidy(values.get("class_name"))
    if not class_name:
        errors.append(InputError("class_name", "请选择班级"))
    child_id = collect(errors, child_in_class, session, values.get("child"), class_name, day) if class_name else None
    kind = collect(errors, a_choice, values.get("kind"), "kind", "伤害类型", KINDS)
    text = {k: tidy(values.get(k)) for k in ("place", "what_happened", "treatment", "parents_told")}
    for key, label in (("place", "地点"), ("what_happened", "经过"), ("treatment", "处理"), ("parents_told", "家长告知情况（时间、方式）")):
        if not text[key]:
            errors.append(InputError(key, f"请填写{label}"))
    teacher = collect(errors, directory.active_staff_name, session, values.get("teacher"), "teacher", "当班责任人") or ""
    recorder = collect(errors, directory.active_staff_name, session, values.get("recorder"), "recorder", "填表人") or ""
    if errors:
        raise InputErrors(errors)
    row = Injury(child_id=child_id, at=at, kind=kind, teacher=teacher, recorder=recorder, **text)
    session.add(row)
    session.flush()
    audit.record(session, "health_injury", row.id, "新增", None, {"at": at})  # no child's details in the log


def injuries(session: Session, first: date, end: date) -> list[dict[str, Any]]:
    from logistics_desktop.health.service import age_text

    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = (select(Injury, Child).join(Child, Child.id == Injury.child_id)
            .where(Injury.at >= datetime.combine(first, datetime.min.time()), Injury.at < datetime.combine(end, datetime.min.time()))
            .order_by(Injury.at))
    return [{"id": i.id, "day": i.at.date(), "time": f"{i.at:%H:%M}", "child": c.name, "sex": c.sex, "age": age_text(c.birth_date, i.at.date()),
             "class_name": names.get(c.class_id, ""), "place": i.place, "kind": i.kind, "what_happened": i.what_happened, "treatment": i.treatment,
             "parents_told": i.parents_told, "teacher": i.teacher, "recorder": i.recorder} for i, c in session.exec(stmt)]


def injury_log(session: Session, options: dict[str, Any]):
    """儿童伤害登记表: 姓名, 性别, 年龄, 班级, 日期, 时间, 地点, 伤害类型, 经过, 处理, 家长告知, 当班责任人, 填表人."""
    from logistics_desktop.core.parse import month_bounds
    from logistics_desktop.core.report import Ledger, LedgerColumn

    first, end = month_bounds(options.get("month"))
    rows = injuries(session, first, end)
    columns = [LedgerColumn("姓名", 15), LedgerColumn("性别", 9, "center"), LedgerColumn("年龄", 14, "center"), LedgerColumn("班级", 16),
               LedgerColumn("日期", 12, "center"), LedgerColumn("时间", 11, "center"), LedgerColumn("地点", 20), LedgerColumn("伤害类型", 16),
               LedgerColumn("经过", 40), LedgerColumn("处理", 32), LedgerColumn("家长告知", 22), LedgerColumn("当班责任人", 16), LedgerColumn("填表人", 14)]
    body = [[r["child"], r["sex"], r["age"], r["class_name"], f"{r['day']:%m-%d}", r["time"], r["place"], r["kind"], r["what_happened"],
             r["treatment"], r["parents_told"], r["teacher"], r["recorder"]] for r in rows]
    return Ledger("儿童伤害登记表", columns, body, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True,
                  signatures=("填表人", "保健医", "园（校）长"), summary=[f"本月登记 {len(body)} 起" if body else "本月无伤害登记"])
