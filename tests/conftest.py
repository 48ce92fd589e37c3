"""A fresh migrated database per test (copied from a template migrated once per run), isolated user folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# before any Qt import: an offscreen screen the size of the office PC's (1366×768), so windows are tried on it
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('office_screen.json')}")

import pytest

from logistics_desktop.core.db import open_database


@pytest.fixture(autouse=True)
def second_window_writes_too(monkeypatch):
    """Tests open several windows on one file: none of them stops at the question a person is asked then (read only,
    write as well, or not at all); test_two_writers asks it for real."""
    from logistics_desktop.shell.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_when_shared", lambda self: "write")


@pytest.fixture(autouse=True)
def user_home(tmp_path, monkeypatch) -> Path:
    """The user data folder (settings, backups) lives in the test's own tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("LOGISTICS_DESKTOP_HOME", str(home))
    # the demo school has accounts: its command lines run as its administrator unless a test says otherwise
    # (a file without accounts asks no login)
    monkeypatch.setenv("LOGISTICS_DESKTOP_USER", "zongwu")
    monkeypatch.setenv("LOGISTICS_DESKTOP_PASSWORD", "demo123")
    return home


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    os.environ.setdefault("LOGISTICS_DESKTOP_HOME", str(path.parent / "home"))
    open_database(path, backup=False).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, template_db) -> Path:
    from logistics_desktop.core.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, backup=False)
    with db.session() as session:
        fill_demo(session)
    db.close()
    return path


def _copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def db_path(tmp_path, template_db) -> Path:
    return _copy(template_db, tmp_path / "school.sqlite3")


@pytest.fixture
def demo_db_path(tmp_path, demo_template) -> Path:
    return _copy(demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def db(db_path):
    database = open_database(db_path, backup=False)
    yield database
    database.close()


@pytest.fixture
def demo_db(demo_db_path):
    database = open_database(demo_db_path, backup=False)
    yield database
    database.close()


@pytest.fixture
def ctx(qapp, db):
    from logistics_desktop.app import create_application
    from logistics_desktop.shell.context import AppContext

    create_application("zh_CN")
    return AppContext(db)


@pytest.fixture
def demo_ctx(qapp, demo_db):
    from logistics_desktop.app import create_application
    from logistics_desktop.shell.context import AppContext

    create_application("zh_CN")
    return AppContext(demo_db)


def _cli_command() -> list[str]:
    script = shutil.which("logistics-desktop", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "logistics_desktop"]


@pytest.fixture
def cli_process(user_home):
    """Run the installed command in a process of its own, as a user would; returns the CompletedProcess."""

    def run(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(user_home), **(env or {})}
        return subprocess.run([*_cli_command(), *map(str, args)], capture_output=True, text=True, env=full_env, timeout=timeout)

    return run


@pytest.fixture
def cli(user_home):
    """Run the command line in this process (cli.main with the same arguments, so coverage sees it);
    returns a CompletedProcess with its exit code and what it printed. A few tests use cli_process instead."""
    import contextlib
    import io

    from logistics_desktop.cli import main

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        argv = [str(a) for a in args]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 2
        return subprocess.CompletedProcess(["logistics-desktop", *argv], code or 0, out.getvalue(), err.getvalue())

    return run


def type_text(widget, text: str) -> None:
    """Type text, Chinese included, the way an input method delivers it (keyClicks aborts on non-ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def kitchen(db):
    """A primary school with a canteen manager, a cook and the doctor, a supplier in date and one whose licence expired."""
    from logistics_desktop.canteen import service
    from logistics_desktop.directory import service as directory

    with db.session() as session:
        directory.save_school(session, {"name": "实验小学", "kind": "小学"})
        for name in ("赵食管", "钱厨师", "孙保健"):
            directory.save(session, directory.STAFF, {"name": name})
        service.save_supplier(session, {"name": "绿源蔬菜配送", "address": "城东农贸市场 12 号", "contact": "李经理", "phone": "13800001111",
                                        "licence_no": "JY13301000012345", "licence_expiry": "2030-12-31"})
        service.save_supplier(session, {"name": "旧证肉联厂", "licence_no": "JY0000", "licence_expiry": "2020-01-01"})
    return db
