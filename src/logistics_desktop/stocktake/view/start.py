"""The dialog that starts a stocktake: its name, the rooms to count, blind or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from logistics_desktop.widgets.ui_forms import load_ui


class StartDialog(QDialog):
    def __init__(self, rooms: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("开始资产清查"))
        self.resize(460, 560)
        ui = self.ui = load_ui("stocktake/start.ui", self)
        self.name, self.rooms, self.blind, self.error = ui.name, ui.rooms, ui.blind, ui.error
        for room in rooms:
            item = QListWidgetItem(room)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.rooms.addItem(item)
        ui.ok.clicked.connect(self.accept)
        ui.cancel.clicked.connect(self.reject)

    def chosen_rooms(self) -> list[str]:
        return [self.rooms.item(i).text() for i in range(self.rooms.count()) if self.rooms.item(i).checkState() == Qt.CheckState.Checked]
