"""Opening, refusing, migrating and backing up the one SQLite file."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import SQLModel

from logistics_desktop.core import backup
from logistics_desktop.core.db import inspect_file, open_database
from logistics_desktop.core.errors import DatabaseRefused
from logistics_desktop.core.migrations import HEAD, KNOWN_REVISIONS, include_object
from logistics_desktop.core.migrations.runner import alembic_config
from logistics_desktop.core.models_registry import import_all_models


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_from_an_empty_file_create_every_table(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    with db.engine.connect() as con:
        tables = {r[0] for r in con.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        version = con.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    db.close()
    assert {"school", "term", "staff", "room", "school_class", "audit_log", "asset", "asset_class", "asset_movement", "asset_search"} <= tables
    assert version == HEAD


def test_known_revisions_match_the_alembic_scripts():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_current_head() == HEAD
    assert set(KNOWN_REVISIONS) == {rev.revision for rev in scripts.walk_revisions()}


def test_models_and_migrations_agree(db):
    import_all_models()
    with db.engine.connect() as con:
        context = MigrationContext.configure(con, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_migrations_never_read_todays_code():
    """Seed rows are literals in their migration: a later change to a default cannot break an install at an old revision."""
    import ast

    versions = Path(__file__).resolve().parent.parent / "src" / "logistics_desktop" / "core" / "migrations" / "versions"
    for path in sorted(versions.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
        imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not [m for m in imported if m.startswith("logistics_desktop")], path.name
        assert "Owned by" in (ast.get_docstring(tree) or ""), f"{path.name} should say which module owns its tables"


def test_a_fresh_file_holds_the_shipped_defaults(db):
    """When a shipped default changes, this fails until a data migration brings existing files along."""
    from logistics_desktop.assets.service import default_classes
    from logistics_desktop.safety.fire import default_kinds
    from logistics_desktop.safety.service import default_rows

    areas, items = default_rows()
    with db.engine.connect() as con:
        def rows(sql):
            return [dict(r._mapping) for r in con.execute(text(sql))]

        assert rows("SELECT code, name, depreciation FROM asset_class ORDER BY rowid") == default_classes()
        assert rows("SELECT name, first_repair_years, repair_every_years, scrap_years FROM safety_extinguisher_kind ORDER BY rowid") == default_kinds()
        assert [r["text"] for r in rows("SELECT text FROM safety_item ORDER BY id")] == [i["text"] for i in items]
        assert [r["name"] for r in rows("SELECT name FROM safety_area ORDER BY id")] == [a["name"] for a in areas]
        from logistics_desktop.core.rules import DISEASE_CLUSTER_RULES, DISEASES, OUTBREAK_RULES

        assert [tuple(r.values()) for r in rows("SELECT name, symptoms, days, cases, scope, report_hours FROM health_outbreak_rule "
                                                "WHERE disease = '' ORDER BY id")] == list(OUTBREAK_RULES.value)
        assert [tuple(r.values()) for r in rows("SELECT name, disease, days, cases, scope, report_hours FROM health_outbreak_rule "
                                                "WHERE disease != '' ORDER BY id")] == list(DISEASE_CLUSTER_RULES.value)
        assert [tuple(r.values()) for r in rows("SELECT name, isolation_days, counted_from, isolation_note, observation_days, source "
                                                "FROM health_disease ORDER BY id")] == list(DISEASES.value)
        from logistics_desktop.core.rules import HEALTH_DISINFECTION

        assert [tuple(r.values()) for r in rows("SELECT target, method, min_minutes, min_mg_l, max_mg_l FROM health_disinfection_rule ORDER BY id")] \
            == list(HEALTH_DISINFECTION.value)


def test_pragmas_wal_foreign_keys_busy_timeout(db):
    with db.engine.connect() as con:
        assert con.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert con.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert con.execute(text("PRAGMA busy_timeout")).scalar_one() == 30000  # a long import may hold the file that long


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "台账.xlsx.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 50)
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="不是本程序的数据文件"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_newer_database_is_refused_and_untouched(db_path):
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = digest(db_path)
    with pytest.raises(DatabaseRefused, match="更新版本的程序"):
        open_database(db_path)
    assert digest(db_path) == before


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="其他程序"):
        open_database(path)
    assert digest(path) == before


def test_an_empty_file_is_a_new_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert inspect_file(path).is_new
    open_database(path).close()
    assert inspect_file(path).revision == HEAD


def test_an_older_database_is_backed_up_then_migrated(tmp_path, user_home):
    from logistics_desktop.core.db import make_engine
    from logistics_desktop.core.migrations.runner import upgrade

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0001")  # a file written by the first version of the program
    with engine.begin() as con:
        con.execute(text("INSERT INTO staff (name, post, phone, active) VALUES ('王静', '语文教师', '', 1)"))
    engine.dispose()
    assert inspect_file(path).revision == "0001" and inspect_file(path).needs_migration
    db = open_database(path)
    with db.engine.connect() as con:
        assert con.execute(text("SELECT name FROM staff")).scalars().all() == ["王静"]
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD
        assert con.execute(text("SELECT count(*) FROM asset_class")).scalar_one() > 50
    db.close()
    saved = [p for p in (user_home / "backups").rglob("*.sqlite3") if "before-migration" in p.name]
    assert len(saved) == 1
    con = sqlite3.connect(saved[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT name FROM staff").fetchall() == [("王静",)]
    con.close()


def test_daily_backup_once_a_day_and_rotation(db_path, user_home):
    db_path.write_bytes(db_path.read_bytes())
    open_database(db_path).close()
    open_database(db_path).close()
    daily = [p for p in (user_home / "backups").rglob("*.sqlite3") if "daily" in p.name]
    assert len(daily) == 1
    for _ in range(backup.KEEP_BACKUPS + 5):
        backup.backup_database(db_path)
    assert len(backup.backups_of(db_path)) == backup.KEEP_BACKUPS
    assert datetime.now().strftime("%Y%m%d") in backup.backups_of(db_path)[0].name


def test_backup_is_a_consistent_copy_while_the_database_is_open(db):
    from logistics_desktop.directory import service

    with db.session() as session:
        service.save(session, service.STAFF, {"name": "张伟", "post": "后勤干事"})
    copy = backup.backup_database(db.path)
    con = sqlite3.connect(copy)
    assert con.execute("SELECT name FROM staff").fetchall() == [("张伟",)]
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_restore_replaces_data_and_keeps_a_safety_copy(db, tmp_path):
    from logistics_desktop.directory import service

    with db.session() as session:
        service.save(session, service.STAFF, {"name": "张伟"})
    saved = backup.backup_database(db.path, tmp_path / "saved.sqlite3")
    with db.session() as session:
        service.save(session, service.STAFF, {"name": "李娜"})
    db.close()
    safety = backup.restore_database(saved, db.path)
    reopened = open_database(db.path, backup=False)
    with reopened.session() as session:
        assert service.staff_names(session) == ["张伟"]
    reopened.close()
    con = sqlite3.connect(safety)
    assert {r[0] for r in con.execute("SELECT name FROM staff")} == {"张伟", "李娜"}
    con.close()


def test_check_reports_integrity_and_version(db_path):
    report = backup.check_database(db_path)
    assert report.ok
    assert report.revision == HEAD
    assert "完整性检查：正常" in report.lines()


def test_everything_in_a_session_is_one_transaction_ddl_included(db):
    """The driver would commit DDL on the spot; a failed action must leave nothing behind."""
    with pytest.raises(RuntimeError), db.session() as session:
        session.execute(text("DROP TRIGGER asset_search_insert"))
        session.execute(text("INSERT INTO staff (name, post, phone, active) VALUES ('半途', '', '', 1)"))
        raise RuntimeError("the action fails half way")
    with db.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'asset_search_insert'")).scalar_one() == 1
        assert con.execute(text("SELECT count(*) FROM staff")).scalar_one() == 0


def test_a_failed_import_keeps_the_search_trigger(db, tmp_path, monkeypatch):
    import openpyxl

    from logistics_desktop.assets import importer

    wb = openpyxl.Workbook()
    wb.active.append(["资产名称", "分类", "单价", "购置日期"])
    wb.active.append(["钢琴", "A0234", "26800", "2024-09-01"])
    wb.save(tmp_path / "a.xlsx")

    def broken_insert(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "_insert", broken_insert)  # fail after the trigger was dropped
    with pytest.raises(RuntimeError), db.session() as session:
        importer.import_assets(session, tmp_path / "a.xlsx")
    with db.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'asset_search_insert'")).scalar_one() == 1
