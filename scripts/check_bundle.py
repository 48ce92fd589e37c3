"""Build the one-folder bundle into a temporary folder and run every command of the command line from it, away from
the checkout, with fresh user folders: a module the program loads lazily and the bundle lacks fails here, not at a
school. Every command the parser offers must have a run below (a new command without one fails the check); every
print form is run in each of its formats, every import and export kind once.

    uv run python scripts/check_bundle.py            # build, then check
    uv run python scripts/check_bundle.py --bundle DIR   # check a bundle already built
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = "pyinstaller>=6.10,<7"  # the build tool, not a dependency of the program
PASSWORD = "demo123"  # the demo school's accounts (accounts/demo.py)
# who runs what: the principal reads all but the children's records, the doctor those, the head of logistics writes
READER, DOCTOR, WRITER = "xiaozhang", "baojian", "zongwu"


def build(dest: Path) -> Path:
    subprocess.run(["uv", "run", "--with", PYINSTALLER, "pyinstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dest / "dist"), "--workpath", str(dest / "work"), str(ROOT / "packaging" / "logistics-desktop.spec")],
                   check=True, cwd=ROOT)
    return dest / "dist" / "logistics-desktop"


def leaf_commands() -> set[tuple[str, ...]]:
    """Every command path of the CLI (print FORM, stocktake start …), from its own parser."""
    from logistics_desktop.cli import build_parser

    def leaves(parser, path=()):
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            yield path
            return
        for name, sub in subs[0].choices.items():
            yield from leaves(sub, (*path, name))

    return set(leaves(build_parser()))


class Runner:
    def __init__(self, bundle: Path, work: Path):
        exe = "logistics-desktop-cli.exe" if os.name == "nt" else "logistics-desktop-cli"
        self.exe, self.work = bundle / exe, work
        self.db = work / "school.sqlite3"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON", "UV_"))}
        self.env |= {"LOGISTICS_DESKTOP_HOME": str(work / "home"), "QT_QPA_PLATFORM": "offscreen", "HOME": str(work / "home")}
        self.ran: list[tuple[str, ...]] = []  # the arguments of each run
        self.failures: list[str] = []

    def __call__(self, *args, user: str | None = None, passwords: tuple[str, ...] = (), db: Path | None = None,
                 display: bool = False) -> str:
        argv = [str(self.exe), "--db", str(db or self.db)]
        env = self.env
        if display:  # on a real X server (Xvfb): Qt's xcb plugin and the libraries it links, as on a school's Linux PC
            argv = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *argv]
            env = env | {"QT_QPA_PLATFORM": "xcb"}
        if user:
            argv += ["--user", user, "--password-stdin"]
            passwords = (PASSWORD, *passwords)
        argv += [str(a) for a in args]
        started = time.monotonic()
        done = subprocess.run(argv, cwd=self.work, env=env, capture_output=True, text=True, timeout=300,
                              input="".join(p + "\n" for p in passwords))
        shown = " ".join(argv[argv.index(str(self.exe)) + 1:]) + (" (X server)" if display else "")
        if done.returncode != 0 or "Traceback" in done.stderr:
            self.failures.append(f"{shown}\n  exit {done.returncode}: {(done.stderr or done.stdout).strip()[-800:]}")
            print(f"FAIL {shown}", flush=True)
        else:
            print(f"ok   {time.monotonic() - started:4.1f}s  {shown}", flush=True)
        self.ran.append(tuple(map(str, args)))
        return done.stdout

    def first(self, sql: str):
        con = sqlite3.connect(self.db)
        try:
            row = con.execute(sql).fetchone()
        finally:
            con.close()
        return row[0] if row else None


def check(bundle: Path) -> int:
    from logistics_desktop.modules import all_modules

    modules = all_modules()
    work = Path(tempfile.mkdtemp(prefix="bundle-check-"))
    run = Runner(bundle, work)
    out = work / "out"
    out.mkdir()

    from installer_script import missing_in

    gone = missing_in(bundle)
    if gone:
        run.failures.append("packaging/windows-installer.iss installs files the bundle lacks: " + ", ".join(gone))
    version = run("--version")
    if "数据库结构版本" not in version:
        run.failures.append(f"--version says no schema revision: {version!r}")
    run("demo")
    run("check")
    run("backup", "-o", out / "copy.sqlite3", user=WRITER)
    run("backup", "--encrypt", "-o", out / "copy.enc", user=WRITER, passwords=("backup-secret", "backup-secret"))

    # every export kind, then every import kind into a new file (references created as the registers need them)
    kinds = [k for m in modules for k in m.data_kinds]
    for module in modules:
        for kind in module.data_kinds:  # the children's records are the doctor's to export
            run("export", kind.key, "-o", out / f"{kind.key}.xlsx", user=DOCTOR if module.role == "health" else READER)
    fresh = work / "imported.sqlite3"
    for kind in kinds:
        # --update: a new file already has the shipped checklists, which the exported ones match (nothing to write, exit 0)
        run("import", kind.key, out / f"{kind.key}.xlsx", "--create-missing", "--skip-invalid", "--update", db=fresh)

    # every print form in each of its formats
    ids = {
        "patrol-record": run.first("SELECT min(id) FROM safety_patrol"),
        "rectification-notice": run.first("SELECT min(id) FROM safety_hazard"),
        "return-check": run.first("SELECT min(id) FROM health_disease_case"),
        "outbreak-report": run.first("SELECT min(id) FROM health_outbreak_warning"),
    }
    for module in modules:
        for printable in module.printables:
            args = [ids[printable.key]] if any(o.positional for o in printable.options) else []
            if printable.key == "asset-card":
                args = ["--code", run.first("SELECT min(code) FROM asset")]
            if printable.key == "day-check-form":  # one class's form of the last school day (no 晨检 at weekends)
                day = date.today()
                while day.weekday() >= 5:
                    day -= timedelta(days=1)
                args = ["--class", run.first("SELECT name FROM school_class ORDER BY id"), "--day", day.isoformat()]
            if printable.key == "growth-chart":  # one child's report
                child = run.first("SELECT c.id FROM health_child c JOIN health_measurement m ON m.child_id = c.id ORDER BY c.id")
                args = ["--child", run.first(f"SELECT name FROM health_child WHERE id = {child}"),
                        "--class", run.first(f"SELECT k.name FROM school_class k JOIN health_child c ON c.class_id = k.id WHERE c.id = {child}")]
            if printable.key == "inspection-binder":  # the food binder of the month so far, its separate files beside it
                args = ["--kind", "food", "--from", date.today().replace(day=1).isoformat(), "--folder", out / "binder-files"]
            for fmt in printable.formats:
                run("print", printable.key, *args, "-o", out / f"{printable.key}.{fmt}",
                    user=DOCTOR if module.role == "health" else READER if printable.key != "audit-log" else WRITER)

    # a whole stocktake of one room
    started = run("stocktake", "start", "--name", "检查用清查", "--room", "会议室", user=WRITER)
    stocktake = next((w for w in started.split() if w.isdigit()), "1")
    code = run.first("SELECT a.code FROM asset a JOIN room r ON r.id = a.room_id WHERE r.name = '会议室' AND a.status != '已报废'")
    run("stocktake", "sheets", stocktake, "-o", out / "sheets.pdf", user=WRITER)
    run("stocktake", "sheets", stocktake, "-o", out / "sheets.xlsx", user=WRITER)
    run("stocktake", "count", stocktake, code, "--by", "王芳", user=WRITER)
    run("stocktake", "import", stocktake, out / "sheets.xlsx", "--by", "王芳", user=WRITER)
    run("stocktake", "report", stocktake, "-o", out / "report.pdf", user=WRITER)
    run("stocktake", "report", stocktake, "-o", out / "report.xlsx", user=WRITER)
    run("stocktake", "post", stocktake, "--reason", "检查", user=WRITER)
    run("stocktake", "list", user=WRITER)

    # the doctor's commands
    klass = run.first("SELECT name FROM school_class ORDER BY id")
    child = run.first(f"SELECT c.name FROM health_child c JOIN school_class k ON k.id = c.class_id WHERE k.name = '{klass}' ORDER BY c.id")
    run("health", "warnings", user=DOCTOR)
    run("health", "evaluate", "--class", klass, user=DOCTOR)
    run("health", "check", "--class", klass, "--session", "午", user=DOCTOR)
    run("health", "absence", "--child", child, "--class", klass, "--session", "午", user=DOCTOR)

    # the term plan: a pasted plan of the current term's first month, copied to the term before, listed
    term = run.first("SELECT name FROM term WHERE is_current = 1")
    other = run.first("SELECT name FROM term WHERE is_current = 0 ORDER BY start DESC")
    month = run.first("SELECT substr(start, 6, 2) FROM term WHERE is_current = 1")
    (out / "plan.txt").write_text(f"{int(month)}月\n1. 检查用计划项目（负责人：王芳）\n", encoding="utf-8")
    run("plan", "import", out / "plan.txt", user=WRITER)
    run("plan", "copy", "--from", term, "--to", other, user=WRITER)
    run("plan", "list", user=WRITER)

    # users and the audit log
    run("user", "add", "--login", "jiancha", "--name", "检查员", "--role", "logistics", user=WRITER, passwords=("check-pass-1", "check-pass-1"))
    run("user", "list", user=WRITER)
    run("user", "roles", "jiancha", "--role", "safety", user=WRITER)
    run("user", "reset-password", "jiancha", user=WRITER, passwords=("check-pass-2", "check-pass-2"))
    run("user", "disable", "jiancha", user=WRITER)
    run("user", "enable", "jiancha", user=WRITER)
    run("audit", "-o", out / "audit.xlsx", user=WRITER)

    run("restore", out / "copy.sqlite3", user=WRITER)
    run("restore", out / "copy.enc", user=WRITER, passwords=("backup-secret",))
    run("screenshots", "--out", out / "shots")
    if sys.platform.startswith("linux"):  # the windows drawn by the xcb plugin too (.ci/run installs Xvfb)
        shots = run("screenshots", "--out", out / "shots-x11", display=True).split()
        if len([s for s in shots if s.endswith(".png")]) < 20:
            run.failures.append(f"screenshots on the X server made {len(shots)} pictures: {' '.join(shots)[-300:]}")

    # the window itself is tried by tests/test_real_window.py (a real display); every other command must have run
    missing = sorted(" ".join(leaf) for leaf in leaf_commands()
                     if leaf != ("gui",) and not any(args[:len(leaf)] == leaf for args in run.ran))
    if missing:
        run.failures.append("commands with no run in scripts/check_bundle.py: " + ", ".join(missing))
    for failure in run.failures:
        print(failure, file=sys.stderr)
    print(f"{len(run.failures)} failure(s); bundle {bundle} ({sum(f.stat().st_size for f in bundle.rglob('*') if f.is_file()) / 2**20:.0f} MB)")
    return 1 if run.failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="a bundle folder already built (default: build one now)")
    args = parser.parse_args()
    bundle = args.bundle or build(Path(tempfile.mkdtemp(prefix="bundle-build-")))
    return check(bundle)


if __name__ == "__main__":
    raise SystemExit(main())
