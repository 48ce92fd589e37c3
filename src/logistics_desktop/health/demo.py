"""The demo school's children (invented names), the last school days' 晨检 (two classes left 未检 today), two infectious cases,
and the term's two measurement rounds (a few overweight, obese, wasted and stunted children among them)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert
from sqlmodel import Session, select

from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import AbsenceFollowUp, CheckEntry, Child, DailyCheck, Measurement

SURNAMES = "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 韩 冯 邓 曹".split()
GIVEN = ("子涵 梓萱 一诺 浩然 欣妍 宇轩 诗涵 子墨 雨桐 梓豪 若汐 俊熙 可馨 思源 语嫣 明轩 佳怡 睿泽 安琪 天佑 "
         "沐阳 星辰 雨泽 晨曦 书瑶 嘉懿 锦程 乐萱 子睿 芷若").split()
ALERTS = ("", "", "", "", "", "", "", "", "", "", "", "", "花生过敏", "牛奶过敏", "哮喘，随身带药", "蚕豆病（G6PD 缺乏）")


def fill(session: Session, _shared: random.Random) -> None:
    if session.exec(select(Child.id)).first() is not None:
        return
    rng = random.Random(60)  # its own: the term of checks draws thousands of numbers, the modules after it keep theirs
    today = date.today()
    term = directory.current_term(session)
    start = term.start if term else today - timedelta(days=60)
    rows = []
    classes = directory.rows(session, directory.CLASSES)
    for c in classes:
        grade = "一二三四五六".index(c["name"][0]) if c["name"][0] in "一二三四五六" else 0
        for _ in range(c["size"] or 40):
            age_days = int((6 + grade) * 365.25) + rng.randrange(0, 365)
            rows.append({"name": rng.choice(SURNAMES) + rng.choice(GIVEN), "sex": rng.choice(("男", "女")),
                         "birth_date": date(start.year, 9, 1) - timedelta(days=age_days), "class_id": c["id"],
                         "guardian": "", "phone": f"13{rng.randrange(100000000, 999999999)}", "alerts": rng.choice(ALERTS),
                         "enrolled_on": date(start.year - grade, 9, 1), "left_on": None})
    for r in rows:
        r["guardian"] = r["name"][0] + rng.choice(("先生", "女士"))
    session.execute(insert(Child), rows)
    _checks(session, rng, today, classes)
    _cases(session, today, classes)
    _disinfections(session, today, classes)
    _medication_and_injury(session, today, classes)
    _earlier_warnings_reported(session, today)
    _measurement_rounds(session, rng, start, today)
    _case_files(session, today)


def _checks(session: Session, rng: random.Random, today: date, classes: list[dict]) -> None:
    """晨检 of every school day of the term so far, and today's for all but two classes."""
    term = directory.current_term(session)
    days, day = [], max(term.start if term else today - timedelta(days=90), today - timedelta(days=150))
    while day < today:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    kids: dict[int, list[int]] = {}
    for child_id, class_id in session.exec(select(Child.id, Child.class_id)):
        kids.setdefault(class_id, []).append(child_id)
    todo = [(d, c) for d in days for c in classes]
    if today.weekday() < 5:
        todo += [(today, c) for c in classes[:-2]]
    outbreak_day, outbreak_class = max(days), classes[3]["id"]  # 二（1）班 crosses the 2006 rule on the last school day
    for day, c in todo:
        check = DailyCheck(class_id=c["id"], day=day, session="晨检", checker="闫建国" if rng.random() < 0.5 else "班主任",
                           checked_at=datetime.combine(day, time(7, 50 + rng.randrange(0, 9))))
        session.add(check)
        session.flush()
        entries = []
        for child_id in kids.get(c["id"], []):
            roll = rng.random()
            entry = {"check_id": check.id, "child_id": child_id, "present": roll > 0.03, "absence_reason": "", "symptom": "",
                     "temperature": None, "action": "", "item_taken": "", "note": ""}
            if not entry["present"]:
                entry["absence_reason"] = "病假" if roll < 0.015 else "事假"
                entry["symptom"] = rng.choice(("发热", "咳嗽", "腹泻")) if entry["absence_reason"] == "病假" else ""
            elif roll > 0.997:
                entry.update(symptom="咳嗽", action="观察")
            entries.append(entry)
        if (day, c["id"]) == (outbreak_day, outbreak_class):
            for entry in entries[:3]:
                entry.update(present=True, absence_reason="", symptom="腹泻", action="通知家长", note="午饭后腹痛")
        session.execute(insert(CheckEntry), entries)
    from logistics_desktop.health import followups, outbreaks

    outbreaks.check_outbreaks(session, outbreak_day, now=datetime.combine(outbreak_day, time(8, 30)))
    entries = session.exec(select(CheckEntry.child_id, CheckEntry.present, CheckEntry.absence_reason, CheckEntry.symptom, DailyCheck.day)
                           .join(DailyCheck, DailyCheck.id == CheckEntry.check_id).order_by(DailyCheck.day)).all()
    away: set[int] = set()  # children with an open follow-up
    for child_id, present, reason, symptom, day in entries:  # what saving those checks would have opened and closed
        if not present and reason == "病假" and child_id not in away:
            followups.open_for(session, child_id, day, symptom)
            away.add(child_id)
        elif present and child_id in away:
            followups.back_at_check(session, child_id, day)
            away.discard(child_id)
    _followed(session, rng, today)


