"""Where resources, ui forms and user data live, in a source checkout, a wheel and a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from logistics_desktop import APP_NAME

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks data next to the package
        candidates.append(Path(frozen_root) / "logistics_desktop" / name)
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE / name)  # installed wheel (force-include)
    candidates.append(_PACKAGE.parent.parent / name)  # source checkout: src/logistics_desktop/../../
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"找不到程序资源目录 {name}/（查找过：{', '.join(map(str, candidates))}）")


@cache
def resources_dir() -> Path:
    return _bundled("resources")


@cache
def ui_dir() -> Path:
    return _bundled("ui")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_path() -> Path:
    """Where the user's data folder is (not created): LOGISTICS_DESKTOP_HOME overrides it (tests, portable installs)."""
    override = os.environ.get("LOGISTICS_DESKTOP_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))  # Windows: %LOCALAPPDATA%\logistics-desktop


def user_data_dir() -> Path:
    """The user's data folder, made on first use."""
    path = user_data_path()
    private_folder(path)
    return path


def private_folder(path: Path) -> Path:
    """A folder of the user's data: made readable by its owner only (0700 where the system has such permissions)."""
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def make_private(path: Path) -> None:
    """A data file or a backup: readable and writable by its owner only (0600; Windows keeps its own ACLs)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def default_database() -> Path:
    return user_data_dir() / "logistics.sqlite3"


def backups_dir() -> Path:
    return private_folder(user_data_dir() / "backups")


def settings_file() -> Path:
    return user_data_dir() / "settings.ini"
