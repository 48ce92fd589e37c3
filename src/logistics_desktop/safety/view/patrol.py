"""巡查记录: the filled checklist typed with keys 1/2/3, a hazard row for every 异常, the last 30 days' patrols."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QInputDialog, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.safety import service
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.grid import clear_marks, mark_cells
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.name_completer import complete_names
from logistics_desktop.widgets.now_default import NowDefault
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui

ANSWER_KEYS = {Qt.Key.Key_1: "正常", Qt.Key.Key_2: "异常", Qt.Key.Key_3: "不适用"}
ANSWER_COLOURS = {"正常": QColor("#2E7D32"), "异常": QColor("#C62828"), "不适用": QColor("#757575")}
ANSWER_COLUMNS = ("number", "item", "answer", "note")
HAZARD_COLUMNS = (("item", QT_TRANSLATE_NOOP("Field", "检查项目")), ("place", QT_TRANSLATE_NOOP("Field", "隐患部位")),
                  ("description", QT_TRANSLATE_NOOP("Field", "隐患情况")), ("level", QT_TRANSLATE_NOOP("Field", "等级")),
                  ("measure", QT_TRANSLATE_NOOP("Field", "整改措施")), ("responsible", QT_TRANSLATE_NOOP("Field", "整改责任人")),
                  ("deadline", QT_TRANSLATE_NOOP("Field", "整改期限")))
HAZARD_KEYS = [k for k, _ in HAZARD_COLUMNS]


class AnswersTable(QTableWidget):
    """The checklist: keys 1 / 2 / 3 answer 正常 / 异常 / 不适用 and move down; the note cell is typed into."""

    COLUMNS = (QT_TRANSLATE_NOOP("AnswersTable", "序号"), QT_TRANSLATE_NOOP("AnswersTable", "检查项目"),
               QT_TRANSLATE_NOOP("AnswersTable", "结果（1 正常 2 异常 3 不适用）"), QT_TRANSLATE_NOOP("AnswersTable", "情况说明"))

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 44)
        self.setColumnWidth(2, 210)
        self.setWordWrap(True)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.item_ids: list[int] = []
        self.on_answer = lambda row: None

    def load(self, items) -> None:
        self.setRowCount(0)
        self.item_ids = [i.id for i in items]
        self.setRowCount(len(items))
        for r, item in enumerate(items):
            for c, text in enumerate((str(r + 1), item.text, "", "")):
                cell = QTableWidgetItem(text)
                if c < 3:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(r, c, cell)
        if items:
            self.setCurrentCell(0, 2)

    def answer(self, row: int) -> str:
        return self.item(row, 2).text()

    def note(self, row: int) -> str:
        return self.item(row, 3).text().strip()

    def set_answer(self, row: int, answer: str) -> None:
        cell = self.item(row, 2)
        cell.setText(answer)
        cell.setForeground(QBrush(ANSWER_COLOURS.get(answer, QColor("black"))))
        cell.setBackground(QBrush())
        self.on_answer(row)

    def keyPressEvent(self, event):  # noqa: N802
        row = self.currentRow()
        if row >= 0 and self.currentColumn() != 3 and event.key() in ANSWER_KEYS:
            answer = ANSWER_KEYS[event.key()]
            self.set_answer(row, answer)
            if answer == "异常":  # say what is wrong, right away
                self.setCurrentCell(row, 3)
                self.editItem(self.item(row, 3))
            elif row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, 2)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState and row >= 0:
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, 2)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint):  # noqa: N802
        """Enter after a note commits it and goes on to the next item's answer."""
        super().closeEditor(editor, hint)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache and self.currentRow() + 1 < self.rowCount():
            self.setCurrentCell(self.currentRow() + 1, 2)


class PatrolPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        ui = self.ui = load_ui("safety/patrol.ui", self, custom=[AnswersTable])
        self.area, self.at, self.patroller, self.reviewer = ui.area, ui.at, ui.patroller, ui.reviewer
        self.table, self.hazard_table, self.hazard_label, self.errors = ui.answers, ui.hazardTable, ui.hazardLabel, ui.errors
        self.save_button = ui.save
        self.area.currentIndexChanged.connect(self._area_chosen)
        self.places: dict[int, str] = {}  # item id → where its last hazard was
        self.now = NowDefault(self.at)  # 巡查时间: when the patrol is started, not when the page was built
        for combo in (self.patroller, self.reviewer):
            combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
            complete_names(combo, combo.model())
        ui.allNormal.clicked.connect(self.fill_normal)
        ui.printBlank.clicked.connect(self.print_checklist)
        ui.save.clicked.connect(self.save)
        self.table.on_answer = self._answered
        self.table.itemChanged.connect(self._note_changed)
        self.hazard_table.setColumnCount(len(HAZARD_COLUMNS))
        self.hazard_table.setHorizontalHeaderLabels([QCoreApplication.translate("Field", h) for _, h in HAZARD_COLUMNS])
        self.hazard_table.verticalHeader().hide()
        self.hazard_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hazard_rows: list[int] = []  # checklist row of each hazard row
        self.recent_model = RowsModel([("at", self.tr("巡查时间")), ("area", self.tr("巡查表")), ("patroller", self.tr("巡查人")),
                                       ("reviewer", self.tr("复核人")), ("abnormal", self.tr("异常")), ("problems", self.tr("发现的问题"))], self)
        self.recent = rows_view(self.recent_model, ui.recent)
        self.recent.doubleClicked.connect(self.print_recent)  # the filled checklist, ticked, to sign and file
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.areas: list = []
        self.reload()

    def reload(self) -> None:
        people = self.ctx.staff_names()
        self.areas = self.ctx.read(service.areas)
        recent = self.ctx.read(service.patrols, date.today() - timedelta(days=30), date.today() + timedelta(days=1))
        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        for a in self.areas:
            self.area.addItem(f"{a.name}（{QCoreApplication.translate('Field', a.frequency)}）", a.id)
        index = self.area.findData(current)
        self.area.setCurrentIndex(max(index, 0))
        self.area.blockSignals(False)
        for combo in (self.patroller, self.reviewer):
            text = combo.currentText()
            combo.clear()
            combo.addItems(people)
            combo.setEditText(text)
        for r in recent:
            r["at"] = r["at"].strftime("%m-%d %H:%M")
        self.recent_model.set_rows(recent)
        if index < 0 or not self.table.rowCount():
            self._area_chosen()

    def choose_area(self, area_id: int | None) -> None:
        index = self.area.findData(area_id)
        if index >= 0:
            self.area.setCurrentIndex(index)
        self.table.setFocus()

    def _current_area(self):
        return next((a for a in self.areas if a.id == self.area.currentData()), None)

    def _area_chosen(self) -> None:
        area_id = self.area.currentData()
        items = self.ctx.read(service.items, area_id) if area_id is not None else []
        self.table.blockSignals(True)
        self.table.load(items)
        self.table.blockSignals(False)
        self.now.restart()
        self.places = self.ctx.read(service.last_hazard_places, area_id) if area_id is not None else {}
        self.errors.clear()
        self._sync_hazards()

    def _answered(self, _row: int) -> None:
        self.now.start()
        self._sync_hazards()

    def showEvent(self, event):  # noqa: N802
        self.now.refresh()
        super().showEvent(event)

    def fill_normal(self) -> None:
        self.now.start()
        for row in range(self.table.rowCount()):
            if not self.table.answer(row):
                self.table.set_answer(row, "正常")

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 3 and self.table.answer(item.row()) == "异常":
            self._sync_hazards()

    def _hazard_text(self, row: int, column: int) -> str:
        item = self.hazard_table.item(row, column)
        return item.text().strip() if item else ""

    def _sync_hazards(self) -> None:
        """One hazard row per 异常, keeping what the clerk already typed into it."""
        kept = {self.hazard_rows[r]: {key: self._hazard_text(r, c) for c, key in enumerate(HAZARD_KEYS)}
                for r in range(self.hazard_table.rowCount())}
        rows = [r for r in range(self.table.rowCount()) if self.table.answer(r) == "异常"]
        self.hazard_table.blockSignals(True)
        self.hazard_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            item_text, note = self.table.item(row, 1).text(), self.table.note(row)
            values = kept.get(row) or {"place": self.places.get(self.table.item_ids[row], ""), "level": "一般",
                                       "deadline": (date.today() + timedelta(days=7)).isoformat()}
            values["item"] = item_text
            if not kept.get(row) or not values.get("description"):
                values["description"] = f"{item_text}：{note}" if note else ""
            for c, key in enumerate(HAZARD_KEYS):
                cell = QTableWidgetItem(values.get(key, ""))
                if key == "item":
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.hazard_table.setItem(i, c, cell)
        self.hazard_table.blockSignals(False)
        self.hazard_rows = rows
        self.hazard_label.setVisible(bool(rows))
        self.hazard_table.setVisible(bool(rows))

    def save(self) -> bool:
        self.errors.clear()
        clear_marks(self.table)
        clear_marks(self.hazard_table)
        hazards = {row: {key: self._hazard_text(i, c) for c, key in enumerate(HAZARD_KEYS) if key != "item"}
                   for i, row in enumerate(self.hazard_rows)}
        answers = [service.AnswerInput(self.table.item_ids[r], self.table.answer(r), self.table.note(r), hazards.get(r))
                   for r in range(self.table.rowCount())]
        area = self._current_area()
        found = len(self.hazard_rows)
        written = self.ctx.write("safety", service.record_patrol, area=area.name if area else "", at=self.at.dateTime().toPython(),
                                 patroller=self.patroller.currentText(), reviewer=self.reviewer.currentText(), answers=answers)
        if not written:
            tell(self.errors, "\n".join(e.message for e in written.errors))
            mark_cells(self.table, written.errors, "answers", ANSWER_COLUMNS)
            mark_cells(self.hazard_table, written.errors, "hazards", HAZARD_KEYS,
                       row_of=lambda row: self.hazard_rows.index(row) if row in self.hazard_rows else -1)
            return False
        self._area_chosen()
        tell(self.errors, self.tr("已保存。") + (self.tr("登记隐患 %1 条，请到“隐患整改”跟踪。").replace("%1", str(found)) if found else ""), "done")
        return True

    def print_recent(self, index) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "patrol-record", {"id": str(self.recent_model.rows[index.row()]["id"])})

    def print_checklist(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        area = self._current_area()
        copies, ok = QInputDialog.getInt(self, self.tr("打印空白表"), self.tr("份数"), 1, 1, 100)
        if not ok or area is None:
            return
        preview_printable(self, self.ctx, "patrol-checklist", {"template": area.name, "copies": copies})
