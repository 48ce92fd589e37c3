"""The dialog that starts a stocktake: its name, the rooms to count (none ticked until chosen), blind or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from logistics_desktop.core import pinyin
from logistics_desktop.widgets.ui_forms import load_ui
from logistics_desktop.widgets.window_size import fit_to_screen


class StartDialog(QDialog):
    def __init__(self, rooms: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("开始资产清查"))
        fit_to_screen(self, "stocktake-start", 460, 560)
        ui = self.ui = load_ui("stocktake/start.ui", self)
        self.name, self.rooms, self.blind, self.error, self.search = ui.name, ui.rooms, ui.blind, ui.error, ui.search
        for room in rooms:
            item = QListWidgetItem(room)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # a stocktake of every room only when asked for
            self.rooms.addItem(item)
        self.search.textChanged.connect(self._filter)
        ui.all.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        ui.none.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Unchecked))
        self.rooms.itemChanged.connect(lambda *_: self.error.clear())
        ui.ok.clicked.connect(self.accept)
        ui.cancel.clicked.connect(self.reject)

    def keyPressEvent(self, event) -> None:
        # Enter in the name or the search goes on to the rooms; it never starts (nor cancels) with rooms unchosen
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (self.name, self.search):
            (self.search if self.focusWidget() is self.name else self.rooms).setFocus()
            return
        super().keyPressEvent(event)

    def _filter(self, text: str) -> None:
        for i in range(self.rooms.count()):
            item = self.rooms.item(i)
            item.setHidden(not pinyin.finds(text, item.text()))  # 会议室 by hys too

    def _tick_shown(self, state: Qt.CheckState) -> None:
        """全选 / 全不选 act on the rooms shown (all of them, or those the search found)."""
        for i in range(self.rooms.count()):
            if not self.rooms.item(i).isHidden():
                self.rooms.item(i).setCheckState(state)

    def chosen_rooms(self) -> list[str]:
        return [self.rooms.item(i).text() for i in range(self.rooms.count()) if self.rooms.item(i).checkState() == Qt.CheckState.Checked]
