"""Start-up stays light, and the English translation is complete and built."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from logistics_desktop import paths

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("reportlab", "openpyxl", "alembic")
PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from logistics_desktop.app import open_main_window
window, refused = open_main_window(sys.argv[1])
window.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
print(json.dumps(sorted(m for m in %r if m in sys.modules)))
""" % (HEAVY,)  # noqa: UP031 (the probe holds braces)


def loaded_after_window(db_path, home) -> list[str]:
    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(db_path)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_window_shows_before_reportlab_openpyxl_and_alembic(demo_db_path, user_home):
    assert loaded_after_window(demo_db_path, user_home) == []


def test_alembic_is_loaded_only_when_a_migration_is_due(tmp_path, user_home):
    assert loaded_after_window(tmp_path / "new.sqlite3", user_home) == ["alembic"]


FRAME_PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from logistics_desktop.app import main_window_frame
window = main_window_frame(sys.argv[1])
window.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
frame = sorted(m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules)
shown = window.show_first_screen()  # 首页's header from the file itself, still without SQLAlchemy
school = window.tabs.widget(0).content().school.text() if shown else ""
first = sorted(m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules)
enabled = [window.tabs.isTabEnabled(i) for i in range(window.tabs.count())]
assert window.open_database() is None
print(json.dumps([window.tabs.tabText(0), window.db_label.text(), frame, school, first, enabled,
                  [window.tabs.isTabEnabled(i) for i in range(window.tabs.count())]]))
"""


def test_the_frame_shows_before_sqlalchemy_is_imported(demo_db_path, user_home):
    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(user_home)}
    result = subprocess.run([sys.executable, "-c", FRAME_PROBE, str(demo_db_path)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    tab, status, loaded, school, first, before, after = json.loads(result.stdout.strip().splitlines()[-1])
    assert tab == "首页" and str(demo_db_path) in status
    assert loaded == []
    assert school == "示范区实验小学（小学）" and first == []  # the school shows before the data layer is imported
    assert before == [True, False, False, False, False, False] and after == [True] * 6  # the other tabs once the file is open


def test_a_file_that_needs_a_migration_shows_no_first_screen(tmp_path, user_home):
    """Only a file at the current schema is read before the real open; a new file waits for it."""
    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(user_home)}
    result = subprocess.run([sys.executable, "-c", FRAME_PROBE.replace("assert window.open_database() is None", "window.open_database()"),
                             str(tmp_path / "new.sqlite3")], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])[3] == ""


def ts_messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None where it is missing or unfinished."""
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and translation.text
            found[(name, message.findtext("source"))] = translation.text if done else None
    return found


def test_every_string_has_an_english_translation():
    messages = ts_messages(paths.resource("translations", "logistics_desktop_en.ts"))
    assert len(messages) > 100
    assert [key for key, value in messages.items() if value is None] == []


def test_the_ts_file_holds_every_string_of_the_sources(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("src/logistics_desktop/**/*.py")) + sorted(
        str(p.relative_to(ROOT)) for p in ROOT.glob("ui/**/*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-locations", "none", *files, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    shipped = ts_messages(paths.resource("translations", "logistics_desktop_en.ts"))
    assert set(ts_messages(fresh)) == set(shipped), "run scripts/update_translations.py and translate the new strings"


def test_the_built_qm_translates(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(paths.resource("translations", "logistics_desktop_en.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
        assert QCoreApplication.translate("Field", "责任人") == "Responsible"
        assert QCoreApplication.translate("Module", "首页") == "Home"
    finally:
        QCoreApplication.removeTranslator(translator)
