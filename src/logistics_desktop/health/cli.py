"""`logistics-desktop health warnings|check|absence|evaluate`: the outbreak warnings, a class's check, an absence added to it,
and a class's growth evaluated by the national standards."""

from __future__ import annotations

import argparse
from datetime import date, datetime


def add_commands(subparsers) -> None:
    health = subparsers.add_parser("health", help="卫生保健：疫情预警、晨午检")
    commands = health.add_subparsers(dest="health_command", required=True)
    warnings = commands.add_parser("warnings", help="列出待报告的疫情预警（每条一行：规则、班级、例数、报告期限）")
    warnings.add_argument("--date", help="按此时刻计算剩余时间（默认现在）")
    warnings.set_defaults(func=_warnings)
    check = commands.add_parser("check", help="登记一个班级的晨检或午检（未列出的幼儿均为出勤、无异常）")
    check.add_argument("--class", dest="class_name", required=True)
    check.add_argument("--date", default=None)
    check.add_argument("--session", choices=("晨", "午"), default="晨")
    check.add_argument("--checker", default=None, help="检查人（不写时为人员名册中唯一的保健医/校医）")
    check.add_argument("--absent", action="append", default=[], metavar="姓名[:病假|事假|其他[:症状]]")
    check.add_argument("--finding", action="append", default=[], metavar="姓名:症状[:体温[:处理]]")
    check.set_defaults(func=_check)
    absence = commands.add_parser("absence", help="在已登记的晨检（或午检）上补记一名幼儿缺勤（如家长来电请病假）")
    absence.add_argument("--child", required=True, metavar="姓名")
    absence.add_argument("--class", dest="class_name", default="", help="同名时注明班级")
    absence.add_argument("--date", default=None)
    absence.add_argument("--session", choices=("晨", "午"), default="晨")
    absence.add_argument("--reason", choices=("病假", "事假", "其他"), default="病假")
    absence.add_argument("--symptom", default="", help="病假的症状，如 腹泻")
    absence.set_defaults(func=_absence)
    evaluate = commands.add_parser("evaluate", help="按国家标准评价一个班级（或全校）的生长发育：每人一行（姓名、年龄、各项指标与评价）")
    evaluate.add_argument("--class", dest="class_name", default="", help="班级（不写为全校）")
    evaluate.add_argument("--date", default=None, help="取此日期及以前的最近一次测量（默认今天）")
    evaluate.set_defaults(func=_evaluate)


def _warnings(args: argparse.Namespace) -> int:
    from logistics_desktop.cli import session_from_args
    from logistics_desktop.core.parse import parse_datetime
    from logistics_desktop.health import outbreaks

    now = parse_datetime(args.date) if args.date else datetime.now()
    with session_from_args(args, role="health") as session:
        found = outbreaks.warnings(session)
    for w in found:
        left = w.hours_left(now)
        due = f"剩 {left:.0f} 小时" if left >= 0 else f"已逾期 {-left:.0f} 小时"
        print(f"{w.rule}\t{w.class_name}\t{w.symptom} {w.cases} 例（{w.first_day:%Y-%m-%d}—{w.last_day:%Y-%m-%d}）\t"
              f"{w.deadline:%Y-%m-%d %H:%M} 前报告（{due}）")
    if not found:
        print("没有待报告的疫情预警")
    return 0


def _check(args: argparse.Namespace) -> int:
    from logistics_desktop.cli import session_from_args
    from logistics_desktop.core.errors import InputError
    from logistics_desktop.core.fields import a_date
    from logistics_desktop.health import service

    day = a_date(args.date or date.today().isoformat(), "date", "日期")
    with session_from_args(args, role="health") as session:
        checker = args.checker or _the_doctor(session)
        kids = {c.name: c.id for c in service.children(session, args.class_name, on=day)}

        def child(name: str) -> int:
            if name not in kids:
                raise InputError("child", f"“{args.class_name}”没有名为“{name}”的幼儿/学生")
            return kids[name]

        lines: dict[int, dict] = {}
        for text in args.absent:
            parts = text.split(":")
            name, reason, symptom = parts[0], (parts[1:2] or ["病假"])[0], (parts[2:3] or [""])[0]
            lines[child(name)] = {"present": False, "absence_reason": reason or "病假", "symptom": symptom}
        for text in args.finding:
            name, symptom, temperature, action = (text.split(":") + ["", "", ""])[:4]
            lines.setdefault(child(name), {}).update(symptom=symptom, temperature=temperature, action=action or "观察")
        service.record_check(session, class_name=args.class_name, day=day, session_name=f"{args.session}检", checker=checker,
                             lines=[service.CheckLine(child_id, **values) for child_id, values in lines.items()])
        from logistics_desktop.health import outbreaks

        raised = outbreaks.warnings(session)
    print(f"已登记 {args.class_name} {day:%Y-%m-%d} {args.session}检：缺勤 {len(args.absent)} 人，发现 {len(args.finding)} 人")
    for w in raised:
        print(f"疫情预警：{w.class_name} {w.symptom} {w.cases} 例，{w.deadline:%Y-%m-%d %H:%M} 前报告")
    return 0


def _absence(args: argparse.Namespace) -> int:
    from logistics_desktop.cli import session_from_args
    from logistics_desktop.health import followups, service

    day = args.date or date.today().isoformat()
    with session_from_args(args, role="health") as session:
        class_name = service.record_absence(session, child=args.child, day=day, reason=args.reason, symptom=args.symptom,
                                            session_name=f"{args.session}检", class_name=args.class_name)
        opened = [f for f in followups.followups(session) if f.child == args.child and f.class_name == class_name]
    print(f"已登记 {class_name} {args.child} {day} {args.session}检缺勤：{args.reason}" + (f"（{args.symptom}）" if args.symptom else ""))
    if opened and args.reason == "病假":
        print("已建立因病缺勤追踪，请当天联系家长")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from logistics_desktop.cli import session_from_args
    from logistics_desktop.core.fields import a_date
    from logistics_desktop.health import growth, measurements

    day = a_date(args.date or date.today().isoformat(), "date", "日期")
    with session_from_args(args, role="health") as session:
        rows = measurements.evaluations(session, args.class_name, day)
    for r in rows:
        values = "  ".join(f"{label} {measurements.shown_value('', v)}{unit}" for label, v, unit in
                           (("身高", r.height_cm, "cm"), ("体重", r.weight_kg, "kg"), ("BMI", r.bmi, "")) if v is not None)
        grades = "  ".join(f"{growth.INDICATORS[i.key]} {i.grade}" + (f"（{i.status}）" if i.status else "") for i in r.indicators if i.grade)
        print("\t".join(x for x in (r.class_name, r.name, r.sex, r.age, f"{r.day:%Y-%m-%d}", values, grades, r.summary or "未评价", r.standard) if x))
    if not rows:
        print(f"{args.class_name or '全校'}在 {day:%Y-%m-%d} 以前没有测量记录")
    return 0


def _the_doctor(session) -> str:
    """The one active member of staff whose post is the school doctor's, for a check typed without --checker."""
    from logistics_desktop.core.errors import InputError
    from logistics_desktop.directory import service as directory

    found = [r["name"] for r in directory.rows(session, directory.STAFF) if r["active"] and r["post"] in ("保健医", "校医", "保健老师", "保健员")]
    if len(found) != 1:
        raise InputError("checker", "请用 --checker 写明检查人" + (f"（保健医有 {len(found)} 位：{'、'.join(found)}）" if found else ""))
    return found[0]
