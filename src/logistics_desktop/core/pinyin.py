"""Names found by their pinyin initials (助记码), as in the till and stock programs kitchens know: xhs finds 西红柿,
bgz 办公桌, cq 重庆 (a character stands for each of its readings: 重 is z and c). Typing the letters needs no input
method, so the canteen manager at the door and the clerk at a room find a name in three keys. Qt-free."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache


@cache
def _table() -> dict[str, str]:
    from logistics_desktop.core.pinyin_table import INITIALS

    return {char: letters for letters, chars in INITIALS.items() for char in chars}


def initials(text: str) -> list[str]:
    """Each letter, digit or character of `text` with what typing may stand for it: 一（2）班 → ["y", "2", "b"]; a
    character of several readings has several (长 → "cz"); punctuation and spaces stand for nothing and are skipped."""
    table = _table()
    found = []
    for char in unicodedata.normalize("NFKC", text):  # full-width letters and digits as typed: Ａ２ is a2
        if char in table:
            found.append(table[char])
        elif char.isascii() and char.isalnum():
            found.append(char.lower())
    return found


@lru_cache(maxsize=8192)
def _letters(text: str) -> tuple[str, ...]:  # a search runs over the same names again and again (SQL: pinyin_match)
    return tuple(initials(text))


def found_at(typed: str, text: str) -> int | None:
    """Where in `text` (counted in initials) `typed` (letters and digits) stands for a run of it by initials, or None:
    xhs in 新鲜西红柿 at 2, y2b in 一（2）班 at 0, cq in 重庆 at 0."""
    typed = typed.strip().lower()
    if not typed or not typed.isascii() or not typed.isalnum():
        return None
    letters = _letters(text)
    return next((start for start in range(len(letters) - len(typed) + 1)
                 if all(t in letters[start + i] for i, t in enumerate(typed))), None)


def matches(typed: str, text: str) -> bool:
    return found_at(typed, text) is not None


def finds(typed: str, text: str) -> bool:
    """What a search box finds: `typed` inside `text` (any case), or standing for a run of it by initials (jsj: 计算机教室)."""
    typed = typed.strip()
    return not typed or typed.casefold() in text.casefold() or matches(typed, text)
