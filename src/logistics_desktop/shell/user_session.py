"""The window's user: logged in at start, 切换用户 in the 文件 menu, and the screen locked after a set idle time."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

DEFAULT_LOCK_MINUTES = 10
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove}


class UserSession(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.clock = time.monotonic  # tests move it on
        self.last_input = self.clock()
        self.lock_dialog = None
        self._hidden: list[QDialog] = []
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in _INPUT and self.lock_dialog is None:
            self.last_input = self.clock()
        return False

    def lock_minutes(self) -> int:
        return int(self.ctx.settings.value("ui/lock_minutes", DEFAULT_LOCK_MINUTES))

    def add_actions(self, menu) -> None:
        if self.ctx.user is None:
            return
        self.window._action(menu, self.tr("切换用户…"), self.switch_user, "switch-user")
        self.window._action(menu, self.tr("锁定屏幕"), self.lock, "lock").setShortcut(QKeySequence("Ctrl+L"))
        self.window._action(menu, self.tr("自动锁定时间…"), self.set_lock_minutes, "lock-minutes")
        menu.addSeparator()

    # ------------------------------------------------------------ logging in

    def log_in_at_start(self) -> bool:
        """A file with users: who is at the PC. A file without: its first administrator. False when the user gave up."""
        from logistics_desktop.shell.login import FirstAdminDialog, LoginDialog

        dialog = LoginDialog(self.ctx, self.window) if self.ctx.has_users() else FirstAdminDialog(self.ctx, self.window)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def switch_user(self) -> bool:
        from logistics_desktop.shell.login import LoginDialog

        before = self.ctx.user
        dialog = LoginDialog(self.ctx, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.user != before:
            self._close_dialogs()
        return True

    # ------------------------------------------------------------ the idle lock

    def check_idle(self) -> bool:
        """Lock when nobody has touched the program for the set time; True when it locked now."""
        if self.ctx.user is None or self.lock_dialog is not None:
            return False
        if self.clock() - self.last_input < self.lock_minutes() * 60:
            return False
        self.lock()
        return True

    def lock(self) -> None:
        """Hide everything the user had open behind a dialog that asks for their password (or another user's)."""
        from logistics_desktop.shell.login import LoginDialog

        if self.ctx.user is None or self.lock_dialog is not None:
            return
        self._hidden = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        for dialog in self._hidden:
            dialog.hide()
        self.window.centralWidget().hide()
        self.window.menuBar().setEnabled(False)
        self.lock_dialog = LoginDialog(self.ctx, self.window, locked=self.ctx.user)
        self.lock_dialog.accepted.connect(self._unlocked)
        self.lock_dialog.rejected.connect(QApplication.instance().quit)  # 退出程序: nothing is left open
        self.lock_dialog.open()

    def _unlocked(self) -> None:
        same = self.lock_dialog.user == self.lock_dialog.locked
        self.lock_dialog.deleteLater()
        self.lock_dialog = None
        self.window.centralWidget().show()
        self.window.menuBar().setEnabled(True)
        if same:
            for dialog in self._hidden:
                dialog.show()
        else:
            self._close_dialogs()
        self._hidden = []
        self.last_input = self.clock()

    def _close_dialogs(self) -> None:
        """Another user: the first one's dialogs close as if cancelled (nothing half written); tabs are rebuilt."""
        for dialog in self._hidden or [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]:
            if dialog is not self.lock_dialog:
                dialog.reject()
        self._hidden = []

    def set_lock_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(self.window, self.tr("自动锁定时间"), self.tr("无人操作多少分钟后锁定屏幕："),
                                          self.lock_minutes(), 1, 240)
        if ok:
            self.ctx.settings.setValue("ui/lock_minutes", minutes)
