"""`--db PATH` opens exactly that file whatever its name: no character of it is read as part of a URL."""

from __future__ import annotations

import pytest

from logistics_desktop.core.db import open_database
from logistics_desktop.directory import service as directory

NAMES = ["a%20b.sqlite3", "new%41.sqlite3", "问号?.sqlite3", "井号#1.sqlite3", "空 格.sqlite3", "学校😀.sqlite3", "100%.sqlite3"]


@pytest.mark.parametrize("name", NAMES)
def test_a_file_of_any_name_is_the_file_written(tmp_path, cli, name):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / name
    db = open_database(path, backup=False)
    with db.session() as session:
        directory.save_school(session, {"name": "阳光小学", "kind": "小学"})
    db.close()
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [name]  # no stray file beside it
    assert cli("--db", path, "check").returncode == 0
    out = tmp_path / "out"
    assert cli("--db", path, "backup", "-o", out / name).returncode == 0
    assert cli("--db", path, "print", "staff-list", "-o", out / "staff.pdf").returncode == 0
    again = open_database(out / name, backup=False)
    with again.session(read_only=True) as session:
        assert directory.school_name(session) == "阳光小学"
    again.close()
