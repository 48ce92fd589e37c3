"""资产：资产卡片、分类、领用借用调拨维修报废赔偿，Excel 导入导出，台账与二维码标签。

The 资产 tab; the term-end stocktake stands on it (its own module).
"""

from __future__ import annotations

from datetime import date

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import HomeItem, Module


def _home_items(session, today: date) -> list[HomeItem]:
    from logistics_desktop.assets import service

    items = [
        HomeItem(a.loan_due, f"借用逾期：{a.name}（{a.code}）借给 {a.loan_party}，应于 {a.loan_due:%Y-%m-%d} 归还",
                 "overdue", "assets", f"asset:{a.id}")
        for a in service.overdue_loans(session, today)
    ]
    for movement, asset in service.open_movements(session, ("维修申请",)):
        items.append(HomeItem(movement.on, f"待维修：{asset.name}（{asset.code}）{movement.reason}", "due", "assets", f"asset:{asset.id}"))
    for movement, asset in service.open_movements(session, service.SCRAP_STEPS[:3]):
        step = service.SCRAP_STEPS[service.SCRAP_STEPS.index(movement.kind) + 1]
        items.append(HomeItem(movement.on, f"报废待{step[2:]}：{asset.name}（{asset.code}）", "due", "assets", f"asset:{asset.id}"))
    return items


MODULE = Module(
    key="assets",
    title=QT_TRANSLATE_NOOP("Module", "资产"),
    models="logistics_desktop.assets.models",
    home_items=_home_items,
)
