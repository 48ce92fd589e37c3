"""Long work (imports, big PDFs) off the GUI thread, with a progress dialog that can be cancelled.

`run_task(parent, title, fn, *args)` runs fn(*args, progress=...) in a worker thread and returns
its result (or raises its exception) once done; the window stays responsive meanwhile.
A cancel raises Cancelled inside fn at its next progress report; its transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from logistics_desktop.core.errors import Cancelled, Progress

SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


class _SignalProgress(QObject, Progress):
    moved = Signal(int, int)

    def __init__(self):
        QObject.__init__(self)
        Progress.__init__(self)

    def report(self, done: int, total: int) -> None:
        self.moved.emit(done, total)


class _Worker(QThread):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict, progress: Progress):
        super().__init__()
        self.fn, self.args, self.kwargs, self.progress = fn, args, kwargs, progress
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.fn(*self.args, progress=self.progress, **self.kwargs)
        except BaseException as exc:  # handed back to the GUI thread
            self.error = exc


def run_task(parent: QWidget | None, title: str, fn: Callable, *args, **kwargs) -> Any:
    progress = _SignalProgress()
    dialog = QProgressDialog(title, QCoreApplication.translate("Task", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def moved(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    progress.moved.connect(moved)
    dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))
    worker = _Worker(fn, args, kwargs, progress)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result


__all__ = ["Cancelled", "run_task"]
