"""Asset ledger (资产登记台账), asset card (资产卡片) and QR labels, as PDF (and the ledger as xlsx)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from logistics_desktop.assets import query, service
from logistics_desktop.assets.models import Asset, AssetClass
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.parse import fen_to_yuan
from logistics_desktop.core.report import Drawing, Ledger, LedgerColumn

GROUPS = {"room": "存放地点", "class": "分类", "none": "不分组"}


def _school_name(session: Session) -> str:
    from logistics_desktop.directory import service as directory

    school = directory.get_school(session)
    return school.name if school else ""


def ledger_rows(session: Session, options: dict[str, Any], q: query.AssetQuery | None = None) -> list[dict[str, Any]]:
    """Cards as plain rows with room, custodian and class names; `q` gives exactly what the list shows."""
    from logistics_desktop.directory.models import Room, Staff

    base = select(Asset, Room.name, Staff.name, AssetClass.name).join(AssetClass, AssetClass.code == Asset.class_code, isouter=True)
    if q is not None:
        stmt = query._filtered(base, q, session)
        return [{"asset": a, "room": r or "（未指定）", "custodian": c or "", "class_name": n or ""}
                for a, r, c, n in session.execute(stmt.order_by(Asset.id))]
    stmt = base.join(Room, Room.id == Asset.room_id, isouter=True).join(Staff, Staff.id == Asset.custodian_id, isouter=True)
    if not options.get("include_retired"):
        stmt = stmt.where(Asset.status.not_in(service.INACTIVE))
    if options.get("room"):
        stmt = stmt.where(Room.name == options["room"])
    if options.get("class"):
        stmt = stmt.where(Asset.class_code.like(f"{options['class']}%"))
    if options.get("status"):
        stmt = stmt.where(Asset.status == options["status"])
    rows = []
    for asset, room, custodian, class_name in session.execute(stmt.order_by(Asset.id)):
        rows.append({"asset": asset, "room": room or "（未指定）", "custodian": custodian or "", "class_name": class_name or ""})
    return rows


def _quantity(q: Decimal) -> str:
    return f"{q.normalize():f}"


def asset_ledger(session: Session, options: dict[str, Any], *, for_export: bool = False, q: query.AssetQuery | None = None) -> Ledger:
    group = options.get("group_by") or "room"
    if group not in GROUPS:
        raise InputError("group_by", "分组方式应为 room（按存放地点）、class（按分类）或 none")
    rows = ledger_rows(session, options, q)
    key = {"room": lambda r: r["room"], "class": lambda r: f"{r['asset'].class_code} {r['class_name']}", "none": lambda r: ""}[group]
    rows.sort(key=lambda r: (key(r), r["asset"].code))
    columns = [
        LedgerColumn("序号", 10, "center"), LedgerColumn("资产编号", 24), LedgerColumn("资产名称", 32),
        LedgerColumn("规格型号", 30), LedgerColumn("单位", 10, "center"), LedgerColumn("数量", 13, "right"),
        LedgerColumn("单价", 19, "right"), LedgerColumn("金额", 22, "right"), LedgerColumn("取得日期", 20, "center"),
        LedgerColumn("存放地点", 28), LedgerColumn("保管人", 15), LedgerColumn("使用状况", 14, "center"),
    ]
    if for_export:
        columns.insert(4, LedgerColumn("分类", 20))
    body: list[list[Any]] = []
    emphasis: list[int] = []
    total_q, total_amount, n = Decimal(0), 0, 0
    current, group_q, group_amount = None, Decimal(0), 0

    def close_group() -> None:
        if group != "none" and current is not None:
            emphasis.append(len(body))
            body.append(["", "小计", current, "", *([""] if for_export else []), "", _quantity(group_q), "", fen_to_yuan(group_amount), "", "", "", ""])

    for r in rows:
        asset = r["asset"]
        if key(r) != current:
            close_group()
            current, group_q, group_amount = key(r), Decimal(0), 0
        n += 1
        line = [n, asset.code, asset.name, asset.spec, asset.unit, _quantity(asset.quantity), fen_to_yuan(asset.unit_price_fen),
                fen_to_yuan(asset.amount_fen), asset.acquired_on.strftime("%Y-%m-%d"), r["room"], r["custodian"], asset.status]
        if for_export:
            line.insert(4, asset.class_code)
        body.append(line)
        group_q += asset.quantity
        group_amount += asset.amount_fen
        total_q += asset.quantity
        total_amount += asset.amount_fen
    close_group()
    total = ["", "合计", f"{n} 张卡片", "", *([""] if for_export else []), "", _quantity(total_q), "", fen_to_yuan(total_amount), "", "", "", ""]
    filters = [f"{label}：{options[k]}" for k, label in (("room", "存放地点"), ("class", "分类"), ("status", "使用状况")) if options.get(k)]
    return Ledger(
        title="资产登记台账",
        columns=columns,
        rows=body,
        school=_school_name(session),
        period=f"截至 {date.today():%Y-%m-%d}",
        landscape=True,
        signatures=("制表人", "资产管理员", "负责人"),
        total_row=total,
        emphasis=emphasis,
        summary=[line for line in (f"按{GROUPS[group]}分组" if group != "none" else "", "；".join(filters)) if line],
    )


def export_assets(session: Session, path: Path, options: dict[str, Any] | None = None, *, query: query.AssetQuery | None = None) -> int:
    """The list as shown (`query`) or filtered by `options`, as an xlsx the importer reads back: the ledger's columns and
    every other field of the card, under the headers the importer knows, so editing it in Excel and importing it with
    --update loses nothing."""
    ledger = asset_ledger(session, {"group_by": "none", **(options or {})}, for_export=True, q=query)
    assets = {r["asset"].code: r["asset"] for r in ledger_rows(session, {"group_by": "none", **(options or {})}, query)}
    extra = [("品牌", "brand"), ("取得方式", "acquisition"), ("经费来源", "funding"), ("发票号", "invoice_no"), ("供应商", "supplier"),
             ("使用部门", "department"), ("使用年限", "service_years"), ("生产厂家", "manufacturer"), ("出厂编号", "serial_no"),
             ("财务入账日期", "book_entry_on"), ("会计凭证号", "voucher_no"), ("累计折旧", "book_depreciation_fen"), ("净值", "book_net_fen"),
             ("备注", "note")]

    def shown(asset: Asset, attr: str) -> Any:
        value = getattr(asset, attr)
        if value is None:
            return ""
        if attr.endswith("_fen"):
            return fen_to_yuan(value)
        return f"{value:%Y-%m-%d}" if isinstance(value, date) else value

    ledger.columns = ledger.columns + [LedgerColumn(label, 30 if label in ("备注", "供应商") else 22) for label, _ in extra]
    ledger.rows = [row + [shown(assets[row[1]], attr) for _, attr in extra] for row in ledger.rows]
    ledger.total_row = None  # an export is read back: no 合计 line to skip
    ledger.save(Path(path))
    return len(ledger.rows)


# ------------------------------------------------------------------ card


def card_printable(session: Session, options: dict[str, Any]) -> Drawing:
    """print asset-card --code CODE"""
    return card_drawing(session, options.get("code") or "")


def card_drawing(session: Session, code: str) -> Drawing:
    """The asset card: every field, value to date, and the dated history."""
    asset = service.find_by_code(session, code or "")
    if asset is None:
        raise InputError("code", f"没有编号为“{code}”的资产")
    view = service.card(session, asset.id)
    v = view.values
    pairs = [
        ("资产编号", v["code"]), ("资产名称", v["name"]), ("分类", f"{v['class_code']} {view.class_name}"), ("品牌", v["brand"]),
        ("规格型号", v["spec"]), ("计量单位", v["unit"]), ("数量", _quantity(v["quantity"])), ("单价（元）", v["unit_price"]),
        ("金额（元）", v["amount"]), ("取得日期", v["acquired_on"].strftime("%Y-%m-%d")), ("取得方式", v["acquisition"]),
        ("经费来源", v["funding"]), ("发票号", v["invoice_no"]), ("供应商", v["supplier"]), ("使用部门", v["department"]),
        ("存放地点", v["room"]), ("保管人", v["custodian"]), ("使用状况", v["status"]),
        ("折旧年限", f"{view.book.years} 年" if view.fixed and view.book.years else "不计提折旧"),
        ("累计折旧（元）", fen_to_yuan(view.book.accumulated_fen)), ("净值（元）", fen_to_yuan(view.book.net_fen)),
        ("借用情况", f"借给 {v['loan_party']}，应还 {v['loan_due']:%Y-%m-%d}" if v["loan_party"] else "未借出"),
        ("备注", v["note"]), ("", ""),
    ]
    info_columns = [LedgerColumn("项目", 26), LedgerColumn("内容", 64), LedgerColumn("项目", 26), LedgerColumn("内容", 64)]
    info_rows = [[a[0], a[1], b[0], b[1]] for a, b in zip(pairs[::2], pairs[1::2])]
    history_columns = [LedgerColumn("日期", 20, "center"), LedgerColumn("事项", 18, "center"), LedgerColumn("内容", 110),
                       LedgerColumn("金额", 18, "right"), LedgerColumn("经办", 16)]
    history_rows = [[h["on"].strftime("%Y-%m-%d"), h["kind"], service.describe_movement(h), h["amount"], h["actor"]] for h in view.history]
    school = _school_name(session)

    def draw(target) -> None:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        from logistics_desktop.printing.frame import PageFrame, build_document
        from logistics_desktop.printing.ledger import ledger_table

        frame = PageFrame("资产卡片", school, f"打印日期：{date.today():%Y-%m-%d}", ("保管人", "资产管理员"), period_label="")
        width = frame.body_width
        story = [ledger_table(info_columns, info_rows, width), Spacer(1, 6 * mm), ledger_table(history_columns, history_rows, width)]
        build_document(target, frame, story)

    return Drawing(f"资产卡片 {v['code']}", draw)


# ------------------------------------------------------------------ labels

LAYOUTS = {  # columns, rows, label width and height in mm, page margins (left, top) in mm
    "3x8": (3, 8, 70.0, 37.0, 0.0, 0.5),
    "2x5": (2, 5, 105.0, 57.0, 0.0, 6.0),
}


def labels_drawing(session: Session, options: dict[str, Any]) -> Drawing:
    """QR labels on an A4 label sheet; `start` skips the used labels of a partly used sheet."""
    layout = options.get("layout") or "3x8"
    if layout not in LAYOUTS:
        raise InputError("layout", f"标签规格应为：{'、'.join(LAYOUTS)}")
    cols, rows_per_page, w, h, left, top = LAYOUTS[layout]
    per_page = cols * rows_per_page
    try:
        start = int(options.get("start") or 1)
    except ValueError:
        raise InputError("start", "起始位置应为数字") from None
    if not 1 <= start <= per_page:
        raise InputError("start", f"起始位置应在 1 到 {per_page} 之间")
    items = ledger_rows(session, options)
    codes = [c.strip() for c in str(options.get("codes") or "").split(",") if c.strip()]
    if codes:
        wanted = set(codes)
        items = [r for r in items if r["asset"].code in wanted]
    if not items:
        raise InputError("", "没有符合条件的资产可打印标签")
    items.sort(key=lambda r: (r["room"], r["asset"].code))
    labels = [(r["asset"].code, r["asset"].name, r["room"]) for r in items]
    school = _school_name(session)
    return Drawing(f"资产标签（{len(labels)} 张）", lambda target: draw_labels(target, labels, school, layout, start))


def draw_labels(target, labels: list[tuple[str, str, str]], school: str, layout: str, start: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from logistics_desktop.printing.fonts import register_fonts
    from logistics_desktop.printing.qr import draw_qr

    cols, rows_per_page, w, h, left, top = LAYOUTS[layout]
    per_page = cols * rows_per_page
    font = register_fonts()
    c = canvas.Canvas(target, pagesize=A4, initialFontName=register_fonts())  # no unembedded Helvetica named
    c.setTitle("资产标签")
    page_h = A4[1]
    slot = start - 1
    for code, name, room in labels:
        if slot == per_page:
            c.showPage()
            slot = 0
        row, col = divmod(slot, cols)
        x = (left + col * w) * mm
        y = page_h - (top + (row + 1) * h) * mm
        pad = 3 * mm
        qr = min(h * mm - 2 * pad, 30 * mm)
        draw_qr(c, code, x + pad, y + (h * mm - qr) / 2, qr)
        tx = x + pad + qr + 2 * mm
        room_w = w * mm - (tx - x) - pad
        c.setFont(font, 7)
        c.drawString(tx, y + h * mm - pad - 7, _fit(c, school, font, 7, room_w))
        c.setFont(font, 10)
        c.drawString(tx, y + h * mm / 2 + 4, _fit(c, code, font, 10, room_w))
        c.setFont(font, 8.5)
        c.drawString(tx, y + h * mm / 2 - 8, _fit(c, name, font, 8.5, room_w))
        c.setFont(font, 7.5)
        c.drawString(tx, y + pad + 2, _fit(c, room, font, 7.5, room_w))
        slot += 1
    c.save()


def _fit(c, text: str, font: str, size: float, width: float) -> str:
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
