"""Timed runs against plain baselines measured in the same run. Prints one JSON object per line:
{"name", "unit", "value", "baseline", "ratio", ...}. Not part of the test run:

    uv run python benchmarks/run.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for title in ("首页", "资产", "食堂", "卫生保健", "安全巡查"):
    tabs.addTab(QLabel(title), title)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""

OUR_WINDOW = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from logistics_desktop.app import main_window_frame
window = main_window_frame(sys.argv[1])
window.resize(1280, 800)
window.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
print("shown", flush=True)
assert window.open_database() is None  # what run_gui does in the first turn of the event loop
QApplication.processEvents()
assert window.tab_widgets["home"].school.text().startswith("示范区实验小学")
print("loaded", flush=True)
"""


def time_until(code: str, *args: str, env: dict) -> dict[str, float]:
    """Seconds from starting a fresh interpreter to each line it prints ("shown", "loaded")."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    marks = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    proc.wait(timeout=60)
    if proc.returncode or "shown" not in marks:
        raise SystemExit(f"benchmark child failed: {proc.stderr.read()}")
    return marks


def emit(name: str, unit: str, value: float, baseline: float, **extra) -> None:
    print(json.dumps({"name": name, "unit": unit, "value": round(value, 4), "baseline": round(baseline, 4),
                      "ratio": round(value / baseline, 3), **extra}, ensure_ascii=False), flush=True)


def bench_cold_start(work: Path, repeat: int) -> None:
    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.demo import fill_demo

    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(work / "home"), "QT_QPA_PLATFORM": "offscreen"}
    os.environ["LOGISTICS_DESKTOP_HOME"] = env["LOGISTICS_DESKTOP_HOME"]
    db_path = work / "demo.sqlite3"
    db = open_database(db_path, backup=False)
    with db.session() as session:
        fill_demo(session)
    db.close()
    time_until(OUR_WINDOW, str(db_path), env=env)  # warm the OS file cache and take the daily backup
    time_until(BARE_WINDOW, env=env)
    ours, bare = [], []
    for _ in range(repeat):  # interleaved so drifts in machine load hit both alike
        bare.append(time_until(BARE_WINDOW, env=env)["shown"])
        ours.append(time_until(OUR_WINDOW, str(db_path), env=env))
    baseline = statistics.median(bare)
    emit("cold start to main window shown (demo school)", "s", statistics.median(m["shown"] for m in ours), baseline,
         baseline_name="bare PySide6 QMainWindow with five tabs", repeat=repeat, target_ratio=1.5)
    emit("cold start to demo school loaded in the window", "s", statistics.median(m["loaded"] for m in ours), baseline,
         baseline_name="bare PySide6 QMainWindow with five tabs", repeat=repeat,
         note="opening the file (SQLAlchemy import, migrations check, queries) after the frame is painted")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="logistics-bench-") as tmp:
        bench_cold_start(Path(tmp), args.repeat)


if __name__ == "__main__":
    main()