def _followed(session: Session, rng: random.Random, today: date) -> None:
    """What the doctor found out for the follow-ups of earlier days (today's are still to be called)."""
    diagnoses = {"发热": ("上呼吸道感染", "病毒性感冒"), "咳嗽": ("急性支气管炎", "上呼吸道感染"), "腹泻": ("急性胃肠炎",), "皮疹": ("水痘",)}
    for follow in session.exec(select(AbsenceFollowUp).where(AbsenceFollowUp.first_day < today - timedelta(days=1))):
        follow.called, follow.called_at = "电话联系家长", datetime.combine(follow.first_day, time(8, 40))
        follow.seen_at = rng.choice(("区妇幼保健院", "市儿童医院", "社区卫生服务中心"))
        follow.diagnosis, follow.tracker = rng.choice(diagnoses.get(follow.symptom, ("上呼吸道感染",))), "闫建国"
        follow.certificate_checked = follow.diagnosis == "水痘"
        session.add(follow)


def _cases(session: Session, today: date, classes: list[dict]) -> None:
    """A chickenpox case isolated, back on its checked 复课证明, its class still under observation; a mumps case at home."""
    from logistics_desktop.health import diseases

    def first_child(class_index: int) -> str:
        return session.exec(select(Child.name).where(Child.class_id == classes[class_index]["id"]).order_by(Child.id)).first()

    onset = today - timedelta(days=20)
    back = onset + timedelta(days=15)
    _away(session, classes[1]["id"], first_child(1), onset, back, "皮疹")
    diseases.save_case(session, {"class_name": classes[1]["name"], "child": first_child(1), "disease": "水痘", "onset": onset,
                                 "diagnosed_on": onset + timedelta(days=1), "hospital": "区妇幼保健院", "left_on": onset, "recorder": "闫建国",
                                 "returned_on": back, "certificate_from": "区妇幼保健院", "certificate_checked_by": "闫建国",
                                 "disinfected_on": onset + timedelta(days=1), "disinfected_by": "闫建国"}, today=today)
    onset = today - timedelta(days=3)
    diseases.save_case(session, {"class_name": classes[5]["name"], "child": first_child(5), "disease": "流行性腮腺炎", "onset": onset,
                                 "diagnosed_on": onset, "hospital": "市儿童医院", "left_on": onset, "recorder": "闫建国"}, today=today)


