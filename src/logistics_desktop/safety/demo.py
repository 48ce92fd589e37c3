"""The demo school's safety records: a term of patrols, hazards in every state, extinguishers with
their monthly checks, drills and visitors — up to today, through the same services the screens use."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, select

from logistics_desktop.directory import service as directory
from logistics_desktop.directory.models import Room
from logistics_desktop.safety import fire, service
from logistics_desktop.safety.models import Hazard

PROBLEMS = {
    "消防安全": ["二楼东侧安全出口堆放纸箱", "应急照明灯不亮", "灭火器被花盆遮挡", "防火门闭门器损坏，门无法自动关闭"],
    "用电安全": ["配电箱未上锁", "插座面板松动、有烧焦痕迹", "电线外皮破损"],
    "设施设备": ["滑梯连接螺栓松动", "秋千吊链锈蚀", "软质地面破损"],
    "校舍安全": ["楼梯扶手松动", "窗户限位器缺失", "屋面渗漏"],
    "食品安全": ["燃气报警器未通电", "留样冰箱温度显示 9℃"],
    "治安安全": ["一键报警装置测试未响应", "监控 3 号摄像头画面模糊"],
    "周边安全": ["校门口减速带破损", "周边施工围挡缺口"],
    "其他": ["其他问题"],
}
SCENARIOS = ["火灾疏散", "地震应急疏散", "防踩踏疏散", "火灾疏散（无预告）", "防暴演练"]
VISIT_REASONS = [("送教具", "器材供应商"), ("家长接孩子看病", "家长"), ("维修空调", "维修工"), ("区教育局检查", "教育局"),
                 ("送资料", "快递员"), ("校园绿化养护", "绿化公司"), ("家访回访", "家长")]
ID_AREAS = ["330106", "330102", "330108", "330110", "340104"]


def _id_number(rng: random.Random) -> str:
    birth = date(1970, 1, 1) + timedelta(days=rng.randrange(0, 30 * 365))
    body = f"{rng.choice(ID_AREAS)}{birth:%Y%m%d}{rng.randrange(100, 999)}"
    total = sum(int(d) * w for d, w in zip(body, fire._ID_WEIGHTS))
    return body + "10X98765432"[total % 11]


def fill(session: Session, rng: random.Random) -> None:
    if session.exec(select(Hazard.id)).first() is not None:
        return
    today = date.today()
    term = directory.current_term(session)
    start = max(term.start, today - timedelta(days=120)) if term and term.start <= today else today - timedelta(days=90)
    staff = directory.staff_names(session)
    patrollers, reviewers = staff[:6], staff[6:10]
    _patrols(session, rng, start, today, patrollers, reviewers)
    _extinguishers(session, rng, start, today, patrollers)
    _hazard_states(session, rng, today, staff)
    _drills(session, rng, start, today, staff)
    _visitors(session, rng, today, staff)


def _patrols(session, rng, start, today, patrollers, reviewers) -> None:
    now = datetime.now()
    rooms = [r.name for r in session.exec(select(Room).order_by(Room.id))] or ["教学楼"]
    areas = [(area, service.items(session, area.id)) for area in service.areas(session)]
    for day in directory.school_days(start, today):
        for area, items in areas:
            if area.frequency == "每周" and day.weekday() != 2:
                continue
            if area.frequency == "每月" and not (day.day <= 7 and day.weekday() == 3):
                continue
            if area.frequency == "每季度" and not (day.month in (3, 6, 9, 12) and 20 <= day.day <= 26 and day.weekday() == 1):
                continue
            if area.frequency == "每日" and rng.random() < 0.03:
                continue  # a day missed now and then: 首页 shows it
            at = datetime.combine(day, time(7, 30)) + timedelta(minutes=rng.randrange(0, 60) + (540 if area.name == "食堂" else 0))
            if at > now:
                continue
            answers = []
            for item in items:
                answer = "异常" if rng.random() < 0.01 else "不适用" if rng.random() < 0.02 else "正常"
                note = rng.choice(PROBLEMS.get(area.category, PROBLEMS["其他"])) if answer == "异常" else ""
                hazard = {"place": rng.choice(rooms), "responsible": rng.choice(reviewers),
                          "measure": "立即整改，完成后报安全管理员复查"} if answer == "异常" else None
                answers.append(service.AnswerInput(item.id, answer, note, hazard))
            patroller = rng.choice(patrollers)
            reviewer = rng.choice([r for r in reviewers if r != patroller]) if area.needs_reviewer or rng.random() < 0.3 else ""
            service.record_patrol(session, area=area.name, at=at, patroller=patroller, reviewer=reviewer, answers=answers)


def _hazard_states(session, rng, today, staff) -> None:
    """Old hazards are closed; recent ones are left at every step, one failed a re-check, one is overdue."""
    hazards = list(session.exec(select(Hazard).order_by(Hazard.found_on)))
    for n, h in enumerate(hazards):
        age = (today - h.found_on).days
        rectifier = h.responsible or staff[0]
        checker = next(s for s in staff[10:] if s != rectifier)
        on = lambda days, found=h.found_on: min(found + timedelta(days=days), today)  # noqa: E731
        if age < 2:
            continue  # 待整改
        service.advance(session, h.id, "开始整改", by=rectifier, on=on(1), responsible=rectifier)
        if age < 5 and n % 2:
            continue  # 整改中
        service.advance(session, h.id, "整改完成", by=rectifier, on=on(3), note="已按要求整改")
        if age < 8:
            continue  # 待复查
        if n % 7 == 3:
            service.advance(session, h.id, "复查不通过", by=checker, on=on(5), note="整改不彻底，需更换配件")
            if age < 20:
                continue
            service.advance(session, h.id, "整改完成", by=rectifier, on=on(9), note="已更换配件")
        service.advance(session, h.id, "复查通过", by=checker, on=on(10))
    # one reported by hand, past its deadline
    service.open_hazard(session, {"found_on": today - timedelta(days=12), "finder": staff[0], "place": "操场北侧围墙",
                                  "description": "围墙顶部砖块松动，有坠落风险", "category": "校舍安全", "level": "重大",
                                  "measure": "设置警戒线，请施工单位加固", "responsible": staff[2], "deadline": today - timedelta(days=2)})
    late = session.exec(select(Hazard).where(Hazard.place == "操场北侧围墙")).one()
    service.advance(session, late.id, "开始整改", by=staff[2], on=today - timedelta(days=10))
    # one whose re-check failed last week, and one reported yesterday, not yet started
    service.open_hazard(session, {"found_on": today - timedelta(days=9), "finder": staff[1], "place": "食堂操作间",
                                  "description": "排烟罩油污积聚", "category": "食品安全", "measure": "清洗排烟罩和烟道",
                                  "responsible": staff[3], "deadline": today + timedelta(days=3)})
    grease = session.exec(select(Hazard).where(Hazard.place == "食堂操作间", Hazard.description == "排烟罩油污积聚")).one()
    service.advance(session, grease.id, "开始整改", by=staff[3], on=today - timedelta(days=8))
    service.advance(session, grease.id, "整改完成", by=staff[3], on=today - timedelta(days=6), note="已自行擦洗")
    service.advance(session, grease.id, "复查不通过", by=staff[0], on=today - timedelta(days=5), note="烟道内部未清洗，需请专业公司")
    service.open_hazard(session, {"found_on": today - timedelta(days=4), "finder": staff[1], "place": "体育器材室",
                                  "description": "篮球架底座螺栓松动", "category": "设施设备", "measure": "紧固螺栓并加装配重",
                                  "responsible": staff[2], "deadline": today + timedelta(days=3)})
    hoop = session.exec(select(Hazard).where(Hazard.place == "体育器材室", Hazard.description == "篮球架底座螺栓松动")).one()
    service.advance(session, hoop.id, "开始整改", by=staff[2], on=today - timedelta(days=3))
    service.advance(session, hoop.id, "整改完成", by=staff[2], on=today - timedelta(days=2), note="已紧固并加装配重")
    service.open_hazard(session, {"found_on": today - timedelta(days=1), "finder": staff[0], "place": "综合楼三楼男厕所",
                                  "description": "地面瓷砖破损，易滑倒", "category": "校舍安全", "measure": "更换瓷砖，设置防滑警示",
                                  "responsible": staff[2]})


def _extinguishers(session, rng, start, today, checkers) -> None:
    rooms = [r.name for r in session.exec(select(Room).order_by(Room.id))]
    places = [r for r in rooms if not r.endswith("教室")][:20] + [r for r in rooms if r.endswith("教室")][:12]
    n = 0
    for place in places:
        kind = "二氧化碳" if any(w in place for w in ("机房", "配电", "计算机")) else "水基型" if "食堂" in place else "干粉"
        for _ in range(2):
            n += 1
            life = next(k for k in fire.kinds(session) if k.name == kind)
            made = today - timedelta(days=rng.randrange(200, 365 * life.first_repair_years - 20))
            repaired = None
            if n in (7, 19):  # older ones, repaired on time; one of them is near its scrap age
                made = fire.add_years(today, -life.scrap_years) + timedelta(days=20 if n == 7 else 400)
                repaired = fire.add_years(today, -1) + timedelta(days=60)
            fire.save_extinguisher(session, {"code": f"MHQ-{n:03d}", "kind": kind, "location": place, "manufactured_on": made,
                                             "repaired_on": repaired, "spec": {"干粉": "MFZ/ABC4", "二氧化碳": "MT3", "水基型": "MSZ/6"}[kind]})
    month = start.replace(day=1)
    while month <= today:
        for r in fire.register(session, today):
            day = month + timedelta(days=rng.randrange(2, 9))
            if day > today or (month.year, month.month) == (today.year, today.month) and rng.random() < 0.4:
                continue
            flags = {"gauge_ok": rng.random() > 0.01}
            fire.record_check(session, r["code"], on=day, checker=rng.choice(checkers), note="" if all(flags.values()) else "压力不足", **flags)
        month = fire.add_months(month, 1)


def _drills(session, rng, start, today, staff) -> None:
    month = start.replace(day=1)
    while month <= today:
        day = month + timedelta(days=rng.randrange(5, 15))
        day += timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)  # a school day
        if start <= day <= today:
            fire.record_drill(session, {"held_on": day, "scenario": rng.choice(SCENARIOS), "participants": rng.randrange(900, 1100),
                                        "evacuation_seconds": rng.randrange(150, 260), "organiser": staff[1],
                                        "problems": rng.choice(["", "个别班级下楼速度偏慢", "三楼西侧楼梯口拥堵", ""])})
        month = fire.add_months(month, 1)


def _visitors(session, rng, today, staff) -> None:
    now = datetime.now()
    forgotten = False
    for day in directory.school_days(today - timedelta(days=30), today):
        for _ in range(rng.randrange(1, 5)):
            reason, who = rng.choice(VISIT_REASONS)
            at = datetime.combine(day, time(8)) + timedelta(minutes=rng.randrange(0, 480))
            if at > now:
                continue
            surname = rng.choice("王李张刘陈杨赵黄周吴")
            visit = fire.sign_in(session, {"time_in": at, "name": surname + rng.choice(["先生", "女士"]) if who != "家长" else surname + "家长",
                                           "id_number": _id_number(rng), "phone": f"13{rng.randrange(100000000, 999999999)}",
                                           "reason": reason, "visited": rng.choice(staff)})
            leave = at + timedelta(minutes=rng.randrange(15, 120))
            if leave < now and not (day < today and not forgotten):
                fire.sign_out(session, visit, leave)
            forgotten = forgotten or day < today  # one visitor of an earlier day never signed out: 首页 shows it
