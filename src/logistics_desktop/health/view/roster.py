"""名册: the children of a class (or of every class), the child's form, 离园/离校, the whole class moved at term start,
and the roster imported from and exported to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core import pinyin
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.i18n import shown as shown_text
from logistics_desktop.health import service
from logistics_desktop.widgets.files import ask_xlsx_path, confirm_saved
from logistics_desktop.widgets.forms import FieldForm, FormDialog, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

LEAVE_FIELDS = (Field("on", QT_TRANSLATE_NOOP("Field", "离园/离校日期"), "date", required=True),)
MOVE_FIELDS = (Field("from_class", QT_TRANSLATE_NOOP("Field", "原班级"), "choice", required=True),
               Field("to_class", QT_TRANSLATE_NOOP("Field", "调入班级"), "choice", required=True))


class RosterPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/roster.ui", self)
        self.klass, self.search, self.count, self.message, self.form_title = ui.klass, ui.search, ui.count, ui.message, ui.formTitle
        self.model = RowsModel([("class_name", self.tr("班级")), ("name", self.tr("姓名")), ("sex_shown", self.tr("性别")),
                                ("birth_date", self.tr("出生日期")), ("age", self.tr("年龄")), ("phone", self.tr("家长电话")),
                                ("alerts", self.tr("过敏及疾病提示"))], self, flag="alerts")
        self.table = rows_view(self.model, ui.children)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(service.CHILD_FIELDS))
        self.form.submitted.connect(self.save)
        self.child_id: int | None = None
        self.klass.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        for button, slot in ((ui.new, self.new), (ui.save, self.save), (ui.leave, self.leave), (ui.move, self.move_class),
                             (getattr(ui, "import"), self.import_file),
                             (ui.export, self.export_file), (ui.print, self.print_roster)):
            button.clicked.connect(lambda _=False, s=slot: s())
        self.rows: list = []
        self.reload()
        self.new()

    def reload(self) -> None:
        names = self.ctx.read(service.class_names)
        current = self.klass.currentData()
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItem(self.tr("全部班级"), "")
        for name in names:
            self.klass.addItem(name, name)
        self.klass.setCurrentIndex(max(self.klass.findData(current), 0))
        self.klass.blockSignals(False)
        self.form.editors["class_name"].set_choices(names)
        self.rows = self.ctx.read(service.children)
        self._filter()

    def _filter(self, *_args) -> None:
        name, text = self.klass.currentData() or "", self.search.text().strip()
        shown = [{**r.__dict__, "sex_shown": QCoreApplication.translate("Field", r.sex), "age": shown_text(r.age, QCoreApplication.translate)}
                 for r in self.rows
                 if (not name or r.class_name == name) and pinyin.finds(text, r.name)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("共 %1 人").replace("%1", str(len(shown))))

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            self.child_id = self.model.rows[current.row()]["id"]
            self.form.set_values(self.ctx.read(service.child_values, self.child_id))
            self.form_title.setText(self.tr("修改"))

    def new(self) -> None:
        self.child_id = None
        self.table.clearSelection()
        self.form.set_values({"class_name": self.klass.currentData() or ""})
        self.form_title.setText(self.tr("新增幼儿/学生"))
        self.form.editors["name"].setFocus()

    def save(self) -> bool:
        written = self.ctx.write("health", service.save_child, self.form.values(), self.child_id)
        if not written:
            self.form.show_errors(written.errors)
            return False
        tell(self.message, self.tr("已保存"), "done")
        self.new()
        return True

    def leave(self) -> None:
        if self.child_id is None:
            tell(self.message, self.tr("请先在名单中选中一人"))
            return
        child_id = self.child_id
        dialog = FormDialog(self.tr("离园/离校"), LEAVE_FIELDS, self)
        dialog.on_submit = lambda values: self.ctx.write("health", service.leave, child_id, values["on"])
        self.dialog = dialog
        dialog.exec()

    def move_class(self) -> None:
        dialog = FormDialog(self.tr("整班调班"), MOVE_FIELDS, self)
        names = self.ctx.read(service.class_names)
        for key in ("from_class", "to_class"):
            dialog.form.editors[key].set_choices(names)
        dialog.on_submit = lambda values: self.ctx.write("health", service.move_class, values["from_class"], values["to_class"])
        self.dialog = dialog
        if dialog.exec():
            tell(self.message, self.tr("已调班 %1 人").replace("%1", str(dialog.result_value)), "done")

    def import_file(self, path: Path | None = None, ask=None, confirm=None):
        from logistics_desktop.core.modules import find_data_kind
        from logistics_desktop.modules import all_modules
        from logistics_desktop.widgets.import_dialog import run_import

        report = run_import(self, find_data_kind(all_modules(), "children"), self.ctx.session, path, ask=ask, confirm=confirm)
        if report is not None and report.written:
            self.ctx.changed.emit("health")
        return report

    def export_file(self, path: Path | None = None) -> Path | None:
        path = path or ask_xlsx_path(self, self.tr("导出名册"), self.tr("幼儿学生名册.xlsx"))
        if path is None:
            return None
        self.ctx.read(service.export_children, path)
        confirm_saved(self, path)
        return path

    def print_roster(self):
        from logistics_desktop.widgets.pdf_preview import preview_report

        options = {"class": self.klass.currentData() or ""}
        return preview_report(self, self.tr("幼儿/学生名册"), lambda: self.ctx.read(service.roster_ledger, options))
