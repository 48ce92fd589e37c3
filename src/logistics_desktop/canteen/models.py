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
    account: str = Field(default="children", sa_column_kwargs={"server_default": "children"})  # whose meals it feeds: fees.ACCOUNTS
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


# ------------------------------------------------------------------ stock
# Goods come in through signed deliveries (their accepted quantities); these tables hold what goes
# out to the kitchen and the month-end counts, so the book quantity is always derived, never typed.


class StockIssue(SQLModel, table=True):
    """出库: goods issued to the kitchen."""

    __tablename__ = "canteen_stock_issue"
    __table_args__ = {"info": {"title": "食堂出库"}}

    id: int | None = Field(default=None, primary_key=True)
    on: date = Field(index=True)
    item: str = Field(index=True)
    unit: str = ""
    quantity: Decimal = Field(sa_type=Quantity)
    purpose: str = ""  # 午餐 …
    by: str  # 领用人


class StockCount(SQLModel, table=True):
    """月底盘点: the book and counted quantity of one item; the difference adjusts the book from then on."""

    __tablename__ = "canteen_stock_count"
    __table_args__ = {"info": {"title": "食堂库存盘点"}}

    id: int | None = Field(default=None, primary_key=True)
    counted_on: date = Field(index=True)
    item: str = Field(index=True)
    unit: str = ""
    book: Decimal = Field(sa_type=Quantity)
    counted: Decimal = Field(sa_type=Quantity)
    by: str
    note: str = ""


# ------------------------------------------------------------------ menu, samples, disinfection, accompanying meals


class MenuDish(SQLModel, table=True):
    """带量食谱: one dish of one meal of one day, with the planned grams per child."""

    __tablename__ = "canteen_menu_dish"
    __table_args__ = {"info": {"title": "带量食谱"}}

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    meal: str  # MEALS
    position: int = 0
    dish: str
    grams: int = 0  # 每人计划量（克）
    ingredients: str = ""  # 主要原料


class FoodSample(SQLModel, table=True):
    """留样: ≥125 g of every dish, kept ≥48 h, then destroyed by a named person."""

    __tablename__ = "canteen_food_sample"
    __table_args__ = {"info": {"title": "食品留样"}}

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    meal: str
    dish: str
    grams: int
    stored_at: datetime = Field(sa_column=Column(DateTime, nullable=False))
    keep_until: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    by: str
    destroyed_at: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))
    destroyed_by: str = ""


class Disinfection(SQLModel, table=True):
    """餐具消毒: one batch, its method and times; `short` when below the method's minimum."""

    __tablename__ = "canteen_disinfection"
    __table_args__ = {"info": {"title": "餐具消毒"}}

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    meal: str
    items: str  # 碗、盘、勺 …
    quantity: int
    method: str
    started_at: datetime = Field(sa_column=Column(DateTime, nullable=False))
    ended_at: datetime = Field(sa_column=Column(DateTime, nullable=False))
    operator: str
    short: bool = False


class CompanionMeal(SQLModel, table=True):
    """陪餐: a school leader eats with the pupils and rates the meal."""

    __tablename__ = "canteen_companion_meal"
    __table_args__ = {"info": {"title": "陪餐记录"}}

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    meal: str
    leader: str
    quality: str  # 优/良/中/差
    hygiene: str
    discipline: str  # 秩序
    service: str
    problems: str = ""
    action: str = ""


# ------------------------------------------------------------------ meal fees


class FeeEntry(SQLModel, table=True):
    """伙食费 income or expense other than food purchases (those come from signed deliveries)."""

    __tablename__ = "canteen_fee_entry"
    __table_args__ = {"info": {"title": "伙食费收支"}}

    id: int | None = Field(default=None, primary_key=True)
    on: date = Field(index=True)
    account: str  # fees.ACCOUNTS
    kind: str  # 收入 / 支出
    category: str
    amount_fen: int
    note: str = ""
    by: str = ""
