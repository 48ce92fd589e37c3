"""资产：资产卡片、分类、领用借用调拨维修报废赔偿，Excel 导入导出，台账与二维码标签。

The 资产 tab; the term-end stocktake stands on it (its own module).
"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import BinderForm, DataKind, Module, Printable, PrintOption, SettingsPage, lazy

_FILTERS = (
    PrintOption("room", QT_TRANSLATE_NOOP("Field", "存放地点")),
    PrintOption("class", QT_TRANSLATE_NOOP("Field", "分类代码（前几位即可）")),
    PrintOption("status", QT_TRANSLATE_NOOP("Field", "使用状况"), choices=("", "在用", "闲置", "维修中", "待报废", "丢失")),
)

MODULE = Module(
    key="assets",
    role="logistics",
    title=QT_TRANSLATE_NOOP("Module", "资产"),
    models="logistics_desktop.assets.models",
    build_tab=lazy("logistics_desktop.assets.view:AssetsModuleTab"),
    settings_pages=(SettingsPage("asset-classes", QT_TRANSLATE_NOOP("Module", "资产分类"), lazy("logistics_desktop.assets.view:ClassesPage")),
                    SettingsPage("asset-class-words", QT_TRANSLATE_NOOP("Module", "分类推断词"), lazy("logistics_desktop.assets.view:ClassWordsPage"))),
    home_items=lazy("logistics_desktop.assets.service:home_items"),
    term_figures=lazy("logistics_desktop.assets.service:term_figures"),
    binder_forms=(BinderForm("assets", "asset-ledger", "once"), BinderForm("assets", "consumable-stock", "once"), BinderForm("assets", "consumable-count")),
    demo=lazy("logistics_desktop.assets.demo:fill_demo_assets"),
    demo_order=10,
    printables=(
        Printable("asset-ledger", QT_TRANSLATE_NOOP("Module", "资产登记台账"), lazy("logistics_desktop.assets.reports:asset_ledger"),
                  (PrintOption("group-by", QT_TRANSLATE_NOOP("Field", "分组"), "choice", "room", ("room", "class", "none")), *_FILTERS)),
        Printable("asset-card", QT_TRANSLATE_NOOP("Module", "资产卡片"), lazy("logistics_desktop.assets.reports:card_printable"),
                  (PrintOption("code", QT_TRANSLATE_NOOP("Field", "资产编号")),), formats=("pdf",)),
        Printable("asset-labels", QT_TRANSLATE_NOOP("Module", "资产标签"), lazy("logistics_desktop.assets.reports:labels_drawing"),
                  (PrintOption("layout", QT_TRANSLATE_NOOP("Field", "标签规格"), "choice", "3x8", ("3x8", "2x5")),
                   PrintOption("start", QT_TRANSLATE_NOOP("Field", "从第几张标签开始"), "int", 1),
                   PrintOption("codes", QT_TRANSLATE_NOOP("Field", "只打印这些编号（逗号分隔）")), *_FILTERS), formats=("pdf",)),
        Printable("consumable-stock", QT_TRANSLATE_NOOP("Module", "低值易耗品库存表"), lazy("logistics_desktop.assets.consumables:stock_ledger")),
        Printable("consumable-count", QT_TRANSLATE_NOOP("Module", "低值易耗品月末盘点表"), lazy("logistics_desktop.assets.consumables:count_ledger"),
                  (PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month"),)),
    ),
    data_kinds=(DataKind("assets", QT_TRANSLATE_NOOP("Module", "资产"), lazy("logistics_desktop.assets.importer:import_assets"),
                         lazy("logistics_desktop.assets.reports:export_assets"), lazy("logistics_desktop.assets.importer:columns")),),
)
