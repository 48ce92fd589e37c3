"""用户与签字：登录、角色（管理员、后勤、食堂、安全、保健、校长）、本人密码确认的签字、操作日志。

What a role opens is each module's `role`; the window, 首页, the print menu and the command line ask accounts.service.
"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import Module, Printable, PrintOption, SettingsPage, lazy

MODULE = Module(
    key="accounts",
    role="admin",
    title=QT_TRANSLATE_NOOP("Module", "用户"),
    models="logistics_desktop.accounts.models",
    settings_pages=(
        SettingsPage("users", QT_TRANSLATE_NOOP("Module", "用户"), lazy("logistics_desktop.accounts.view:UsersPage")),
        SettingsPage("audit-log", QT_TRANSLATE_NOOP("Module", "操作日志"), lazy("logistics_desktop.accounts.view:AuditPage")),
    ),
    printables=(
        Printable("audit-log", QT_TRANSLATE_NOOP("Module", "操作日志"), lazy("logistics_desktop.accounts.reports:audit_ledger"),
                  (PrintOption("since", QT_TRANSLATE_NOOP("Field", "起始日期（空为全部）"), "date"),
                   PrintOption("by", QT_TRANSLATE_NOOP("Field", "操作人（空为全部）")))),
    ),
    add_cli=lazy("logistics_desktop.accounts.cli:add_commands"),
    demo=lazy("logistics_desktop.accounts.demo:fill"),
    demo_order=90,  # after the records: the demo term was kept on paper names, the accounts start today
)
