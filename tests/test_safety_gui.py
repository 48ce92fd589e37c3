"""The 安全巡查 tab driven as a clerk drives it: keys 1/2/3 in the checklist, forms typed, dialogs answered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from sqlmodel import select

from logistics_desktop.directory import service as directory
from logistics_desktop.safety import service
from logistics_desktop.safety.models import Hazard, Patrol
from logistics_desktop.safety.view import HazardsPage, PatrolPage, TemplatesPage, VisitorsPage
from logistics_desktop.widgets.forms import FormDialog
from tests.conftest import type_text
from tests.test_gui import show_active


def focused():
    return QApplication.focusWidget()


def prepare(ctx):
    with ctx.session() as session:
        directory.save_school(session, {"name": "实验小学", "kind": "小学"})
        for name in ("王安全", "李巡查", "张电工"):
            directory.save(session, directory.STAFF, {"name": name})


def test_a_patrol_entered_with_the_keyboard_where_an_abnormal_answer_opens_a_hazard(qtbot, ctx):
    prepare(ctx)
    page = show_active(qtbot, PatrolPage(ctx))
    page.choose_area(page.area.itemData(page.area.findText("每日防火巡查", Qt.MatchFlag.MatchStartsWith)))
    page.patroller.setFocus()
    type_text(page.patroller.lineEdit(), "李巡查")
    table = page.table
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_1)  # 正常, and down
    qtbot.keyClick(table, Qt.Key.Key_2)  # 异常: the note cell opens
    type_text(focused(), "二楼东侧安全出口堆放纸箱")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # back to the next item's answer
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits in a queued call
    assert (table.currentRow(), table.currentColumn()) == (2, 2)
    qtbot.keyClick(table, Qt.Key.Key_3)  # 不适用
    assert [table.answer(r) for r in range(3)] == ["正常", "异常", "不适用"]
    assert page.hazard_table.rowCount() == 1 and page.hazard_table.isVisible()
    assert page.hazard_table.item(0, 2).text().endswith("：二楼东侧安全出口堆放纸箱")
    # saving before every item is answered: the unanswered are marked, nothing is written
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "未填写结果" in page.errors.text()
    assert table.item(3, 2).background().color().name() == "#ffcdd2"
    page.ui.allNormal.click()
    page.hazard_table.item(0, 5).setText("张电工")
    assert page.hazard_table.item(0, 1).text() == ""  # the place is where it was found, never the checklist's name
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "请填写隐患部位" in page.errors.text() and page.hazard_table.item(0, 1).background().color().name() == "#ffcdd2"
    page.hazard_table.item(0, 1).setText("二楼东侧安全出口")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.errors.text().startswith("已保存")
    with ctx.session() as session:
        patrol = session.exec(select(Patrol)).one()
        hazard = session.exec(select(Hazard)).one()
        answers = service.patrol_answers(session, patrol.id)
    assert patrol.patroller == "李巡查"
    assert [a.answer for a in answers[:3]] == ["正常", "异常", "不适用"] and all(a.answer == "正常" for a in answers[3:])
    assert (hazard.status, hazard.responsible, hazard.finder) == ("待整改", "张电工", "李巡查")
    assert hazard.answer_id == answers[1].id
    assert page.recent_model.rowCount() == 1
    # the next patrol: the same item abnormal again is placed where its last hazard was
    table.setFocus()
    table.setCurrentCell(1, 2)
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert page.hazard_table.item(0, 1).text() == "二楼东侧安全出口"


def test_a_recheck_by_the_rectifier_is_refused_in_the_dialog(qtbot, ctx):
    prepare(ctx)
    with ctx.session() as session:
        hazard_id = service.open_hazard(session, {"finder": "王安全", "place": "配电房", "description": "配电箱未上锁", "responsible": "张电工"})
        service.advance(session, hazard_id, "开始整改", by="张电工")
        service.advance(session, hazard_id, "整改完成", by="张电工", note="已加锁")
    page = show_active(qtbot, HazardsPage(ctx))
    page.show_hazard(hazard_id)
    assert page.step_buttons["复查通过"].isEnabled() and not page.step_buttons["开始整改"].isEnabled()
    seen = {}

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog) and w.isVisible())
        dialog.form.editors["by"].set_value("张电工")
        dialog.findChild(QPushButton, "ok").click()
        seen["first"] = dialog.form.editors["by"].error.text()
        dialog.form.editors["by"].set_value("王安全")
        dialog.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, answer)
    page.step("复查通过")
    assert seen["first"] == "复查须由整改人（张电工）以外的人进行"
    with ctx.session() as session:
        assert session.get(Hazard, hazard_id).status == "已销号"
    assert "复查通过　王安全" in page.detail.text()


def test_visitor_id_numbers_are_masked_on_screen(qtbot, ctx):
    prepare(ctx)
    page = show_active(qtbot, VisitorsPage(ctx))
    for key, text in (("name", "周先生"), ("id_number", "11010519491231002X"), ("reason", "送教具")):
        editor = page.form.editors[key].editor
        editor.setFocus()
        type_text(editor, text)
    page.form.editors["visited"].set_value("王安全")
    page.form.editors["visited"].editor.lineEdit().setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter in the last field signs the visitor in
    assert page.model.rowCount() == 1
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert "**************002X" in shown and not any("110105" in str(s) for s in shown)
    column = shown.index("**************002X")  # and the column is wide enough that its last 4 are seen, not elided
    assert page.table.columnWidth(column) >= page.table.fontMetrics().horizontalAdvance("**************002X")
    assert "仍在校内" in shown
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.sign_out()
    assert page.model.data(page.model.index(0, 1)) != "仍在校内"
    # a bad ID number is refused beside its field
    page.form.editors["name"].set_value("吴女士")
    page.form.editors["id_number"].set_value("110105194912310021")
    page.form.editors["reason"].set_value("维修")
    page.form.editors["visited"].set_value("王安全")
    page.sign_in()
    assert page.form.editors["id_number"].error.text() == "身份证号码校验位不对，请核对"
    assert page.model.rowCount() == 1


def test_templates_edited_in_settings_and_a_retired_item_greyed(qtbot, ctx, monkeypatch):
    prepare(ctx)
    page = show_active(qtbot, TemplatesPage(ctx))
    page.new_area()
    type_text(page.form.editors["name"].editor, "实验室")
    page.form.editors["frequency"].set_value("每周")
    page.save_area()
    assert page.areas.currentItem().text().startswith("实验室")
    page.add_item("危险化学品双人双锁")
    page.add_item("通风橱运行正常")
    page.add_item("通风橱运行正常")
    assert page.message.text() == "本巡查表已有“通风橱运行正常”"
    page.items.setCurrentRow(1)
    page.move(-1)
    assert [page.items.item(i).text() for i in range(2)] == ["通风橱运行正常", "危险化学品双人双锁"]
    page.toggle_retired()
    assert page.items.item(0).text().endswith("（已停用）")
    with ctx.session() as session:
        area = service.area_by_name(session, "实验室")
        assert [i.text for i in service.items(session, area.id)] == ["危险化学品双人双锁"]


def test_the_safety_tab_opens_from_home_targets(qtbot, demo_ctx):
    from logistics_desktop.safety.view import SafetyTab

    tab = show_active(qtbot, SafetyTab(demo_ctx))
    with demo_ctx.session() as session:
        late = session.exec(select(Hazard).where(Hazard.place == "操场北侧围墙")).one()
    tab.open_reference(f"hazard:{late.id}")
    assert tab.currentWidget() is tab.hazards
    assert tab.hazards.model.rows[tab.hazards.table.currentIndex().row()]["id"] == late.id
    assert tab.hazards.model.data(tab.hazards.table.currentIndex(), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    tab.open_reference("extinguishers")
    assert tab.currentWidget() is tab.extinguishers and tab.extinguishers.model.rowCount() >= 40
    tab.open_reference("visitors")
    assert tab.visitors.inside_only.isChecked()


def test_several_checklists_selected_in_settings_print_as_one_route(qtbot, ctx, monkeypatch):
    prepare(ctx)
    page = show_active(qtbot, TemplatesPage(ctx))
    for row in (0, 5):  # 每日防火巡查 and 食堂, picked with Ctrl
        page.areas.item(row).setSelected(True)
    assert page.selected_names() == ["每日防火巡查", "食堂"]
    monkeypatch.setattr("logistics_desktop.safety.view.templates.QInputDialog.getInt", lambda *args: (2, True))  # 2 copies
    preview = page.print_selected()  # the real preview, over the real PDF
    qtbot.addWidget(preview)
    import pypdf

    pages = [p.extract_text() for p in pypdf.PdfReader(preview.pdf_path).pages]
    text = "".join(pages)
    assert "一、每日防火巡查" in text and "二、食堂" in text
    assert text.count("一、每日防火巡查") == 2  # each copy the whole route
    assert pages[-1].strip().endswith(f"共 {len(pages) // 2} 页") or f"共 {len(pages) // 2} 页" in pages[-1]
    preview.close()


def test_a_deadline_extended_from_the_hazard_list(qtbot, ctx):
    from datetime import date, timedelta

    prepare(ctx)
    with ctx.session() as session:
        hazard_id = service.open_hazard(session, {"finder": "王安全", "place": "操场", "description": "围墙砖块松动", "responsible": "张电工"})
    page = show_active(qtbot, HazardsPage(ctx))
    page.show_hazard(hazard_id)
    assert page.edit_button.isEnabled()
    later = date.today() + timedelta(days=30)

    def answer():
        dialog = page.dialog
        dialog.form.editors["deadline"].set_value(later)
        dialog.form.editors["by"].set_value("王安全")
        dialog.findChild(QPushButton, "ok").click()
        assert dialog.form.editors["reason"].error.text() == "修改整改期限须写明原因"
        dialog.form.editors["reason"].set_value("需请施工单位")
        dialog.findChild(QPushButton, "ok").click()

    QTimer.singleShot(0, answer)
    page.edit()
    with ctx.session() as session:
        assert session.get(Hazard, hazard_id).deadline == later
    assert "修改　王安全" in page.detail.text() and "需请施工单位" in page.detail.text()


def test_templates_imported_through_the_wizard(qtbot, ctx, tmp_path):
    import openpyxl

    from logistics_desktop.core.modules import find_data_kind
    from logistics_desktop.modules import all_modules
    from logistics_desktop.widgets.import_dialog import run_import

    prepare(ctx)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["区域", "频次", "复核签字", "类别", "检查项目"])
    sheet.append(["宿舍", "每日", "否", "消防安全", "宿舍无违规电器"])
    sheet.append(["宿舍", "每日", "否", "消防安全", "宿舍疏散通道畅通"])
    book.save(tmp_path / "t.xlsx")
    seen = []
    report = run_import(None, find_data_kind(all_modules(), "patrol-templates"), ctx.session, tmp_path / "t.xlsx",
                        confirm=lambda preview: seen.append(preview) or True, ask=lambda problems: "")
    assert seen and report.imported == 1
    with ctx.session() as session:
        assert [i.text for i in service.items(session, service.area_by_name(session, "宿舍").id)] == ["宿舍无违规电器", "宿舍疏散通道畅通"]
