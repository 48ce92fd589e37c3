"""Write src/logistics_desktop/core/pinyin_table.py: the pinyin initials of every CJK Unified Ideograph (U+4E00–U+9FFF),
from the Unicode Character Database's Unihan_Readings.txt (Debian's package unicode-data puts it in /usr/share/unicode).

    uv run python scripts/make_pinyin_table.py [/usr/share/unicode/Unihan_Readings.txt.bz2]

A character's initials are those of its readings in kMandarin (the customary one, first), kTGHZ2013 (通用规范汉字字典,
2013) and kXHC1983 (现代汉语词典): 长 is c and z, 重 z and c, 行 x and h. Old readings (kHanyuPinyin) are left out.
"""

from __future__ import annotations

import bz2
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "logistics_desktop" / "core" / "pinyin_table.py"
FIELDS = ("kMandarin", "kTGHZ2013", "kXHC1983")
FIRST, LAST = 0x4E00, 0x9FFF


def initial(reading: str) -> str:
    """zhǎng → z, ǎi → a (the first letter without its tone mark)."""
    plain = unicodedata.normalize("NFD", reading)
    return next(c for c in plain if "a" <= c <= "z")


def read(path: Path) -> tuple[str, dict[str, list[str]]]:
    """The file's Unicode version, and each character's initials, the customary reading's first."""
    opener = bz2.open if path.suffix == ".bz2" else open
    readings: dict[str, dict[str, list[str]]] = {}
    version = ""
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# Unicode version:"):
                version = line.split(":", 1)[1].strip()
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in FIELDS:
                continue
            code = int(parts[0][2:], 16)
            if FIRST <= code <= LAST:  # "212.030:lè 453.020:yuè" or "lè": the readings after the page numbers
                found = [r for entry in parts[2].split() for r in entry.split(":")[-1].split(",")]
                readings.setdefault(chr(code), {})[parts[1]] = found
    table = {}
    for char, by_field in readings.items():
        ordered = [initial(r) for field in FIELDS for r in by_field.get(field, [])]
        table[char] = list(dict.fromkeys(ordered))
    return version, table


def render(version: str, table: dict[str, list[str]], source: str) -> str:
    groups: dict[str, list[str]] = {}
    for char in sorted(table):
        first, *others = table[char]
        groups.setdefault(first + "".join(sorted(others)), []).append(char)
    body = "".join(f'    "{key}": "{"".join(chars)}",\n' for key, chars in sorted(groups.items(), key=lambda g: (len(g[0]), g[0])))
    return (f'"""Pinyin initials of the CJK Unified Ideographs U+4E00–U+9FFF ({len(table)} characters), grouped by their\n'
            f"initials, the customary reading's first (长: \"cz\"). Made by scripts/make_pinyin_table.py from {source},\n"
            f"Unicode {version}: the readings of kMandarin, kTGHZ2013 (通用规范汉字字典) and kXHC1983 (现代汉语词典).\n"
            f'Unicode Character Database © Unicode, Inc., under the Unicode License (https://www.unicode.org/license.txt)."""\n\n'
            f"UNICODE_VERSION = \"{version}\"\n"
            f"INITIALS = {{\n{body}}}\n")


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Readings.txt.bz2")
    version, table = read(path)
    if not re.fullmatch(r"\d+\.\d+\.\d+", version) or len(table) < 20000:
        print(f"{path}: not a Unihan_Readings file ({version!r}, {len(table)} characters)", file=sys.stderr)
        return 1
    TABLE.write_text(render(version, table, f"Unihan_Readings.txt{path.suffix if path.suffix == '.bz2' else ''}"), encoding="utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {len(table)} characters, Unicode {version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
