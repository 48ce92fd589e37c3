"""Rules and writes for the shared directories. Qt-free; every bad value raises InputError.

Each directory is described once (DirectorySpec): its fields drive validation here, the
settings page's form, the Excel columns and the printed list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from logistics_desktop.core import audit, pinyin
from logistics_desktop.core.errors import InputError, InputErrors, Progress
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem, ImportReport
from logistics_desktop.core.parse import parse_bool, parse_date, parse_int
from logistics_desktop.directory.models import Room, School, SchoolClass, Staff, Term

SCHOOL_KINDS = same(QT_TRANSLATE_NOOP("Field", "小学"), QT_TRANSLATE_NOOP("Field", "幼儿园"))
_PHONE = re.compile(r"^[0-9+\-（）() ]{5,20}$")


@dataclass(frozen=True)
class DirectorySpec:
    key: str
    title: str  # 人员
    list_title: str  # 人员名册 (the printed list)
    model: type[SQLModel]
    fields: tuple[Field, ...]
    record_rules: Callable[[Session, dict[str, Any], int | None], list[InputError]] | None = None
    order_by: tuple[str, ...] = ("id",)  # SQLite sorts Chinese by code point, so lists keep a meaningful order

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


# ---------------------------------------------------------------- field rules


def _staff_id(session: Session, name: str, spec_field: Field, current_id: int | None) -> int:
    staff = session.exec(select(Staff).where(Staff.name == name)).first()
    if staff is None:
        raise InputError(spec_field.key, f"{spec_field.label}“{name}”不在人员名册中，请先在 设置 → 人员 中添加")
    if not staff.active and staff.id != current_id:
        raise InputError(spec_field.key, f"{spec_field.label}“{name}”已离职，不能再担任")
    return staff.id


def coerce(session: Session, spec_field: Field, raw: Any, current: Any = None) -> Any:
    """Turn what the form or the spreadsheet gave into the stored value, or raise InputError."""
    f = spec_field
    empty = raw is None or (isinstance(raw, str) and not raw.strip())
    if f.kind == "bool":
        if empty:
            return bool(f.default)
        try:
            return parse_bool(raw)
        except ValueError as exc:
            raise InputError(f.key, f"{f.label}：{exc}") from None
    if empty:
        if f.required:
            raise InputError(f.key, f"请填写{f.label}")
        return "" if f.kind in ("text", "phone", "choice") else None
    if f.kind in ("text", "phone", "choice", "staff"):
        text = " ".join(str(raw).split())
        if len(text) > f.max_length:
            raise InputError(f.key, f"{f.label}不能超过 {f.max_length} 个字")
        if f.kind == "phone" and not _PHONE.match(text):
            raise InputError(f.key, f"电话“{text}”格式不对，只能含数字、空格、+ 和 -")
        if f.kind == "choice" and text not in f.values:
            raise InputError(f.key, f"{f.label}应为：{'、'.join(f.values)}")
        if f.kind == "staff":
            return _staff_id(session, text, f, current)
        return text
    if f.kind == "int":
        try:
            number = parse_int(raw, f.label)
        except ValueError as exc:
            raise InputError(f.key, str(exc)) from None
        if f.minimum is not None and number < f.minimum:
            raise InputError(f.key, f"{f.label}不能小于 {f.minimum}")
        if f.maximum is not None and number > f.maximum:
            raise InputError(f.key, f"{f.label}不能大于 {f.maximum}")
        return number
    if f.kind == "date":
        try:
            return parse_date(raw)
        except ValueError as exc:
            raise InputError(f.key, f"{f.label}：{exc}") from None
    raise AssertionError(f"unknown field kind {f.kind}")


def validate(session: Session, spec: DirectorySpec, values: dict[str, Any], row_id: int | None = None) -> dict[str, Any]:
    """Check every field and the record's own rules; return the values to store, by attribute."""
    existing = session.get(spec.model, row_id) if row_id is not None else None
    if row_id is not None and existing is None:
        raise InputError("", f"要修改的{spec.title}记录已不存在（可能已被删除），请刷新后再试")
    errors: list[InputError] = []
    clean: dict[str, Any] = {}
    for f in spec.fields:
        current = getattr(existing, f.attr) if existing is not None else None
        try:
            clean[f.attr] = coerce(session, f, values.get(f.key), current)
        except InputError as exc:
            errors.append(exc)
            continue
        if f.unique and clean[f.attr] not in (None, ""):
            column = getattr(spec.model, f.attr)
            clash = session.exec(select(spec.model.id).where(column == clean[f.attr], spec.model.id != (row_id or -1))).first()
            if clash is not None:
                errors.append(InputError(f.key, f"{f.label}“{clean[f.attr]}”已存在，不能重复"))
    if not errors and spec.record_rules:
        errors.extend(spec.record_rules(session, clean, row_id))
    if errors:
        raise InputErrors(errors)
    return clean


