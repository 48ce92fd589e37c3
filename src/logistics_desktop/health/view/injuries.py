"""儿童伤害登记: the form beside the month's injuries (a RecordsPage), printed as the month's 儿童伤害登记表."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.health import injuries
from logistics_desktop.health.view.child_records import ChildRecordsPage

FIELDS = (Field("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
          Field("time", QT_TRANSLATE_NOOP("Field", "时间（如 10:20）"), required=True),
          Field("class_name", QT_TRANSLATE_NOOP("Field", "班级"), "choice", required=True),
          Field("child", QT_TRANSLATE_NOOP("Field", "姓名"), "lookup", required=True),
          Field("place", QT_TRANSLATE_NOOP("Field", "地点"), required=True),
          Field("kind", QT_TRANSLATE_NOOP("Field", "伤害类型"), "choice", required=True, choices=same(*injuries.KINDS)),
          Field("what_happened", QT_TRANSLATE_NOOP("Field", "经过"), required=True),
          Field("treatment", QT_TRANSLATE_NOOP("Field", "处理"), required=True),
          Field("parents_told", QT_TRANSLATE_NOOP("Field", "家长告知（时间、方式）"), required=True),
          Field("teacher", QT_TRANSLATE_NOOP("Field", "当班责任人"), "staff", required=True),
          Field("recorder", QT_TRANSLATE_NOOP("Field", "填表人"), "staff", required=True))
COLUMNS = [("day", QT_TRANSLATE_NOOP("Field", "日期")), ("time", QT_TRANSLATE_NOOP("Field", "时间")), ("class_name", QT_TRANSLATE_NOOP("Field", "班级")),
           ("child", QT_TRANSLATE_NOOP("Field", "姓名")), ("place", QT_TRANSLATE_NOOP("Field", "地点")), ("kind_shown", QT_TRANSLATE_NOOP("Field", "伤害类型")),
           ("what_happened", QT_TRANSLATE_NOOP("Field", "经过")), ("treatment", QT_TRANSLATE_NOOP("Field", "处理")),
           ("parents_told", QT_TRANSLATE_NOOP("Field", "家长告知")), ("teacher", QT_TRANSLATE_NOOP("Field", "当班责任人"))]


def _rows(session, first, end) -> list[dict]:
    found = []
    for r in injuries.injuries(session, first, end):
        kind = r["kind"]
        found.append(r | {"kind_shown": QCoreApplication.translate("Field", kind)})
    return found


class InjuriesPage(ChildRecordsPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, fields=FIELDS, save=injuries.record_injury, rows=_rows, columns=COLUMNS, printable="injury-log",
                         save_label=QT_TRANSLATE_NOOP("Field", "保存伤害登记"), defaults={"kind": "跌伤"})

