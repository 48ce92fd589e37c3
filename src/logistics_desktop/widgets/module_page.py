"""A page inside a module's tab that reloads itself after writes to its module's records or the directories."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class ModulePage(QWidget):
    def __init__(self, ctx, module: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        ctx.changed.connect(self._changed)  # a bound method: Qt drops the connection with the page
        ctx.database_replaced.connect(self.reload)

    def _changed(self, module: str) -> None:
        if module in (self.module, "directory"):
            self.reload()

    def reload(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError

    def ask(self, title: str, fields, values: dict | None, write) -> bool:
        """A short form in a dialog (kept as self.dialog for tests), staff fields filled from the directory;
        `write(values)` returns ctx.write(...). True when written."""
        from logistics_desktop.widgets.forms import FormDialog

        self.dialog = FormDialog(title, fields, self, staff=self.ctx.staff_names()[1:], values=values)
        return self.dialog.run(write)
