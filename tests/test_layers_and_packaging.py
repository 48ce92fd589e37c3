"""Layer rules and packaging: Qt-free services, and a wheel that runs with its resources."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "logistics_desktop"
QT_ALLOWED = {"view.py", "app.py"}  # and everything under shell/ and widgets/


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return [n for n in names if n.split(".")[0] == "PySide6"]


def test_services_reports_and_kits_never_import_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ("shell", "widgets") or path.name in QT_ALLOWED:
            continue
        if qt_imports(path):
            offenders.append(str(relative))
    assert offenders == []


def test_services_import_without_qt_at_run_time():
    code = (
        "import sys\n"
        "import logistics_desktop.cli, logistics_desktop.directory.service, logistics_desktop.home.service\n"
        "import logistics_desktop.printing, logistics_desktop.spreadsheet, logistics_desktop.core.backup\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    return next(out.glob("*.whl"))


def test_wheel_carries_resources_and_ui(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "logistics_desktop/resources/fonts/wqy-microhei.ttc",
        "logistics_desktop/resources/fonts/LICENSE-wqy-microhei.txt",
        "logistics_desktop/resources/translations/logistics_desktop_en.qm",
        "logistics_desktop/resources/help/guide_zh_CN.html",
        "logistics_desktop/ui/home_tab.ui",
        "logistics_desktop/core/migrations/versions/0001_foundation.py",
        "logistics_desktop/core/migrations/script.py.mako",
    ):
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "logistics-desktop = logistics_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_finds_its_resources(wheel, tmp_path, user_home):
    """Unpacked as an installer would, away from the checkout, it migrates, prints and shows its window."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "LOGISTICS_DESKTOP_HOME": str(user_home), "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import sys, logistics_desktop, logistics_desktop.paths as p\n"
        "print(logistics_desktop.__file__)\nprint(p.resources_dir())\nprint(p.ui_dir())\n"
        "from logistics_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    db = tmp_path / "w.sqlite3"
    run = lambda *args: subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=180)  # noqa: E731
    result = run("--db", str(db), "demo")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith(str(site)) for line in lines[:3]), lines
    result = run("--db", str(db), "print", "staff-list", "-o", str(tmp_path / "s.pdf"))
    assert result.returncode == 0, result.stderr
    result = run("--db", str(db), "screenshots", "--out", str(tmp_path / "shots"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shots" / "tab-home.png").stat().st_size > 5000
