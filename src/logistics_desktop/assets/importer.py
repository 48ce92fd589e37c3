"""Import the asset registers schools already keep (Excel), all or nothing unless asked otherwise."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, literal, select, text
from sqlmodel import Session

from logistics_desktop.assets import service
from logistics_desktop.assets.classify import Classifier
from logistics_desktop.assets.models import Asset, AssetMovement
from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, Progress
from logistics_desktop.core.modules import ImportRejected, ImportReport
from logistics_desktop.core.staging import Staged
from logistics_desktop.spreadsheet import ColumnSpec, open_register

COLUMNS = [
    ColumnSpec("code", "资产编号", aliases=("编号", "资产代码", "卡片编号", "资产编码")),
    ColumnSpec("name", "资产名称", required=True, aliases=("名称", "品名", "物品名称", "设备名称")),
    ColumnSpec("class_code", "分类", aliases=("资产分类", "分类代码", "资产分类代码", "类别", "资产类别")),
    ColumnSpec("class_name", "分类名称", aliases=("资产分类名称",)),  # beside a code column: used where the code is blank
    ColumnSpec("brand", "品牌", aliases=("厂牌",)),
    ColumnSpec("spec", "规格型号", aliases=("规格", "规格/型号")),
    ColumnSpec("model", "型号"),  # a register with 规格 and 型号 apart: both kept, as 规格 型号
    ColumnSpec("unit", "计量单位", aliases=("单位",)),
    ColumnSpec("quantity", "数量", aliases=("数量(件)",)),
    ColumnSpec("unit_price", "单价", aliases=("单价(元)",)),
    ColumnSpec("amount", "金额", aliases=("总价", "原值", "价值", "金额(元)", "总金额", "价值/原值", "原值/价值")),
    ColumnSpec("acquired_on", "取得日期", "date", aliases=("购置日期", "购买日期", "入账日期", "购入日期")),
    ColumnSpec("acquisition", "取得方式", aliases=("来源方式",)),
    ColumnSpec("funding", "经费来源", aliases=("资金来源",)),
    ColumnSpec("invoice_no", "发票号", aliases=("发票号码",)),
    ColumnSpec("supplier", "供应商", aliases=("销售单位", "供货单位", "销售商")),
    ColumnSpec("department", "使用部门", aliases=("部门", "使用单位")),
    ColumnSpec("room", "存放地点", aliases=("使用地点", "存放位置", "地点", "房间", "位置")),
    ColumnSpec("custodian", "保管人", aliases=("使用人", "责任人", "管理人", "领用人")),
    ColumnSpec("status", "使用状况", aliases=("状态", "使用状态")),
    ColumnSpec("service_years", "使用年限", aliases=("折旧年限",)),
    ColumnSpec("service_months", "使用月数", aliases=("折旧年限月数", "使用年限月数", "折旧月数")),  # 折旧年限（月）: months
    ColumnSpec("note", "备注", aliases=("说明",)),
    ColumnSpec("manufacturer", "生产厂家", aliases=("厂家", "生产商", "制造商", "制造厂家")),
    ColumnSpec("serial_no", "出厂编号", aliases=("序列号", "产品序列号", "出厂号")),
    ColumnSpec("book_entry_on", "财务入账日期", "date", aliases=("记账日期",)),
    ColumnSpec("voucher_no", "会计凭证号", aliases=("凭证号", "记账凭证号", "凭证编号")),
    ColumnSpec("book_depreciation", "累计折旧", aliases=("累计折旧额", "已提折旧")),
    ColumnSpec("book_net", "净值", aliases=("账面净值", "净值/账面净值", "资产净值")),
]
# the government asset system's (行政事业单位资产管理信息系统) words and ours
ACQUISITION_WORDS = {"新购": "购置", "政府采购": "购置", "采购": "购置", "自行采购": "购置", "购入": "购置", "接受捐赠": "捐赠", "受赠": "捐赠",
                     "调入": "调拨", "无偿调入": "调拨", "无偿划转": "调拨", "划拨": "调拨", "自行建造": "自建", "自建": "自建"}
STATUS_WORDS = {"出借": "在用", "出租": "在用", "待处置": "待报废", "报废": "待报废", "维修": "维修中", "毁损": "待报废",
                "盘亏": "丢失", "闲置": "闲置", "在用": "在用"}

CHUNK = 2000


def columns() -> list[ColumnSpec]:
    return COLUMNS


def import_assets(
    session: Session,
    path: Path,
    *,
    skip_invalid: bool = False,
    update: bool = False,
    create_refs: bool = False,
    progress: Progress | None = None,
    default_class: str = "",
) -> ImportReport:
    """Check every row first; write nothing if any is bad (ImportRejected), unless skip_invalid. The file is read and the
    rows checked without the write lock; only the write waits its turn (checked again if another writer came between).

    The rows are streamed: each is checked as it is read and the good ones staged on disk (core.staging), so a register
    of 200,000 rows is imported in bounded memory."""
    from logistics_desktop.core.db import checking_first, writing_now

    checking_first(session)
    with open_register(Path(path), COLUMNS) as register:
        checked = _Checked(session, register, update=update, create_refs=create_refs, progress=progress, default_class=default_class)
        try:
            checked.report.check(skip_invalid)
            if writing_now(session):
                checked.close()
                checked = _Checked(session, register, update=update, create_refs=create_refs, progress=progress, default_class=default_class)
                checked.report.check(skip_invalid)
            checked.write(session)
        finally:
            checked.close()
    report = checked.report
    report.imported, report.updated = len(checked.new_cards), getattr(checked, "changed", 0)  # rows that changed nothing are not "updated"
    report.written = bool(report.imported or report.updated)
    if report.written:
        audit.record(session, "asset", None, "导入", None, {"file": Path(path).name, "new": report.imported, "updated": report.updated})
    if progress:
        progress(checked.total * 2, checked.total * 2)  # a cancel during the last chunk still writes nothing
    return report


def _translated(values: dict[str, Any], said: Counter) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """A row in our words: the government system's vocabularies, 规格 and 型号 joined, a life in months as years (month-only
    dates the reader already took as the first of the month). Returns the values and the problems (column key, message)."""
    v, problems = dict(values), []
    model = str(v.pop("model", "") or "").strip()
    if model:
        v["spec"] = " ".join(x for x in (str(v.get("spec") or "").strip(), model) if x)
    class_name = v.pop("class_name", None)
    if not str(v.get("class_code") or "").strip() and class_name:
        v["class_code"] = class_name
    for key, words, label in (("acquisition", ACQUISITION_WORDS, "取得方式"), ("status", STATUS_WORDS, "使用状况")):
        word = str(v.get(key) or "").strip()
        if word in words and words[word] != word:
            v[key] = words[word]
            said[f"{label}“{word}”按“{words[word]}”"] += 1
    months = v.pop("service_months", None)
    if months not in (None, ""):
        try:
            n = int(float(str(months).strip()))
        except ValueError:
            problems.append(("service_months", f"折旧年限（月）“{months}”不是整数"))
        else:
            if n <= 0 or n % 12:
                problems.append(("service_months", f"折旧年限 {n} 个月不是整年，请核对"))
            else:
                v["service_years"] = n // 12
                said["折旧年限按月读取"] += 1
    return v, problems


_UNNUMBERED = "\0待编号"  # a row without a code: checked as a new code, numbered at the write in the school's pattern


class _Checked:
    """A register read and every row checked against the file and the school's cards; the good rows staged for the write."""

    def __init__(self, session: Session, register, *, update: bool, create_refs: bool, progress: Progress | None, default_class: str = ""):
        sheet = register.sheet
        self.report = report = ImportReport(problems=sheet.problems, unused_columns=sheet.unused)  # the reader adds its row problems as it reads
        self.new_cards, self.updates = Staged(), Staged()
        self.progress, self.total = progress, register.size
        if sheet.header_row is None or any(r == sheet.header_row for r, _, _ in sheet.problems):
            self.close()
            raise ImportRejected(report)
        labels = {c.key: sheet.headers.get(c.key) or c.label for c in COLUMNS}
        self.columns = set(sheet.headers)  # an update changes only what the file has columns for
        self.lookups = lookups = service.Lookups.load(session)
        default = " ".join(str(default_class or "").split()).upper()
        if default and default not in lookups.classes:
            self.close()
            raise InputError("default_class", f"默认分类“{default}”不在资产分类中")
        classifier = Classifier.load(session, set(lookups.classes), lookups.class_names, default)
        said: Counter = Counter()  # what was read in our words, for the report
        self.seen: dict[str, int] = {}  # the file's codes, each with its first row
        self.new_rooms: dict[str, str] = {}  # name_key -> the first spelling in the file: a variant never makes a second one
        self.new_people: dict[str, str] = {}
        told = (lambda done, total: progress(done, total * 2)) if progress else None  # reading and checking: the first half
        for record in register.rows(told):
            report.total_rows += 1
            values, wrong = _translated(record.values, said)
            if wrong:
                report.problems.extend((record.number, labels.get(key, ""), message) for key, message in wrong)
                continue
            code = values["code"] = " ".join(str(values.get("code") or "").split()) or _UNNUMBERED
            if code in self.seen:
                report.problems.append((record.number, labels["code"], f"与第 {self.seen[code]} 行编号重复：{code}"))
                continue
            if code != _UNNUMBERED:
                self.seen[code] = record.number
            existing = lookups.codes.get(code)
            if existing is not None and not update:
                report.problems.append((record.number, labels["code"], f"资产编号“{code}”已在系统中（要更新已有卡片请用“更新已有记录”）"))
                continue
            inferred = ""
            if existing is None or "class_code" in self.columns:  # a class given as a word, a finer code, or none at all
                values["class_code"], inferred = classifier.classify(str(values.get("class_code") or ""), str(values.get("name") or ""),
                                                                     str(values.get("spec") or ""))
            if existing is not None:  # what the file leaves out stays as the card has it
                values = service.merged_for_update(session, existing, values, self.columns | {"code"}, lookups)
            clean, errors = service.check_card(values, lookups, existing, new_rooms_ok=create_refs)
            clean["class_inferred"] = inferred
            report.problems.extend((record.number, labels.get(e.field, ""), e.message) for e in errors if e.field not in record.bad_keys)
            if errors or record.bad_keys:
                continue
            if clean["new_room"]:
                self.new_rooms.setdefault(service.name_key(clean["new_room"]), service.new_name(clean["new_room"]))
            if clean["new_custodian"]:
                self.new_people.setdefault(service.name_key(clean["new_custodian"]), service.new_name(clean["new_custodian"]))
            if existing is None:
                self.new_cards.add(clean)
            else:
                self.updates.add((existing, values))
        self.total = max(self.total, report.total_rows)
        if classed := classifier.summary():
            report.notes.append(classed)
        if register.sheet.month_only:
            said["只写到月份的日期（如 2019.9）按当月 1 日"] = register.sheet.month_only
        report.notes += [f"{what}：{n} 行" for what, n in said.items()]

    def write(self, session: Session) -> None:
        from logistics_desktop.directory import service as directory

        lookups = self.lookups
        for key, name in sorted(self.new_rooms.items()):
            lookups.rooms[name] = lookups.room_keys[key] = directory.save(session, directory.ROOMS, {"name": name})
        for key, name in sorted(self.new_people.items()):
            lookups.staff[name] = lookups.staff_keys[key] = directory.save(session, directory.STAFF, {"name": name})
        if len(self.new_cards):
            file_codes = list(self.seen)
            next_code = service.next_code(session, file_codes)
            taken = set(file_codes) | set(lookups.codes)
            now = datetime.now()

            def rows():
                nonlocal next_code
                for chunk in self.new_cards.chunks(CHUNK):
                    for clean in chunk:
                        if clean["code"] == _UNNUMBERED:  # the next codes of the school's pattern, none in the file
                            clean["code"] = next_code
                            next_code = _increment(next_code, taken)
                        room, person = clean.pop("new_room"), clean.pop("new_custodian")
                        clean.update(room_id=clean["room_id"] or lookups.room(room), custodian_id=clean["custodian_id"] or lookups.person(person),
                                     created_at=now,
                                     loan_party="", loan_due=None, retired_on=None)
                    yield chunk
                    del chunk  # one chunk in memory at a time

            with _search_index_filled_at_the_end(session):
                _insert(session, rows(), now, self.progress, self.total)
        self.changed = 0
        for chunk in self.updates.chunks(CHUNK):
            for card_id, values in chunk:
                # only the file's columns, only where they differ, each change in the card's history; a changed room or
                # custodian is a transfer, so the history shows it
                changed = bool(service.update_card(session, card_id, values, only=self.columns, lookups=lookups, history="Excel 导入更新"))
                view = service.card(session, card_id)
                # names as the directory spells them (the file may write 一(2)班 for 一（2）班)
                rooms, people = {i: n for n, i in lookups.rooms.items()}, {i: n for n, i in lookups.staff.items()}
                room = rooms.get(lookups.room(str(values.get("room") or "").strip()), "") if "room" in self.columns else ""
                custodian = (people.get(lookups.person(str(values.get("custodian") or "").strip()), "") if "custodian" in self.columns
                             else view.values["custodian"])
                if room and (room, custodian) != (view.values["room"], view.values["custodian"]):
                    service.transfer(session, card_id, to_room=room, to_custodian=custodian, note="Excel 导入更新")
                    changed = True
                self.changed += changed

    def close(self) -> None:
        self.new_cards.close()
        self.updates.close()


