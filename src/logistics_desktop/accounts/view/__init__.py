"""设置 → 用户 and 设置 → 操作日志: the administrator's pages."""

from logistics_desktop.accounts.view.audit import AuditPage
from logistics_desktop.accounts.view.users import UsersPage

__all__ = ["AuditPage", "UsersPage"]
