"""The term's 后勤工作计划: items by month, typed, pasted from the Word table schools already write, imported from Excel or
copied from another term; an item tied to a module's duty is done when that module holds the record. Qt-free."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import Field, a_choice, a_date, collect, same, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import Duty, HomeItem, ImportReport
from logistics_desktop.directory import service as directory
from logistics_desktop.directory.models import Term
from logistics_desktop.plan.models import PlanItem

STATUSES = (QT_TRANSLATE_NOOP("Field", "已完成"), QT_TRANSLATE_NOOP("Field", "进行中"), QT_TRANSLATE_NOOP("Field", "未开始"),
            QT_TRANSLATE_NOOP("Field", "逾期"))
AREAS = (QT_TRANSLATE_NOOP("Field", "资产"), QT_TRANSLATE_NOOP("Field", "食堂"), QT_TRANSLATE_NOOP("Field", "卫生保健"),
         QT_TRANSLATE_NOOP("Field", "安全"), QT_TRANSLATE_NOOP("Field", "其他"))
# words that place a pasted item in its area, first match wins (an item names its area in passing: 食堂卫生检查)
AREA_WORDS = (("食堂", ("食堂", "食品", "伙食", "餐", "厨", "留样", "食谱")),
              ("卫生保健", ("体检", "卫生保健", "保健", "晨检", "传染病", "测量", "疫苗", "接种", "近视", "视力")),
              ("安全", ("安全", "消防", "演练", "巡查", "隐患", "防汛", "防溺水", "交通")),
              ("资产", ("资产", "清查", "盘点", "校产", "设备", "维修", "采购", "图书", "课桌")))
CHINESE_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
MONTH_HEADING = re.compile(r"^\s*(?:[（(]?\s*)?(十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])\s*月份?\s*[)）]?\s*[:：、.．]?\s*(.*)$")
NUMBERED = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[、.．)）]|[①-⑳]|[•·\-－—*]+)\s*(.+)$")
WHO = re.compile(r"[（(]?\s*(?:负责人|责任人|责任部门|负责)\s*[:：]\s*([^）)]+?)\s*[)）]?\s*$")

FIELDS = (
    Field("month", QT_TRANSLATE_NOOP("Field", "月份（如 9月 或 2026-09）"), required=True),
    Field("area", QT_TRANSLATE_NOOP("Field", "类别"), "choice", required=True, choices=same(*AREAS)),
    Field("what", QT_TRANSLATE_NOOP("Field", "工作内容"), required=True, max_length=200),
    Field("who", QT_TRANSLATE_NOOP("Field", "负责人"), "staff", max_length=40),
)
DONE_FIELDS = (
    Field("done_on", QT_TRANSLATE_NOOP("Field", "完成日期"), "date", required=True),
    Field("done_note", QT_TRANSLATE_NOOP("Field", "完成情况说明"), max_length=200),
)


@dataclass(frozen=True)
class ItemRow:
    id: int
    month: date
    position: int
    area: str
    what: str
    who: str
    duty: str
    duty_title: str
    done_on: date | None  # by hand, or the day the duty's record was found
    done_note: str
    status: str  # 已完成 / 进行中 / 未开始 / 逾期

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "month": f"{self.month:%Y-%m}", "month_shown": f"{self.month.month}月", "area": self.area, "what": self.what,
                "who": self.who, "duty": self.duty, "duty_title": self.duty_title, "done_on": self.done_on, "done_note": self.done_note,
                "status": self.status}


def all_duties() -> dict[str, Duty]:
    from logistics_desktop.modules import all_modules

    return {d.key: d for m in all_modules() for d in m.duties}


def fields() -> tuple[Field, ...]:
    """The item's form: FIELDS and the duty it may stand for, a choice among the modules' duties."""
    choices = (("", QT_TRANSLATE_NOOP("Field", "（无，手工打勾）")),) + tuple((d.key, d.title) for d in all_duties().values())
    return FIELDS + (Field("duty", QT_TRANSLATE_NOOP("Field", "对应的记录（有记录即自动完成）"), "choice", choices=choices),)


def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def term_months(term) -> list[date]:
    """The first days of the months a term touches (九月 … 一月)."""
    months, day = [], term.start.replace(day=1)
    while day <= term.end:
        months.append(day)
        day = next_month(day)
    return months


def guess_area(text: str) -> str:
    return next((area for area, words in AREA_WORDS if any(w in text for w in words)), "其他")


def guess_duty(text: str) -> str:
    return next((d.key for d in all_duties().values() if any(w in text for w in d.words)), "")


def status(item_month: date, done_on: date | None, today: date) -> str:
    if done_on:
        return "已完成"
    if next_month(item_month) <= today:
        return "逾期"
    return "进行中" if item_month <= today else "未开始"


def items(session: Session, term_id: int | None = None, today: date | None = None) -> list[ItemRow]:
    """A term's items in month order (the current term's by default), each with its status as of `today`."""
    today = today or date.today()
    if term_id is None:
        term = directory.current_term(session)
        if term is None:
            return []
        term_id = term.id
    duties = all_duties()
    found = []
    for i in session.exec(select(PlanItem).where(PlanItem.term_id == term_id).order_by(PlanItem.month, PlanItem.position, PlanItem.id)):
        done_on = i.done_on
        duty = duties.get(i.duty)
        if done_on is None and duty is not None:
            done_on = duty.done(session, i.month, next_month(i.month))
        found.append(ItemRow(i.id, i.month, i.position, i.area, i.what, i.who, i.duty, duty.title if duty else "", done_on, i.done_note,
                             status(i.month, done_on, today)))
    return found


def _month_in_term(session: Session, term, value: Any, field: str = "month") -> date:
    """A month typed as 2026-09, 2026年9月, 9月 or 九月, placed in the term (九月 of an autumn term is that September)."""
    text = tidy(value)
    m = re.fullmatch(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*(?:月|[-/.]\d{1,2}(?:\s00:00:00)?)?", text)  # a date cell: its month
    if m:
        month = date(int(m.group(1)), int(m.group(2)), 1) if 1 <= int(m.group(2)) <= 12 else None
    else:
        m = re.fullmatch(r"(十[一二]|[一二三四五六七八九十]|\d{1,2})\s*月?份?", text)
        number = (int(m.group(1)) if m.group(1).isdigit() else CHINESE_MONTHS[m.group(1)]) if m else None
        number = number if number and 1 <= number <= 12 else None
        month = next((d for d in term_months(term) if d.month == number), None) if number else None
        if number and month is None:
            raise InputError(field, f"“{text}”不在学期 {term.name}（{term.start:%Y-%m-%d} 至 {term.end:%Y-%m-%d}）之内")
    if month is None:
        raise InputError(field, f"月份“{text}”应写成 2026-09、9月 或 九月" if text else "请填写月份")
    if not term.start.replace(day=1) <= month <= term.end:
        raise InputError(field, f"{month:%Y-%m} 不在学期 {term.name}（{term.start:%Y-%m-%d} 至 {term.end:%Y-%m-%d}）之内")
    return month


def save_item(session: Session, values: dict[str, Any], item_id: int | None = None, term_id: int | None = None) -> int:
    errors: list[InputError] = []
    term = session.get(Term, term_id) if term_id else directory.current_term(session)
    if term is None:
        raise InputError("month", "请先在 学校信息 中设置当前学期")
    month = collect(errors, lambda v, f, label: _month_in_term(session, term, v, f), values.get("month"), "month", "月份")
    area = collect(errors, a_choice, values.get("area") or "其他", "area", "类别", AREAS)
    what = tidy(values.get("what"))
    if not what:
        errors.append(InputError("what", "请填写工作内容"))
    duty = tidy(values.get("duty"))
    if duty and duty not in all_duties():
        errors.append(InputError("duty", f"没有“{duty}”这种记录"))
    if errors:
        raise InputErrors(errors)
    item = session.get(PlanItem, item_id) if item_id else None
    if item_id and item is None:
        raise InputError("", "这一项已被删除")
    old = item.model_dump() if item else None
    if item is None:
        last = session.exec(select(PlanItem.position).where(PlanItem.term_id == term.id, PlanItem.month == month)
                            .order_by(PlanItem.position.desc())).first()  # type: ignore[union-attr]
        item = PlanItem(term_id=term.id, month=month, area=area, what=what, position=(last or 0) + 1)
    item.month, item.area, item.what, item.who, item.duty = month, area, what, tidy(values.get("who")), duty
    session.add(item)
    session.flush()
    audit.record(session, "plan_item", item.id, "修改" if old else "新增", old, item.model_dump())
    return item.id


def mark_done(session: Session, item_id: int, values: dict[str, Any]) -> None:
    """Ticked done by hand, with the day and a note (an item tied to a duty is done by its record, but may be ticked too)."""
    item = session.get(PlanItem, item_id)
    if item is None:
        raise InputError("", "这一项已被删除")
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("done_on"), "done_on", "完成日期")
    if errors:
        raise InputErrors(errors)
    old = item.model_dump()
    item.done_on, item.done_note = day, tidy(values.get("done_note"))
    session.add(item)
    session.flush()
    audit.record(session, "plan_item", item.id, "完成", old, item.model_dump())


def undo_done(session: Session, item_id: int) -> None:
    item = session.get(PlanItem, item_id)
    if item is None:
        raise InputError("", "这一项已被删除")
    old = item.model_dump()
    item.done_on, item.done_note = None, ""
    session.add(item)
    audit.record(session, "plan_item", item.id, "取消完成", old, item.model_dump())


def delete_item(session: Session, item_id: int) -> None:
    item = session.get(PlanItem, item_id)
    if item is None:
        raise InputError("", "这一项已被删除")
    old = item.model_dump()
    session.delete(item)
    audit.record(session, "plan_item", item_id, "删除", old, None)


@dataclass(frozen=True)
class PastedItem:
    line: int  # where it stood in the pasted text (1-based), for the problems
    month: str  # as written: 九月, 9月
    what: str
    who: str
    area: str
    duty: str


def read_text(text: str) -> tuple[list[PastedItem], list[tuple[int, str, str]]]:
    """A plan as schools write it in Word: month headings (二月、三月份：…) and numbered items under them (1. 、（1）、①、•);
    负责人：X at an item's end is who. Returns the items and the problems (line, column, message) of lines it cannot place."""
    found: list[PastedItem] = []
    problems: list[tuple[int, str, str]] = []
    month = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.replace("\u3000", " ").strip()
        if not line:
            continue
        heading = MONTH_HEADING.match(line)
        if heading and not NUMBERED.match(line):
            month = heading.group(1) + "月"
            line = heading.group(2).strip()
            if not line:
                continue
        numbered = NUMBERED.match(line)
        text_of_item = (numbered.group(1) if numbered else line).strip()
        if not month:
            problems.append((number, "月份", f"“{text_of_item[:20]}”前面没有月份标题（如“九月”）"))
            continue
        for part in re.split(r"\s*(?:；|;)\s*(?=\S)", text_of_item) if not numbered else [text_of_item]:
            who_match = WHO.search(part)
            who = who_match.group(1).strip() if who_match else ""
            what = part[: who_match.start()].strip(" ，,。") if who_match else part.strip(" 。")
            if what:
                found.append(PastedItem(number, month, what, who, guess_area(what), guess_duty(what)))
    return found, problems


