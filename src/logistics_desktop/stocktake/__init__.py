"""期末资产清查：冻结预期清单，按房间离线清点（扫码、勾选、填数、导回盘点表），对账，打印盈亏表，一次过账。

Stands on the assets module's cards, rooms and services.
"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import Duty, Module, TabPage, lazy

MODULE = Module(
    key="stocktake",
    role="logistics",
    title=QT_TRANSLATE_NOOP("Module", "期末资产清查"),
    models="logistics_desktop.stocktake.models",
    home_items=lazy("logistics_desktop.stocktake.service:home_items"),
    tab_pages=(TabPage("assets", "stocktake", QT_TRANSLATE_NOOP("Module", "期末清查"), lazy("logistics_desktop.stocktake.view:StocktakePage")),),
    add_cli=lazy("logistics_desktop.stocktake.cli:add_commands"),
    duties=(Duty("stocktake", QT_TRANSLATE_NOOP("Field", "资产清查（过账）"), lazy("logistics_desktop.stocktake.service:posted_between"),
                 ("资产清查", "清查", "盘点"), on_home=True),),  # 首页 already says 期末资产清查 near the term's end
    term_figures=lazy("logistics_desktop.stocktake.service:term_figures"),
)
