"""Count sheets (PDF and xlsx, one room a section) and the 盘点盈亏表 (PDF and xlsx)."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.parse import fen_to_yuan
from logistics_desktop.core.report import Drawing, Ledger, LedgerColumn
from logistics_desktop.stocktake import service
from logistics_desktop.stocktake.models import StocktakeCount, StocktakeLine

CONDITIONS_HINT = "正常／损坏／闲置／丢失"


def _school(session: Session) -> str:
    from logistics_desktop.directory import service as directory

    school = directory.get_school(session)
    return school.name if school else ""


def _q(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


def sheet_rows(session: Session, stocktake_id: int, room: str | None = None) -> dict[str, list[StocktakeLine]]:
    """The expected lines per room, in code order; one room when `room` is given."""
    st = service._stocktake(session, stocktake_id)
    rooms = service._rooms(session)
    names = st.rooms.split("、") if st.rooms else []
    if room:
        if room not in names:
            raise InputError("room", f"房间“{room}”不在本次清查范围内")
        names = [room]
    result = {}
    for name in names:
        stmt = select(StocktakeLine).where(StocktakeLine.stocktake_id == st.id, StocktakeLine.room_id == rooms.get(name))
        result[name] = list(session.exec(stmt.order_by(StocktakeLine.code)))
    return result


def codes_digest(codes: list[str]) -> str:
    """Fingerprint of a sheet's code column, so an edited code column is noticed on import."""
    return hashlib.sha256("\n".join(codes).encode()).hexdigest()[:16]


def sheets_xlsx(session: Session, stocktake_id: int, path: Path, room: str | None = None) -> Path:
    from logistics_desktop.spreadsheet import write_workbook

    st = service._stocktake(session, stocktake_id)
    per_room = sheet_rows(session, stocktake_id, room)
    ledgers, info = [], {"stocktake_id": str(st.id), "stocktake_name": st.name}
    for name, lines in per_room.items():
        columns = [LedgerColumn("序号", 10, "center"), LedgerColumn("资产编号", 26), LedgerColumn("资产名称", 36),
                   LedgerColumn("规格型号", 32), LedgerColumn("单位", 10, "center")]
        if not st.blind:
            columns.append(LedgerColumn("预期数量", 16, "right"))
        columns += [LedgerColumn("实盘数量", 16, "right"), LedgerColumn("状况", 18), LedgerColumn("备注", 30)]
        rows = [[n, l.code, l.name, l.spec, l.unit, *([] if st.blind else [_q(l.expected)]), "", "", ""] for n, l in enumerate(lines, 1)]
        ledgers.append(Ledger(title=f"资产清查盘点表 — {name}", columns=columns, rows=rows, school=_school(session), period=st.name,
                              signatures=("盘点人", "保管人"), summary=[f"{name}：共 {len(lines)} 项；状况填 {CONDITIONS_HINT}"]))
        info[f"room:{name}"] = codes_digest([l.code for l in lines])
    return write_workbook(ledgers, Path(path), sheet_names=list(per_room), info=info)


