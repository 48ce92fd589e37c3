"""The demo school's canteen: suppliers and certificates, then a term of school days — menus,
signed deliveries, samples, disinfection, accompanying meals, issues from stock, month-end
counts and meal fees — through the same services the screens use."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, select

from logistics_desktop.canteen import daily, fees, service, stock
from logistics_desktop.canteen.models import Delivery
from logistics_desktop.directory import service as directory
from logistics_desktop.directory.models import Staff

SUPPLIERS = [  # name, supplies, licence expiry (days from today), address, contact, phone
    ("绿源蔬菜配送", "蔬菜", 420, "城东农贸市场 12 号", "李经理", "13800001111"),
    ("鲜达肉类食品", "肉类", 300, "城北食品园区 3 幢", "王经理", "13800002222"),
    ("丰收粮油", "粮油", 200, "学府路 45 号", "张经理", "13800003333"),
    ("晨光蛋奶", "蛋奶", 25, "城西工业区 8 号", "赵经理", "13800004444"),  # expiring soon: 首页 warns
    ("豆香豆制品", "豆制品", 500, "南门菜场 6 号", "陈经理", "13800005555"),
]
# item, spec, unit, price, storage, shelf life days, supplier index, (low, high) quantity
GOODS = {
    0: [("青菜", "新鲜", "kg", "4.50", "常温", 2, (20, 35)), ("土豆", "中", "kg", "3.20", "常温", 15, (15, 30)),
        ("番茄", "大", "kg", "6.00", "常温", 5, (10, 20)), ("胡萝卜", "", "kg", "3.00", "常温", 10, (8, 15)),
        ("黄瓜", "", "kg", "5.00", "常温", 4, (8, 15)), ("大白菜", "", "kg", "2.60", "常温", 7, (15, 25))],
    1: [("冷鲜猪肉", "前腿", "kg", "26.00", "冷藏", 3, (15, 25)), ("鸡腿", "冷冻", "kg", "18.00", "冷冻", 180, (10, 20)),
        ("牛肉", "冷鲜", "kg", "62.00", "冷藏", 3, (5, 10))],
    2: [("大米", "25kg/袋", "袋", "160.00", "常温", 365, (3, 5)), ("面粉", "10kg/袋", "袋", "58.00", "常温", 240, (1, 3)),
        ("食用油", "5L", "桶", "75.00", "常温", 540, (2, 4))],
    3: [("鸡蛋", "散装", "kg", "11.00", "常温", 30, (10, 20)), ("纯牛奶", "200ml×24", "箱", "62.00", "冷藏", 21, (20, 30))],
    4: [("豆腐", "", "kg", "6.00", "冷藏", 2, (8, 15)), ("豆干", "", "kg", "12.00", "冷藏", 5, (3, 6))],
}
MENUS = [  # 午餐 dishes with grams per child, and the 午点
    [("红烧鸡腿", 80, "鸡腿"), ("番茄炒蛋", 90, "番茄、鸡蛋"), ("清炒青菜", 100, "青菜"), ("米饭", 150, "大米")],
    [("土豆烧牛肉", 90, "牛肉、土豆"), ("麻婆豆腐", 80, "豆腐、猪肉末"), ("炒白菜", 100, "大白菜"), ("米饭", 150, "大米")],
    [("糖醋里脊", 80, "猪肉"), ("胡萝卜炒蛋", 80, "胡萝卜、鸡蛋"), ("蒜蓉青菜", 100, "青菜"), ("米饭", 150, "大米")],
    [("红烧肉", 70, "猪肉"), ("家常豆干", 80, "豆干、青椒"), ("拍黄瓜", 80, "黄瓜"), ("米饭", 150, "大米")],
    [("鸡腿饭", 90, "鸡腿"), ("番茄土豆汤", 120, "番茄、土豆"), ("清炒白菜", 100, "大白菜"), ("米饭", 150, "大米")],
]
SNACKS = ["牛奶", "蒸蛋糕", "水果", "豆浆", "小馒头"]


def _by_post(session: Session) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for s in session.exec(select(Staff).where(Staff.active == True)):  # noqa: E712
        found.setdefault(s.post, []).append(s.name)
    return found


def fill(session: Session, rng: random.Random) -> None:
    if session.exec(select(Delivery.id)).first() is not None:
        return
    today = date.today()
    now = datetime.now()
    people = _by_post(session)
    manager = people["食堂管理员"][0]
    cooks = people.get("厨师", [manager])
    leaders = people.get("校长", []) + people.get("副校长", [])
    accountant = (people.get("会计") or [manager])[0]
    for name, supplies, days, address, contact, phone in SUPPLIERS:
        service.save_supplier(session, {"name": name, "supplies": supplies, "address": address, "contact": contact, "phone": phone,
                                        "licence_no": f"JY1330{rng.randrange(10**9, 10**10)}", "licence_expiry": today + timedelta(days=days)})
    for n, person in enumerate([manager] + cooks):
        service.save_certificate(session, person=person, number=f"JKZ-{today.year}-{n + 1:03d}",
                                 expiry=today + timedelta(days=20 if n == 1 else 200 + 30 * n))
    term = directory.current_term(session)
    start = term.start if term and term.start <= today else today - timedelta(days=60)
    monday = start - timedelta(days=start.weekday())
    for offset, day in enumerate(directory.school_days(monday, monday + timedelta(days=((today - monday).days // 7 + 1) * 7))):
        lunch = MENUS[offset % len(MENUS)]
        daily.set_day_menu(session, day, "午餐", [{"dish": d, "grams": g, "ingredients": i} for d, g, i in lunch])
        daily.set_day_menu(session, day, "午点", [{"dish": SNACKS[offset % len(SNACKS)], "grams": 100}])
    for day in directory.school_days(start, today):
        _one_day(session, rng, day, now, manager, cooks, leaders)
    _counts_and_fees(session, rng, start, today, manager, accountant)


def _one_day(session, rng, day, now, manager, cooks, leaders) -> None:
    arrival = datetime.combine(day, time(6, 40))
    if arrival > now:
        return
    groups = [0, 1] + ([2] if day.weekday() == 0 else []) + ([3, 4] if day.weekday() in (0, 2, 4) else [])
    for n, group in enumerate(groups):
        supplier = SUPPLIERS[group][0]
        lines = []
        for item, spec, unit, price, storage, shelf, (low, high) in rng.sample(GOODS[group], k=min(len(GOODS[group]), rng.randrange(2, 5))):
            line = {"item": item, "spec": spec, "unit": unit, "quantity": str(rng.randrange(low, high + 1)), "unit_price": price,
                    "storage": storage, "produced_on": (day - timedelta(days=rng.randrange(0, 2))).isoformat(), "shelf_life_days": str(shelf)}
            if storage == "冷藏":
                line["temperature"] = str(rng.choice([2, 3, 4, 5]))
            elif storage == "冷冻":
                line["temperature"] = str(rng.choice([-18, -16, -15]))
            if item == "青菜" and rng.random() < 0.1:
                line["rejected"], line["reject_reason"] = "2", "部分叶片发黄"
            lines.append(line)
        documents = ["许可证/营业执照", "购货凭证"] + (["动物检疫证明", "检验合格证明"] if group == 1 else ["检验合格证明"] if group in (2, 3) else [])
        delivery = service.record_delivery(session, {"at": arrival + timedelta(minutes=12 * n), "supplier": supplier, "documents": documents},
                                           lines)
        service.sign(session, delivery, acceptor1=manager, acceptor2=rng.choice(cooks))
    lunch_end = datetime.combine(day, time(12, 30))
    if lunch_end > now:
        return
    for d in daily.menu(session, day, day + timedelta(days=1)):
        stored = datetime.combine(day, time(11 if d.meal == "午餐" else 14, 20))
        if stored <= now:
            daily.record_sample(session, {"day": day, "meal": d.meal, "dish": d.dish, "grams": rng.randrange(130, 220), "stored_at": stored,
                                          "by": rng.choice(cooks)})
    for s in daily.destroyable(session, now - timedelta(days=1)):
        daily.destroy(session, [s.id], by=manager, at=s.keep_until + timedelta(hours=rng.randrange(1, 20)))
    begin = datetime.combine(day, time(13, rng.randrange(0, 30)))
    minutes = 4 if rng.random() < 0.03 else rng.randrange(15, 30)
    daily.record_disinfection(session, {"day": day, "meal": "午餐", "items": "餐盘、汤碗、勺子", "quantity": rng.randrange(900, 1000),
                                        "method": "蒸汽", "started_at": begin, "ended_at": begin + timedelta(minutes=minutes),
                                        "operator": rng.choice(cooks)})
    if leaders:
        rating = lambda: rng.choice(["优", "优", "优", "良"])  # noqa: E731
        problem = rng.random() < 0.1
        daily.record_companion_meal(session, {"day": day, "meal": "午餐", "leader": leaders[day.toordinal() % len(leaders)],
                                              "quality": "中" if problem else rating(), "hygiene": rating(), "discipline": rating(),
                                              "service": rating(), "problems": "青菜偏咸" if problem else "",
                                              "action": "已告知厨师减少用盐" if problem else ""})
    book = stock.book(session, day)
    for (item, unit), quantity in book.items():
        if quantity > 0:  # the kitchen uses most of what came in, dry goods a little at a time
            share = min(quantity, 1) if unit in ("袋", "桶") else quantity
            stock.issue(session, {"on": day, "item": item, "unit": unit, "quantity": str(share), "purpose": "午餐", "by": rng.choice(cooks)})


def _counts_and_fees(session, rng, start, today, manager, accountant) -> None:
    month = start.replace(day=1)
    while month <= today:
        following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        last_day = following - timedelta(days=1)
        days = sum(1 for _ in directory.school_days(max(month, start), min(last_day, today)))
        fees.record_entry(session, {"on": max(month, start), "account": "children", "kind": "收入", "category": "伙食费收入",
                                    "amount": f"{days * 2600}.00", "note": f"{month.month} 月学生伙食费", "by": accountant})
        fees.record_entry(session, {"on": max(month, start), "account": "staff", "kind": "收入", "category": "伙食费收入",
                                    "amount": f"{days * 60 * 15}.00", "note": f"{month.month} 月教职工餐费", "by": accountant})
        fees.record_entry(session, {"on": min(last_day, today), "account": "staff", "kind": "支出", "category": "调味品及零星食材",
                                    "amount": f"{days * 60 * 15 * rng.randrange(93, 99) // 100}.00", "note": "教职工餐食材", "by": accountant})
        fees.record_entry(session, {"on": min(last_day, today), "account": "children", "kind": "支出", "category": "燃料",
                                    "amount": f"{rng.randrange(2800, 3600)}.00", "note": "燃气费", "by": accountant})
        if last_day < today:
            book = stock.book(session, last_day)
            counts = {k: (v - 1 if v > 1 and rng.random() < 0.2 else v) for k, v in book.items() if v > 0}
            if counts:
                stock.record_count(session, counted_on=last_day, counts=counts, by=manager)
        month = following
