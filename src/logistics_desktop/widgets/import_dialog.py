"""Import from Excel with the all-or-nothing rule: show every problem, then let the user choose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from logistics_desktop.core.errors import Cancelled, InputError
from logistics_desktop.core.modules import DataKind, ImportRejected, ImportReport
from logistics_desktop.spreadsheet.books import FILE_FILTER
from logistics_desktop.widgets.files import ask_open_path
from logistics_desktop.widgets.window_size import fit_to_screen

SMALL_FILE_ROWS = 2000  # counted exactly before the import; a bigger file is read once, by the import with its progress


class ImportPreviewDialog(QDialog):
    """Step 1 of an import: which sheet and header row were found, how its columns map, the first rows."""

    def __init__(self, title: str, path: Path, columns, parent: QWidget | None = None):
        super().__init__(parent)
        from itertools import islice

        from logistics_desktop.spreadsheet import open_register

        self.setWindowTitle(self.tr("导入%1：确认表格").replace("%1", title))
        fit_to_screen(self, "import-preview", 900, 560)
        with open_register(path, columns) as register:  # the header and first rows, counted when the file is small
            self.sheet = register.sheet
            first = list(islice(register.rows(), SMALL_FILE_ROWS + 1))
            count = str(len(first)) if len(first) <= SMALL_FILE_ROWS else self.tr("约 %1").replace("%1", str(register.size))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.mapping = QTableWidget(len(columns), 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("程序中的栏目"), self.tr("表格中的列"), self.tr("必填")])
        self.mapping.verticalHeader().hide()
        self.mapping.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        for row, column in enumerate(columns):
            found = self.sheet.headers.get(column.key)
            cells = (QCoreApplication.translate("Field", column.label), found or self.tr("（表中没有）"), self.tr("是") if column.required else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1 and not found:
                    item.setForeground(QColor("#C62828" if column.required else "#888888"))
                self.mapping.setItem(row, col, item)
        self.mapping.resizeColumnsToContents()
        layout.addWidget(self.mapping, 1)
        mapped = [c for c in columns if c.key in self.sheet.headers]
        self.rows = QTableWidget(min(5, len(first)), len(mapped) + 1)
        self.rows.setHorizontalHeaderLabels([self.tr("行号")] + [self.sheet.headers[c.key] for c in mapped])
        self.rows.verticalHeader().hide()
        self.rows.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for r, record in enumerate(first[:5]):
            self.rows.setItem(r, 0, QTableWidgetItem(str(record.number)))
            for c, column in enumerate(mapped, 1):
                value = record.values.get(column.key)
                self.rows.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        layout.addWidget(QLabel(self.tr("前几行数据：")))
        layout.addWidget(self.rows, 1)
        buttons = QDialogButtonBox()
        self.next = buttons.addButton(self.tr("检查并导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.sheet.header_row is None:
            self.summary.setText(self.tr("没有找到表头：") + "；".join(m for _, _, m in self.sheet.problems))
            self.next.setEnabled(False)
        else:
            self.summary.setText(
                self.tr("工作表“%1”，表头在第 %2 行，共 %3 行数据（空行和合计行已略过）。请核对下面的对应关系，再检查并导入。")
                .replace("%1", self.sheet.sheet_name).replace("%2", str(self.sheet.header_row)).replace("%3", count)
                + ("\n" + self.tr("未导入的列：%1").replace("%1", "、".join(self.sheet.unused)) if self.sheet.unused else ""))
            missing = [c.label for c in columns if c.required and c.key not in self.sheet.headers]
            self.next.setEnabled(not missing)


class ImportProblemsDialog(QDialog):
    """Lists the problems of a rejected import; the user may import the good rows only."""

    def __init__(self, title: str, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入%1：发现问题").replace("%1", title))
        fit_to_screen(self, "import-problems", 640, 420)
        layout = QVBoxLayout(self)
        bad_rows = len({row for row, _, _ in report.problems})
        summary = self.tr("读到 %1 行，其中 %2 行有问题。未导入任何记录。").replace("%1", str(report.total_rows)).replace("%2", str(bad_rows))
        layout.addWidget(QLabel(summary))
        self.problems = QPlainTextEdit("\n".join(report.problem_lines()))
        self.problems.setReadOnly(True)
        layout.addWidget(self.problems, 1)
        self.create_missing = QCheckBox(self.tr("自动建立表中有而系统中没有的人员、房间"))
        self.update_existing = QCheckBox(self.tr("更新已有记录（编号或名称相同时）"))
        layout.addWidget(self.create_missing)
        layout.addWidget(self.update_existing)
        buttons = QDialogButtonBox()
        self.retry = buttons.addButton(self.tr("按上面的选项重新检查"), QDialogButtonBox.ButtonRole.ActionRole)
        self.skip = buttons.addButton(self.tr("只导入没有问题的行"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.choice = ""
        self.retry.clicked.connect(lambda: self._done("retry"))
        self.skip.clicked.connect(lambda: self._done("skip"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.skip.setEnabled(report.total_rows > bad_rows)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def run_import(
    parent: QWidget,
    kind: DataKind,
    session_factory: Callable,
    path: Path | None = None,
    *,
    ask: Callable[[ImportProblemsDialog], str] | None = None,
    confirm: Callable[[ImportPreviewDialog], bool] | None = None,
) -> ImportReport | None:
    """The import wizard: file → detected header and column mapping with a preview → problems → import.

    Nothing is written until every row is good or the user asks for the good rows only.
    `confirm` answers the preview and `ask` the problems dialog (tests pass them; the GUI shows the dialogs).
    """
    if path is None:
        path = ask_open_path(parent, QCoreApplication.translate("ImportDialog", "导入%1").replace("%1", kind.title), FILE_FILTER)
        if path is None:
            return None
    from logistics_desktop.widgets.task import run_task

    if kind.columns is not None:
        try:
            preview = ImportPreviewDialog(QCoreApplication.translate("Module", kind.title), path, kind.columns(), parent)
        except InputError as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog", "导入"), str(exc))
            return None
        if not (confirm(preview) if confirm else preview.exec() == QDialog.DialogCode.Accepted):
            return None
    options = {"skip_invalid": False, "update": False, "create_refs": False}

    def work(progress):
        with session_factory() as session:  # one transaction, in the worker thread
            report = kind.import_file(session, path, progress=progress, **options)
            progress.check()  # a cancel up to the commit writes nothing
            return report

    while True:
        try:
            report = run_task(parent, QCoreApplication.translate("ImportDialog", "导入%1").replace("%1", kind.title), work)
        except ImportRejected as exc:
            dialog = ImportProblemsDialog(kind.title, exc.report, parent)
            dialog.update_existing.setChecked(options["update"])
            dialog.create_missing.setChecked(options["create_refs"])
            choice = ask(dialog) if ask else (dialog.choice if dialog.exec() else "")
            if not choice:
                return None
            options["update"] = dialog.update_existing.isChecked()
            options["create_refs"] = dialog.create_missing.isChecked()
            options["skip_invalid"] = choice == "skip"
            continue
        except (InputError, Cancelled) as exc:
            if isinstance(exc, InputError):
                QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog", "导入"), str(exc))
            return None
        except Exception as exc:  # another writer held the file past the wait: nothing was written; try again when it is free
            from logistics_desktop.core.db import database_message, is_database_error

            if not is_database_error(exc):
                raise
            buttons = QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
            answer = (ask(exc) if ask else QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog", "导入"),
                                                             database_message(exc, "这次导入"), buttons))
            if answer in (QMessageBox.StandardButton.Retry, "retry"):
                continue
            return None
        text = QCoreApplication.translate("ImportDialog", "%1：新增 %2 条，更新 %3 条。").replace("%1", QCoreApplication.translate("Module", kind.title)).replace("%2", str(report.imported)).replace("%3", str(report.updated))
        for note in [*report.notes, *(["未导入的列：" + "、".join(report.unused_columns)] if report.unused_columns else [])]:
            text += "\n" + note
        if report.problems:
            text += "\n" + QCoreApplication.translate("ImportDialog", "未导入的行：") + "\n" + "\n".join(report.problem_lines()[:30])
        if ask is None:
            QMessageBox.information(parent, QCoreApplication.translate("ImportDialog", "导入完成"), text)
        return report
