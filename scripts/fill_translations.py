"""Fill the unfinished entries of the English .ts file from a table of translations, then rebuild the .qm.

    uv run python scripts/update_translations.py            # new strings appear as unfinished
    uv run python scripts/fill_translations.py --list       # the unfinished sources, one per line
    uv run python scripts/fill_translations.py FILE.tsv     # lines "source<TAB>translation"; entries not in it stay unfinished
"""

from __future__ import annotations

import re
import sys
from html import escape, unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources/translations/logistics_desktop_en.ts"
# escaped text holds no "<": an entry cannot run on into the next message
ENTRY = re.compile(r"(<source>)([^<]*)(</source>\s*<translation) type=\"unfinished\">([^<]*)(</translation>)")


def main(argv: list[str]) -> int:
    text = TS.read_text(encoding="utf-8")
    if argv[:1] == ["--list"]:
        for m in ENTRY.finditer(text):
            print(unescape(m.group(2)))
        return 0
    table = dict(line.split("\t", 1) for line in Path(argv[0]).read_text(encoding="utf-8").splitlines() if "\t" in line)

    def fill(m: re.Match) -> str:
        english = table.get(unescape(m.group(2))) or (unescape(m.group(4)) if m.group(4) else None)
        if not english:
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}{m.group(3)}>{escape(english, quote=False)}{m.group(5)}"

    TS.write_text(ENTRY.sub(fill, text), encoding="utf-8")
    left = len(ENTRY.findall(TS.read_text(encoding="utf-8")))
    print(f"{left} unfinished")
    import subprocess

    subprocess.run([sys.executable, str(ROOT / "scripts/update_translations.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
