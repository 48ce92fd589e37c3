"""Tables of a stocktake: the session, the frozen expected list, and every count as its own row."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, DateTime, Index
from sqlmodel import Field, SQLModel

from logistics_desktop.core.types import Quantity


class Stocktake(SQLModel, table=True):
    """期末资产清查: one session over chosen rooms; read-only once posted."""

    __tablename__ = "stocktake"
    __table_args__ = {"info": {"title": "资产清查"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str
    on: date
    blind: bool = False  # count sheets without the expected quantities
    rooms: str = ""  # room names covered, "、"-separated, as at the start (for the report)
    posted_at: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))
    post_reason: str = ""
    actor: str = ""
    created_at: datetime = Field(sa_column=Column(DateTime, nullable=False))


class StocktakeLine(SQLModel, table=True):
    """One card as expected at the start: later edits of the card do not change it."""

    __tablename__ = "stocktake_line"
    __table_args__ = (  # a scan looks a code up; progress counts a room's lines
        Index("ix_stocktake_line_code_in_stocktake", "stocktake_id", "code", unique=True),
        Index("ix_stocktake_line_room_in_stocktake", "stocktake_id", "room_id"),
        {"info": {"title": "清查预期清单"}},
    )

    id: int | None = Field(default=None, primary_key=True)
    stocktake_id: int = Field(foreign_key="stocktake.id", ondelete="CASCADE")
    asset_id: int = Field(foreign_key="asset.id", ondelete="RESTRICT", index=True)
    code: str
    name: str
    spec: str = ""
    unit: str = ""
    expected: Decimal = Field(sa_type=Quantity)
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="RESTRICT")
    custodian: str = ""
    status: str = ""
    amount_fen: int = 0
    accumulated_fen: int = 0  # depreciation to the stocktake date


class StocktakeCount(SQLModel, table=True):
    """A scan, a tick, a typed quantity, an imported sheet row, or an unlabelled find."""

    __tablename__ = "stocktake_count"
    __table_args__ = {"info": {"title": "清查记录"}}

    id: int | None = Field(default=None, primary_key=True)
    stocktake_id: int = Field(foreign_key="stocktake.id", ondelete="CASCADE", index=True)
    line_id: int | None = Field(default=None, foreign_key="stocktake_line.id", ondelete="CASCADE", index=True)
    code: str = ""  # as scanned; unknown codes are kept
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="RESTRICT")
    quantity: Decimal = Field(sa_type=Quantity)
    condition: str = ""  # 状况 when not as on the card (损坏, 闲置 ...)
    description: str = ""  # an unlabelled find
    value_fen: int = 0  # 重置价值 of a find
    note: str = ""
    counter: str = ""
    source: str = ""  # 扫码 / 手工 / 导入
    at: datetime = Field(sa_column=Column(DateTime, nullable=False))
