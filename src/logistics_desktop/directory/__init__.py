"""基础信息：学校、学期、人员、房间、班级——各模块共用的目录。

Settings pages, printed lists, Excel import/export and the demo school's people and places.
"""

from __future__ import annotations

from functools import partial

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import DataKind, Module, Printable, SettingsPage, lazy

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
    role="logistics",
    title=QT_TRANSLATE_NOOP("Module", "基础信息"),
    models="logistics_desktop.directory.models",
    settings_pages=(SettingsPage("school", QT_TRANSLATE_NOOP("Module", "学校"), partial(lazy("logistics_desktop.directory.view:build_settings_page"), "school")),)
    + tuple(SettingsPage(key, title, partial(lazy("logistics_desktop.directory.view:build_settings_page"), key)) for key, title in _KINDS),
    home_items=lazy("logistics_desktop.directory.service:home_items"),
    demo=lazy("logistics_desktop.directory.demo:fill_demo_school"),
    demo_order=0,
    printables=tuple(Printable(cli, title, partial(lazy("logistics_desktop.directory.service:printed_list"), key)) for cli, key, title in _LISTS),
    data_kinds=tuple(DataKind(key, title, partial(lazy("logistics_desktop.directory.service:import_kind"), key),
                              partial(lazy("logistics_desktop.directory.service:export_kind"), key),
                              partial(lazy("logistics_desktop.directory.service:columns_of"), key)) for key, title in _KINDS),
)
