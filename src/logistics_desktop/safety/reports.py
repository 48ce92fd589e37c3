"""The safety forms: blank checklists, the patrol log, the hazard ledger and rectification notice,
the extinguisher register, the drill log and the visitor log."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlmodel import Session

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.parse import month_bounds
from logistics_desktop.core.report import Drawing, Ledger, LedgerColumn
from logistics_desktop.directory.service import school_name
from logistics_desktop.printing.form import TickBox, paragraph_text
from logistics_desktop.safety import fire, service

CHINESE_NUMERALS = "一二三四五六七八九十"


def _year(options: dict[str, Any]) -> int:
    try:
        year = int(options.get("year") or date.today().year)
    except ValueError:
        raise InputError("year", "年度应写成 2026") from None
    if not 2000 <= year <= 2100:
        raise InputError("year", "年度应在 2000 到 2100 之间")
    return year


def checklist(session: Session, options: dict[str, Any]) -> Ledger:
    """Blank checklist for one area or a route of several, N copies, ticked by hand on patrol."""
    names = [n for n in re.split(r"[,，、;；]", str(options.get("template") or "")) if n.strip()] or ["每日防火巡查"]
    chosen = [service.area_by_name(session, n, "template") for n in names]
    try:
        copies = int(options.get("copies") or 1)
    except ValueError:
        raise InputError("copies", "份数应是 1 到 100 的整数") from None
    if not 1 <= copies <= 100:
        raise InputError("copies", "份数应是 1 到 100 的整数")
    columns = [LedgerColumn("序号", 10, "center"), LedgerColumn("检查项目", 100), LedgerColumn("正常", 12, "center"),
               LedgerColumn("异常", 12, "center"), LedgerColumn("不适用", 14, "center"), LedgerColumn("情况说明", 44)]
    rows, emphasis = [], []
    for n, area in enumerate(chosen):
        if len(chosen) > 1:
            emphasis.append(len(rows))
            rows.append(["", f"{CHINESE_NUMERALS[n] if n < 10 else n + 1}、{area.name}", "", "", "", ""])
        rows += [[i, item.text, TickBox(), TickBox(), TickBox(), ""] for i, item in enumerate(service.items(session, area.id), 1)]
    reviewer = any(a.needs_reviewer for a in chosen)
    title = f"{chosen[0].name}检查表" if len(chosen) == 1 else "安全巡查表"
    return Ledger(title, columns, rows, school=school_name(session),
                  period="巡查日期：　　　年　　月　　日　　时　　分 至 　　时　　分", period_label="",
                  signatures=("检查人", "复核人", "消防安全责任人") if reviewer else ("巡查人", "复核人"),
                  notes=["说明：逐项检查，在相应方框内打“√”；发现异常须在“情况说明”中写明部位和情况，当天交安全管理员登记为隐患并跟踪整改，直至复查销号。"],
                  emphasis=emphasis, row_height=9, copies=copies)


def patrol_record(session: Session, options: dict[str, Any]) -> Ledger:
    """One patrol as filled in: the checklist with each answer ticked, the notes, who patrolled and when."""
    from logistics_desktop.safety.models import ChecklistArea, Patrol

    try:
        patrol = session.get(Patrol, int(options.get("id") or 0))
    except ValueError:
        patrol = None
    if patrol is None:
        raise InputError("id", f"没有编号为“{options.get('id')}”的巡查记录")
    area = session.get(ChecklistArea, patrol.area_id)
    answers = service.patrol_answers(session, patrol.id)
    rows = [[a.position, a.item_text, *("√" if a.answer == choice else "" for choice in service.ANSWERS), a.note] for a in answers]
    columns = [LedgerColumn("序号", 10, "center"), LedgerColumn("检查项目", 100), LedgerColumn("正常", 12, "center"),
               LedgerColumn("异常", 12, "center"), LedgerColumn("不适用", 14, "center"), LedgerColumn("情况说明", 44)]
    who = f"巡查人：{patrol.patroller}" + (f"　复核人：{patrol.reviewer}" if patrol.reviewer else "")
    abnormal = sum(1 for a in answers if a.answer == "异常")
    return Ledger(f"{area.name}检查记录", columns, rows, school=school_name(session), period=f"巡查时间：{patrol.at:%Y-%m-%d %H:%M}",
                  period_label="", summary=[f"{who}；异常 {abnormal} 项" + ("，已登记为隐患" if abnormal else "")],
                  signatures=("巡查人", "复核人"))


def patrol_log(session: Session, options: dict[str, Any]) -> Ledger:
    first, end = month_bounds(options.get("month"))
    rows = [[p["at"].strftime("%Y-%m-%d %H:%M"), p["area"], p["patroller"], p["reviewer"], p["normal"], p["abnormal"], p["na"],
             p["problems"] or "—"] for p in reversed(service.patrols(session, first, end))]
    columns = [LedgerColumn("巡查时间", 28, "center"), LedgerColumn("巡查表", 32), LedgerColumn("巡查人", 16, "center"),
               LedgerColumn("复核人", 16, "center"), LedgerColumn("正常", 11, "right"), LedgerColumn("异常", 11, "right"),
               LedgerColumn("不适用", 12, "right"), LedgerColumn("发现的问题", 110)]
    problems = sum(r[5] for r in rows)
    return Ledger("安全巡查记录", columns, rows, school=school_name(session), period=f"{first:%Y 年 %m 月}", landscape=True,
                  summary=[f"共巡查 {len(rows)} 次，发现异常 {problems} 项（均已登记为隐患，见隐患排查整改台账）"],
                  signatures=("记录人", "安全管理员", "校长"))


def hazard_ledger(session: Session, options: dict[str, Any]) -> Ledger:
    """隐患排查整改台账 of a year: every hazard with each step of its rectification."""
    year = _year(options)
    today = date.today()
    rows = []
    for n, h in enumerate(sorted(service.hazards(session, year=year, today=today), key=lambda h: h["number"]), 1):
        done = recheck = ""
        edits = []
        for s in service.steps(session, h["id"]):
            if s.action == "修改":  # what was changed after registration (a deadline extended …) stays on paper
                edits.append(f"{s.on:%m-%d} {s.by} 修改：{s.note}")
            elif s.action == "整改完成":
                done = f"{s.on:%m-%d} {s.by}：{s.note}"
            elif s.action.startswith("复查"):
                recheck = f"{s.on:%m-%d} {s.by} {s.action[2:]}" + (f"：{s.note}" if s.note else "")
        state = f"已销号\n{h['closed_on']:%m-%d}" if h["status"] == "已销号" else h["status"] + ("\n（逾期）" if h["overdue"] else "")
        rows.append([n, h["number"], h["found_on"].strftime("%m-%d"), h["finder"], h["place"], h["description"], h["category"], h["level"],
                     h["measure"], h["responsible"], h["deadline"].strftime("%m-%d"), "\n".join([*edits, done]).strip(), recheck, state])
    columns = [LedgerColumn("序号", 8, "center"), LedgerColumn("编号", 19, "center"), LedgerColumn("发现日期", 11, "center"),
               LedgerColumn("发现人", 12, "center"), LedgerColumn("隐患部位", 20), LedgerColumn("隐患情况", 36),
               LedgerColumn("类别", 15, "center"), LedgerColumn("等级", 9, "center"), LedgerColumn("整改措施", 30),
               LedgerColumn("责任人", 12, "center"), LedgerColumn("期限", 11, "center"), LedgerColumn("整改情况", 30),
               LedgerColumn("复查", 24), LedgerColumn("状态", 17, "center")]
    closed = sum(1 for r in rows if r[-1].startswith("已销号"))
    overdue = sum(1 for r in rows if r[-1].endswith("（逾期）"))
    major = sum(1 for r in rows if r[7] == "重大")
    return Ledger("隐患排查整改台账", columns, rows, school=school_name(session), period=f"{year} 年度", landscape=True,
                  summary=[f"共 {len(rows)} 条隐患（重大 {major} 条）：已销号 {closed} 条，未销号 {len(rows) - closed} 条，其中逾期 {overdue} 条"],
                  signatures=("填表人", "安全管理员", "校长"))


def notice(session: Session, options: dict[str, Any]) -> Drawing:
    """隐患整改通知单: the notice handed to the person responsible, with reply and re-check sections."""
    h = service.find_hazard(session, options.get("id"))
    steps = service.steps(session, h.id)
    done = [s for s in steps if s.action == "整改完成"]
    checks = [s for s in steps if s.action.startswith("复查")]
    reply = "\n".join(f"{s.on:%Y-%m-%d} {s.by}：{s.note}" for s in done)
    recheck = "\n".join(f"{s.on:%Y-%m-%d} {s.by}：{s.action[2:]}" + (f"，{s.note}" if s.note else "") for s in checks)
    school = school_name(session)
    d = h.deadline
    rows = [
        ["隐患部位", h.place, "发现日期", h.found_on.strftime("%Y-%m-%d")],
        ["隐患类别", h.category, "隐患等级", h.level],
        ["发现人", h.finder, "整改责任人", h.responsible],
        ["隐患情况", h.description, "", ""],
        ["整改要求", h.measure or "", "", ""],
        ["整改期限", f"请于 {d.year} 年 {d.month} 月 {d.day} 日前整改完毕，并将整改情况书面回复。", "", ""],
        ["签发人（签字）：\n\n日期：", "", "接收人（签字）：\n\n日期：", ""],
        ["整改情况回复", reply, "", ""],
        ["", "整改责任人（签字）：　　　　　　　　　日期：", "", ""],
        ["复查意见", recheck, "", ""],
        ["", "复查人（签字）：　　　　　　　　　　　日期：", "", ""],
    ]
    spans = [(1, r, 3, r) for r in (3, 4, 5, 7, 8, 9, 10)] + [(0, 6, 1, 6), (2, 6, 3, 6), (0, 7, 0, 8), (0, 9, 0, 10)]
    shaded = [(0, r) for r in (0, 1, 2, 3, 4, 5, 7, 9)] + [(2, r) for r in (0, 1, 2)]
    heights = {3: 28, 4: 24, 6: 22, 7: 40, 9: 32}

    def draw(target) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Spacer

        from logistics_desktop.printing.fonts import register_fonts
        from logistics_desktop.printing.form import form_table
        from logistics_desktop.printing.frame import PageFrame, build_document

        frame = PageFrame("隐患整改通知单", school, f"编号：{h.number}", (), period_label="")
        font = register_fonts()
        lead = ParagraphStyle("lead", fontName=font, fontSize=11, leading=18)
        addressee = h.responsible or "　　　　"
        story = [Paragraph(paragraph_text(f"{addressee}：\n　　经检查，你负责的部位存在下列安全隐患，请按要求在期限内整改，整改完成后回复，由学校安排复查销号。"), lead),
                 Spacer(1, 4 * mm),
                 form_table(rows, [28, 62, 28, 62], frame.body_width, spans=spans, heights_mm=heights, shaded=shaded)]
        build_document(target, frame, story)

    return Drawing(f"隐患整改通知单 {h.number}", draw)


def extinguisher_register(session: Session, options: dict[str, Any]) -> Ledger:
    today = date.today()
    rows = [[n, r["code"], r["kind"], r["spec"], r["location"], r["manufactured_on"].strftime("%Y-%m-%d"),
             r["repaired_on"].strftime("%Y-%m-%d") if r["repaired_on"] else "—", r["next_repair"].strftime("%Y-%m-%d"),
             r["scrap_on"].strftime("%Y-%m-%d"), r["last_check"].strftime("%Y-%m-%d") if r["last_check"] else "未检查",
             r["last_result"], r["state"]] for n, r in enumerate(fire.register(session, today), 1)]
    columns = [LedgerColumn("序号", 9, "center"), LedgerColumn("编号", 18, "center"), LedgerColumn("类型", 15, "center"),
               LedgerColumn("规格型号", 22), LedgerColumn("放置位置", 36), LedgerColumn("生产日期", 19, "center"),
               LedgerColumn("最近维修", 19, "center"), LedgerColumn("下次维修", 19, "center"), LedgerColumn("报废日期", 19, "center"),
               LedgerColumn("最近月检", 19, "center"), LedgerColumn("月检结果", 14, "center"), LedgerColumn("状态", 14, "center")]
    due = [r for r in rows if r[-1] != "在用"]
    unchecked = sum(1 for r in fire.register(session, today) if not r["checked_this_month"])
    kinds = "；".join(f"{k.name} 出厂 {k.first_repair_years} 年首次维修、此后每 {k.repair_every_years} 年维修、{k.scrap_years} 年报废"
                     for k in fire.kinds(session))
    return Ledger("灭火器登记及检查台账", columns, rows, school=school_name(session), period=f"打印日期：{today:%Y-%m-%d}",
                  period_label="", landscape=True,
                  summary=[f"在用灭火器 {len(rows)} 具，应维修或报废 {len(due)} 具，本月未月检 {unchecked} 具"],
                  notes=[f"维修、报废年限（GB 50444-2008，本校设置）：{kinds}。"],
                  signatures=("检查人", "安全管理员", "消防安全责任人"))


def drill_log(session: Session, options: dict[str, Any]) -> Ledger:
    year = _year(options)
    rows = [[d.held_on.strftime("%Y-%m-%d"), d.scenario, d.participants, f"{d.evacuation_seconds // 60} 分 {d.evacuation_seconds % 60:02d} 秒",
             d.organiser, d.problems or "无"] for d in reversed(fire.drills(session, year))]
    columns = [LedgerColumn("日期", 22, "center"), LedgerColumn("演练科目", 34), LedgerColumn("参加人数", 16, "right"),
               LedgerColumn("疏散用时", 22, "center"), LedgerColumn("组织人", 16, "center"), LedgerColumn("发现的问题及改进", 70)]
    every = "每月" if fire.drill_interval_months(session) == 1 else "每季度"
    return Ledger("应急疏散演练记录", columns, rows, school=school_name(session), period=f"{year} 年度",
                  summary=[f"共演练 {len(rows)} 次；要求{every}至少一次，下次应在 {fire.next_drill_due(session, date.today()):%Y-%m-%d} 前"],
                  signatures=("记录人", "安全管理员", "校长"))


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else phone


def visitor_log(session: Session, options: dict[str, Any]) -> Ledger:
    """来访人员登记簿 for a month; ID numbers printed masked, phone numbers too."""
    first, end = month_bounds(options.get("month"))
    rows = [[v["time_in"].strftime("%m-%d %H:%M"), v["time_out"].strftime("%H:%M") if v["time_out"] else "未登记",
             v["name"], v["id_masked"], mask_phone(v["phone"]), v["reason"], v["visited"], v["note"]]
            for v in fire.visits(session, first, end)]
    columns = [LedgerColumn("来访时间", 22, "center"), LedgerColumn("离校", 14, "center"), LedgerColumn("姓名", 16, "center"),
               LedgerColumn("证件号码", 40, "center"), LedgerColumn("联系电话", 24, "center"), LedgerColumn("来访事由", 40),
               LedgerColumn("被访人", 16, "center"), LedgerColumn("备注", 30)]
    missing = sum(1 for r in rows if r[1] == "未登记")
    return Ledger("来访人员登记簿", columns, rows, school=school_name(session), period=f"{first:%Y 年 %m 月}", landscape=True,
                  summary=[f"共来访 {len(rows)} 人次，未登记离校 {missing} 人次；证件号码只显示后 4 位"],
                  signatures=("门卫", "安全管理员"))
