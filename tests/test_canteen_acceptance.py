"""Purchase acceptance: the checks, two different acceptors, the lock, corrections and the 进货查验记录."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pypdf
import pytest

from logistics_desktop.canteen import service
from logistics_desktop.core.errors import InputError, InputErrors


def delivery(**overrides):
    values = {"supplier": "绿源蔬菜配送", "documents": ["许可证/营业执照", "购货凭证"]}
    values.update(overrides)
    return values


LINES = [
    {"item": "青菜", "spec": "新鲜", "unit": "kg", "quantity": "30", "unit_price": "4.5", "batch": "当日采摘"},
    {"item": "冷鲜猪肉", "spec": "前腿", "unit": "kg", "quantity": "20", "unit_price": "26", "produced_on": date.today().isoformat(),
     "shelf_life_days": "3", "storage": "冷藏", "temperature": "4"},
]


def test_a_delivery_signed_by_two_and_locked(kitchen):
    with kitchen.session() as session:
        delivery_id = service.record_delivery(session, delivery(), LINES)
        with pytest.raises(InputErrors) as caught:
            service.sign(session, delivery_id, acceptor1="赵食管", acceptor2="")
        assert {e.field for e in caught.value.errors} == {"acceptor2"}
        with pytest.raises(InputErrors) as caught:
            service.sign(session, delivery_id, acceptor1="赵食管", acceptor2="赵食管")
        assert caught.value.errors[0].message == "两位验收人不能是同一人（双人联检）"
        service.sign(session, delivery_id, acceptor1="赵食管", acceptor2="钱厨师")
        with pytest.raises(InputError, match="已签字锁定"):
            service.record_delivery(session, delivery(), LINES, delivery_id)
        service.correct(session, delivery_id, text="青菜实收 29 kg", reason="复秤少 1 kg", by="赵食管")


def test_every_problem_of_a_delivery_at_once(kitchen):
    bad_lines = [{"item": "", "quantity": "5"}, {"item": "鸡蛋", "quantity": "-1", "batch": "B1"},
                 {"item": "冻虾", "quantity": "10", "batch": "X", "storage": "冷冻"},
                 {"item": "牛奶", "quantity": "40", "batch": "M1", "rejected": "5"}]
    with pytest.raises(InputErrors) as caught, kitchen.session() as session:
        service.record_delivery(session, {"supplier": "不认识的供应商", "documents": ["购货凭证"]}, bad_lines)
    messages = [e.message for e in caught.value.errors]
    assert "供货单位“不认识的供应商”不在名录中，请先登记其证照" in messages
    assert "每批进货至少查验许可证/营业执照和购货凭证" in messages
    assert "第 1 行：请填写品名" in messages and "第 2 行：数量应大于 0" in messages
    assert "第 3 行：冷冻食品请填写到货温度" in messages and "第 4 行：有拒收时请写明拒收原因" in messages


def test_the_amount_follows_the_accepted_quantity(kitchen):
    from sqlmodel import select

    from logistics_desktop.canteen.models import DeliveryLine

    eggs = [{"item": "鸡蛋", "unit": "kg", "quantity": "15", "unit_price": "11", "batch": "20261122", "rejected": "1", "reject_reason": "破损"}]
    with kitchen.session() as session:
        delivery_id = service.record_delivery(session, delivery(), eggs)
        line = session.exec(select(DeliveryLine).where(DeliveryLine.delivery_id == delivery_id)).one()
    assert (line.accepted, line.rejected, line.amount_fen) == (14, 1, 15400)


def test_expired_licence_expired_goods_and_warm_chilled_goods_need_a_reason(kitchen):
    old = (date.today() - timedelta(days=10)).isoformat()
    lines = [{"item": "冻鸡腿", "unit": "kg", "quantity": "10", "produced_on": old, "shelf_life_days": "5", "storage": "冷冻", "temperature": "-5"}]
    with pytest.raises(InputErrors) as caught, kitchen.session() as session:
        service.record_delivery(session, delivery(supplier="旧证肉联厂"), lines)
    reason = next(e.message for e in caught.value.errors if e.field == "override_reason")
    assert "许可证已于 2020-01-01 过期" in reason and "已过保质期" in reason and "冷冻温度 -5℃ 高于 -12℃" in reason
    with kitchen.session() as session:
        delivery_id = service.record_delivery(session, delivery(supplier="旧证肉联厂", override_reason="校长电话同意，留样送检"), lines)
        assert delivery_id


def test_the_ledger_holds_the_required_columns_both_acceptors_and_the_correction(kitchen, tmp_path):
    with kitchen.session() as session:
        delivery_id = service.record_delivery(session, delivery(at=datetime.now()), LINES)
        service.sign(session, delivery_id, acceptor1="赵食管", acceptor2="钱厨师")
        service.correct(session, delivery_id, text="青菜实收 29 kg", reason="复秤少 1 kg", by="孙保健")
        ledger = service.acceptance_ledger(session, {"month": f"{date.today():%Y-%m}"})
    text = "".join(p.extract_text() for p in pypdf.PdfReader(ledger.save(tmp_path / "ledger.pdf")).pages).replace("\n", "").replace(" ", "")
    for needle in ("食品进货查验记录", "实验小学", "供货单位", "品名", "规格", "数量", "生产日期/批号", "保质期至", "感官", "索证索票",
                   "绿源蔬菜配送", "城东农贸市场 12 号", "13800001111", "青菜", "冷鲜猪肉", "赵食管、钱厨师", "更正：青菜实收 29 kg", "复秤少 1 kg"):
        assert needle.replace(" ", "") in text, needle
    assert "655.00" in text  # 30×4.5 + 20×26


def test_licences_and_certificates_on_home(kitchen):
    from logistics_desktop.home.service import duties

    with kitchen.session() as session:
        service.save_certificate(session, person="钱厨师", number="JK-2025-001", expiry=date.today() + timedelta(days=10))
        with pytest.raises(InputError, match="不在人员名册中"):
            service.save_certificate(session, person="路人", number="X", expiry="2030-01-01")
        lines = [i.text for i in duties(session, date.today())]
    assert "供货单位“旧证肉联厂”的许可证已过期（2020-01-01）" in lines
    assert any(t.startswith("钱厨师的健康证即将到期") for t in lines)


def test_print_the_ledger_from_the_command_line(cli, db_path, tmp_path):
    result = cli("--db", db_path, "print", "acceptance-ledger", "--month", "2026-09", "-o", tmp_path / "a.pdf")
    assert result.returncode == 0, result.stderr
    assert "食品进货查验记录" in pypdf.PdfReader(tmp_path / "a.pdf").pages[0].extract_text()
    assert cli("--db", db_path, "print", "acceptance-ledger", "--month", "九月", "-o", tmp_path / "b.pdf").returncode == 1
