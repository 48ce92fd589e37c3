"""Online backups (sqlite3 backup API), rotation, restore and the integrity check."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from logistics_desktop import paths
from logistics_desktop.core.errors import DatabaseRefused, InputError

KEEP_BACKUPS = 30  # per database file; the oldest beyond this are removed (never the last before a restore or a migration)
KEPT_REASONS = ("before-restore", "before-migration")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_folder(source: Path) -> Path:
    """The backups of one data file, by its full path: school.sqlite3 in two folders, or logistics.sqlite3 beside
    logistics-2025.sqlite3, never share backups or rotate each other's away."""
    resolved = str(Path(source).resolve())
    folder = paths.backups_dir() / f"{Path(source).stem}-{hashlib.sha1(resolved.encode('utf-8')).hexdigest()[:10]}"
    return paths.private_folder(folder)


def _remove_partials(folder: Path) -> None:
    """Copies a killed or failed backup left half-written (the .part file and its journals)."""
    for part in folder.glob("*.part*"):
        part.unlink(missing_ok=True)


def copy_pages(source: Path, target: Path, *, self_contained: bool = False) -> None:
    """A consistent copy of `source` into `target` through sqlite3's backup API (safe while `source` is in use);
    self_contained: the copy keeps no WAL beside it (a backup is one file)."""
    from logistics_desktop.core.dbfile import read_only_connection

    src = read_only_connection(Path(source))
    try:
        out = sqlite3.connect(target)
        try:
            src.backup(out)
            if self_contained:
                out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


