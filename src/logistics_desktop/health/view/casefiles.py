"""专案: the children the evaluation proposes for a 体弱儿 / 肥胖儿 case file, the case files with their next review
(overdue in red), follow-ups and closing, and a child's growth chart on screen and printed for the parents."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.i18n import shown
from logistics_desktop.health import casefiles, stats
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.table_model import RowsModel, rows_view, select_row
from logistics_desktop.widgets.ui_forms import load_ui


class CaseFilesPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "health", parent)
        ui = self.ui = load_ui("health/casefiles.ui", self)
        self.message, self.visits, self.show_closed = ui.message, ui.visits, ui.showClosed
        self.proposal_model = RowsModel([("class_name", self.tr("班级")), ("name", self.tr("姓名")), ("age", self.tr("测量时年龄")),
                                         ("kind_shown", self.tr("类别")), ("reason", self.tr("原因")), ("measured_on", self.tr("测量日期"))], self)
        self.proposals = rows_view(self.proposal_model, ui.proposals, stretch=4)
        self.case_model = RowsModel([("class_name", self.tr("班级")), ("name", self.tr("姓名")), ("kind_shown", self.tr("类别")),
                                     ("reason_shown", self.tr("病种/原因")), ("opened_on", self.tr("建档日期")), ("follow_ups", self.tr("随访次数")),
                                     ("next_review", self.tr("下次复查")), ("state", self.tr("情况"))], self, flag="overdue")
        self.cases = rows_view(self.case_model, ui.cases, stretch=3)
        self.cases.selectionModel().currentRowChanged.connect(self._chosen)
        self.proposals.doubleClicked.connect(lambda _index: self.open_case())
        ui.open.clicked.connect(self.open_case)
        ui.followUp.clicked.connect(self.follow_up)
        ui.close.clicked.connect(self.close_case)
        ui.chart.clicked.connect(self.show_chart)
        ui.print.clicked.connect(self.print_ledger)
        ui.printChart.clicked.connect(self.print_chart)
        self.show_closed.toggled.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        today = date.today()
        translate = QCoreApplication.translate
        self.proposal_model.set_rows([{**p.__dict__, "id": p.child_id, "age": shown(p.age, translate), "kind_shown": translate("Field", p.kind)}
                                      for p in self.ctx.read(casefiles.proposals, today)])
        rows = []
        for r in self.ctx.read(casefiles.cases, open_only=not self.show_closed.isChecked()):
            state = (self.tr("%1 结案：%2").replace("%1", f"{r.closed_on:%Y-%m-%d}").replace("%2", translate("Field", r.outcome)) if r.closed_on
                     else self.tr("逾期未复查") if r.overdue(today) else self.tr("管理中"))
            rows.append({**r.__dict__, "kind_shown": translate("Field", r.kind), "reason_shown": r.reason + (self.tr("（重度）") if r.severe else ""),
                         "state": state, "overdue": r.overdue(today)})
        self.case_model.set_rows(rows)
        self.visits.setText("")

    def _current_case(self) -> dict | None:
        index = self.cases.currentIndex()
        return self.case_model.rows[index.row()] if index.isValid() else None

    def _chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.case_model.rows[current.row()]
        visits = self.ctx.read(casefiles.follow_ups, row["id"])
        self.visits.setText("；".join(f"{f.day:%Y-%m-%d} {f.findings}" + (f"，{f.measures}" if f.measures else "") for f in visits)
                            or self.tr("尚无随访记录"))

    def open_case(self) -> bool:
        index = self.proposals.currentIndex()
        if not index.isValid():
            tell(self.message, self.tr("请先在上方选中一名幼儿/学生"))
            return False
        p = self.proposal_model.rows[index.row()]
        values = {"kind": p["kind"], "reason": p["reason"], "severe": p["severe"], "opened_on": date.today()}
        title = self.tr("建立专案：%1（%2）").replace("%1", p["name"]).replace("%2", p["class_name"])
        if not self.ask(title, casefiles.OPEN_FIELDS, values, lambda v: self.ctx.write("health", casefiles.open_case, p["child_id"], v)):
            return False
        tell(self.message, self.tr("已为 %1 建立专案。").replace("%1", p["name"]), "done")
        return True

    def follow_up(self) -> bool:
        row = self._current_case()
        if row is None or row["closed_on"]:
            tell(self.message, self.tr("请先选中一份未结案的专案"))
            return False
        title = self.tr("专案随访：%1").replace("%1", row["name"])
        if not self.ask(title, casefiles.FOLLOW_FIELDS, {"day": date.today()}, lambda v: self.ctx.write("health", casefiles.follow_up, row["id"], v)):
            return False
        select_row(self.cases, row["id"])
        tell(self.message, self.tr("已登记随访。"), "done")
        return True

    def close_case(self) -> bool:
        row = self._current_case()
        if row is None or row["closed_on"]:
            tell(self.message, self.tr("请先选中一份未结案的专案"))
            return False
        title = self.tr("专案结案：%1").replace("%1", row["name"])
        if not self.ask(title, casefiles.CLOSE_FIELDS, {"closed_on": date.today()}, lambda v: self.ctx.write("health", casefiles.close_case, row["id"], v)):
            return False
        tell(self.message, self.tr("已结案。"), "done")
        return True

    def _chosen_child(self) -> dict | None:
        """The child of the case file chosen, else of the proposal chosen."""
        row = self._current_case()
        if row is None and self.proposals.currentIndex().isValid():
            row = self.proposal_model.rows[self.proposals.currentIndex().row()]
        if row is None:
            tell(self.message, self.tr("请先选中一名幼儿/学生"))
        return row

    def show_chart(self):
        from logistics_desktop.widgets.charts import chart_dialog, growth_view

        row = self._chosen_child()
        if row is None:
            return None
        name, series = self.ctx.read(stats.child_chart, row["child_id"])
        if not series:
            tell(self.message, self.tr("%1还没有身高体重测量记录").replace("%1", name))
            return None
        self.chart = chart_dialog(self, self.tr("生长曲线：%1").replace("%1", name), [growth_view(s) for s in series], "growth-chart")
        self.chart.show()
        return self.chart

    def print_chart(self):
        """The growth report for the parents: the chart on the standard's curves and the evaluation in words."""
        from logistics_desktop.widgets.pdf_preview import preview_printable

        row = self._chosen_child()
        if row is None:
            return None
        return preview_printable(self, self.ctx, "growth-chart", {"child": row["name"], "class": row["class_name"]})

    def print_ledger(self):
        from logistics_desktop.widgets.pdf_preview import preview_printable

        return preview_printable(self, self.ctx, "case-files", {"term": ""})

    def open_reference(self, _ref: str) -> None:
        self.reload()
