"""The one way Designer forms (ui/<module>/<page>.ui) are used: loaded at run time and embedded by composition.

`load_ui(name, host)` builds the form's widget tree inside `host` and returns a `Ui` whose attributes are
the form's named children (`ui.supplier` is the widget whose objectName is "supplier"). Widgets of the
project's own classes named in the form (<customwidgets>) are passed as `custom`. Strings in the forms are
translated with the form's class name as context: name the form's class after the page class, so the form
and the page's own self.tr() share one context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from logistics_desktop import paths

_loader: QUiLoader | None = None
_registered: set[type] = set()


class Ui:
    """The named children of a loaded form, as attributes."""

    def __init__(self, form: QWidget):
        self.form = form

    def __getattr__(self, name: str) -> QObject:
        child = self.form.findChild(QObject, name)
        if child is None:
            raise AttributeError(f"界面文件中没有名为 {name} 的部件")
        setattr(self, name, child)  # found once
        return child


def load_form(name: str, host: QWidget, custom: Sequence[type[QWidget]] = ()) -> QWidget:
    global _loader
    if _loader is None:
        _loader = QUiLoader()
    for cls in custom:
        if cls not in _registered:
            _loader.registerCustomWidget(cls)
            _registered.add(cls)
    file = QFile(str(paths.ui_dir() / name))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"界面文件 {name} 缺失：{file.errorString()}")
    try:
        form = _loader.load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"界面文件 {name} 无法载入：{_loader.errorString()}")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def load_ui(name: str, host: QWidget, custom: Sequence[type[QWidget]] = ()) -> Ui:
    return Ui(load_form(name, host, custom))


def place(container: QWidget, widget: QWidget) -> QWidget:
    """Put a widget built in code (a FieldForm, a table view over a model) into its placeholder of the form."""
    layout = container.layout() or QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return widget
