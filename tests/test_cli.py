"""The command line: cli.main in this process for most commands, the installed script in a subprocess for a few."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import openpyxl
import pypdf


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_then_check(cli_process, tmp_path):
    cli = cli_process  # the installed script, as a user runs it
    db = tmp_path / "demo.sqlite3"
    result = cli("--db", db, "demo")
    assert result.returncode == 0, result.stderr
    assert "已在" in result.stdout and "装入演示学校" in result.stdout
    result = cli("--db", db, "check")
    assert result.returncode == 0
    assert "完整性检查：正常" in result.stdout and "结论：正常" in result.stdout


def test_backup_and_restore(cli, tmp_path, demo_db_path):
    saved = tmp_path / "saved.sqlite3"
    assert cli("--db", demo_db_path, "backup", "-o", saved).returncode == 0
    con = sqlite3.connect(demo_db_path)
    con.execute("DELETE FROM school_class")
    con.commit()
    con.close()
    result = cli("--db", demo_db_path, "restore", saved)
    assert result.returncode == 0, result.stderr
    assert "恢复前的数据已另存为" in result.stdout
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT count(*) FROM school_class").fetchone() == (18,)
    con.close()


def test_backup_into_the_rotated_folder(cli, demo_db_path, user_home):
    result = cli("--db", demo_db_path, "backup")
    assert result.returncode == 0
    assert len(list((user_home / "backups").rglob("demo-*-manual.sqlite3"))) == 1


def test_a_file_that_is_not_sqlite_is_refused_by_every_command(cli, tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("学校的备忘录，不是数据库\n" * 100, encoding="utf-8")
    before = digest(path)
    for command in (["check"], ["demo"], ["backup"], ["print", "staff-list", "-o", tmp_path / "x.pdf"]):
        result = cli("--db", path, *command)
        assert result.returncode == 1, command
        assert "不是本程序的数据文件" in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_restore_refuses_a_bad_backup_and_keeps_the_data(cli, tmp_path, demo_db_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    before = digest(demo_db_path)
    result = cli("--db", demo_db_path, "restore", bad)
    assert result.returncode == 1 and "不是本程序的数据文件" in result.stderr
    assert digest(demo_db_path) == before


def test_a_newer_database_is_refused(cli, db_path):
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    before = digest(db_path)
    result = cli("--db", db_path, "check")
    assert result.returncode == 1 and "更新版本的程序" in result.stderr
    assert digest(db_path) == before


def test_import_with_problems_exits_1_and_lists_them(cli, tmp_path, db_path):
    path = tmp_path / "staff.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["教职工花名册"])
    ws.append(["姓名", "职务", "手机", "是否在职"])
    ws.append(["王静", "语文教师", "13800000000", "是"])
    ws.append(["", "保安", "13900000000", "是"])
    ws.append(["李娜", "数学教师", "电话坏了", "否"])
    wb.save(path)
    result = cli("--db", db_path, "import", "staff", path)
    assert result.returncode == 1
    assert "第 4 行，姓名：姓名不能为空" in result.stderr
    assert "第 5 行，手机：电话“电话坏了”格式不对" in result.stderr
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM staff").fetchone() == (0,)
    result = cli("--db", db_path, "import", "staff", path, "--skip-invalid")
    assert result.returncode == 0
    assert "新增 1 条" in result.stdout and "第 4 行" in result.stderr
    assert sqlite3.connect(db_path).execute("SELECT name FROM staff").fetchall() == [("王静",)]


def test_export_and_print(cli, tmp_path, demo_db_path):
    xlsx = tmp_path / "rooms.xlsx"
    assert cli("--db", demo_db_path, "export", "rooms", "-o", xlsx).returncode == 0
    ws = openpyxl.load_workbook(xlsx).active
    assert ws["A1"].value == "房间（存放地点）清单" and ws.max_row > 60
    pdf = tmp_path / "classes.pdf"
    result = cli("--db", demo_db_path, "print", "class-list", "-o", pdf)
    assert result.returncode == 0, result.stderr
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "班级一览表" in text and "一（1）班" in text and "第 1 页 共 1 页" in text
    result = cli("--db", demo_db_path, "print", "class-list", "-o", tmp_path / "x.docx")
    assert result.returncode == 1 and "只能输出为 .pdf 或 .xlsx" in result.stderr


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli("no-such-command").returncode == 2
    assert cli("print", "staff-list").returncode == 2  # -o missing
    assert cli("import", "bicycles", tmp_path / "x.xlsx").returncode == 2


def test_gui_without_a_display_explains_instead_of_aborting(cli, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    import subprocess

    from tests.conftest import _cli_command

    result = subprocess.run([*_cli_command(), "--db", str(tmp_path / "x.sqlite3")], capture_output=True, text=True,
                            env={**env, "LOGISTICS_DESKTOP_HOME": str(tmp_path / "home")}, timeout=60)
    assert result.returncode == 1
    assert "xvfb-run" in result.stderr and "offscreen" in result.stderr


def test_screenshots_of_every_page(cli_process, tmp_path):
    out = tmp_path / "shots"
    result = cli_process("screenshots", "--out", out, env={"QT_QPA_PLATFORM": "offscreen"}, timeout=180)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert {"tab-home.png", "settings-school.png", "settings-staff.png", "settings-rooms.png",
            "settings-classes.png", "settings-terms.png", "first-run.png"} <= set(names)
    assert all((out / n).stat().st_size > 5000 for n in names)


def test_asset_import_print_and_export_from_the_command_line(cli, tmp_path, demo_db_path):
    path = tmp_path / "新购.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026 年新购设备登记表"])
    ws.append(["资产编号", "资产名称", "分类", "规格型号", "数量", "单价", "金额", "购置日期", "存放地点", "保管人"])
    ws.append(["XG-0001", "录播主机", "A020101", "奥威亚", 1, "38,000", "38,000", "2026-03-01", "录播教室", ""])
    ws.append(["XG-0002", "无线话筒", "A0209", "舒尔", 4, "650", "2,800", "2026.3.1", "新建报告厅", ""])
    wb.save(path)
    result = cli("--db", demo_db_path, "import", "assets", path)
    assert result.returncode == 1
    assert "第 4 行，金额：金额 2,800.00 与 数量×单价 2,600.00 不符" in result.stderr
    assert "第 4 行，存放地点：存放地点“新建报告厅”不在房间目录中" in result.stderr
    ws["G4"] = "2,600"
    wb.save(path)
    result = cli("--db", demo_db_path, "import", "assets", path, "--create-rooms")
    assert result.returncode == 0, result.stderr
    assert "新增 2 条" in result.stdout
    result = cli("--db", demo_db_path, "print", "asset-card", "--code", "XG-0002", "-o", tmp_path / "card.pdf")
    assert result.returncode == 0, result.stderr
    assert "新建报告厅" in pypdf.PdfReader(tmp_path / "card.pdf").pages[0].extract_text()
    result = cli("--db", demo_db_path, "print", "asset-ledger", "--group-by", "class", "--room", "录播教室", "-o", tmp_path / "l.pdf")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "l.pdf").pages)
    assert "录播主机" in text and "存放地点：录播教室" in text and "按分类分组" in text
    assert cli("--db", demo_db_path, "print", "asset-labels", "--layout", "2x5", "--codes", "XG-0001,XG-0002", "-o", tmp_path / "q.pdf").returncode == 0
    assert cli("--db", demo_db_path, "print", "asset-labels", "--layout", "4x4", "-o", tmp_path / "q.pdf").returncode == 2
    assert cli("--db", demo_db_path, "print", "asset-card", "--code", "NOPE", "-o", tmp_path / "c.pdf").returncode == 1
    assert cli("--db", demo_db_path, "export", "assets", "-o", tmp_path / "all.xlsx").returncode == 0
    assert openpyxl.load_workbook(tmp_path / "all.xlsx").active["A1"].value == "资产登记台账"
