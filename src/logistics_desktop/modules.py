"""The list of modules. The shell, CLI, 首页, demo and print menu know modules only through this list."""

from __future__ import annotations

from functools import cache

from logistics_desktop.core.modules import Module


@cache
def all_modules() -> tuple[Module, ...]:
    from logistics_desktop.accounts import MODULE as accounts
    from logistics_desktop.assets import MODULE as assets
    from logistics_desktop.canteen import MODULE as canteen
    from logistics_desktop.directory import MODULE as directory
    from logistics_desktop.health import MODULE as health
    from logistics_desktop.home import MODULE as home
    from logistics_desktop.plan import MODULE as plan
    from logistics_desktop.safety import MODULE as safety
    from logistics_desktop.stocktake import MODULE as stocktake

    return (home, directory, assets, stocktake, canteen, health, safety, plan, accounts)
