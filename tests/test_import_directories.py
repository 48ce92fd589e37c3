"""Importing the registers schools keep into the shared directories: all or nothing, or the good rows."""

from __future__ import annotations

import openpyxl
import pytest

from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.directory import service


def rooms_register(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["示范区实验小学 房间一览表"])
    ws.append(["（2026年9月）"])
    ws.append(["序号", "存放地点", "所在楼", "层", "房间用途", "负责人"])
    for row in rows:
        ws.append(row)
    ws.append(["合计", "3 间"])
    wb.save(path)
    return path


GOOD = [[1, "图书室", "综合楼", 1, "图书馆", "王静"], [2, "科学实验室", "综合楼", "2", "专用教室", "王静"]]
BAD = [[3, "音乐教室", "综合楼", "三楼", "专用教室", "不认识的人"]]


@pytest.fixture
def with_staff(db):
    with db.session() as session:
        service.save(session, service.STAFF, {"name": "王静"})
    return db


def test_a_file_with_a_bad_row_imports_nothing(with_staff, tmp_path):
    path = rooms_register(tmp_path / "rooms.xlsx", GOOD + BAD)
    with pytest.raises(ImportRejected) as caught, with_staff.session() as session:
        service.import_file(session, service.ROOMS, path)
    assert caught.value.report.problems == [
        (6, "层", "楼层“三楼”不是数字"),
        (6, "负责人", "责任人“不认识的人”不在人员名册中，请先在 设置 → 人员 中添加"),
    ]
    with with_staff.session() as session:
        assert service.count(session, service.ROOMS) == 0


def test_skip_invalid_imports_the_good_rows_and_reports_the_rest(with_staff, tmp_path):
    path = rooms_register(tmp_path / "rooms.xlsx", GOOD + BAD)
    with with_staff.session() as session:
        report = service.import_file(session, service.ROOMS, path, skip_invalid=True)
    assert (report.total_rows, report.imported, report.updated) == (3, 2, 0)
    assert [p[0] for p in report.problems] == [6, 6]
    with with_staff.session() as session:
        rows = service.rows(session, service.ROOMS)
    assert [(r["name"], r["floor"], r["keeper"]) for r in rows] == [("图书室", 1, "王静"), ("科学实验室", 2, "王静")]


def test_repeated_and_existing_names_unless_update(with_staff, tmp_path):
    path = rooms_register(tmp_path / "rooms.xlsx", GOOD + [[3, "图书室", "综合楼", 1, "阅览", "王静"]])
    with pytest.raises(ImportRejected) as caught, with_staff.session() as session:
        service.import_file(session, service.ROOMS, path)
    assert caught.value.report.problems == [(6, "存放地点", "与第 4 行重复：图书室")]
    with with_staff.session() as session:
        service.import_file(session, service.ROOMS, rooms_register(tmp_path / "a.xlsx", GOOD))
    changed = [[1, "图书室", "综合楼", 2, "图书馆", "王静"]]
    with pytest.raises(ImportRejected) as caught, with_staff.session() as session:
        service.import_file(session, service.ROOMS, rooms_register(tmp_path / "b.xlsx", changed))
    assert "已存在" in caught.value.report.problems[0][2]
    with with_staff.session() as session:
        report = service.import_file(session, service.ROOMS, rooms_register(tmp_path / "b.xlsx", changed), update=True)
        assert report.updated == 1
        assert service.rows(session, service.ROOMS, "图书室")[0]["floor"] == 2


def test_create_missing_people(with_staff, tmp_path):
    rows = [[1, "音乐教室", "综合楼", 3, "专用教室", "新来的老师"]]
    with with_staff.session() as session:
        service.import_file(session, service.ROOMS, rooms_register(tmp_path / "r.xlsx", rows), create_refs=True)
        assert "新来的老师" in service.staff_names(session)
        assert service.rows(session, service.ROOMS)[0]["keeper"] == "新来的老师"


def test_a_bad_row_creates_no_people(with_staff, tmp_path):
    rows = [[1, "音乐教室", "综合楼", "顶楼", "专用教室", "新来的老师"]]
    with pytest.raises(ImportRejected), with_staff.session() as session:
        service.import_file(session, service.ROOMS, rooms_register(tmp_path / "r.xlsx", rows), create_refs=True)
    with with_staff.session() as session:
        assert service.staff_names(session) == ["王静"]


def test_export_then_import_round_trip(demo_db, db, tmp_path):
    with demo_db.session() as session:
        for key in ("staff", "terms", "rooms", "classes"):
            service.export_file(session, service.DIRECTORIES[key], tmp_path / f"{key}.xlsx")
        expected = {key: service.rows(session, service.DIRECTORIES[key]) for key in ("staff", "terms", "rooms", "classes")}
    with db.session() as session:
        for key in ("staff", "terms", "rooms", "classes"):
            report = service.import_file(session, service.DIRECTORIES[key], tmp_path / f"{key}.xlsx")
            assert report.imported == len(expected[key]) and not report.problems
    with db.session() as session:
        for key, rows in expected.items():
            strip = lambda rs: [{k: v for k, v in r.items() if k != "id"} for r in rs]  # noqa: E731
            assert strip(service.rows(session, service.DIRECTORIES[key])) == strip(rows)


def test_an_update_import_changes_only_the_files_columns_and_only_what_differs(demo_db, tmp_path):
    """Export then update-import of the same file changes nothing (no write, no log line); a file with fewer columns
    leaves the others alone and the log names what changed, old → new. The same for the patrol checklists."""
    import sqlite3

    from logistics_desktop.safety import templates

    with demo_db.session() as session:
        for key in ("staff", "rooms", "classes", "terms"):
            service.export_file(session, service.DIRECTORIES[key], tmp_path / f"{key}.xlsx")
        templates.export_file(session, tmp_path / "checklists.xlsx")
        before = {key: service.rows(session, service.DIRECTORIES[key]) for key in ("staff", "rooms", "classes", "terms")}
    log_lines = lambda: sqlite3.connect(demo_db.path).execute("SELECT count(*) FROM audit_log").fetchone()[0]  # noqa: E731
    logged = log_lines()
    with demo_db.session() as session:
        for key in ("staff", "rooms", "classes", "terms"):
            report = service.import_file(session, service.DIRECTORIES[key], tmp_path / f"{key}.xlsx", update=True)
            assert (report.imported, report.updated, report.problems) == (0, 0, []), key
        report = templates.import_file(session, tmp_path / "checklists.xlsx", update=True)
        assert (report.imported, report.updated, report.problems) == (0, 0, [])
    with demo_db.session(read_only=True) as session:
        assert {key: service.rows(session, service.DIRECTORIES[key]) for key in before} == before
    assert log_lines() == logged + 0  # nothing changed: nothing in the log (the import itself writes no line either)
    someone = before["staff"][0]
    book = openpyxl.Workbook()
    book.active.append(["姓名", "岗位"])
    book.active.append([someone["name"], "新岗位"])
    book.save(tmp_path / "few.xlsx")
    with demo_db.session() as session:
        report = service.import_file(session, service.STAFF, tmp_path / "few.xlsx", update=True)
        assert report.updated == 1
        after = service.row(session, service.STAFF, someone["id"])
    assert (after["post"], after["phone"], after["active"]) == ("新岗位", someone["phone"], someone["active"])
    con = sqlite3.connect(demo_db.path)
    (changes,) = con.execute("SELECT changes FROM audit_log WHERE entity = 'staff' AND action = '修改' ORDER BY id DESC").fetchone()
    con.close()
    assert "新岗位" in changes and "phone" not in changes
