"""Backups belong to their data file by its full path: files sharing a name prefix, or a name in two folders, keep their
own; rotation keeps the last copy before a restore and before a migration; half-written copies are cleared; an open
that keeps failing does not make a copy each time."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat

import pytest
from sqlalchemy.exc import OperationalError

from logistics_desktop.core import backup
from logistics_desktop.core.db import make_engine, open_database
from logistics_desktop.core.migrations.runner import upgrade


def test_prefix_sharing_names_keep_their_own_backups(db_path, tmp_path):
    school = tmp_path / "logistics.sqlite3"
    older = tmp_path / "logistics-2025.sqlite3"
    shutil.copyfile(db_path, school)
    shutil.copyfile(db_path, older)
    kept = backup.backup_database(older)
    for _ in range(backup.KEEP_BACKUPS + 3):
        backup.backup_database(school)
    assert backup.backups_of(older) == [kept] and kept.exists()
    assert len(backup.backups_of(school)) == backup.KEEP_BACKUPS


def test_the_same_name_in_two_folders_has_two_daily_backups(db_path, tmp_path):
    a, b = tmp_path / "a" / "school.sqlite3", tmp_path / "b" / "school.sqlite3"
    for path in (a, b):
        path.parent.mkdir()
        shutil.copyfile(db_path, path)
        open_database(path).close()
    assert len(backup.backups_of(a)) == 1 and len(backup.backups_of(b)) == 1 and backup.backups_of(a) != backup.backups_of(b)


def test_rotation_keeps_the_last_copy_before_a_restore_and_a_migration(db_path):
    restore = backup.backup_database(db_path, reason="before-restore")
    migration = backup.backup_database(db_path, reason="before-migration")
    for _ in range(backup.KEEP_BACKUPS + 5):
        backup.backup_database(db_path)
    left = backup.backups_of(db_path)
    assert restore in left and migration in left and len(left) == backup.KEEP_BACKUPS + 2


def test_a_half_written_copy_is_cleared_on_the_next_backup(db_path):
    folder = backup.backup_folder(db_path)
    (folder / "school-20261201-000000-000000-daily.sqlite3.part").write_bytes(b"SQLite format 3\x00half")
    (folder / "school-20261201-000000-000000-daily.sqlite3.part-journal").write_bytes(b"x")
    backup.backup_database(db_path)
    assert not list(folder.glob("*.part*"))


def test_an_open_that_keeps_failing_makes_one_copy(tmp_path):
    path = tmp_path / "old.sqlite3"
    upgrade(make_engine(path), "0011")
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE health_disease (id INTEGER PRIMARY KEY)")  # migration 0012 will fail on it
    con.close()
    for _ in range(5):
        with pytest.raises(OperationalError, match="already exists"):
            open_database(path)
    assert [b.name.endswith("before-migration.sqlite3") for b in backup.backups_of(path)] == [True]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_file_and_its_backups_are_the_owners_alone(tmp_path, user_home):
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    copy = backup.backup_database(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700 and stat.S_IMODE((user_home / "backups").stat().st_mode) == 0o700
