"""Names found by pinyin initials (助记码): the table against its source's readings, and the boxes where names are typed
(品名 at the kitchen door, people, suppliers) typed as a person does: letters, then Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from logistics_desktop.core import pinyin
from logistics_desktop.core.pinyin_table import INITIALS, UNICODE_VERSION
from logistics_desktop.widgets.name_completer import complete_names
from tests.conftest import type_text


@pytest.mark.parametrize(("text", "letters"), [
    ("西红柿", ["x", "hg", "s"]),  # 红 is also gōng (女红)
    ("办公桌", ["b", "g", "z"]), ("食用油", ["sy", "y", "y"]), ("鸡蛋", ["j", "d"]), ("猪肉", ["z", "r"]),
    ("重庆", ["zc", "q"]), ("长", ["zc"]), ("行", ["xh"]), ("乐", ["ly"]),  # customary reading first (kMandarin), then the others
    ("欧阳晓燕", ["o", "y", "x", "y"]), ("琪", ["q"]), ("昊", ["h"]), ("萱", ["x"]),  # names' characters outside GB 2312's first level
    ("一（2）班", ["y", "2", "b"]), ("ＡＢ 3号", ["a", "b", "3", "h"]),  # punctuation and spaces stand for nothing
])
def test_initials_from_unihan(text, letters):
    assert pinyin.initials(text) == letters


def test_the_table_covers_the_unified_ideographs_of_its_unicode_version():
    chars = "".join(INITIALS.values())
    assert UNICODE_VERSION == "15.0.0" and len(chars) == len(set(chars)) > 20000  # each character once
    assert all("\u4e00" <= c <= "\u9fff" for c in chars) and all(k.isalpha() and k.islower() for k in INITIALS)


def test_typed_letters_stand_for_a_run_of_the_name():
    assert pinyin.found_at("xhs", "新鲜西红柿") == 2 and pinyin.found_at("XHS", "西红柿") == 0
    assert pinyin.matches("cq", "重庆") and pinyin.matches("zq", "重庆") and pinyin.matches("y2b", "一（2）班")
    assert not pinyin.matches("bgy", "办公桌") and not pinyin.matches("西", "西红柿") and not pinyin.matches("", "西红柿")
    assert not pinyin.matches("x-h", "西红柿")
    assert pinyin.finds("jsj", "计算机教室一") and pinyin.finds("教室", "计算机教室一") and pinyin.finds("zc", "ZC-000001")
    assert pinyin.finds("", "任何") and not pinyin.finds("jsx", "计算机教室一")


def offered(completer) -> list[str]:
    model = completer.completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def active(qtbot, widget):
    widget.show()
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return widget


def test_a_line_edit_takes_the_first_name_its_initials_offer_on_enter(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = complete_names(edit, ["小青菜", "土豆", "西兰花", "西红柿", "青菜", "黄瓜"])
    active(qtbot, edit)
    qtbot.keyClicks(edit, "xhs")
    assert completer.popup().isVisible() and offered(completer) == ["西红柿"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # the list has the keyboard while it is open
    assert edit.text() == "西红柿" and not completer.popup().isVisible()
    edit.clear()
    qtbot.keyClicks(edit, "qc")
    assert offered(completer) == ["青菜", "小青菜"]  # the name that begins with them first
    edit.clear()
    type_text(edit, "青菜")  # the input method's characters: the same name first, then the names that contain it
    assert offered(completer) == ["青菜", "小青菜"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert edit.text() == "青菜"
    edit.clear()
    qtbot.keyClicks(edit, "x")
    assert offered(completer) == ["小青菜", "西兰花", "西红柿"]  # all begin with an x: in the list's own order
    for _ in range(3):
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert edit.text() == "西红柿"
    edit.clear()
    edit.setFixedWidth(12)  # a narrow table cell: the list is as wide as its longest name
    qtbot.keyClicks(edit, "xl")
    assert completer.popup().width() >= completer.popup().fontMetrics().horizontalAdvance("西兰花") > 12
    edit.clear()
    qtbot.keyClicks(edit, "qqq")  # nothing fits: no list, the text stays as typed
    assert not completer.popup().isVisible() and edit.text() == "qqq"


def test_an_editable_combo_chooses_its_item_and_follows_its_items(qtbot):
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(["", "王芳", "张伟", "欧阳晓燕"])
    qtbot.addWidget(combo)
    completer = complete_names(combo, combo.model())
    active(qtbot, combo)
    qtbot.keyClicks(combo.lineEdit(), "oyx")
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Enter)
    assert (combo.currentText(), combo.currentIndex()) == ("欧阳晓燕", 3)
    combo.addItem("赵敏")  # a reload's new names are offered at once
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "zm")
    assert offered(completer) == ["赵敏"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentIndex() == 4