def _term_rules(session: Session, clean: dict[str, Any], row_id: int | None) -> list[InputError]:
    errors = []
    start, end = clean["start"], clean["end"]
    if end <= start:
        errors.append(InputError("end", "结束日期应晚于开始日期"))
        return errors
    for other in session.exec(select(Term).where(Term.id != (row_id or -1))):
        if start <= other.end and other.start <= end:
            errors.append(
                InputError("start", f"与学期“{other.name}”（{other.start:%Y-%m-%d} 至 {other.end:%Y-%m-%d}）日期重叠")
            )
            break
    return errors


SCHOOL = DirectorySpec(
    key="school",
    title=QT_TRANSLATE_NOOP("Field", "学校"),
    list_title="学校信息",
    model=School,
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Field", "学校名称"), required=True, max_length=60, aliases=("学校", "单位名称"), width=60),
        Field("kind", QT_TRANSLATE_NOOP("Field", "学校类型"), "choice", required=True, choices=SCHOOL_KINDS, aliases=("类型",), default="小学"),
        Field("address", QT_TRANSLATE_NOOP("Field", "地址"), max_length=100, aliases=("学校地址",), width=70),
        Field("phone", QT_TRANSLATE_NOOP("Field", "电话"), "phone", aliases=("联系电话",)),
    ),
)

TERMS = DirectorySpec(
    key="terms",
    title=QT_TRANSLATE_NOOP("Field", "学期"),
    list_title="学期表",
    model=Term,
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Field", "学期名称"), required=True, unique=True, aliases=("学期", "名称"), width=60),
        Field("start", QT_TRANSLATE_NOOP("Field", "开始日期"), "date", required=True, aliases=("开学日期", "起始日期"), width=30),
        Field("end", QT_TRANSLATE_NOOP("Field", "结束日期"), "date", required=True, aliases=("结束", "放假日期"), width=30),
        Field("is_current", QT_TRANSLATE_NOOP("Field", "当前学期"), "bool", aliases=("当前", "是否当前"), width=22, default=False),
    ),
    record_rules=_term_rules,
    order_by=("start",),
)

STAFF = DirectorySpec(
    key="staff",
    title=QT_TRANSLATE_NOOP("Field", "人员"),
    list_title="人员名册",
    model=Staff,
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Field", "姓名"), required=True, unique=True, max_length=20, aliases=("名字", "教职工姓名", "人员")),
        Field("post", QT_TRANSLATE_NOOP("Field", "岗位"), aliases=("职务", "部门", "岗位/职务", "工作岗位"), width=45),
        Field("phone", QT_TRANSLATE_NOOP("Field", "电话"), "phone", aliases=("联系电话", "手机", "手机号", "电话号码"), width=35),
        Field("active", QT_TRANSLATE_NOOP("Field", "在职"), "bool", aliases=("是否在职", "状态"), width=18, default=True),
    ),
)

ROOMS = DirectorySpec(
    key="rooms",
    title=QT_TRANSLATE_NOOP("Field", "房间"),
    list_title="房间（存放地点）清单",
    model=Room,
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Field", "房间名称"), required=True, unique=True, aliases=("名称", "房间", "存放地点", "地点"), width=45),
        Field("building", QT_TRANSLATE_NOOP("Field", "楼栋"), aliases=("楼宇", "建筑", "所在楼"), width=30),
        Field("floor", QT_TRANSLATE_NOOP("Field", "楼层"), "int", minimum=-5, maximum=60, aliases=("层", "所在楼层"), width=16),
        Field("purpose", QT_TRANSLATE_NOOP("Field", "用途"), aliases=("房间用途", "类型"), width=35),
        Field("keeper", QT_TRANSLATE_NOOP("Field", "责任人"), "staff", aliases=("负责人", "管理人", "保管人"), width=25),
    ),
    order_by=("building", "floor", "id"),
)