def backup_database(source: Path, dest: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy a consistent snapshot of `source` while it may be in use; rotate the backups folder."""
    source = Path(source)
    rotate = dest is None
    if dest is None:
        folder = backup_folder(source)
        _remove_partials(folder)
        dest = folder / f"{source.stem}-{_stamp()}-{reason}.sqlite3"
    dest = Path(dest)
    if dest.resolve() == source.resolve():
        raise InputError("output", "备份文件不能与数据文件相同。")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    copy_pages(source, tmp, self_contained=True)
    paths.make_private(tmp)  # children's health records are in it: the owner alone may read a backup
    tmp.replace(dest)
    if rotate:
        rotate_backups(source)
    return dest


def backups_of(source: Path) -> list[Path]:
    """The rotated backups of `source` (its own folder), newest first."""
    stem = Path(source).stem
    found = [p for p in backup_folder(source).glob(f"{stem}-*.sqlite3") if p.name[len(stem) + 1 : len(stem) + 2].isdigit()]
    return sorted(found, key=lambda p: p.name[len(stem) + 1 :], reverse=True)


def _reason(backup: Path) -> str:
    return next((r for r in KEPT_REASONS if backup.stem.endswith(r)), "")


def rotate_backups(source: Path, keep: int = KEEP_BACKUPS) -> None:
    found = backups_of(source)
    last_kept = {r: next((b for b in found if _reason(b) == r), None) for r in KEPT_REASONS}  # the newest of each
    for old in found[keep:]:
        if old not in last_kept.values():
            old.unlink(missing_ok=True)


def daily_backup(source: Path) -> Path | None:
    """Back up once a day, on the first open of that day."""
    today = datetime.now().strftime("%Y%m%d")
    stem = Path(source).stem
    if any(p.name.startswith(f"{stem}-{today}") for p in backups_of(source)):
        return None
    return backup_database(source, reason="daily")


def migration_backup(source: Path) -> Path | None:
    """Back up before a migration, unless the file is unchanged since the last such copy (a migration that failed
    rolled back: opening again must not make a copy each time and rotate the good backups away)."""
    source = Path(source)
    last = next((b for b in backups_of(source) if _reason(b) == "before-migration"), None)
    if last is not None and source.stat().st_mtime <= last.stat().st_mtime:
        return None
    return backup_database(source, reason="before-migration")


@dataclass(frozen=True)
class CheckReport:
    path: Path
    integrity: str
    foreign_key_problems: int
    revision: str | None
    head: str

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_key_problems == 0 and self.revision == self.head

    def lines(self) -> list[str]:
        return [
            f"数据文件：{self.path}",
            f"完整性检查：{'正常' if self.integrity == 'ok' else self.integrity}",
            f"外键问题：{self.foreign_key_problems} 处",
            f"数据结构版本：{self.revision or '（空）'}（程序版本需要 {self.head}）",
            "结论：正常" if self.ok else "结论：有问题，请从备份恢复或联系维护人员",
        ]


def quick_check(path: Path) -> str:
    """PRAGMA quick_check of a file ("ok", or what is damaged): the pages and their records, not the indexes' content."""
    from logistics_desktop.core.dbfile import read_only_connection

    try:
        con = read_only_connection(Path(path))
        try:
            return "; ".join(r[0] for r in con.execute("PRAGMA quick_check").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def check_database(path: Path) -> CheckReport:
    from logistics_desktop.core.db import inspect_file, read_only_connection
    from logistics_desktop.core.migrations import HEAD

    path = Path(path)
    if not path.exists():
        raise DatabaseRefused(f"数据文件“{path}”不存在。")
    state = inspect_file(path)
    con = read_only_connection(path)
    try:
        integrity = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check").fetchall())
        fk_problems = len(con.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        con.close()
    return CheckReport(path, integrity, fk_problems, state.revision, HEAD)


def _trial_migration(backup_file: Path) -> None:
    """An older backup is brought to this program's schema on a copy first: one that cannot be is refused before
    anything is replaced."""
    import tempfile

    from logistics_desktop.core.db import open_database

    with tempfile.TemporaryDirectory(prefix="logistics-restore-") as tmp:
        copy = Path(tmp) / "trial.sqlite3"
        copy_pages(backup_file, copy)
        try:
            open_database(copy, backup=False).close()
        except Exception as exc:  # noqa: BLE001 - whatever the migration met, the backup is refused with it
            raise InputError("file", f"备份文件“{backup_file.name}”无法升级到本程序的数据结构（{getattr(exc, 'orig', None) or exc}），未恢复。") from exc


def restore_database(backup_file: Path, target: Path) -> Path | None:
    """Replace `target` with the contents of `backup_file`; the current target is backed up first.

    Returns the safety backup of the replaced file (None when there was nothing to keep).
    The caller must have closed its own connections to `target`.
    """
    from logistics_desktop.core.db import inspect_file

    backup_file, target = Path(backup_file), Path(target)
    if not backup_file.is_file():
        raise InputError("file", f"备份文件“{backup_file}”不存在。")
    state = inspect_file(backup_file)  # refuses non-SQLite and newer files
    if state.is_new:
        raise InputError("file", f"“{backup_file.name}”是空的数据文件，不是本程序的备份。")
    if target.exists():
        inspect_file(target)  # refuses what opening refuses (another program's file, a newer one, a text file): left as it is
    report = check_database(backup_file)
    if report.integrity != "ok":
        raise InputError("file", f"备份文件“{backup_file.name}”已损坏：{report.integrity}")
    if report.foreign_key_problems:
        raise InputError("file", f"备份文件“{backup_file.name}”有 {report.foreign_key_problems} 处记录引用了不存在的记录（外键问题），未恢复。")
    if state.revision != report.head:
        _trial_migration(backup_file)
    safety = None
    if target.exists() and target.stat().st_size:
        safety = backup_database(target, reason="before-restore")
    copy_pages(backup_file, target)
    return safety


# ---------------------------------------------------------------- backups sealed with a password

_SEALED = b"LDBACKUP1\n"  # what a sealed backup starts with, then the scrypt salt, the AES-GCM nonce and the sealed file
_KEY = {"n": 2**15, "r": 8, "p": 1, "dklen": 32, "maxmem": 64 * 1024 * 1024}


def _key(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, **_KEY)


def encrypted_backup(source: Path, dest: Path | None, password: str) -> Path:
    """A backup only the password opens (AES-GCM from the `cryptography` package, the key derived by scrypt): a copy
    that may leave the office. The password is not kept anywhere; without it the backup cannot be restored."""
    import os
    import tempfile

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(password or "") < 6:
        raise InputError("password", "备份密码至少 6 位")
    source = Path(source)
    dest = Path(dest) if dest else backup_folder(source) / f"{source.stem}-{_stamp()}-encrypted.sqlite3.enc"
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "copy.sqlite3"
        copy_pages(source, plain, self_contained=True)
        salt, nonce = os.urandom(16), os.urandom(12)
        sealed = AESGCM(_key(password, salt)).encrypt(nonce, plain.read_bytes(), _SEALED)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.write_bytes(_SEALED + salt + nonce + sealed)
    paths.make_private(tmp)
    tmp.replace(dest)
    return dest


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(_SEALED)) == _SEALED
    except OSError:
        return False


class decrypted_copy:  # noqa: N801 - used as `with decrypted_copy(path, password) as plain:`
    """The plain backup of a sealed one, in a private temporary folder removed afterwards; a wrong password (or a
    changed file) is refused before anything is written."""

    def __init__(self, path: Path, password: str):
        self.path, self.password = Path(path), password

    def __enter__(self) -> Path:
        import tempfile

        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not self.path.is_file():
            raise InputError("file", f"备份文件“{self.path}”不存在。")
        data = self.path.read_bytes()
        if not data.startswith(_SEALED):
            raise InputError("file", f"“{self.path.name}”不是加密备份。")
        head = len(_SEALED)
        salt, nonce, sealed = data[head : head + 16], data[head + 16 : head + 28], data[head + 28 :]
        try:
            plain = AESGCM(_key(self.password or "", salt)).decrypt(nonce, sealed, _SEALED)
        except InvalidTag:
            raise InputError("password", "备份密码不正确，或备份文件已损坏；当前数据没有改动。") from None
        self._folder = tempfile.TemporaryDirectory()
        target = Path(self._folder.name) / f"{self.path.name.removesuffix('.enc')}"
        target.write_bytes(plain)
        paths.make_private(target)
        return target

    def __exit__(self, *exc) -> None:
        self._folder.cleanup()
