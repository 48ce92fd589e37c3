"""全日健康观察: the form beside the month's observations (a RecordsPage), printed as the month's record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.health import observations
from logistics_desktop.health.models import ACTIONS, SYMPTOMS
from logistics_desktop.health.view.child_records import ChildRecordsPage

FIELDS = (Field("day", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
          Field("time", QT_TRANSLATE_NOOP("Field", "时间（如 10:20）"), required=True),
          Field("class_name", QT_TRANSLATE_NOOP("Field", "班级"), "choice", required=True),
          Field("child", QT_TRANSLATE_NOOP("Field", "姓名"), "lookup", required=True),
          Field("symptom", QT_TRANSLATE_NOOP("Field", "症状"), "choice", choices=(("", ""), *same(*SYMPTOMS))),
          Field("situation", QT_TRANSLATE_NOOP("Field", "观察到的情况"), required=True),
          Field("action", QT_TRANSLATE_NOOP("Field", "处理"), "choice", required=True, choices=same(*ACTIONS)),
          Field("follow_up", QT_TRANSLATE_NOOP("Field", "需跟踪"), "bool"),
          Field("recorder", QT_TRANSLATE_NOOP("Field", "记录人"), "staff", required=True))
COLUMNS = [("day", QT_TRANSLATE_NOOP("Field", "日期")), ("time", QT_TRANSLATE_NOOP("Field", "时间")), ("class_name", QT_TRANSLATE_NOOP("Field", "班级")),
           ("child", QT_TRANSLATE_NOOP("Field", "姓名")), ("symptom_shown", QT_TRANSLATE_NOOP("Field", "症状")),
           ("situation", QT_TRANSLATE_NOOP("Field", "观察到的情况")), ("action_shown", QT_TRANSLATE_NOOP("Field", "处理")),
           ("follow_up", QT_TRANSLATE_NOOP("Field", "需跟踪")), ("recorder", QT_TRANSLATE_NOOP("Field", "记录人"))]


def _rows(session, first, end) -> list[dict]:
    translate = QCoreApplication.translate
    found = []
    for r in observations.observations(session, first, end):
        symptom, action = r["symptom"], r["action"]
        found.append(r | {"symptom_shown": translate("Field", symptom) if symptom else "", "action_shown": translate("Field", action)})
    return found


class ObservationsPage(ChildRecordsPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, fields=FIELDS, save=lambda session, values: observations.record_observation(session, values) and None,
                         rows=_rows, columns=COLUMNS,
                         printable="health-observation-log", save_label=QT_TRANSLATE_NOOP("Field", "保存观察记录"), defaults={"action": "观察"})

