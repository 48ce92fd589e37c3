"""The real widgets, driven with qtbot: first run, settings pages, menus, printing, language, restore."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from logistics_desktop.core.db import open_database
from logistics_desktop.directory import service
from logistics_desktop.directory.view import DirectoryPage, SchoolPage
from logistics_desktop.shell.context import AppContext
from logistics_desktop.shell.first_run import FirstRunDialog, needs_first_run
from logistics_desktop.shell.main_window import MainWindow
from tests.conftest import type_text


def reopen(path):
    return open_database(path, backup=False)


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def show_active(qtbot, widget):
    """Keyboard focus moves only inside the active window."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


# ------------------------------------------------------------------ first run


def test_first_run_filled_with_the_keyboard(qtbot, ctx):
    assert needs_first_run(ctx)
    dialog = show_active(qtbot, FirstRunDialog(ctx))
    name = dialog.form.editors["name"].editor
    type_text(name, "阳光幼儿园")
    press(qtbot, name, Qt.Key.Key_Tab)
    kind = dialog.form.editors["kind"].editor
    assert kind.hasFocus()
    press(qtbot, kind, Qt.Key.Key_Down)  # 小学 -> 幼儿园
    term = dialog.form.editors["term_name"].editor
    term.selectAll()
    type_text(term, "2026年秋季学期")
    press(qtbot, term, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    path = ctx.db.path
    ctx.db.close()
    db = reopen(path)
    with db.session() as session:
        school = service.get_school(session)
        assert (school.name, school.kind) == ("阳光幼儿园", "幼儿园")
        assert service.current_term(session).name == "2026年秋季学期"
    db.close()


def test_first_run_bad_term_shows_the_message_beside_the_field_and_writes_nothing(qtbot, ctx):
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.editors["name"].editor, "实验小学")
    dialog.form.editors["term_end"].editor.setDate(QDate(2026, 8, 1))
    dialog.form.editors["term_start"].editor.setDate(QDate(2026, 9, 1))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    error = dialog.form.editors["term_end"].error
    assert error.isVisible() and error.text() == "结束日期应晚于开始日期"
    assert not dialog.form.editors["name"].error.isVisible()
    assert dialog.isVisible()
    with ctx.session() as session:
        assert service.get_school(session) is None  # the school was rolled back with the term


def test_first_run_loads_the_demo_school(qtbot, ctx):
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.demo.setChecked(True)
    assert not dialog.form.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    with ctx.session() as session:
        assert service.count(session, service.ROOMS) == 60


# ------------------------------------------------------------------ settings pages


