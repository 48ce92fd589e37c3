"""Windows and dialogs sized for the screen they open on: as the user last left them there, else the size asked for
shrunk to fit (an office screen is 1366×768, minus the task bar), and never partly off the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from logistics_desktop import paths

MARGIN = 0.96  # of the screen's free area: the title bar and frame stay visible


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def _screen_area(window: QWidget) -> QRect:
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _key(name: str, area: QRect) -> str:
    return f"windows/{name}/{area.width()}x{area.height()}"  # a size per screen: the laptop and the office monitor differ


def place_on_screen(window: QWidget, area: QRect) -> None:
    """Shrink `window` to `area` and move it inside (centred over its parent when it has one)."""
    width = min(window.width(), int(area.width() * MARGIN))
    height = min(window.height(), int(area.height() * MARGIN))
    window.resize(max(width, 1), max(height, 1))
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    x = min(max(centre.x() - width // 2, area.left()), area.right() - width)
    y = min(max(centre.y() - height // 2, area.top()), area.bottom() - height)
    window.move(x, y)


class _Remember(QObject):
    def __init__(self, window: QWidget, name: str):
        super().__init__(window)
        self.window, self.name = window, name

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.window and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            area = _screen_area(self.window)
            settings = _settings()
            settings.setValue(_key(self.name, area), f"{self.window.width()},{self.window.height()}")
            settings.sync()
        return False


def fit_to_screen(window: QWidget, name: str, width: int, height: int) -> None:
    """Give `window` its size on this screen (remembered under `name`, else width×height), inside the screen."""
    area = _screen_area(window)
    saved = _settings().value(_key(name, area))
    try:
        width, height = (int(n) for n in str(saved).split(",")) if saved else (width, height)
    except ValueError:
        pass  # a hand-edited settings file: the size asked for
    window.resize(width, height)
    place_on_screen(window, area)
    window.installEventFilter(_Remember(window, name))
