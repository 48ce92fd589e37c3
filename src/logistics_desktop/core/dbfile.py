"""What a file on disk is, read through a read-only sqlite3 connection: no SQLAlchemy, and nothing changed.

Opening refuses what this check refuses; the first screen reads the school from a file this check accepts
before SQLAlchemy is imported (core/db.py opens it properly right after).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from logistics_desktop.core.errors import DatabaseRefused
from logistics_desktop.core.migrations import HEAD, KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"


WAIT_SECONDS = 30  # how long a write waits for another writer (a long import) before it gives up with a message
WAIT_ENV = "LOGISTICS_DESKTOP_WAIT"  # seconds; the CLI's --wait and the window's setting put it here


def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, WAIT_SECONDS)))
    except ValueError:
        return WAIT_SECONDS


@dataclass(frozen=True)
class FileState:
    """What a file on disk is, read without changing it."""

    exists: bool
    revision: str | None  # Alembic revision, None for a new (empty) database

    @property
    def is_new(self) -> bool:
        return self.revision is None

    @property
    def needs_migration(self) -> bool:
        return self.revision != HEAD


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def inspect_file(path: Path) -> FileState:
    """Say what `path` holds, or raise DatabaseRefused with a message for the clerk."""
    path = Path(path)
    if not path.exists():
        return FileState(False, None)
    if path.is_dir():
        raise DatabaseRefused(f"“{path}”是一个文件夹，不是数据文件。")
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if not head:
        return FileState(True, None)
    if head != SQLITE_MAGIC:
        raise DatabaseRefused(f"“{path.name}”不是本程序的数据文件（不是 SQLite 数据库），未作任何改动。")
    try:
        con = read_only_connection(path)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            else:
                revision = None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"“{path.name}”已损坏或不是 SQLite 数据库（{exc}），未作任何改动。") from exc
    if revision is None:
        if tables - {"sqlite_sequence", "alembic_version"}:
            raise DatabaseRefused(
                f"“{path.name}”是其他程序的 SQLite 数据库（含有表 {', '.join(sorted(tables)[:5])}），未作任何改动。"
            )
        return FileState(True, None)
    if revision not in KNOWN_REVISIONS:
        raise DatabaseRefused(
            f"“{path.name}”由更新版本的程序写入（数据结构版本 {revision}），"
            "本程序无法安全打开。请升级程序后再打开，文件未作任何改动。"
        )
    return FileState(True, revision)


def peek(path: Path, read):
    """`read(connection)` over a read-only connection to a file at the current schema; None for a new file,
    one that needs a migration, or one that is refused (the real open says why)."""
    try:
        state = inspect_file(Path(path))
    except DatabaseRefused:
        return None
    if state.is_new or state.needs_migration:
        return None
    con = read_only_connection(Path(path))
    try:
        return read(con)
    except sqlite3.Error:
        return None
    finally:
        con.close()