def sheets_pdf(session: Session, stocktake_id: int, room: str | None = None) -> Drawing:
    st = service._stocktake(session, stocktake_id)
    per_room = {name: [(l.code, l.name, l.spec, l.unit, _q(l.expected), l.custodian) for l in lines]
                for name, lines in sheet_rows(session, stocktake_id, room).items()}
    school, blind, title = _school(session), st.blind, st.name

    def draw(target) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak, Paragraph, Spacer

        from logistics_desktop.printing.fonts import register_fonts
        from logistics_desktop.printing.form import paragraph_text
        from logistics_desktop.printing.frame import PageFrame, PageNote, build_document
        from logistics_desktop.printing.ledger import ledger_table
        from logistics_desktop.printing.qr import QRFlowable

        font = register_fonts()
        heading = ParagraphStyle("room", fontName=font, fontSize=12, leading=16, spaceAfter=4)
        frame = PageFrame("资产清查盘点表", school, title, ("盘点人", "保管人"))
        columns = [LedgerColumn("序号", 9, "center"), LedgerColumn("二维码", 15, "center"), LedgerColumn("资产编号", 25),
                   LedgerColumn("资产名称", 34), LedgerColumn("规格型号", 30), LedgerColumn("单位", 9, "center")]
        if not blind:
            columns.append(LedgerColumn("预期数量", 14, "right"))
        columns += [LedgerColumn("实盘数量", 15, "center"), LedgerColumn("状况", 14, "center"), LedgerColumn("备注", 22)]
        story: list = []
        for index, (name, lines) in enumerate(per_room.items()):
            if index:
                story.append(PageBreak())
            story.append(PageNote(f"房间：{name}"))
            keeper = next((l[5] for l in lines if l[5]), "")
            story.append(Paragraph(paragraph_text(f"房间：{name}　　共 {len(lines)} 项" + (f"　　保管人：{keeper}" if keeper else "")
                                                  + ("　　（盲盘）" if blind else "")), heading))
            rows = [[n, QRFlowable(code, 12 * mm), code, item, spec, unit, *([] if blind else [expected]), "", "", ""]
                    for n, (code, item, spec, unit, expected, _keeper) in enumerate(lines, 1)]
            story.append(ledger_table(columns, rows, frame.body_width))
            story.append(Spacer(1, 4 * mm))
            story.append(Paragraph(f"状况栏填：{CONDITIONS_HINT}；表外找到的物品请写在下方空白处。", heading))
        build_document(target, frame, story)

    return Drawing(f"资产清查盘点表 — {title}", draw)


def import_sheet(session: Session, stocktake_id: int, path: Path, *, counter: str = "") -> dict[str, int]:
    """Read filled xlsx count sheets back; refuse a sheet of another stocktake or an edited code column. A room's counts
    replace what the same counter imported for that room before (written["replaced"]), so a sheet imported twice counts once."""
    from logistics_desktop.core.db import checking_first, writing_now
    from logistics_desktop.spreadsheet import ColumnSpec, read_info, read_register, sheet_names

    checking_first(session)  # every sheet read and checked without the write lock; the counts then wait their turn
    st = service._stocktake(session, stocktake_id, open_only=True)
    info = read_info(Path(path))
    if info.get("stocktake_id") != str(st.id):
        other = info.get("stocktake_name")
        raise InputError("file", f"这不是本次清查（{st.name}）的盘点表" + (f"，而是“{other}”的" if other else "（缺少清查标记）"))
    columns = [ColumnSpec("code", "资产编号", required=True), ColumnSpec("counted", "实盘数量", "decimal"),
               ColumnSpec("condition", "状况"), ColumnSpec("note", "备注")]
    written = {"counted": 0, "rooms": 0}
    read = []
    for room in sheet_names(Path(path)):
        digest = info.get(f"room:{room}")
        if digest is None:
            raise InputError("file", f"工作表“{room}”不是导出的盘点表")
        sheet = read_register(Path(path), columns, sheet=room)
        if sheet.problems:
            row, column, message = sheet.problems[0]
            raise InputError("file", f"工作表“{room}”第 {row} 行，{column}：{message}")
        if codes_digest([r.values["code"] for r in sheet.rows]) != digest:
            raise InputError("file", f"工作表“{room}”的资产编号列被改动过（增删或改了编号），请在原表上只填实盘数量、状况和备注")
        read.append((room, sheet))
    if writing_now(session):
        st = service._stocktake(session, stocktake_id, open_only=True)  # posted meanwhile: refused
    written["replaced"] = 0
    rooms = service._rooms(session)
    for room, sheet in read:
        written["rooms"] += 1
        # a sheet's counts replace that sheet's earlier import by the same counter: importing it twice counts once
        earlier = session.exec(select(StocktakeCount).where(StocktakeCount.stocktake_id == st.id, StocktakeCount.room_id == rooms.get(room),
                                                            StocktakeCount.counter == (counter or "").strip(), StocktakeCount.source == "导入"))
        for count in earlier:
            session.delete(count)
            written["replaced"] += 1
        session.flush()
        for record in sheet.rows:
            counted = record.values.get("counted")
            condition = record.values.get("condition") or ""
            if condition == "正常":
                condition = ""
            if counted is None:
                continue
            if counted > 0:
                line = service.find_line(session, st.id, record.values["code"])
                service._add_count(session, st, line, room, Decimal(counted), condition, counter, "导入")
                written["counted"] += 1
    return written


