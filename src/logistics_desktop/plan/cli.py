"""`logistics-desktop plan import|copy|list`: the term's work plan read from a file, copied from another term, listed."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_commands(subparsers) -> None:
    plan = subparsers.add_parser("plan", help="学期后勤工作计划：导入、复制、列出")
    commands = plan.add_subparsers(dest="plan_command", required=True)
    read = commands.add_parser("import", help="从 .txt（Word 计划复制成的文字：月份标题下的编号条目）或 .xlsx（月份、工作内容、负责人、类别）导入")
    read.add_argument("file")
    read.add_argument("--term", default="", help="学期名称（不写为当前学期）")
    read.add_argument("--skip-invalid", action="store_true", help="只导入没有问题的条目")
    read.set_defaults(func=_import)
    copy = commands.add_parser("copy", help="把一个学期的计划复制到另一个学期（月份按两学期开始月份之差顺延）")
    copy.add_argument("--from", dest="from_term", required=True)
    copy.add_argument("--to", dest="to_term", required=True)
    copy.set_defaults(func=_copy)
    listing = commands.add_parser("list", help="每项一行：月份、类别、工作内容、负责人、完成情况")
    listing.add_argument("--term", default="")
    listing.set_defaults(func=_list)


def _import(args: argparse.Namespace) -> int:
    from logistics_desktop.cli import _err, session_from_args
    from logistics_desktop.core.modules import ImportRejected
    from logistics_desktop.directory import service as directory
    from logistics_desktop.plan import service

    try:
        with session_from_args(args, role="logistics", what="导入工作计划") as session:
            term_id = directory.term_named(session, args.term).id if args.term else None
            report = service.import_plan(session, Path(args.file), term_id=term_id, skip_invalid=args.skip_invalid)
    except ImportRejected as exc:
        _err(f"导入失败：{exc}", *exc.report.problem_lines())
        return 1
    print(f"工作计划：读到 {report.total_rows} 项，导入 {report.imported} 项")
    if report.problems:
        _err(f"以下 {len(report.problems)} 处问题的条目未导入：", *report.problem_lines())
    return 0 if report.imported else 1


def _copy(args: argparse.Namespace) -> int:
    from logistics_desktop.cli import session_from_args
    from logistics_desktop.plan import service

    with session_from_args(args, role="logistics", what="复制工作计划") as session:
        n = service.copy_plan(session, args.from_term, args.to_term)
    print(f"已把 {args.from_term} 的 {n} 项计划复制到 {args.to_term}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from logistics_desktop.cli import session_from_args
    from logistics_desktop.directory import service as directory
    from logistics_desktop.plan import service

    with session_from_args(args, read_only=True) as session:
        rows = service.items(session, directory.term_named(session, args.term).id)
    for r in rows:
        done = f"已完成 {r.done_on:%Y-%m-%d}" if r.done_on else r.status
        print(f"{r.month:%Y-%m}\t{r.area}\t{r.what}\t{r.who}\t{done}")
    if not rows:
        print("这个学期还没有工作计划")
    return 0