def _disinfections(session: Session, today: date, classes: list[dict]) -> None:
    """The health office's 消毒记录 of the last school days: toilets and air every day, toys once a week, one UV lamp run short."""
    from logistics_desktop.health import disinfection

    day, done = today - timedelta(days=1), 0
    while done < 5:
        if day.weekday() < 5:
            done += 1
            base = {"day": day, "kind": "预防性", "operator": "闫建国", "checker": "范芳"}
            disinfection.record(session, base | {"time": "12:10", "target": "厕所、便盆", "place": "教学楼各层卫生间", "method": "含氯", "mg_l": "500",
                                                 "minutes": "30"})
            disinfection.record(session, base | {"time": "16:40", "target": "活动室、寝室（空气）", "place": classes[0]["name"], "method": "紫外线",
                                                 "minutes": "40" if done == 2 else "60"})
            if day.weekday() == 4:
                disinfection.record(session, base | {"time": "15:30", "target": "玩具", "place": "体育器材、图书角玩具", "method": "含氯", "mg_l": "250",
                                                     "minutes": "20"})
        day -= timedelta(days=1)


def _medication_and_injury(session: Session, today: date, classes: list[dict]) -> None:
    """Today's 带药 of one child (the morning dose given if its time has come) and last school day's fall in the playground."""
    from logistics_desktop.health import injuries, medication

    kids = session.exec(select(Child.name).where(Child.class_id == classes[2]["id"], Child.alerts == "").order_by(Child.id)).all()
    request = medication.take_in(session, {"class_name": classes[2]["name"], "child": kids[0], "medicine": "小儿氨酚黄那敏颗粒", "dose": "半袋",
                                           "times": "10:00、14:30", "method": "温水冲服", "notes": "服后多喝水", "parent": kids[0][0] + "妈妈",
                                           "received_by": "闫建国"}, today=today)
    now = datetime.now()
    if now.date() == today and now.time() >= time(10, 5):
        first = min(d.id for d in medication.doses(session, today, today + timedelta(days=1)) if d.medication_id == request)
        medication.give(session, first, {"time": "10:05", "giver": "闫建国", "checker": "范芳", "reaction": "无"}, now=now)
    day = today - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    injuries.record_injury(session, {"day": day, "time": "10:20", "class_name": classes[2]["name"], "child": kids[1], "kind": "跌伤",
                                     "place": "操场滑梯", "what_happened": "课间下滑梯时前扑，右膝擦伤", "treatment": "碘伏消毒、创可贴，观察无异常",
                                     "parents_told": "10:40 电话告知家长", "teacher": "范芳", "recorder": "闫建国"})


def _away(session: Session, class_id: int, name: str, first: date, back: date, symptom: str) -> None:
    """The checks of the days a case was isolated show the child away ill, its follow-up closed on the return."""
    from sqlalchemy import update

    from logistics_desktop.health import followups

    child_id = session.exec(select(Child.id).where(Child.class_id == class_id, Child.name == name)).one()
    checks = session.exec(select(DailyCheck.id).where(DailyCheck.class_id == class_id, DailyCheck.day >= first, DailyCheck.day < back)).all()
    session.execute(update(CheckEntry).where(CheckEntry.child_id == child_id, CheckEntry.check_id.in_(checks))
                    .values(present=False, absence_reason="病假", symptom=symptom, action=""))
    for old in session.exec(select(AbsenceFollowUp).where(AbsenceFollowUp.child_id == child_id, AbsenceFollowUp.first_day >= first)):
        session.delete(old)
    session.flush()
    followups.open_for(session, child_id, first, symptom)
    followups.back_at_check(session, child_id, back)


def _earlier_warnings_reported(session: Session, today: date) -> None:
    """Warnings the term's earlier checks raised were reported on their day, as the doctor would have; the last one stays open."""
    from logistics_desktop.health.models import OutbreakWarning

    latest = max((w.last_day for w in session.exec(select(OutbreakWarning))), default=today)
    for w in session.exec(select(OutbreakWarning).where(OutbreakWarning.last_day < latest)):
        w.raised_at = datetime.combine(w.last_day, time(8, 30))
        w.deadline, w.handled_at = w.raised_at + timedelta(hours=24), w.raised_at + timedelta(hours=1)
        w.status, w.reported_to, w.handled_by = "已报告", "区疾控中心", "闫建国"
        session.add(w)


