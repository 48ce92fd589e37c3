"""Users, roles and signatures as people meet them: who sees which tab, passwords kept as hashes only, the idle lock,
the command line refusing a disabled user, an encrypted backup that only its password restores."""

from __future__ import annotations

import sqlite3
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from logistics_desktop.accounts import service
from logistics_desktop.app import open_main_window
from logistics_desktop.core.errors import InputError

DEMO = "demo123"


def window_of(qtbot, demo_db_path, login):
    window, why = open_main_window(demo_db_path, login=(login, DEMO))
    assert why is None, why
    qtbot.addWidget(window)
    return window


def tabs(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def actions(window) -> set[str]:
    return {a.objectName() for a in window.findChildren(QAction) if a.objectName() and a.isVisible()}


# ---------------------------------------------------------------- roles in the window


@pytest.mark.parametrize(("login", "expected"), [
    ("zongwu", ["首页", "资产", "计划与总结"]),
    ("shitang", ["首页", "食堂"]),
    ("anquan", ["首页", "安全巡查"]),
    ("baojian", ["首页", "卫生保健"]),
    ("xiaozhang", ["首页", "资产", "食堂", "安全巡查", "计划与总结"]),  # the principal reads all but the children's health records
])
def test_each_role_sees_exactly_its_tabs_and_menu_entries(qtbot, demo_db_path, login, expected):
    window = window_of(qtbot, demo_db_path, login)
    assert tabs(window) == expected
    found = actions(window)
    assert ("settings-users" in found) == ("backup" in found) == ("restore" in found) == (login == "zongwu")
    assert ("print-children-list" in found) == ("import-children" in found) == (login == "baojian")
    assert ("print-acceptance-ledger" in found) == (login in ("shitang", "xiaozhang"))
    assert ("import-assets" in found) == (login == "zongwu")  # the principal reads assets, imports none
    assert {"switch-user", "lock"} <= found
    assert window.ctx.user.login in window.db_label.text() or window.ctx.user.name in window.db_label.text()


def test_a_canteen_users_home_has_no_health_names(qtbot, demo_db_path):
    from logistics_desktop.health import service as health

    doctor = window_of(qtbot, demo_db_path, "baojian")
    with doctor.ctx.session(read_only=True) as session:
        children = {c.name for c in health.children(session)}
    doctor_home = doctor.tab_widgets["home"].duty_texts()
    health_lines = [line for line in doctor_home if "晨检" in line or "疫情预警" in line or "服药" in line]
    # the doctor's 首页: the outbreak warning, the doses due and, on a school day, the classes unchecked (no 晨检 at weekends)
    assert len(health_lines) >= (3 if date.today().weekday() < 5 else 2)
    canteen_home = window_of(qtbot, demo_db_path, "shitang").tab_widgets["home"].duty_texts()
    assert canteen_home and not set(health_lines) & set(canteen_home)
    assert not any(name in line for line in canteen_home for name in children)


def test_a_page_of_a_role_the_user_lacks_writes_nothing(qtbot, demo_db_path):
    from logistics_desktop.directory import service as directory

    principal = window_of(qtbot, demo_db_path, "xiaozhang")
    written = principal.ctx.write("directory", directory.save, directory.ROOMS, {"name": "校长添加的房间"})
    assert not written and "没有“后勤”角色" in written.errors[0].message
    assert "校长添加的房间" not in {r["name"] for r in principal.ctx.read(directory.rows, directory.ROOMS)}


def test_every_write_names_the_logged_in_user(qtbot, demo_db_path):
    from logistics_desktop.directory import service as directory

    clerk = window_of(qtbot, demo_db_path, "houqin")
    assert clerk.ctx.write("directory", directory.save, directory.ROOMS, {"name": "新仓库"})
    rows = clerk.ctx.read(service.audit_rows, limit=1)
    assert rows[0]["actor"] == clerk.ctx.user.name and rows[0]["entity"] == "room"


# ---------------------------------------------------------------- logging in, switching, the idle lock


def test_the_login_dialog_refuses_a_wrong_password_then_logs_in(qtbot, demo_db_path):
    from logistics_desktop.shell.login import LoginDialog

    window, _ = open_main_window(demo_db_path)
    qtbot.addWidget(window)
    dialog = LoginDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    login, password = dialog.form.editors["login"].editor, dialog.form.editors["password"].editor
    login.clear()
    qtbot.keyClicks(login, "shitang")
    qtbot.keyClicks(password, "nope")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted and window.ctx.user is None
    assert "登录名或密码不正确" in dialog.form.editors["password"].error.text() and password.text() == ""
    qtbot.keyClicks(password, DEMO)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and window.ctx.user.login == "shitang"
    assert tabs(window) == ["首页", "食堂"]  # the window rebuilt for the user who logged in


def test_the_screen_locks_after_the_idle_time_and_another_user_closes_the_first_ones_dialogs(qtbot, demo_db_path):
    window = window_of(qtbot, demo_db_path, "zongwu")
    window.show()
    session = window.user_session
    now = [1000.0]
    session.clock = lambda: now[0]
    session.last_input = now[0]
    open_dialog = QDialog(window)
    rejected = []
    open_dialog.rejected.connect(lambda: rejected.append(True))
    open_dialog.show()
    now[0] += 9 * 60
    assert not session.check_idle()  # 9 minutes: not yet
    now[0] += 61
    assert session.check_idle()
    lock = session.lock_dialog
    assert lock.isVisible() and not window.centralWidget().isVisible() and not open_dialog.isVisible()
    assert "屏幕已锁定" in lock.ui.intro.text()
    # the same user: everything comes back as it was
    qtbot.keyClicks(lock.form.editors["password"].editor, DEMO)
    qtbot.keyClick(lock.form.editors["password"].editor, Qt.Key.Key_Return)
    assert session.lock_dialog is None and window.centralWidget().isVisible() and open_dialog.isVisible() and not rejected
    # locked again; another user logs in: the first one's dialog is closed unsaved and the tabs are the new user's
    now[0] += 11 * 60
    assert session.check_idle()
    lock = session.lock_dialog
    lock.form.editors["login"].editor.setText("anquan")
    qtbot.keyClicks(lock.form.editors["password"].editor, DEMO)
    qtbot.keyClick(lock.form.editors["password"].editor, Qt.Key.Key_Return)
    assert rejected == [True] and window.ctx.user.login == "anquan" and tabs(window) == ["首页", "安全巡查"]


def test_a_new_file_asks_for_its_first_administrator(qtbot, db_path):
    from logistics_desktop.shell.login import FirstAdminDialog

    window, _ = open_main_window(db_path)
    qtbot.addWidget(window)
    assert not window.ctx.has_users()
    dialog = FirstAdminDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.form.set_values({"name": "任桂芳", "login": "ren", "password": "abc123", "confirm": "abc124"})
    dialog.accept()
    assert "两次输入的密码不一致" in dialog.form.editors["confirm"].error.text() and not window.ctx.has_users()
    dialog.form.set_values({"name": "任桂芳", "login": "ren", "password": "abc123", "confirm": "abc123"})
    dialog.accept()
    assert window.ctx.user.login == "ren" and window.ctx.user.roles == ("admin", "logistics")
    assert "settings-users" in actions(window)


# ---------------------------------------------------------------- passwords


def test_passwords_are_kept_as_salted_hashes_only(db, tmp_path):
    with db.session() as session:
        service.add_user(session, {"login": "li", "name": "李娜", "roles": ["canteen"], "password": "secret-42"})
        service.add_user(session, {"login": "wang", "name": "王静", "roles": ["canteen"], "password": "secret-42"})
    con = sqlite3.connect(db.path)
    hashes = [h for (h,) in con.execute("SELECT password_hash FROM app_user")]
    con.close()
    assert all(h.startswith("scrypt$") for h in hashes) and hashes[0] != hashes[1]  # salted: the same password, two hashes
    assert b"secret-42" not in db.path.read_bytes()
    with db.session() as session:
        assert service.authenticate(session, "li", "secret-42").name == "李娜"
        with pytest.raises(InputError, match="登录名或密码不正确"):
            service.authenticate(session, "li", "secret-43")


def test_a_wrong_password_is_answered_slowly_after_a_few_tries(db):
    with db.session() as session:
        service.add_user(session, {"login": "zhao", "name": "赵敏", "roles": ["health"], "password": "right-one"})
    waits = []
    for _ in range(service.FREE_TRIES + 3):
        with db.session() as session:
            with pytest.raises(InputError):
                service.authenticate(session, "zhao", "wrong", sleep=waits.append)
            session.commit()
    assert waits == [1.0, 2.0, 3.0]  # none for the first tries, then a second longer each time
    with db.session() as session:
        service.authenticate(session, "zhao", "right-one")
        assert service.user_named(session, "zhao").active


def test_users_are_disabled_never_deleted_and_one_administrator_stays(db):
    with db.session() as session:
        service.add_user(session, {"login": "admin", "name": "毛欣怡", "roles": ["admin"], "password": "abcdef"})
        with pytest.raises(InputError, match="至少要留一位在用的管理员"):
            service.disable_user(session, "admin")
        for bad, message in (({"login": "a"}, "登录名用"), ({"login": "admin"}, "已有人用"), ({"password": "123"}, "密码至少"),
                             ({"roles": ["cook"]}, "没有“cook”这个角色")):
            with pytest.raises(InputError, match=message):
                service.add_user(session, {"login": "new", "name": "张伟", "roles": ["canteen"], "password": "abcdef", **bad})


# ---------------------------------------------------------------- the command line


def test_the_command_line_runs_as_a_user_with_the_role(cli, demo_db_path, tmp_path, monkeypatch):
    monkeypatch.delenv("LOGISTICS_DESKTOP_USER")
    start = ("stocktake", "start", "--name", "期末", "--room", "一（1）班教室")
    nobody = cli("--db", demo_db_path, *start)
    assert nobody.returncode == 1 and "请用 --user" in nobody.stderr
    canteen = cli("--db", demo_db_path, "--user", "shitang", *start)
    assert canteen.returncode == 1 and "没有“后勤”角色" in canteen.stderr
    assert cli("--db", demo_db_path, "--user", "zongwu", "user", "disable", "houqin").returncode == 0
    disabled = cli("--db", demo_db_path, "--user", "houqin", *start)
    assert disabled.returncode == 1 and "已停用" in disabled.stderr
    monkeypatch.setenv("LOGISTICS_DESKTOP_PASSWORD", "wrong")
    wrong = cli("--db", demo_db_path, "--user", "zongwu", *start)
    assert wrong.returncode == 1 and "登录名或密码不正确" in wrong.stderr
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT count(*) FROM stocktake").fetchone() == (0,)  # nothing written by any of them
    con.close()
    monkeypatch.setenv("LOGISTICS_DESKTOP_PASSWORD", DEMO)
    assert cli("--db", demo_db_path, "--user", "zongwu", *start).returncode == 0
    out = tmp_path / "audit.xlsx"
    assert cli("--db", demo_db_path, "--user", "zongwu", "audit", "--user", "毛欣怡", "-o", out).returncode == 0
    sheet = openpyxl.load_workbook(out).active
    rows = [r for r in sheet.iter_rows(values_only=True) if r and r[1] == "毛欣怡"]
    assert any(r[4] == "开始清查" for r in rows) and any(r[4] == "停用" for r in rows)
    printed = tmp_path / "audit.pdf"
    assert cli("--db", demo_db_path, "--user", "zongwu", "print", "audit-log", "--by", "毛欣怡", "-o", printed).returncode == 0
    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(printed).pages)
    assert "操作日志" in text and "开始清查" in text and "操作人：毛欣怡" in text
    assert cli("--db", demo_db_path, "--user", "shitang", "print", "audit-log", "-o", printed).returncode == 1  # the administrator's


