"""餐具消毒 and 陪餐: logs kept day by day, each a RecordsPage (the form beside the month's records)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logistics_desktop.canteen import daily
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.records_page import RecordsPage

MEALS = same(QT_TRANSLATE_NOOP("Field", "早餐"), QT_TRANSLATE_NOOP("Field", "午餐"), QT_TRANSLATE_NOOP("Field", "午点"), QT_TRANSLATE_NOOP("Field", "晚餐"))
RATINGS = same(QT_TRANSLATE_NOOP("Field", "优"), QT_TRANSLATE_NOOP("Field", "良"), QT_TRANSLATE_NOOP("Field", "中"), QT_TRANSLATE_NOOP("Field", "差"))
METHODS = same(*daily.METHODS)  # named as the rule names them (core/rules.py)

DISINFECTION_FIELDS = (
    Field("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
    Field("meal", QT_TRANSLATE_NOOP("Field", "餐次"), "choice", required=True, choices=MEALS),
    Field("items", QT_TRANSLATE_NOOP("Field", "餐具"), "lookup", required=True, choices=same("碗、盘、勺", "餐盘、汤碗、筷子", "水杯")),
    Field("quantity", QT_TRANSLATE_NOOP("Field", "数量"), "int", required=True),
    Field("method", QT_TRANSLATE_NOOP("Field", "消毒方式"), "choice", required=True, choices=METHODS),
    Field("started_at", QT_TRANSLATE_NOOP("Field", "开始时间（如 12:40）"), required=True),
    Field("ended_at", QT_TRANSLATE_NOOP("Field", "结束时间"), required=True),
    Field("operator", QT_TRANSLATE_NOOP("Field", "消毒人"), "staff", required=True),
)
DISINFECTION_COLUMNS = [("day", QT_TRANSLATE_NOOP("Field", "日期")), ("meal", QT_TRANSLATE_NOOP("Field", "餐次")), ("items", QT_TRANSLATE_NOOP("Field", "餐具")),
                        ("quantity", QT_TRANSLATE_NOOP("Field", "数量")), ("method", QT_TRANSLATE_NOOP("Field", "消毒方式")), ("time", QT_TRANSLATE_NOOP("Field", "起止时间")),
                        ("result", QT_TRANSLATE_NOOP("Field", "结果")), ("operator", QT_TRANSLATE_NOOP("Field", "消毒人"))]
COMPANION_FIELDS = (
    Field("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
    Field("meal", QT_TRANSLATE_NOOP("Field", "餐次"), "choice", required=True, choices=MEALS),
    Field("leader", QT_TRANSLATE_NOOP("Field", "陪餐人"), "staff", required=True),
    Field("quality", QT_TRANSLATE_NOOP("Field", "饭菜质量"), "choice", required=True, choices=RATINGS),
    Field("hygiene", QT_TRANSLATE_NOOP("Field", "卫生"), "choice", required=True, choices=RATINGS),
    Field("discipline", QT_TRANSLATE_NOOP("Field", "秩序"), "choice", required=True, choices=RATINGS),
    Field("service", QT_TRANSLATE_NOOP("Field", "服务"), "choice", required=True, choices=RATINGS),
    Field("problems", QT_TRANSLATE_NOOP("Field", "发现的问题")),
    Field("action", QT_TRANSLATE_NOOP("Field", "处理意见")),
)
COMPANION_COLUMNS = [("day", QT_TRANSLATE_NOOP("Field", "日期")), ("meal", QT_TRANSLATE_NOOP("Field", "餐次")), ("leader", QT_TRANSLATE_NOOP("Field", "陪餐人")),
                     ("quality", QT_TRANSLATE_NOOP("Field", "饭菜质量")), ("hygiene", QT_TRANSLATE_NOOP("Field", "卫生")), ("discipline", QT_TRANSLATE_NOOP("Field", "秩序")),
                     ("service", QT_TRANSLATE_NOOP("Field", "服务")), ("problems", QT_TRANSLATE_NOOP("Field", "发现的问题")), ("action", QT_TRANSLATE_NOOP("Field", "处理意见"))]
_SHOWN = ("meal", "method", "quality", "hygiene", "discipline", "service")  # stored words shown in the interface's language


def _shown(row: dict) -> dict:
    return row | {k: QCoreApplication.translate("Field", row[k]) for k in _SHOWN if isinstance(row.get(k), str) and row[k]}


def save_disinfection(session, values: dict) -> str:
    """Times are typed as 12:40 on the chosen day; a warning comes back when the time is short."""
    day = values["day"]
    for key in ("started_at", "ended_at"):
        if values.get(key) and len(str(values[key])) <= 5:
            values[key] = f"{day:%Y-%m-%d} {values[key]}"
    return daily.record_disinfection(session, values)[1]


def disinfection_rows(session, first, end) -> list[dict]:
    return [_shown({**d.as_dict(), "time": f"{d.started_at:%H:%M}—{d.ended_at:%H:%M}",
                    "result": QCoreApplication.translate("Field", "时间不足") if d.short else QCoreApplication.translate("Field", "合格")})
            for d in daily.disinfections(session, first, end)]


def disinfection_page(ctx) -> RecordsPage:
    return RecordsPage(ctx, module="canteen", fields=DISINFECTION_FIELDS, save=save_disinfection, rows=disinfection_rows,
                       columns=DISINFECTION_COLUMNS, printable="disinfection-log", save_label=QT_TRANSLATE_NOOP("Field", "保存消毒记录"),
                       defaults={"meal": "午餐", "method": "蒸汽"}, flag="short")


def companion_page(ctx) -> RecordsPage:
    return RecordsPage(ctx, module="canteen", fields=COMPANION_FIELDS,
                       save=lambda session, values: daily.record_companion_meal(session, values) and None,
                       rows=lambda session, first, end: [_shown(c.as_dict()) for c in daily.companion_meals(session, first, end)],
                       columns=COMPANION_COLUMNS, printable="companion-meal-log", save_label=QT_TRANSLATE_NOOP("Field", "保存陪餐记录"),
                       defaults={"meal": "午餐"})