CLASSES = DirectorySpec(
    key="classes",
    title=QT_TRANSLATE_NOOP("Field", "班级"),
    list_title="班级一览表",
    model=SchoolClass,
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Field", "班级"), required=True, unique=True, aliases=("班级名称", "班名"), width=35),
        Field("grade", QT_TRANSLATE_NOOP("Field", "年级"), aliases=("所属年级",), width=25),
        Field("head_teacher", QT_TRANSLATE_NOOP("Field", "班主任"), "staff", aliases=("班主任姓名", "主班教师"), width=30),
        Field("size", QT_TRANSLATE_NOOP("Field", "人数"), "int", minimum=0, maximum=100, aliases=("学生数", "幼儿数", "班级人数"), width=18, default=0),
    ),
)

DIRECTORIES: dict[str, DirectorySpec] = {spec.key: spec for spec in (TERMS, STAFF, ROOMS, CLASSES)}


# ---------------------------------------------------------------- reading


def _display(session: Session, spec: DirectorySpec, obj: SQLModel, staff_names: dict[int, str]) -> dict[str, Any]:
    row: dict[str, Any] = {"id": obj.id}
    for f in spec.fields:
        value = getattr(obj, f.attr)
        row[f.key] = staff_names.get(value, "") if f.kind == "staff" else value
    return row


def rows(session: Session, spec: DirectorySpec, search: str = "") -> list[dict[str, Any]]:
    """The directory as display rows (references as names), filtered by a substring of any text field or its pinyin
    initials (wf: 王芳)."""
    staff_names = dict(session.exec(select(Staff.id, Staff.name)).all())
    stmt = select(spec.model).order_by(*(getattr(spec.model, a) for a in spec.order_by), spec.model.id)
    result = [_display(session, spec, obj, staff_names) for obj in session.exec(stmt)]
    needle = search.strip()
    if needle:
        result = [r for r in result if any(pinyin.finds(needle, str(v)) for k, v in r.items() if k != "id" and v is not None)]
    return result


def row(session: Session, spec: DirectorySpec, row_id: int) -> dict[str, Any]:
    obj = session.get(spec.model, row_id)
    if obj is None:
        raise InputError("", f"{spec.title}记录已不存在")
    staff_names = dict(session.exec(select(Staff.id, Staff.name)).all())
    return _display(session, spec, obj, staff_names)


def staff_id_named(session: Session, name: str) -> int | None:
    """The id of the person of that name, in post or not; None when there is none."""
    return session.exec(select(Staff.id).where(Staff.name == " ".join((name or "").split()))).first()


def active_staff_id(session: Session, name: str, field: str, label: str = "") -> int | None:
    """The id of a person in post, by name, for other modules' forms; None when no name is given."""
    name = " ".join((name or "").split())
    if not name:
        return None
    found = session.exec(select(Staff.id, Staff.active).where(Staff.name == name)).first()
    if found is None:
        raise InputError(field, f"{label}“{name}”不在人员名册中")
    if not found[1]:
        raise InputError(field, f"{label}“{name}”已离职")
    return found[0]


def active_staff_name(session: Session, name: Any, field: str, label: str, *, required: bool = True) -> str:
    """A person in post, by name, as other modules record signatures ('' when optional and not given)."""
    name = " ".join(str(name or "").split())
    if not name:
        if required:
            raise InputError(field, f"请填写{label}")
        return ""
    active_staff_id(session, name, field, label)
    return name


def room_id(session: Session, name: str, field: str) -> int | None:
    """The id of a room, by name; None when no name is given."""
    name = " ".join((name or "").split())
    if not name:
        return None
    found = session.exec(select(Room.id).where(Room.name == name)).first()
    if found is None:
        raise InputError(field, f"存放地点“{name}”不在房间目录中")
    return found


def room_ids(session: Session) -> dict[str, int]:
    """Room name -> id: the cheap lookup other modules use on hot paths (a stocktake scan)."""
    return dict(session.exec(select(Room.name, Room.id)).all())


def get_school(session: Session) -> School | None:
    return session.exec(select(School).order_by(School.id)).first()


def school_days(start: date, end: date):
    """Monday to Friday from `start` to `end`, both included (holidays are not known to the program)."""
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def school_name(session: Session) -> str:
    """The school's name as printed at the head of every form ('' before the first run)."""
    school = get_school(session)
    return school.name if school else ""


def current_term(session: Session) -> Term | None:
    return session.exec(select(Term).where(Term.is_current == True)).first()  # noqa: E712