def test_no_form_option_hides_an_option_of_the_whole_command_line():
    from logistics_desktop.modules import all_modules

    global_options = {"db", "lang", "wait", "user", "password-stdin", "version"}
    taken = {(p.key, o.key) for m in all_modules() for p in m.printables for o in p.options if o.key in global_options}
    assert taken == set()  # `print audit-log --user` once replaced the --user given before the command


def test_user_add_from_the_terminal_and_stdin(cli, db_path, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("abc123\n"))
    first = cli("--db", db_path, "--password-stdin", "user", "add", "--login", "ren", "--name", "任桂芳", "--role", "canteen")
    assert first.returncode == 1 and "第一位用户要有管理员角色" in first.stderr
    monkeypatch.setattr("sys.stdin", io.StringIO("abc123\n"))
    assert cli("--db", db_path, "--password-stdin", "user", "add", "--login", "ren", "--name", "任桂芳", "--role", "admin").returncode == 0
    monkeypatch.setenv("LOGISTICS_DESKTOP_USER", "ren")
    monkeypatch.setattr("sys.stdin", io.StringIO("abc123\ncook-pass\n"))
    added = cli("--db", db_path, "--password-stdin", "user", "add", "--login", "li", "--name", "李娜", "--role", "食堂")
    assert added.returncode == 0, added.stderr
    monkeypatch.setattr("sys.stdin", io.StringIO("abc123\n"))
    listed = cli("--db", db_path, "--password-stdin", "user", "list")
    assert "li\t李娜\t食堂\t在用" in listed.stdout and "abc123" not in listed.stdout + listed.stderr


