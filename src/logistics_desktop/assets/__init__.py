"""资产：资产卡片、分类、领用借用调拨维修报废赔偿，Excel 导入导出，台账与二维码标签。

The 资产 tab; the term-end stocktake stands on it (its own module).
"""

from __future__ import annotations

from datetime import date

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import DataKind, HomeItem, Module, PrintOption, Printable, SettingsPage


def _home_items(session, today: date) -> list[HomeItem]:
    from logistics_desktop.assets import service

    items = [
        HomeItem(a.loan_due, f"借用逾期：{a.name}（{a.code}）借给 {a.loan_party}，应于 {a.loan_due:%Y-%m-%d} 归还",
                 "overdue", "assets", f"assets:card:{a.id}")
        for a in service.overdue_loans(session, today)
    ]
    for movement, asset in service.open_movements(session, ("维修申请",)):
        items.append(HomeItem(movement.on, f"待维修：{asset.name}（{asset.code}）{movement.reason}", "due", "assets", f"assets:card:{asset.id}"))
    for movement, asset in service.open_movements(session, service.SCRAP_STEPS[:3]):
        step = service.SCRAP_STEPS[service.SCRAP_STEPS.index(movement.kind) + 1]
        items.append(HomeItem(movement.on, f"报废待{step[2:]}：{asset.name}（{asset.code}）", "due", "assets", f"assets:card:{asset.id}"))
    from logistics_desktop.assets import consumables

    for item in consumables.low_stock(session):
        items.append(HomeItem(today, f"库存不足：{item.name}{(' ' + item.spec) if item.spec else ''} 现有 {item.stock.normalize():f}{item.unit}，"
                                     f"最低 {item.min_stock.normalize():f}{item.unit}", "warning", "assets", "assets:consumables"))
    return items


def _build_tab(ctx):
    from logistics_desktop.assets.view import AssetsModuleTab

    return AssetsModuleTab(ctx)


def _classes_page(ctx):
    from logistics_desktop.assets.view import ClassesPage

    return ClassesPage(ctx)


def _ledger(session, options):
    from logistics_desktop.assets import reports

    return reports.asset_ledger(session, options)


def _card(session, options):
    from logistics_desktop.assets import reports

    return reports.card_drawing(session, options.get("code") or "")


def _labels(session, options):
    from logistics_desktop.assets import reports

    return reports.labels_drawing(session, options)


def _consumable_stock(session, options):
    from logistics_desktop.assets import consumables

    return consumables.stock_ledger(session, options)


def _consumable_count(session, options):
    from logistics_desktop.assets import consumables

    return consumables.count_ledger(session, options)


def _import(session, path, **options):
    from logistics_desktop.assets.importer import import_assets

    return import_assets(session, path, **options)


def _columns():
    from logistics_desktop.assets.importer import COLUMNS

    return COLUMNS


def _export(session, path) -> int:
    from logistics_desktop.assets.reports import export_assets

    return export_assets(session, path)


def _demo(session, rng):
    from logistics_desktop.assets.demo import fill_demo_assets

    fill_demo_assets(session, rng)


_FILTERS = (
    PrintOption("room", QT_TRANSLATE_NOOP("Field", "存放地点")),
    PrintOption("class", QT_TRANSLATE_NOOP("Field", "分类代码（前几位即可）")),
    PrintOption("status", QT_TRANSLATE_NOOP("Field", "使用状况"), choices=("", "在用", "闲置", "维修中", "待报废", "丢失")),
)

MODULE = Module(
    key="assets",
    title=QT_TRANSLATE_NOOP("Module", "资产"),
    models="logistics_desktop.assets.models",
    build_tab=_build_tab,
    settings_pages=(SettingsPage("asset-classes", QT_TRANSLATE_NOOP("Module", "资产分类"), _classes_page),),
    home_items=_home_items,
    demo=_demo,
    demo_order=10,
    printables=(
        Printable("asset-ledger", QT_TRANSLATE_NOOP("Module", "资产登记台账"), _ledger,
                  (PrintOption("group-by", QT_TRANSLATE_NOOP("Field", "分组"), "choice", "room", ("room", "class", "none")), *_FILTERS)),
        Printable("asset-card", QT_TRANSLATE_NOOP("Module", "资产卡片"), _card,
                  (PrintOption("code", QT_TRANSLATE_NOOP("Field", "资产编号")),), formats=("pdf",)),
        Printable("asset-labels", QT_TRANSLATE_NOOP("Module", "资产标签"), _labels,
                  (PrintOption("layout", QT_TRANSLATE_NOOP("Field", "标签规格"), "choice", "3x8", ("3x8", "2x5")),
                   PrintOption("start", QT_TRANSLATE_NOOP("Field", "从第几张标签开始"), "int", 1),
                   PrintOption("codes", QT_TRANSLATE_NOOP("Field", "只打印这些编号（逗号分隔）")), *_FILTERS), formats=("pdf",)),
        Printable("consumable-stock", QT_TRANSLATE_NOOP("Module", "低值易耗品库存表"), _consumable_stock),
        Printable("consumable-count", QT_TRANSLATE_NOOP("Module", "低值易耗品月末盘点表"), _consumable_count,
                  (PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month"),)),
    ),
    data_kinds=(DataKind("assets", QT_TRANSLATE_NOOP("Module", "资产"), _import, _export, _columns),),
)
