"""The canteen's daily records: the weekly menu (带量食谱), food samples (留样), tableware
disinfection (餐具消毒) and accompanying meals (陪餐). Qt-free.

The menu says which dishes are served; the samples are checked against it, so the program can
list the dishes still to sample today and the samples that may now be destroyed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.canteen.models import CompanionMeal, Disinfection, FoodSample, MenuDish
from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_choice, a_date, a_datetime, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence, Word
from logistics_desktop.core.parse import parse_int
from logistics_desktop.core.rows import plains
from logistics_desktop.directory.service import active_staff_name

MEALS = (QT_TRANSLATE_NOOP("Field", "早餐"), QT_TRANSLATE_NOOP("Field", "午餐"), QT_TRANSLATE_NOOP("Field", "午点"), QT_TRANSLATE_NOOP("Field", "晚餐"))
RATINGS = (QT_TRANSLATE_NOOP("Field", "优"), QT_TRANSLATE_NOOP("Field", "良"), QT_TRANSLATE_NOOP("Field", "中"), QT_TRANSLATE_NOOP("Field", "差"))
METHODS: tuple[str, ...] = tuple(rules.DISINFECTION_MINUTES.value)  # type: ignore[arg-type]
WEEKDAYS = (QT_TRANSLATE_NOOP("Field", "星期一"), QT_TRANSLATE_NOOP("Field", "星期二"), QT_TRANSLATE_NOOP("Field", "星期三"), QT_TRANSLATE_NOOP("Field", "星期四"), QT_TRANSLATE_NOOP("Field", "星期五"), QT_TRANSLATE_NOOP("Field", "星期六"), QT_TRANSLATE_NOOP("Field", "星期日"))


def monday_of(value: Any) -> date:
    """The Monday of the week holding `value` (a date or "2026-11-23"; empty = this week)."""
    day = a_date(value, "week", "周（任一天的日期）", default=date.today())
    return day - timedelta(days=day.weekday())


# ------------------------------------------------------------------ menu


def set_day_menu(session: Session, day: Any, meal: Any, dishes: list[dict[str, Any]]) -> None:
    """Replace the dishes of one meal of one day: each {"dish", "grams", "ingredients"}; empty rows are skipped."""
    errors: list[InputError] = []
    the_day = collect(errors, a_date, day, "day", "日期")
    the_meal = collect(errors, a_choice, meal, "meal", "餐次", MEALS)
    clean = []
    for n, row in enumerate(dishes):
        name = tidy(row.get("dish"))
        if not name and not tidy(row.get("grams")):
            continue
        if not name:
            errors.append(InputError("dishes", f"第 {n + 1} 行缺菜名", row=n, column="dish"))
            continue
        try:
            grams = parse_int(row.get("grams") or 0, "每人量（克）")
            if not 0 <= grams <= 1000:
                raise ValueError("每人量应在 0 到 1000 克之间")
        except ValueError as exc:
            errors.append(InputError("dishes", f"{name}：{exc}", row=n, column="grams"))
            continue
        if any(c["dish"] == name for c in clean):
            errors.append(InputError("dishes", f"“{name}”在这一餐中重复", row=n, column="dish"))
            continue
        clean.append({"dish": name, "grams": grams, "ingredients": tidy(row.get("ingredients"))})
    if errors:
        raise InputErrors(errors)
    for old in session.exec(select(MenuDish).where(MenuDish.day == the_day, MenuDish.meal == the_meal)):
        session.delete(old)
    session.flush()
    for position, c in enumerate(clean, 1):
        session.add(MenuDish(day=the_day, meal=the_meal, position=position, **c))
    audit.record(session, "canteen_menu_dish", None, "保存", None, {"day": the_day, "meal": the_meal, "dishes": [c["dish"] for c in clean]})


def menu(session: Session, start: date, end: date) -> list:
    """Dishes from `start` to before `end`, by day, meal and order, as plain rows."""
    rows = plains(session.exec(select(MenuDish).where(MenuDish.day >= start, MenuDish.day < end)))
    return sorted(rows, key=lambda d: (d.day, MEALS.index(d.meal) if d.meal in MEALS else 9, d.position))


def dish_names(session: Session) -> list[str]:
    """Every dish served before, for the menu's 菜品 cells to complete from."""
    return sorted(n for n in session.exec(select(MenuDish.dish).distinct()) if n)