def test_an_encrypted_backup_restores_with_its_password_only(cli, demo_db_path, tmp_path, monkeypatch):
    import io

    sealed = tmp_path / "备份.sqlite3.enc"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO}\nbackup-pass\n"))
    made = cli("--db", demo_db_path, "--password-stdin", "backup", "--encrypt", "-o", sealed)
    assert made.returncode == 0, made.stderr
    data = sealed.read_bytes()
    con = sqlite3.connect(demo_db_path)
    supplier = con.execute("SELECT name FROM canteen_supplier ORDER BY length(name) DESC").fetchone()[0]  # in the plain file
    con.close()
    assert not data.startswith(b"SQLite format 3") and supplier.encode() not in data and b"backup-pass" not in data
    con = sqlite3.connect(demo_db_path)
    con.execute("DELETE FROM canteen_food_sample")  # a change the restore must undo
    con.commit()
    con.close()
    before = demo_db_path.read_bytes()
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO}\nwrong-pass\n"))
    refused = cli("--db", demo_db_path, "--password-stdin", "restore", sealed, "--password")
    assert refused.returncode == 1 and "备份密码不正确" in refused.stderr and demo_db_path.read_bytes() == before
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO}\nbackup-pass\n"))
    restored = cli("--db", demo_db_path, "--password-stdin", "restore", sealed, "--password")
    assert restored.returncode == 0, restored.stderr
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT count(*) FROM canteen_food_sample").fetchone()[0] > 0
    con.close()


