"""Import from Excel with the all-or-nothing rule: show every problem, then let the user choose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from logistics_desktop.core.errors import Cancelled, InputError
from logistics_desktop.core.modules import DataKind, ImportRejected, ImportReport


class ImportProblemsDialog(QDialog):
    """Lists the problems of a rejected import; the user may import the good rows only."""

    def __init__(self, title: str, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入%1：发现问题").replace("%1", title))
        self.resize(640, 420)
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
) -> ImportReport | None:
    """Ask for a file (unless given), import it all-or-nothing, and on problems let the user decide.

    `ask` answers the problems dialog (tests pass one; the GUI shows the dialog).
    """
    if path is None:
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ImportDialog", "导入%1").replace("%1", kind.title), "", "Excel (*.xlsx *.xlsm)")
        if not name:
            return None
        path = Path(name)
    from logistics_desktop.widgets.task import run_task

    options = {"skip_invalid": False, "update": False, "create_refs": False}

    def work(progress):
        with session_factory() as session:  # one transaction, in the worker thread
            return kind.import_file(session, path, progress=progress, **options)

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
        text = QCoreApplication.translate("ImportDialog", "%1：新增 %2 条，更新 %3 条。").replace("%1", QCoreApplication.translate("Module", kind.title)).replace("%2", str(report.imported)).replace("%3", str(report.updated))
        if report.problems:
            text += "\n" + QCoreApplication.translate("ImportDialog", "未导入的行：") + "\n" + "\n".join(report.problem_lines()[:30])
        if ask is None:
            QMessageBox.information(parent, QCoreApplication.translate("ImportDialog", "导入完成"), text)
        return report