def import_items(session: Session, pasted: list[PastedItem], problems: list[tuple[int, str, str]], *, term_id: int | None = None,
                 skip_invalid: bool = False) -> ImportReport:
    """Writes pasted or imported items into the term, all or nothing (or only the good ones when asked)."""
    term = session.get(Term, term_id) if term_id else directory.current_term(session)
    if term is None:
        raise InputError("term", "请先在 学校信息 中设置当前学期")
    report = ImportReport(total_rows=len(pasted) + len(problems), problems=list(problems))
    good = []
    for p in pasted:
        try:
            good.append((_month_in_term(session, term, p.month), p))
        except InputError as e:
            report.problems.append((p.line, "月份", e.message))
    report.check(skip_invalid)
    for month, p in good:
        save_item(session, {"month": f"{month:%Y-%m}", "area": p.area, "what": p.what, "who": p.who, "duty": p.duty}, term_id=term.id)
        report.imported += 1
    report.written = True
    return report


def read_file(path: Path) -> tuple[list[PastedItem], list[tuple[int, str, str]]]:
    """A plan file: .txt (the Word plan copied as text; UTF-8 or GBK) or a spreadsheet (.xlsx, .xls, .ods, .csv: columns 月份,
    工作内容, 负责人, 类别)."""
    from logistics_desktop.spreadsheet.books import decode_text, open_book

    path = Path(path)
    if path.suffix.lower() in (".txt", ".text"):
        return read_text(decode_text(path.read_bytes(), path.name))

    book = open_book(path)  # .xlsx, .xls, .ods or .csv; what it cannot read is said in words
    try:
        rows = [[tidy(c) for c in r] for r in book.rows(book.sheetnames[0])]
    finally:
        book.close()
    header_at = next((n for n, r in enumerate(rows[:10]) if "月份" in r and any(h in r for h in ("工作内容", "内容", "项目"))), None)
    if header_at is None:
        raise InputError("file", f"{path.name} 的前 10 行中找不到“月份”和“工作内容”两列")
    header = rows[header_at]
    col = {name: header.index(name) for name in header if name}
    what_col = next(col[h] for h in ("工作内容", "内容", "项目") if h in col)
    found, problems, month = [], [], ""
    for number, r in enumerate(rows[header_at + 1:], start=header_at + 2):
        cells = {name: r[i] for name, i in col.items() if i < len(r)}
        month = cells.get("月份") or month  # a merged month cell reads blank below its first row
        what = r[what_col] if what_col < len(r) else ""
        if not what:
            continue
        if not month:
            problems.append((number, "月份", "请填写月份"))
            continue
        area = cells.get("类别") if cells.get("类别") in AREAS else guess_area(what)
        found.append(PastedItem(number, month, what, cells.get("负责人") or cells.get("责任人") or "", area, guess_duty(what)))
    return found, problems


