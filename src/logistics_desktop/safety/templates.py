"""Checklist templates to and from Excel, so schools can share them (`import patrol-templates FILE`).

One row per item: 区域, 频次, 复核签字, 类别, 检查项目, in order. Importing an area that exists
needs --update; its items then become the file's, and items missing from the file are retired
(not deleted), so past patrols keep their answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import Session

from logistics_desktop.core import audit
from logistics_desktop.core.errors import InputErrors, Progress
from logistics_desktop.core.modules import ImportReport
from logistics_desktop.core.report import Ledger, LedgerColumn
from logistics_desktop.directory.service import school_name
from logistics_desktop.safety import service
from logistics_desktop.safety.models import ChecklistItem
from logistics_desktop.spreadsheet import ColumnSpec

COLUMNS = [
    ColumnSpec("area", "区域", required=True, aliases=("巡查表", "巡查区域", "检查区域", "部位")),
    ColumnSpec("frequency", "频次", aliases=("巡查频次", "检查频次")),
    ColumnSpec("needs_reviewer", "复核签字", aliases=("需复核", "需复核签字")),
    ColumnSpec("category", "类别", aliases=("隐患类别",)),
    ColumnSpec("text", "检查项目", required=True, aliases=("检查内容", "项目", "内容")),
]


def columns() -> list[ColumnSpec]:
    return COLUMNS


def templates_ledger(session: Session) -> Ledger:
    rows = []
    for area in service.areas(session):
        rows += [[area.name, area.frequency, "是" if area.needs_reviewer else "否", area.category, item.text]
                 for item in service.items(session, area.id)]
    columns = [LedgerColumn("区域", 36), LedgerColumn("频次", 14, "center"), LedgerColumn("复核签字", 14, "center"),
               LedgerColumn("类别", 16, "center"), LedgerColumn("检查项目", 100)]
    return Ledger("安全巡查表模板", columns, rows, school=school_name(session), signatures=())


def export_file(session: Session, path: Path) -> int:
    ledger = templates_ledger(session)
    ledger.save(Path(path))
    return len(ledger.rows)


def import_file(session: Session, path: Path, *, skip_invalid: bool = False, update: bool = False, create_refs: bool = False,
                progress: Progress | None = None) -> ImportReport:
    from logistics_desktop.core.db import checking_first, writing_now
    from logistics_desktop.spreadsheet import read_register

    checking_first(session)  # the file read and its areas checked without the write lock; the write waits its turn
    sheet = read_register(Path(path), COLUMNS, progress=progress)
    report, planned, labels = _plan(session, sheet, update=update, progress=progress)
    report.check(skip_invalid)
    if writing_now(session):
        report, planned, labels = _plan(session, sheet, update=update, progress=progress)
        report.check(skip_invalid)
    for records, values, existing, texts in planned:
        if existing is not None and _unchanged(session, existing, values, list(texts)):
            continue  # the same checklist: nothing written, not counted as updated
        try:
            area_id = service.save_area(session, values, existing.id if existing else None)
        except InputErrors as exc:
            column = {"frequency": labels["frequency"], "category": labels["category"], "name": labels["area"]}
            report.problems += [(records[0].number, column.get(e.field, ""), e.message) for e in exc.errors]
            continue
        _replace_items(session, area_id, list(texts))
        if existing:
            report.updated += 1
        else:
            report.imported += 1
    report.check(skip_invalid)
    report.written = bool(report.imported or report.updated)
    if report.written:
        audit.record(session, "safety_area", None, "导入", None, {"file": Path(path).name, "areas": len(planned)})
    return report


def _plan(session: Session, sheet, *, update: bool, progress: Progress | None):
    """(report, [(rows, area values, existing area, item texts)], column labels): each area of the file checked, nothing written."""
    report = ImportReport(total_rows=len(sheet.rows), problems=list(sheet.problems), unused_columns=sheet.unused)
    labels = {c.key: sheet.headers.get(c.key) or c.label for c in COLUMNS}
    groups: dict[str, list[Any]] = {}
    for record in sheet.rows:
        name = service.tidy(record.values.get("area"))
        if name:
            groups.setdefault(name, []).append(record)
    bad_rows = {p[0] for p in report.problems}
    planned = []
    for done, (name, records) in enumerate(groups.items()):
        if progress:
            progress(done, len(groups))
        first = records[0].values
        values = {"name": name, "frequency": service.tidy(first.get("frequency")) or "每日",
                  "needs_reviewer": service.tidy(first.get("needs_reviewer")) in ("是", "需要", "Y", "y", "1", "√"),
                  "category": service.tidy(first.get("category")) or "其他", "active": True}
        problems = []
        existing = next((a for a in service.areas(session, include_inactive=True) if a.name == name), None)
        if existing is not None:  # an update changes only the file's columns: the others keep what the checklist has
            values.update({key: getattr(existing, key) for key in ("frequency", "needs_reviewer", "category", "active") if key not in sheet.columns})
        if existing and not update:
            problems.append((records[0].number, labels["area"], f"巡查表“{name}”已存在（要用文件中的项目替换请选择“更新已有记录”）"))
        if values["frequency"] not in service.FREQUENCIES:
            problems.append((records[0].number, labels["frequency"], f"频次应为 {'、'.join(service.FREQUENCIES)} 之一"))
        if values["category"] not in service.CATEGORIES:
            problems.append((records[0].number, labels["category"], f"类别应为 {'、'.join(service.CATEGORIES)} 之一"))
        texts: dict[str, int] = {}
        for r in records:
            text = service.tidy(r.values.get("text"))
            if not text:
                problems.append((r.number, labels["text"], "检查项目为空"))
            elif text in texts:
                problems.append((r.number, labels["text"], f"与第 {texts[text]} 行重复：{text}"))
            else:
                texts[text] = r.number
        if problems or bad_rows & {r.number for r in records}:  # an area is taken whole or not at all
            report.problems += problems
            continue
        planned.append((records, values, existing, texts))
    return report, planned, labels


def _unchanged(session: Session, existing, values: dict[str, Any], texts: list[str]) -> bool:
    same_area = all(getattr(existing, key) == value for key, value in values.items() if hasattr(existing, key))
    return same_area and [i.text for i in service.item_records(session, existing.id)] == texts


def _replace_items(session: Session, area_id: int, texts: list[str]) -> None:
    """The area's items become `texts` in that order; an item whose words are unchanged keeps its id."""
    current = {i.text: i for i in service.item_records(session, area_id, include_retired=True)}
    for position, text in enumerate(texts, 1):
        item = current.pop(text, None) or ChecklistItem(area_id=area_id, text=text)
        item.position, item.retired = position, False
        session.add(item)
    for leftover in current.values():
        if not leftover.retired:
            leftover.retired = True
            session.add(leftover)
    session.flush()