def term_named(session: Session, name: Any) -> Term:
    """The term of that name, or the current one for a blank; InputError on "term" when there is none."""
    text = " ".join(str(name or "").split())
    term = session.exec(select(Term).where(Term.name == text)).first() if text else current_term(session)
    if term is None:
        raise InputError("term", f"没有名为“{text}”的学期" if text else "请先在 学校信息 中设置当前学期")
    return term


def staff_names(session: Session, active_only: bool = True) -> list[str]:
    stmt = select(Staff.name).order_by(Staff.id)
    if active_only:
        stmt = stmt.where(Staff.active == True)  # noqa: E712
    return list(session.exec(stmt))


def count(session: Session, spec: DirectorySpec, *, active_only: bool = False) -> int:
    stmt = select(func.count()).select_from(spec.model)
    if active_only and spec is STAFF:
        stmt = stmt.where(Staff.active == True)  # noqa: E712
    return session.exec(stmt).one()


# ---------------------------------------------------------------- writing


def _snapshot(spec: DirectorySpec, obj: SQLModel) -> dict[str, Any]:
    return {f.attr: getattr(obj, f.attr) for f in spec.fields}


def _unchanged(obj: SQLModel, clean: dict[str, Any]) -> bool:
    return all(getattr(obj, attr) == value for attr, value in clean.items())


def _write(session: Session, spec: DirectorySpec, clean: dict[str, Any], row_id: int | None) -> int:
    if spec is TERMS and clean.get("is_current"):
        for other in session.exec(select(Term).where(Term.is_current == True, Term.id != (row_id or -1))):  # noqa: E712
            other.is_current = False
            session.add(other)
    if row_id is None:
        obj = spec.model(**clean)
        session.add(obj)
        session.flush()
        audit.record(session, spec.model.__tablename__, obj.id, "新增", None, clean)
        return obj.id
    obj = session.get(spec.model, row_id)
    old = _snapshot(spec, obj)
    for attr, value in clean.items():
        setattr(obj, attr, value)
    session.add(obj)
    session.flush()
    changed = [attr for attr in clean if old.get(attr) != clean[attr]]  # the log names what changed, old → new
    audit.record(session, spec.model.__tablename__, obj.id, "修改", {a: old.get(a) for a in changed}, {a: clean[a] for a in changed})
    return obj.id


def save(session: Session, spec: DirectorySpec, values: dict[str, Any], row_id: int | None = None) -> int:
    """Create (row_id None) or update one record; raises InputErrors listing every bad field."""
    clean = validate(session, spec, values, row_id)
    return _write(session, spec, clean, row_id)


def save_school(session: Session, values: dict[str, Any]) -> int:
    school = get_school(session)
    return save(session, SCHOOL, values, school.id if school else None)


def school_values(session: Session) -> dict[str, Any] | None:
    school = get_school(session)
    return school.model_dump() if school else None


def start_school(session: Session, school: dict[str, Any], term: dict[str, Any]) -> None:
    """The first start: the school and its current term, both or neither; the term's errors are on term_<field>."""
    errors: list[InputError] = []
    try:
        save_school(session, school)
    except InputErrors as exc:
        errors.extend(exc.errors)
    try:
        save(session, TERMS, term)
    except InputErrors as exc:
        errors.extend(InputError(f"term_{e.field}", e.message) for e in exc.errors)
    if errors:
        raise InputErrors(errors)  # the caller's transaction rolls the school back too


