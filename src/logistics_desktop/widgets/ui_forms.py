"""The one way Designer forms (ui/*.ui) are used: loaded at run time and embedded by composition.

`load_form(name, host)` builds the form's widget tree inside `host` and returns the form
widget; its children are found by their objectName, e.g. `form.findChild(QLabel, "schoolLabel")`.
Strings in the forms are translated with the form's class name as context.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from logistics_desktop import paths

_loader: QUiLoader | None = None


def load_form(name: str, host: QWidget) -> QWidget:
    global _loader
    if _loader is None:
        _loader = QUiLoader()
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
