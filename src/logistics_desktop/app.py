"""Start Qt: font, translator, database, main window. Nothing heavy is imported before the window shows."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from logistics_desktop import paths

NO_DISPLAY_HELP = """\
没有可用的图形显示（没有设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开程序窗口。
No graphical display found, so the window cannot open. Try one of:
  xvfb-run uv run logistics-desktop                 # 在虚拟屏幕上运行 / on a virtual screen
  QT_QPA_PLATFORM=offscreen uv run logistics-desktop screenshots --out shots   # 离屏截图 / offscreen screenshots
  uv run logistics-desktop --help                   # 命令行功能 / command-line functions
"""


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _Stretched(app):  # noqa: N802
    """LOGISTICS_DESKTOP_STRETCH=1 (tests): every translation half as long again, to see which layouts break
    when a translation is longer (Vorta's TRANS_SCALE)."""
    from PySide6.QtCore import QTranslator

    class Stretched(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            text = super().translate(context, source, disambiguation, n)
            return f"{text} {text[: len(text) // 2]}" if text else text

    return Stretched(app)


class Translators:
    """Our translation plus Qt's own (standard buttons, dialogs), swapped when the language changes."""

    def __init__(self, app):
        self.app = app
        self.installed = []

    def install(self, code: str) -> None:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        ours = _Stretched(self.app) if os.environ.get("LOGISTICS_DESKTOP_STRETCH") else QTranslator(self.app)
        if code != "zh_CN" and ours.load(str(paths.resource("translations", f"logistics_desktop_{code}.qm"))):
            self.app.installTranslator(ours)
            self.installed.append(ours)
        qt = QTranslator(self.app)
        qt_code = "zh_CN" if code == "zh_CN" else code
        if qt.load(f"qtbase_{qt_code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(qt)
            self.installed.append(qt)
        QLocale.setDefault(QLocale("zh_CN" if code == "zh_CN" else code))


def create_application(lang: str | None = None):
    """The QApplication with the bundled CJK font as fallback and the chosen language installed."""
    from PySide6.QtGui import QFont, QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("校园后勤台账")
    app.setOrganizationName("logistics-desktop")
    app.setDesktopFileName("logistics-desktop")  # Linux: the .desktop entry (and its icon) of the running window
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(paths.resource("icons", f"logistics-desktop-{size}.png")))
    app.setWindowIcon(icon)
    font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        # the system font first where it has Chinese; the bundled one fills any gap
        font.setFamilies([app.font().family(), *families])
        app.setFont(font)
    from logistics_desktop.shell.context import app_settings

    code = lang or app_settings().value("ui/language", "zh_CN")
    translators = Translators(app)
    translators.install(code)
    app._translators = translators  # kept alive with the app
    return app


def main_window_frame(db_path: Path, *, lang: str | None = None):
    """The main window before its database is open: menus, tab titles and the file's name.

    Importing SQLAlchemy and opening the file take most of a second, so the frame shows first.
    """
    from logistics_desktop.core.dbfile import WAIT_ENV
    from logistics_desktop.shell.context import AppContext
    from logistics_desktop.shell.main_window import MainWindow

    app = create_application(lang)
    ctx = AppContext(db_path=Path(db_path))
    wait = ctx.settings.value("data/wait_seconds")
    if wait and WAIT_ENV not in os.environ:  # the window's setting (设置 → 等待其他写入的时间)
        os.environ[WAIT_ENV] = str(wait)
    return MainWindow(ctx, language_changer=app._translators.install)



def open_main_window(db_path: Path, *, lang: str | None = None, login: tuple[str, str] | None = None, when_shared=None):
    """The main window over its open database: (window, None), or (None, why) when the file is refused or the login
    (login name, password) is wrong. Without a login the window is the program's own (tests, screenshots): the
    interactive start (run_gui) always asks who is at the PC. `when_shared` answers for the user when another window
    has the file ("read_only", "write" or "quit")."""
    window = main_window_frame(db_path, lang=lang)
    if when_shared is not None:
        window.when_shared = when_shared
    refused = window.open_database()
    if not refused and login is not None:
        written = window.ctx.log_in(*login)
        refused = None if written else "；".join(e.message for e in written.errors)
    if refused:
        window.deleteLater()
        return None, refused
    return window, None


def install_error_handler(window) -> None:
    """The one handler of the window: a database error outside a save (a page reading while the file is locked, a
    disk full) is a message in Chinese, never a traceback; anything else goes on to Python's own handler."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def hook(kind, exc, tb) -> None:
        from logistics_desktop.core.db import database_message, is_database_error

        if is_database_error(exc):
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "数据文件"), database_message(exc, "这一步操作"))
            return
        sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook


def run_gui(db_path: Path, *, lang: str | None = None) -> int:
    if not display_available():
        print(NO_DISPLAY_HELP, file=sys.stderr)
        return 1
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = main_window_frame(db_path, lang=lang)
    window.show()
    app = QApplication.instance()
    install_error_handler(window)

    def open_file() -> None:
        window.show_first_screen()  # the school at once; SQLAlchemy and the other tabs next
        refused = window.open_database()
        if refused:
            print(refused, file=sys.stderr)
            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "无法打开数据文件"), refused)
            app.exit(1)
            return
        from logistics_desktop.shell.first_run import FirstRunDialog, needs_first_run

        if needs_first_run(window.ctx):
            FirstRunDialog(window.ctx, window).exec()
        if not window.user_session.log_in_at_start():  # who is at the PC (a new file: its first administrator)
            window.close()
            app.exit(0)

    QTimer.singleShot(0, open_file)
    code = app.exec()
    if window.ctx.db is not None:
        window.ctx.db.close()
    return code
