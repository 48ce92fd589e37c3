"""Open the one SQLite file: refuse what is not ours, back up, migrate, then hand out sessions.

Opening never changes a file it refuses: the check reads it through a read-only connection
before anything (even the WAL switch, which rewrites the header) touches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine
from sqlmodel import Session

from logistics_desktop.core.dbfile import FileState, inspect_file, read_only_connection  # noqa: F401 (the names others use)

BUSY_TIMEOUT_MS = 5000


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
