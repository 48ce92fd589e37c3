"""操作日志 printed or saved as a spreadsheet: who, when, what, old → new."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from logistics_desktop.accounts import service
from logistics_desktop.core.fields import a_date
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.report import Ledger, LedgerColumn

# the tables' names as a clerk reads them (translated in the page, AuditPage context)
ENTITIES = {
    "asset": QT_TRANSLATE_NOOP("AuditPage", "资产卡片"),
    "asset_movement": QT_TRANSLATE_NOOP("AuditPage", "资产变动"),
    "consumable_item": QT_TRANSLATE_NOOP("AuditPage", "低值易耗品"),
    "staff": QT_TRANSLATE_NOOP("AuditPage", "人员"),
    "room": QT_TRANSLATE_NOOP("AuditPage", "房间"),
    "school_class": QT_TRANSLATE_NOOP("AuditPage", "班级"),
    "term": QT_TRANSLATE_NOOP("AuditPage", "学期"),
    "school": QT_TRANSLATE_NOOP("AuditPage", "学校"),
    "app_user": QT_TRANSLATE_NOOP("AuditPage", "用户"),
    "health_access": QT_TRANSLATE_NOOP("AuditPage", "健康记录查阅"),
    "stocktake": QT_TRANSLATE_NOOP("AuditPage", "资产清查"),
    "canteen_delivery": QT_TRANSLATE_NOOP("AuditPage", "进货验收"),
    "canteen_companion_meal": QT_TRANSLATE_NOOP("AuditPage", "陪餐"),
    "canteen_disinfection": QT_TRANSLATE_NOOP("AuditPage", "餐具消毒"),
    "canteen_fee_entry": QT_TRANSLATE_NOOP("AuditPage", "伙食费"),
    "canteen_food_sample": QT_TRANSLATE_NOOP("AuditPage", "留样"),
    "canteen_health_certificate": QT_TRANSLATE_NOOP("AuditPage", "健康证"),
    "canteen_menu_dish": QT_TRANSLATE_NOOP("AuditPage", "食谱"),
    "canteen_stock_count": QT_TRANSLATE_NOOP("AuditPage", "库存盘点"),
    "canteen_stock_issue": QT_TRANSLATE_NOOP("AuditPage", "出库"),
    "canteen_supplier": QT_TRANSLATE_NOOP("AuditPage", "供货单位"),
    "health_absence_followup": QT_TRANSLATE_NOOP("AuditPage", "因病缺勤追踪"),
    "health_disease_case": QT_TRANSLATE_NOOP("AuditPage", "传染病登记"),
    "health_disinfection": QT_TRANSLATE_NOOP("AuditPage", "消毒记录"),
    "health_injury": QT_TRANSLATE_NOOP("AuditPage", "伤害登记"),
    "health_medication": QT_TRANSLATE_NOOP("AuditPage", "带药"),
    "health_outbreak_warning": QT_TRANSLATE_NOOP("AuditPage", "疫情预警"),
    "safety_drill": QT_TRANSLATE_NOOP("AuditPage", "演练"),
    "safety_extinguisher": QT_TRANSLATE_NOOP("AuditPage", "灭火器"),
    "safety_extinguisher_check": QT_TRANSLATE_NOOP("AuditPage", "灭火器检查"),
    "safety_hazard": QT_TRANSLATE_NOOP("AuditPage", "隐患"),
    "safety_patrol": QT_TRANSLATE_NOOP("AuditPage", "巡查"),
    "safety_visit": QT_TRANSLATE_NOOP("AuditPage", "来访登记"),
}


def audit_ledger(session: Session, options: dict[str, Any]) -> Ledger:
    from logistics_desktop.directory import service as directory

    since = a_date(options["since"], "since", "起始日期") if options.get("since") else None
    rows = service.audit_rows(session, since=since, actor=options.get("by") or "")
    body = [[f"{r['at']:%Y-%m-%d %H:%M}", r["actor"], ENTITIES.get(r["entity"], r["entity"]), r["entity_id"] or "", r["action"],
             r["changes"]] for r in rows]
    period = (f"{since:%Y-%m-%d} 起" if since else "全部") + (f"；操作人：{options['by']}" if options.get("by") else "")
    return Ledger(
        title="操作日志",
        columns=[LedgerColumn("时间", 30), LedgerColumn("操作人", 20), LedgerColumn("记录", 24), LedgerColumn("编号", 12, "right"),
                 LedgerColumn("操作", 16), LedgerColumn("改动（原 → 新）", 165)],
        rows=body,
        school=directory.school_name(session),
        period=period,
        period_label="范围",
        landscape=True,
        signatures=("打印人", "审核人"),
        summary=[f"共 {len(body)} 条"],
    )
