"""The demo school's people and places: 40 staff, 60 rooms, 18 classes, two terms."""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import Session

from logistics_desktop.directory import service

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 建国 建华 志强 海燕 春梅 晓东 丽娟 文博 雅琴 慧敏 "
    "晓燕 立新 永红 思远 欣怡 国庆 红梅 秀英 玉兰 桂芳 俊杰 婷婷 晓峰 振华 淑珍 德明 佳慧 子豪 雪梅 宏伟"
).split()

POSTS = (
    ["校长", "副校长", "总务主任", "后勤干事", "保健医", "食堂管理员", "安全专干", "会计", "出纳", "德育主任", "教务主任"]
    + ["厨师"] * 3
    + ["保安"] * 3
    + ["语文教师"] * 7
    + ["数学教师"] * 6
    + ["英语教师"] * 3
    + ["科学教师", "音乐教师", "美术教师", "体育教师", "信息技术教师", "保洁员", "水电工"]
)


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name not in names:
            names.append(name)
    return names


def fill_demo_school(session: Session, rng: random.Random) -> None:
    """Fill an empty database with the demo school's directories (refuses a database with people)."""
    if service.count(session, service.STAFF) or service.count(session, service.ROOMS):
        from logistics_desktop.core.errors import InputError

        raise InputError("", "数据文件中已有人员或房间，演示学校只能装入新的空数据文件")
    service.save_school(session, {"name": "示范区实验小学", "kind": "小学", "address": "示范区学府路 88 号", "phone": "0571-8888 6688"})
    service.save(session, service.TERMS, {"name": "2025—2026学年第二学期", "start": date(2026, 2, 24), "end": date(2026, 7, 10)})
    service.save(session, service.TERMS, {"name": "2026—2027学年第一学期", "start": date(2026, 9, 1), "end": date(2027, 1, 22), "is_current": True})

    people = _names(rng, len(POSTS))
    for name, post in zip(people, POSTS):
        phone = f"13{rng.randint(0, 9)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"
        service.save(session, service.STAFF, {"name": name, "post": post, "phone": phone, "active": True})
    by_post: dict[str, list[str]] = {}
    for name, post in zip(people, POSTS):
        by_post.setdefault(post, []).append(name)
    teachers = [n for n, p in zip(people, POSTS) if p.endswith("教师")]

    grades = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"]
    numerals = "一二三四五六"
    heads = iter(teachers)
    rooms: list[dict] = []
    for g, grade in enumerate(grades):
        building, floor = ("教学楼A", g + 1) if g < 3 else ("教学楼B", g - 2)
        for k in range(1, 4):
            cls = f"{numerals[g]}（{k}）班"
            head = next(heads)
            service.save(session, service.CLASSES, {"name": cls, "grade": grade, "head_teacher": head, "size": rng.randint(40, 46)})
            rooms.append({"name": f"{cls}教室", "building": building, "floor": floor, "purpose": "普通教室", "keeper": head})
    special = [
        ("科学实验室", "综合楼", 1, "专用教室", "科学教师"),
        ("科学准备室", "综合楼", 1, "仪器室", "科学教师"),
        ("计算机教室一", "综合楼", 2, "专用教室", "信息技术教师"),
        ("计算机教室二", "综合楼", 2, "专用教室", "信息技术教师"),
        ("音乐教室", "综合楼", 3, "专用教室", "音乐教师"),
        ("舞蹈房", "综合楼", 3, "专用教室", "音乐教师"),
        ("美术教室", "综合楼", 4, "专用教室", "美术教师"),
        ("书法教室", "综合楼", 4, "专用教室", "美术教师"),
        ("图书室", "综合楼", 1, "图书馆", "后勤干事"),
        ("阅览室", "综合楼", 1, "图书馆", "后勤干事"),
        ("体育器材室", "风雨操场", 1, "器材室", "体育教师"),
        ("风雨操场", "风雨操场", 1, "运动场馆", "体育教师"),
        ("校长室", "行政楼", 3, "办公室", "校长"),
        ("副校长室", "行政楼", 3, "办公室", "副校长"),
        ("总务处", "行政楼", 2, "办公室", "总务主任"),
        ("财务室", "行政楼", 2, "办公室", "会计"),
        ("德育处", "行政楼", 2, "办公室", "德育主任"),
        ("教务处", "行政楼", 2, "办公室", "教务主任"),
        ("会议室", "行政楼", 3, "会议室", "总务主任"),
        ("档案室", "行政楼", 1, "档案室", "后勤干事"),
        ("保健室", "行政楼", 1, "卫生室", "保健医"),
        ("心理咨询室", "行政楼", 1, "专用教室", "德育主任"),
        ("广播室", "行政楼", 1, "功能室", "德育主任"),
        ("监控室", "门卫", 1, "安防", "安全专干"),
        ("门卫室", "门卫", 1, "安防", "保安"),
        ("食堂操作间", "食堂", 1, "食堂", "食堂管理员"),
        ("食堂仓库", "食堂", 1, "仓库", "食堂管理员"),
        ("学生餐厅", "食堂", 1, "食堂", "食堂管理员"),
        ("教师餐厅", "食堂", 2, "食堂", "食堂管理员"),
        ("留样间", "食堂", 1, "食堂", "食堂管理员"),
        ("总务仓库", "综合楼", -1, "仓库", "后勤干事"),
        ("配电房", "综合楼", -1, "设备用房", "水电工"),
        ("消防控制室", "综合楼", -1, "设备用房", "安全专干"),
        ("语文组办公室", "教学楼A", 1, "办公室", "语文教师"),
        ("数学组办公室", "教学楼A", 2, "办公室", "数学教师"),
        ("英语组办公室", "教学楼B", 1, "办公室", "英语教师"),
        ("综合组办公室", "综合楼", 2, "办公室", "美术教师"),
        ("少先队活动室", "综合楼", 3, "功能室", "德育主任"),
        ("录播教室", "综合楼", 4, "专用教室", "信息技术教师"),
        ("保洁工具间", "教学楼A", 1, "杂物间", "保洁员"),
        ("保安值班室", "门卫", 1, "安防", "保安"),
        ("校史陈列室", "行政楼", 1, "功能室", "总务主任"),
    ]
    for name, building, floor, purpose, post in special:
        rooms.append({"name": name, "building": building, "floor": floor, "purpose": purpose, "keeper": by_post[post][0]})
    for room in rooms:
        service.save(session, service.ROOMS, room)
