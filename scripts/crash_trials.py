"""Crash safety as a suite: the command line killed (SIGKILL) at random moments during an import, a stocktake posting, the
demo, a backup and a restore; after each trial the file must pass `check` and PRAGMA integrity_check, and hold either
everything the command would have written or nothing of it (every table's row count equals the count before or the
count after a run that was let finish).

    uv run python scripts/crash_trials.py [--trials 50] [--seed 1]      # exit 1 when a trial leaves a broken or half-written file

A short run (10 trials) is part of the tests (tests/test_crash_trials.py).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OPERATIONS = ("import", "post", "demo", "backup", "restore")


def command() -> list[str]:
    return [sys.executable, "-m", "logistics_desktop"]


def run(home: Path, *args, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(home)}
    return subprocess.run([*command(), *map(str, args)], capture_output=True, text=True, env=env, timeout=timeout)


def counts(path: Path) -> dict[str, int] | None:
    """Every table's row count, or None for a file with no tables at all (a new file killed before it had any)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables} or None


def integrity(path: Path) -> str:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def register(path: Path, n: int) -> Path:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["某某小学资产登记表"])
    ws.append(["资产编号", "资产名称", "分类", "规格型号", "计量单位", "数量", "单价", "金额", "购置日期", "存放地点", "保管人"])
    for i in range(n):
        ws.append([f"CT-{i:06d}", "台式计算机", "A02010105", "联想启天 M450", "台", 1, "4,280.00", "4,280.00", "2021-09-01", "计算机教室一", ""])
    wb.save(path)
    return path


class Bench:
    """The files every trial starts from, and each operation's state before and after a run let finish."""

    def __init__(self, work: Path, rows: int, demo: Path | None = None):
        self.work, self.home = work, work / "home"
        self.home.mkdir()
        self.expected: dict[str, tuple] = {}
        self.seconds: dict[str, float] = {}
        self.demo = work / "demo.sqlite3"
        started = time.perf_counter()
        if demo:  # a demo school made by `demo` already (the tests' own): copied, its making not timed here
            shutil.copyfile(demo, self.demo)
        else:
            self._ok(run(self.home, "--db", self.demo, "demo"))
        self.demo_seconds = time.perf_counter() - started if not demo else 12.0
        self.register = register(work / "register.xlsx", rows)
        self.posting = work / "posting.sqlite3"  # a stocktake counted and ready to post
        shutil.copyfile(self.demo, self.posting)
        result = self._ok(run(self.home, "--db", self.posting, "stocktake", "start", "--name", "崩溃试验", "--room", "一（1）班教室",
                              "--room", "计算机教室一"))
        self.stocktake = result.stdout.strip()
        self._ok(run(self.home, "--db", self.posting, "stocktake", "count", self.stocktake, "ZC-000002", "--room", "一（1）班教室"))
        self.old_backup = work / "old-backup.sqlite3"
        self._ok(run(self.home, "--db", self.posting, "backup", "-o", self.old_backup))
        fresh = work / "fresh.sqlite3"  # what a killed demo may leave: the new file's tables and shipped rows, no school
        from logistics_desktop.core.db import open_database

        open_database(fresh, backup=False).close()
        self.expected["demo"], self.seconds["demo"] = (counts(fresh), counts(self.demo)), self.demo_seconds
        for op in OPERATIONS:  # the reference: the operation let finish
            if op == "demo":
                continue  # the demo file above is that reference
            target, args = self.prepare(op, work / f"reference-{op}")
            before = counts(target)
            started = time.perf_counter()
            self._ok(run(self.home, *args))
            self.seconds[op] = time.perf_counter() - started
            self.expected[op] = (before, counts(self.output(op, target)))

    @staticmethod
    def _ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
        if result.returncode != 0:
            raise SystemExit(f"setting up failed: {result.args}\n{result.stdout}\n{result.stderr}")
        return result

    def prepare(self, op: str, folder: Path) -> tuple[Path, list]:
        """A fresh copy for one run of `op`: (the file to judge, the command's arguments)."""
        folder.mkdir(parents=True)
        target = folder / "school.sqlite3"
        if op == "import":
            shutil.copyfile(self.demo, target)
            return target, ["--db", target, "import", "assets", self.register]
        if op == "post":
            shutil.copyfile(self.posting, target)
            return target, ["--db", target, "stocktake", "post", self.stocktake, "--reason", "试验"]
        if op == "demo":
            return target, ["--db", target, "demo"]
        if op == "backup":
            shutil.copyfile(self.demo, target)
            return target, ["--db", target, "backup", "-o", folder / "copy.sqlite3"]
        shutil.copyfile(self.demo, target)  # restore: the demo school replaced by the older backup
        return target, ["--db", target, "restore", self.old_backup]

    @staticmethod
    def output(op: str, target: Path) -> Path:
        return target.parent / "copy.sqlite3" if op == "backup" else target


def trial(bench: Bench, op: str, n: int, rng: random.Random) -> tuple[str, bool]:
    """One run killed at a random moment: (what is wrong, "" when the file is sound and all-or-nothing; whether it was killed)."""
    target, args = bench.prepare(op, bench.work / f"trial-{n}-{op}")
    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(bench.home)}
    child = subprocess.Popen([*command(), *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    delay = rng.uniform(0.3, max(0.4, bench.seconds[op] * 1.1))  # after the interpreter has started, before the end
    try:
        child.wait(timeout=delay)
        finished = True
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        finished = False
    return judge(bench, op, target, finished), not finished


def judge(bench: Bench, op: str, target: Path, finished: bool) -> str:
    before, after = bench.expected[op]
    judged = bench.output(op, target)
    if op == "backup":  # the source must be untouched; a copy, if there is one under its name, whole
        if counts(target) != before or integrity(target) != "ok":
            return "the file backed up was changed"
        if judged.exists() and (integrity(judged) != "ok" or counts(judged) != after):
            return "a partial backup was left under the backup's name"
        return ""
    found = counts(judged)
    if found is None:
        return "" if op == "demo" else "the file lost its tables"  # a new file killed before its first commit
    if integrity(judged) != "ok":
        return f"integrity_check: {integrity(judged)}"
    check = run(bench.home, "--db", judged, "check")
    if check.returncode != 0 and not (op == "demo" and found == before):
        return "check: " + check.stdout.strip().replace("\n", "; ")
    if found not in (before, after):
        changed = {t: (before.get(t) if before else None, found.get(t), after.get(t)) for t in found if found.get(t) != (after or {}).get(t)}
        return f"half written ({'finished' if finished else 'killed'}): {changed}"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rows", type=int, default=3000, help="rows of the register imported")
    parser.add_argument("--demo", type=Path, help="start from this demo school instead of making one")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="logistics-crash-") as tmp:
        bench = Bench(Path(tmp), args.rows, args.demo)
        failures, killed = [], 0
        for n in range(args.trials):
            op = OPERATIONS[n % len(OPERATIONS)]
            problem, was_killed = trial(bench, op, n, rng)
            killed += was_killed
            print(f"{n + 1:3d} {op:8s} {'killed' if was_killed else 'finished'}  {problem or 'ok'}")
            if problem:
                failures.append((op, problem))
        print(f"{args.trials - len(failures)} of {args.trials} trials ({killed} killed before the end) left a sound, all-or-nothing file "
              f"(reference runs: {', '.join(f'{op} {s:.1f} s' for op, s in bench.seconds.items())})")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
