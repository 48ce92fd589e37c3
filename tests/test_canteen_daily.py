"""The canteen beyond acceptance, on real files: menu, samples, disinfection, accompanying meals,
stock, meal fees, their printed forms and 首页."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import openpyxl
import pypdf
import pytest

from logistics_desktop.canteen import daily, fees, reports, service, stock
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.directory import service as directory
from tests.test_canteen_acceptance import LINES, delivery


def pdf_text(path) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages).replace("\n", "").replace(" ", "")


MONDAY = date.today() - timedelta(days=date.today().weekday())


@pytest.fixture
def menu_week(kitchen):
    with kitchen.session() as session:
        daily.set_day_menu(session, date.today(), "午餐", [{"dish": "红烧鸡腿", "grams": "80"}, {"dish": "清炒青菜", "grams": 100},
                                                         {"dish": "", "grams": ""}])
        daily.set_day_menu(session, date.today(), "午点", [{"dish": "牛奶", "grams": 200}])
    return kitchen


# ------------------------------------------------------------------ samples


def test_a_100_g_sample_is_refused_and_a_sample_is_kept_48_hours(menu_week):
    stored = datetime.combine(date.today(), time(11, 20)) if datetime.now().hour >= 12 else (datetime.now() - timedelta(minutes=10)).replace(second=0, microsecond=0)
    with menu_week.session() as session:
        with pytest.raises(InputErrors) as caught:
            daily.record_sample(session, {"meal": "午餐", "dish": "红烧鸡腿", "grams": "100", "by": "钱厨师", "stored_at": stored})
        assert {e.field: e.message for e in caught.value.errors} == {"grams": "留样重量 100 克不足，每个品种应不少于 125 克"}
        with pytest.raises(InputErrors, match="应保存不少于 48 小时"):
            daily.record_sample(session, {"meal": "午餐", "dish": "红烧鸡腿", "grams": 150, "by": "钱厨师", "stored_at": stored,
                                          "keep_until": stored + timedelta(hours=24)})
        sample_id = daily.record_sample(session, {"meal": "午餐", "dish": "红烧鸡腿", "grams": 150, "by": "钱厨师", "stored_at": stored})
        sample = session.get(daily.FoodSample, sample_id)
        assert sample.keep_until == stored + timedelta(hours=48) and sample.day == stored.date()
        with pytest.raises(InputErrors, match="已经留样"):
            daily.record_sample(session, {"meal": "午餐", "dish": "红烧鸡腿", "grams": 150, "by": "钱厨师", "stored_at": stored})
        assert daily.missing_samples(session, date.today()) == [("午餐", "清炒青菜"), ("午点", "牛奶")]
        # not before its 48 hours are over
        with pytest.raises(InputError, match="未到保留时间"):
            daily.destroy(session, [sample_id], by="赵食管")
        assert daily.destroyable(session, stored + timedelta(hours=47)) == []
        assert [s.id for s in daily.destroyable(session, stored + timedelta(hours=48))] == [sample_id]
        daily.destroy(session, [sample_id], by="赵食管", at=stored + timedelta(hours=50))
        assert sample.destroyed_by == "赵食管"
        assert daily.destroyable(session, stored + timedelta(hours=60)) == []


def test_home_lists_samples_missing_and_destroyable_and_todays_deliveries(menu_week):
    from logistics_desktop.home.service import duties

    with menu_week.session() as session:
        old = datetime.combine(date.today() - timedelta(days=3), time(11, 20))
        daily.record_sample(session, {"day": old.date(), "meal": "午餐", "dish": "米饭", "grams": 150, "by": "钱厨师", "stored_at": old})
        delivery_id = service.record_delivery(session, delivery(at=datetime.now()), LINES)
        lines = {i.text: (i.level, i.target) for i in duties(session, date.today()) if i.module == "canteen"}
    assert lines["今日午餐还有 2 个菜未留样：红烧鸡腿、清炒青菜"] == ("due", "canteen:samples")
    assert lines["今日午点还有 1 个菜未留样：牛奶"][0] == "due"
    assert lines["1 份留样已满 48 小时，可以销毁并登记"][0] == "info"
    assert lines["今日进货 1 批，1 批未签字"] == ("due", "canteen:acceptance")
    with menu_week.session() as session:
        service.sign(session, delivery_id, acceptor1="赵食管", acceptor2="钱厨师")
        assert any(i.text == "今日进货 1 批，均已双人签字" for i in duties(session, date.today()))


def test_the_sample_log_prints_every_sample_and_the_dishes_never_sampled(cli, menu_week, tmp_path):
    stored = datetime.now() - timedelta(minutes=5)
    with menu_week.session() as session:
        daily.record_sample(session, {"meal": "午餐", "dish": "红烧鸡腿", "grams": 160, "by": "钱厨师", "stored_at": stored})
    month = f"{date.today():%Y-%m}"
    assert cli("--db", menu_week.path, "print", "sample-log", "--month", month, "-o", tmp_path / "s.pdf").returncode == 0
    text = pdf_text(tmp_path / "s.pdf")
    for needle in ("食品留样记录", "餐次", "菜品名称", "重量(克)", "留样时间", "保留至", "留样人", "销毁时间", "销毁人", "红烧鸡腿", "160", "钱厨师",
                   "食谱中未留样的菜品", "清炒青菜", "不少于125克"):
        assert needle in text, needle
    assert cli("--db", menu_week.path, "print", "sample-log", "--month", month, "-o", tmp_path / "s.xlsx").returncode == 0
    cells = [c for row in openpyxl.load_workbook(tmp_path / "s.xlsx").active.iter_rows(values_only=True) for c in row]
    assert "红烧鸡腿" in cells and 160 in cells


# ------------------------------------------------------------------ menu, disinfection, accompanying meals


def test_the_weekly_menu_is_kept_per_meal_copied_and_printed(cli, kitchen, tmp_path):
    with kitchen.session() as session:
        with pytest.raises(InputErrors) as caught:
            daily.set_day_menu(session, MONDAY, "夜宵", [{"dish": "面条", "grams": "很多"}, {"dish": "", "grams": "80"}])
        assert {e.place for e in caught.value.errors} == {("meal", None, ""), ("dishes", 0, "grams"), ("dishes", 1, "dish")}
        daily.set_day_menu(session, MONDAY, "午餐", [{"dish": "红烧鸡腿", "grams": 80, "ingredients": "鸡腿"}, {"dish": "米饭", "grams": 150}])
        daily.set_day_menu(session, MONDAY + timedelta(days=2), "午餐", [{"dish": "番茄炒蛋", "grams": 90}])
        daily.set_day_menu(session, MONDAY, "午餐", [{"dish": "土豆烧牛肉", "grams": 90}])  # replaces the meal
        assert [d.dish for d in daily.menu(session, MONDAY, MONDAY + timedelta(days=7))] == ["土豆烧牛肉", "番茄炒蛋"]
        assert daily.copy_week(session, MONDAY, MONDAY + timedelta(days=7)) == 2
        with pytest.raises(InputError, match="已有食谱"):
            daily.copy_week(session, MONDAY, MONDAY + timedelta(days=7))
    result = cli("--db", kitchen.path, "print", "weekly-menu", "--week", (MONDAY + timedelta(days=3)).isoformat(), "-o", tmp_path / "m.pdf")
    assert result.returncode == 0, result.stderr
    text = pdf_text(tmp_path / "m.pdf")
    for needle in ("带量食谱", f"{MONDAY:%Y-%m-%d}至{MONDAY + timedelta(days=6):%Y-%m-%d}", "星期一", "星期三", "土豆烧牛肉90g", "番茄炒蛋90g",
                   "每人量", "保健医"):
        assert needle in text, needle
    assert "红烧鸡腿" not in text


def test_disinfection_below_the_minimum_is_flagged_and_printed(kitchen, tmp_path):
    start = datetime.combine(date.today(), time(13, 0))
    with kitchen.session() as session:
        _, warning = daily.record_disinfection(session, {"meal": "午餐", "items": "餐盘", "quantity": 300, "method": "蒸汽",
                                                         "started_at": start, "ended_at": start + timedelta(minutes=6), "operator": "钱厨师"})
        assert warning == "消毒时间 6 分钟，少于蒸汽要求的 10 分钟，请重新消毒"
        _, none = daily.record_disinfection(session, {"meal": "午餐", "items": "餐盘", "quantity": 300, "method": "含氯消毒剂（250 mg/L）",
                                                      "started_at": start + timedelta(minutes=20), "ended_at": start + timedelta(minutes=26),
                                                      "operator": "钱厨师"})
        assert none == ""
        with pytest.raises(InputErrors) as caught:
            daily.record_disinfection(session, {"meal": "午餐", "items": "", "quantity": "0", "method": "晒太阳", "started_at": start,
                                                "ended_at": start, "operator": ""})
        assert {e.field for e in caught.value.errors} == {"items", "quantity", "method", "ended_at", "operator"}
        text = pdf_text(reports.disinfection_log(session, {}).save(tmp_path / "d.pdf"))
    for needle in ("餐具清洗消毒记录", "消毒方式", "起止时间", "消毒人", "不足10分钟", "合格", "时间不足1次", "蒸汽≥10分钟"):
        assert needle in text, needle


def test_accompanying_meals_need_the_problem_when_rated_low(kitchen, cli, tmp_path):
    with kitchen.session() as session:
        with pytest.raises(InputErrors, match="请写明发现的问题"):
            daily.record_companion_meal(session, {"meal": "午餐", "leader": "孙保健", "quality": "差", "hygiene": "优", "discipline": "优",
                                                  "service": "良"})
        daily.record_companion_meal(session, {"meal": "午餐", "leader": "孙保健", "quality": "中", "hygiene": "优", "discipline": "优",
                                              "service": "良", "problems": "青菜偏咸", "action": "已告知厨师"})
        with pytest.raises(InputErrors, match="已记录"):
            daily.record_companion_meal(session, {"meal": "午餐", "leader": "孙保健", "quality": "优", "hygiene": "优", "discipline": "优",
                                                  "service": "优"})
    assert cli("--db", kitchen.path, "print", "companion-meal-log", "-o", tmp_path / "c.pdf").returncode == 0
    text = pdf_text(tmp_path / "c.pdf")
    for needle in ("学校负责人陪餐记录", "陪餐人", "饭菜质量", "卫生", "秩序", "服务", "孙保健", "青菜偏咸", "已告知厨师"):
        assert needle in text, needle


# ------------------------------------------------------------------ stock


def test_signed_deliveries_go_into_stock_issues_go_out_and_the_count_shows_differences(kitchen, cli, tmp_path):
    with kitchen.session() as session:
        unsigned = service.record_delivery(session, delivery(at=datetime.now() - timedelta(hours=1)), LINES)
        assert stock.book(session, date.today()) == {}  # not signed: not in stock yet
        service.sign(session, unsigned, acceptor1="赵食管", acceptor2="钱厨师")
        assert stock.book(session, date.today()) == {("冷鲜猪肉", "kg"): Decimal(20), ("青菜", "kg"): Decimal(30)}
        with pytest.raises(InputErrors) as caught:
            stock.issue(session, {"item": "青菜", "quantity": "31", "by": "钱厨师"})
        assert caught.value.errors[0].message.endswith("账面只有 30kg，不能出库 31")
        with pytest.raises(InputErrors, match="库存中没有“鱼”"):
            stock.issue(session, {"item": "鱼", "quantity": "1", "by": "钱厨师"})
        stock.issue(session, {"item": "青菜", "quantity": "28", "purpose": "午餐", "by": "钱厨师"})
        stock.record_count(session, counted_on=date.today(), counts={("青菜", "kg"): "1.5", ("冷鲜猪肉", "kg"): ""}, by="赵食管")
        assert stock.book(session, date.today())[("青菜", "kg")] == Decimal("1.5")
    month = f"{date.today():%Y-%m}"
    assert cli("--db", kitchen.path, "print", "canteen-stock-count", "--month", month, "-o", tmp_path / "k.pdf").returncode == 0
    text = pdf_text(tmp_path / "k.pdf")
    for needle in ("食堂库存月末盘点表", "月初", "入库", "出库", "账面", "实盘", "差异", "青菜", "1.5", "-0.5", "未盘点", "有差异1种"):
        assert needle in text, needle
    assert cli("--db", kitchen.path, "print", "canteen-stock-count", "--month", month, "-o", tmp_path / "k.xlsx").returncode == 0


# ------------------------------------------------------------------ fees


def test_fees_keep_the_accounts_apart_take_purchases_from_deliveries_and_print_the_notice(kitchen, cli, tmp_path):
    first = date.today().replace(day=1)
    with kitchen.session() as session:
        directory.save(session, directory.TERMS, {"name": "本学期", "start": first, "end": first + timedelta(days=150), "is_current": True})
        signed = service.record_delivery(session, delivery(at=datetime.combine(first, time(7))), LINES)  # 655.00
        service.sign(session, signed, acceptor1="赵食管", acceptor2="钱厨师")
        staff_meal = service.record_delivery(session, delivery(at=datetime.combine(first, time(8)), account="教职工伙食"), LINES[:1])  # 135.00
        service.sign(session, staff_meal, acceptor1="赵食管", acceptor2="钱厨师")
        service.record_delivery(session, delivery(at=datetime.combine(first, time(9))), LINES)  # never signed: not an expense
        fees.record_entry(session, {"on": first, "account": "学生伙食", "kind": "收入", "category": "伙食费收入", "amount": "1,000.00", "by": "孙保健"})
        fees.record_entry(session, {"on": first, "account": "staff", "kind": "收入", "category": "伙食费收入", "amount": "140", "by": "孙保健"})
        with pytest.raises(InputErrors) as caught:
            fees.record_entry(session, {"account": "家长", "kind": "收入", "category": "燃料", "amount": "-3", "by": ""})
        assert {e.field for e in caught.value.errors} == {"account", "category", "amount", "by"}
        children, staff = fees.month_summary(session, first, date(first.year + (first.month == 12), first.month % 12 + 1, 1))
        assert (children.income_total, children.expense_total, children.term_balance) == (100000, 65500, 34500)
        assert (staff.income_total, staff.expense_total) == (14000, 13500)
        assert fees.balance_flag(session, children) == ""  # a primary school: shown, not flagged
        directory.save_school(session, {"name": "实验幼儿园", "kind": "幼儿园"})
        children = fees.month_summary(session, first, first + timedelta(days=40))[0]
        assert children.label == "幼儿伙食" and fees.balance_flag(session, children) == "本学期结余 34.5%，超出 ±2% 的要求"
    result = cli("--db", kitchen.path, "print", "fee-notice", "--month", f"{first:%Y-%m}", "-o", tmp_path / "f.pdf")
    assert result.returncode == 0, result.stderr
    text = pdf_text(tmp_path / "f.pdf")
    for needle in ("伙食费收支公示", "幼儿伙食", "教职工伙食", "伙食费收入", "1,000.00", "655.00", "135.00", "结余345.00", "+34.5%",
                   "超出±2%的要求", "师生伙食分开核算"):
        assert needle in text, needle
    assert cli("--db", kitchen.path, "print", "fee-notice", "--month", f"{first:%Y-%m}", "-o", tmp_path / "f.xlsx").returncode == 0


def test_every_canteen_form_prints_to_pdf_and_xlsx_from_the_demo(demo_db, tmp_path):
    from logistics_desktop.core.modules import find_printable
    from logistics_desktop.modules import all_modules

    month = f"{date.today():%Y-%m}"
    forms = ("acceptance-ledger", "sample-log", "disinfection-log", "companion-meal-log", "fee-notice", "canteen-stock-count", "weekly-menu")
    with demo_db.session() as session:
        for form in forms:
            ledger = find_printable(all_modules(), form).build(session, {"month": month})
            assert ledger.rows, form  # a term of demo records fills every form
            for suffix in ("pdf", "xlsx"):
                ledger.save(tmp_path / f"{form}.{suffix}")
    assert len(openpyxl.load_workbook(tmp_path / "sample-log.xlsx").active["A"]) > 10
    assert "带量食谱" in pdf_text(tmp_path / "weekly-menu.pdf")


def test_the_demo_school_has_a_term_of_canteen_records(demo_db):
    with demo_db.session() as session:
        start = date.today() - timedelta(days=40)
        assert len(daily.samples(session, start, date.today())) > 50
        assert len(daily.disinfections(session, start, date.today())) > 10
        assert len(daily.companion_meals(session, start, date.today())) > 10
        assert stock.book(session, date.today())
        assert service.suppliers(session) and service.certificates(session)
        assert any("即将到期" in text for _, text, _ in service.expiring(session, date.today()))