def _measurement_rounds(session: Session, rng: random.Random, start: date, today: date) -> None:
    """Two rounds: the second week of term and a month before today; most children near the middle of their age,
    about one in twelve overweight, one in fifteen obese, a few wasted and a few stunted (the cut-offs are the shipped
    standards', so the demo shows every status the evaluation can give)."""
    from logistics_desktop.health import growth, measurements

    kind = measurements.school_kind(session)
    days = sorted({min(start + timedelta(days=10), today), max(start + timedelta(days=10), today - timedelta(days=30))})
    kids = [k for k in session.exec(select(Child.id, Child.sex, Child.birth_date).order_by(Child.id)) if k[0] % 97]  # a few transfers not yet measured
    cutoffs = growth.school_cutoffs()
    shapes = {kid: rng.choices(("normal", "overweight", "obese", "wasted", "stunted"), (80, 8, 7, 3, 2))[0] for kid, _, _ in kids}
    offsets = {kid: rng.gauss(0, 4) for kid, _, _ in kids}  # a child stays tall or short from one round to the next
    rows = []
    for day in days:
        for kid, sex, birth in kids:
            age = growth.months_on(birth, day) / 12
            who = "boys" if sex == "男" else "girls"
            row = cutoffs[max(a for a in cutoffs if a <= max(6.0, min(age, 17.5)))]
            height = Decimal(str(round(76 + 6.2 * age + offsets[kid] + rng.uniform(0, 0.4), 1)))  # about the middle for 6–12
            shape = shapes[kid]
            if shape == "stunted" and row.get(f"{who}_stunting_cm"):
                height = Decimal(str(round(row[f"{who}_stunting_cm"] - rng.uniform(0.5, 3), 1)))
            bmi = {"overweight": (row[f"{who}_overweight"] + row[f"{who}_obese"]) / 2, "obese": row[f"{who}_obese"] + rng.uniform(0.5, 3),
                   "wasted": row[f"{who}_bmi_severe"] - rng.uniform(0.1, 0.6)}.get(shape, rng.uniform(row[f"{who}_bmi_mild"] + 1.0, row[f"{who}_overweight"] - 0.5))
            weight = (Decimal(str(bmi)) * (height / 100) ** 2).quantize(Decimal("0.1"))
            values = {"height_cm": height, "weight_kg": weight, "vision_left": Decimal(rng.choice(("5.0", "5.1", "5.0", "5.2", "4.9", "4.7"))),
                      "vision_right": Decimal(rng.choice(("5.0", "5.1", "5.0", "5.2", "4.8", "4.6"))), "caries": rng.choice((0, 0, 0, 1, 2))}
            result = growth.evaluate(sex, birth, day, height, weight, school_kind=kind)
            rows.append({"child_id": kid, "day": day, **values, "measurer": "闫建国", "standard": result.standard, "statuses": result.summary})
    session.execute(insert(Measurement), [{**{k: None for k in measurements.KEYS}, "source": "", **r} for r in rows])


def _case_files(session: Session, today: date) -> None:
    """Most of the proposed children have a case file opened after the last round: some followed up (one overdue for its
    review), one closed; a few proposals are left for the doctor to open."""
    from logistics_desktop.health import casefiles

    proposed = casefiles.proposals(session, today)
    for n, p in enumerate(proposed[: max(0, len(proposed) - 3)]):
        opened = p.measured_on + timedelta(days=3)
        case_id = casefiles.open_case(session, p.child_id, {"kind": p.kind, "reason": p.reason, "severe": p.severe, "opened_on": opened,
                                                             "opened_by": "闫建国"})
        if n % 3 == 0:
            casefiles.follow_up(session, case_id, {"day": opened + timedelta(days=14), "findings": "精神、食欲好，体重较上次增加 0.3 kg",
                                                   "measures": "家园共育：调整膳食，每天户外活动 2 小时", "by": "闫建国"})
        elif n % 7 == 1:  # looked at once, the next review already passed
            casefiles.follow_up(session, case_id, {"day": opened + timedelta(days=1), "findings": "家长已知情，同意配合",
                                                   "next_review": opened + timedelta(days=15), "by": "闫建国"})
        if n == 2:
            casefiles.close_case(session, case_id, {"outcome": "好转", "closed_on": min(today, opened + timedelta(days=20)), "closed_by": "闫建国"})
