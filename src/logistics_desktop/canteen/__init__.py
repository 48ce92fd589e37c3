"""食堂：供货单位与证照、从业人员健康证、进货查验（双人联检、签字锁定、更正留痕）及其台账。

First slice of the canteen module: the acceptance screen, its ledger and 首页 warnings (see the issue note for what is left).
"""

from __future__ import annotations

from datetime import date

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import HomeItem, Module, PrintOption, Printable


def _home_items(session, today: date) -> list[HomeItem]:
    from logistics_desktop.canteen import service

    return [HomeItem(when, text, level, "canteen") for when, text, level in service.expiring(session, today)]


def _build_tab(ctx):
    from logistics_desktop.canteen.view import CanteenTab

    return CanteenTab(ctx)


def _ledger(session, options):
    from logistics_desktop.canteen import service

    return service.acceptance_ledger(session, options)


MODULE = Module(
    key="canteen",
    title=QT_TRANSLATE_NOOP("Module", "食堂"),
    models="logistics_desktop.canteen.models",
    build_tab=_build_tab,
    home_items=_home_items,
    printables=(
        Printable("acceptance-ledger", QT_TRANSLATE_NOOP("Module", "食品进货查验记录"), _ledger,
                  (PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month"),)),
    ),
)
