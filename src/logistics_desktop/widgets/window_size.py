"""Windows and dialogs sized for the screen they open on: as the user last left them there, else the size asked for
shrunk to fit (an office screen is 1366×768, minus the task bar), and never partly off the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from logistics_desktop.widgets.files import settings

MARGIN = 0.96  # of the screen's free area: the title bar and frame stay visible


def _screen_area(window: QWidget) -> QRect:
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _key(name: str, area: QRect) -> str:
    return f"windows/{name}/{area.width()}x{area.height()}"  # a size per screen: the laptop and the office monitor differ


def place_on_screen(window: QWidget, area: QRect) -> None:
    """Shrink `window` (its frame and title bar included) to `area` and pull it inside where it hangs over an edge;
    where it is inside, it stays put (a dialog is then centred over its parent by Qt)."""
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), int(area.width() * MARGIN) - extra_w)
    height = min(window.height(), int(area.height() * MARGIN) - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    x = min(max(frame.x(), area.left()), area.right() + 1 - (width + extra_w))
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - (height + extra_h))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class _KeepOnScreen(QObject):
    """On show (its frame known then) the window is put inside the screen; on closing its size is kept for `name`."""

    # the name is the object's own (its Python attributes may be gone when Qt calls the filter: the wrapper is rebuilt)
    def __init__(self, window: QWidget, name: str):
        super().__init__(window)
        self.setObjectName(name)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is not self.parent():
            return False
        if event.type() == QEvent.Type.Show and not watched.isMaximized():
            place_on_screen(watched, _screen_area(watched))
        elif event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and self.objectName():
            stored = settings()
            stored.setValue(_key(self.objectName(), _screen_area(watched)), f"{watched.width()},{watched.height()}")
            stored.sync()
        return False


def keep_on_screen(window: QWidget, name: str = "") -> None:
    """Each time `window` is shown it is put inside its screen (a second monitor unplugged since, a smaller screen)."""
    window.installEventFilter(_KeepOnScreen(window, name))


def fit_to_screen(window: QWidget, name: str, width: int, height: int) -> None:
    """Give `window` its size on this screen (remembered under `name`, else width×height), inside the screen."""
    area = _screen_area(window)
    saved = settings().value(_key(name, area))
    try:
        width, height = (int(n) for n in str(saved).split(",")) if saved else (width, height)
    except ValueError:
        pass  # a hand-edited settings file: the size asked for
    window.resize(width, height)
    place_on_screen(window, area)
    keep_on_screen(window, name)
