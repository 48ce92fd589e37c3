"""Fill a new database with the demo school: the directories first, then every module's records."""

from __future__ import annotations

import random

from sqlmodel import Session

from logistics_desktop.core.errors import Progress
from logistics_desktop.modules import all_modules

DEMO_SEED = 20260901


def fill_demo(session: Session, seed: int = DEMO_SEED, *, progress: Progress | None = None) -> None:
    from logistics_desktop.core import audit

    rng = random.Random(seed)
    before = audit.current_actor()
    audit.set_actor("演示数据")  # the demo's records are invented: the audit log says so, not the computer's login
    try:
        modules = [m for m in sorted(all_modules(), key=lambda m: m.demo_order) if m.demo]
        for done, module in enumerate(modules):
            if progress is not None:
                progress(done, len(modules))  # a module at a time: the directories, the cards, a term of records …
            module.demo(session, rng)
        if progress is not None:
            progress(len(modules), len(modules))
            progress.check()
    finally:
        audit.set_actor(before)
