"""帮助: the user's guide and 关于."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout

from logistics_desktop import __version__, paths
from logistics_desktop.widgets.window_size import fit_to_screen


def show_guide(window) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "使用说明"))
    fit_to_screen(dialog, "guide", 760, 640)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(False)
    language = window.ctx.settings.value("ui/language", "zh_CN")
    guide = paths.resource("help", f"guide_{language}.html")
    if not guide.exists():
        guide = paths.resource("help", "guide_zh_CN.html")
    browser.setHtml(guide.read_text(encoding="utf-8"))
    QVBoxLayout(dialog).addWidget(browser)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_about(window):
    """Version, the file's schema revision against the program's, where the data lives, and the licences carried."""
    from logistics_desktop.core.dbfile import inspect_file
    from logistics_desktop.core.licences import FONT, third_party_text
    from logistics_desktop.core.migrations import HEAD
    from logistics_desktop.paths import user_data_dir

    path = window.ctx.db_path
    try:
        revision = inspect_file(path).revision or "—"
    except Exception:  # an about box never fails on the file it describes
        revision = "—"
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "关于"))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.setText(QCoreApplication.translate("MainWindow", "校园后勤台账 %1").replace("%1", __version__))
    box.setInformativeText(
        QCoreApplication.translate("MainWindow", "学校后勤（总务处）的资产、食堂、卫生保健与安全巡查台账。\n\n"
                                   "数据文件：%1\n数据库结构版本：%2（本程序：%3）\n数据文件夹（设置、备份）：%4\n\n"
                                   "字体：%5（%6）。第三方软件及其许可证见“显示详细信息”。")
        .replace("%1", str(path)).replace("%2", revision).replace("%3", HEAD).replace("%4", str(user_data_dir()))
        .replace("%5", FONT[0]).replace("%6", FONT[1]))
    box.setDetailedText(third_party_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    window.about_box = box  # kept for tests
    box.open()
    return box
