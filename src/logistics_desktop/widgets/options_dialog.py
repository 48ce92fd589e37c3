"""Ask for a printable form's options (month, week, year ...) before it is drawn."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from logistics_desktop.core.modules import Printable


def _default(option) -> object:
    if option.default is not None:
        return option.default
    today = date.today()
    return {"month": today.strftime("%Y-%m"), "year": today.year, "date": today.isoformat()}.get(option.kind, "")


def ask_options(parent: QWidget, printable: Printable) -> dict | None:
    """The options as a dict, {} when the form has none, None when the user cancels."""
    if not printable.options:
        return {}
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Module", printable.title))
    form = QFormLayout(dialog)
    editors = {}
    for option in printable.options:
        if option.choices:
            editor = QComboBox()
            editor.addItems(list(option.choices))
            editor.setCurrentText(str(_default(option)))
        elif option.kind in ("int", "year"):
            editor = QSpinBox()
            editor.setRange(1 if option.kind == "int" else 2000, 999 if option.kind == "int" else 2100)
            editor.setValue(int(_default(option) or 1))
        else:
            editor = QLineEdit(str(_default(option)))
        editors[option.key] = editor
        form.addRow(QCoreApplication.translate("Field", option.label), editor)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    values = {}
    for key, editor in editors.items():
        values[key.replace("-", "_")] = editor.currentText() if isinstance(editor, QComboBox) else editor.value() if isinstance(editor, QSpinBox) else editor.text().strip()
    return values
