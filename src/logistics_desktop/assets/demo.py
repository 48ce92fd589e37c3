"""The demo school's assets: about 1,500 cards in its rooms, batch cards included, with a history."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlmodel import Session

from logistics_desktop.assets import service
from logistics_desktop.assets.models import Asset, AssetMovement, ConsumableItem

# (name, class code, spec, unit, unit price in 元, quantity per card, cards per room)
KITS = {
    "普通教室": [("学生课桌椅", "A050103", "升降式 单人", "套", 320, 45, 1), ("讲台", "A050102", "钢木 1.2m", "张", 680, 1, 1),
             ("交互式智能平板", "A023203", "希沃 86 英寸", "台", 12800, 1, 1), ("空调机", "A0206180203", "格力 3 匹柜机", "台", 5980, 1, 2),
             ("吊扇", "A0206180201", "1.4m", "台", 260, 1, 4), ("图书柜", "A050105", "钢制 两门", "个", 850, 1, 2),
             ("教师用台式计算机", "A02010105", "联想启天 M450", "台", 4280, 1, 1),
             ("教室护眼灯", "A0206", "LED 格栅 36W", "盏", 1080, 1, 12), ("学生储物柜", "A050105", "钢制 24 格", "组", 1350, 1, 4)],
    "专用教室": [("台式计算机", "A02010105", "联想启天 M450", "台", 4280, 1, 24), ("学生椅", "A050103", "塑钢", "把", 120, 45, 1),
             ("空调机", "A0206180203", "格力 2 匹柜机", "台", 4680, 1, 2), ("投影仪", "A020202", "爱普生 CB-X50", "台", 4600, 1, 1)],
    "办公室": [("台式计算机", "A02010105", "联想启天 M450", "台", 4280, 1, 6), ("办公桌", "A050102", "1.4m 钢木", "张", 1080, 1, 6),
            ("办公椅", "A050103", "网布转椅", "把", 360, 6, 1), ("文件柜", "A050105", "钢制 五节", "个", 760, 1, 3),
            ("激光打印机", "A02010601", "惠普 M1136", "台", 1580, 1, 1), ("空调机", "A0206180203", "美的 1.5 匹挂机", "台", 2980, 1, 1)],
    "图书馆": [("图书", "A0401", "2019—2025 年采购", "册", 28, 2000, 5), ("书架", "A050106", "钢制 双面", "组", 1200, 1, 12),
            ("阅览桌椅", "A050102", "六人位", "套", 2400, 1, 8)],
    "器材室": [("篮球", "A0233", "斯伯丁 7 号", "个", 180, 30, 1), ("足球", "A0233", "5 号", "个", 150, 30, 1),
            ("跳绳", "A0233", "计数跳绳", "根", 25, 100, 1), ("乒乓球台", "A0233", "红双喜 室内", "张", 3200, 1, 6),
            ("体操垫", "A0233", "1.2×0.6m", "块", 160, 40, 1)],
    "仪器室": [("学生显微镜", "A023201", "XSP-06 1600 倍", "台", 680, 1, 30), ("天平", "A023201", "托盘天平 200g", "台", 120, 30, 1),
            ("人体模型", "A023202", "85cm 半身", "个", 1100, 1, 2)],
    "食堂": [("不锈钢操作台", "A0235", "1.8m 双层", "张", 1600, 1, 4), ("消毒柜", "A0235", "康宝 高温", "台", 6800, 1, 2),
           ("冷藏冷冻柜", "A0206180101", "星星 双温", "台", 4200, 1, 3), ("留样冰箱", "A0206180101", "海尔 专用", "台", 2600, 1, 1)],
    "安防": [("监控主机", "A0236", "海康 32 路", "台", 8600, 1, 1), ("监控摄像机", "A0236", "海康 400 万像素", "台", 1180, 1, 64),
           ("灭火器箱", "A0237", "4kg×2 具", "套", 260, 2, 1)],
    "卫生室": [("诊疗床", "A0238", "不锈钢", "张", 980, 1, 1), ("身高体重秤", "A0238", "电子式", "台", 1280, 1, 1)],
}
PURPOSE_KIT = {"普通教室": "普通教室", "专用教室": "专用教室", "办公室": "办公室", "会议室": "办公室", "图书馆": "图书馆",
               "器材室": "器材室", "运动场馆": "器材室", "仪器室": "仪器室", "食堂": "食堂", "仓库": "办公室", "安防": "安防",
               "卫生室": "卫生室", "功能室": "办公室", "档案室": "办公室", "设备用房": "安防", "杂物间": None}
FUNDING = ("财政拨款", "义务教育经费", "公用经费", "专项资金")


def fill_demo_assets(session: Session, rng: random.Random) -> None:
    from logistics_desktop.directory import service as directory

    rooms = directory.rows(session, directory.ROOMS)
    staff = [s["id"] for s in directory.rows(session, directory.STAFF)]
    now = datetime.now()
    cards = []
    number = 0
    for room in rooms:
        kit = KITS.get(PURPOSE_KIT.get(room["purpose"]) or "", [])
        keeper = next((s["id"] for s in directory.rows(session, directory.STAFF) if s["name"] == room["keeper"]), None)
        for name, class_code, spec, unit, price, quantity, count in kit:
            for _ in range(count):
                number += 1
                acquired = date(rng.choice((2015, 2017, 2019, 2021, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28))
                cards.append({
                    "code": f"ZC-{number:06d}", "name": name, "class_code": class_code, "brand": spec.split()[0], "spec": spec,
                    "unit": unit, "quantity": Decimal(quantity), "unit_price_fen": price * 100, "amount_fen": price * 100 * quantity,
                    "acquired_on": acquired, "acquisition": rng.choice(("购置", "购置", "购置", "调拨", "捐赠")),
                    "funding": rng.choice(FUNDING), "invoice_no": f"{rng.randint(10**7, 10**8 - 1)}", "supplier": "区教育装备中心",
                    "department": "总务处" if "办公" in room["purpose"] else "教务处", "room_id": room["id"],
                    "custodian_id": keeper or rng.choice(staff), "status": "在用", "service_years": None, "note": "",
                    "loan_party": "", "loan_due": None, "retired_on": None, "created_at": now,
                })
    session.execute(insert(Asset.__table__), cards)
    ids = dict(session.execute(select(Asset.code, Asset.id)).all())
    session.execute(insert(AssetMovement.__table__), [
        {"asset_id": ids[c["code"]], "kind": "新增", "on": c["acquired_on"], "to_room_id": c["room_id"], "to_custodian_id": c["custodian_id"],
         "party": "", "amount_fen": 0, "reason": "", "result": "", "note": f"{c['acquisition']}", "open": False, "actor": "演示数据", "created_at": now}
        for c in cards
    ])
    _history(session, rng, [ids[c["code"]] for c in cards if c["quantity"] == 1 and c["unit_price_fen"] >= 100000])
    _consumables(session, rng)


def _consumables(session: Session, rng: random.Random) -> None:
    from logistics_desktop.assets import consumables
    from logistics_desktop.directory import service as directory

    people = directory.staff_names(session)
    today = date.today()
    stock = [("A4 复印纸", "70g 500 张/包", "包", "办公用品", 20, 120, "23.5"), ("黑色中性笔", "0.5mm", "支", "办公用品", 50, 400, "1.2"),
             ("白板笔", "黑色", "支", "教学耗材", 30, 150, "2.5"), ("粉笔", "无尘 100 支/盒", "盒", "教学耗材", 20, 100, "6"),
             ("垃圾袋", "60×80cm", "卷", "清洁用品", 30, 150, "5.8"), ("洗手液", "500ml", "瓶", "清洁用品", 24, 28, "12"),
             ("LED 灯管", "T8 1.2m 18W", "支", "维修材料", 20, 60, "19"), ("水龙头", "铜 4 分", "个", "维修材料", 5, 12, "36")]
    for name, spec, unit, category, minimum, first_in, price in stock:
        item_id = consumables.save_item(session, {"name": name, "spec": spec, "unit": unit, "category": category, "min_stock": minimum})
        consumables.stock_in(session, item_id, quantity=first_in, unit_price=price, supplier="区教育装备中心", on=today - timedelta(days=60))
        for _ in range(rng.randint(2, 6)):
            item = session.get(ConsumableItem, item_id)
            take = min(item.stock, Decimal(rng.randint(1, max(1, int(first_in) // 10))))
            if take > 0:
                consumables.issue_out(session, item_id, quantity=take, person=rng.choice(people), purpose="日常办公",
                                      trade_in=name == "LED 灯管", on=today - timedelta(days=rng.randint(1, 50)))


def _history(session: Session, rng: random.Random, card_ids: list[int]) -> None:
    """A term's worth of events: loans (some overdue), transfers, repairs and a scrap in progress."""
    from logistics_desktop.directory import service as directory

    today = date.today()
    people = directory.staff_names(session)
    rooms = [r["name"] for r in directory.rows(session, directory.ROOMS)]
    picked = rng.sample(card_ids, 40)
    for card_id in picked[:8]:
        start = today - timedelta(days=rng.randint(10, 40))
        service.lend(session, card_id, party=rng.choice(people), on=start, due_on=start + timedelta(days=rng.choice((7, 14, 60))))
    for card_id in picked[8:20]:
        service.transfer(session, card_id, to_room=rng.choice(rooms), to_custodian=rng.choice(people), on=today - timedelta(days=rng.randint(1, 80)))
    for card_id in picked[20:26]:
        service.request_repair(session, card_id, reason=rng.choice(("无法开机", "屏幕闪烁", "不制冷", "噪音大")), on=today - timedelta(days=rng.randint(1, 20)))
    for card_id in picked[26:29]:
        service.request_repair(session, card_id, reason="主板故障", on=today - timedelta(days=30))
        service.finish_repair(session, card_id, repaired=True, cost="260", party="区装备中心维修部", on=today - timedelta(days=25))
    for card_id in picked[29:32]:
        service.request_scrap(session, card_id, reason=service.SCRAP_REASONS[2], on=today - timedelta(days=15))
    service.advance_scrap(session, picked[29], party="区装备中心", result="已超使用年限，无法使用", on=today - timedelta(days=10))
    service.compensate(session, picked[32], party="五（2）班学生家长", amount="300", reason="碰撞损坏屏幕", on=today - timedelta(days=5))
