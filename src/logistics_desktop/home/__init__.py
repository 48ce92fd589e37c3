"""首页：学校、当前学期和今天的待办——各模块通过 home_items 报来的到期、逾期和提醒事项。

It owns no tables; it only gathers what the other modules report.
"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import Module, lazy

MODULE = Module(key="home", title=QT_TRANSLATE_NOOP("Module", "首页"), build_tab=lazy("logistics_desktop.home.view:HomeTab"))
