"""Two writers on one file: every write waits its turn (BEGIN IMMEDIATE under the busy timeout), nothing is lost, and a
wait that runs out is a Chinese sentence with nothing written: on the command line (exit 1, no traceback) and in the
window (the form keeps what was typed). Two windows on one file are allowed, the second told so."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from datetime import date

import openpyxl
import pytest

from logistics_desktop.core.dbfile import WAIT_ENV
from logistics_desktop.shell.main_window import MainWindow
from tests.conftest import _cli_command


def register(path, prefix: str, n: int):
    """An asset register of `n` computers in 计算机教室一, codes PREFIX-000000 on."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["某某小学资产登记表"])
    ws.append(["资产编号", "资产名称", "分类", "规格型号", "计量单位", "数量", "单价", "金额", "购置日期", "存放地点", "保管人"])
    for i in range(n):
        ws.append([f"{prefix}-{i:06d}", "台式计算机", "A02010105", "联想启天 M450", "台", 1, "4,280.00", "4,280.00", "2021-09-01", "计算机教室一", ""])
    wb.save(path)
    return path


def process(user_home, *args, wait: float | None = None) -> subprocess.Popen:
    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(user_home)}
    wait_args = ["--wait", str(wait)] if wait is not None else []
    return subprocess.Popen([*_cli_command(), *wait_args, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def count(path, sql: str) -> int:
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchone()[0]


def test_an_import_and_forty_scans_at_once_all_succeed(demo_db_path, user_home, tmp_path, cli):
    started = cli("--db", demo_db_path, "stocktake", "start", "--name", "同时清查", "--room", "一（1）班教室")
    assert started.returncode == 0, started.stderr
    stocktake_id = started.stdout.strip()
    codes = [r[0] for r in sqlite3.connect(demo_db_path).execute(
        "SELECT asset.code FROM stocktake_line JOIN asset ON asset.id = stocktake_line.asset_id WHERE stocktake_id = ? ORDER BY asset.code LIMIT 40",
        (stocktake_id,))]
    assets_before = count(demo_db_path, "SELECT count(*) FROM asset")
    importing = process(user_home, "--db", demo_db_path, "import", "assets", register(tmp_path / "r.xlsx", "IM", 4000))
    answers = []
    for n in range(40):  # a counter scanning while the import writes: each scan waits its turn
        code = codes[n % len(codes)]
        result = cli("--db", demo_db_path, "stocktake", "count", stocktake_id, code, "--room", "一（1）班教室", "--qty", "1", "--by", "甲")
        answers.append((result.returncode, result.stderr))
    out, err = importing.communicate(timeout=180)
    assert importing.returncode == 0 and "新增 4000 条" in out, err
    assert [a for a in answers if a[0] != 0] == []
    assert count(demo_db_path, "SELECT count(*) FROM asset") == assets_before + 4000
    with sqlite3.connect(demo_db_path) as con:  # every scan is in the file: a code scanned again keeps its latest count
        counted = {r[0] for r in con.execute("SELECT code FROM stocktake_count WHERE stocktake_id = ?", (stocktake_id,))}
    assert counted == {codes[n % len(codes)] for n in range(40)}


def test_two_imports_at_once_both_written_in_turn(demo_db_path, user_home, tmp_path):
    before = count(demo_db_path, "SELECT count(*) FROM asset")
    first = process(user_home, "--db", demo_db_path, "import", "assets", register(tmp_path / "a.xlsx", "IA", 2500))
    second = process(user_home, "--db", demo_db_path, "import", "assets", register(tmp_path / "b.xlsx", "IB", 2500))
    results = [p.communicate(timeout=180) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], results
    assert count(demo_db_path, "SELECT count(*) FROM asset") == before + 5000
    assert "Traceback" not in "".join(err for _, err in results)


@pytest.fixture
def locked(demo_db_path):
    """Another writer holding the file (as a long import would), released by the test."""
    con = sqlite3.connect(demo_db_path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    yield con
    if con.in_transaction:
        con.execute("ROLLBACK")
    con.close()


def test_a_wait_that_runs_out_is_a_sentence_and_writes_nothing(demo_db_path, locked, cli, tmp_path):
    before = count(demo_db_path, "SELECT count(*) FROM stocktake")
    result = cli("--db", demo_db_path, "--wait", "0.3", "stocktake", "start", "--name", "等不到", "--room", "一（1）班教室")
    assert result.returncode == 1
    assert "数据文件正被另一处写入，请稍后重试：“stocktake”命令没有保存，数据未改动。" in result.stderr and "Traceback" not in result.stderr
    # reading never waits for a writer
    assert cli("--db", demo_db_path, "print", "asset-ledger", "-o", tmp_path / "l.pdf").returncode == 0
    locked.execute("ROLLBACK")
    assert count(demo_db_path, "SELECT count(*) FROM stocktake") == before
    assert cli("--db", demo_db_path, "stocktake", "start", "--name", "等到了", "--room", "一（1）班教室").returncode == 0


def test_the_same_from_a_process_of_its_own(demo_db_path, locked, cli_process):
    result = cli_process("--db", demo_db_path, "--wait", "0.3", "health", "absence", "--child", "无此人")
    assert result.returncode == 1 and "数据文件正被另一处写入" in result.stderr and "Traceback" not in result.stderr


def test_the_form_keeps_what_was_typed_after_a_busy_refusal(qtbot, demo_db_path, monkeypatch):
    from logistics_desktop.app import create_application
    from logistics_desktop.core.db import open_database
    from logistics_desktop.health.view import DisinfectionPage
    from logistics_desktop.shell.context import AppContext

    monkeypatch.setenv(WAIT_ENV, "0.3")
    db = open_database(demo_db_path, backup=False)
    create_application("zh_CN")
    page = DisinfectionPage(AppContext(db))
    qtbot.addWidget(page)
    values = {"day": date.today(), "time": "00:00", "kind": "预防性", "target": "玩具", "place": "积木", "method": "含氯", "mg_l": "200",
              "minutes": "20", "operator": "闫建国", "checker": "范芳"}
    page.form.set_values(values)
    before = count(demo_db_path, "SELECT count(*) FROM health_disinfection")
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert not page.save()
        assert "数据文件正被另一处写入，请稍后重试" in page.form.general_error.text() and "填写的内容仍在" in page.form.general_error.text()
        assert page.form.values()["place"] == "积木" and page.form.values()["mg_l"] == "200"  # nothing lost from the form
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert count(demo_db_path, "SELECT count(*) FROM health_disinfection") == before
    assert page.save()  # once the other writer is done, the same form saves
    assert count(demo_db_path, "SELECT count(*) FROM health_disinfection") == before + 1
    db.close()


def test_two_windows_on_one_file_and_rows_written_meanwhile_shown_after_a_refresh(qtbot, demo_db_path, cli, tmp_path):
    from logistics_desktop.app import open_main_window

    first, _ = open_main_window(demo_db_path)
    second, _ = open_main_window(demo_db_path, when_shared=lambda: "write")  # the user chose 照常打开
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert not first.shared and second.shared
    assert "另一个程序窗口也打开了这个文件" in second.db_label.text() and "另一个" not in first.db_label.text()
    from logistics_desktop.assets.view import AssetsTab

    page = AssetsTab(first.ctx)  # a page of the first window
    qtbot.addWidget(page)
    before = page.model.totals.count
    assert cli("--db", demo_db_path, "import", "assets", register(tmp_path / "r.xlsx", "RF", 3)).returncode == 0
    assert page.model.totals.count == before  # written by another process: not known yet
    first.action("refresh").trigger()  # F5
    assert page.model.totals.count == before + 3
    second.close()
    first.close()


REAL_ASK = MainWindow.ask_when_shared  # taken before conftest's fixture answers it for every other test


def test_a_second_window_on_the_file_is_told_and_opens_it_read_only_or_not_at_all(qtbot, demo_db_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from logistics_desktop.app import open_main_window
    from logistics_desktop.directory import service as directory

    first, _ = open_main_window(demo_db_path)
    qtbot.addWidget(first)
    asked = []

    def answer():  # the question a person sees, answered with its default button (Enter)
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        box.defaultButton().click()

    from logistics_desktop.app import main_window_frame

    QTimer.singleShot(50, answer)
    second = main_window_frame(demo_db_path)
    qtbot.addWidget(second)
    second.when_shared = lambda: REAL_ASK(second)  # the question itself (conftest answers it for the other tests)
    assert second.open_database() is None and "另一个程序窗口已打开" in asked[0]
    assert second.ctx.db.read_only and not first.ctx.db.read_only
    written = second.ctx.write("directory", directory.save, directory.STAFF, {"name": "只读窗口写的"})
    assert not written and "只读" in written.errors[0].message  # the read-only window saves nothing
    assert "另一个程序窗口正在使用" in second.statusBar().currentMessage()
    third, refused = open_main_window(demo_db_path, when_shared=lambda: "quit")
    assert third is None and "未打开" in refused
    second.close()
    first.close()


def test_an_import_checks_its_rows_without_the_write_lock(demo_db, tmp_path, monkeypatch):
    """While the rows are checked another writer commits at once (a zero wait would fail under a held lock); the import
    then checks again under the lock, and writes."""
    from logistics_desktop.assets import importer
    from logistics_desktop.core.errors import Progress

    path = register(tmp_path / "r.xlsx", "NL", 600)
    checks = []
    real_check = importer._Checked.__init__
    monkeypatch.setattr(importer._Checked, "__init__", lambda *a, **k: checks.append(1) or real_check(*a, **k))
    other = []

    class WriteMeanwhile(Progress):
        def report(self, done, total):
            if len(checks) == 1 and not other and done >= 200:  # in the middle of the first check
                con = sqlite3.connect(demo_db.path, timeout=0, isolation_level=None)
                con.execute("INSERT INTO staff (name, post, phone, active) VALUES ('插空写入', '', '', 1)")
                con.close()
                other.append("written")

    with demo_db.session() as session:
        report = importer.import_assets(session, path, progress=WriteMeanwhile())
    assert other == ["written"] and len(checks) == 2 and report.imported == 600
    assert count(demo_db.path, "SELECT count(*) FROM asset WHERE code LIKE 'NL-%'") == 600
    assert count(demo_db.path, "SELECT count(*) FROM staff WHERE name = '插空写入'") == 1


def test_a_directory_import_checks_without_the_write_lock_too(db, tmp_path):
    from logistics_desktop.core.errors import Progress
    from logistics_desktop.directory import service as directory

    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "岗位"])
    for i in range(120):
        wb.active.append([f"教师{i:03d}", "教师"])
    wb.save(tmp_path / "staff.xlsx")
    other = []

    class WriteMeanwhile(Progress):
        def report(self, done, total):
            if not other and 0 < done < total:
                con = sqlite3.connect(db.path, timeout=0, isolation_level=None)
                con.execute("INSERT INTO room (name, building, floor, purpose, keeper_id) VALUES ('插空的房间', '', NULL, '', NULL)")
                con.close()
                other.append("written")

    with db.session() as session:
        report = directory.import_file(session, directory.STAFF, tmp_path / "staff.xlsx", progress=WriteMeanwhile())
    assert other == ["written"] and report.imported == 120
    assert count(db.path, "SELECT count(*) FROM staff") == 120 and count(db.path, "SELECT count(*) FROM room WHERE name = '插空的房间'") == 1
