"""Tables of the canteen: suppliers, staff health certificates, deliveries accepted at the kitchen door."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, DateTime
from sqlmodel import Field, SQLModel

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.types import Quantity

DOCUMENTS = (
    QT_TRANSLATE_NOOP("Field", "许可证/营业执照"),
    QT_TRANSLATE_NOOP("Field", "购货凭证"),
    QT_TRANSLATE_NOOP("Field", "检验合格证明"),
    QT_TRANSLATE_NOOP("Field", "动物检疫证明"),
)


class Supplier(SQLModel, table=True):
    __tablename__ = "canteen_supplier"
    __table_args__ = {"info": {"title": "供货单位"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    address: str = ""
    contact: str = ""
    phone: str = ""
    licence_no: str = ""  # 营业执照 / 食品经营许可证
    licence_expiry: date | None = None
    supplies: str = ""  # what they supply


class HealthCertificate(SQLModel, table=True):
    """健康证 of a canteen worker (a person of the staff directory)."""

    __tablename__ = "canteen_health_certificate"
    __table_args__ = {"info": {"title": "健康证"}}

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", ondelete="RESTRICT", index=True)
    number: str
    expiry: date


class Delivery(SQLModel, table=True):
    """进货查验: one delivery at the kitchen door, locked once two different acceptors sign."""

    __tablename__ = "canteen_delivery"
    __table_args__ = {"info": {"title": "进货查验"}}

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    supplier_id: int = Field(foreign_key="canteen_supplier.id", ondelete="RESTRICT", index=True)
    documents: str = ""  # which of DOCUMENTS were checked, "、"-separated
    override_reason: str = ""  # why it went ahead despite an expired licence, expired goods or a bad temperature
    acceptor1: str = ""
    acceptor2: str = ""
    signed_at: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))


class DeliveryLine(SQLModel, table=True):
    __tablename__ = "canteen_delivery_line"
    __table_args__ = {"info": {"title": "进货查验明细"}}

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="canteen_delivery.id", ondelete="CASCADE", index=True)
    item: str  # 品名
    spec: str = ""
    unit: str = ""
    quantity: Decimal = Field(sa_type=Quantity)
    unit_price_fen: int = 0
    amount_fen: int = 0
    batch: str = ""  # 生产日期或批号
    produced_on: date | None = None
    shelf_life_days: int | None = None
    expires_on: date | None = None
    sensory_ok: bool = True  # 感官检查
    temperature: Decimal | None = Field(default=None, sa_type=Quantity)  # ℃, chilled/frozen goods
    storage: str = "常温"  # 常温 / 冷藏 / 冷冻
    accepted: Decimal = Field(sa_type=Quantity)
    rejected: Decimal = Field(default=Decimal(0), sa_type=Quantity)
    reject_reason: str = ""


class DeliveryCorrection(SQLModel, table=True):
    """A signed delivery is never edited: a dated correction with its reason stands beside it."""

    __tablename__ = "canteen_delivery_correction"
    __table_args__ = {"info": {"title": "进货查验更正"}}

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="canteen_delivery.id", ondelete="RESTRICT", index=True)
    at: datetime = Field(sa_column=Column(DateTime, nullable=False))
    text: str  # what is corrected, as the clerk writes it
    reason: str
    by: str
