"""The completer of every box where a known name is typed (品名, 供货单位, people, rooms, classes): it offers the names
that contain what was typed or whose pinyin initials it is (xhs → 西红柿, core/pinyin.py), and Enter takes the first
offered name without reaching for the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyledItemDelegate

from logistics_desktop.core.pinyin import found_at


class NameFilter(QSortFilterProxyModel):
    """The names that contain the typed text, or that it stands for by initials: the same name first, then those that
    begin with it, contain it, begin with its initials, have them inside."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.typed = ""
        self.ranks: dict[str, int | None] = {}  # of this keystroke: the filter and the sort ask for each name's again and again
        self.sort(0)

    def set_typed(self, text: str) -> None:
        self.typed, self.ranks = text.strip().casefold(), {}
        self.invalidate()

    def rank(self, name: str) -> int | None:
        if name not in self.ranks:
            self.ranks[name] = self._rank(name)
        return self.ranks[name]

    def _rank(self, name: str) -> int | None:
        folded = name.casefold()
        if not self.typed or folded == self.typed:
            return 0
        if folded.startswith(self.typed):
            return 1
        if self.typed in folded:
            return 2
        at = found_at(self.typed, name)
        return None if at is None else 3 if at == 0 else 4

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        name = str(self.sourceModel().index(row, 0, parent).data() or "")
        return bool(name) and self.rank(name) is not None

    def lessThan(self, left, right) -> bool:  # noqa: N802
        return (self.rank(str(left.data() or "")) or 0, left.row()) < (self.rank(str(right.data() or "")) or 0, right.row())


class _EnterTakesFirst(QObject):
    """On the popup, before the completer's own filter: Enter with no name chosen chooses the first."""

    def __init__(self, completer: QCompleter):
        super().__init__(completer)
        self.completer = completer

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup, model = self.completer.popup(), self.completer.completionModel()
            if not popup.currentIndex().isValid() and model.rowCount():
                popup.setCurrentIndex(model.index(0, 0))
        return False


def complete_names(editor: QLineEdit | QComboBox, names: QAbstractItemModel | list[str]) -> QCompleter:
    """Give `editor` (a line edit, or an editable combo box whose own items are the names) the name completer; `names`
    is a list or a model whose first column holds them (a combo's model: the completer follows its changes)."""
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    source = QStringListModel(names, editor) if isinstance(names, list) else names
    offered = NameFilter(editor)
    offered.setSourceModel(source)
    completer = QCompleter(offered, editor)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # the filter above does the choosing
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    editor.setCompleter(completer)
    completer.popup().installEventFilter(_EnterTakesFirst(completer))

    def typed(text: str) -> None:
        offered.set_typed(text)
        if text.strip() and offered.rowCount():
            popup = completer.popup()  # as wide as the longest name offered, whoever shows it: a table cell is narrow
            popup.setMinimumWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8)
            completer.complete()
        else:
            completer.popup().hide()

    line.textEdited.connect(typed)
    return completer


class NamesDelegate(QStyledItemDelegate):
    """A table whose cells in `column` complete from `names` (品名 from the items accepted before, 菜品 from the dishes
    served before); every cell is edited in a plain line edit."""

    def __init__(self, names: list[str], column: int, parent=None):
        super().__init__(parent)
        self.names, self.column = names, column

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        if index.column() == self.column:
            complete_names(editor, self.names)
        return editor
