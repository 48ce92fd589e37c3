"""Asset cards, codes, depreciation and movements on a real database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from logistics_desktop.assets import service
from logistics_desktop.assets.models import Asset
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.directory import service as directory


@pytest.fixture
def school(db):
    with db.session() as session:
        for name in ("王静", "李强", "张伟"):
            directory.save(session, directory.STAFF, {"name": name})
        for name, keeper in (("计算机教室一", "王静"), ("总务仓库", "张伟"), ("会议室", "李强")):
            directory.save(session, directory.ROOMS, {"name": name, "keeper": keeper})
    return db


def card(**overrides):
    values = {"code": "ZC2024-0001", "name": "台式计算机", "class_code": "A02010105", "spec": "联想启天 M450", "unit": "台",
              "quantity": "1", "unit_price": "4,280.00", "acquired_on": "2024-09-01", "room": "计算机教室一", "custodian": "王静"}
    values.update(overrides)
    return values


def errors_of(caught) -> dict[str, str]:
    return {e.field: e.message for e in caught.value.errors}


def test_a_card_with_history_and_amount_computed(school):
    with school.session() as session:
        card_id = service.create_card(session, card(quantity="2"))
        view = service.card(session, card_id, as_of=date(2024, 9, 30))
    assert view.values["amount"] == "8,560.00" and view.values["room"] == "计算机教室一"
    assert view.class_name == "台式计算机" and view.fixed
    assert [h["kind"] for h in view.history] == ["新增"]


def test_every_bad_field_at_once(school):
    with pytest.raises(InputErrors) as caught, school.session() as session:
        service.create_card(session, card(code="", class_code="X99", quantity="-1", unit_price="abc", acquired_on="2024.13.1",
                                          room="火星", custodian="无名氏", status="很好"))
    assert errors_of(caught) == {
        "code": "请填写资产编号",
        "class_code": "分类“X99”不在资产分类中（可在 设置 → 资产分类 中增加）",
        "quantity": "数量应大于 0",
        "unit_price": "金额“abc”不是数字",
        "acquired_on": "取得日期：日期“2024.13.1”不存在",
        "status": "使用状况应为：在用、闲置、维修中、待报废、已报废、丢失",
        "room": "存放地点“火星”不在房间目录中",
        "custodian": "保管人“无名氏”不在人员名册中",
    }
    with school.session() as session:
        assert service.count_cards(session) == 0


def test_amount_must_agree_with_quantity_times_price_and_codes_are_unique(school):
    with pytest.raises(InputErrors) as caught, school.session() as session:
        service.create_card(session, card(quantity="50", unit_price="320", amount="15,000"))
    assert errors_of(caught) == {"amount": "金额 15,000.00 与 数量×单价 16,000.00 不符"}
    with school.session() as session:
        service.create_card(session, card())
    with pytest.raises(InputErrors) as caught, school.session() as session:
        service.create_card(session, card(name="另一台"))
    assert errors_of(caught) == {"code": "资产编号“ZC2024-0001”已存在"}


def test_class_by_name_and_batch_quantities(school):
    with school.session() as session:
        card_id = service.create_card(session, card(code="ZC2024-0002", name="课桌椅", class_code="椅凳类", unit="套",
                                                    quantity="50", unit_price="", amount="16000"))
        asset = session.get(Asset, card_id)
        assert (asset.class_code, asset.quantity, asset.unit_price_fen, asset.amount_fen) == ("A050103", Decimal(50), 32000, 1600000)
        # quantities are exact and SUM stays exact in SQL
        service.create_card(session, card(code="ZC2024-0003", name="地毯", class_code="A0502", unit="平方米", quantity="12.345", unit_price="100"))
        assert session.exec(text("SELECT sum(quantity) FROM asset")).one()[0] == 62345


def test_next_code_follows_the_schools_pattern(school):
    with school.session() as session:
        assert service.next_code(session).startswith(f"ZC{date.today().year}-")
        service.create_card(session, card(code="XX-JSJ-0098"))
        service.create_card(session, card(code="XX-JSJ-0099"))
        assert service.next_code(session) == "XX-JSJ-0100"


def test_book_value_straight_line_monthly():
    # 6 years = 72 months; acquired 2024-09: Sep 2024 .. Aug 2025 = 12 months
    value = service.book_value(720_000, date(2024, 9, 15), 6, date(2025, 8, 31))
    assert (value.months_depreciated, value.accumulated_fen, value.net_fen) == (12, 120_000, 600_000)
    assert service.book_value(720_000, date(2010, 1, 1), 6, date(2025, 1, 1)).net_fen == 0
    assert service.book_value(50_000, date(2024, 9, 1), 6, date(2025, 9, 1), fixed=False).net_fen == 50_000


def test_low_value_items_and_books_are_not_depreciated(school):
    with school.session() as session:
        cheap = service.create_card(session, card(code="A1", name="电水壶", class_code="A0502", unit_price="99"))
        book = service.create_card(session, card(code="A2", name="图书", class_code="A0401", unit_price="1200"))
        assert service.card(session, cheap).book.net_fen == 9900 and not service.card(session, cheap).fixed
        assert service.card(session, book).book.accumulated_fen == 0


def test_loans_overdue_and_return(school):
    with school.session() as session:
        card_id = service.create_card(session, card())
        service.lend(session, card_id, party="李强", due_on=date.today() - timedelta(days=1), on=date.today() - timedelta(days=5))
        with pytest.raises(InputError, match="已借给李强"):
            service.lend(session, card_id, party="张伟", due_on=date.today())
        assert [a.id for a in service.overdue_loans(session, date.today())] == [card_id]
        service.return_loan(session, card_id)
        assert service.overdue_loans(session, date.today()) == []
        kinds = [h["kind"] for h in service.card(session, card_id).history]
    assert kinds == ["新增", "借用", "借用归还"]


def test_transfer_hands_over_and_records_both_sides(school):
    with school.session() as session:
        card_id = service.create_card(session, card())
        service.transfer(session, card_id, to_room="会议室", to_custodian="李强", note="会议室投影")
        view = service.card(session, card_id)
    assert (view.values["room"], view.values["custodian"]) == ("会议室", "李强")
    move = view.history[-1]
    assert (move["kind"], move["from_room"], move["to_room"], move["from_custodian"], move["to_custodian"]) == (
        "调拨", "计算机教室一", "会议室", "王静", "李强")


def test_repair_not_repairable_leads_to_scrap_and_scrapped_cannot_move(school):
    with school.session() as session:
        card_id = service.create_card(session, card())
        service.request_repair(session, card_id, reason="无法开机")
        assert session.get(Asset, card_id).status == "维修中"
        with pytest.raises(InputError, match="维修中，不能借用"):
            service.lend(session, card_id, party="李强", due_on=date.today())
        service.finish_repair(session, card_id, repaired=False, cost="80", party="联想售后")
        assert session.get(Asset, card_id).status == "待报废"
        with pytest.raises(InputError, match="请填写鉴定人"):
            service.advance_scrap(session, card_id, party="")
        service.advance_scrap(session, card_id, party="信息中心", result="主板损坏，无修复价值")
        service.advance_scrap(session, card_id, party="区教育局")
        service.advance_scrap(session, card_id, party="再生资源公司回收", amount="50")
        asset = session.get(Asset, card_id)
        assert (asset.status, asset.retired_on) == ("已报废", date.today())
        with pytest.raises(InputError, match="已报废，不能调拨"):
            service.transfer(session, card_id, to_room="会议室")
        with pytest.raises(InputError, match="已报废，不能借用"):
            service.lend(session, card_id, party="李强", due_on=date.today())
        kinds = [h["kind"] for h in service.card(session, card_id).history]
        assert service.count_cards(session) == 0 and service.count_cards(session, include_retired=True) == 1
    assert kinds == ["新增", "维修申请", "维修完成", "报废申请", "报废鉴定", "报废审批", "报废处置"]


def test_scrap_needs_one_of_the_four_legal_reasons(school):
    with school.session() as session:
        card_id = service.create_card(session, card())
        with pytest.raises(InputError, match="报废原因应为以下之一"):
            service.request_scrap(session, card_id, reason="不想要了")
        service.request_scrap(session, card_id, reason="超过使用年限且无法使用")
        with pytest.raises(InputError, match="待报废，不能申请报废"):
            service.request_scrap(session, card_id, reason="盘亏或非正常损失")


def test_compensation_issue_and_give_back(school):
    with school.session() as session:
        card_id = service.create_card(session, card(custodian=""))
        service.issue(session, card_id, to_custodian="张伟")
        with pytest.raises(InputError, match="赔偿金额应大于 0"):
            service.compensate(session, card_id, party="某学生家长", amount="0", reason="屏幕摔裂")
        service.compensate(session, card_id, party="某学生家长", amount="300", reason="屏幕摔裂")
        service.give_back(session, card_id, to_room="总务仓库")
        view = service.card(session, card_id)
    assert (view.values["custodian"], view.values["room"], view.values["status"]) == ("", "总务仓库", "闲置")
    assert [h["kind"] for h in view.history] == ["新增", "领用", "损坏赔偿", "归还"]
    assert view.history[2]["amount"] == "300.00"


def test_edits_do_not_move_the_card(school):
    with school.session() as session:
        card_id = service.create_card(session, card())
        service.update_card(session, card_id, card(name="台式计算机（教师机）", room="会议室", custodian="李强"))
        view = service.card(session, card_id)
    assert view.values["name"] == "台式计算机（教师机）"
    assert (view.values["room"], view.values["custodian"]) == ("计算机教室一", "王静")


def test_search_index_follows_cards_and_renames(school):
    with school.session() as session:
        card_id = service.create_card(session, card())
        service.transfer(session, card_id, to_room="会议室", to_custodian="李强")
        room_id = directory.rows(session, directory.ROOMS, "会议室")[0]["id"]
        directory.save(session, directory.ROOMS, {"name": "第一会议室", "keeper": "李强"}, room_id)
        hits = lambda q: session.exec(text("SELECT rowid FROM asset_search WHERE asset_search MATCH :q").bindparams(q=q)).all()  # noqa: E731
        assert hits('"第一会议室"') == [(card_id,)]
        assert hits('"启天 M4"') == [(card_id,)]
        assert hits('"计算机教室"') == []
