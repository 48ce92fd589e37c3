"""A table the school keeps for the program's rules (设置 → 贫血界值, 分类推断词): the rows above, the chosen row in a form
below, 保存 and 删除; a page gives its module and the two service calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from logistics_desktop.core.errors import InputError
from logistics_desktop.widgets.module_page import ModulePage


class RulesTablePage(ModulePage):
    save_row: Callable[..., Any]  # (session, values) -> id: one row from the form, saved over the row it names
    delete_row: Callable[..., Any]  # (session, id)

    def save(self) -> bool:
        written = self.ctx.write(self.module, type(self).save_row, self.form.values())
        if not written:
            self.form.show_errors(written.errors)
        return written.ok

    def remove(self) -> bool:
        current = self.table.currentIndex()
        if not current.isValid():
            self.form.show_errors([InputError("", self.tr("请先在上面的表中选中要删除的一行"))])
            return False
        written = self.ctx.write(self.module, type(self).delete_row, self.model.rows[current.row()]["id"])
        if not written:
            self.form.show_errors(written.errors)
        return written.ok
