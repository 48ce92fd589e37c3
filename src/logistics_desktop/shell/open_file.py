"""What the window asks and does about its data file beyond opening it: another window has it, the day's backup."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def ask_when_shared(window) -> str:
    """Another window (on this PC or another) has the file open: "read_only", "write" (both in turn) or "quit"."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "数据文件已在使用"),
                      QCoreApplication.translate("MainWindow", "另一个程序窗口已打开“%1”。\n\n以只读方式打开：可以查看、打印和导出，不会与另一处的修改冲突。\n"
                          "照常打开：两处都能保存（保存时依次写入），另一处新写的记录按 F5 刷新后才看得到。").replace("%1", window.ctx.db_path.name),
                      parent=window)
    read_only = box.addButton(QCoreApplication.translate("MainWindow", "以只读方式打开"), QMessageBox.ButtonRole.AcceptRole)
    write = box.addButton(QCoreApplication.translate("MainWindow", "照常打开"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("MainWindow", "不打开"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return "read_only" if box.clickedButton() is read_only else "write" if box.clickedButton() is write else "quit"


def backup_of_the_day(ctx) -> None:
    """The day's backup is made at the day's first open, but a new file has nothing to copy then: its first day's work
    (the school, the first records) is copied on closing, so no day goes without a backup."""
    from logistics_desktop.core.backup import daily_backup

    if ctx.db is None or ctx.db.read_only:
        return
    try:
        daily_backup(ctx.db_path)
    except (OSError, sqlite3.Error):
        pass  # a full disk: the next day's open says so; closing must not fail for it
