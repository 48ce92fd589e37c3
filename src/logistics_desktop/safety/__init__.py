"""安全巡查：巡查表模板与空白检查表、巡查记录、隐患闭环整改、灭火器、疏散演练、来访登记。"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import BinderForm, DataKind, Duty, Module, Printable, PrintOption, SettingsPage, lazy

MODULE = Module(
    key="safety",
    role="safety",
    title=QT_TRANSLATE_NOOP("Module", "安全巡查"),
    models="logistics_desktop.safety.models",
    build_tab=lazy("logistics_desktop.safety.view:SafetyTab"),
    settings_pages=(
        SettingsPage("patrol-templates", QT_TRANSLATE_NOOP("Module", "巡查表模板"), lazy("logistics_desktop.safety.view:TemplatesPage")),
        SettingsPage("extinguisher-kinds", QT_TRANSLATE_NOOP("Module", "灭火器类型"), lazy("logistics_desktop.safety.view:ExtinguisherKindsPage")),
    ),
    home_items=lazy("logistics_desktop.safety.service:home_items"),
    duties=(Duty("fire-inspection", QT_TRANSLATE_NOOP("Field", "消防安全检查（季度）"), lazy("logistics_desktop.safety.service:fire_inspection_between"),
                 ("消防安全检查", "消防检查", "防火检查"), on_home=True),
            Duty("drill", QT_TRANSLATE_NOOP("Field", "疏散演练"), lazy("logistics_desktop.safety.service:drill_between"), ("演练",), on_home=True)),
    term_figures=lazy("logistics_desktop.safety.service:term_figures"),
    binder_forms=(BinderForm("fire", "patrol-log"), BinderForm("fire", "hazard-ledger", "year"), BinderForm("fire", "extinguisher-register", "once"),
                  BinderForm("fire", "drill-log", "year")),
    demo=lazy("logistics_desktop.safety.demo:fill"),
    demo_order=70,
    printables=(
        Printable("patrol-checklist", QT_TRANSLATE_NOOP("Module", "安全巡查表（空白）"), lazy("logistics_desktop.safety.reports:checklist"),
                  (PrintOption("template", QT_TRANSLATE_NOOP("Field", "巡查表（空着为每日防火巡查；多个用逗号分隔）")),
                   PrintOption("copies", QT_TRANSLATE_NOOP("Field", "份数"), "int", 1)), formats=("pdf",)),
        Printable("patrol-record", QT_TRANSLATE_NOOP("Module", "安全巡查记录（单次）"), lazy("logistics_desktop.safety.reports:patrol_record"),
                  (PrintOption("id", QT_TRANSLATE_NOOP("Field", "巡查记录编号"), positional=True),), formats=("pdf",)),
        Printable("patrol-log", QT_TRANSLATE_NOOP("Module", "安全巡查记录"), lazy("logistics_desktop.safety.reports:patrol_log"),
                  (PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month"),)),
        Printable("hazard-ledger", QT_TRANSLATE_NOOP("Module", "隐患排查整改台账"), lazy("logistics_desktop.safety.reports:hazard_ledger"),
                  (PrintOption("year", QT_TRANSLATE_NOOP("Field", "年度"), "year"),)),
        Printable("rectification-notice", QT_TRANSLATE_NOOP("Module", "隐患整改通知单"), lazy("logistics_desktop.safety.reports:notice"),
                  (PrintOption("id", QT_TRANSLATE_NOOP("Field", "隐患编号（如 YH2026-001）"), positional=True),), formats=("pdf",)),
        Printable("extinguisher-register", QT_TRANSLATE_NOOP("Module", "灭火器登记及检查台账"), lazy("logistics_desktop.safety.reports:extinguisher_register")),
        Printable("drill-log", QT_TRANSLATE_NOOP("Module", "应急疏散演练记录"), lazy("logistics_desktop.safety.reports:drill_log"),
                  (PrintOption("year", QT_TRANSLATE_NOOP("Field", "年度"), "year"),)),
        Printable("visitor-log", QT_TRANSLATE_NOOP("Module", "来访人员登记簿"), lazy("logistics_desktop.safety.reports:visitor_log"),
                  (PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month"),)),
    ),
    data_kinds=(DataKind("patrol-templates", QT_TRANSLATE_NOOP("Module", "巡查表模板"), lazy("logistics_desktop.safety.templates:import_file"),
                         lazy("logistics_desktop.safety.templates:export_file"), lazy("logistics_desktop.safety.templates:columns")),),
)
