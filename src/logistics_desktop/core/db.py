"""Open the one SQLite file: refuse what is not ours, back up, migrate, then hand out sessions.

Opening never changes a file it refuses: the check reads it through a read-only connection
before anything (even the WAL switch, which rewrites the header) touches it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine
from sqlmodel import Session

from logistics_desktop.core.dbfile import WAIT_ENV, FileState, inspect_file, read_only_connection, wait_seconds  # noqa: F401 (the names others use)
from logistics_desktop.core.errors import DatabaseRefused

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
    return f"数据文件读写出错（{os_reason(exc)}）：{what}没有保存，数据未改动。"


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


def _read_only_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout={int(wait_seconds() * 1000)}")


def _begin(connection) -> None:
    # A session that may write takes the write lock at its first statement (BEGIN IMMEDIATE), so it waits for another
    # writer under the busy timeout; a deferred one that read first could not wait (a stale snapshot is answered busy
    # at once). Read-only sessions stay deferred and, in WAL mode, never block a writer.
    connection.exec_driver_sql("BEGIN" if connection.get_execution_options().get("read_only") else "BEGIN IMMEDIATE")


def make_engine(path: Path, *, read_only: bool = False, frozen: bool = False) -> Engine:
    """An engine on exactly `path`: connections come from sqlite3 itself, so no character of the name (%, ?, #, spaces) is
    read as part of a URL (`sqlite:///a%20b.sqlite3` would open `a b.sqlite3`)."""
    from sqlalchemy.pool import QueuePool

    target = str(Path(path))

    def connect() -> sqlite3.Connection:
        # check_same_thread off: an import runs in a worker thread on a connection of the pool, one thread at a time
        if read_only:  # frozen: in a folder we may not write, where SQLite could not even keep its lock file
            flags = "mode=ro&immutable=1" if frozen else "mode=ro"
            return sqlite3.connect(f"{Path(path).resolve().as_uri()}?{flags}", uri=True, check_same_thread=False)
        return sqlite3.connect(target, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool, future=True)
    event.listen(engine, "connect", _read_only_pragmas if read_only else _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def checking_first(session: Session) -> None:
    """Called by a long write (an import, a posting) before its first statement: what it reads and checks then runs in a
    reading transaction, without the write lock, so other writers (a counter scanning) go on meanwhile."""
    if not session.in_transaction():
        session.connection(execution_options={"read_only": True})
        session.info["data_version"] = session.connection().exec_driver_sql("PRAGMA data_version").scalar()


def writing_now(session: Session) -> bool:
    """The checks are done: take the write lock on the same connection, waiting its turn. True when another writer
    committed since the checks began: the caller checks again (now under the lock) before writing."""
    before = session.info.pop("data_version", None)
    if before is None:
        return False  # not begun by checking_first: the session has held the lock from its start
    conn = session.connection()
    conn.exec_driver_sql("COMMIT")  # the reading transaction wrote nothing
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    changed = conn.exec_driver_sql("PRAGMA data_version").scalar() != before
    if changed:
        session.expire_all()  # what was read may be stale
    return changed


class Database:
    """An opened, migrated database file."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False, warnings: tuple[str, ...] = ()):
        self.path = Path(path)
        self.engine = engine
        self.reader = engine.execution_options(read_only=True)
        self.read_only = read_only  # a file the user may not write: opened to look and print, every save refused in words
        self.warnings = warnings  # said once when the file opens (a daily backup that could not be made)

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


def open_database(path: Path, *, backup: bool = True, read_only: bool = False) -> Database:
    """Open `path` (creating it if needed), backing up and migrating as due; `read_only` (another window has the
    file) opens it for reading only, as a write-protected file is.

    Raises DatabaseRefused for a file that is not ours or is newer than this program.
    """
    path = Path(path)
    state = inspect_file(path)  # may refuse; nothing has been written yet
    chosen = read_only and state.exists
    read_only = state.exists and (read_only or not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)))
    if read_only:
        if state.needs_migration:
            raise DatabaseRefused(f"“{path.name}”是只读文件，且需要升级数据结构后才能打开：请先取消只读属性。文件未作任何改动。")
        return Database(path, make_engine(path, read_only=True, frozen=not os.access(path.parent, os.W_OK)), read_only=True,
                        warnings=(SHARED_READ_ONLY_NOTICE if chosen else READ_ONLY_NOTICE,))
    path.parent.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    if backup and state.exists and not state.is_new:
        from logistics_desktop.core import backup as backups

        if state.needs_migration:
            backups.migration_backup(path)  # a migration goes on only with its copy made
        else:
            try:
                copy = backups.daily_backup(path)
            except (OSError, sqlite3.Error) as exc:  # a full disk or a read-only backups folder: said, and the program goes on
                warnings.append(f"今天的自动备份没有完成（{os_reason(exc)}），数据文件照常打开。请检查备份文件夹所在的磁盘。")
            else:
                damage = backups.quick_check(copy) if copy else "ok"  # once a day, on the day's copy: the file's own pages
                if damage != "ok":
                    return Database(path, make_engine(path, read_only=True), read_only=True,
                                    warnings=(f"数据文件检查未通过（{damage[:120]}）：已以只读方式打开，不会写入。请用 文件 → 从备份恢复 恢复较早的备份。",))
    engine = make_engine(path)
    if not state.exists:  # a new file: its owner alone may read it (children's health records go into it)
        with engine.connect():
            pass
        from logistics_desktop import paths

        paths.make_private(path)
    if state.needs_migration:
        from logistics_desktop.core.migrations.runner import upgrade  # Alembic only when due

        upgrade(engine)
    return Database(path, engine, warnings=tuple(warnings))


SHARED_READ_ONLY_NOTICE = "另一个程序窗口正在使用这个数据文件，本窗口以只读方式打开：可以查看、打印和导出，不能保存。"
READ_ONLY_NOTICE = "数据文件是只读的：可以查看、打印和导出，不能保存修改（要修改，请取消文件的只读属性或复制到自己的文件夹）。"


def os_reason(exc: BaseException) -> str:
    """What happened, in words: 磁盘已满, 文件只读, 没有写入权限, or the system's own message."""
    text = str(getattr(exc, "orig", None) or exc)
    errno_ = getattr(exc, "errno", None)
    if errno_ == 28 or "disk is full" in text or "No space left" in text:
        return "磁盘已满"
    if "readonly" in text or "read-only" in text.lower() or errno_ == 30:
        return "文件只读"
    if errno_ == 13 or isinstance(exc, PermissionError):
        return "没有写入权限"
    return text
