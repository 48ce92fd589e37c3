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


def show_about(window) -> None:
    QMessageBox.about(
        window, QCoreApplication.translate("MainWindow", "关于"),
        QCoreApplication.translate("MainWindow", "校园后勤台账 %1\n\n学校后勤（总务处）的资产、食堂、卫生保健与安全巡查台账。\n数据只保存在本机的一个文件中：%2")
        .replace("%1", __version__).replace("%2", str(window.ctx.db_path)),
    )