def test_no_password_in_any_log_or_backup_text(cli, demo_db_path, user_home, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO}\nnew-secret-77\nnew-secret-77\n"))
    assert cli("--db", demo_db_path, "--password-stdin", "user", "reset-password", "houqin").returncode == 0
    assert cli("--db", demo_db_path, "backup").returncode == 0
    con = sqlite3.connect(demo_db_path)
    logged = " ".join(a + c for a, c in con.execute("SELECT action, changes FROM audit_log"))
    con.close()
    assert "new-secret-77" not in logged and DEMO not in logged and "重设密码" in logged
    for backup in (user_home / "backups").rglob("*.sqlite3"):
        assert b"new-secret-77" not in backup.read_bytes() and DEMO.encode() not in backup.read_bytes()


# ---------------------------------------------------------------- the other signatures


def test_a_hazard_recheck_and_a_scrap_approval_are_signed_with_the_signers_password(demo_db):
    from logistics_desktop.assets import service as assets
    from logistics_desktop.core.errors import InputErrors
    from logistics_desktop.safety import service as safety

    with demo_db.session() as session:
        names = {u.login: u.name for u in service.users(session)}
        hazard = safety.open_hazard(session, {"found_on": "2026-11-30", "finder": names["anquan"], "place": "操场围墙",
                                              "description": "围墙砖块松动", "category": "校舍安全", "level": "一般",
                                              "deadline": "2026-12-30", "responsible": names["houqin"]})
        safety.advance(session, hazard, "开始整改", by=names["houqin"])
        safety.advance(session, hazard, "整改完成", by=names["houqin"], note="已加固")
    with pytest.raises(InputErrors, match="登录名或密码不正确"), demo_db.session() as session:
        safety.advance(session, hazard, "复查通过", by=names["anquan"], password="wrong")
    with demo_db.session() as session:
        assert safety.advance(session, hazard, "复查通过", by=names["anquan"], password=DEMO) == "已销号"
        assert [(s["login"], s["purpose"]) for s in service.signatures(session, "safety_hazard", hazard)] == [("anquan", "复查人")]
    with demo_db.session() as session:
        card = assets.create_card(session, {"code": "ZC-BF-001", "name": "旧投影仪", "class_code": "A02", "unit": "台", "quantity": 1,
                                            "unit_price": "3000", "amount": "3000", "acquired_on": "2015-09-01", "acquisition": "购置"})
        assets.request_scrap(session, card, reason=assets.SCRAP_REASONS[0])
        assets.advance_scrap(session, card, party="信息中心", result="无修复价值")  # 鉴定: no signature
    with pytest.raises(InputError, match="须由有“校长”角色的用户签字"), demo_db.session() as session:
        assets.advance_scrap(session, card, party="校长办公会", result="同意报废", signer="zongwu", password=DEMO)
    with demo_db.session() as session:
        assets.advance_scrap(session, card, party="校长办公会", result="同意报废", signer=names["xiaozhang"], password=DEMO)
        assert [(s["login"], s["purpose"]) for s in service.signatures(session, "asset", card)] == [("xiaozhang", "审批人")]


