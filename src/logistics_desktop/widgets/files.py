"""The file dialogs every save, export, import and backup uses: they open in the folder last used (else the user's
documents folder), not in the program's own folder; the folder chosen is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from logistics_desktop import paths

LAST_FOLDER = "files/last_folder"


def settings() -> QSettings:
    """The program's settings file, for what the widgets remember (the last folder, window sizes)."""
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def start_folder() -> Path:
    last = settings().value(LAST_FOLDER)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _remember(path: Path) -> None:
    stored = settings()
    stored.setValue(LAST_FOLDER, str(path.parent))
    stored.sync()


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str, suffix: str,
                  folder: Path | None = None) -> Path | None:
    """Where to save: `suggested` (a name) in `folder` or the last folder; `suffix` added when left off; None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str((folder or start_folder()) / suggested), file_filter)
    if not name:
        return None
    path = Path(name if name.lower().endswith(suffix) else name + suffix)
    _remember(path)
    return path


def ask_open_path(parent: QWidget | None, title: str, file_filter: str, folder: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder or start_folder()), file_filter)
    if not name:
        return None
    _remember(Path(name))
    return Path(name)


def ask_xlsx_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """The path the clerk picked for a workbook, with .xlsx added when left off; None when cancelled."""
    return ask_save_path(parent, title, suggested, "Excel (*.xlsx)", ".xlsx")


def confirm_saved(parent: QWidget, path: Path) -> None:
    """Say where a saved file went: in the main window's status bar, else in a note that does not block the dialog."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    text = QCoreApplication.translate("Files", "已保存到 %1").replace("%1", str(path))
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)
        return
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Files", "已保存"), text, parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
