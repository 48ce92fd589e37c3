"""Open the one SQLite file: refuse what is not ours, back up, migrate, then hand out sessions.

Opening never changes a file it refuses: the check reads it through a read-only connection
before anything (even the WAL switch, which rewrites the header) touches it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine
from sqlmodel import Session

from logistics_desktop.core.errors import DatabaseRefused
from logistics_desktop.core.migrations import HEAD, KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


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


def _set_pragmas(dbapi_connection, _record) -> None:
    # Python's sqlite3 only opens a transaction before INSERT/UPDATE/DELETE, so DDL (an import
    # re-creating a trigger) and reads would run outside it. We take over: no implicit BEGIN from
    # the driver, an explicit BEGIN from SQLAlchemy for every transaction (_begin below).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An opened, migrated database file."""

    def __init__(self, path: Path, engine: Engine):
        self.path = Path(path)
        self.engine = engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, backup: bool = True) -> Database:
    """Open `path` (creating it if needed), backing up and migrating as due.

    Raises DatabaseRefused for a file that is not ours or is newer than this program.
    """
    path = Path(path)
    state = inspect_file(path)  # may refuse; nothing has been written yet
    path.parent.mkdir(parents=True, exist_ok=True)
    if backup and state.exists and not state.is_new:
        from logistics_desktop.core import backup as backups

        if state.needs_migration:
            backups.backup_database(path, reason="before-migration")
        else:
            backups.daily_backup(path)
    engine = make_engine(path)
    if state.needs_migration:
        from logistics_desktop.core.migrations.runner import upgrade  # Alembic only when due

        upgrade(engine)
    return Database(path, engine)
