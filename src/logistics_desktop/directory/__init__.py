"""基础信息：学校、学期、人员、房间、班级——各模块共用的目录。

Settings pages, printed lists, Excel import/export and the demo school's people and places.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import DataKind, HomeItem, Module, Printable, SettingsPage


def _service():
    from logistics_desktop.directory import service

    return service


def _page(key: str, ctx):
    from logistics_desktop.directory.view import build_settings_page

    return build_settings_page(key, ctx)


def _printed_list(key: str, session, options):
    service = _service()
    return service.list_ledger(session, service.DIRECTORIES[key], options)


def _import(key: str, session, path, **options):
    service = _service()
    return service.import_file(session, service.DIRECTORIES[key], path, **options)


def _columns(key: str):
    service = _service()
    return service.import_columns(service.DIRECTORIES[key])


def _export(key: str, session, path) -> int:
    service = _service()
    return service.export_file(session, service.DIRECTORIES[key], path)


def _home_items(session, today: date) -> list[HomeItem]:
    service = _service()
    items = []
    if service.get_school(session) is None:
        items.append(HomeItem(today, "尚未填写学校信息", "warning", "directory", "settings:school"))
    term = service.current_term(session)
    if term is None:
        items.append(HomeItem(today, "未设置当前学期：请在 设置 → 学期 中设置", "warning", "directory", "settings:terms"))
    elif term.end < today:
        items.append(HomeItem(term.end, f"当前学期“{term.name}”已于 {term.end:%Y-%m-%d} 结束，请设置新学期", "overdue", "directory", "settings:terms"))
    elif term.end - today <= timedelta(days=14):
        items.append(HomeItem(term.end, f"本学期将于 {term.end:%Y-%m-%d} 结束", "due", "directory", "settings:terms"))
    return items


def _demo(session, rng):
    from logistics_desktop.directory.demo import fill_demo_school

    fill_demo_school(session, rng)


_KINDS = (
    ("terms", QT_TRANSLATE_NOOP("Module", "学期")),
    ("staff", QT_TRANSLATE_NOOP("Module", "人员")),
    ("rooms", QT_TRANSLATE_NOOP("Module", "房间")),
    ("classes", QT_TRANSLATE_NOOP("Module", "班级")),
)
_LISTS = (
    ("term-list", "terms", QT_TRANSLATE_NOOP("Module", "学期表")),
    ("staff-list", "staff", QT_TRANSLATE_NOOP("Module", "人员名册")),
    ("room-list", "rooms", QT_TRANSLATE_NOOP("Module", "房间（存放地点）清单")),
    ("class-list", "classes", QT_TRANSLATE_NOOP("Module", "班级一览表")),
)

MODULE = Module(
    key="directory",
    title=QT_TRANSLATE_NOOP("Module", "基础信息"),
    models="logistics_desktop.directory.models",
    settings_pages=(SettingsPage("school", QT_TRANSLATE_NOOP("Module", "学校"), partial(_page, "school")),)
    + tuple(SettingsPage(key, title, partial(_page, key)) for key, title in _KINDS),
    home_items=_home_items,
    demo=_demo,
    demo_order=0,
    printables=tuple(Printable(cli, title, partial(_printed_list, key)) for cli, key, title in _LISTS),
    data_kinds=tuple(DataKind(key, title, partial(_import, key), partial(_export, key), partial(_columns, key)) for key, title in _KINDS),
)