def test_staff_page_new_record_with_the_keyboard_survives_reopening(qtbot, ctx):
    page = show_active(qtbot, DirectoryPage(service.STAFF, ctx))
    press(qtbot, page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name = page.form.editors["name"].editor
    assert name.hasFocus()
    type_text(name, "周晓燕")
    press(qtbot, name, Qt.Key.Key_Tab)
    post = page.form.editors["post"].editor
    assert post.hasFocus()
    type_text(post, "保健医")
    press(qtbot, post, Qt.Key.Key_Tab)
    phone = page.form.editors["phone"].editor
    qtbot.keyClicks(phone, "0571-8765 4321")
    press(qtbot, phone, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.count.text() == "共 1 条"
    # the next name and Enter is the next person, not a rename of the one just saved
    assert name.hasFocus() and page.form.editors["name"].value() == "" and "已保存“周晓燕”" in page.form_title.text()
    type_text(name, "李娜")
    press(qtbot, name, Qt.Key.Key_Return)
    assert sorted(r["name"] for r in page.model.rows) == ["周晓燕", "李娜"]
    path = ctx.db.path
    ctx.db.close()
    db = reopen(path)
    with db.session() as session:
        assert next(r for r in service.rows(session, service.STAFF) if r["name"] == "周晓燕") | {"id": 0} == {
            "id": 0, "name": "周晓燕", "post": "保健医", "phone": "0571-8765 4321", "active": True}
    db.close()


def test_bad_value_shows_its_message_beside_the_field_and_writes_nothing(qtbot, ctx):
    page = show_active(qtbot, DirectoryPage(service.STAFF, ctx))
    type_text(page.form.editors["name"].editor, "周晓燕")
    qtbot.keyClicks(page.form.editors["phone"].editor, "call me")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.editors["phone"].error
    assert error.isVisible() and "格式不对" in error.text()
    assert page.form.editors["phone"].editor.hasFocus()
    with ctx.session() as session:
        assert service.count(session, service.STAFF) == 0
    # typing in the field clears its message
    qtbot.keyClick(page.form.editors["phone"].editor, Qt.Key.Key_Backspace)
    assert not error.isVisible()


def test_rooms_page_search_edit_and_refused_delete(qtbot, demo_ctx, monkeypatch):
    page = DirectoryPage(service.ROOMS, demo_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 60
    type_text(page.search, "计算机")
    assert [r["name"] for r in page.model.rows] == ["计算机教室一", "计算机教室二"]
    assert page.count.text() == "共 60 条，显示 2 条"
    page.search.clear()
    qtbot.keyClicks(page.search, "jsjjs")  # the pinyin initials, typed without an input method
    assert [r["name"] for r in page.model.rows] == ["计算机教室一", "计算机教室二"]
    page.search.clear()
    type_text(page.search, "计算机")
    page.table.selectRow(0)
    assert page.form.editors["name"].value() == "计算机教室一"
    floor = page.form.editors["floor"].editor
    floor.selectAll()
    qtbot.keyClicks(floor, "3")
    press(qtbot, floor, Qt.Key.Key_Return)
    with demo_ctx.session() as session:
        assert service.rows(session, service.ROOMS, "计算机教室一")[0]["floor"] == 3

    # a head teacher cannot be deleted
    staff_page = DirectoryPage(service.STAFF, demo_ctx)
    qtbot.addWidget(staff_page)
    with demo_ctx.session() as session:
        head = service.rows(session, service.CLASSES)[0]["head_teacher"]
    type_text(staff_page.search, head)
    staff_page.table.selectRow(0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    staff_page.delete_record()
    assert warnings and "不能删除" in warnings[0] and "班级 1 条" in warnings[0]
    with demo_ctx.session() as session:
        assert head in service.staff_names(session)


def test_school_page_saves_and_validates(qtbot, ctx):
    page = SchoolPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.editors["name"].error.text() == "请填写学校名称"
    type_text(page.form.editors["name"].editor, "实验小学")
    press(qtbot, page.form.editors["name"].editor, Qt.Key.Key_Return)
    assert page.status.text() == "已保存"
    with ctx.session() as session:
        assert service.get_school(session).name == "实验小学"


def test_import_through_the_page_with_problems_then_good_rows_only(qtbot, demo_ctx, tmp_path):
    path = tmp_path / "新教师.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年新进教职工"])
    ws.append(["姓名", "岗位", "联系电话"])
    ws.append(["新老师甲", "语文教师", "13800001111"])
    ws.append(["新老师乙", "数学教师", "打不通"])
    wb.save(path)
    page = DirectoryPage(service.STAFF, demo_ctx)
    qtbot.addWidget(page)
    seen = []

    def answer(dialog):
        seen.append(dialog.problems.toPlainText())
        return "skip"

    report = page.import_file(path, ask=answer, confirm=lambda preview: True)
    assert seen == ["第 4 行，联系电话：电话“打不通”格式不对，只能含数字、空格、+ 和 -"]
    assert report.imported == 1
    assert page.model.rowCount() == 41


# ------------------------------------------------------------------ main window


@pytest.fixture
def window(qtbot, demo_ctx):
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_main_window_is_built_from_the_modules(window, demo_ctx):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["首页", "资产", "食堂", "卫生保健", "安全巡查", "计划与总结"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "设置(&S)", "帮助(&H)"]
    for name in ("backup", "restore", "import-staff", "import-rooms", "import-assets", "export-classes", "print-staff-list", "print-asset-labels",
                 "print-room-list", "quit", "settings-school", "settings-terms", "settings-staff", "settings-rooms",
                 "settings-classes", "language-zh_CN", "language-en", "guide", "about"):
        assert window.action(name)
    assert str(demo_ctx.db.path) in window.db_label.text()
    assert window.term_label.text() == "当前学期：2026—2027学年第一学期"
    assert window.windowTitle() == "校园后勤台账 — 示范区实验小学"
    home = window.tab_widgets["home"]
    assert home.school.text() == "示范区实验小学（小学）"
    assert home.directory.text() == "教职工 40 人 · 房间 60 间 · 班级 18 个"


def test_home_lists_duties_and_opens_their_page(qtbot, ctx):
    with ctx.session() as session:
        service.save_school(session, {"name": "实验小学", "kind": "小学"})
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    home = win.tab_widgets["home"]
    # a new file: the term to set, and the safety duties as two lines, not one per checklist
    assert home.duty_texts() == ["未设置当前学期：请在 设置 → 学期 中设置", "尚无疏散演练记录（每月至少一次）",
                                 "尚无巡查记录：可先打印空白巡查表（安全巡查 → 巡查记录），巡查后录入"]
    opened = []

    def close_settings():
        dialog = QApplication.activeModalWidget()
        opened.append(dialog.list.currentItem().text())
        dialog.reject()

    QTimer.singleShot(200, close_settings)
    with qtbot.waitSignal(home.open_target) as signal:
        home.items.itemActivated.emit(home.items.topLevelItem(0), 0)  # double-click or Enter
    assert signal.args == ["settings:terms"]
    assert opened == ["学期"]
    with ctx.session() as session:
        today = date.today()
        service.save(session, service.TERMS, {"name": "本学期", "start": date(today.year - 1, 1, 1), "end": date(today.year + 1, 7, 1), "is_current": True})  # term end far off: no stocktake due
    ctx.changed.emit("directory")
    assert home.duty_texts() == ["尚无疏散演练记录（每月至少一次）", "尚无巡查记录：可先打印空白巡查表（安全巡查 → 巡查记录），巡查后录入"]
    assert "本学期" in win.term_label.text()


def test_window_geometry_is_remembered(qtbot, demo_ctx):
    first = MainWindow(demo_ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # on the 1366×768 offscreen screen (tests/office_screen.json)
    first.move(40, 30)
    where = first.geometry()
    first.close()
    second = MainWindow(AppContext(demo_ctx.db))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert second.geometry() == where


def test_print_preview_printer_and_saved_pdf_are_one_file(qtbot, window, tmp_path, monkeypatch):
    from logistics_desktop.core.modules import find_printable
    from logistics_desktop.modules import all_modules

    dialog = window.print_form(find_printable(all_modules(), "room-list"), {})
    qtbot.addWidget(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 2
    target = tmp_path / "房间清单.pdf"
    monkeypatch.setattr("logistics_desktop.widgets.files.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_pdf()
    assert target.read_bytes() == dialog.pdf_path.read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)  # enough to prove the pages go through; 1200 dpi takes seconds
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == 2
    excel = tmp_path / "房间清单.xlsx"
    monkeypatch.setattr("logistics_desktop.widgets.files.QFileDialog.getSaveFileName", lambda *a, **k: (str(excel), ""))
    dialog.save_excel()
    assert openpyxl.load_workbook(excel).active["A1"].value == "房间（存放地点）清单"


def test_switch_to_english_and_back(qtbot, window, demo_ctx):
    from logistics_desktop.app import create_application

    app = create_application("zh_CN")
    window.language_changer = app._translators.install
    window.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Home")
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Settings", "&Help"]
    assert window.tab_widgets["home"].directory.text() == "40 staff · 60 rooms · 18 classes"
    assert demo_ctx.settings.value("ui/language") == "en"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "首页")


def test_backup_and_restore_from_the_menu(qtbot, window, demo_ctx, tmp_path):
    saved = window.backup_now(tmp_path / "before.sqlite3")
    with demo_ctx.session() as session:
        service.save(session, service.STAFF, {"name": "误录入的人"})
    assert window.restore_from(saved, confirm=False)
    with demo_ctx.session() as session:
        assert "误录入的人" not in service.staff_names(session)
    assert window.tab_widgets["home"].directory.text() == "教职工 40 人 · 房间 60 间 · 班级 18 个"


def test_restore_refuses_a_non_database_and_keeps_working(qtbot, window, demo_ctx, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert not window.restore_from(bad, confirm=False)
    assert shown and "不是本程序的数据文件" in shown[0]
    with demo_ctx.session() as session:
        assert service.count(session, service.STAFF) == 40


def test_settings_dialog_has_every_page(qtbot, window):
    dialog = window.open_settings("rooms", modal=False)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.pages["rooms"], DirectoryPage)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["学校", "学期", "人员", "房间", "班级", "资产分类", "分类推断词", "供货单位", "从业人员健康证", "消毒要求",
                                                                                  "贫血界值", "巡查表模板", "灭火器类型", "用户", "操作日志"]
    dialog.show_page("school")
    assert isinstance(dialog.pages["school"], SchoolPage)


def test_user_guide_opens(qtbot, window):
    dialog = window.show_guide()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTextBrowser

    assert "使用说明" in dialog.findChild(QTextBrowser).toPlainText()


def test_many_void_calls_do_not_crash_the_interpreter():
    """PySide6 6.12.0 on Python 3.11 aborts after a few thousand calls returning nothing (DESIGN.md)."""
    import subprocess
    import sys

    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel()\n"
        "for i in range(20000): label.setText(str(i))\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr




def test_long_work_runs_off_the_gui_thread_and_can_be_cancelled(qtbot):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from logistics_desktop.core.errors import Cancelled
    from logistics_desktop.widgets.task import run_task

    gui_thread = threading.get_ident()

    def count(limit, progress):
        for i in range(limit):
            progress(i, limit)
            threading.Event().wait(0.01)
        return threading.get_ident()

    assert run_task(None, "计数", count, 5) != gui_thread

    watch = QTimer()  # looks every 20 ms: the dialog shows after SHOW_AFTER_MS, however slow the machine

    def cancel_when_shown():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()), None)
        if dialog is not None:
            watch.stop()
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # 取消

    watch.timeout.connect(cancel_when_shown)
    watch.start(20)
    with pytest.raises(Cancelled):
        run_task(None, "计数", count, 10_000)
    assert not watch.isActive()


def test_cancelled_import_writes_nothing(qtbot, db, tmp_path):
    from logistics_desktop.core.errors import Cancelled, Progress

    wb = openpyxl.Workbook()
    wb.active.append(["姓名"])
    for i in range(120):
        wb.active.append([f"教师{i}"])
    wb.save(tmp_path / "staff.xlsx")

    class CancelOnTheLastChunk(Progress):
        """Reports come every 50 rows: the one at row 100 is the last before the end of the 120 rows."""

        def report(self, done, total):
            if done >= 100:
                self.cancelled = True

    with pytest.raises(Cancelled), db.session() as session:
        service.import_file(session, service.STAFF, tmp_path / "staff.xlsx", progress=CancelOnTheLastChunk())
    with db.session() as session:
        assert service.count(session, service.STAFF) == 0


def test_a_cancel_after_the_last_row_of_a_window_import_writes_nothing(qtbot, ctx, tmp_path, monkeypatch):
    """The import wizard's worker checks for a cancel once more just before it commits."""
    from logistics_desktop.core.errors import Progress
    from logistics_desktop.core.modules import find_data_kind
    from logistics_desktop.modules import all_modules
    from logistics_desktop.widgets import import_dialog

    wb = openpyxl.Workbook()
    wb.active.append(["姓名"])
    for i in range(5):
        wb.active.append([f"教师{i}"])
    wb.save(tmp_path / "staff.xlsx")

    def run_task(parent, title, work):  # the worker, run here, with the clerk pressing 取消 as the last row is read
        progress = Progress()

        def report(done, total):
            if done >= total:
                progress.cancelled = True

        progress.report = report
        return work(progress)

    monkeypatch.setattr("logistics_desktop.widgets.task.run_task", run_task)
    report = import_dialog.run_import(None, find_data_kind(all_modules(), "staff"), ctx.session, tmp_path / "staff.xlsx",
                                      confirm=lambda preview: True, ask=lambda problems: "")
    assert report is None
    with ctx.session() as session:
        assert service.count(session, service.STAFF) == 0


def test_the_demo_loads_with_progress_and_every_page_shows_it_at_once(qtbot, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    window = show_active(qtbot, MainWindow(ctx))
    dialog = show_active(qtbot, FirstRunDialog(ctx, window))
    dialog.demo.setChecked(True)
    seen = []

    def look():  # while the demo is written: a progress dialog, and the event loop turning
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if shown:
            seen.append((shown[0].value(), shown[0].maximum()))
        if dialog.isVisible():
            QTimer.singleShot(100, look)

    QTimer.singleShot(0, look)
    dialog.start_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert seen and max(total for _, total in seen) > 1  # progress by steps, the window answering meanwhile
    canteen = window.tab_widgets["canteen"]
    page = canteen.acceptance
    assert page.supplier.count() > 0 and page.acceptor1.count() > 2  # no restart needed to see the demo's people
    assert "尚未填写学校名称" not in window.tab_widgets["home"].school.text()


def test_an_import_of_staff_reaches_the_people_lists_of_the_pages_at_once(qtbot, ctx, tmp_path):
    import openpyxl

    from logistics_desktop.core.modules import find_data_kind
    from logistics_desktop.modules import all_modules

    window = show_active(qtbot, MainWindow(ctx))
    kind = find_data_kind(all_modules(), "staff")
    from logistics_desktop.directory import service as directory

    sheet = tmp_path / "教职工.xlsx"
    book = openpyxl.Workbook()
    book.active.append([f.label for f in directory.STAFF.fields])
    book.active.append(["周新来" if f.key == "name" else None for f in directory.STAFF.fields])
    book.save(sheet)
    page = window.tab_widgets["canteen"].acceptance
    assert page.acceptor1.findText("周新来") < 0
    report = window.import_kind(kind, sheet, ask=lambda *_: "", confirm=lambda *_: True)
    assert report is not None and report.imported == 1
    assert page.acceptor1.findText("周新来") >= 0  # no restart, no switching tabs


def test_about_says_the_version_the_schema_the_data_folder_and_the_licences(window, demo_ctx):
    from logistics_desktop import __version__
    from logistics_desktop.core.migrations import HEAD
    from logistics_desktop.paths import user_data_dir

    window.action("about").trigger()
    box = window.about_box
    assert box.text() == f"校园后勤台账 {__version__}"
    info = box.informativeText()
    assert f"数据库结构版本：{HEAD}（本程序：{HEAD}）" in info and str(user_data_dir()) in info and str(demo_ctx.db_path) in info
    assert "PySide6" in box.detailedText() and "文泉驿微米黑" in box.detailedText()
    assert not window.windowIcon().isNull()  # the program's icon on every window
    box.close()
