"""The directories' figures for the first screen, read with plain SQL and without importing the models.

The window shows them from a read-only sqlite3 connection before SQLAlchemy is imported (core/dbfile.peek),
and from the open file afterwards; importing the SQLModel classes and configuring the ORM can wait until the
window has painted (benchmarks/run.py, cold start).
"""

from __future__ import annotations

from typing import Any


def figures(con) -> dict[str, Any]:
    """The school, its current term, and how many staff, rooms and classes, from a DB-API connection."""

    def one(sql: str):
        return con.execute(sql).fetchone()

    school = one("SELECT name, kind FROM school ORDER BY id LIMIT 1")
    term = one('SELECT name, start, "end" FROM term WHERE is_current = 1 LIMIT 1')
    return {"school": school[0] if school else "", "school_kind": school[1] if school else "",
            "term": term[0] if term else "", "term_start": term[1] if term else "", "term_end": term[2] if term else "",
            "staff": one("SELECT count(*) FROM staff WHERE active = 1")[0], "rooms": one("SELECT count(*) FROM room")[0],
            "classes": one("SELECT count(*) FROM school_class")[0]}


def first_screen(session) -> dict[str, Any]:
    """figures() over an open session's own connection."""
    return figures(session.connection().connection.dbapi_connection)
