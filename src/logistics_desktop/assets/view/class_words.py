"""设置 → 分类推断词: the words that give an item's class when a register has none (空调 → 空调机), and the category words of
a 类别 column (通用设备 → 设备); shipped with the items schools own, kept by the school."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logistics_desktop.assets import classify, service
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm
from logistics_desktop.widgets.rules_table_page import RulesTablePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui, place

COLUMNS = [("word", QT_TRANSLATE_NOOP("Field", "词语")), ("class_code", QT_TRANSLATE_NOOP("Field", "分类代码")),
           ("class_name", QT_TRANSLATE_NOOP("Field", "分类名称")), ("kind_shown", QT_TRANSLATE_NOOP("Field", "用于"))]


class ClassWordsPage(RulesTablePage):
    save_row, delete_row = staticmethod(classify.save_word), staticmethod(classify.delete_word)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "assets", parent)
        ui = self.ui = load_ui("assets/class_words.ui", self)
        self.model = RowsModel([(k, QCoreApplication.translate("Field", h)) for k, h in COLUMNS], self)
        self.table = rows_view(self.model, ui.words)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        classes = tuple((c.code, f"{c.code} {c.name}") for c in ctx.read(service.classes))
        self.form = place(ui.formHost, FieldForm((
            Field("word", QT_TRANSLATE_NOOP("Field", "词语（资产名称或规格中出现即用此分类）"), required=True, max_length=20),
            Field("class_code", QT_TRANSLATE_NOOP("Field", "分类"), "choice", required=True, choices=classes),
            Field("category", QT_TRANSLATE_NOOP("Field", "类别词（表中“类别”列的整格内容，如 通用设备）"), "bool"))))
        self.form.submitted.connect(self.save)
        ui.source.setText(self.tr("导入没有分类列的资产台账时，按资产名称和规格中出现的词（长的优先）推断分类；“类别”列写的是 2010 年版或 2022 年版的大类"
                                  "（通用设备、家具用具装具…）时，先按大类，再在大类内按名称细分。推断的分类记在卡片上，可在资产列表中筛选“分类为推断”核对。"))
        ui.save.clicked.connect(self.save)
        ui.remove.clicked.connect(self.remove)
        self.reload()

    def reload(self) -> None:
        translate = QCoreApplication.translate
        self.model.set_rows([row | {"kind_shown": translate("Field", kind)} for row in self.ctx.read(classify.words) for kind in (row["kind"],)])
        self.table.resizeColumnsToContents()

    def _chosen(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            self.form.set_values({"word": row["word"], "class_code": row["class_code"], "category": row["category"]})
