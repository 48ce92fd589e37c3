"""Restore refuses what opening refuses, and checks a backup before it replaces anything: the live file is untouched
(byte for byte) whenever the restore is refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest


def md5(path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


@pytest.fixture
def good_backup(db_path, tmp_path, cli):
    backup = tmp_path / "good-backup.sqlite3"
    assert cli("--db", db_path, "backup", "-o", backup).returncode == 0
    return backup


def foreign(path):
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        con.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    con.close()
    return path


def newer(path, db_path):
    shutil.copyfile(db_path, path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()  # closed here: a connection closed later would checkpoint into the file during the test
    return path


def text_file(path):
    path.write_text("学校名单\n张三\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [foreign, newer, text_file], ids=["another program's file", "a newer file", "a text file"])
def test_restore_onto_a_file_opening_refuses_leaves_it_unchanged(make, tmp_path, db_path, good_backup, cli):
    target = tmp_path / "target.sqlite3"
    make(target, db_path) if make is newer else make(target)
    before = md5(target)
    result = cli("--db", target, "restore", good_backup)
    assert result.returncode == 1 and "未作任何改动" in result.stderr and "Traceback" not in result.stderr
    assert md5(target) == before


def test_a_backup_with_a_foreign_key_problem_is_refused(tmp_path, db_path, good_backup, cli):
    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(good_backup, broken)
    with sqlite3.connect(broken) as con:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("INSERT INTO school_class (name, grade, head_teacher_id, size) VALUES ('幽灵班', '', 999, 0)")
    before = md5(db_path)
    result = cli("--db", db_path, "restore", broken)
    assert result.returncode == 1 and "外键问题" in result.stderr
    assert md5(db_path) == before


def test_a_backup_that_cannot_be_migrated_is_refused_before_anything_is_replaced(tmp_path, db_path, cli):
    old = tmp_path / "old.sqlite3"
    from logistics_desktop.core.db import make_engine
    from logistics_desktop.core.migrations.runner import upgrade

    upgrade(make_engine(old), "0011")  # a backup from before the infectious-disease register
    with sqlite3.connect(old) as con:
        con.execute("CREATE TABLE health_disease (id INTEGER PRIMARY KEY)")  # in the way of migration 0012
    before = md5(db_path)
    result = cli("--db", db_path, "restore", old)
    assert result.returncode == 1 and "无法升级到本程序的数据结构" in result.stderr and "Traceback" not in result.stderr
    assert md5(db_path) == before
    assert cli("--db", db_path, "restore", tmp_path / "missing.sqlite3").returncode == 1


def test_a_good_backup_is_restored(tmp_path, db_path, good_backup, cli):
    result = cli("--db", db_path, "restore", good_backup)
    assert result.returncode == 0 and "已从" in result.stdout
