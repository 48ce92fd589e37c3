"""The short run of scripts/crash_trials.py: ten runs of import, stocktake posting, demo, backup and restore killed at
random moments, each leaving a file that passes its checks and holds all or nothing of what the command writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "crash_trials.py"


def test_ten_killed_runs_leave_sound_all_or_nothing_files(demo_template, user_home):
    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(user_home)}
    result = subprocess.run([sys.executable, str(SCRIPT), "--trials", "10", "--rows", "1500", "--seed", "7", "--demo", str(demo_template)],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "10 of 10 trials" in result.stdout and " killed " in result.stdout  # some were really killed mid-way