def test_a_posting_from_the_command_line_is_signed_by_its_user(cli, demo_db_path):
    started = cli("--db", demo_db_path, "stocktake", "start", "--name", "签字过账", "--room", "一（1）班教室")
    assert started.returncode == 0, started.stderr
    stocktake_id = started.stdout.strip()
    posted = cli("--db", demo_db_path, "stocktake", "post", stocktake_id, "--reason", "按盘点结果调整")
    assert posted.returncode == 0, posted.stderr
    con = sqlite3.connect(demo_db_path)
    signed = con.execute("SELECT u.login, s.purpose, s.what FROM signature s JOIN app_user u ON u.id = s.user_id "
                         "WHERE s.entity = 'stocktake'").fetchall()
    con.close()
    assert [(login, purpose) for login, purpose, _ in signed] == [("zongwu", "过账人")] and "签字过账" in signed[0][2]


def test_the_card_history_names_the_program_s_user_not_the_computer_login(demo_ctx):
    from sqlmodel import select

    from logistics_desktop.accounts import service as accounts
    from logistics_desktop.assets import service as assets
    from logistics_desktop.assets.models import Asset
    from logistics_desktop.directory.models import Room

    assert demo_ctx.log_in("houqin", "demo123")
    with demo_ctx.session() as session:
        clerk = accounts.user_named(session, "houqin").name
        meeting = session.exec(select(Room.id).where(Room.name == "会议室")).one()
        card_id = session.exec(select(Asset.id).where(Asset.status == "在用", Asset.room_id != meeting)).first()
        before = len(assets.card(session, card_id).history)
    written = demo_ctx.write("assets", assets.transfer, card_id, to_room="会议室")
    assert written, written.errors
    with demo_ctx.session() as session:
        history = assets.card(session, card_id).history
    added = [h for h in history if h["actor"] == clerk]
    assert len(history) == before + 1 and len(added) == 1  # 经办 is who is logged in, not the PC's account
    demo_ctx.set_user(None)
