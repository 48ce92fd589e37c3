"""设置 → 巡查表模板: areas with their frequency, and their items in order; items are retired, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QInputDialog, QListWidgetItem

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.safety import service
from logistics_desktop.widgets.forms import FieldForm, tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.ui_forms import load_ui, place

FREQUENCIES = same(QT_TRANSLATE_NOOP("Field", "每日"), QT_TRANSLATE_NOOP("Field", "每周"), QT_TRANSLATE_NOOP("Field", "每月"), QT_TRANSLATE_NOOP("Field", "每季度"), QT_TRANSLATE_NOOP("Field", "不定期"))
FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "巡查表名称（区域）"), required=True),
          Field("frequency", QT_TRANSLATE_NOOP("Field", "频次"), "choice", choices=tuple(c for c in FREQUENCIES if c[0] in service.FREQUENCIES)),
          Field("category", QT_TRANSLATE_NOOP("Field", "隐患默认类别"), "choice", choices=same(*service.CATEGORIES)),
          Field("needs_reviewer", QT_TRANSLATE_NOOP("Field", "需复核人签字"), "bool"), Field("active", QT_TRANSLATE_NOOP("Field", "在用"), "bool"))
NEW_AREA = {"frequency": "每日", "category": "消防安全", "active": True}
_GREY = QBrush(QColor("#9E9E9E"))


class TemplatesPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "safety", parent)
        ui = self.ui = load_ui("safety/templates.ui", self)
        self.areas, self.items, self.message = ui.areas, ui.items, ui.message
        self.areas.currentRowChanged.connect(self._area_chosen)  # Ctrl/Shift-click several: a route
        self.form = place(ui.formHost, FieldForm(FIELDS))
        for button, slot in ((ui.saveArea, self.save_area), (ui.newArea, self.new_area), (ui.printRoute, self.print_selected),
                             (ui.addItem, self.add_item), (ui.editItem, self.edit_item), (ui.moveUp, lambda: self.move(-1)),
                             (ui.moveDown, lambda: self.move(1)), (ui.toggleRetired, self.toggle_retired)):
            button.clicked.connect(slot)
        self.area_ids: list[int] = []
        self.item_ids: list[int] = []
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or self._area_id()
        areas = self.ctx.read(service.areas, include_inactive=True)
        self.areas.blockSignals(True)
        self.areas.clear()
        self.area_ids = [a.id for a in areas]
        for a in areas:
            self.areas.addItem(f"{a.name}（{QCoreApplication.translate('Field', a.frequency)}）" + ("" if a.active else self.tr("（停用）")))
        self.areas.blockSignals(False)
        self.areas.setCurrentRow(self.area_ids.index(current) if current in self.area_ids else 0)
        self._area_chosen()

    def _area_id(self) -> int | None:
        row = self.areas.currentRow()
        return self.area_ids[row] if 0 <= row < len(self.area_ids) else None

    def _area_chosen(self, *_args) -> None:
        area_id = self._area_id()
        self.items.clear()
        self.item_ids = []
        if area_id is None:
            self.form.set_values(NEW_AREA)
            return
        self.form.set_values(self.ctx.read(service.area_values, area_id))
        for item in self.ctx.read(service.items, area_id, include_retired=True):
            entry = QListWidgetItem(item.text + (self.tr("（已停用）") if item.retired else ""))
            if item.retired:
                entry.setForeground(_GREY)
            self.items.addItem(entry)
            self.item_ids.append(item.id)

    def selected_names(self) -> list[str]:
        rows = sorted(self.areas.row(item) for item in self.areas.selectedItems())
        return self.ctx.read(service.area_names, [self.area_ids[r] for r in rows])

    def print_selected(self):
        """The selected checklists as one route, in the preview (returned)."""
        from logistics_desktop.widgets.pdf_preview import preview_printable

        names = self.selected_names()
        if not names:
            tell(self.message, self.tr("请先选中要打印的巡查表"))
            return None
        copies, ok = QInputDialog.getInt(self, self.tr("打印空白表"), self.tr("份数"), 1, 1, 100)
        return preview_printable(self, self.ctx, "patrol-checklist", {"template": ",".join(names), "copies": copies}) if ok else None

    def new_area(self) -> None:
        self.areas.setCurrentRow(-1)
        self.items.clear()
        self.item_ids = []
        self.form.set_values(NEW_AREA)
        self.form.editors["name"].setFocus()

    def save_area(self) -> bool:
        written = self.ctx.write("safety", service.save_area, self.form.values(), self._area_id())
        if not written:
            self.form.show_errors(written.errors)
            return False
        self.reload(written.value)
        return True

    def _write(self, call, *args) -> bool:
        written = self.ctx.write("safety", call, *args)
        tell(self.message, "\n".join(e.message for e in written.errors))
        return written.ok

    def add_item(self, text: str | None = None) -> None:
        area_id = self._area_id()
        if area_id is None:
            tell(self.message, self.tr("请先保存巡查表"))
            return
        if not isinstance(text, str):
            text, ok = QInputDialog.getText(self, self.tr("添加检查项目"), self.tr("检查项目"))
            if not ok:
                return
        if self._write(service.add_item, area_id, text):
            self._area_chosen()
            self.items.setCurrentRow(self.items.count() - 1)

    def edit_item(self, text: str | None = None) -> None:
        row = self.items.currentRow()
        if row < 0:
            return
        if not isinstance(text, str):
            old = self.items.item(row).text()
            text, ok = QInputDialog.getText(self, self.tr("修改检查项目"), self.tr("检查项目（旧记录保留原来的文字）"), text=old)
            if not ok:
                return
        if self._write(service.edit_item, self.item_ids[row], text):
            self._area_chosen()
            self.items.setCurrentRow(row)

    def move(self, step: int) -> None:
        row = self.items.currentRow()
        if row >= 0 and self._write(service.move_item, self.item_ids[row], step):
            self._area_chosen()
            self.items.setCurrentRow(max(0, min(row + step, self.items.count() - 1)))

    def toggle_retired(self) -> None:
        row = self.items.currentRow()
        if row < 0:
            return
        retired = self.ctx.read(service.item_is_retired, self.item_ids[row])
        if self._write(service.retire_item, self.item_ids[row], not retired):
            self._area_chosen()
            self.items.setCurrentRow(row)
