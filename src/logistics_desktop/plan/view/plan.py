"""学期计划: the current term's items by month, typed in the form below, pasted from the Word plan, imported from a file
or copied from another term; done by their records or ticked by hand; printed for the notice board."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.plan import service
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

COLUMNS = [("month_shown", QT_TRANSLATE_NOOP("Field", "月份")), ("area_shown", QT_TRANSLATE_NOOP("Field", "类别")),
           ("what", QT_TRANSLATE_NOOP("Field", "工作内容")), ("who", QT_TRANSLATE_NOOP("Field", "负责人")),
           ("duty_title", QT_TRANSLATE_NOOP("Field", "对应记录")), ("status_shown", QT_TRANSLATE_NOOP("Field", "完成情况"))]


class PlanPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "plan", parent)
        ui = self.ui = load_ui("plan/plan.ui", self)
        self.model = RowsModel([(k, QCoreApplication.translate("Field", h)) for k, h in COLUMNS], self, flag="late")
        self.table = rows_view(self.model, ui.items)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(service.fields()))
        self.form.submitted.connect(self.save)
        self.message, self.item_id = ui.message, None
        ui.save.clicked.connect(self.save)
        ui.newItem.clicked.connect(self.new_item)
        ui.markDone.clicked.connect(self.mark_done)
        ui.undoDone.clicked.connect(self.undo_done)
        ui.remove.clicked.connect(self.remove)
        ui.paste.clicked.connect(self.paste)
        ui.importFile.clicked.connect(self.import_file)
        ui.copy.clicked.connect(self.copy_from)
        ui.printPlan.clicked.connect(self.print_plan)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.reload()
        self.form.set_values(self._blank())  # a new item of this month, ready to type

    def reload(self) -> None:
        from logistics_desktop.directory import service as directory

        term = self.ctx.read(directory.current_term)
        self.ui.termLabel.setText(self.tr("学期：%1").replace("%1", term.name) if term else self.tr("请先在 设置 → 学期 中设置当前学期"))
        self.form.set_staff(self.ctx.read(directory.staff_names))
        rows = []
        for r in self.ctx.read(service.items):
            shown = QCoreApplication.translate("Field", r.status) + (f" {r.done_on:%m-%d}" if r.done_on else "")
            rows.append(r.as_dict() | {"status_shown": shown, "late": r.status == "逾期", "area_shown": QCoreApplication.translate("Field", r.area),
                                       "month_shown": self.tr("%1月").replace("%1", str(r.month.month)),
                                       "duty_title": QCoreApplication.translate("Field", r.duty_title) if r.duty_title else ""})
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            self.item_id = row["id"]
            self.form.set_values({k: row[k] for k in ("month", "area", "what", "who", "duty")})

    @staticmethod
    def _blank() -> dict:
        return {"month": f"{date.today():%Y-%m}", "area": "其他", "what": "", "who": "", "duty": ""}

    def new_item(self) -> None:
        self.item_id = None
        self.table.clearSelection()
        self.form.set_values(self._blank())
        self.form.editors["what"].setFocus()

    def save(self) -> bool:
        written = self.ctx.write("plan", service.save_item, self.form.values(), self.item_id)
        if not written:
            self.form.show_errors(written.errors)
            return False
        tell(self.message, self.tr("已保存"), "done")
        self.new_item()
        return True

    def _selected(self) -> dict | None:
        current = self.table.currentIndex()
        if not current.isValid():
            tell(self.message, self.tr("请先在上面的表中选中一项"))
            return None
        return self.model.rows[current.row()]

    def mark_done(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        return self.ask(self.tr("标记完成：%1").replace("%1", row["what"]), service.DONE_FIELDS, {"done_on": date.today()},
                        lambda values: self.ctx.write("plan", service.mark_done, row["id"], values))

    def undo_done(self) -> bool:
        row = self._selected()
        return bool(row) and bool(self.ctx.write("plan", service.undo_done, row["id"]))

    def remove(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        written = self.ctx.write("plan", service.delete_item, row["id"])
        tell(self.message, self.tr("已删除：%1").replace("%1", row["what"]) if written else "; ".join(e.message for e in written.errors),
             "done" if written else "problem")
        self.new_item()
        return written.ok

    def paste(self, text: str | None = None) -> bool:
        """The plan copied from Word: month headings and numbered items. `text` given: no dialog (tests)."""
        if text is None:
            dialog = self.paste_dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("粘贴计划"))
            layout = QVBoxLayout(dialog)
            layout.addWidget(QLabel(self.tr("把 Word 中的计划复制到下面：月份标题（如“九月”）下是编号的条目（1. 2. 或（1）），"
                                            "“负责人：某某”写在条目末尾。类别和对应的记录按内容自动判断，导入后可改。")))
            box = QPlainTextEdit(dialog)
            layout.addWidget(box)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
            buttons.accepted.connect(dialog.accept)
            buttons.rejected.connect(dialog.reject)
            layout.addWidget(buttons)
            dialog.resize(640, 480)
            if not dialog.exec():
                return False
            text = box.toPlainText()
        pasted, problems = service.read_text(text)
        return self._import(lambda session: service.import_items(session, pasted, problems))

    def import_file(self) -> bool:
        from logistics_desktop.widgets.files import ask_open_path

        path = ask_open_path(self, self.tr("导入工作计划"), self.tr("计划 (*.txt *.xlsx *.xls *.ods *.csv)"))
        return bool(path) and self._import(lambda session: service.import_plan(session, path))

    def _import(self, call) -> bool:
        from logistics_desktop.core.modules import ImportRejected

        try:
            written = self.ctx.write("plan", call)
        except ImportRejected as exc:
            tell(self.message, self.tr("没有导入：") + "；".join(exc.report.problem_lines()[:5]))
            return False
        if not written:
            tell(self.message, "；".join(e.message for e in written.errors))
            return False
        tell(self.message, self.tr("已导入 %1 项").replace("%1", str(written.value.imported)), "done")
        return True

    def copy_from(self) -> bool:
        from logistics_desktop.directory import service as directory

        terms = [r["name"] for r in self.ctx.read(directory.rows, directory.TERMS)]
        current = self.ctx.read(directory.current_term)
        others = [t for t in terms if not current or t != current.name]
        if not others or current is None:
            tell(self.message, self.tr("没有其他学期可复制"))
            return False
        fields = (Field("from", QT_TRANSLATE_NOOP("Field", "从学期"), "choice", required=True, choices=same(*others)),)
        return self.ask(self.tr("复制工作计划到 %1").replace("%1", current.name), fields, {"from": others[-1]},
                        lambda values: self.ctx.write("plan", service.copy_plan, values["from"], current.name))

    def print_plan(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "term-plan", {})

    def open_reference(self, reference: str) -> None:
        """From 首页: plan:item:<id> selects that item."""
        _kind, _, ref = reference.partition(":")
        ids = [r["id"] for r in self.model.rows]
        if ref.isdigit() and int(ref) in ids:
            self.table.selectRow(ids.index(int(ref)))



