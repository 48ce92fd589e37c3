"""The real window on a real X server (Xvfb), as on a Linux desktop: Qt's xcb plugin loads (it needs libxcb-cursor0 and
the other libraries .ci/run installs), the window is mapped and paints the demo school. Skipped where Xvfb is absent."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

DEMO_SCHOOL = "示范区实验小学"  # directory/demo.py
SHOW = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from logistics_desktop.app import create_application, open_main_window

app = create_application("zh_CN")
assert app.platformName() == "xcb", app.platformName()
window, refused = open_main_window(Path(sys.argv[1]))
assert refused is None, refused
window.resize(1366, 768)
window.show()
def done():
    handle = window.windowHandle()
    image = window.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    print("exposed", handle.isExposed(), image.width(), image.height(), len(colours), window.tab_widgets["home"].school.text())
    app.quit()
QTimer.singleShot(1500, done)
app.exec()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed (.ci/run installs it)")
def test_the_real_window_opens_under_xvfb(demo_db_path, user_home, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {
        "QT_QPA_PLATFORM": "xcb", "LOGISTICS_DESKTOP_HOME": str(user_home)}
    script = tmp_path / "show.py"
    script.write_text(SHOW, encoding="utf-8")
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(script), str(demo_db_path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    words = done.stdout.split()
    assert words[:2] == ["exposed", "True"], done.stdout
    width, height, colours = map(int, words[2:5])
    assert width >= 1024 and height >= 600  # the office screen's size, frame and all
    assert colours > 5  # painted: text, tabs and lines, not one flat colour
    assert " ".join(words[5:]).startswith(DEMO_SCHOOL)  # 首页 names the demo school
