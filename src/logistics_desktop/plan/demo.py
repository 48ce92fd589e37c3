"""The demo school's term plan, in the shape of the logistics offices' own plans: a few items a month, those of the months
gone by done (by hand, or by the records the other modules' demos wrote)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlmodel import Session, select

from logistics_desktop.directory import service as directory
from logistics_desktop.plan import service
from logistics_desktop.plan.models import PlanItem

# by the month's place in the term: (area, what, who's place in the staff list, duty)
SHAPE = (
    (("资产", "开学准备：检查教室课桌椅、门窗、电器，登记维修", 0, ""), ("安全", "开学消防安全检查（季度），消除隐患", 1, "fire-inspection"),
     ("食堂", "食堂卫生检查，从业人员健康证核验", 2, ""), ("卫生保健", "新生入园体检资料收齐，开学测量身高体重", 3, "measurement-round")),
    (("安全", "组织全校疏散演练", 1, "drill"), ("食堂", "供货单位证照复核", 2, ""), ("资产", "低值易耗品月末盘点", 0, "")),
    (("安全", "校舍安全检查，消防设施维保", 1, ""), ("卫生保健", "秋冬季传染病预防宣传，教室消毒检查", 3, ""),
     ("资产", "教学设备维修与报修清理", 0, "")),
    (("安全", "冬季用电、用火安全检查", 1, ""), ("食堂", "伙食费收支公示，征求家长意见", 2, ""), ("安全", "组织疏散演练", 1, "drill")),
    (("资产", "期末资产清查，打印盈亏表，校长签字", 0, "stocktake"), ("卫生保健", "期末测量身高体重，统计分析", 3, "measurement-round"),
     ("其他", "学期后勤工作总结", 0, "")),
)


def fill(session: Session, rng: random.Random) -> None:
    term = directory.current_term(session)
    if term is None or session.exec(select(PlanItem.id).where(PlanItem.term_id == term.id)).first() is not None:
        return
    today = date.today()
    staff = directory.staff_names(session)
    months = service.term_months(term)
    # the term-end items go to its last month, the others to the months before it in order
    planned = list(zip(months[:-1], SHAPE[:-1])) + [(months[-1], SHAPE[-1])]
    for month, shape in planned:
        for area, what, who, duty in shape:
            item_id = service.save_item(session, {"month": f"{month:%Y-%m}", "area": area, "what": what, "who": staff[who] if staff else "",
                                                  "duty": duty}, term_id=term.id)
            if not duty and service.next_month(month) <= today and rng.random() < 0.85:  # most of the months gone by, ticked
                service.mark_done(session, item_id, {"done_on": month + timedelta(days=rng.randint(5, 25)), "done_note": "已按计划完成"})
