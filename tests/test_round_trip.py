"""Nothing lost on the way back: an update import changes only the columns the file has, only where they differ, and
every change goes into the card's history and the audit log."""

from __future__ import annotations

import json
import sqlite3

import openpyxl

from logistics_desktop.assets import importer, reports, service


def dump(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("asset", "asset_movement", "room", "staff", "audit_log")}
    finally:
        con.close()


def test_export_then_update_import_of_the_same_file_changes_nothing(demo_db, tmp_path):
    with demo_db.session() as session:
        exported = reports.export_assets(session, tmp_path / "资产.xlsx")
    before = dump(demo_db.path)
    with demo_db.session() as session:
        report = importer.import_assets(session, tmp_path / "资产.xlsx", update=True)
    assert exported > 1000 and (report.imported, report.updated, report.problems) == (0, 0, [])
    after = dump(demo_db.path)
    assert {t: rows for t, rows in after.items() if t != "audit_log"} == {t: rows for t, rows in before.items() if t != "audit_log"}
    assert len(after["audit_log"]) == len(before["audit_log"])  # not even an "导入" line: nothing was written


def test_a_file_with_a_few_columns_changes_only_those_and_the_history_says_so(demo_db, tmp_path):
    with demo_db.session() as session:
        card = session.exec(service.select(service.Asset).where(service.Asset.brand != "", service.Asset.supplier != "")).first()
        code, name, brand, supplier, funding = card.code, card.name, card.brand, card.supplier, card.funding
        history_before = len(service.card(session, card.id).history)
    book = openpyxl.Workbook()
    book.active.append(["资产编号", "资产名称", "品牌", "备注"])  # no 分类, 数量, 单价 … : those stay as the card has them
    book.active.append([code, name, "新品牌", card.note])  # the name and note unchanged: not changes
    book.save(tmp_path / "部分.xlsx")
    with demo_db.session() as session:
        report = importer.import_assets(session, tmp_path / "部分.xlsx", update=True)
        assert report.updated == 1
    with demo_db.session() as session:
        view = service.card(session, card.id)
        assert (view.values["brand"], view.values["supplier"], view.values["funding"]) == ("新品牌", supplier, funding)
        assert len(view.history) == history_before + 1
        entry = view.history[-1]
        assert entry["kind"] == "修改" and entry["note"] == f"Excel 导入更新：品牌：{brand} → 新品牌"
    with sqlite3.connect(demo_db.path) as con:
        logged = con.execute("SELECT changes FROM audit_log WHERE entity = 'asset' AND entity_id = ? ORDER BY id DESC", (card.id,)).fetchone()
    assert json.loads(logged[0]) == {"brand": [brand, "新品牌"]}  # old and new of the one change
