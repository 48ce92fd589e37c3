"""Column types: exact quantities stored as integer thousandths, so SUM in SQLite stays exact."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Integer
from sqlalchemy.types import TypeDecorator

QUANTITY_SCALE = 1000


class Quantity(TypeDecorator):
    """A Decimal with up to three places, stored as an integer number of thousandths."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        scaled = Decimal(value) * QUANTITY_SCALE
        if scaled != scaled.to_integral_value():
            raise ValueError(f"数量 {value} 超过三位小数")
        return int(scaled)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(value) / QUANTITY_SCALE).normalize() + 0  # +0 drops a "-0"

    def copy(self, **kw):
        return Quantity()


def quantity_from_sum(raw: int | None) -> Decimal:
    """SUM() over a Quantity column returns thousandths."""
    return (Decimal(raw or 0) / QUANTITY_SCALE).normalize() + 0
