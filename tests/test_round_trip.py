"""Nothing lost on the way back: an update import changes only the columns the file has, only where they differ, and
every change goes into the card's history and the audit log."""

from __future__ import annotations

import json
import sqlite3
import zipfile

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


def test_missing_custodians_and_rooms_are_created_once_and_variants_are_matched(db, tmp_path):
    from logistics_desktop.directory import service as directory

    with db.session() as session:
        directory.save(session, directory.ROOMS, {"name": "一（2）班教室"})
        directory.save(session, directory.STAFF, {"name": "任桂芳"})
    book = openpyxl.Workbook()
    book.active.append(["资产名称", "分类", "数量", "单价", "取得日期", "存放地点", "保管人"])
    rows = [["台式计算机", "A02010105", 1, 4200, "2024-09-01", "一(2)班教室", "任 桂芳"],  # variants of what is there
            ["投影仪", "A02010105", 1, 3500, "2024-09-01", "科学实验室", "孙 老师"],  # neither exists
            ["打印机", "A02010105", 1, 1800, "2024-09-01", "科学实验室 ", "孙老师"]]  # the same two, spelt again
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "登记簿.xlsx")
    with db.session() as session:
        try:
            importer.import_assets(session, tmp_path / "登记簿.xlsx")
        except importer.ImportRejected as refused:
            lines = refused.report.problem_lines()
        assert any("保管人“孙 老师”不在人员名册中" in line for line in lines) and any("科学实验室" in line for line in lines)
        assert not any("任 桂芳" in line or "一(2)班教室" in line for line in lines)  # the variants were found
    with db.session() as session:
        report = importer.import_assets(session, tmp_path / "登记簿.xlsx", create_refs=True)
        assert report.imported == 3
    with db.session() as session:
        staff = [r["name"] for r in directory.rows(session, directory.STAFF)]
        rooms = [r["name"] for r in directory.rows(session, directory.ROOMS)]
        cards = {c.name: service.card(session, c.id).values for c in session.exec(service.select(service.Asset))}
    assert sorted(staff) == sorted(["任桂芳", "孙老师"]) and sorted(rooms) == sorted(["一（2）班教室", "科学实验室"])
    assert (cards["台式计算机"]["room"], cards["台式计算机"]["custodian"]) == ("一（2）班教室", "任桂芳")
    assert (cards["打印机"]["room"], cards["打印机"]["custodian"]) == ("科学实验室", "孙老师")


def test_no_exported_sheet_runs_a_formula_a_register_brought_in(cli, db, tmp_path):
    """A room imported as =HYPERLINK(…) comes back out as text in `export rooms` and `print room-list`, never a formula."""
    from logistics_desktop.directory import service as directory

    typed = ['=HYPERLINK("http://x.cn","点我")', "=1+1", "@SUM(A1)", "+86 571", "-3 层"]
    with db.session() as session:
        for name in typed:
            directory.save(session, directory.ROOMS, {"name": name})
    for args in (("export", "rooms", "-o", tmp_path / "rooms.xlsx"), ("print", "room-list", "-o", tmp_path / "room-list.xlsx")):
        result = cli("--db", db.path, *args)
        assert result.returncode == 0, result.stderr
        book = openpyxl.load_workbook(args[-1])
        cells = [c for row in book.active.iter_rows() for c in row if c.value in typed]
        assert sorted(c.value for c in cells) == sorted(typed), args
        assert {c.data_type for c in cells} == {"s"}  # text cells: no formula (data type "f") anywhere
        with zipfile.ZipFile(args[-1]) as package:
            assert "<f>" not in package.read("xl/worksheets/sheet1.xml").decode("utf-8")
