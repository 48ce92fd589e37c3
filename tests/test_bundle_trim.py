"""What the Linux bundle leaves out (scripts/bundle_trim.py): ICU's data trimmed to the program's languages, which Qt
must still sort Chinese names and read GBK with; libraries nothing links. Built from the real PySide6 libraries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bundle_trim  # noqa: E402

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU_DATA = next(QT_LIB.glob("libicudata.so.*"), None)
pytestmark = pytest.mark.skipif(ICU_DATA is None, reason="PySide6 carries ICU on Linux only; the spec trims it there only")

# what Qt does with ICU in this program: sort names (file dialogs, QCollator) and name codecs
QT_USES_ICU = r"""
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
print(" ".join(sorted(["张伟", "王芳", "李娜", "赵敏", "阿强"], key=QCollator(QLocale("zh_CN")).sortKey)))
print(" ".join(sorted(["b", "B", "é", "a", "e"], key=QCollator(QLocale("en_US")).sortKey)))
print(" ".join(n for n in ("GBK", "GB18030", "GB2312", "Big5", "Shift_JIS", "KOI8-R") if QStringDecoder(n).isValid()))
"""


def icu_package() -> bytes:
    _, offset, size = bundle_trim.data_symbol(ICU_DATA)
    return ICU_DATA.read_bytes()[offset:offset + size]


def test_icu_package_written_again_is_the_same_bytes():
    original = icu_package()
    header, items = bundle_trim.read_package(original)
    assert len(items) > 3000 and any(name.endswith("/coll/zh.res") for name, _ in items)
    assert bundle_trim.write_package(header, items) == original


def test_what_the_trimmed_icu_keeps():
    names = [name.split("/", 1)[1] for name, _ in bundle_trim.read_package(icu_package())[1]]
    kept = {name for name in names if bundle_trim.keeps(f"icudt/{name}")}
    for name in ("root.res", "zh.res", "zh_Hans_CN.res", "en.res", "en_GB.res", "coll/zh.res", "coll/root.res",
                 "coll/ucadata.icu", "brkitr/cjdict.dict", "brkitr/word.brk", "zone/zh.res", "supplementalData.res",
                 "pool.res", "res_index.res", "gb18030.cnv", "windows-936-2000.cnv", "cnvalias.icu", "nfkc.nrm"):
        assert name in kept, name
    for name in ("de.res", "fr_FR.res", "coll/ja.res", "coll/de_.res", "lang/ko.res", "translit/root.res", "euc-jp-2007.cnv"):
        assert name in names and name not in kept, name
    assert len(kept) < len(names) / 3


def test_qt_sorts_chinese_and_reads_gbk_with_the_trimmed_icu(tmp_path):
    trimmed = bundle_trim.trim_icu_data(ICU_DATA, tmp_path / "icu")
    assert trimmed.name == ICU_DATA.name and trimmed.stat().st_size < ICU_DATA.stat().st_size / 3

    def run(preload: Path | None) -> list[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"} | ({"LD_PRELOAD": str(preload)} if preload else {})
        done = subprocess.run([sys.executable, "-c", QT_USES_ICU], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    whole, trimmed_lines = run(None), run(trimmed)
    assert trimmed_lines[0] == "阿强 李娜 王芳 张伟 赵敏"  # pinyin order: zh collation is there
    assert trimmed_lines[:2] == whole[:2]
    assert trimmed_lines[2] == "GBK GB18030 GB2312 Big5"  # Chinese codecs kept, the others gone: the preload took
    assert whole[2] == "GBK GB18030 GB2312 Big5 Shift_JIS KOI8-R"


@pytest.mark.skipif(shutil.which("icupkg") is None, reason="ICU's icupkg (Debian's icu-devtools; .ci/run installs it)")
def test_icus_own_packager_finds_nothing_missing_in_the_trimmed_data(tmp_path):
    bundle_trim.trim_icu_data(ICU_DATA, tmp_path)
    package = tmp_path / f"icudt{ICU_DATA.name.rsplit('.', 1)[1]}l.dat"  # icupkg wants the package's own name
    (tmp_path / "icu.dat").rename(package)
    done = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True)
    assert done.returncode == 0 and "missing" not in done.stderr, done.stderr
    assert "coll/zh.res" in done.stdout.split()


def test_libraries_nothing_links_are_left_out():
    def entry(name: str, folder: str = "") -> tuple[str, str, str]:
        return (f"{folder}{name}", str(QT_LIB / name), "BINARY")

    plugin = Path(__import__("PySide6").__file__).parent / "Qt" / "plugins" / "platforms" / "libqoffscreen.so"
    binaries = [("PySide6/Qt/plugins/platforms/libqoffscreen.so", str(plugin), "BINARY"),
                entry("libQt6Core.so.6"), entry("libQt6Gui.so.6"), entry("libQt6WaylandClient.so.6"), entry(ICU_DATA.name)]
    kept, dropped = bundle_trim.linked_only(binaries)
    assert dropped == ["libQt6WaylandClient.so.6"]  # the Wayland plugins are not in the bundle: nothing links it
    assert [Path(dest).name for dest, _, _ in kept] == ["libqoffscreen.so", "libQt6Core.so.6", "libQt6Gui.so.6", ICU_DATA.name]
