"""Form helpers: one editor per Field, and the error label under each field.

Validation lives in the services; a form only collects values and shows the InputError
messages it gets back next to the fields they name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logistics_desktop.core.errors import InputError, Written, errors_of
from logistics_desktop.core.fields import Field
from logistics_desktop.widgets.name_completer import complete_names

ERROR_STYLE = "color: #C62828;"
BAD_FIELD_STYLE = "border: 1px solid #C62828;"


class FieldEditor(QWidget):
    """The editor of one Field with its error label beneath.

    choice fields are combo boxes showing each choice's translated label and giving back its stored
    value; staff and lookup are editable combo boxes that complete what is typed (the typed text is the value).
    """

    edited = Signal()
    submitted = Signal()  # Enter pressed in a line edit

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.key, self.kind = field.key, field.kind
        kind = field.kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if kind == "date":
            editor = QDateEdit(calendarPopup=True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setDate(QDate.currentDate())
            editor.dateChanged.connect(self.edited)
        elif kind == "bool":
            editor = QCheckBox()
            editor.toggled.connect(self.edited)
        elif kind in ("choice", "staff", "lookup"):
            editor = QComboBox()
            editor.setEditable(kind in ("staff", "lookup"))  # type a name; the completer finds it
            if kind in ("staff", "lookup"):
                editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                complete_names(editor, editor.model())  # by any part of the name or its pinyin initials
                editor.lineEdit().returnPressed.connect(self.submitted)
            editor.currentTextChanged.connect(self.edited)
        else:
            editor = QLineEdit()
            if kind == "password":
                editor.setEchoMode(QLineEdit.EchoMode.Password)
            editor.textEdited.connect(self.edited)
            editor.returnPressed.connect(self.submitted)
        self.editor = editor
        if field.choices:
            self.set_choices(field.choices)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error.setObjectName(f"error_{field.key}")
        editor.setObjectName(f"field_{field.key}")
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def set_choices(self, choices) -> None:
        """choices: (stored value, label) pairs, or plain words (names of people, items) shown as they are."""
        current = self.value()
        self.editor.blockSignals(True)
        self.editor.clear()
        for choice in choices:
            value, label = choice if isinstance(choice, tuple) else (choice, None)
            self.editor.addItem(QCoreApplication.translate("Field", label) if label else value, value)
        self.editor.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        e = self.editor
        if self.kind == "date":
            return e.date().toPython()
        if self.kind == "bool":
            return e.isChecked()
        if self.kind == "choice":
            data = e.currentData()
            return data if data is not None else e.currentText().strip()
        if self.kind in ("staff", "lookup"):
            index = e.findText(e.currentText())
            data = e.itemData(index) if index >= 0 else None
            return data if data is not None else e.currentText().strip()
        if self.kind == "password":
            return e.text()  # as typed: a space may be part of it
        return e.text().strip()

    def set_value(self, value: Any) -> None:
        e = self.editor
        if self.kind == "date":
            e.setDate(QDate(value) if isinstance(value, date) else QDate.currentDate())
        elif self.kind == "bool":
            e.setChecked(bool(value))
        elif self.kind in ("choice", "staff", "lookup"):
            text = "" if value is None else str(value)
            index = e.findData(text)
            if index < 0:
                index = e.findText(text)
            if index >= 0:
                e.setCurrentIndex(index)
            elif e.isEditable():
                e.setEditText(text)
        else:
            e.setText("" if value is None else str(value))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.editor.setStyleSheet(BAD_FIELD_STYLE if message else "")

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisible() or self.error.text() else ""


TONES = {"problem": ERROR_STYLE, "done": "color: #1B5E20;", "note": "color: #37474F;"}


def tell(label: QLabel, text: str, tone: str = "problem") -> None:
    """A page's message line: a problem in red, what was done in green, a plain note in grey (success is never red)."""
    label.setText(text)
    label.setStyleSheet(TONES[tone])


class FieldForm(QWidget):
    """A column of labelled FieldEditors, plus a line for errors that belong to no single field."""

    submitted = Signal()

    def __init__(self, fields: Sequence[Field] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label (or translation) goes above its field
        self.editors: dict[str, FieldEditor] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("error_general")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        if fields:
            for f in fields:
                self.add(f)
            self.finish()

    def add(self, field: Field) -> FieldEditor:
        editor = FieldEditor(field)
        editor.submitted.connect(self.submitted)
        editor.edited.connect(lambda: editor.show_error(""))
        self.editors[field.key] = editor
        self.layout_.addRow(QCoreApplication.translate("Field", field.label) + (" *" if field.required else ""), editor)
        return editor

    def finish(self) -> None:
        self.layout_.addRow(self.general_error)

    def set_staff(self, names: Sequence[str]) -> None:
        """The people to pick in every staff field."""
        for editor in self.editors.values():
            if editor.kind == "staff":
                editor.set_choices([""] + list(names))

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            editor.set_value(values.get(key))
        self.clear_errors()

    def clear_errors(self) -> None:
        for editor in self.editors.values():
            editor.show_error("")
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(self, errors: InputError | Sequence[InputError]) -> None:
        """Put each message next to its field; messages for no field of this form go to the general line."""
        self.clear_errors()
        errors = errors_of(errors) if isinstance(errors, InputError) else list(errors)
        general = []
        first = None
        for e in errors:
            editor = self.editors.get(e.field) if e.row is None else None
            if editor is None:
                general.append(e.message)
                continue
            editor.show_error(e.message)
            first = first or editor
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first:
            first.setFocus()


class FormDialog(QDialog):
    """A short form in a dialog. OK hands the values to `on_submit`, which returns ctx.write(...) (or raises
    InputError): with errors the dialog stays open with the messages beside the fields, nothing written."""

    def __init__(self, title: str, fields: Sequence[Field], parent=None, *, staff: Sequence[str] = (),
                 values: dict[str, Any] | None = None, intro: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)  # what the form is about to do, read before OK
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.setMinimumWidth(420)
        self.form = FieldForm(fields)
        self.form.set_staff(staff)
        today = date.today()
        self.form.set_values({f.key: today for f in fields if f.kind == "date"} | (values or {}))
        self.on_submit = None
        self.result_value = None
        ok = QPushButton(self.tr("确定"))
        ok.setObjectName("ok")
        ok.setDefault(True)
        ok.clicked.connect(lambda: self.submit(self.on_submit))
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        self.form.submitted.connect(lambda: self.submit(self.on_submit))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addLayout(buttons)

    def run(self, write, values: dict[str, Any] | None = None) -> bool:
        """Ask (or, given `values`, fill and submit at once: tests and scripts); True when written."""
        self.on_submit = write
        if values is not None:
            self.form.set_values(values)
            return self.submit(write)
        return bool(self.exec())

    def submit(self, call) -> bool:
        try:
            result = call(self.form.values())
        except InputError as exc:
            self.form.show_errors(exc)
            return False
        if isinstance(result, Written):
            if not result.ok:
                self.form.show_errors(result.errors)
                return False
            result = result.value
        self.result_value = result
        self.accept()
        return True
