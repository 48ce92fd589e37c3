"""体格测量, the class screen: one row per child, typed with the keyboard as the doctor reads the scales: Enter goes to
the next child's same value, Tab to this child's next value (and Enter after Tabs to the next child's first one, as in
Excel). Each row is evaluated by the national standards as it is typed; a value the child cannot have is refused on
its cell. Nothing is written until Ctrl+S."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, shown
from logistics_desktop.health import growth, measurements, service
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.grid import BAD_CELL, clear_marks, mark_cells
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.name_completer import complete_names
from logistics_desktop.widgets.ui_forms import load_ui

FIXED = (("number", QT_TRANSLATE_NOOP("Field", "序号")), ("name", QT_TRANSLATE_NOOP("Field", "姓名")), ("sex", QT_TRANSLATE_NOOP("Field", "性别")),
         ("age", QT_TRANSLATE_NOOP("Field", "年龄")), ("alerts", QT_TRANSLATE_NOOP("Field", "提示")))
RESULT = ("result", QT_TRANSLATE_NOOP("Field", "评价"))
_RED, _GREEN = QBrush(QColor("#C62828")), QBrush(QColor("#2E7D32"))


def value_keys(school_kind: str) -> tuple[str, ...]:
    """A kindergarten measures head circumference (under 3), a school waist and hip."""
    skip = measurements.KINDERGARTEN_ONLY if school_kind == "小学" else measurements.SCHOOL_ONLY
    return tuple(k for k in measurements.KEYS if k not in skip)


class MeasureTable(QTableWidget):
    """Enter: the next child's same value; Tab: this child's next value; Enter after Tabs: the next child's first."""

    def __init__(self, parent=None):
        super().__init__(0, 0, parent)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.keys: list[str] = []
        self.editable: list[int] = []
        self.anchor: int | None = None  # the column a run of Tabs started from

    def set_columns(self, keys: list[str], labels: list[str], editable: list[str]) -> None:
        self.keys = keys
        self.setColumnCount(len(keys))
        self.setHorizontalHeaderLabels(labels)
        self.editable = [keys.index(k) for k in editable]
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def value(self, row: int, key: str) -> str:
        item = self.item(row, self.keys.index(key))
        return item.text().strip() if item else ""

    def down(self) -> None:
        column = self.anchor if self.anchor is not None else self.currentColumn()
        self.anchor = None
        if self.currentRow() + 1 < self.rowCount():
            self.setCurrentCell(self.currentRow() + 1, column)

    def right(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if self.anchor is None:
            self.anchor = column if column in self.editable else self.editable[0]
        later = [c for c in self.editable if c > column]
        if later:
            self.setCurrentCell(row, later[0])
        elif row + 1 < self.rowCount():
            self.anchor = None
            self.setCurrentCell(row + 1, self.editable[0])

    def keyPressEvent(self, event):  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState and self.editable:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.down()
                return
            if event.key() == Qt.Key.Key_Tab:
                self.right()
                return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.anchor = None
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint):  # noqa: N802
        """The editor's Enter or Tab commits the cell; the move is ours (Qt's own would edit the next cell at once)."""
        super().closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache:
            self.down()
        elif hint == QStyledItemDelegate.EndEditHint.EditNextItem:
            self.right()

    def commit_editing(self) -> None:
        """Keep what is typed in an open cell before saving."""
        editor = self.focusWidget()
        if self.state() == QAbstractItemView.State.EditingState and editor is not None and editor is not self:
            self.commitData(editor)
            QAbstractItemView.closeEditor(self, editor, QStyledItemDelegate.EndEditHint.NoHint)


class MeasurementsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/measurements.ui", self, custom=[MeasureTable])
        self.klass, self.day, self.measurer, self.table = ui.klass, ui.day, ui.measurer, ui.children
        self.errors, self.state = ui.errors, ui.state
        complete_names(self.measurer, self.measurer.model())
        self.day.setDate(QDate.currentDate())
        self.day.setMaximumDate(QDate.currentDate())
        self.rows: list[measurements.RoundRow] = []
        self.kind = ""
        self.keys: tuple[str, ...] = ()
        self.klass.currentIndexChanged.connect(self.load_class)
        self.day.dateChanged.connect(self.load_class)
        self.table.itemChanged.connect(self._typed)
        ui.save.clicked.connect(self.save)
        ui.print.clicked.connect(self.print_evaluation)
        ui.distribution.clicked.connect(self.show_distribution)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.reload()

    def reload(self) -> None:
        self.kind = self.ctx.read(measurements.school_kind)
        self.keys = value_keys(self.kind)
        current = self.klass.currentText()
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItems(self.ctx.read(service.class_names))
        self.klass.setCurrentIndex(max(self.klass.findText(current), 0))
        self.klass.blockSignals(False)
        text = self.measurer.currentText()
        self.measurer.clear()
        self.measurer.addItems(self.ctx.staff_names())
        self.measurer.setEditText(text)
        labels = {k: label for k, label, unit, *_ in measurements.VALUES}
        units = {k: unit for k, _label, unit, *_ in measurements.VALUES}
        keys = [k for k, _ in FIXED] + list(self.keys) + [RESULT[0]]
        heads = [QCoreApplication.translate("Field", label) for _, label in FIXED]
        heads += [QCoreApplication.translate("Field", labels[k]) + (f" {units[k]}" if units[k] else "") for k in self.keys]
        heads.append(QCoreApplication.translate("Field", RESULT[1]))
        self.table.set_columns(keys, heads, list(self.keys))
        self.load_class()

    def load_class(self, *_args) -> None:
        """The class's children with what was saved for the day (blank rows: not measured yet)."""
        name, day = self.klass.currentText(), self.day.date().toPython()
        measurer, self.rows = self.ctx.read(measurements.round_rows, name, day) if name else ("", [])
        if measurer:
            self.measurer.setEditText(measurer)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.rows))
        for r, child in enumerate(self.rows):
            fixed = {"number": str(r + 1), "name": child.name, "sex": QCoreApplication.translate("Field", child.sex),
                     "age": shown(child.age, QCoreApplication.translate), "alerts": child.alerts}
            for c, key in enumerate(self.table.keys):
                item = QTableWidgetItem(fixed.get(key, child.values.get(key, "")))
                if key not in self.keys:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key == "alerts" and child.alerts:
                    item.setForeground(_RED)  # allergies and conditions, wherever the child appears
                self.table.setItem(r, c, item)
            self._show_result(r, child.summary)
        self.table.blockSignals(False)
        if self.rows:
            self.table.setCurrentCell(0, self.table.keys.index(self.keys[0]))
        last = self.ctx.read(measurements.last_round, name, day) if name and not any(r.values for r in self.rows) else None
        tell(self.errors, self.tr("本班这一天尚未测量；上次测量在 %1（改测量日期可查看）。").replace("%1", f"{last:%Y-%m-%d}") if last else "", "note")
        self._counts()

    def _values(self, row: int) -> dict[str, str]:
        return {k: self.table.value(row, k) for k in self.keys}

    def _typed(self, item: QTableWidgetItem) -> None:
        """A value typed: the row evaluated at once, or its problem shown on the cell and beside the table."""
        row = item.row()
        if self.table.keys[item.column()] not in self.keys or row >= len(self.rows):
            return
        child = self.rows[row]
        summary, problems = measurements.preview(self.kind, child.sex, child.birth_date, self.day.date().toPython(), self._values(row))
        self.table.blockSignals(True)
        for key in self.keys:
            self.table.item(row, self.table.keys.index(key)).setBackground(BAD_CELL if key in problems else QBrush())
        self._show_result(row, summary)
        self.table.blockSignals(False)
        tell(self.errors, "\n".join(f"{child.name}：{m}" for m in problems.values()))
        self._counts()

    def _show_result(self, row: int, summary: str) -> None:
        item = self.table.item(row, self.table.keys.index(RESULT[0]))
        item.setText("、".join(QCoreApplication.translate("Field", s) for s in summary.split("、")) if summary else "")
        item.setForeground(_GREEN if summary == growth.NORMAL else _RED)

    def _counts(self) -> None:
        results = [self.table.value(r, RESULT[0]) for r in range(self.table.rowCount())]
        measured = sum(any(self._values(r).values()) for r in range(self.table.rowCount()))
        normal = QCoreApplication.translate("Field", growth.NORMAL)
        flagged = sum(bool(t) and t != normal for t in results)
        self.state.setText(self.tr("本班 %1 人：已测 %2，需关注 %3").replace("%1", str(len(self.rows))).replace("%2", str(measured))
                           .replace("%3", str(flagged)))

    def save(self) -> bool:
        self.table.commit_editing()
        clear_marks(self.table)
        lines = [measurements.MeasureLine(child.child_id, self._values(r)) for r, child in enumerate(self.rows)]
        written = self.ctx.write("health", measurements.record_round, class_name=self.klass.currentText(), day=self.day.date().toPython(),
                                 measurer=self.measurer.currentText(), lines=lines)
        if not written:
            tell(self.errors, "\n".join(e.message for e in written.errors))
            mark_cells(self.table, written.errors, "lines", self.table.keys, default_column="name")
            return False
        self.load_class()
        tell(self.errors, self.tr("已保存，并按国家标准评价。"), "done")
        return True

    def status_counts(self) -> list[tuple[str, int]]:
        """The class's children by evaluation as shown (正常 first, then each status a child has)."""
        counts = {growth.NORMAL: 0}
        for child in self.rows:
            for status in (child.summary.split("、") if child.summary else []):
                counts[status] = counts.get(status, 0) + 1
        return [(s, counts[s]) for s in (growth.NORMAL, *growth.STATUSES) if s in counts]

    def show_distribution(self):
        """A bar chart of the class's evaluation, as saved for the day chosen."""
        from logistics_desktop.widgets.charts import bar_view, chart_dialog

        title = self.tr("%1 %2 生长发育评价分布").replace("%1", self.klass.currentText()).replace("%2", self.day.date().toString("yyyy-MM-dd"))
        self.chart = chart_dialog(self, title, [bar_view(title, self.status_counts())], "status-distribution")
        self.chart.show()
        return self.chart

    def print_evaluation(self):
        from logistics_desktop.widgets.pdf_preview import preview_printable

        return preview_printable(self, self.ctx, "growth-evaluation", {"class": self.klass.currentText(), "day": self.day.date().toPython()})
