"""Full disks and read-only files said in words: what happened and what was not saved, exit 1, no traceback, no empty
file left behind; a read-only data file opens to look and print, every save refused with the reason; a daily backup
that cannot be made is a warning, not a window that never opens."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess

import pytest

from logistics_desktop.core import backup
from logistics_desktop.core.db import READ_ONLY_NOTICE, open_database


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs, where this machine lets the tests mount one."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if shutil.which("mount") is None or os.name != "posix":
        pytest.skip("no mount command on this machine")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'not permitted'})")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)  # lazily: a file of the test may still be open


def fill(disk, leave: int) -> None:
    free = shutil.disk_usage(disk).free
    (disk / "filler").write_bytes(b"\0" * max(0, free - leave))


def test_a_form_printed_onto_a_full_disk(small_disk, demo_db_path, cli):
    fill(small_disk, 20_000)
    out = small_disk / "台账.pdf"
    result = cli("--db", demo_db_path, "print", "asset-ledger", "-o", out)
    assert result.returncode == 1 and "磁盘已满" in result.stderr and "没有生成文件" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_data_file_on_a_full_disk(small_disk, db_path, cli, tmp_path):
    target = small_disk / "school.sqlite3"
    shutil.copyfile(db_path, target)
    fill(small_disk, 40_000)
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["编号", "姓名", "岗位"])
    for i in range(10000):
        wb.active.append([None, f"临时人员{i:05d}", "保洁员"])
    wb.save(tmp_path / "staff.xlsx")
    result = cli("--db", target, "--wait", "1", "import", "staff", tmp_path / "staff.xlsx")
    assert result.returncode == 1 and "磁盘已满" in result.stderr and "Traceback" not in result.stderr, result.stderr
    (small_disk / "filler").unlink()
    with sqlite3.connect(target) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM staff WHERE name LIKE '临时人员%'").fetchone()[0] == 0  # nothing half written


def test_a_read_only_file_opens_to_look_and_print(demo_db_path, monkeypatch, cli, tmp_path):
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode == os.W_OK and str(p) == str(demo_db_path) else real(p, mode, *a, **k))
    db = open_database(demo_db_path)
    assert db.read_only and db.warnings == (READ_ONLY_NOTICE,)
    from logistics_desktop.directory import service as directory

    with db.session(read_only=True) as session:
        assert directory.school_name(session)  # read as ever
    db.close()
    before = sqlite3.connect(demo_db_path).execute("SELECT count(*) FROM stocktake").fetchone()[0]
    refused = cli("--db", demo_db_path, "stocktake", "start", "--name", "只读", "--room", "一（1）班教室")
    assert refused.returncode == 1 and "文件只读" in refused.stderr and "Traceback" not in refused.stderr
    assert sqlite3.connect(demo_db_path).execute("SELECT count(*) FROM stocktake").fetchone()[0] == before
    assert cli("--db", demo_db_path, "print", "staff-list", "-o", tmp_path / "s.pdf").returncode == 0


def test_a_read_only_file_in_the_window(qtbot, demo_db_path, monkeypatch):
    from logistics_desktop.app import open_main_window

    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode == os.W_OK and str(p) == str(demo_db_path) else real(p, mode, *a, **k))
    window, refused = open_main_window(demo_db_path)
    assert refused is None
    qtbot.addWidget(window)
    assert "只读" in window.statusBar().currentMessage()
    from logistics_desktop.directory import service as directory

    written = window.ctx.write("directory", directory.save, directory.STAFF, {"name": "新同事"})
    assert not written and written.errors[0].message == READ_ONLY_NOTICE
    window.close()


def test_a_daily_backup_that_cannot_be_made_is_a_warning(db_path, monkeypatch):
    def full(_path):
        raise OSError(28, "No space left on device")

    db_path.write_bytes(db_path.read_bytes())
    monkeypatch.setattr(backup, "daily_backup", full)
    db = open_database(db_path)
    assert len(db.warnings) == 1 and "磁盘已满" in db.warnings[0]
    db.close()


def test_error_output_never_prints_the_values_of_a_write():
    import sqlalchemy.exc

    from logistics_desktop.core.db import database_message

    exc = sqlalchemy.exc.OperationalError("INSERT INTO safety_visit (name, id_number) VALUES (?, ?)", ("张三", "110101199003071234"),
                                          sqlite3.OperationalError("database or disk is full"))
    assert "110101199003071234" in str(exc)  # what SQLAlchemy itself would print
    text = database_message(exc, "来访登记")
    assert text == "数据文件读写出错（磁盘已满）：来访登记没有保存，数据未改动。"


def test_a_file_that_fails_its_check_opens_read_only(demo_db_path, qtbot):
    size = demo_db_path.stat().st_size
    with demo_db_path.open("r+b") as fh:  # a damaged page in the middle of the file (a disk fault), page 1 intact
        fh.seek((size // 2) // 4096 * 4096)
        fh.write(b"\xff" * 4096)
    db = open_database(demo_db_path)  # the day's first open: backed up, and the copy checked
    assert db.read_only and "数据文件检查未通过" in db.warnings[0] and "从备份恢复" in db.warnings[0]
    db.close()


def test_a_file_in_a_folder_it_may_not_write_to_opens_read_only(demo_db_path, monkeypatch, cli, tmp_path):
    real = os.access
    folder = str(demo_db_path.parent)
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode == os.W_OK and str(p) == folder else real(p, mode, *a, **k))
    db = open_database(demo_db_path)
    assert db.read_only
    from logistics_desktop.directory import service as directory

    with db.session(read_only=True) as session:
        assert directory.school_name(session)
    db.close()
