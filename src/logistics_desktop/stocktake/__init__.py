"""期末资产清查：冻结预期清单，按房间离线清点（扫码、勾选、填数、导回盘点表），对账，打印盈亏表，一次过账。

Stands on the assets module's cards, rooms and services.
"""

from __future__ import annotations

from datetime import date, timedelta

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import HomeItem, Module, TabPage


def _home_items(session, today: date) -> list[HomeItem]:
    from logistics_desktop.directory import service as directory
    from logistics_desktop.stocktake import service

    items = []
    open_ones = [s for s in service.stocktakes(session) if s.posted_at is None]
    for st in open_ones:
        rooms = service.progress(session, st.id)
        counted, expected = sum(r.counted for r in rooms), sum(r.expected for r in rooms)
        done_rooms = sum(1 for r in rooms if r.expected and r.counted >= r.expected)
        items.append(HomeItem(st.on, f"资产清查“{st.name}”进行中：已清点 {counted}/{expected} 项，{done_rooms}/{len(rooms)} 个房间完成",
                              "due", "assets", f"assets:stocktake:{st.id}"))
    term = directory.current_term(session)
    if term and not open_ones and term.end - today <= timedelta(days=30):
        this_term = [s for s in service.stocktakes(session) if term.start <= s.on <= term.end]
        if not this_term:
            items.append(HomeItem(term.end, f"期末资产清查：本学期（{term.name}）尚未开始，学期于 {term.end:%Y-%m-%d} 结束",
                                  "overdue" if today > term.end else "due", "assets", "assets:stocktake"))
    return items


def _page(ctx):
    from logistics_desktop.stocktake.view import StocktakePage

    return StocktakePage(ctx)


def _add_cli(subparsers) -> None:
    from logistics_desktop.stocktake.cli import add_commands

    add_commands(subparsers)


MODULE = Module(
    key="stocktake",
    title=QT_TRANSLATE_NOOP("Module", "期末资产清查"),
    models="logistics_desktop.stocktake.models",
    home_items=_home_items,
    tab_pages=(TabPage("assets", "stocktake", QT_TRANSLATE_NOOP("Module", "期末清查"), _page),),
    add_cli=_add_cli,
)
