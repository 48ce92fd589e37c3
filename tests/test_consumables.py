"""低值易耗品: stock in, issue out, minimum stock on 首页, the month-end count and its printed differences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pypdf
import pytest

from logistics_desktop.assets import consumables
from logistics_desktop.assets.models import ConsumableItem
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.directory import service as directory


@pytest.fixture
def paper(db):
    with db.session() as session:
        directory.save_school(session, {"name": "实验小学", "kind": "小学"})
        item_id = consumables.save_item(session, {"name": "A4 复印纸", "spec": "70g", "unit": "包", "category": "办公用品", "min_stock": "10"})
    return db, item_id


def stock(db, item_id) -> Decimal:
    with db.session() as session:
        return session.get(ConsumableItem, item_id).stock


def test_in_out_and_not_more_than_in_stock(paper):
    db, item_id = paper
    with db.session() as session:
        consumables.stock_in(session, item_id, quantity="30", unit_price="23.50", supplier="文具店")
        consumables.issue_out(session, item_id, quantity="12", person="王静", purpose="期中考试印卷")
    assert stock(db, item_id) == 18
    with pytest.raises(InputError, match="库存不足：A4 复印纸现有 18包"), db.session() as session:
        consumables.issue_out(session, item_id, quantity="20", person="王静")
    with pytest.raises(InputError, match="请填写领用人"), db.session() as session:
        consumables.issue_out(session, item_id, quantity="1", person="")
    assert stock(db, item_id) == 18


def test_bad_item_values(db):
    with pytest.raises(InputErrors) as caught, db.session() as session:
        consumables.save_item(session, {"name": "", "category": "零食", "min_stock": "-3"})
    assert {e.field for e in caught.value.errors} == {"name", "category", "min_stock"}


def test_low_stock_shows_on_home(paper):
    from logistics_desktop.home.service import duties

    db, item_id = paper
    with db.session() as session:
        consumables.stock_in(session, item_id, quantity="12")
        assert not any("库存不足" in i.text for i in duties(session, date.today()))
        consumables.issue_out(session, item_id, quantity="5", person="李强", trade_in=False)
        lines = [i.text for i in duties(session, date.today())]
    assert "库存不足：A4 复印纸 70g 现有 7包，最低 10包" in lines


def test_month_end_count_records_and_prints_differences(paper, tmp_path):
    db, item_id = paper
    with db.session() as session:
        pens = consumables.save_item(session, {"name": "中性笔", "unit": "支", "category": "办公用品"})
        consumables.stock_in(session, item_id, quantity="30")
        consumables.stock_in(session, pens, quantity="100")
    with pytest.raises(InputErrors), db.session() as session:
        consumables.month_end_count(session, {item_id: "二十八"})
    with db.session() as session:
        result = consumables.month_end_count(session, {item_id: "28", pens: "100"})
        ledger = consumables.count_ledger(session, {"month": f"{date.today():%Y-%m}"})
    assert [(r["name"], r["difference"]) for r in result] == [("A4 复印纸", Decimal(-2)), ("中性笔", Decimal(0))]
    assert stock(db, item_id) == 28
    text = pypdf.PdfReader(ledger.save(tmp_path / "count.pdf")).pages[0].extract_text()
    assert "低值易耗品月末盘点表" in text and "A4 复印纸" in text and "-2" in text and "中性笔" not in text


def test_consumables_page_in_the_assets_tab(qtbot, demo_ctx):
    from logistics_desktop.assets.view import AssetsModuleTab
    from tests.conftest import type_text

    tab = AssetsModuleTab(demo_ctx)
    qtbot.addWidget(tab)
    page = tab.consumables
    assert page.model.rowCount() == 8
    page.new_item()
    type_text(page.form.editors["name"].editor, "订书钉")
    page.form.editors["min_stock"].editor.setText("5")
    assert page.save()
    assert page.model.rowCount() == 9 and "订书钉" in page.low.text()  # none in stock yet
    assert page.act("stock_in", {"quantity": "20", "unit_price": "3"})
    assert "订书钉" not in page.low.text()
    assert not page.act("issue", {"quantity": "50", "person": "王静"})  # the message stays with its field
    result = page.count({page.item_id: "19"})
    assert result[0]["difference"] == -1
