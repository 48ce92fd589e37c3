"""首页: the school, the current term and today's duties gathered from every module (form: ui/home/home.ui)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from logistics_desktop.core.i18n import shown
from logistics_desktop.widgets.ui_forms import load_form

LEVEL_COLORS = {"overdue": "#C62828", "warning": "#E65100", "due": "#1565C0", "done": "#2E7D32", "info": "#424242"}


class HomeTab(QWidget):
    open_target = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.level_names = {"overdue": self.tr("逾期"), "warning": self.tr("提醒"), "due": self.tr("到期"),
                            "done": self.tr("已完成"), "info": self.tr("信息")}
        form = load_form("home/home.ui", self)
        self.school = form.findChild(QLabel, "schoolLabel")
        self.term = form.findChild(QLabel, "termLabel")
        self.directory = form.findChild(QLabel, "directoryLabel")
        self.today = form.findChild(QLabel, "todayLabel")
        self.items = form.findChild(QTreeWidget, "dutiesTree")
        self.items.setObjectName("duties")
        header = self.items.header()
        header.setStretchLastSection(False)  # the item's text takes the width, not its level
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.items.itemActivated.connect(self._activated)
        form.findChild(QPushButton, "refreshButton").clicked.connect(self.reload)
        self.stale = False
        self.duties_pending = False
        ctx.changed.connect(self._changed)
        ctx.database_replaced.connect(self.reload)
        self.reload()

    def _changed(self, *_args) -> None:
        """Hidden, 首页 only notes that it is out of date: a scan or a line typed elsewhere stays quick."""
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if self.stale:
            self.reload()
        super().showEvent(event)

    def reload(self, *_args) -> None:
        """The school and its term at once; the duties (every module's queries) right after the window paints."""
        self.stale = False
        today = self.ctx.today()
        head = self.ctx.first_screen() or {"school": "", "school_kind": "", "term": "", "staff": 0, "rooms": 0, "classes": 0}
        kind = f"（{QCoreApplication.translate('Field', head['school_kind'])}）" if head["school_kind"] else ""
        self.school.setText((head["school"] + kind) if head["school"] else self.tr("尚未填写学校名称（设置 → 学校）"))
        self.term.setText(
            self.tr("当前学期：%1（%2）").replace("%1", head["term"]).replace("%2", f"{head['term_start']} – {head['term_end']}")
            if head["term"] else self.tr("当前学期：未设置")
        )
        self.directory.setText(
            self.tr("教职工 %1 人 · 房间 %2 间 · 班级 %3 个")
            .replace("%1", str(head["staff"])).replace("%2", str(head["rooms"])).replace("%3", str(head["classes"]))
        )
        self.today.setText(today.strftime("%Y-%m-%d"))
        self.duties_pending = self.ctx.db is not None  # before the file is open, the header only
        if self.duties_pending:
            QTimer.singleShot(0, self.fill_duties)

    def fill_duties(self) -> None:
        if not self.duties_pending:
            return
        self.duties_pending = False
        from logistics_desktop.home import service  # the modules' services: after the window has painted

        items = self.ctx.read(service.duties, self.ctx.today(), self.ctx.opens)
        self.items.clear()
        for item in items:
            row = QTreeWidgetItem([item.when.strftime("%Y-%m-%d"), shown(item.text, QCoreApplication.translate), self.level_names.get(item.level, item.level)])
            row.setData(0, Qt.ItemDataRole.UserRole, item.target)
            color = QBrush(QColor(LEVEL_COLORS.get(item.level, "#000000")))
            for column in range(3):
                row.setForeground(column, color)
            self.items.addTopLevelItem(row)
        if not items:
            self.items.addTopLevelItem(QTreeWidgetItem(["", self.tr("今天没有待办事项"), ""]))

    def duty_texts(self) -> list[str]:
        if self.stale:
            self.reload()
        self.fill_duties()
        return [self.items.topLevelItem(i).text(1) for i in range(self.items.topLevelItemCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.open_target.emit(target)
