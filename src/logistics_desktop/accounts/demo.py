"""The demo school's accounts: one per office that uses the program, all with the password DEMO_PASSWORD."""

from __future__ import annotations

import random

from sqlmodel import Session

from logistics_desktop.accounts import service

DEMO_PASSWORD = "demo123"
# (login, the demo staff member's post, roles)
ACCOUNTS = (
    ("zongwu", "总务主任", "admin,logistics"),
    ("houqin", "后勤干事", "logistics"),
    ("shitang", "食堂管理员", "canteen"),
    ("chushi", "厨师", "canteen"),  # the second acceptor at the kitchen door
    ("anquan", "安全专干", "safety"),
    ("baojian", "保健医", "health"),
    ("xiaozhang", "校长", "principal"),
)


def fill(session: Session, rng: random.Random) -> None:
    from logistics_desktop.directory import service as directory

    by_post: dict[str, str] = {}
    for person in directory.rows(session, directory.STAFF):
        by_post.setdefault(person["post"], person["name"])
    for login, post, roles in ACCOUNTS:
        if post in by_post:
            service.add_user(session, {"login": login, "name": by_post[post], "roles": roles, "password": DEMO_PASSWORD})