def set_week_menu(session: Session, monday: date, meals: dict[tuple[date, str], list[dict[str, Any]]]) -> None:
    """The whole week as typed on the menu page: each (day, meal) given is replaced, the week's others are emptied."""
    errors: list[InputError] = []
    existing = {(d.day, d.meal) for d in menu(session, monday, monday + timedelta(days=7))}
    for day, meal in existing - set(meals):
        set_day_menu(session, day, meal, [])
    for (day, meal), dishes in meals.items():
        collect(errors, set_day_menu, session, day, meal, dishes)
    if errors:
        raise InputErrors(errors)  # the caller's transaction writes none of the week


def copy_week(session: Session, from_monday: date, to_monday: date) -> int:
    """Start a week's menu from another week's (schools rotate menus); the target week must be empty."""
    if menu(session, to_monday, to_monday + timedelta(days=7)):
        raise InputError("week", f"{to_monday:%Y-%m-%d} 这一周已有食谱，请先清空再复制")
    dishes = menu(session, from_monday, from_monday + timedelta(days=7))
    if not dishes:
        raise InputError("week", f"{from_monday:%Y-%m-%d} 这一周没有食谱可复制")
    shift = to_monday - from_monday
    for d in dishes:
        session.add(MenuDish(day=d.day + shift, meal=d.meal, position=d.position, dish=d.dish, grams=d.grams, ingredients=d.ingredients))
    audit.record(session, "canteen_menu_dish", None, "复制", None, {"from": from_monday, "to": to_monday})
    return len(dishes)


# ------------------------------------------------------------------ samples


def record_sample(session: Session, values: dict[str, Any]) -> int:
    """A sample of one dish: weight ≥ 125 g, kept until at least 48 h after it was stored."""
    errors: list[InputError] = []
    minimum_g: int = rules.SAMPLE_MIN_GRAMS.value  # type: ignore[assignment]
    hours: int = rules.SAMPLE_KEEP_HOURS.value  # type: ignore[assignment]
    stored = collect(errors, a_datetime, values.get("stored_at") or datetime.now(), "stored_at", "留样时间")
    day = collect(errors, a_date, values.get("day"), "day", "日期", default=stored.date() if stored else date.today())
    meal = collect(errors, a_choice, values.get("meal"), "meal", "餐次", MEALS)
    dish = tidy(values.get("dish"))
    if not dish:
        errors.append(InputError("dish", "请填写菜名"))
    try:
        grams = parse_int(values.get("grams"), "留样重量（克）")
        if grams < minimum_g:
            errors.append(InputError("grams", f"留样重量 {grams} 克不足，每个品种应不少于 {minimum_g} 克"))
    except ValueError as exc:
        errors.append(InputError("grams", str(exc)))
        grams = 0
    by = collect(errors, active_staff_name, session, values.get("by"), "by", "留样人") or ""
    keep_until = None
    if stored:
        earliest = stored + timedelta(hours=hours)
        keep_until = collect(errors, a_datetime, values.get("keep_until") or earliest, "keep_until", "保留至")
        if keep_until and keep_until < earliest:
            errors.append(InputError("keep_until", f"留样应保存不少于 {hours} 小时，最早到 {earliest:%m-%d %H:%M}"))
    if stored and stored > datetime.now() + timedelta(minutes=5):
        errors.append(InputError("stored_at", "留样时间不能晚于现在"))
    if day and meal and dish and session.exec(select(FoodSample.id).where(FoodSample.day == day, FoodSample.meal == meal,
                                                                           FoodSample.dish == dish)).first():
        errors.append(InputError("dish", f"{day:%m-%d}{meal}的“{dish}”已经留样"))
    if errors:
        raise InputErrors(errors)
    sample = FoodSample(day=day, meal=meal, dish=dish, grams=grams, stored_at=stored, keep_until=keep_until, by=by)
    session.add(sample)
    session.flush()
    audit.record(session, "canteen_food_sample", sample.id, "留样", None, sample.model_dump())
    return sample.id


