"""Checked rows kept on disk between the check and the write, so an import of 200,000 rows holds a chunk in memory,
not the file: a private temporary SQLite file (deleted when closed), the rows pickled in the order they were added."""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterator
from typing import Any

_BATCH = 1000


class Staged:
    def __init__(self) -> None:
        self._db = sqlite3.connect("")  # "": SQLite's private temporary file, removed on close
        self._db.execute("CREATE TABLE item (data BLOB NOT NULL)")
        self._waiting: list[tuple[bytes]] = []
        self._count = 0

    def add(self, item: Any) -> None:
        self._waiting.append((pickle.dumps(item, pickle.HIGHEST_PROTOCOL),))
        self._count += 1
        if len(self._waiting) >= _BATCH:
            self._flush()

    def __len__(self) -> int:
        return self._count

    def chunks(self, size: int) -> Iterator[list[Any]]:
        """The items in the order added, `size` at a time: only the chunk in hand is in memory, so the caller lets go
        of a chunk (del) before asking for the next."""
        self._flush()
        cursor = self._db.execute("SELECT data FROM item ORDER BY rowid")
        while rows := cursor.fetchmany(size):
            items = [pickle.loads(data) for (data,) in rows]
            del rows
            yield items
            del items

    def _flush(self) -> None:
        if self._waiting:
            self._db.executemany("INSERT INTO item (data) VALUES (?)", self._waiting)
            self._waiting.clear()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
