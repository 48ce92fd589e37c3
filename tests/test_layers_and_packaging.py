"""Layer rules and packaging: Qt-free services, and a wheel that runs with its resources."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "logistics_desktop"


def lint_imports(source_root: Path) -> subprocess.CompletedProcess:
    """import-linter with the project's contracts (pyproject.toml) over the package found under source_root."""
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run([exe, "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_import_contracts_hold():
    result = lint_imports(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 kept, 0 broken" in result.stdout


def test_an_indirect_qt_import_or_a_reach_into_another_module_breaks_the_build(tmp_path):
    """The contracts can fail: a service that imports Qt through a helper, a module that imports another's models."""
    package = tmp_path / "logistics_desktop"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / "core" / "colours.py").write_text("from PySide6.QtGui import QColor\n", encoding="utf-8")
    parse = package / "core" / "parse.py"
    parse.write_text(parse.read_text(encoding="utf-8") + "\nfrom logistics_desktop.core import colours  # noqa\n", encoding="utf-8")
    canteen = package / "canteen" / "service.py"
    canteen.write_text(canteen.read_text(encoding="utf-8") + "\nfrom logistics_desktop.safety import models as safety_models  # noqa\n",
                       encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "logistics_desktop.core.parse -> logistics_desktop.core.colours" in result.stdout
    assert "Other modules reach safety only through safety.service BROKEN" in result.stdout
    assert "4 kept, 2 broken" in result.stdout


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
        "logistics_desktop/ui/home/home.ui",
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


def test_no_view_file_over_400_lines_and_every_page_has_its_form():
    views = [p for p in PACKAGE.rglob("*.py") if "view" in p.parts or p.name == "view.py" or p.parent.name in ("widgets", "shell")]
    long = {str(p.relative_to(PACKAGE)): n for p in views if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
    forms = {str(p.relative_to(ROOT / "ui")) for p in (ROOT / "ui").rglob("*.ui")}
    used = {name for path in views for name in re.findall(r'load_(?:ui|form)\("([^"]+\.ui)"', path.read_text(encoding="utf-8"))}
    assert used == forms  # every form is loaded by a page, and every page's form is in ui/<module>/<page>.ui


def test_every_lazily_loaded_module_is_in_the_bundle():
    """The contract's lazy("module:function") targets are imported by name, unseen by PyInstaller's scan: each must be
    inside the package the spec collects whole (or named in its hidden imports), and must exist."""
    import importlib

    spec = (ROOT / "packaging" / "logistics-desktop.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("logistics_desktop")' in spec and 'collect_submodules("reportlab.graphics.barcode")' in spec
    targets = {m for path in PACKAGE.rglob("*.py")
               for m in re.findall(r'lazy\("([\w.]+):\w+"\)', path.read_text(encoding="utf-8"))}
    assert len(targets) > 20
    for module in sorted(targets):
        assert module.startswith("logistics_desktop.") or f'"{module}"' in spec, module
        importlib.import_module(module)  # a typo in a target fails here, not in the bundle
    for development in ("hypothesis", "pytest", "setuptools"):  # the school's copy carries no test tools
        assert f'"{development}"' in spec


def test_the_windows_installer_script_names_what_the_spec_builds():
    """Checked on Linux: the version is pyproject's, the icon exists, and the bundle files it installs are the ones the
    PyInstaller spec makes (scripts/check_bundle.py checks them against a built bundle too)."""
    import sys
    import tomllib

    from logistics_desktop import __version__

    sys.path.insert(0, str(ROOT / "scripts"))
    from installer_script import SCRIPT, defines, missing_in, sources

    text = SCRIPT.read_text(encoding="utf-8")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert defines(text)["AppVersion"] == version == __version__
    assert (SCRIPT.parent / re.search(r"^SetupIconFile=(.+)$", text, flags=re.M).group(1).replace("\\", "/")).is_file()
    spec = (ROOT / "packaging" / "logistics-desktop.spec").read_text(encoding="utf-8")
    assert defines(text)["BundleDir"].replace("\\", "/") == "../dist/" + re.search(r'COLLECT\(.*name="([^"]+)"', spec).group(1)
    programs = {f"{name}.exe" for name in re.findall(r'EXE\(.*name="([^"]+)"', spec)}
    assert programs == {s for s in sources(text) if s.endswith(".exe")} == {"logistics-desktop.exe", "logistics-desktop-cli.exe"}
    assert "PrivilegesRequired=lowest" in text and "PrivilegesRequiredOverridesAllowed=dialog" in text
    assert 'Name: "english"' in text and 'Name: "chinesesimplified"' in text and "AppId={{" in text
    assert "{localappdata}\\logistics-desktop" in text  # the data folder the uninstaller asks about: paths.user_data_path's
    # a bundle as PyInstaller lays it out passes; one without the console program does not
    bundle = Path(tempfile.mkdtemp())
    (bundle / "_internal").mkdir()
    (bundle / "_internal" / "base_library.zip").write_bytes(b"")
    (bundle / "logistics-desktop").write_bytes(b"")
    assert missing_in(bundle, text) == ["logistics-desktop-cli.exe"]
    (bundle / "logistics-desktop-cli").write_bytes(b"")
    assert missing_in(bundle, text) == []


def test_icons_and_desktop_entry():
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256):
        assert Image.open(ROOT / "resources" / "icons" / f"logistics-desktop-{size}.png").size == (size, size)
    assert Image.open(ROOT / "resources" / "icons" / "logistics-desktop.ico").format == "ICO"
    entry = (ROOT / "packaging" / "logistics-desktop.desktop").read_text(encoding="utf-8")
    assert "Icon=logistics-desktop" in entry and "Exec=logistics-desktop" in entry


def test_version_and_the_licences(cli):
    from logistics_desktop.core.licences import runtime_packages, third_party_text
    from logistics_desktop.core.migrations import HEAD

    result = cli("--version")
    assert result.returncode == 0 and result.stdout.splitlines()[:2] == ["logistics-desktop 0.1.0", f"数据库结构版本 {HEAD}"]
    names = {name.lower() for name, _version, _licence in runtime_packages()}
    assert {"pyside6", "reportlab", "sqlalchemy", "openpyxl", "alembic"} <= names and "pytest" not in names and "ruff" not in names
    text = third_party_text()
    assert "文泉驿微米黑" in text and "PySide6" in text and "LGPL" in text and "Unihan（拼音首字母）：Unicode License v3" in text