def references(session: Session, table_name: str, row_id: int) -> list[str]:
    """Which tables still point at a row, as '房间 2 条'; found through the foreign keys of every module."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name:
                continue
            n = session.exec(select(func.count()).select_from(table).where(fk.parent == row_id)).one()
            if n:
                found.append(f"{table.info.get('title', table.name)} {n} 条")
    return found


def delete(session: Session, spec: DirectorySpec, row_id: int) -> None:
    obj = session.get(spec.model, row_id)
    if obj is None:
        raise InputError("", f"要删除的{spec.title}记录已不存在")
    used = references(session, spec.model.__tablename__, row_id)
    if used:
        hint = "如已离职，请取消“在职”。" if spec is STAFF else ""
        raise InputError("", f"“{obj.name}”仍被使用（{'、'.join(used)}），不能删除。{hint}")
    old = _snapshot(spec, obj)
    session.delete(obj)
    session.flush()
    audit.record(session, spec.model.__tablename__, row_id, "删除", old, None)


# ---------------------------------------------------------------- Excel


def import_columns(spec: DirectorySpec):
    from logistics_desktop.spreadsheet import ColumnSpec

    kinds = {"int": "int", "date": "date", "bool": "text"}  # bools stay text: 是/否/在职 are parsed by the service
    return [ColumnSpec(f.key, f.label, kinds.get(f.kind, "text"), f.required, f.aliases) for f in spec.fields]


def import_file(
    session: Session,
    spec: DirectorySpec,
    path: Path,
    *,
    skip_invalid: bool = False,
    update: bool = False,
    create_refs: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import an Excel register in the caller's transaction.

    Any problem raises ImportRejected (so the caller's transaction writes nothing) unless skip_invalid, when the good
    rows are written and the report lists the rest. The file is read and every row checked without the write lock; the
    write then waits its turn (and the rows are checked again if another writer came between).
    """
    from logistics_desktop.core.db import checking_first, writing_now
    from logistics_desktop.spreadsheet import read_register

    checking_first(session)
    sheet = read_register(Path(path), import_columns(spec), progress=progress)
    report, planned = _plan(session, spec, sheet, update=update, create_refs=create_refs, progress=progress)
    report.check(skip_invalid)
    if writing_now(session):
        report, planned = _plan(session, spec, sheet, update=update, create_refs=create_refs, progress=progress)
        report.check(skip_invalid)
    staff_fields = [f for f in spec.fields if f.kind == "staff"]
    for values, clean, row_id in planned:
        if clean is None:  # it names people to create first (create_refs): the rest of the row was checked
            _create_missing_staff(session, staff_fields, values)
            clean = validate(session, spec, values, row_id)
        if row_id is not None and _unchanged(session.get(spec.model, row_id), clean):
            continue  # the same as the record: nothing written, nothing in the log, not counted as updated
        _write(session, spec, clean, row_id)
        if row_id is None:
            report.imported += 1
        else:
            report.updated += 1
    if progress:
        progress(len(sheet.rows), len(sheet.rows))  # a cancel during the last rows still writes nothing
    report.written = bool(report.imported or report.updated)
    if report.written:
        audit.record(session, spec.model.__tablename__, None, "导入", None, {"file": Path(path).name, "rows": report.imported + report.updated})
    return report


def _plan(session: Session, spec: DirectorySpec, sheet, *, update: bool, create_refs: bool,
          progress: Progress | None) -> tuple[ImportReport, list[tuple[dict[str, Any], dict[str, Any] | None, int | None]]]:
    """Every row checked, nothing written: the report, and (values, clean values, id to update) of each good row; the clean
    values are None for a row that names people to be created first. Terms are checked against the file's earlier ones too."""
    report = ImportReport(total_rows=len(sheet.rows), problems=list(sheet.problems), unused_columns=sheet.unused)
    key_field = spec.fields[0]
    # problems name the column as the file has it, so the clerk finds it
    labels = {f.key: sheet.headers.get(f.key) or f.label for f in spec.fields}
    staff_fields = [f for f in spec.fields if f.kind == "staff"]
    known_staff = set(staff_names(session, active_only=False)) if create_refs and staff_fields else set()
    seen: dict[str, int] = {}
    planned: list[tuple[dict[str, Any], dict[str, Any] | None, int | None]] = []
    terms: list[tuple[int, Any, Any]] = []  # (row, start, end) of the file's good terms
    staff_by_id: dict[int, str] | None = None
    for done, record in enumerate(sheet.rows):
        if progress and done % 50 == 0:
            progress(done, len(sheet.rows))
        values = dict(record.values)
        key = " ".join(str(values.get(key_field.key) or "").split())
        if key and key in seen:
            report.problems.append((record.number, labels[key_field.key], f"与第 {seen[key]} 行重复：{key}"))
            continue
        if key:
            seen[key] = record.number
        existing = session.exec(select(spec.model).where(getattr(spec.model, key_field.attr) == key)).first() if key else None
        if existing is not None and not update:
            report.problems.append((record.number, labels[key_field.key], f"“{key}”已存在（要更新已有记录请选择“更新已有记录”）"))
            continue
        row_id = existing.id if existing else None
        if existing is not None:  # an update changes only the file's columns: the others keep what the record has
            staff_by_id = staff_by_id if staff_by_id is not None else dict(session.exec(select(Staff.id, Staff.name)).all())
            kept = {k: v for k, v in _display(session, spec, existing, staff_by_id).items() if k != "id" and k not in values}
            values = {**kept, **values}
        try:
            new_people = create_refs and any(" ".join(str(values.get(f.key) or "").split()) not in known_staff | {""} for f in staff_fields)
            if new_people:  # check the rest of the row: its people are created when it is written
                clean = validate(session, spec, {**values, **{f.key: None for f in staff_fields}}, row_id)
            else:
                clean = validate(session, spec, values, row_id)
        except InputErrors as exc:
            report.problems.extend(
                (record.number, labels.get(e.field, ""), e.message) for e in exc.errors if e.field not in record.bad_keys
            )
            continue
        if record.bad_keys:
            continue  # already reported by the reader; the rest of the row is fine
        if spec is TERMS:
            clash = next((n for n, start, end in terms if clean["start"] <= end and start <= clean["end"]), None)
            if clash:
                report.problems.append((record.number, labels.get("start", ""), f"与第 {clash} 行的学期日期重叠"))
                continue
            terms.append((record.number, clean["start"], clean["end"]))
        planned.append((values, None if new_people else clean, row_id))
    return report, planned


