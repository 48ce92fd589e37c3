"""Tables of the asset register: classes, cards and the dated history of every card."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, DateTime
from sqlmodel import Field, SQLModel

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.types import Quantity

STATUSES = (QT_TRANSLATE_NOOP("Field", "在用"), QT_TRANSLATE_NOOP("Field", "闲置"), QT_TRANSLATE_NOOP("Field", "维修中"), QT_TRANSLATE_NOOP("Field", "待报废"), QT_TRANSLATE_NOOP("Field", "已报废"), QT_TRANSLATE_NOOP("Field", "丢失"))
ACQUISITIONS = (QT_TRANSLATE_NOOP("Field", "购置"), QT_TRANSLATE_NOOP("Field", "调拨"), QT_TRANSLATE_NOOP("Field", "捐赠"), QT_TRANSLATE_NOOP("Field", "自建"))
SCRAP_REASONS = (
    QT_TRANSLATE_NOOP("Field", "技术落后或无修复价值"),  # 技术性能落后、无法修复或修复费用过高
    QT_TRANSLATE_NOOP("Field", "盘亏或非正常损失"),
    QT_TRANSLATE_NOOP("Field", "超过使用年限且无法使用"),
    QT_TRANSLATE_NOOP("Field", "因不可抗力毁损"),
)


class AssetClass(SQLModel, table=True):
    """分类 (GB/T 14885-2022 code); `depreciation` names a row of rules.DEPRECIATION_YEARS."""

    __tablename__ = "asset_class"
    __table_args__ = {"info": {"title": "资产分类"}}

    code: str = Field(primary_key=True)
    name: str
    depreciation: str = "equipment"


class AssetClassWord(SQLModel, table=True):
    """A word in an item's name (空调, 课桌椅) or a register's 类别 (通用设备) that gives its class when a register has none;
    shipped with the common items schools own, edited by the school (设置 → 分类推断词)."""

    __tablename__ = "asset_class_word"
    __table_args__ = {"info": {"title": "分类推断词"}}

    id: int | None = Field(default=None, primary_key=True)
    word: str = Field(unique=True)
    class_code: str = Field(foreign_key="asset_class.code", ondelete="CASCADE")
    category: bool = False  # a category word of the 2010 or 2022 edition (通用设备, 家具和用具): matched whole, in a 类别 column


class Asset(SQLModel, table=True):
    """资产卡片. A batch card ("课桌椅 50 套") is one card with its quantity."""

    __tablename__ = "asset"
    __table_args__ = {"info": {"title": "资产卡片"}}

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str = Field(index=True)
    class_code: str = Field(foreign_key="asset_class.code", ondelete="RESTRICT", index=True)
    brand: str = ""
    spec: str = ""  # 规格型号
    unit: str = "台"
    quantity: Decimal = Field(default=Decimal(1), sa_type=Quantity)
    unit_price_fen: int = 0
    amount_fen: int = 0
    acquired_on: date
    acquisition: str = "购置"
    funding: str = ""  # 经费来源
    invoice_no: str = ""
    supplier: str = ""
    department: str = ""  # 使用部门
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="RESTRICT", index=True)
    custodian_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="RESTRICT", index=True)
    status: str = Field(default="在用", index=True)
    service_years: int | None = None  # 使用年限; empty = the class's minimum from the rules
    note: str = ""
    # how an import found the class when the register gave none or one not listed ("名称：空调", "上级分类：A0206180299 → A02061802"…);
    # "" when given or chosen by hand. The list filters 分类为推断 for review.
    class_inferred: str = Field(default="", sa_column_kwargs={"server_default": ""})
    manufacturer: str = Field(default="", sa_column_kwargs={"server_default": ""})  # 生产厂家
    serial_no: str = Field(default="", sa_column_kwargs={"server_default": ""})  # 出厂编号
    # the finance books' own figures (the government asset system's card), kept beside the depreciation computed here
    book_entry_on: date | None = None  # 财务入账日期
    voucher_no: str = Field(default="", sa_column_kwargs={"server_default": ""})  # 会计凭证号
    book_depreciation_fen: int | None = None  # 累计折旧 as the books have it
    book_net_fen: int | None = None  # 净值 as the books have it
    # current state kept on the card by the movements, so lists need no history scan
    loan_party: str = ""  # 借用人 while lent out
    loan_due: date | None = Field(default=None, index=True)
    retired_on: date | None = None  # 报废处置 date: the card leaves the active ledger
    created_at: datetime = Field(sa_column=Column(DateTime, nullable=False))


class AssetMovement(SQLModel, table=True):
    """One dated event in a card's history: 领用, 借用, 调拨, 维修, 报废, 赔偿 ..."""

    __tablename__ = "asset_movement"
    __table_args__ = {"info": {"title": "资产变动"}}

    id: int | None = Field(default=None, primary_key=True)
    asset_id: int = Field(foreign_key="asset.id", ondelete="CASCADE", index=True)
    kind: str = Field(index=True)
    on: date
    from_room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="RESTRICT")
    to_room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="RESTRICT")
    from_custodian_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="RESTRICT")
    to_custodian_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="RESTRICT")
    party: str = ""  # 借用人、赔偿人、维修单位 ...
    amount_fen: int = 0  # 维修费用、赔偿金额
    due_on: date | None = None
    reason: str = ""
    result: str = ""
    note: str = ""
    open: bool = Field(default=False, index=True)  # a loan not yet returned, a repair or scrap not finished
    actor: str = ""
    created_at: datetime = Field(sa_column=Column(DateTime, nullable=False))


CONSUMABLE_CATEGORIES = (QT_TRANSLATE_NOOP("Field", "办公用品"), QT_TRANSLATE_NOOP("Field", "清洁用品"), QT_TRANSLATE_NOOP("Field", "教学耗材"), QT_TRANSLATE_NOOP("Field", "维修材料"), QT_TRANSLATE_NOOP("Field", "其他"))


class ConsumableItem(SQLModel, table=True):
    """低值易耗品: kept as stock by quantity, not as cards."""

    __tablename__ = "consumable_item"
    __table_args__ = {"info": {"title": "低值易耗品"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    spec: str = ""
    unit: str = "个"
    category: str = "办公用品"
    min_stock: Decimal = Field(default=Decimal(0), sa_type=Quantity)  # below this 首页 warns
    stock: Decimal = Field(default=Decimal(0), sa_type=Quantity)  # kept current by the moves
    note: str = ""


class ConsumableMove(SQLModel, table=True):
    """入库 (+), 领用 (−) or 盘点 (± the difference between the book and the count)."""

    __tablename__ = "consumable_move"
    __table_args__ = {"info": {"title": "低值易耗品出入库"}}

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="consumable_item.id", ondelete="RESTRICT", index=True)
    kind: str = Field(index=True)
    on: date = Field(index=True)
    quantity: Decimal = Field(sa_type=Quantity)  # signed
    unit_price_fen: int = 0
    supplier: str = ""
    person: str = ""  # 领用人
    purpose: str = ""
    trade_in: bool = False  # 以旧换新: the old one was handed back
    book: Decimal | None = Field(default=None, sa_type=Quantity)  # 盘点: the book quantity counted against
    counted: Decimal | None = Field(default=None, sa_type=Quantity)
    note: str = ""
    actor: str = ""
    created_at: datetime = Field(sa_column=Column(DateTime, nullable=False))
