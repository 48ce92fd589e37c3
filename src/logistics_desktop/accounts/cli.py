"""`logistics-desktop user ...` and `audit`: the administrator's tools at the command line."""

from __future__ import annotations

import argparse
from pathlib import Path


def _admin_session(args, *, read_only: bool = False):
    from logistics_desktop.cli import session_from_args

    return session_from_args(args, read_only=read_only, role="admin", what="用户管理")


def _new_password(args, login: str) -> str:
    from logistics_desktop.cli import read_password
    from logistics_desktop.core.errors import InputError

    password = read_password(args, f"“{login}”的新密码：")
    if not args.password_stdin and read_password(args, "再输入一次：") != password:
        raise InputError("password", "两次输入的密码不一致")
    return password


def _add(args) -> int:
    from logistics_desktop.accounts import service
    from logistics_desktop.cli import session_from_args
    from logistics_desktop.core.errors import InputError

    with session_from_args(args, role="admin", what="建立用户") as session:
        first = not service.has_users(session)
        if first and "admin" not in args.role and "管理员" not in args.role:
            raise InputError("roles", "第一位用户要有管理员角色（--role admin）")
        password = _new_password(args, args.login)
        service.add_user(session, {"login": args.login, "name": args.name, "roles": args.role, "password": password,
                                   "post": args.post or ""})
    print(f"已建立用户 {args.login}（{args.name}）")
    return 0


def _list(args) -> int:
    from logistics_desktop.accounts import service

    with _admin_session(args, read_only=True) as session:
        for user in service.users(session):
            print(f"{user.login}\t{user.name}\t{user.role_names}\t{'在用' if user.active else '已停用'}")
    return 0


def _disable(args) -> int:
    from logistics_desktop.accounts import service

    with _admin_session(args) as session:
        service.disable_user(session, args.login)
    print(f"已停用用户 {args.login}")
    return 0


def _enable(args) -> int:
    from logistics_desktop.accounts import service

    with _admin_session(args) as session:
        service.enable_user(session, args.login)
    print(f"已启用用户 {args.login}")
    return 0


def _roles(args) -> int:
    from logistics_desktop.accounts import service

    with _admin_session(args) as session:
        service.set_roles(session, args.login, args.role)
    print(f"已修改用户 {args.login} 的角色")
    return 0


def _reset(args) -> int:
    from logistics_desktop.accounts import service

    with _admin_session(args) as session:
        if service.user_named(session, args.login) is None:
            service.reset_password(session, args.login, "")  # says there is no such user
        service.reset_password(session, args.login, _new_password(args, args.login))
    print(f"已重设用户 {args.login} 的密码")
    return 0


def _audit(args) -> int:
    from logistics_desktop.accounts import reports
    from logistics_desktop.cli import save_output
    from logistics_desktop.core.fields import a_date

    since = a_date(args.since, "since", "起始日期") if args.since else None
    with _admin_session(args, read_only=True) as session:
        ledger = reports.audit_ledger(session, {"since": since, "by": args.user_filter or ""})
    save_output(ledger, Path(args.output))
    print(f"已导出 {len(ledger.rows)} 条操作日志到 {args.output}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    from logistics_desktop.accounts.service import ROLES

    roles = "、".join(f"{k}（{n}）" for k, n in ROLES)
    p = sub.add_parser("user", help="用户：add / list / disable / enable / roles / reset-password（管理员）")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    a = users.add_parser("add", help="建立用户（密码在终端输入，或用 --password-stdin）")
    a.add_argument("--login", required=True)
    a.add_argument("--name", required=True, help="姓名（人员名册中没有时一并建立）")
    a.add_argument("--role", action="append", required=True, help=f"角色，可写多次：{roles}")
    a.add_argument("--post", help="岗位（新建人员时）")
    a.set_defaults(func=_add)
    users.add_parser("list", help="列出用户").set_defaults(func=_list)
    for name, func, text in (("disable", _disable, "停用用户（已签过字的用户不删除，只停用）"), ("enable", _enable, "重新启用用户"),
                             ("reset-password", _reset, "重设密码")):
        c = users.add_parser(name, help=text)
        c.add_argument("login", metavar="LOGIN")
        c.set_defaults(func=func)
    r = users.add_parser("roles", help="修改角色")
    r.add_argument("login", metavar="LOGIN")
    r.add_argument("--role", action="append", required=True, help=f"角色，可写多次：{roles}")
    r.set_defaults(func=_roles)

    p = sub.add_parser("audit", help="导出操作日志（管理员）")
    p.add_argument("--since", metavar="DATE", help="起始日期")
    p.add_argument("--user", "--by", dest="user_filter", metavar="NAME", help="只看这位操作人（姓名）；命令前的 --user 是执行者")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.pdf")
    p.set_defaults(func=_audit)
