"""English really English: every tab, page and dialog in English with the demo school shows no Chinese but the
school's own data; with every translation half as long again, no button is cut and every tab fits 1366×768."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("english_probe.py")


def probe(db: Path, *, stretch: bool = False) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LOGISTICS_DESKTOP_STRETCH", None)
    if stretch:
        env["LOGISTICS_DESKTOP_STRETCH"] = "1"
    result = subprocess.run([sys.executable, str(PROBE), str(db)], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def demo_copy(tmp_path, demo_template) -> Path:
    return Path(shutil.copyfile(demo_template, tmp_path / "demo.sqlite3"))


def test_every_screen_in_english_shows_no_chinese_but_the_schools_data(demo_copy):
    found = probe(demo_copy)
    assert found["chinese"] == [], "\n".join(f"{x['where']}: {x['text']}" for x in found["chinese"][:40])


def test_longer_translations_still_fit(demo_copy):
    found = probe(demo_copy, stretch=True)
    assert found["clipped"] == [], "\n".join(f"{x['where']}: {x['text']}" for x in found["clipped"][:40])
