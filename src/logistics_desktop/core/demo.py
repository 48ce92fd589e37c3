"""Fill a new database with the demo school: the directories first, then every module's records."""

from __future__ import annotations

import random

from sqlmodel import Session

from logistics_desktop.modules import all_modules

DEMO_SEED = 20260901


def fill_demo(session: Session, seed: int = DEMO_SEED) -> None:
    from logistics_desktop.core import audit

    rng = random.Random(seed)
    before = audit.current_actor()
    audit.set_actor("演示数据")  # the demo's records are invented: the audit log says so, not the computer's login
    try:
        for module in sorted(all_modules(), key=lambda m: m.demo_order):
            if module.demo:
                module.demo(session, rng)
    finally:
        audit.set_actor(before)
