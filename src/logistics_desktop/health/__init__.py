"""卫生保健：幼儿/学生名册、晨午检（班级一屏、键盘录入）、未检提醒；records about children stay on the health screens and forms.

Roster, daily checks, illness absences followed up, the outbreak warnings (the 2006 rule and the disease cluster rows),
the infectious-disease register, measurements evaluated by the national growth standards, and their printed forms.
"""

from __future__ import annotations

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.modules import BinderForm, DataKind, Duty, Module, Printable, PrintOption, SettingsPage, lazy

MONTH = PrintOption("month", QT_TRANSLATE_NOOP("Field", "月份（如 2026-09）"), "month")
CLASS = PrintOption("class", QT_TRANSLATE_NOOP("Field", "班级（空为全校）"))
TERM = PrintOption("term", QT_TRANSLATE_NOOP("Field", "学期（空为本学期）"))
YEAR = PrintOption("year", QT_TRANSLATE_NOOP("Field", "学年（如 2026，填写则统计 2026—2027 学年）"))

MODULE = Module(
    key="health",
    role="health",
    title=QT_TRANSLATE_NOOP("Module", "卫生保健"),
    models="logistics_desktop.health.models",
    build_tab=lazy("logistics_desktop.health.view:HealthTab"),
    settings_pages=(SettingsPage("disinfection-minimums", QT_TRANSLATE_NOOP("Module", "消毒要求"), lazy("logistics_desktop.health.view:DisinfectionMinimumsPage")),
                    SettingsPage("anaemia-cutoffs", QT_TRANSLATE_NOOP("Module", "贫血界值"), lazy("logistics_desktop.health.view:AnaemiaCutoffsPage"))),
    home_items=lazy("logistics_desktop.health.service:home_items"),
    duties=(Duty("measurement-round", QT_TRANSLATE_NOOP("Field", "体格测量"), lazy("logistics_desktop.health.measurements:measured_between"),
                 ("测量", "体检"), on_home=True),),
    term_figures=lazy("logistics_desktop.health.stats:term_figures"),
    binder_forms=tuple(BinderForm("health", key) for key in ("morning-check-log", "health-observation-log", "absence-followup", "zero-report",
                                                                "attendance-stats", "infectious-register", "health-disinfection-log",
                                                                "medication-log", "injury-log")),
    demo=lazy("logistics_desktop.health.demo:fill"),
    demo_order=60,
    add_cli=lazy("logistics_desktop.health.cli:add_commands"),
    printables=(
        Printable("morning-check-log", QT_TRANSLATE_NOOP("Module", "晨午检记录表"), lazy("logistics_desktop.health.reports:morning_check_log"),
                  (MONTH, CLASS)),
        Printable("day-check-form", QT_TRANSLATE_NOOP("Module", "晨午检记录表（一班一天）"), lazy("logistics_desktop.health.reports:day_check_form"),
                  (PrintOption("class", QT_TRANSLATE_NOOP("Field", "班级")), PrintOption("day", QT_TRANSLATE_NOOP("Field", "日期"), "date"),
                   PrintOption("session", QT_TRANSLATE_NOOP("Field", "晨检或午检（晨/午）"), default="晨"))),
        Printable("attendance-stats", QT_TRANSLATE_NOOP("Module", "出勤统计分析表"), lazy("logistics_desktop.health.reports:attendance_stats"),
                  (MONTH, CLASS, PrintOption("day", QT_TRANSLATE_NOOP("Field", "某一天（填写则只统计这一天）")),
                   PrintOption("term", QT_TRANSLATE_NOOP("Field", "学期（填写则统计整学期，“本学期”为当前学期）")))),
        Printable("zero-report", QT_TRANSLATE_NOOP("Module", "因病缺勤日报表（零报告）"), lazy("logistics_desktop.health.reports:zero_report"),
                  (MONTH, CLASS)),
        Printable("absence-followup", QT_TRANSLATE_NOOP("Module", "因病缺勤追踪登记表"), lazy("logistics_desktop.health.followups:followup_ledger"),
                  (MONTH,)),
        Printable("health-observation-log", QT_TRANSLATE_NOOP("Module", "全日健康观察记录"),
                  lazy("logistics_desktop.health.observations:observation_log"), (MONTH,)),
        Printable("infectious-register", QT_TRANSLATE_NOOP("Module", "传染病登记表"), lazy("logistics_desktop.health.diseases:register_ledger"),
                  (MONTH,)),
        Printable("infectious-stats", QT_TRANSLATE_NOOP("Module", "传染病发病统计表"), lazy("logistics_desktop.health.diseases:statistics_ledger"),
                  (PrintOption("term", QT_TRANSLATE_NOOP("Field", "学期（空为本学期）")),)),
        Printable("return-check", QT_TRANSLATE_NOOP("Module", "复课查验证明"), lazy("logistics_desktop.health.diseases:return_certificate"),
                  (PrintOption("id", QT_TRANSLATE_NOOP("Field", "传染病登记编号"), positional=True),), formats=("pdf",)),
        Printable("health-disinfection-log", QT_TRANSLATE_NOOP("Module", "消毒记录表"), lazy("logistics_desktop.health.disinfection:disinfection_log"),
                  (MONTH,)),
        Printable("medication-log", QT_TRANSLATE_NOOP("Module", "服药记录"), lazy("logistics_desktop.health.medication:medication_log"), (MONTH,)),
        Printable("injury-log", QT_TRANSLATE_NOOP("Module", "儿童伤害登记表"), lazy("logistics_desktop.health.injuries:injury_log"), (MONTH,)),
        Printable("outbreak-report", QT_TRANSLATE_NOOP("Module", "疫情报告（草稿）"), lazy("logistics_desktop.health.outbreaks:report_draft"),
                  (PrintOption("id", QT_TRANSLATE_NOOP("Field", "疫情预警编号"), positional=True),), formats=("pdf",)),
        Printable("growth-evaluation", QT_TRANSLATE_NOOP("Module", "生长发育评价表"), lazy("logistics_desktop.health.measurements:growth_evaluation"),
                  (CLASS, PrintOption("day", QT_TRANSLATE_NOOP("Field", "截至日期（空为今天）"), "date"),
                   PrintOption("term", QT_TRANSLATE_NOOP("Field", "学期（填写则取该学期内的测量，“本学期”为当前学期）")), YEAR)),
        Printable("health-exam-stats", QT_TRANSLATE_NOOP("Module", "健康检查统计分析表"), lazy("logistics_desktop.health.stats:exam_stats"),
                  (TERM, YEAR)),
        Printable("case-files", QT_TRANSLATE_NOOP("Module", "体弱儿/肥胖儿专案管理登记表"), lazy("logistics_desktop.health.casefiles:case_ledger"),
                  (TERM, YEAR, CLASS)),
        Printable("growth-chart", QT_TRANSLATE_NOOP("Module", "儿童生长发育报告（生长曲线）"), lazy("logistics_desktop.health.stats:growth_chart"),
                  (PrintOption("child", QT_TRANSLATE_NOOP("Field", "幼儿/学生姓名")), PrintOption("class", QT_TRANSLATE_NOOP("Field", "班级（同名时填写）"))),
                  formats=("pdf",)),
        Printable("children-list", QT_TRANSLATE_NOOP("Module", "幼儿/学生名册"), lazy("logistics_desktop.health.service:roster_ledger"), (CLASS,)),
    ),
    data_kinds=(DataKind("children", QT_TRANSLATE_NOOP("Module", "幼儿/学生名册"), lazy("logistics_desktop.health.service:import_children"),
                         lazy("logistics_desktop.health.service:export_children"), lazy("logistics_desktop.health.service:columns")),
                DataKind("measurements", QT_TRANSLATE_NOOP("Module", "体检测量结果"), lazy("logistics_desktop.health.measurements:import_measurements"),
                         lazy("logistics_desktop.health.measurements:export_measurements"), lazy("logistics_desktop.health.measurements:columns"))),
)
