"""The health module's rules and writes: the roster of children, and each class's 晨检/午检. Qt-free.

Records about children: returned only to the health screens and forms; 首页 gets counts, never names,
and nothing of them is logged (the audit log keeps ids and what changed, not the child's details).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case, func
from sqlmodel import Session, select

from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors, Progress
from logistics_desktop.core.fields import Field, a_choice, a_date, collect, same, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem, ImportReport
from logistics_desktop.core.parse import parse_decimal
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import ABSENCE_REASONS, ACTIONS, SESSIONS, SEXES, SYMPTOMS, CheckEntry, Child, DailyCheck

_PHONE = re.compile(r"^[0-9+\-（）() ]{5,20}$")
FEVER_FROM = Decimal(rules.FEVER_FROM_CELSIUS.value)  # type: ignore[arg-type]  # 晨检: ≥ 37.3 ℃ is a finding
TEMPERATURE_RANGE = (Decimal("34.0"), Decimal("42.5"))  # a reading outside this is a typing slip
OLDEST = 20  # years: older than this is not a pupil of a primary school or kindergarten

CHILD_FIELDS = (
    Field("name", QT_TRANSLATE_NOOP("Field", "姓名"), required=True, aliases=("幼儿姓名", "学生姓名", "儿童姓名")),
    Field("sex", QT_TRANSLATE_NOOP("Field", "性别"), "choice", required=True, choices=same(*SEXES)),
    Field("birth_date", QT_TRANSLATE_NOOP("Field", "出生日期"), "date", required=True, aliases=("出生年月日", "生日", "出生年月")),
    Field("class_name", QT_TRANSLATE_NOOP("Field", "班级"), "lookup", required=True, aliases=("所在班级", "班级名称")),
    Field("guardian", QT_TRANSLATE_NOOP("Field", "家长"), aliases=("监护人", "家长姓名", "监护人姓名")),
    Field("phone", QT_TRANSLATE_NOOP("Field", "家长电话"), "phone", aliases=("联系电话", "电话", "手机", "监护人电话")),
    Field("alerts", QT_TRANSLATE_NOOP("Field", "过敏及疾病提示"), aliases=("过敏史", "过敏", "既往病史", "备注")),
    Field("enrolled_on", QT_TRANSLATE_NOOP("Field", "入园/入学日期"), "date", aliases=("入园日期", "入学日期")),
)


@dataclass(frozen=True)
class ChildRow:
    """A child as the roster and the class screen show it, the age computed on the day asked for."""

    id: int
    name: str
    sex: str
    birth_date: date
    class_name: str
    guardian: str
    phone: str
    alerts: str
    enrolled_on: date | None
    left_on: date | None
    age: str


def age_on(birth: date, day: date) -> tuple[int, int]:
    """Full years and months on `day` (a child born 2020-03-15 is 5 years 2 months on 2025-05-20)."""
    months = (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)
    return months // 12, months % 12


def age_text(birth: date, day: date) -> str:
    """4岁3月 (a Sentence: the screens show it in the interface's language)."""
    years, months = age_on(birth, day)
    if months:
        return Sentence(QT_TRANSLATE_NOOP("Field", "%1岁%2月"), years, months, context="Field")
    return Sentence(QT_TRANSLATE_NOOP("Field", "%1岁"), years, context="Field")


# ------------------------------------------------------------------ roster


def class_names(session: Session) -> list[str]:
    return [r["name"] for r in directory.rows(session, directory.CLASSES)]


def class_id_of(session: Session, name: Any, field: str = "class_name") -> int:
    text = tidy(name)
    if not text:
        raise InputError(field, "请填写班级")
    found = {r["name"]: r["id"] for r in directory.rows(session, directory.CLASSES)}
    if text not in found:
        raise InputError(field, f"班级“{text}”不在班级目录中（设置 → 班级）")
    return found[text]


def check_child(session: Session, values: dict[str, Any], child_id: int | None = None, *, today: date | None = None) -> dict[str, Any]:
    """The clean fields of a child, every problem at once, each on its field."""
    today = today or date.today()
    errors: list[InputError] = []
    name = tidy(values.get("name"))
    if not name:
        errors.append(InputError("name", "请填写姓名"))
    elif len(name) > 20:
        errors.append(InputError("name", "姓名不能超过 20 个字"))
    sex = collect(errors, a_choice, values.get("sex"), "sex", "性别", SEXES)
    birth = collect(errors, a_date, values.get("birth_date"), "birth_date", "出生日期")
    if birth and birth > today:
        errors.append(InputError("birth_date", "出生日期不能晚于今天"))
    elif birth and age_on(birth, today)[0] > OLDEST:
        errors.append(InputError("birth_date", f"出生日期 {birth:%Y-%m-%d} 距今超过 {OLDEST} 年，请核对"))
    class_id = collect(errors, class_id_of, session, values.get("class_name"))
    phone = tidy(values.get("phone"))
    if phone and not _PHONE.match(phone):
        errors.append(InputError("phone", f"家长电话“{phone}”格式不对"))
    enrolled = collect(errors, a_date, values.get("enrolled_on"), "enrolled_on", "入园/入学日期", default=today) \
        if values.get("enrolled_on") not in (None, "") else None
    if enrolled and birth and enrolled < birth:
        errors.append(InputError("enrolled_on", "入园/入学日期不能早于出生日期"))
    if name and birth and class_id and not errors:
        twin = session.exec(select(Child.id).where(Child.name == name, Child.birth_date == birth, Child.class_id == class_id,
                                                   Child.id != (child_id or -1))).first()
        if twin:
            errors.append(InputError("name", f"本班已有同名同生日的“{name}”"))
    if errors:
        raise InputErrors(errors)
    return {"name": name, "sex": sex, "birth_date": birth, "class_id": class_id, "guardian": tidy(values.get("guardian")),
            "phone": phone, "alerts": tidy(values.get("alerts")), "enrolled_on": enrolled}


def save_child(session: Session, values: dict[str, Any], child_id: int | None = None) -> int:
    clean = check_child(session, values, child_id)
    return _write_child(session, clean, session.get(Child, child_id) if child_id else None)


def _write_child(session: Session, clean: dict[str, Any], child: Child | None) -> int:
    """The one write of a child (typed or imported): the log names the fields changed and the class, never the values."""
    old = {k: getattr(child, k) for k in clean} if child else None
    child = child or Child(**clean)
    for key, value in clean.items():
        setattr(child, key, value)
    session.add(child)
    session.flush()
    changed = sorted(k for k in clean if old and old[k] != clean[k])
    audit.record(session, "health_child", child.id, "修改" if old else "新增", old and {"class_id": old["class_id"]},
                 {"class_id": child.class_id} | ({"fields": changed} if old else {}))  # ids only: a child's details stay out of the log
    return child.id


def children(session: Session, class_name: str = "", *, on: date | None = None, include_left: bool = False) -> list[ChildRow]:
    """The roster (one class, or every class), by class and name; ages on `on`."""
    on = on or date.today()
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = select(Child).order_by(Child.class_id, Child.name)
    if class_name:
        stmt = stmt.where(Child.class_id == class_id_of(session, class_name, "class"))
    if not include_left:
        stmt = stmt.where((Child.left_on == None) | (Child.left_on > on))  # noqa: E711
    return [ChildRow(c.id, c.name, c.sex, c.birth_date, names.get(c.class_id, ""), c.guardian, c.phone, c.alerts, c.enrolled_on,
                     c.left_on, age_text(c.birth_date, on)) for c in session.exec(stmt)]


def child_in_class(session: Session, name: Any, class_name: Any, day: date) -> int:
    """The id of the child of that name in that class on `day`, or an error on the child's field."""
    text = tidy(name)
    if not text:
        raise InputError("child", "请填写幼儿/学生姓名")
    found = [c for c in children(session, class_name, on=day) if c.name == text]
    if not found:
        raise InputError("child", f"“{tidy(class_name)}”没有名为“{text}”的幼儿/学生")
    return found[0].id


def child_values(session: Session, child_id: int) -> dict[str, Any]:
    child = session.get(Child, child_id)
    if child is None:
        raise InputError("", "这条记录已被删除")
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    return child.model_dump() | {"class_name": names.get(child.class_id, "")}


def leave(session: Session, child_id: int, on: Any) -> None:
    """离园/离校: the child leaves the roster from that day; the records stay."""
    day = a_date(on, "left_on", "离园/离校日期")
    child = session.get(Child, child_id)
    if child is None:
        raise InputError("", "这条记录已被删除")
    child.left_on = day
    session.add(child)
    audit.record(session, "health_child", child.id, "离园/离校", None, {"left_on": day})


def move_class(session: Session, from_class: str, to_class: str) -> int:
    """Term start: every child of one class moves to another in one step (小班 → 中班, 一（1）班 → 二（1）班)."""
    errors: list[InputError] = []
    source = collect(errors, class_id_of, session, from_class, "from_class")
    target = collect(errors, class_id_of, session, to_class, "to_class")
    if source and source == target:
        errors.append(InputError("to_class", "调入班级与原班级相同"))
    if errors:
        raise InputErrors(errors)
    moved = 0
    for child in session.exec(select(Child).where(Child.class_id == source, Child.left_on == None)):  # noqa: E711
        child.class_id = target
        session.add(child)
        moved += 1
    if not moved:
        raise InputError("from_class", f"“{tidy(from_class)}”没有在册的幼儿/学生")
    audit.record(session, "health_child", None, "调班", None, {"from": source, "to": target, "children": moved})
    return moved


def columns():
    from logistics_desktop.spreadsheet import ColumnSpec

    kinds = {"date": "date"}
    return [ColumnSpec(f.key, f.label, kinds.get(f.kind, "text"), f.required, f.aliases) for f in CHILD_FIELDS]


def import_children(session: Session, path: Path, *, skip_invalid: bool = False, update: bool = False, create_refs: bool = False,
                    progress: Progress | None = None) -> ImportReport:
    """The class lists schools keep in Excel: all or nothing, every problem by row and column (create_refs is not used:
    a class must be in the directory first). A child already on the roster (same name and birth date) is a problem, or
    with `update` gets the file's columns where they differ (a new year's class lists move children up); a row the
    same as the record writes nothing."""
    from logistics_desktop.core.db import checking_first, writing_now
    from logistics_desktop.spreadsheet import read_register

    checking_first(session)  # the file read and the rows checked without the write lock; the write waits its turn
    # an update needs only the columns that find the child (a class teacher's list of new phone numbers); a new child's
    # missing 性别 or 班级 is then its row's problem
    wanted = [replace(c, required=c.key in ("name", "birth_date")) for c in columns()] if update else columns()
    sheet = read_register(Path(path), wanted, progress=progress)
    labels = {f.key: sheet.headers.get(f.key) or f.label for f in CHILD_FIELDS}

    def checked() -> tuple[ImportReport, list[tuple[dict[str, Any], Child | None]]]:
        report = ImportReport(total_rows=len(sheet.rows), problems=list(sheet.problems), unused_columns=sheet.unused)
        class_ids = {r["name"]: r["id"] for r in directory.rows(session, directory.CLASSES)}
        class_names = {i: name for name, i in class_ids.items()}
        roster: dict[tuple[str, Any], list[Child]] = {}
        for child in session.exec(select(Child)):
            roster.setdefault((child.name, child.birth_date), []).append(child)
        seen: dict[tuple, int] = {}
        planned: list[tuple[dict[str, Any], Child | None]] = []
        for done, record in enumerate(sheet.rows):
            if progress and done % 100 == 0:
                progress(done, len(sheet.rows))
            values = dict(record.values)
            same = roster.get((tidy(values.get("name")), values.get("birth_date")), [])
            # the one of that name and birthday; of two in different classes, the one in the row's class
            child = same[0] if len(same) == 1 else next((c for c in same if c.class_id == class_ids.get(tidy(values.get("class_name")))), None)
            if same and child is None:
                report.problems.append((record.number, labels["name"], f"名册中有 {len(same)} 名同名同生日的“{same[0].name}”，请在程序中逐个修改"))
                continue
            if child is not None and not update:
                report.problems.append((record.number, labels["name"],
                                        f"“{child.name}”（{child.birth_date:%Y-%m-%d}）已在名册中（要更新已有记录请选择“更新已有记录”）"))
                continue
            if child is not None:  # an update changes only the file's columns: the others keep what the record has
                kept = child.model_dump() | {"class_name": class_names.get(child.class_id, "")}
                values = {f.key: kept.get(f.key) for f in CHILD_FIELDS if f.key not in sheet.headers} | values
            try:
                clean = check_child(session, values, child.id if child else None)
            except InputError as exc:
                report.problems += [(record.number, labels.get(e.field, ""), e.message) for e in getattr(exc, "errors", [exc])
                                    if e.field not in record.bad_keys]
                continue
            key = (clean["name"], clean["birth_date"], clean["class_id"])
            if key in seen:
                report.problems.append((record.number, labels["name"], f"与第 {seen[key]} 行重复：{clean['name']}"))
                continue
            seen[key] = record.number
            if record.bad_keys or (child is not None and all(getattr(child, k) == v for k, v in clean.items())):
                continue  # the same as the record: nothing written, nothing in the log, not counted
            planned.append((clean, child))
        if progress:
            progress(len(sheet.rows), len(sheet.rows))
        report.check(skip_invalid)  # nothing is added before this: a refused file writes nothing, whoever catches the refusal
        return report, planned

    report, planned = checked()
    if writing_now(session):  # another writer came between: check again, now under the lock
        report, planned = checked()
    new = [clean for clean, child in planned if child is None]
    session.add_all(Child(**clean) for clean in new)
    for clean, child in planned:
        if child is not None:
            _write_child(session, clean, child)
    session.flush()
    report.imported, report.updated = len(new), len(planned) - len(new)
    report.written = bool(planned)
    if report.written:
        audit.record(session, "health_child", None, "导入", None,
                     {"file": Path(path).name, "rows": report.imported, "updated": report.updated})
    return report


def roster_ledger(session: Session, options: dict[str, Any] | None = None):
    from logistics_desktop.core.report import Ledger, LedgerColumn

    rows = children(session, (options or {}).get("class") or "")
    cols = [LedgerColumn("序号", 12, "center"), LedgerColumn("班级", 28), LedgerColumn("姓名", 22), LedgerColumn("性别", 12, "center"),
            LedgerColumn("出生日期", 24, "center"), LedgerColumn("年龄", 18, "center"), LedgerColumn("家长", 20),
            LedgerColumn("家长电话", 30), LedgerColumn("过敏及疾病提示", 40), LedgerColumn("入园/入学日期", 24, "center")]
    body = [[i, r.class_name, r.name, r.sex, f"{r.birth_date:%Y-%m-%d}", r.age, r.guardian, r.phone, r.alerts,
             f"{r.enrolled_on:%Y-%m-%d}" if r.enrolled_on else ""] for i, r in enumerate(rows, 1)]
    term = directory.current_term(session)
    return Ledger("幼儿/学生名册", cols, body, school=directory.school_name(session), period=term.name if term else "",
                  landscape=True, signatures=("制表人", "保健医"), summary=[f"共 {len(body)} 人"])


def export_children(session: Session, path: Path) -> int:
    ledger = roster_ledger(session)
    ledger.save(Path(path))
    return len(ledger.rows)


# ------------------------------------------------------------------ 晨午检


@dataclass(frozen=True)
class CheckLine:
    """One child on the class screen: present, or absent with the reason; and a finding."""

    child_id: int
    present: bool = True
    absence_reason: str = ""
    symptom: str = ""
    temperature: str = ""
    action: str = ""
    item_taken: str = ""
    note: str = ""


def record_check(session: Session, *, class_name: str, day: Any, session_name: str, checker: str, lines: list[CheckLine],
                 at: datetime | None = None) -> int:
    """A class's 晨检 or 午检: every child in the class, all at once; typing the same check again replaces it."""
    errors: list[InputError] = []
    class_id = collect(errors, class_id_of, session, class_name, "class")
    the_day = collect(errors, a_date, day, "day", "日期", default=date.today())
    which = collect(errors, a_choice, session_name, "session", "晨检/午检", SESSIONS)
    who = tidy(checker)
    if not who:
        errors.append(InputError("checker", "请填写检查人"))
    if class_id is None or the_day is None:
        raise InputErrors(errors)
    roster = {c.id: c for c in children(session, class_name, on=the_day)}
    given = {line.child_id: line for line in lines}
    clean: list[dict[str, Any]] = []
    for row, (child_id, child) in enumerate(roster.items()):
        line = given.get(child_id, CheckLine(child_id))
        entry = {"child_id": child_id, "present": line.present, "absence_reason": tidy(line.absence_reason), "symptom": tidy(line.symptom),
                 "action": tidy(line.action), "item_taken": tidy(line.item_taken), "note": tidy(line.note), "temperature": None}

        def fail(column: str, message: str, child=child, row=row) -> None:
            errors.append(InputError("lines", f"{child.name}：{message}", row=row, column=column))

        if not line.present and entry["absence_reason"] not in ABSENCE_REASONS:
            fail("absence_reason", f"缺勤请选择原因（{'、'.join(ABSENCE_REASONS)}）")
        if entry["symptom"] and entry["symptom"] not in SYMPTOMS:
            fail("symptom", f"症状应为 {'、'.join(SYMPTOMS)} 之一")
        if tidy(line.temperature):
            try:
                entry["temperature"] = parse_decimal(line.temperature, "体温")
                if not TEMPERATURE_RANGE[0] <= entry["temperature"] <= TEMPERATURE_RANGE[1]:
                    fail("temperature", f"体温 {entry['temperature']} ℃ 不在 {TEMPERATURE_RANGE[0]}–{TEMPERATURE_RANGE[1]} ℃ 之间，请重新测量")
            except ValueError as exc:
                fail("temperature", str(exc))
        if entry["symptom"] == "发热" and entry["temperature"] is None and line.present:
            fail("temperature", "发热请填写体温")
        if entry["temperature"] is not None and entry["temperature"] >= FEVER_FROM and not entry["symptom"]:
            entry["symptom"] = "发热"  # ≥ 37.3 ℃ is a finding, whatever was ticked
        if line.present and (entry["symptom"] or entry["item_taken"]) and entry["action"] not in ACTIONS:  # at home: nothing to do here
            fail("action", f"有发现时请选择处理（{'、'.join(ACTIONS)}）")
        if line.present is False and entry["symptom"] and entry["absence_reason"] != "病假":
            fail("absence_reason", "缺勤且有症状的，原因应为病假")
        clean.append(entry)
    for child_id in given:
        if child_id not in roster:
            errors.append(InputError("lines", "名单已变动（有幼儿转入或离园），请重新打开本班", row=None))
            break
    if errors:
        raise InputErrors(errors)
    existing = session.exec(select(DailyCheck).where(DailyCheck.class_id == class_id, DailyCheck.day == the_day,
                                                     DailyCheck.session == which)).first()
    if existing:
        for old in session.exec(select(CheckEntry).where(CheckEntry.check_id == existing.id)):
            session.delete(old)
        session.flush()
        check = existing
        check.checker, check.checked_at = who, at or datetime.now()
    else:
        check = DailyCheck(class_id=class_id, day=the_day, session=which, checker=who, checked_at=at or datetime.now())
    session.add(check)
    session.flush()
    for entry in clean:
        session.add(CheckEntry(check_id=check.id, **entry))
    session.flush()
    from logistics_desktop.health import followups, outbreaks

    for entry in clean:
        if not entry["present"] and entry["absence_reason"] == "病假":
            followups.open_for(session, entry["child_id"], the_day, entry["symptom"])
        elif entry["present"]:
            followups.back_at_check(session, entry["child_id"], the_day)
    outbreaks.check_outbreaks(session, the_day)  # the rules are run after every save
    audit.record(session, "health_check", check.id, "修改" if existing else "新增", None,
                 {"class_id": class_id, "day": the_day, "session": which, "absent": sum(not e["present"] for e in clean),
                  "findings": sum(bool(e["symptom"] or e["item_taken"]) for e in clean)})  # counts only
    return check.id


def check_lines(session: Session, class_name: str, day: date, session_name: str) -> tuple[str, list[CheckLine]] | None:
    """A saved check of a class: (checker, its lines), or None when the class is 未检 for that session."""
    class_id = class_id_of(session, class_name, "class")
    check = session.exec(select(DailyCheck).where(DailyCheck.class_id == class_id, DailyCheck.day == day,
                                                  DailyCheck.session == session_name)).first()
    if check is None:
        return None
    lines = [CheckLine(e.child_id, e.present, e.absence_reason, e.symptom, "" if e.temperature is None else f"{e.temperature.normalize():f}",
                       e.action, e.item_taken, e.note) for e in session.exec(select(CheckEntry).where(CheckEntry.check_id == check.id))]
    return check.checker, lines


def record_absence(session: Session, *, child: Any, day: Any, reason: Any, symptom: Any = "", session_name: str = "晨检",
                   class_name: Any = "") -> str:
    """A child marked absent on the class's saved check of that session (a parent's call after the check), saved again
    as the class screen would save it (follow-up opened, outbreak rules run). Returns the class's name."""
    the_day = a_date(day, "date", "日期")
    name = tidy(child)
    found = [c for c in children(session, tidy(class_name), on=the_day) if c.name == name]
    if not found:
        raise InputError("child", f"没有名为“{name}”的幼儿/学生" + (f"（{tidy(class_name)}）" if tidy(class_name) else ""))
    if len(found) > 1:
        raise InputError("child", f"有 {len(found)} 个名为“{name}”的幼儿/学生（{'、'.join(c.class_name for c in found)}），请注明班级")
    kid = found[0]
    saved = check_lines(session, kid.class_name, the_day, session_name)
    if saved is None:
        raise InputError("date", f"{kid.class_name} {the_day:%Y-%m-%d} {session_name}尚未登记：请先登记本班{session_name}（缺勤的一并填写）")
    checker, lines = saved
    line = CheckLine(kid.id, False, tidy(reason), tidy(symptom))
    record_check(session, class_name=kid.class_name, day=the_day, session_name=session_name, checker=checker,
                 lines=[line if old.child_id == kid.id else old for old in lines])
    return kid.class_name


@dataclass(frozen=True)
class ClassStatus:
    class_name: str
    enrolled: int
    checked: bool  # False: 未检 (never read as normal)
    present: int = 0
    absent: int = 0
    findings: int = 0


def check_status(session: Session, day: date, session_name: str) -> list[ClassStatus]:
    """Every class with children on the roster: checked (with its counts) or 未检."""
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    enrolled = select(Child.class_id, func.count()).where((Child.left_on == None) | (Child.left_on > day)).group_by(Child.class_id)  # noqa: E711
    by_class = {names[class_id]: n for class_id, n in session.exec(enrolled) if class_id in names}
    # one query for the day's checks of every class and their counts
    stmt = (select(DailyCheck.class_id, func.count(CheckEntry.id), func.sum(case((CheckEntry.present == True, 1), else_=0)),  # noqa: E712
                   func.sum(case(((CheckEntry.symptom != "") | (CheckEntry.item_taken != ""), 1), else_=0)))
            .join(CheckEntry, CheckEntry.check_id == DailyCheck.id, isouter=True)
            .where(DailyCheck.day == day, DailyCheck.session == session_name).group_by(DailyCheck.class_id))
    counts = {class_id: (total, present or 0, findings or 0) for class_id, total, present, findings in session.exec(stmt)}
    found = []
    for class_id, name in names.items():
        if name not in by_class:
            continue
        if class_id not in counts:
            found.append(ClassStatus(name, by_class[name], False))
            continue
        total, present, findings = counts[class_id]
        found.append(ClassStatus(name, by_class[name], True, present, total - present, findings))
    return found


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: how many classes are still 未检 this morning (counts only: no child's name leaves the health tab)."""
    from logistics_desktop.health import casefiles, diseases, exams, followups, medication, outbreaks

    warnings = (outbreaks.home_items(session, today) + followups.home_items(session, today) + diseases.home_items(session, today)
                + medication.home_items(session, today) + casefiles.home_items(session, today) + exams.home_items(session, today))
    if today.weekday() >= 5 or session.exec(select(Child.id)).first() is None:
        return warnings
    status = check_status(session, today, "晨检")
    missing = [s for s in status if not s.checked]
    if missing:
        return warnings + [HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "今日晨检：%1 个班级未检（共 %2 个班级）"), len(missing),
                                                    len(status)), "due", "health", "health:checks")]
    findings = sum(s.findings for s in status)
    return warnings + [HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "今日晨检已全部完成，发现 %1 人次需关注"), findings),
                                "warning" if findings else "done", "health", "health:checks")]