def _increment(code: str, taken: set[str]) -> str:
    taken.add(code)
    prefix, digits = service._CODE_TAIL.match(code).groups()
    number = int(digits) + 1
    while f"{prefix}{number:0{len(digits)}d}" in taken:
        number += 1
    return f"{prefix}{number:0{len(digits)}d}"


def _insert(session: Session, chunks: Iterable[list[dict[str, Any]]], now: datetime, progress: Progress | None, total: int) -> None:
    """Core inserts of the cards and their 新增 lines: 10,000 ORM objects would take seconds."""
    table = Asset.__table__
    top = session.execute(text("SELECT coalesce(max(id), 0) FROM asset")).scalar_one()
    # straight to the driver with SQLAlchemy's own conversions (bind_processor): the same stored
    # values as insert(table), without building a parameter dict per row
    connection = session.connection()
    columns = [c for c in table.c if c.name != "id"]
    convert = [c.type.bind_processor(connection.dialect) for c in columns]
    names = ", ".join(f'"{c.name}"' for c in columns)
    sql = f"INSERT INTO asset ({names}) VALUES ({', '.join('?' * len(columns))})"
    written = 0
    for chunk in chunks:
        connection.exec_driver_sql(sql, [tuple(f(r[c.name]) if f else r[c.name] for c, f in zip(columns, convert)) for r in chunk])
        written += len(chunk)
        del chunk  # before the next is made
        if progress:
            progress(total + written, total * 2)
    # each new card's 新增 line, in one statement
    movement = AssetMovement.__table__
    columns = ("asset_id", "kind", "on", "to_room_id", "to_custodian_id", "party", "amount_fen", "reason", "result", "note",
               "open", "actor", "created_at")
    source = select(table.c.id, literal("新增"), table.c.acquired_on, table.c.room_id, table.c.custodian_id, literal(""), literal(0),
                    literal(""), literal(""), literal("Excel 导入"), literal(False), literal(audit.current_actor()),
                    literal(now, type_=movement.c.created_at.type)).where(table.c.id > top)
    session.execute(insert(movement).from_select([movement.c[c] for c in columns], source))


@contextmanager
def _search_index_filled_at_the_end(session: Session):
    """Index the new cards in one statement instead of one trigger run per row (twice as fast).

    The trigger is dropped and re-created from its own stored SQL inside the import's transaction,
    so a failed import leaves it exactly as it was.
    """
    trigger = session.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'asset_search_insert'")).scalar_one()
    top = session.execute(text("SELECT coalesce(max(id), 0) FROM asset")).scalar_one()
    session.execute(text("DROP TRIGGER asset_search_insert"))
    yield
    session.execute(text(
        "INSERT INTO asset_search(rowid, code, name, spec, room, custodian) "
        "SELECT a.id, a.code, a.name, a.spec, coalesce(r.name, ''), coalesce(p.name, '') FROM asset a "
        "LEFT JOIN room r ON r.id = a.room_id LEFT JOIN staff p ON p.id = a.custodian_id WHERE a.id > :top"
    ).bindparams(top=top))
    session.execute(text(trigger))
