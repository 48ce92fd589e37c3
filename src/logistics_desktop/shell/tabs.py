"""The main window's tabs: each module's built the first time it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class TabHost(QWidget):
    """A module's tab, built the first time it is shown (or asked for), so the window opens on 首页 without
    building every other tab first."""

    def __init__(self, build, ctx, parent=None):
        super().__init__(parent)
        self._build, self._ctx, self._content = build, ctx, None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def content(self):
        if self._content is None:
            self._content = self._build(self._ctx)
            self.layout().addWidget(self._content)
        return self._content

    def showEvent(self, event) -> None:  # noqa: N802
        self.content()
        super().showEvent(event)


class Tabs(dict):
    """The modules' tabs by key; a tab not yet built is built when it is looked up."""

    def __getitem__(self, key):
        return super().__getitem__(key).content()

    def get(self, key, default=None):
        return self[key] if key in self else default