def missing_samples(session: Session, day: date) -> list[tuple[str, str]]:
    """(meal, dish) of the day's menu with no sample yet."""
    taken = {(s.meal, s.dish) for s in session.exec(select(FoodSample).where(FoodSample.day == day))}
    return [(d.meal, d.dish) for d in menu(session, day, day + timedelta(days=1)) if (d.meal, d.dish) not in taken]


def destroyable(session: Session, now: datetime) -> list:
    """Samples past their keep-until time and not yet destroyed, as plain rows."""
    return plains(session.exec(select(FoodSample).where(FoodSample.keep_until <= now, FoodSample.destroyed_at == None)  # noqa: E711
                             .order_by(FoodSample.keep_until)))


def destroy(session: Session, sample_ids: list[int], *, by: str, at: Any = None) -> int:
    """Record the destruction of samples; refused for any still inside its keeping time."""
    moment = a_datetime(at or datetime.now(), "at", "销毁时间")
    by = active_staff_name(session, by, "by", "销毁人")
    samples = [session.get(FoodSample, i) for i in sample_ids]
    early = [s for s in samples if s.keep_until > moment]
    if early:
        raise InputError("at", "以下留样未到保留时间，不能销毁：" + "、".join(f"{s.dish}（{s.keep_until:%m-%d %H:%M} 后）" for s in early))
    done = [s for s in samples if s.destroyed_at]
    if done:
        raise InputError("at", "已销毁：" + "、".join(s.dish for s in done))
    for s in samples:
        s.destroyed_at, s.destroyed_by = moment, by
        session.add(s)
    audit.record(session, "canteen_food_sample", None, "销毁", None, {"ids": sample_ids, "by": by})
    return len(samples)


def samples(session: Session, start: date, end: date) -> list:
    rows = plains(session.exec(select(FoodSample).where(FoodSample.day >= start, FoodSample.day < end)))
    return sorted(rows, key=lambda s: (s.day, MEALS.index(s.meal) if s.meal in MEALS else 9, s.stored_at))


# ------------------------------------------------------------------ disinfection and accompanying meals


def record_disinfection(session: Session, values: dict[str, Any]) -> tuple[int, str]:
    """(id, warning): a batch shorter than its method's minimum is kept, and flagged on screen and paper."""
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("day"), "day", "日期", default=date.today())
    meal = collect(errors, a_choice, values.get("meal"), "meal", "餐次", MEALS)
    items = tidy(values.get("items"))
    if not items:
        errors.append(InputError("items", "请填写消毒的餐具（如 碗、盘、勺）"))
    try:
        quantity = parse_int(values.get("quantity"), "数量")
        if quantity <= 0:
            errors.append(InputError("quantity", "数量应大于 0"))
    except ValueError as exc:
        errors.append(InputError("quantity", str(exc)))
        quantity = 0
    method = collect(errors, a_choice, values.get("method"), "method", "消毒方式", METHODS)
    start = collect(errors, a_datetime, values.get("started_at"), "started_at", "开始时间")
    end = collect(errors, a_datetime, values.get("ended_at"), "ended_at", "结束时间")
    if start and end and end <= start:
        errors.append(InputError("ended_at", "结束时间应晚于开始时间"))
    operator = collect(errors, active_staff_name, session, values.get("operator"), "operator", "消毒人") or ""
    if errors:
        raise InputErrors(errors)
    minutes = (end - start).total_seconds() / 60
    need = rules.DISINFECTION_MINUTES.value[method]  # type: ignore[index]
    short = minutes < need
    row = Disinfection(day=day, meal=meal, items=items, quantity=quantity, method=method, started_at=start, ended_at=end,
                       operator=operator, short=short)
    session.add(row)
    session.flush()
    audit.record(session, "canteen_disinfection", row.id, "新增", None, row.model_dump())
    warning = f"消毒时间 {minutes:.0f} 分钟，少于{method}要求的 {need} 分钟，请重新消毒" if short else ""
    return row.id, warning