def _create_missing_staff(session: Session, staff_fields: list[Field], values: dict[str, Any]) -> None:
    for f in staff_fields:
        name = " ".join(str(values.get(f.key) or "").split())
        if name and session.exec(select(Staff.id).where(Staff.name == name)).first() is None:
            _write(session, STAFF, {"name": name, "post": "", "phone": "", "active": True}, None)


def export_file(session: Session, spec: DirectorySpec, path: Path) -> int:
    ledger = list_ledger(session, spec)
    ledger.save(Path(path))
    return len(ledger.rows)


# ---------------------------------------------------------------- printing


def _cell(f: Field, value: Any) -> Any:
    if f.kind == "bool":
        return "是" if value else "否"
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    return "" if value is None else value


def list_ledger(session: Session, spec: DirectorySpec, options: dict[str, Any] | None = None):
    """The printed list of a directory (人员名册, 房间清单 ...) as a Ledger."""
    from logistics_desktop.core.report import Ledger, LedgerColumn

    school = get_school(session)
    data = rows(session, spec)
    columns = [LedgerColumn("序号", 12, "center")] + [
        LedgerColumn(f.label, f.width, "center" if f.kind in ("bool", "int", "date") else "left") for f in spec.fields
    ]
    body = [[i] + [_cell(f, r[f.key]) for f in spec.fields] for i, r in enumerate(data, 1)]
    term = current_term(session)
    return Ledger(
        title=spec.list_title,
        columns=columns,
        rows=body,
        school=school.name if school else "",
        period=f"{term.name}" if term else f"截至 {date.today():%Y-%m-%d}",
        signatures=("制表人", "审核人"),
        summary=[f"共 {len(body)} 条"],
    )




# ---------------------------------------------------------------- the module contract's entries, by directory key


def printed_list(key: str, session: Session, options: dict[str, Any]):
    return list_ledger(session, DIRECTORIES[key], options)


def import_kind(key: str, session: Session, path: Path, **options: Any) -> ImportReport:
    return import_file(session, DIRECTORIES[key], path, **options)


def export_kind(key: str, session: Session, path: Path) -> int:
    return export_file(session, DIRECTORIES[key], path)


def columns_of(key: str):
    return import_columns(DIRECTORIES[key])


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: the school not filled in, no current term, a term ending or ended."""
    items = []
    if get_school(session) is None:
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "尚未填写学校信息")), "warning", "directory", "settings:school"))
    term = current_term(session)
    if term is None:
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "未设置当前学期：请在 设置 → 学期 中设置")), "warning", "directory", "settings:terms"))
    elif term.end < today:
        items.append(HomeItem(term.end, Sentence(QT_TRANSLATE_NOOP("Home", "当前学期“%1”已于 %2 结束，请设置新学期"), term.name, f"{term.end:%Y-%m-%d}"), "overdue", "directory", "settings:terms"))
    elif term.end - today <= timedelta(days=14):
        items.append(HomeItem(term.end, Sentence(QT_TRANSLATE_NOOP("Home", "本学期将于 %1 结束"), f"{term.end:%Y-%m-%d}"), "due", "directory", "settings:terms"))
    return items
