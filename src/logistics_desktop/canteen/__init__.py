"""食堂：供货单位与证照、从业人员健康证、进货查验（双人联检、签字锁定、更正留痕）、库存、带量食谱、
留样、餐具消毒、陪餐、伙食费收支公示，以及它们的台账。"""

from __future__ import annotations

from datetime import date

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import HomeItem, Module, PrintOption, Printable, SettingsPage, lazy

MONTH = PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month")


def _home_items(session, today: date) -> list[HomeItem]:
    from logistics_desktop.canteen import daily, service

    items = [HomeItem(when, text, level, "canteen", "settings:health-certificates" if "健康证" in text else "settings:suppliers")
             for when, text, level in service.expiring(session, today)]
    deliveries = service.deliveries_on(session, today)
    if deliveries:
        unsigned = sum(1 for d in deliveries if not d["signed"])
        items.append(HomeItem(today, f"今日进货 {len(deliveries)} 批" + (f"，{unsigned} 批未签字" if unsigned else "，均已双人签字"),
                              "due" if unsigned else "done", "canteen", "canteen:acceptance"))
    items += [HomeItem(when, text, level, "canteen", target) for when, text, level, target in daily.home_items(session, today)]
    return items


MODULE = Module(
    key="canteen",
    title=QT_TRANSLATE_NOOP("Module", "食堂"),
    models="logistics_desktop.canteen.models",
    build_tab=lazy("logistics_desktop.canteen.view:CanteenTab"),
    home_items=_home_items,
    demo=lazy("logistics_desktop.canteen.demo:fill"),
    demo_order=60,
    settings_pages=(
        SettingsPage("suppliers", QT_TRANSLATE_NOOP("Module", "供货单位"), lazy("logistics_desktop.canteen.view:SuppliersPage")),
        SettingsPage("health-certificates", QT_TRANSLATE_NOOP("Module", "从业人员健康证"), lazy("logistics_desktop.canteen.view:CertificatesPage")),
    ),
    printables=(
        Printable("acceptance-ledger", QT_TRANSLATE_NOOP("Module", "食品进货查验记录"), lazy("logistics_desktop.canteen.service:acceptance_ledger"), (MONTH,)),
        Printable("sample-log", QT_TRANSLATE_NOOP("Module", "食品留样记录"), lazy("logistics_desktop.canteen.reports:sample_log"), (MONTH,)),
        Printable("disinfection-log", QT_TRANSLATE_NOOP("Module", "餐具清洗消毒记录"), lazy("logistics_desktop.canteen.reports:disinfection_log"), (MONTH,)),
        Printable("companion-meal-log", QT_TRANSLATE_NOOP("Module", "学校负责人陪餐记录"), lazy("logistics_desktop.canteen.reports:companion_meal_log"), (MONTH,)),
        Printable("weekly-menu", QT_TRANSLATE_NOOP("Module", "带量食谱"), lazy("logistics_desktop.canteen.reports:weekly_menu"),
                  (PrintOption("week", QT_TRANSLATE_NOOP("Field", "周（该周任一天，如 2026-11-23）"), "date"),)),
        Printable("fee-notice", QT_TRANSLATE_NOOP("Module", "伙食费收支公示"), lazy("logistics_desktop.canteen.reports:fee_notice"), (MONTH,)),
        Printable("canteen-stock-count", QT_TRANSLATE_NOOP("Module", "食堂库存月末盘点表"), lazy("logistics_desktop.canteen.reports:stock_count"), (MONTH,)),
    ),
)
