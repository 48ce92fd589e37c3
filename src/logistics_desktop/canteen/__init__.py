"""食堂：供货单位与证照、从业人员健康证、进货查验（双人联检、签字锁定、更正留痕）、库存、带量食谱、
留样、餐具消毒、陪餐、伙食费收支公示，以及它们的台账。"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import BinderForm, Module, Printable, PrintOption, SettingsPage, lazy

MONTH = PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month")


MODULE = Module(
    key="canteen",
    role="canteen",
    title=QT_TRANSLATE_NOOP("Module", "食堂"),
    models="logistics_desktop.canteen.models",
    build_tab=lazy("logistics_desktop.canteen.view:CanteenTab"),
    home_items=lazy("logistics_desktop.canteen.service:home_items"),
    term_figures=lazy("logistics_desktop.canteen.service:term_figures"),
    binder_forms=tuple(BinderForm("food", key) for key in ("acceptance-ledger", "sample-log", "disinfection-log", "companion-meal-log",
                                                              "fee-notice", "canteen-stock-count")),
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
