"""`logistics-desktop [--db FILE] stocktake ...`: the whole stocktake from the command line."""

from __future__ import annotations

import sys
from pathlib import Path


def _session(args):
    from logistics_desktop.cli import session_from_args

    return session_from_args(args, role="logistics")


def cmd_start(args) -> int:
    from logistics_desktop.stocktake import service

    with _session(args) as session:
        stocktake_id = service.start(session, name=args.name, rooms=args.room or None, blind=args.blind, on=args.date)
    print(stocktake_id)
    return 0


def cmd_sheets(args) -> int:
    from logistics_desktop.core.errors import InputError
    from logistics_desktop.stocktake import reports

    output = Path(args.output)
    with _session(args) as session:
        if output.suffix.lower() == ".xlsx":
            reports.sheets_xlsx(session, args.id, output, args.room)
        elif output.suffix.lower() == ".pdf":
            drawing = reports.sheets_pdf(session, args.id, args.room)
        else:
            raise InputError("output", "盘点表只能输出为 .pdf 或 .xlsx")
    if output.suffix.lower() == ".pdf":
        drawing.save(output)
    print(f"已生成 {output}")
    return 0


def cmd_count(args) -> int:
    from logistics_desktop.core.errors import InputError
    from logistics_desktop.stocktake import service

    with _session(args) as session:
        room = args.room or service.expected_room(session, args.id, args.code)
        if not room:
            raise InputError("room", f"编号 {args.code} 不在预期清单中，请用 --room 指明在哪个房间找到")
        result = service.scan(session, args.id, args.code, room=room, counter=args.by or "", quantity=args.qty, source="命令行")
    stream = sys.stderr if result.kind == "needs_qty" else sys.stdout
    print(f"{result.message}（{room}：{result.counted}/{result.expected}）", file=stream)
    return 1 if result.kind == "needs_qty" else 0


def cmd_import(args) -> int:
    from logistics_desktop.stocktake import reports

    with _session(args) as session:
        done = reports.import_sheet(session, args.id, Path(args.file), counter=args.by or "")
    print(f"已导入 {done['rooms']} 个房间的 {done['counted']} 条清点记录"
          + (f"（替换了同一盘点人此前导入的 {done['replaced']} 条，同一张表不重复计数）" if done.get("replaced") else ""))
    return 0


def cmd_report(args) -> int:
    from logistics_desktop.stocktake import reports

    with _session(args) as session:
        ledger = reports.report_ledger(session, args.id)
    ledger.save(Path(args.output))
    print(f"已生成 {args.output}")
    return 0


def cmd_post(args) -> int:
    from logistics_desktop.stocktake import service

    with _session(args) as session:
        signer, password = getattr(args, "signature", ("", None))  # the user of --user signs the posting
        done = service.post(session, args.id, reason=args.reason, signer=signer, password=password)
    print(f"已过账：调拨 {done['moved']} 项，状况变更 {done['changed']} 项，盘亏转报废申请 {done['missing']} 项，盘盈新建卡片 {done['surplus']} 项")
    return 0


def cmd_list(args) -> int:
    from logistics_desktop.stocktake import service

    with _session(args) as session:
        for st in service.stocktakes(session):
            rooms = service.progress(session, st.id)
            state = f"已过账 {st.posted_at:%Y-%m-%d}" if st.posted_at else "进行中"
            print(f"{st.id}\t{st.name}\t{st.on:%Y-%m-%d}\t{state}\t{sum(r.counted for r in rooms)}/{sum(r.expected for r in rooms)}")
    return 0


def add_commands(subparsers) -> None:
    parser = subparsers.add_parser("stocktake", help="期末资产清查：start / sheets / count / import / report / post / list")
    commands = parser.add_subparsers(dest="stocktake_command", metavar="COMMAND", required=True)
    p = commands.add_parser("start", help="开始清查（冻结预期清单），输出清查编号")
    p.add_argument("--name", required=True)
    p.add_argument("--room", action="append", metavar="ROOM", help="清查的房间，可重复；不写则全部房间")
    p.add_argument("--blind", action="store_true", help="盲盘：盘点表不列预期数量")
    p.add_argument("--date", help="清查日期（默认今天）")
    p.set_defaults(func=cmd_start)
    p = commands.add_parser("sheets", help="打印或导出盘点表")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx")
    p.add_argument("--room")
    p.set_defaults(func=cmd_sheets)
    p = commands.add_parser("count", help="清点一个编号（扫码枪输入同此）")
    p.add_argument("id", type=int)
    p.add_argument("code")
    p.add_argument("--qty", help="批量卡片的实盘数量")
    p.add_argument("--room", help="在哪个房间清点（默认账上的房间）")
    p.add_argument("--by", help="盘点人")
    p.set_defaults(func=cmd_count)
    p = commands.add_parser("import", help="导入填好的盘点表（xlsx）")
    p.add_argument("id", type=int)
    p.add_argument("file")
    p.add_argument("--by", help="盘点人")
    p.set_defaults(func=cmd_import)
    p = commands.add_parser("report", help="盘点盈亏表")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx")
    p.set_defaults(func=cmd_report)
    p = commands.add_parser("post", help="过账（一次完成，之后只读）")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_post)
    commands.add_parser("list", help="列出清查").set_defaults(func=cmd_list)
