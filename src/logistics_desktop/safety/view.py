"""The 安全巡查 tab: patrols entered from the filled checklist, hazards followed to closure,
extinguishers, drills and the visitor log; and the settings pages for checklists and extinguisher types."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.safety import fire, service
from logistics_desktop.widgets.forms import ERROR_STYLE, FieldForm, FormDialog
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view

_BAD = QBrush(QColor("#FFCDD2"))
_RED = QBrush(QColor("#C62828"))
# data words shown through QCoreApplication.translate("Field", …)
FIELD_WORDS = (
    QT_TRANSLATE_NOOP("Field", "每日"), QT_TRANSLATE_NOOP("Field", "每周"), QT_TRANSLATE_NOOP("Field", "每月"),
    QT_TRANSLATE_NOOP("Field", "每季度"), QT_TRANSLATE_NOOP("Field", "不定期"), QT_TRANSLATE_NOOP("Field", "待整改"),
    QT_TRANSLATE_NOOP("Field", "整改中"), QT_TRANSLATE_NOOP("Field", "待复查"), QT_TRANSLATE_NOOP("Field", "已销号"),
    QT_TRANSLATE_NOOP("Field", "逾期"), QT_TRANSLATE_NOOP("Field", "在用"), QT_TRANSLATE_NOOP("Field", "应维修"),
    QT_TRANSLATE_NOOP("Field", "应报废"), QT_TRANSLATE_NOOP("Field", "已报废"), QT_TRANSLATE_NOOP("Field", "修改原因（延期时必填）"),
    # labels of the dialogs' fields (FormDialog translates them in this context)
    QT_TRANSLATE_NOOP("Field", "发现人"), QT_TRANSLATE_NOOP("Field", "发现日期"), QT_TRANSLATE_NOOP("Field", "情况说明"),
    QT_TRANSLATE_NOOP("Field", "放置位置"), QT_TRANSLATE_NOOP("Field", "检查人"), QT_TRANSLATE_NOOP("Field", "检查日期"),
    QT_TRANSLATE_NOOP("Field", "类型"), QT_TRANSLATE_NOOP("Field", "编号"), QT_TRANSLATE_NOOP("Field", "一般"), QT_TRANSLATE_NOOP("Field", "重大"),
)
ANSWER_KEYS = {Qt.Key.Key_1: "正常", Qt.Key.Key_2: "异常", Qt.Key.Key_3: "不适用"}
ANSWER_COLOURS = {"正常": QColor("#2E7D32"), "异常": QColor("#C62828"), "不适用": QColor("#757575")}


def _messages(exc: InputError) -> list[InputError]:
    return list(getattr(exc, "errors", None) or [exc])


def _selected_id(view: QTableView) -> int | None:
    index = view.currentIndex()
    return view.model().rows[index.row()]["id"] if index.isValid() else None


def _staff(ctx) -> list[str]:
    from logistics_desktop.directory import service as directory

    with ctx.session() as session:
        return directory.staff_names(session)


# ------------------------------------------------------------------ the tab


class SafetyTab(QTabWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.patrol = PatrolPage(ctx)
        self.hazards = HazardsPage(ctx)
        self.extinguishers = ExtinguishersPage(ctx)
        self.drills = DrillsPage(ctx)
        self.visitors = VisitorsPage(ctx)
        self.addTab(self.patrol, self.tr("巡查记录"))
        self.addTab(self.hazards, self.tr("隐患整改"))
        self.addTab(self.extinguishers, self.tr("消防器材"))
        self.addTab(self.drills, self.tr("疏散演练"))
        self.addTab(self.visitors, self.tr("来访登记"))

    def open_reference(self, reference: str) -> None:
        """From 首页: patrol:<area id>, hazard:<id>, extinguisher(s), drills, visit(ors)."""
        kind, _, ref = reference.partition(":")
        if kind == "patrol":
            self.setCurrentWidget(self.patrol)
            self.patrol.choose_area(int(ref) if ref.isdigit() else None)
        elif kind == "hazard":
            self.setCurrentWidget(self.hazards)
            self.hazards.show_hazard(int(ref))
        elif kind.startswith("extinguisher"):
            self.setCurrentWidget(self.extinguishers)
        elif kind == "drills":
            self.setCurrentWidget(self.drills)
        elif kind.startswith("visit"):
            self.setCurrentWidget(self.visitors)
            self.visitors.inside_only.setChecked(True)


# ------------------------------------------------------------------ patrols


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


HAZARD_COLUMNS = (("item", QT_TRANSLATE_NOOP("Field", "检查项目")), ("place", QT_TRANSLATE_NOOP("Field", "隐患部位")),
                  ("description", QT_TRANSLATE_NOOP("Field", "隐患情况")), ("level", QT_TRANSLATE_NOOP("Field", "等级")),
                  ("measure", QT_TRANSLATE_NOOP("Field", "整改措施")), ("responsible", QT_TRANSLATE_NOOP("Field", "整改责任人")),
                  ("deadline", QT_TRANSLATE_NOOP("Field", "整改期限")))


class PatrolPage(ModulePage):
    """Enter a filled checklist: answers, notes, and a hazard row for every 异常 (completed before saving)."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        self.area = QComboBox()
        self.area.setObjectName("area")
        self.area.currentIndexChanged.connect(self._area_chosen)
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.patroller = QComboBox(editable=True)
        self.patroller.setObjectName("patroller")
        self.reviewer = QComboBox(editable=True)
        self.reviewer.setObjectName("reviewer")
        for combo in (self.patroller, self.reviewer):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setMinimumWidth(110)
        top = QHBoxLayout()
        for label, widget in ((self.tr("巡查表"), self.area), (self.tr("时间"), self.at), (self.tr("巡查人"), self.patroller),
                              (self.tr("复核人"), self.reviewer)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        self.all_normal = QPushButton(self.tr("其余全部正常"))
        self.all_normal.clicked.connect(self.fill_normal)
        self.print_blank = QPushButton(self.tr("打印空白表…"))
        self.print_blank.clicked.connect(self.print_checklist)
        self.table = AnswersTable()
        self.table.on_answer = lambda row: self._sync_hazards()
        self.table.itemChanged.connect(self._note_changed)
        self.hazard_label = QLabel(self.tr("发现的隐患（每个“异常”一条，保存时登记并开始跟踪整改）"))
        self.hazard_table = QTableWidget(0, len(HAZARD_COLUMNS))
        self.hazard_table.setHorizontalHeaderLabels([QCoreApplication.translate("Field", h) for _, h in HAZARD_COLUMNS])
        self.hazard_table.verticalHeader().hide()
        self.hazard_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hazard_table.setMaximumHeight(150)
        self.hazard_rows: list[int] = []  # checklist row of each hazard row
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存巡查记录 (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors, 1)
        bottom.addWidget(self.print_blank)
        bottom.addWidget(self.all_normal)
        bottom.addWidget(self.save_button)
        self.recent_model = RowsModel([("at", self.tr("巡查时间")), ("area", self.tr("巡查表")), ("patroller", self.tr("巡查人")),
                                       ("reviewer", self.tr("复核人")), ("abnormal", self.tr("异常")), ("problems", self.tr("发现的问题"))], self)
        self.recent = rows_view(self.recent_model)
        self.recent.doubleClicked.connect(self.print_recent)  # the filled checklist, ticked, to sign and file
        self.recent.setToolTip(self.tr("双击打印这次巡查的记录表"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.hazard_label)
        left_layout.addWidget(self.hazard_table, 1)
        left_layout.addLayout(bottom)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("近 30 天的巡查")))
        right_layout.addWidget(self.recent)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.areas: list = []
        self.reload()

    def reload(self) -> None:
        people = _staff(self.ctx)
        with self.ctx.session() as session:
            self.areas = service.areas(session)
            recent = service.patrols(session, date.today() - timedelta(days=30), date.today() + timedelta(days=1))
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
            combo.addItems([""] + people)
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

    def _area_chosen(self) -> None:
        area_id = self.area.currentData()
        if area_id is None:
            self.table.load([])
            return
        with self.ctx.session() as session:
            items = service.items(session, area_id)
        self.table.blockSignals(True)
        self.table.load(items)
        self.table.blockSignals(False)
        self.at.setDateTime(QDateTime.currentDateTime())
        self.errors.clear()
        self._sync_hazards()

    def fill_normal(self) -> None:
        for row in range(self.table.rowCount()):
            if not self.table.answer(row):
                self.table.set_answer(row, "正常")

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 3 and self.table.answer(item.row()) == "异常":
            self._sync_hazards()

    def _sync_hazards(self) -> None:
        """One hazard row per 异常, keeping what the clerk already typed into it."""
        kept = {self.hazard_rows[r]: {key: (self.hazard_table.item(r, c).text() if self.hazard_table.item(r, c) else "")
                                      for c, (key, _) in enumerate(HAZARD_COLUMNS)} for r in range(self.hazard_table.rowCount())}
        rows = [r for r in range(self.table.rowCount()) if self.table.answer(r) == "异常"]
        area = next((a for a in self.areas if a.id == self.area.currentData()), None)
        self.hazard_table.blockSignals(True)
        self.hazard_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            item_text, note = self.table.item(row, 1).text(), self.table.note(row)
            values = kept.get(row) or {"place": area.name if area else "", "level": "一般",
                                       "deadline": (date.today() + timedelta(days=7)).isoformat()}
            values["item"] = item_text
            if not kept.get(row) or not values.get("description"):
                values["description"] = f"{item_text}：{note}" if note else ""
            for c, (key, _) in enumerate(HAZARD_COLUMNS):
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
        for r in range(self.table.rowCount()):
            self.table.item(r, 2).setBackground(QBrush())
        hazards = {}
        for i, row in enumerate(self.hazard_rows):
            values = {key: self.hazard_table.item(i, c).text().strip() for c, (key, _) in enumerate(HAZARD_COLUMNS) if key != "item"}
            hazards[row] = values
        answers = [service.AnswerInput(self.table.item_ids[r], self.table.answer(r), self.table.note(r), hazards.get(r))
                   for r in range(self.table.rowCount())]
        area = next((a for a in self.areas if a.id == self.area.currentData()), None)
        try:
            with self.ctx.session() as session:
                service.record_patrol(session, area=area.name if area else "", at=self.at.dateTime().toPython(),
                                      patroller=self.patroller.currentText(), reviewer=self.reviewer.currentText(), answers=answers)
        except InputError as exc:
            errors = _messages(exc)
            self.errors.setText("\n".join(e.message for e in errors))
            for e in errors:
                parts = e.field.split(".")
                if parts[0] == "answers" and len(parts) > 1:
                    self.table.item(int(parts[1]), 2).setBackground(_BAD)
                elif parts[0] == "hazards" and len(parts) > 2 and int(parts[1]) in self.hazard_rows:
                    column = next((c for c, (key, _) in enumerate(HAZARD_COLUMNS) if key == parts[2]), None)
                    if column is not None:
                        self.hazard_table.item(self.hazard_rows.index(int(parts[1])), column).setBackground(_BAD)
            return False
        found = len(self.hazard_rows)
        self.ctx.changed.emit("safety")
        self._area_chosen()
        self.errors.setText(self.tr("已保存。") + (self.tr("登记隐患 %1 条，请到“隐患整改”跟踪。").replace("%1", str(found)) if found else ""))
        return True

    def print_recent(self, index) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "patrol-record", {"id": str(self.recent_model.rows[index.row()]["id"])})

    def print_checklist(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        area = next((a for a in self.areas if a.id == self.area.currentData()), None)
        copies, ok = QInputDialog.getInt(self, self.tr("打印空白表"), self.tr("份数"), 1, 1, 100)
        if not ok or area is None:
            return
        preview_printable(self, self.ctx, "patrol-checklist", {"template": area.name, "copies": copies})


# ------------------------------------------------------------------ hazards


class HazardsPage(ModulePage):
    STEP_BUTTONS = (QT_TRANSLATE_NOOP("HazardsPage", "开始整改"), QT_TRANSLATE_NOOP("HazardsPage", "整改完成"),
                    QT_TRANSLATE_NOOP("HazardsPage", "复查通过"), QT_TRANSLATE_NOOP("HazardsPage", "复查不通过"))

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for value in ("", *service.STATUSES, "逾期"):
            self.status.addItem(self.tr("未销号") if value == "" else QCoreApplication.translate("Field", value), value)
        self.status.addItem(self.tr("全部"), "*")
        self.status.currentIndexChanged.connect(self.reload)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.reload)
        self.model = RowsModel([("number", self.tr("编号")), ("found_on", self.tr("发现日期")), ("place", self.tr("隐患部位")),
                               ("description", self.tr("隐患情况")), ("level_shown", self.tr("等级")), ("responsible", self.tr("责任人")),
                               ("deadline", self.tr("期限")), ("status_shown", self.tr("状态"))], self, flag="overdue")
        self.table = rows_view(self.model)
        self.table.setObjectName("hazards")
        self.table.setColumnWidth(2, 130)
        self.table.setColumnWidth(3, 320)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("状态")))
        top.addWidget(self.status)
        self.summary = QLabel()
        top.addWidget(self.summary, 1)
        ledger = QPushButton(self.tr("打印台账"))
        ledger.clicked.connect(self.print_ledger)
        top.addWidget(ledger)
        actions = QHBoxLayout()  # a second row, so the tab fits a small screen
        new = QPushButton(self.tr("登记隐患…"))
        new.clicked.connect(self.new_hazard)
        actions.addWidget(new)
        self.step_buttons = {}
        for action in self.STEP_BUTTONS:
            button = QPushButton(self.tr(action) + "…")
            button.clicked.connect(lambda _=False, a=action: self.step(a))
            self.step_buttons[action] = button
            actions.addWidget(button)
        self.edit_button = QPushButton(self.tr("修改/延期…"))
        self.edit_button.clicked.connect(self.edit)
        actions.addWidget(self.edit_button)
        notice = QPushButton(self.tr("打印整改通知单"))
        notice.clicked.connect(self.print_notice)
        actions.addWidget(notice)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 1)
        self.reload()

    def reload(self) -> None:
        status = self.status.currentData()
        with self.ctx.session() as session:
            rows = service.hazards(session, year=self.year.value(), status="" if status in ("", "*") else status, open_only=status == "")
        selected = _selected_id(self.table)
        for r in rows:  # stored words shown in the interface's language
            shown_status, shown_level = r["status"], r["level"]
            r["status_shown"] = QCoreApplication.translate("Field", shown_status)
            r["level_shown"] = QCoreApplication.translate("Field", shown_level)
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r["overdue"])
        self.summary.setText(self.tr("共 %1 条，逾期 %2 条（红色）").replace("%1", str(len(rows))).replace("%2", str(overdue)))
        if selected:
            self.show_hazard(selected, quiet=True)
        self._chosen()

    def show_hazard(self, hazard_id: int, *, quiet: bool = False) -> None:
        row = self.model.row_of(hazard_id)
        if row < 0 and not quiet:
            with self.ctx.session() as session:
                hazard = session.get(service.Hazard, hazard_id)
                year = hazard.found_on.year if hazard else self.year.value()
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
            self.status.setCurrentIndex(self.status.findData("*"))
            self.reload()
            row = self.model.row_of(hazard_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _chosen(self, *_args) -> None:
        hazard_id = _selected_id(self.table)
        status = self.model.rows[self.table.currentIndex().row()]["status"] if hazard_id else ""
        for action, button in self.step_buttons.items():
            button.setEnabled(service.STEPS[action][0] == status)
        self.edit_button.setEnabled(bool(hazard_id) and status != "已销号")
        if not hazard_id:
            self.detail.clear()
            return
        with self.ctx.session() as session:
            h = session.get(service.Hazard, hazard_id)
            steps = service.steps(session, hazard_id)
        lines = [f"<b>{h.number}</b>　{h.place}：{h.description}",
                 self.tr("类别 %1，%2隐患；措施：%3；责任人 %4；期限 %5").replace("%1", h.category).replace("%2", h.level)
                 .replace("%3", h.measure or "—").replace("%4", h.responsible or "—").replace("%5", f"{h.deadline:%Y-%m-%d}")]
        lines += [f"{s.on:%Y-%m-%d}　{s.action}　{s.by}" + (f"：{s.note}" if s.note and s.action != "登记" else "") for s in steps]
        self.detail.setText("<br/>".join(lines))

    def new_hazard(self) -> None:
        people = [""] + _staff(self.ctx)
        fields = [("found_on", "发现日期", "date", ()), ("finder", "发现人", "staff", tuple(people)), ("place", "隐患部位", "text", ()),
                  ("description", "隐患情况", "text", ()), ("category", "类别", "choice", service.CATEGORIES),
                  ("level", "等级", "choice", service.LEVELS), ("measure", "整改措施", "text", ()),
                  ("responsible", "整改责任人", "staff", tuple(people)), ("deadline", "整改期限", "date", ())]
        dialog = FormDialog(self.tr("登记隐患"), fields, self)
        dialog.form.editors["deadline"].set_value(date.today() + timedelta(days=7))
        created = []

        def submit(values):
            with self.ctx.session() as session:
                created.append(service.open_hazard(session, values))

        dialog.on_submit = submit
        if dialog.exec():
            self.ctx.changed.emit("safety")
            self.show_hazard(created[0])

    def edit(self) -> None:
        hazard_id = _selected_id(self.table)
        if not hazard_id:
            return
        people = tuple([""] + _staff(self.ctx))
        fields = [("place", "隐患部位", "text", ()), ("description", "隐患情况", "text", ()), ("category", "类别", "choice", service.CATEGORIES),
                  ("level", "等级", "choice", service.LEVELS), ("measure", "整改措施", "text", ()),
                  ("responsible", "整改责任人", "staff", people), ("deadline", "整改期限", "date", ()),
                  ("reason", "修改原因（延期时必填）", "text", ()), ("by", "经办人", "staff", people)]
        dialog = FormDialog(self.tr("修改隐患"), fields, self)
        dialog.form.set_values(self.model.rows[self.table.currentIndex().row()])
        self.edit_dialog = dialog  # reachable from tests

        def submit(values):
            by, reason = values.pop("by"), values.pop("reason")
            with self.ctx.session() as session:
                service.edit_hazard(session, hazard_id, values, by=by, reason=reason)

        dialog.on_submit = submit
        if dialog.exec():
            self.ctx.changed.emit("safety")
            self.show_hazard(hazard_id)

    def step(self, action: str) -> None:
        hazard_id = _selected_id(self.table)
        if not hazard_id:
            return
        people = tuple([""] + _staff(self.ctx))
        fields = [("on", "日期", "date", ()), ("by", "复查人" if action.startswith("复查") else "经办人", "staff", people)]
        if action == "开始整改":
            fields += [("responsible", "整改责任人", "staff", people), ("measure", "整改措施", "text", ())]
        fields.append(("note", {"整改完成": "整改情况", "复查不通过": "不通过原因"}.get(action, "说明"), "text", ()))
        dialog = FormDialog(self.tr(action), fields, self)
        row = self.model.rows[self.table.currentIndex().row()]
        if action == "开始整改":
            dialog.form.editors["responsible"].set_value(row["responsible"])
            dialog.form.editors["measure"].set_value(row["measure"])
            dialog.form.editors["by"].set_value(row["responsible"])

        def submit(values):
            with self.ctx.session() as session:
                service.advance(session, hazard_id, action, **values)

        dialog.on_submit = submit
        if dialog.exec():
            self.ctx.changed.emit("safety")
            self.show_hazard(hazard_id)

    def print_notice(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        hazard_id = _selected_id(self.table)
        if hazard_id:
            preview_printable(self, self.ctx, "rectification-notice", {"id": str(hazard_id)})

    def print_ledger(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "hazard-ledger", {"year": self.year.value()})


# ------------------------------------------------------------------ extinguishers


class ExtinguishersPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        self.model = RowsModel([("code", self.tr("编号")), ("kind", self.tr("类型")), ("spec", self.tr("规格型号")), ("location", self.tr("放置位置")),
                               ("manufactured_on", self.tr("生产日期")), ("next_repair", self.tr("下次维修")), ("scrap_on", self.tr("报废日期")),
                               ("last_check", self.tr("最近月检")), ("last_result", self.tr("结果")), ("state", self.tr("状态"))], self, flag="due")
        self.table = rows_view(self.model)
        self.table.setObjectName("extinguishers")
        top = QHBoxLayout()
        for label, slot in ((self.tr("新增…"), self.add), (self.tr("修改…"), self.edit), (self.tr("月检…"), self.check),
                            (self.tr("送修…"), self.repair), (self.tr("报废…"), self.scrap), (self.tr("打印台账"), self.print_register)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            top.addWidget(button)
        top.addStretch(1)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.reload()

    def reload(self) -> None:
        today = date.today()
        with self.ctx.session() as session:
            rows = fire.register(session, today)
            self.kinds = [k.name for k in fire.kinds(session)]
        unchecked = sum(1 for r in rows if not r["checked_this_month"])
        worn = sum(1 for r in rows if r["state"] != "在用")
        for r in rows:
            r["due"] = r["state"] != "在用" or not r["checked_this_month"]
            shown = r["state"]  # a variable: lupdate would take a literal subscript for a source text
            state = QCoreApplication.translate("Field", shown)
            r["state"] = state if r["checked_this_month"] else self.tr("%1，本月未月检").replace("%1", state)
            r["last_check"] = r["last_check"] or self.tr("未检查")
        self.model.set_rows(rows)
        self.summary.setText(self.tr("在用 %1 具；本月未月检 %2 具；应维修或报废 %3 具（红色为需处理）")
                             .replace("%1", str(len(rows))).replace("%2", str(unchecked)).replace("%3", str(worn)))

    def _fields(self):
        return [("code", "编号", "text", ()), ("kind", "类型", "choice", tuple(self.kinds)), ("spec", "规格型号", "text", ()),
                ("location", "放置位置", "text", ()), ("manufactured_on", "生产日期", "date", ()), ("note", "备注", "text", ())]

    def add(self) -> None:
        dialog = FormDialog(self.tr("新增灭火器"), self._fields(), self)

        def submit(values):
            with self.ctx.session() as session:
                fire.save_extinguisher(session, values)

        dialog.on_submit = submit
        if dialog.exec():
            self.ctx.changed.emit("safety")

    def _row(self):
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def edit(self) -> None:
        row = self._row()
        if row is None:
            return
        dialog = FormDialog(self.tr("修改灭火器"), self._fields(), self)
        dialog.form.set_values(row)

        def submit(values):
            with self.ctx.session() as session:
                fire.save_extinguisher(session, {**values, "repaired_on": row["repaired_on"]}, row["id"])

        dialog.on_submit = submit
        if dialog.exec():
            self.ctx.changed.emit("safety")

    def check(self) -> None:
        row = self._row()
        if row is None:
            return
        fields = [("on", "检查日期", "date", ()), ("checker", "检查人", "staff", tuple([""] + _staff(self.ctx)))]
        fields += [(key, label, "bool", ()) for key, label in fire.CHECK_POINTS] + [("note", "情况说明", "text", ())]
        dialog = FormDialog(self.tr("月检：%1（%2）").replace("%1", row["code"]).replace("%2", row["location"]), fields, self)
        dialog.form.set_values({"on": date.today(), **{key: True for key, _ in fire.CHECK_POINTS}})
        opened = []

        def submit(values):
            with self.ctx.session() as session:
                opened.append(fire.record_check(session, row["code"], **values)[1])

        dialog.on_submit = submit
        if dialog.exec():
            self.ctx.changed.emit("safety")
            if opened[0]:
                self.summary.setText(self.tr("检查不合格，已登记隐患，请到“隐患整改”跟踪。"))

    def _dated(self, title: str, call) -> None:
        row = self._row()
        if row is None:
            return
        dialog = FormDialog(f"{title}：{row['code']}", [("on", "日期", "date", ())], self)

        def submit(values):
            with self.ctx.session() as session:
                call(session, row["id"], values["on"])

        dialog.on_submit = submit
        if dialog.exec():
            self.ctx.changed.emit("safety")

    def repair(self) -> None:
        self._dated(self.tr("送修（维修、再充装）"), fire.record_repair)

    def scrap(self) -> None:
        self._dated(self.tr("报废"), fire.scrap)

    def print_register(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "extinguisher-register")


# ------------------------------------------------------------------ drills


class DrillsPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        self.form = FieldForm()
        self.form.add("held_on", self.tr("演练日期"), "date", required=True)
        self.form.add("scenario", self.tr("演练科目"), "lookup", required=True, choices=("火灾疏散", "地震应急疏散", "防踩踏疏散", "防暴演练"))
        self.form.add("participants", self.tr("参加人数"), "int", required=True)
        self.form.add("evacuation_seconds", self.tr("疏散用时（秒）"), "int", required=True)
        self.form.add("organiser", self.tr("组织人"), "staff", required=True)
        self.form.add("problems", self.tr("发现的问题及改进"), "text")
        self.form.finish()
        self.form.submitted.connect(self.save)
        save = QPushButton(self.tr("保存演练记录"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        self.next_due = QLabel()
        self.next_due.setObjectName("next_due")
        self.model = RowsModel([("held_on", self.tr("日期")), ("scenario", self.tr("演练科目")), ("participants", self.tr("参加人数")),
                                ("evacuation", self.tr("疏散用时")), ("organiser", self.tr("组织人")), ("problems", self.tr("发现的问题"))], self)
        self.table = rows_view(self.model)
        print_button = QPushButton(self.tr("打印演练记录"))
        print_button.clicked.connect(self.print_log)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(save)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.next_due)
        right.addWidget(self.table)
        right.addWidget(print_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.reload()

    def reload(self) -> None:
        self.form.editors["organiser"].set_choices([""] + _staff(self.ctx))
        today = date.today()
        with self.ctx.session() as session:
            rows = [{**d.model_dump(), "evacuation": f"{d.evacuation_seconds // 60}:{d.evacuation_seconds % 60:02d}"} for d in fire.drills(session)]
            _when, text, level, _target = fire.drill_home_item(session, today)
        self.model.set_rows(rows)
        self.next_due.setText(text)
        self.next_due.setStyleSheet(ERROR_STYLE if level == "overdue" else "")

    def save(self) -> None:
        try:
            with self.ctx.session() as session:
                fire.record_drill(session, self.form.values())
        except InputError as exc:
            self.form.show_errors(exc)
            return
        self.form.set_values({"held_on": date.today()})
        self.ctx.changed.emit("safety")

    def print_log(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "drill-log", {"year": date.today().year})


# ------------------------------------------------------------------ visitors


class VisitorsPage(ModulePage):
    """The gate's log: Enter in the last field signs a visitor in; ID numbers are never shown whole."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        self.form = FieldForm()
        self.form.add("name", self.tr("姓名"), "text", required=True)
        self.form.add("id_number", self.tr("证件号码"), "text", required=True)
        self.form.add("phone", self.tr("联系电话"), "phone")
        self.form.add("reason", self.tr("来访事由"), "text", required=True)
        self.form.add("visited", self.tr("被访人"), "staff", required=True)
        self.form.finish()
        self.form.submitted.connect(self.sign_in)
        sign_in = QPushButton(self.tr("登记来访"))
        sign_in.setObjectName("sign_in")
        sign_in.clicked.connect(self.sign_in)
        self.day = QDateTimeEdit(QDate.currentDate())
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(self.reload)
        self.inside_only = QCheckBox(self.tr("只看仍在校内"))
        self.inside_only.toggled.connect(self.reload)
        self.model = RowsModel([("time_in", self.tr("来访时间")), ("time_out", self.tr("离校时间")), ("name", self.tr("姓名")),
                                ("id_masked", self.tr("证件号码")), ("reason", self.tr("来访事由")), ("visited", self.tr("被访人"))], self)
        self.table = rows_view(self.model)
        self.table.setObjectName("visits")
        sign_out = QPushButton(self.tr("登记离校"))
        sign_out.setObjectName("sign_out")
        sign_out.clicked.connect(self.sign_out)
        print_button = QPushButton(self.tr("打印本月登记簿"))
        print_button.clicked.connect(self.print_log)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(sign_in)
        left.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("日期")))
        filters.addWidget(self.day)
        filters.addWidget(self.inside_only)
        filters.addStretch(1)
        filters.addWidget(sign_out)
        filters.addWidget(print_button)
        right = QVBoxLayout()
        right.addLayout(filters)
        right.addWidget(self.table)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.reload()

    def reload(self) -> None:
        from datetime import datetime

        self.form.editors["visited"].set_choices([""] + _staff(self.ctx))
        day = self.day.date().toPython()
        with self.ctx.session() as session:
            if self.inside_only.isChecked():
                rows = [{**v.model_dump(exclude={"id_number"}), "id_masked": fire.mask_id(v.id_number)}
                        for v in fire.still_inside(session, datetime.combine(day + timedelta(days=1), datetime.min.time()))]
            else:
                rows = fire.visits(session, day, day + timedelta(days=1))
        for r in rows:
            r["time_out"] = r["time_out"].strftime("%H:%M") if r["time_out"] else self.tr("仍在校内")
            r["time_in"] = r["time_in"].strftime("%m-%d %H:%M")
        self.model.set_rows(rows)

    def sign_in(self) -> None:
        try:
            with self.ctx.session() as session:
                fire.sign_in(session, self.form.values())
        except InputError as exc:
            self.form.show_errors(exc)
            return
        self.form.set_values({})
        self.form.editors["name"].setFocus()
        self.day.setDate(QDate.currentDate())
        self.ctx.changed.emit("safety")

    def sign_out(self) -> None:
        visit_id = _selected_id(self.table)
        if not visit_id:
            self.message.setText(self.tr("请先在列表中选中来访人员"))
            return
        try:
            with self.ctx.session() as session:
                fire.sign_out(session, visit_id)
        except InputError as exc:
            self.message.setText(exc.message)
            return
        self.message.clear()
        self.ctx.changed.emit("safety")

    def print_log(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "visitor-log", {"month": self.day.date().toPython().strftime("%Y-%m")})


# ------------------------------------------------------------------ settings pages


class TemplatesPage(ModulePage):
    """设置 → 巡查表模板: areas with their frequency, and their items in order; items are retired, never deleted."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        self.areas = QListWidget()
        self.areas.setObjectName("areas")
        self.areas.currentRowChanged.connect(self._area_chosen)
        self.form = FieldForm()
        self.form.add("name", self.tr("巡查表名称（区域）"), "text", required=True)
        self.form.add("frequency", self.tr("频次"), "choice", choices=service.FREQUENCIES)
        self.form.add("category", self.tr("隐患默认类别"), "choice", choices=service.CATEGORIES)
        self.form.add("needs_reviewer", self.tr("需复核人签字"), "bool")
        self.form.add("active", self.tr("在用"), "bool")
        self.form.finish()
        save_area = QPushButton(self.tr("保存巡查表"))
        save_area.clicked.connect(self.save_area)
        new_area = QPushButton(self.tr("新建巡查表"))
        new_area.clicked.connect(self.new_area)
        self.areas.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift-click: a route
        print_route = QPushButton(self.tr("打印所选空白表…"))
        print_route.setToolTip(self.tr("按住 Ctrl 选几张巡查表，连成一条巡查路线打印"))
        print_route.clicked.connect(self.print_selected)
        self.items = QListWidget()
        self.items.setObjectName("items")
        self.item_buttons = QHBoxLayout()
        for label, slot in ((self.tr("添加项目…"), self.add_item), (self.tr("修改…"), self.edit_item), (self.tr("上移"), lambda: self.move(-1)),
                            (self.tr("下移"), lambda: self.move(1)), (self.tr("停用/恢复"), self.toggle_retired)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            self.item_buttons.addWidget(button)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.areas)
        left.addWidget(new_area)
        left.addWidget(print_route)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(save_area, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(QLabel(self.tr("检查项目（灰色为已停用：不再打印和填写，旧记录保留）")))
        right.addWidget(self.items, 1)
        right.addLayout(self.item_buttons)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.area_ids: list[int | None] = []
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (self.area_ids[self.areas.currentRow()] if 0 <= self.areas.currentRow() < len(self.area_ids) else None)
        with self.ctx.session() as session:
            areas = service.areas(session, include_inactive=True)
        self.areas.blockSignals(True)
        self.areas.clear()
        self.area_ids = [a.id for a in areas]
        for a in areas:
            item = QListWidgetItem(f"{a.name}（{QCoreApplication.translate('Field', a.frequency)}）" + ("" if a.active else self.tr("（停用）")))
            self.areas.addItem(item)
        self.areas.blockSignals(False)
        self.areas.setCurrentRow(self.area_ids.index(current) if current in self.area_ids else 0)
        self._area_chosen()

    def _area_id(self) -> int | None:
        row = self.areas.currentRow()
        return self.area_ids[row] if 0 <= row < len(self.area_ids) else None

    def _area_chosen(self, *_args) -> None:
        area_id = self._area_id()
        self.items.clear()
        self.item_ids: list[int] = []
        if area_id is None:
            self.form.set_values({"frequency": "每日", "category": "消防安全", "active": True})
            return
        with self.ctx.session() as session:
            area = session.get(service.ChecklistArea, area_id)
            self.form.set_values(area.model_dump())
            for item in service.items(session, area_id, include_retired=True):
                entry = QListWidgetItem(item.text + (self.tr("（已停用）") if item.retired else ""))
                if item.retired:
                    entry.setForeground(QBrush(QColor("#9E9E9E")))
                self.items.addItem(entry)
                self.item_ids.append(item.id)

    def selected_names(self) -> list[str]:
        rows = sorted(self.areas.row(item) for item in self.areas.selectedItems())
        with self.ctx.session() as session:
            return [session.get(service.ChecklistArea, self.area_ids[r]).name for r in rows]

    def print_selected(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        names = self.selected_names()
        if not names:
            self.message.setText(self.tr("请先选中要打印的巡查表"))
            return
        copies, ok = QInputDialog.getInt(self, self.tr("打印空白表"), self.tr("份数"), 1, 1, 100)
        if ok:
            preview_printable(self, self.ctx, "patrol-checklist", {"template": ",".join(names), "copies": copies})

    def new_area(self) -> None:
        self.areas.setCurrentRow(-1)
        self.items.clear()
        self.item_ids = []
        self.form.set_values({"frequency": "每日", "category": "消防安全", "active": True})
        self.form.editors["name"].setFocus()

    def save_area(self) -> None:
        try:
            with self.ctx.session() as session:
                area_id = service.save_area(session, self.form.values(), self._area_id())
        except InputError as exc:
            self.form.show_errors(exc)
            return
        self.ctx.changed.emit("safety")
        self.reload(area_id)

    def _write(self, call, *args) -> bool:
        try:
            with self.ctx.session() as session:
                call(session, *args)
        except InputError as exc:
            self.message.setText(exc.message)
            return False
        self.message.clear()
        self.ctx.changed.emit("safety")
        return True

    def add_item(self, text: str | None = None) -> None:
        area_id = self._area_id()
        if area_id is None:
            self.message.setText(self.tr("请先保存巡查表"))
            return
        if not isinstance(text, str):
            text, ok = QInputDialog.getText(self, self.tr("添加检查项目"), self.tr("检查项目"))
            if not ok:
                return
        if self._write(service.add_item, area_id, text):
            self._area_chosen()
            self.items.setCurrentRow(self.items.count() - 1)

    def edit_item(self, text: str | None = None) -> None:
        row = self.items.currentRow()
        if row < 0:
            return
        if not isinstance(text, str):
            old = self.items.item(row).text()
            text, ok = QInputDialog.getText(self, self.tr("修改检查项目"), self.tr("检查项目（旧记录保留原来的文字）"), text=old)
            if not ok:
                return
        if self._write(service.edit_item, self.item_ids[row], text):
            self._area_chosen()
            self.items.setCurrentRow(row)

    def move(self, step: int) -> None:
        row = self.items.currentRow()
        if row < 0:
            return
        if self._write(service.move_item, self.item_ids[row], step):
            self._area_chosen()
            self.items.setCurrentRow(max(0, min(row + step, self.items.count() - 1)))

    def toggle_retired(self) -> None:
        row = self.items.currentRow()
        if row < 0:
            return
        with self.ctx.session() as session:
            retired = session.get(service.ChecklistItem, self.item_ids[row]).retired
        if self._write(service.retire_item, self.item_ids[row], not retired):
            self._area_chosen()
            self.items.setCurrentRow(row)


class ExtinguisherKindsPage(ModulePage):
    """设置 → 灭火器类型: the repair and scrap ages the register computes its dates from."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        from logistics_desktop.core import rules

        self.model = RowsModel([("name", self.tr("类型")), ("first_repair_years", self.tr("出厂后首次维修（年）")),
                                ("repair_every_years", self.tr("此后每隔（年）")), ("scrap_years", self.tr("报废年限（年）"))], self)
        self.table = rows_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = FieldForm()
        self.form.add("name", self.tr("类型"), "text", required=True)
        self.form.add("first_repair_years", self.tr("出厂后首次维修（年）"), "int", required=True)
        self.form.add("repair_every_years", self.tr("此后每隔（年）"), "int", required=True)
        self.form.add("scrap_years", self.tr("报废年限（年）"), "int", required=True)
        self.form.finish()
        self.form.submitted.connect(self.save)
        save = QPushButton(self.tr("保存"))
        save.clicked.connect(self.save)
        source = QLabel(self.tr("默认值依据：%1").replace("%1", rules.EXTINGUISHER_LIFE.source))
        source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(source)
        layout.addWidget(self.form)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        self.reload()

    def reload(self) -> None:
        with self.ctx.session() as session:
            self.model.set_rows([{**k.model_dump(), "id": k.name} for k in fire.kinds(session)])

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            self.form.set_values(self.model.rows[current.row()])

    def save(self) -> None:
        try:
            with self.ctx.session() as session:
                fire.save_kind(session, self.form.values())
        except InputError as exc:
            self.form.show_errors(exc)
            return
        self.ctx.changed.emit("safety")
        self.reload()