def disinfections(session: Session, start: date, end: date) -> list:
    return plains(session.exec(select(Disinfection).where(Disinfection.day >= start, Disinfection.day < end)
                             .order_by(Disinfection.day, Disinfection.started_at)))


def record_companion_meal(session: Session, values: dict[str, Any]) -> int:
    errors: list[InputError] = []
    day = collect(errors, a_date, values.get("day"), "day", "日期", default=date.today())
    if day and day > date.today():
        errors.append(InputError("day", "陪餐日期不能晚于今天"))
    meal = collect(errors, a_choice, values.get("meal"), "meal", "餐次", MEALS)
    leader = collect(errors, active_staff_name, session, values.get("leader"), "leader", "陪餐人") or ""
    ratings = {}
    for key, label in (("quality", "饭菜质量"), ("hygiene", "卫生"), ("discipline", "秩序"), ("service", "服务")):
        ratings[key] = collect(errors, a_choice, values.get(key), key, label, RATINGS)
    problems = tidy(values.get("problems"))
    if any(r in ("中", "差") for r in ratings.values()) and not problems:
        errors.append(InputError("problems", "评价为“中”或“差”时请写明发现的问题"))
    if day and meal and leader and session.exec(select(CompanionMeal.id).where(
            CompanionMeal.day == day, CompanionMeal.meal == meal, CompanionMeal.leader == leader)).first():
        errors.append(InputError("meal", f"{leader} {day:%m-%d}{meal}的陪餐已记录"))
    if errors:
        raise InputErrors(errors)
    row = CompanionMeal(day=day, meal=meal, leader=leader, problems=problems, action=tidy(values.get("action")), **ratings)
    session.add(row)
    session.flush()
    audit.record(session, "canteen_companion_meal", row.id, "新增", None, row.model_dump())
    return row.id


def companion_meals(session: Session, start: date, end: date) -> list:
    rows = plains(session.exec(select(CompanionMeal).where(CompanionMeal.day >= start, CompanionMeal.day < end)))
    return sorted(rows, key=lambda c: (c.day, MEALS.index(c.meal) if c.meal in MEALS else 9))


def home_items(session: Session, today: date, now: datetime | None = None) -> list[tuple[date, str, str, str]]:
    now = now or datetime.now()
    found = []
    missing = missing_samples(session, today)
    if missing:
        by_meal: dict[str, list[str]] = {}
        for meal, dish in missing:
            by_meal.setdefault(meal, []).append(dish)
        for meal, dishes in by_meal.items():
            found.append((today, Sentence(QT_TRANSLATE_NOOP("Home", "今日%1还有 %2 个菜未留样：%3"), Word(meal), len(dishes), "、".join(dishes)), "due", "canteen:samples"))
    elif menu(session, today, today + timedelta(days=1)):
        found.append((today, Sentence(QT_TRANSLATE_NOOP("Home", "今日食谱的菜品已全部留样")), "done", "canteen:samples"))
    ready = destroyable(session, now)
    if ready:
        found.append((today, Sentence(QT_TRANSLATE_NOOP("Home", "%1 份留样已满 %2 小时，可以销毁并登记"), len(ready), rules.SAMPLE_KEEP_HOURS.value), "info", "canteen:samples"))
    return found
