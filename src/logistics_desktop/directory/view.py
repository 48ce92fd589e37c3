"""设置 pages of the shared directories: a table with search on the left, the record's form on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from logistics_desktop.core.errors import InputError
from logistics_desktop.directory import service
from logistics_desktop.directory.service import DirectorySpec
from logistics_desktop.widgets.files import ask_xlsx_path, confirm_saved
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.table_model import RowsModel
from logistics_desktop.widgets.ui_forms import load_ui, place


def tr_label(text: str) -> str:
    return QCoreApplication.translate("Field", text)


class SchoolPage(QWidget):
    """学校: one record, so only the form."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui = load_ui("directory/school.ui", self)
        self.form = place(ui.formHost, FieldForm(service.SCHOOL.fields))
        self.save_button, self.status = ui.save, ui.status
        self.save_button.clicked.connect(self.save)
        self.form.submitted.connect(self.save)
        self.reload()

    def reload(self) -> None:
        school = self.ctx.read(service.school_values)
        self.form.set_values(school or {"kind": service.SCHOOL_KINDS[0][0]})

    def save(self) -> bool:
        written = self.ctx.write("directory", service.save_school, self.form.values())
        if not written:
            self.form.show_errors(written.errors)
            self.status.clear()
            return False
        self.form.clear_errors()
        tell(self.status, self.tr("已保存"), "done")
        return True


class DirectoryPage(QWidget):
    """Terms, staff, rooms or classes: search, list, form, import, export and the printed list."""

    def __init__(self, spec: DirectorySpec, ctx, parent=None):
        super().__init__(parent)
        self.spec, self.ctx = spec, ctx
        self.row_id: int | None = None

        ui = self.ui = load_ui("directory/directory.ui", self)
        self.search, self.count, self.form_title = ui.search, ui.count, ui.formTitle
        self.search.textChanged.connect(self.reload)
        buttons = {key: getattr(ui, key) for key in ("new", "delete", "import", "export", "print")}
        buttons["new"].clicked.connect(self.new_record)
        buttons["delete"].clicked.connect(self.delete_record)
        buttons["import"].clicked.connect(lambda: self.import_file())
        buttons["export"].clicked.connect(lambda: self.export_file())
        buttons["print"].clicked.connect(self.print_list)
        self.buttons = buttons

        self.model = RowsModel([(f.key, tr_label(f.label)) for f in spec.fields], self)
        self.table = ui.table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.form = place(ui.formHost, FieldForm(spec.fields))
        self.form.set_staff(self._staff_names())
        self.form.submitted.connect(self.save)
        self.save_button = ui.save
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        ui.cancel.clicked.connect(self._reload_form)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        ctx.changed.connect(self._external_change)
        self.reload()
        self.new_record()

    def _staff_names(self) -> list[str]:
        return self.ctx.read(service.staff_names)

    def _external_change(self, _module: str) -> None:
        self.form.set_staff(self._staff_names())
        self.reload()

    def reload(self) -> None:
        rows = self.ctx.read(service.rows, self.spec, self.search.text())
        total = self.ctx.read(service.count, self.spec)
        self.model.set_rows(rows)
        shown = self.tr("共 %1 条").replace("%1", str(total))
        if len(rows) != total:
            shown += self.tr("，显示 %1 条").replace("%1", str(len(rows)))
        self.count.setText(shown)
        if self.row_id is not None:
            self._select(self.row_id, load=False)

    def _select(self, row_id: int, load: bool = True) -> None:
        index = self.model.row_of(row_id)
        if index < 0:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().blockSignals(not load)
        self.table.selectionModel().setCurrentIndex(self.model.index(index, 0), flags)
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(self.model.index(index, 0))

    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        self.row_id = self.model.rows[current.row()]["id"]
        self._reload_form()

    def _reload_form(self) -> None:
        if self.row_id is None:
            self.form.set_values({f.key: f.default for f in self.spec.fields})
            self.form_title.setText(self.tr("新增%1").replace("%1", tr_label(self.spec.title)))
            return
        try:
            values = self.ctx.read(service.row, self.spec, self.row_id)
        except InputError:
            self.new_record()
            return
        self.form.set_values(values)
        self.form_title.setText(self.tr("修改%1").replace("%1", tr_label(self.spec.title)))

    def new_record(self) -> None:
        self.row_id = None
        self.table.clearSelection()
        self._reload_form()
        self.form.editors[self.spec.fields[0].key].setFocus()

    def save(self) -> bool:
        written = self.ctx.write("directory", service.save, self.spec, self.form.values(), self.row_id)  # reloads this page too
        if not written:
            self.form.show_errors(written.errors)
            return False
        self.form.clear_errors()
        if self.row_id is None:  # a new one saved: the next entry is the next new one, never a rename of this one
            name = self.form.editors[self.spec.fields[0].key].value()
            self.new_record()
            self.form_title.setText(self.tr("已保存“%1”。新增%2：").replace("%1", str(name)).replace("%2", tr_label(self.spec.title)))
            return True
        self.row_id = written.value
        self._select(self.row_id, load=False)
        self._reload_form()
        return True

    def delete_record(self) -> None:
        if self.row_id is None:
            return
        name = self.form.editors[self.spec.fields[0].key].value()
        answer = QMessageBox.question(self, self.tr("删除"), self.tr("确定删除“%1”吗？").replace("%1", str(name)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        row_id, self.row_id = self.row_id, None
        written = self.ctx.write("directory", service.delete, self.spec, row_id)
        if not written:
            self.row_id = row_id
            QMessageBox.warning(self, self.tr("不能删除"), "\n".join(e.message for e in written.errors))
            return
        self.new_record()

    def _kind(self):
        from logistics_desktop.core.modules import find_data_kind
        from logistics_desktop.modules import all_modules

        return find_data_kind(all_modules(), self.spec.key)

    def import_file(self, path: Path | None = None, ask=None, confirm=None):
        from logistics_desktop.widgets.import_dialog import run_import

        report = run_import(self, self._kind(), self.ctx.session, path, ask=ask, confirm=confirm)
        if report is not None and report.written:
            self.ctx.changed.emit("directory")
        return report

    def export_file(self, path: Path | None = None) -> Path | None:
        path = path or ask_xlsx_path(self, self.tr("导出"), f"{self.spec.list_title}.xlsx")
        if path is None:
            return None
        self.ctx.read(service.export_file, self.spec, path)
        confirm_saved(self, path)
        return path

    def print_list(self):
        from logistics_desktop.widgets.pdf_preview import preview_report

        return preview_report(self, self.spec.list_title, lambda: self.ctx.read(service.list_ledger, self.spec))


def build_settings_page(key: str, ctx) -> QWidget:
    if key == "school":
        return SchoolPage(ctx)
    return DirectoryPage(service.DIRECTORIES[key], ctx)