def import_plan(session: Session, path: Path, *, term_id: int | None = None, skip_invalid: bool = False, **_: Any) -> ImportReport:
    pasted, problems = read_file(path)
    return import_items(session, pasted, problems, term_id=term_id, skip_invalid=skip_invalid)


def copy_plan(session: Session, from_term: Any, to_term: Any) -> int:
    """Last term's plan into a new term, every month shifted by the months between the terms' starts; done marks are not
    copied. Refused when the new term already has a plan (nothing is doubled)."""
    source, target = directory.term_named(session, from_term), directory.term_named(session, to_term)
    if source.id == target.id:
        raise InputError("to", "请选择另一个学期")
    if session.exec(select(PlanItem.id).where(PlanItem.term_id == target.id)).first() is not None:
        raise InputError("to", f"学期 {target.name} 已有工作计划；要重新复制，请先删除其中的项目")
    shift = (target.start.year - source.start.year) * 12 + target.start.month - source.start.month
    last = target.end.replace(day=1)
    copied = 0
    for i in session.exec(select(PlanItem).where(PlanItem.term_id == source.id).order_by(PlanItem.month, PlanItem.position)):
        months = i.month.year * 12 + i.month.month - 1 + shift
        month = min(date(months // 12, months % 12 + 1, 1), last)
        item = PlanItem(term_id=target.id, month=month, position=i.position, area=i.area, what=i.what, who=i.who, duty=i.duty)
        session.add(item)
        session.flush()
        audit.record(session, "plan_item", item.id, "新增", None, item.model_dump())
        copied += 1
    if not copied:
        raise InputError("from", f"学期 {source.name} 没有工作计划可复制")
    return copied


def home_items(session: Session, today: date) -> list[HomeItem]:
    """This month's plan items not yet done, and earlier ones overdue (red). An item tied to a duty the module itself
    reminds of on 首页 (the drill, the quarterly fire inspection) is left to that module: shown once, not twice."""
    duties = all_duties()
    found = []
    for row in items(session, today=today):
        if row.status not in ("进行中", "逾期") or (duties.get(row.duty) and duties[row.duty].on_home):
            continue
        who = f"（{row.who}）" if row.who else ""
        if row.status == "逾期":
            found.append(HomeItem(row.month, Sentence(QT_TRANSLATE_NOOP("Home", "计划逾期：%1月 %2%3"), row.month.month, row.what, who), "overdue",
                                  "plan", f"plan:item:{row.id}"))
        else:
            found.append(HomeItem(row.month, Sentence(QT_TRANSLATE_NOOP("Home", "本月计划：%1%2"), row.what, who), "due", "plan", f"plan:item:{row.id}"))
    return found


def term_plan(session: Session, options: dict[str, Any]):
    """学期后勤工作计划表: month by month, for the notice board and the principal's signature."""
    from logistics_desktop.core.report import Ledger, LedgerColumn

    term = directory.term_named(session, "" if tidy(options.get("term")) == "本学期" else options.get("term"))
    rows, last_month, n = [], None, 0
    for row in items(session, term.id):
        n = n + 1 if row.month == last_month else 1
        rows.append([f"{row.month.month}月" if row.month != last_month else "", n, row.area, row.what, row.who,
                     f"已完成 {row.done_on:%m-%d}" if row.done_on else ("逾期" if row.status == "逾期" else "")])
        last_month = row.month
    cols = [LedgerColumn("月份", 14, "center"), LedgerColumn("序号", 10, "center"), LedgerColumn("类别", 18, "center"),
            LedgerColumn("工作内容", 88), LedgerColumn("负责人", 24, "center"), LedgerColumn("完成情况", 26, "center")]
    return Ledger("学期后勤工作计划表", cols, rows, school=directory.school_name(session), period=f"{term.name}（{term.start:%Y-%m-%d} 至 {term.end:%Y-%m-%d}）",
                  period_label="学期", signatures=("制表人", "分管领导", "校长"), summary=[f"共 {len(rows)} 项"])
