"""Refresh resources/translations/*.ts from the sources and ui forms, then build the .qm files.

Run after changing user-visible strings:  uv run python scripts/update_translations.py
Then fill the new <translation> entries (Qt Linguist: pyside6-linguist) and run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run through `uv run`")
    return found


def sources() -> list[str]:
    files = sorted(ROOT.glob("src/logistics_desktop/**/*.py")) + sorted(ROOT.glob("ui/**/*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def main() -> None:
    for code in LANGUAGES:
        ts = f"resources/translations/logistics_desktop_{code}.ts"
        subprocess.run([tool("lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", ts], cwd=ROOT, check=True)
        subprocess.run([tool("lrelease"), ts, "-qm", ts[:-3] + ".qm"], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
