"""The main window: tabs, menus and status bar, all built from the module list."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget

from logistics_desktop.accounts.roles import ROLE_NAMES
from logistics_desktop.core.errors import DatabaseRefused, InputError
from logistics_desktop.modules import all_modules
from logistics_desktop.shell.open_file import ask_when_shared, backup_of_the_day
from logistics_desktop.shell.tabs import TabHost, Tabs
from logistics_desktop.widgets.files import ask_open_path, ask_save_path, ask_xlsx_path
from logistics_desktop.widgets.window_size import keep_on_screen

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


def _t(text: str) -> str:
    """Module, page and form titles come from Qt-free code; they are translated here, for display."""
    return QCoreApplication.translate("Module", text)


class MainWindow(QMainWindow):
    def __init__(self, ctx, *, language_changer=None):
        super().__init__()
        self.ctx = ctx
        self.language_changer = language_changer
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel()
        self.term_label = QLabel()
        self.loading = QLabel()
        self.statusBar().addWidget(self.loading)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.term_label)
        self.tab_widgets = Tabs()  # key → TabHost; tab_widgets[key] is the tab itself
        self.settings_dialog = None
        self.file_lock = None  # held while this window has the file open: a second window sees it and says so
        self.when_shared = self.ask_when_shared  # tests answer for the user
        self.shared = False
        from logistics_desktop.shell.user_session import UserSession

        self.user_session = UserSession(self)  # login, 切换用户 and the idle lock
        self.rebuild()
        ctx.changed.connect(self.refresh_status)
        ctx.database_replaced.connect(self.rebuild)
        ctx.user_changed.connect(self.rebuild)
        geometry = ctx.settings.value(self._geometry_key())
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        keep_on_screen(self)  # a smaller screen than last time, a monitor unplugged: shrunk and moved onto this one

    # ------------------------------------------------------------ building

    def show_first_screen(self) -> bool:
        """Before the file is open: 首页 with the school and its term, read from the file without SQLAlchemy."""
        home = next((m for m in all_modules() if m.key == "home"), None)
        if self.ctx.db is not None or home is None or self.ctx.first_screen() is None:
            return False
        placeholder = self.tabs.widget(0)
        self.tabs.removeTab(0)
        placeholder.deleteLater()
        self.tabs.insertTab(0, TabHost(self._tab_builder(home), self.ctx), _t(home.title))
        self.tabs.setCurrentIndex(0)
        self.tabs.setEnabled(True)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)  # the other tabs come when the file is open
        self.repaint()
        return True

    def open_database(self) -> str | None:
        """Open the context's file after the window shows; returns why it was refused, or None."""
        from logistics_desktop.core.db import open_database
        from logistics_desktop.core.errors import DatabaseRefused

        self._hold_file(self.ctx.db_path)
        choice = self.when_shared() if self.shared else "write"
        if choice == "quit":
            return self.tr("另一个程序窗口正在使用这个数据文件，本窗口未打开它。")
        try:
            db = open_database(self.ctx.db_path, read_only=choice == "read_only")
        except DatabaseRefused as exc:
            self.loading.setText(str(exc))
            return str(exc)
        self.loading.clear()
        self.ctx.replace_database(db)  # rebuilds the tabs
        if db.warnings:  # a read-only file, a daily backup that could not be made: said, and the window goes on
            self.statusBar().showMessage(" ".join(db.warnings))
        self.repaint()  # 首页 shows the school now; its duties fill in on the next turn of the event loop
        return None

    def ask_when_shared(self) -> str:
        return ask_when_shared(self)

    def _hold_file(self, path) -> None:
        """Two windows on one file are allowed (writes take turns); the second is told that another has it open."""
        from PySide6.QtCore import QLockFile

        if self.file_lock is not None:
            self.file_lock.unlock()
        self.file_lock = QLockFile(f"{path}.window-lock")
        self.file_lock.setStaleLockTime(0)  # a crashed window's lock is taken over (its process is gone)
        self.shared = not self.file_lock.tryLock(0)
        if self.shared:
            self.file_lock = None

    def rebuild(self) -> None:
        """(Re)build tabs and menus from the modules: at start, when the file opens, after a language switch or a restore."""
        self.setWindowTitle(self.tr("校园后勤台账"))
        current = self.tabs.currentIndex()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tab_widgets.clear()
        for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.setParent(None)  # gone at once with its actions: action(name) never finds a menu of the last user
            menu.deleteLater()
        self.menuBar().clear()
        self._build_menus()
        opened = self.ctx.db is not None
        self.menuBar().setEnabled(opened)
        self.tabs.setEnabled(opened)
        self.loading.setVisible(not opened)
        for module in all_modules():
            if module.build_tab and self.ctx.opens(module.role):  # a tab the user's roles do not open is not there
                # the frame shows first with empty tabs; their contents come when the file is open, each when first shown
                widget = TabHost(self._tab_builder(module), self.ctx) if opened else QLabel()
                if opened:
                    self.tab_widgets[module.key] = widget
                self.tabs.addTab(widget, _t(module.title))
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self.refresh_status()

    def _tab_builder(self, module):
        def build(ctx):
            if module.role == "health":
                ctx.log_health_access("打开", {"tab": module.key})
            widget = module.build_tab(ctx)
            if hasattr(widget, "open_target"):
                widget.open_target.connect(self.open_target)
            return widget

        return build

    def _build_menus(self) -> None:
        """Only what the user's roles open: a menu entry they may not use is not shown."""
        modules = [m for m in all_modules() if self.ctx.opens(m.role)]
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        if self.ctx.may_write("admin"):
            self._action(file_menu, self.tr("立即备份…"), self.backup_now, "backup")
            self._action(file_menu, self.tr("从备份恢复…"), self.restore_from, "restore")
            file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("导入"))
        export_menu = file_menu.addMenu(self.tr("导出"))
        for module in modules:
            for kind in module.data_kinds:
                if self.ctx.may_write(module.role):
                    self._action(import_menu, _t(kind.title) + "…", lambda k=kind: self.import_kind(k), f"import-{kind.key}")
                self._action(export_menu, _t(kind.title) + "…", lambda k=kind: self.export_kind(k), f"export-{kind.key}")
        print_menu = file_menu.addMenu(self.tr("打印"))
        for module in modules:
            if module.printables and print_menu.actions():
                print_menu.addSeparator()
            for printable in module.printables:
                self._action(print_menu, _t(printable.title) + "…", lambda p=printable: self.print_form(p), f"print-{printable.key}")
        for menu in (import_menu, export_menu, print_menu):
            menu.menuAction().setVisible(bool(menu.actions()))  # nothing of it for this user's roles
        file_menu.addSeparator()
        self.user_session.add_actions(file_menu)
        refresh = self._action(file_menu, self.tr("刷新"), self.refresh_all, "refresh")
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)  # F5: rows written by another window or the command line
        quit_action = self._action(file_menu, self.tr("退出"), self.close, "quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        for module in modules:  # 用户 and 操作日志 are the accounts module's pages: the administrator's
            for page in module.settings_pages:
                self._action(settings_menu, _t(page.title) + "…", lambda k=page.key: self.open_settings(k), f"settings-{page.key}")
        settings_menu.addSeparator()
        self._action(settings_menu, self.tr("等待其他写入的时间…"), self.set_wait, "settings-wait")
        language_menu = settings_menu.addMenu(self.tr("语言"))
        group = QActionGroup(self)
        current = self.ctx.settings.value("ui/language", "zh_CN")
        for code, name in LANGUAGES:
            action = self._action(language_menu, name, lambda c=code: self.set_language(c), f"language-{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self._action(help_menu, self.tr("使用说明"), self.show_guide, "guide").setShortcut(QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("关于"), self.show_about, "about")

    def _action(self, menu, text: str, slot, name: str) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def action(self, name: str) -> QAction:
        found = self.findChild(QAction, name)
        if found is None:
            raise KeyError(name)
        return found

    def refresh_status(self, *_args) -> None:
        user = self.ctx.user
        roles = "、".join(QCoreApplication.translate("UsersPage", ROLE_NAMES[r]) for r in user.roles) if user else ""
        user = self.tr("用户：%1（%2）　").replace("%1", user.name).replace("%2", roles) if user else ""
        self.db_label.setText(user + self.tr("数据文件：%1").replace("%1", str(self.ctx.db_path))
                              + (self.tr("（另一个程序窗口也打开了这个文件：两处都可使用，保存时依次写入）") if self.shared else ""))
        if self.ctx.db is None:
            self.loading.setText(self.loading.text() or self.tr("正在打开数据文件…"))
            self.term_label.clear()
            return
        from logistics_desktop.directory.figures import first_screen

        head = self.ctx.read(first_screen)
        self.term_label.setText(self.tr("当前学期：%1").replace("%1", head["term"]) if head["term"] else self.tr("当前学期：未设置"))
        title = self.tr("校园后勤台账")
        self.setWindowTitle(f"{title} — {head['school']}" if head["school"] else title)

    # ------------------------------------------------------------ actions

    def refresh_all(self) -> None:
        """Every page and 首页 read the file again (another window or the command line may have written to it)."""
        if self.ctx.db is not None:
            self.ctx.changed.emit("directory")  # every page reloads on a change of the shared directories

    def set_wait(self) -> None:
        """How long a save waits for another writer (an import from the command line) before it says so."""
        from PySide6.QtWidgets import QInputDialog

        from logistics_desktop.core.dbfile import WAIT_ENV, wait_seconds

        seconds, ok = QInputDialog.getInt(self, self.tr("等待其他写入的时间"), self.tr("保存时数据文件正被另一处写入，最多等待（秒）："),
                                          int(wait_seconds()), 1, 600)
        if not ok:
            return
        self.ctx.settings.setValue("data/wait_seconds", seconds)
        os.environ[WAIT_ENV] = str(seconds)
        if self.ctx.db is not None:
            self.ctx.db.engine.dispose()  # the next connections take the new wait

    def open_target(self, target: str) -> None:
        """Open what a 首页 line points at: a settings page, or a record in a module's tab."""
        key, _, reference = target.partition(":")
        if key == "settings":
            self.open_settings(reference)
            return
        widget = self.tab_widgets.get(key)
        if widget is not None and hasattr(widget, "open_reference"):
            self.tabs.setCurrentWidget(dict.__getitem__(self.tab_widgets, key))
            widget.open_reference(reference)

    def open_settings(self, key: str | None = None, *, modal: bool = True):
        from logistics_desktop.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, key, self)
        self.settings_dialog = dialog
        if modal:
            dialog.exec()
            self.settings_dialog = None
        else:
            dialog.show()
        return dialog

    def backup_now(self, dest: Path | None = None) -> Path | None:
        from logistics_desktop.core.backup import backup_database, backup_folder

        if dest is None:
            from datetime import datetime

            suggested = f"{self.ctx.db_path.stem}-备份-{datetime.now():%Y%m%d-%H%M}.sqlite3"  # two backups a day keep apart
            dest = ask_save_path(self, self.tr("备份到"), suggested, self.tr("数据文件 (*.sqlite3)"), ".sqlite3",
                                 folder=backup_folder(self.ctx.db_path))
            if dest is None:
                return None
        path = backup_database(self.ctx.db_path, dest)
        self.statusBar().showMessage(self.tr("已备份到 %1").replace("%1", str(path)), 8000)
        return path

    def restore_from(self, source: Path | None = None, *, confirm: bool = True) -> bool:
        from logistics_desktop.core.backup import backup_folder, restore_database
        from logistics_desktop.core.db import open_database

        if source is None:
            source = ask_open_path(self, self.tr("选择备份文件"), self.tr("数据文件 (*.sqlite3 *.db);;所有文件 (*)"),
                                   folder=backup_folder(self.ctx.db_path))
            if source is None:
                return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("从备份恢复"),
                self.tr("用“%1”替换当前数据？当前数据会先另存一份备份。").replace("%1", Path(source).name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        target = self.ctx.db_path
        self.ctx.db.close()
        try:
            restore_database(Path(source), target)
        except (InputError, DatabaseRefused) as exc:
            QMessageBox.warning(self, self.tr("无法恢复"), str(exc))
            self.ctx.replace_database(open_database(target, backup=False))
            return False
        self.ctx.replace_database(open_database(target, backup=False))
        self.statusBar().showMessage(self.tr("已从 %1 恢复").replace("%1", str(source)), 8000)
        return True

    def import_kind(self, kind, path: Path | None = None, ask=None, confirm=None):
        from logistics_desktop.widgets.import_dialog import run_import

        report = run_import(self, kind, self.ctx.session, path, ask=ask, confirm=confirm)
        if report is not None and report.written:
            from logistics_desktop.core.modules import owner

            # the module's pages reload on their module's key (staff imported: every page's people lists)
            self.ctx.changed.emit(owner(all_modules(), kind).key)
        return report

    def export_kind(self, kind, path: Path | None = None) -> Path | None:
        path = path or ask_xlsx_path(self, self.tr("导出"), f"{_t(kind.title)}.xlsx")
        if path is None:
            return None
        from logistics_desktop.core.modules import owner

        if owner(all_modules(), kind).role == "health":
            self.ctx.log_health_access("导出", {"kind": kind.key, "file": path.name})
        n = self.ctx.read(kind.export_file, path)
        self.statusBar().showMessage(self.tr("已导出 %1 条到 %2").replace("%1", str(n)).replace("%2", str(path)), 8000)
        return path

    def print_form(self, printable, options: dict | None = None):
        from logistics_desktop.widgets.options_dialog import ask_options
        from logistics_desktop.widgets.pdf_preview import preview_report

        if options is None:
            options = ask_options(self, printable)
            if options is None:
                return None

        from logistics_desktop.core.modules import owner

        role = (printable.reading_role(options) if printable.reading_role else None) or owner(all_modules(), printable).role
        if not self.ctx.opens(role):
            QMessageBox.warning(self, _t(printable.title), self.tr("这份资料含有您的角色不能查看的记录"))
            return None
        if role == "health":
            self.ctx.log_health_access("打印", {"form": printable.key} | {k: str(v) for k, v in options.items() if v})
        try:
            return preview_report(self, _t(printable.title), lambda: self.ctx.read(printable.build, options))
        except InputError as exc:
            QMessageBox.warning(self, _t(printable.title), str(exc))
            return None

    def set_language(self, code: str) -> None:
        self.ctx.settings.setValue("ui/language", code)
        self.ctx.settings.sync()
        if self.language_changer:
            self.language_changer(code)
        QTimer.singleShot(0, self.rebuild)  # not from inside the menu that is being replaced

    def show_guide(self) -> QDialog:
        from logistics_desktop.shell.help import show_guide

        return show_guide(self)

    def show_about(self) -> None:
        from logistics_desktop.shell.help import show_about

        show_about(self)

    def _geometry_key(self) -> str:
        area = self.screen().availableGeometry()
        return f"window/geometry/{area.width()}x{area.height()}"  # the laptop and the office monitor each have theirs

    def closeEvent(self, event) -> None:  # noqa: N802
        backup_of_the_day(self.ctx)
        if self.file_lock is not None:
            self.file_lock.unlock()
        self.ctx.settings.setValue(self._geometry_key(), self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)


def center_on_screen(window) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen:
        frame = window.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        window.move(frame.topLeft())
