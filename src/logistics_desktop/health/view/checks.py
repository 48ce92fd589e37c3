"""晨午检, the class screen: the class list with everyone present by default; digit keys mark absences, symptoms and
what was done, so a whole class is entered with the keyboard in well under a minute. A class not saved is 未检."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, shown
from logistics_desktop.health import service
from logistics_desktop.health.models import ACTIONS, SESSIONS, SYMPTOMS
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.grid import clear_marks, mark_cells
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.name_completer import complete_names
from logistics_desktop.widgets.ui_forms import load_ui

COLUMNS = (("number", QT_TRANSLATE_NOOP("Field", "序号")), ("name", QT_TRANSLATE_NOOP("Field", "姓名")), ("sex", QT_TRANSLATE_NOOP("Field", "性别")),
           ("age", QT_TRANSLATE_NOOP("Field", "年龄")), ("alerts", QT_TRANSLATE_NOOP("Field", "提示")),
           ("attendance", QT_TRANSLATE_NOOP("Field", "出勤")), ("symptom", QT_TRANSLATE_NOOP("Field", "症状")),
           ("temperature", QT_TRANSLATE_NOOP("Field", "体温℃")), ("action", QT_TRANSLATE_NOOP("Field", "处理")),
           ("item_taken", QT_TRANSLATE_NOOP("Field", "收缴危险物品")), ("note", QT_TRANSLATE_NOOP("Field", "备注")))
KEYS = [k for k, _ in COLUMNS]
ATTENDANCE = ("出勤", "病假", "事假", "其他")  # key 1 … 4: present, or absent with the reason
TYPED = {"temperature", "item_taken", "note"}  # cells typed into; the rest are picked with a digit
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_RED, _GREY = QBrush(QColor("#C62828")), QBrush(QColor("#757575"))


class ChecksTable(QTableWidget):
    """Digits pick a choice in the 出勤, 症状 and 处理 columns and move down; Enter moves down; the rest is typed."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("Field", label) for _, label in COLUMNS])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.on_change = lambda row: None

    def key_of(self, column: int) -> str:
        return KEYS[column]

    def text(self, row: int, key: str) -> str:
        item = self.item(row, KEYS.index(key))
        return (item.data(Qt.ItemDataRole.UserRole) if key in ("attendance", "symptom", "action") else item.text().strip()) if item else ""

    def set_choice(self, row: int, key: str, value: str) -> None:
        item = self.item(row, KEYS.index(key))
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setText(QCoreApplication.translate("Field", value) if value else "")
        item.setForeground(_RED if value and value != "出勤" else QBrush())
        item.setBackground(QBrush())
        self.on_change(row)

    def keyPressEvent(self, event):  # noqa: N802
        row, key = self.currentRow(), self.key_of(self.currentColumn()) if self.currentColumn() >= 0 else ""
        choices = {"attendance": ATTENDANCE, "symptom": SYMPTOMS, "action": ACTIONS}.get(key)
        digit = _DIGITS.get(event.key())
        if row >= 0 and choices and digit is not None and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if digit == 0 and key != "attendance":
                self.set_choice(row, key, "")
            elif 1 <= digit <= len(choices):
                self.set_choice(row, key, choices[digit - 1])
                if key == "symptom" and choices[digit - 1] == "发热":  # the temperature next, right away
                    self.setCurrentCell(row, KEYS.index("temperature"))
                    self.editItem(self.item(row, KEYS.index("temperature")))
                    return
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, self.currentColumn())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, self.currentColumn())
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint):  # noqa: N802
        """Enter after a temperature or a note commits it and goes down to the next child."""
        super().closeEditor(editor, hint)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache and self.currentRow() + 1 < self.rowCount():
            self.setCurrentCell(self.currentRow() + 1, self.currentColumn())


class ChecksPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/checks.ui", self, custom=[ChecksTable])
        self.klass, self.day, self.session, self.checker = ui.klass, ui.day, ui.session, ui.checker
        self.table, self.errors, self.state, self.status = ui.children, ui.errors, ui.state, ui.status
        complete_names(self.checker, self.checker.model())
        for value in SESSIONS:
            self.session.addItem(QCoreApplication.translate("Field", value), value)
        self.day.setDate(QDate.currentDate())
        self.table.on_change = lambda row: self._counts()
        self.rows: list = []
        self.klass.currentIndexChanged.connect(self.load_class)
        self.day.dateChanged.connect(self.load_class)
        self.session.currentIndexChanged.connect(self.load_class)
        self.status.itemActivated.connect(lambda item: self.choose_class(item.data(Qt.ItemDataRole.UserRole)))
        ui.save.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.reload()

    def reload(self) -> None:
        current = self.klass.currentText()
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItems([s.class_name for s in self.ctx.read(service.check_status, self.day.date().toPython(), self._session())])
        index = self.klass.findText(current)
        self.klass.setCurrentIndex(max(index, 0))
        self.klass.blockSignals(False)
        text = self.checker.currentText()
        self.checker.clear()
        self.checker.addItems(self.ctx.staff_names())
        self.checker.setEditText(text)
        self.load_class()

    def _session(self) -> str:
        return self.session.currentData() or SESSIONS[0]

    def choose_class(self, name: str) -> None:
        index = self.klass.findText(name)
        if index >= 0:
            self.klass.setCurrentIndex(index)
        self.table.setFocus()

    def load_class(self, *_args) -> None:
        """The class list; a saved check shows as it was saved, else everyone present (nothing written until Ctrl+S)."""
        name, day = self.klass.currentText(), self.day.date().toPython()
        self.rows = self.ctx.read(service.children, name, on=day) if name else []
        saved = self.ctx.read(service.check_lines, name, day, self._session()) if name else None
        lines = {line.child_id: line for line in saved[1]} if saved else {}
        if saved:
            self.checker.setEditText(saved[0])
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.rows))
        for r, child in enumerate(self.rows):
            line = lines.get(child.id, service.CheckLine(child.id))
            attendance = "出勤" if line.present else (line.absence_reason or "其他")
            values = {"number": str(r + 1), "name": child.name, "sex": QCoreApplication.translate("Field", child.sex), "age": shown(child.age, QCoreApplication.translate),
                      "alerts": child.alerts, "temperature": line.temperature, "item_taken": line.item_taken, "note": line.note}
            for c, key in enumerate(KEYS):
                item = QTableWidgetItem(values.get(key, ""))
                if key not in TYPED:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if key == "alerts" and child.alerts:
                    item.setForeground(_RED)  # allergies and conditions, wherever the child appears
                self.table.setItem(r, c, item)
            self.table.set_choice(r, "attendance", attendance)
            self.table.set_choice(r, "symptom", line.symptom)
            self.table.set_choice(r, "action", line.action)
        self.table.blockSignals(False)
        if self.rows:
            self.table.setCurrentCell(0, KEYS.index("attendance"))
        tell(self.errors, "" if saved or not name else self.tr("本班本次尚未检查（未检）：核对后按 Ctrl+S 保存。"), "note")
        self._counts()
        self._statuses()

    def _counts(self) -> None:
        absent = sum(self.table.text(r, "attendance") != "出勤" for r in range(self.table.rowCount()))
        findings = sum(bool(self.table.text(r, "symptom") or self.table.text(r, "item_taken")) for r in range(self.table.rowCount()))
        self.state.setText(self.tr("本班 %1 人：出勤 %2，缺勤 %3，发现 %4").replace("%1", str(len(self.rows)))
                           .replace("%2", str(len(self.rows) - absent)).replace("%3", str(absent)).replace("%4", str(findings)))

    def _statuses(self) -> None:
        self.status.clear()
        for s in self.ctx.read(service.check_status, self.day.date().toPython(), self._session()):
            text = (self.tr("%1：已检 %2/%3").replace("%1", s.class_name).replace("%2", str(s.present)).replace("%3", str(s.enrolled))
                    if s.checked else self.tr("%1：未检").replace("%1", s.class_name))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.class_name)
            item.setForeground(_GREY if s.checked else _RED)
            self.status.addItem(item)

    def lines(self) -> list[service.CheckLine]:
        found = []
        for r, child in enumerate(self.rows):
            attendance = self.table.text(r, "attendance")
            found.append(service.CheckLine(child.id, attendance == "出勤", "" if attendance == "出勤" else attendance, self.table.text(r, "symptom"),
                                           self.table.text(r, "temperature"), self.table.text(r, "action"), self.table.text(r, "item_taken"),
                                           self.table.text(r, "note")))
        return found

    def save(self) -> bool:
        clear_marks(self.table)
        written = self.ctx.write("health", service.record_check, class_name=self.klass.currentText(), day=self.day.date().toPython(),
                                 session_name=self._session(), checker=self.checker.currentText(), lines=self.lines())
        if not written:
            tell(self.errors, "\n".join(e.message for e in written.errors))
            mark_cells(self.table, written.errors, "lines", KEYS, default_column="name")
            return False
        tell(self.errors, self.tr("已保存。"), "done")
        return True
