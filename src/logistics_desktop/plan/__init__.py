"""学期工作计划与总结：后勤的学期计划（按月，可与各模块的记录挂钩自动完成）、学期总结（各模块的数字与图表）。

The plan drives 首页; the summary gathers every module's figures through the module contract (Module.term_figures).
"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import Module, Printable, PrintOption, lazy

TERM = PrintOption("term", QT_TRANSLATE_NOOP("Field", "学期（空为本学期）"))

MODULE = Module(
    key="plan",
    role="logistics",
    title=QT_TRANSLATE_NOOP("Module", "计划与总结"),
    models="logistics_desktop.plan.models",
    build_tab=lazy("logistics_desktop.plan.view:PlanTab"),
    home_items=lazy("logistics_desktop.plan.service:home_items"),
    demo=lazy("logistics_desktop.plan.demo:fill"),
    demo_order=90,  # after the modules whose records tick its items
    add_cli=lazy("logistics_desktop.plan.cli:add_commands"),
    printables=(
        Printable("term-plan", QT_TRANSLATE_NOOP("Module", "学期后勤工作计划表"), lazy("logistics_desktop.plan.service:term_plan"), (TERM,)),
        Printable("term-summary", QT_TRANSLATE_NOOP("Module", "学期后勤工作总结（数据）"), lazy("logistics_desktop.plan.summary:summary_ledger"), (TERM,)),
        Printable("inspection-binder", QT_TRANSLATE_NOOP("Module", "迎检资料（合订 PDF）"), lazy("logistics_desktop.plan.binder:inspection_binder"),
                  (PrintOption("kind", QT_TRANSLATE_NOOP("Field", "类别"), "choice", choices=("food", "fire", "health", "assets")),
                   PrintOption("from", QT_TRANSLATE_NOOP("Field", "起始日期"), "date"), PrintOption("to", QT_TRANSLATE_NOOP("Field", "截止日期（空为今天）"), "date"),
                   PrintOption("folder", QT_TRANSLATE_NOOP("Field", "另存为单独文件的文件夹（可空）"))),
                  formats=("pdf",), reading_role=lazy("logistics_desktop.plan.binder:reading_role")),
    ),
)
