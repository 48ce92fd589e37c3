"""Open the one SQLite file: refuse what is not ours, back up, migrate, then hand out sessions.

Opening never changes a file it refuses: the check reads it through a read-only connection
before anything (even the WAL switch, which rewrites the header) touches it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine
from sqlmodel import Session

from logistics_desktop.core.dbfile import WAIT_ENV, FileState, inspect_file, read_only_connection, wait_seconds  # noqa: F401 (the names others use)

BUSY_MESSAGE = "数据文件正被另一处写入，请稍后重试"


def is_busy(exc: BaseException) -> bool:
    """The file was locked by another writer past the wait (sqlite3's "database is locked"/"busy", wrapped or not)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return isinstance(exc, sqlite3.OperationalError | _sa_operational()) and ("locked" in text or "busy" in text)


def is_database_error(exc: BaseException) -> bool:
    """Any error of the database itself (locked, disk full, I/O), as opposed to a bug of the program."""
    import sqlalchemy.exc

    return isinstance(exc, sqlite3.DatabaseError | sqlalchemy.exc.OperationalError | sqlalchemy.exc.DatabaseError)


def database_message(exc: BaseException, what: str) -> str:
    """The one sentence a user is shown for a database error: what was not saved, and nothing of a traceback."""
    if is_busy(exc):
        return f"{BUSY_MESSAGE}：{what}没有保存，数据未改动。"
    return f"数据文件读写出错（{getattr(exc, 'orig', None) or exc}）：{what}没有保存，数据未改动。"


def _sa_operational():
    import sqlalchemy.exc

    return sqlalchemy.exc.OperationalError


def _set_pragmas(dbapi_connection, _record) -> None:
    # Python's sqlite3 only opens a transaction before INSERT/UPDATE/DELETE, so DDL (an import
    # re-creating a trigger) and reads would run outside it. We take over: no implicit BEGIN from
    # the driver, an explicit BEGIN from SQLAlchemy for every transaction (_begin below).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(wait_seconds() * 1000)}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _begin(connection) -> None:
    # A session that may write takes the write lock at its first statement (BEGIN IMMEDIATE), so it waits for another
    # writer under the busy timeout; a deferred one that read first could not wait (a stale snapshot is answered busy
    # at once). Read-only sessions stay deferred and, in WAL mode, never block a writer.
    connection.exec_driver_sql("BEGIN" if connection.get_execution_options().get("read_only") else "BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """An engine on exactly `path`: connections come from sqlite3 itself, so no character of the name (%, ?, #, spaces) is
    read as part of a URL (`sqlite:///a%20b.sqlite3` would open `a b.sqlite3`)."""
    from sqlalchemy.pool import QueuePool

    target = str(Path(path))
    # check_same_thread off: an import runs in a worker thread on a connection of the pool, one thread at a time
    engine = create_engine("sqlite+pysqlite://", creator=lambda: sqlite3.connect(target, check_same_thread=False), poolclass=QueuePool,
                           future=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An opened, migrated database file."""

    def __init__(self, path: Path, engine: Engine):
        self.path = Path(path)
        self.engine = engine
        self.reader = engine.execution_options(read_only=True)

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error. A writing session holds the write
        lock from its first statement: read files and work out what to write before it (see the importers)."""
        with Session(self.reader if read_only else self.engine, expire_on_commit=False) as session:
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
            backups.migration_backup(path)
        else:
            backups.daily_backup(path)
    engine = make_engine(path)
    if state.needs_migration:
        from logistics_desktop.core.migrations.runner import upgrade  # Alembic only when due

        upgrade(engine)
    return Database(path, engine)
