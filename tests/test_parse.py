"""The tolerant parsers behind forms and imports."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logistics_desktop.core.parse import fen_to_yuan, parse_date, parse_money_fen


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_every_written_form_of_a_date_reads_back(d):
    for text in (f"{d:%Y-%m-%d}", f"{d.year}.{d.month}.{d.day}", f"{d.year}/{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日"):
        assert parse_date(text) == d


def test_excel_serial_date():
    assert parse_date(43709) == date(2019, 9, 1)


@pytest.mark.parametrize("text", ["2019-13-01", "2019.2.30", "九月一日", "2019"])
def test_bad_dates_say_why(text):
    with pytest.raises(ValueError, match="日期"):
        parse_date(text)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_money_round_trips_through_yuan_text(fen):
    assert parse_money_fen(fen_to_yuan(fen)) == fen
    assert parse_money_fen("¥" + fen_to_yuan(fen)) == fen


def test_money_with_commas_and_too_many_decimals():
    assert parse_money_fen("1,234.50元") == 123450
    assert parse_money_fen(3980) == 398000
    with pytest.raises(ValueError, match="两位小数"):
        parse_money_fen("1.005")