def report_ledger(session: Session, stocktake_id: int) -> Ledger:
    """盘点盈亏表: 盘盈 (名称, 数量, 重置价值), 盘亏 (名称, 数量, 原价, 已提折旧), 位置不符, 状况变化, with totals."""
    r = service.reconcile(session, stocktake_id)
    st = r.stocktake
    columns = [LedgerColumn("类别", 16, "center"), LedgerColumn("资产编号", 24), LedgerColumn("名称", 36), LedgerColumn("数量", 14, "right"),
               LedgerColumn("原价/重置价值", 24, "right"), LedgerColumn("已提折旧", 20, "right"), LedgerColumn("账面地点", 26),
               LedgerColumn("实际地点/状况", 28), LedgerColumn("说明", 24)]
    rows: list[list[Any]] = []
    emphasis: list[int] = []

    def section(title: str, items: list[list[Any]], total: list[Any] | None) -> None:
        rows.extend(items)
        if total is not None:
            emphasis.append(len(rows))
            rows.append(total)

    surplus_value = sum(s["value_fen"] for s in r.surplus)
    section("盘盈", [["盘盈", s["code"], s["name"], _q(s["quantity"]), fen_to_yuan(s["value_fen"]), "", "", s["room"], s["how"]] for s in r.surplus],
            ["盘盈小计", "", f"{len(r.surplus)} 项", "", fen_to_yuan(surplus_value), "", "", "", ""])
    missing_value = sum(m["amount_fen"] for m in r.missing)
    missing_dep = sum(m["accumulated_fen"] for m in r.missing)
    section("盘亏", [["盘亏", m["code"], m["name"], _q(m["quantity"]), fen_to_yuan(m["amount_fen"]), fen_to_yuan(m["accumulated_fen"]),
                      m["room"], "", "全部未找到" if m["whole"] else "部分短缺"] for m in r.missing],
            ["盘亏小计", "", f"{len(r.missing)} 项", "", fen_to_yuan(missing_value), fen_to_yuan(missing_dep), "", "", ""])
    section("位置不符", [["位置不符", m["code"], m["name"], "1", "", "", m["from"], m["to"], ""] for m in r.moved], None)
    section("状况变化", [["状况变化", c["code"], c["name"], "", "", "", "", f"{c['before']} → {c['after']}", ""] for c in r.changed], None)
    from logistics_desktop.accounts.service import signatures

    signers = "、".join(s["name"] for s in signatures(session, "stocktake", st.id))
    posted = (f"已于 {st.posted_at:%Y-%m-%d} 过账" + (f"（过账人：{signers}，本人密码签字）" if signers else "") + f"：{st.post_reason}"
              if st.posted_at else "尚未过账")
    return Ledger(
        title="资产盘点盈亏表", columns=columns, rows=rows, school=_school(session), period=f"{st.name}（{st.on:%Y-%m-%d}）",
        landscape=True, signatures=("盘点人", "保管人", "校长"), emphasis=emphasis,
        summary=[f"预期 {r.expected} 项，找到 {r.found} 项；盘盈 {len(r.surplus)} 项 {fen_to_yuan(surplus_value)} 元，"
                 f"盘亏 {len(r.missing)} 项 原价 {fen_to_yuan(missing_value)} 元（已提折旧 {fen_to_yuan(missing_dep)} 元），"
                 f"位置不符 {len(r.moved)} 项，状况变化 {len(r.changed)} 项。{posted}"],
    )
