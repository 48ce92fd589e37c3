"""学期总结: the term's figures from every module with how each was counted, their series as bar charts, copied as text
for the written summary or printed (the same charts in the PDF)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, shown
from logistics_desktop.plan import summary
from logistics_desktop.widgets.charts import bar_view
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view
from logistics_desktop.widgets.ui_forms import load_ui

COLUMNS = [("area", QT_TRANSLATE_NOOP("Field", "类别")), ("name", QT_TRANSLATE_NOOP("Field", "项目")),
           ("value", QT_TRANSLATE_NOOP("Field", "数字")), ("how", QT_TRANSLATE_NOOP("Field", "统计口径"))]


class SummaryPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "plan", parent)
        ui = self.ui = load_ui("plan/summary.ui", self)
        self.model = RowsModel([(k, QCoreApplication.translate("Field", h)) for k, h in COLUMNS], self)
        self.table = rows_view(self.model, ui.figures)
        self.figures: list = []
        self.charts: list = []
        ui.refresh.clicked.connect(self.reload)
        ui.copyText.clicked.connect(self.copy_text)
        ui.printSummary.clicked.connect(self.print_summary)
        ui.binder.clicked.connect(self.make_binder)
        self.reload()

    def _changed(self, module: str) -> None:  # every module's records feed the summary: counted again when shown
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        from logistics_desktop.directory import service as directory

        term = self.ctx.read(directory.current_term)
        if term is None:
            self.ui.termLabel.setText(self.tr("请先在 设置 → 学期 中设置当前学期"))
            return
        self.ui.termLabel.setText(self.tr("%1（%2 至 %3）").replace("%1", term.name).replace("%2", f"{term.start:%Y-%m-%d}")
                                  .replace("%3", f"{term.end:%Y-%m-%d}"))
        self.figures, series = self.ctx.read(summary.term_summary, health=self.ctx.opens("health"))
        translate = QCoreApplication.translate
        self.model.set_rows([{"area": translate("Field", f.area), "name": shown(f.name, translate), "value": shown(f.value, translate),
                              "how": shown(f.how, translate)} for f in self.figures])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = self.ui.chartsHost.layout()
        for view in self.charts:
            layout.removeWidget(view)
            view.deleteLater()
        self.charts = [bar_view(self.tr("%1（%2）").replace("%1", translate("Field", s.title)).replace("%2", translate("Field", s.unit)),
                                list(s.points), s.unit) for s in series]
        for view in self.charts:
            view.setMinimumSize(440, 240)
            layout.addWidget(view)

    def copy_text(self) -> str:
        text = summary.summary_text(self.figures)
        QApplication.clipboard().setText(text)
        tell(self.ui.message, self.tr("已复制，可粘贴到工作总结中"), "done")
        return text

    def make_binder(self, path=None, values: dict | None = None):
        from logistics_desktop.plan.view.binder import make_binder

        try:
            return make_binder(self, path, values)
        except InputError as exc:
            tell(self.ui.message, exc.message)
            return None

    def print_summary(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "term-summary", {"health": self.ctx.opens("health")})
