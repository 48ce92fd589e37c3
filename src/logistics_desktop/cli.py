"""Command line: no command starts the program's window; the rest serve admins, scripts and tests.

Exit codes: 0 success, 1 bad input or a refused file (every problem on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from logistics_desktop import __version__
from logistics_desktop.core.errors import DatabaseRefused, InputError
from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.modules import all_modules


def _err(*lines: str) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _db_path(args) -> Path:
    from logistics_desktop import paths

    return Path(args.db) if args.db else paths.default_database()


def _open(args):
    from logistics_desktop.core.db import open_database

    return open_database(_db_path(args))


ANY_ROLE = "any"  # a writing command any logged-in user may run
USER_ENV, PASSWORD_ENV = "LOGISTICS_DESKTOP_USER", "LOGISTICS_DESKTOP_PASSWORD"  # for scripts, as --user and the password


@contextmanager
def session_from_args(args, *, read_only: bool = False, role: str | None = ANY_ROLE, what: str = "") -> Iterator:
    """One transaction on the file the command names; the file is closed afterwards (modules' commands use it too).
    A writing one holds the write lock from its first statement, waiting --wait seconds for another writer.

    Once the file has users, a writing command (and one reading `role`'s records, when a reading role is given) is
    run as the user named by --user, who confirms with their password and must hold `role`."""
    db = _open(args)
    try:
        with db.session(read_only=read_only) as session:
            if not read_only or role != ANY_ROLE:
                acting_user(args, session, None if role == ANY_ROLE else role, what)
            yield session
    finally:
        db.close()


def read_password(args, prompt: str = "密码：") -> str:
    """A password from stdin (--password-stdin: one line per password asked, in order), the environment, or the terminal."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise InputError("password", "标准输入中没有密码（--password-stdin 需要每个密码一行）")
        return line.rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV) and prompt == "密码：":
        return os.environ[PASSWORD_ENV]
    import getpass

    if not sys.stdin.isatty():
        raise InputError("password", "需要密码：请在终端运行，或用 --password-stdin 从标准输入给出")
    return getpass.getpass(prompt)


def _keep_the_count(session) -> None:
    """A wrong password is counted although the command stops: the next tries are answered more slowly."""
    try:
        session.commit()
    except Exception:  # a read-only file: nothing to count in
        session.rollback()


def acting_user(args, session, role: str | None, what: str = ""):
    """The user the command runs as (None for a file without users yet: nothing to log in to); the audit log names them."""
    from logistics_desktop.accounts import service as accounts
    from logistics_desktop.core import audit

    login = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not accounts.has_users(session):
        if getattr(args, "user", None):
            raise InputError("user", "这个数据文件还没有用户：先用 user add 建立第一位管理员")
        return None
    if not login:
        raise InputError("user", "这个数据文件已设用户：请用 --user 登录名 说明谁在操作（密码在终端输入，或用 --password-stdin）")
    password = read_password(args)
    try:
        user = accounts.authenticate(session, login, password, field="user")
    except InputError:
        _keep_the_count(session)
        raise
    if role is not None:
        accounts.require(user, role, what or f"“{args.command}”命令")
    audit.set_actor(user.name)
    args.signature = (user.login, password)  # a command that signs (stocktake post) signs as the user who just confirmed
    return user


def save_output(what, output: Path):
    """Write a form or an export to `output` (`what` has .save(path) or is a function of the path); a full disk or a
    read-only place is said in words, and no empty or half-written file is left under the name."""
    existed = output.exists()
    try:
        return what.save(output) if hasattr(what, "save") else what(output)
    except OSError as exc:
        from logistics_desktop.core.db import os_reason

        if not existed and output.exists():
            output.unlink(missing_ok=True)
        raise InputError("output", f"无法写入“{output}”（{os_reason(exc)}），没有生成文件。") from None


# ---------------------------------------------------------------- commands


def cmd_gui(args) -> int:
    from logistics_desktop.app import run_gui

    return run_gui(_db_path(args), lang=args.lang)


def cmd_demo(args) -> int:
    from logistics_desktop.core.demo import fill_demo

    with session_from_args(args, role="admin") as session:
        fill_demo(session)
    print(f"已在 {_db_path(args)} 中装入演示学校")
    return 0


def cmd_check(args) -> int:
    from logistics_desktop.core.backup import check_database

    report = check_database(_db_path(args))
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def cmd_backup(args) -> int:
    from logistics_desktop.core.backup import backup_database
    from logistics_desktop.core.db import inspect_file

    source = _db_path(args)
    if not source.exists():
        raise InputError("db", f"数据文件“{source}”不存在")
    inspect_file(source)
    with session_from_args(args, read_only=True, role="admin", what="备份"):
        pass
    output = Path(args.output) if args.output else None
    if args.encrypt:
        from logistics_desktop.core.backup import encrypted_backup

        password = read_password(args, "备份密码：")
        if not getattr(args, "password_stdin", False) and sys.stdin.isatty() and read_password(args, "再输入一次：") != password:
            raise InputError("password", "两次输入的备份密码不一致")
        dest = encrypted_backup(source, output, password)
    else:
        dest = backup_database(source, output)
    print(f"已备份到 {dest}")
    return 0


def cmd_restore(args) -> int:
    from logistics_desktop.core.backup import restore_database

    target = _db_path(args)
    if target.exists():
        with session_from_args(args, read_only=True, role="admin", what="恢复"):
            pass
    source = Path(args.file)
    if args.password is not None or source.suffix == ".enc":
        from logistics_desktop.core.backup import decrypted_copy

        password = args.password if args.password not in (None, "") else read_password(args, "备份密码：")
        with decrypted_copy(source, password) as plain:
            safety = restore_database(plain, target)
    else:
        safety = restore_database(source, target)
    if safety:
        print(f"恢复前的数据已另存为 {safety}")
    db = _open(args)  # migrates an older backup to this program's schema
    db.close()
    print(f"已从 {args.file} 恢复到 {target}")
    return 0


def _reading(args, role: str | None, what: str):
    """The session of a command that reads records of `role`: children's health records (and the audit log) only for
    their role, and the reading of health records is logged; the rest by anyone at the command line."""
    guarded = role in ("health", "admin")
    return session_from_args(args, read_only=role != "health", role=role if guarded else ANY_ROLE, what=what)


def _log_health_access(session, role: str | None, what: str, detail: dict) -> None:
    if role == "health":
        from logistics_desktop.accounts.service import log_access

        log_access(session, what, detail)


def cmd_import(args) -> int:
    from logistics_desktop.core.modules import find_data_kind, owner

    kind = find_data_kind(all_modules(), args.kind)
    try:
        with session_from_args(args, role=owner(all_modules(), kind).role, what=f"导入{kind.title}") as session:
            extra = {"default_class": args.default_class} if args.default_class else {}
            if extra and kind.key != "assets":
                raise InputError("default_class", "--default-class 只用于导入资产")
            report = kind.import_file(
                session, Path(args.file), skip_invalid=args.skip_invalid, update=args.update, create_refs=args.create_missing, **extra
            )
    except ImportRejected as exc:
        _err(f"导入失败：{exc}", *exc.report.problem_lines())
        return 1
    print(f"{kind.title}：读到 {report.total_rows} 行，新增 {report.imported} 条，更新 {report.updated} 条")
    if report.unused_columns:
        print("未导入的列：" + "、".join(report.unused_columns))
    for note in report.notes:
        print(note)
    if report.problems:
        _err(f"以下 {len(report.problems)} 处问题的行未导入：", *report.problem_lines())
    if report.problems and not (report.imported or report.updated):
        _err("没有导入任何记录。")
        return 1  # --skip-invalid with nothing good to import: a script must not take it for success
    return 0


def cmd_export(args) -> int:
    from logistics_desktop.core.modules import find_data_kind, owner

    kind = find_data_kind(all_modules(), args.kind)
    role = owner(all_modules(), kind).role
    with _reading(args, role, f"导出{kind.title}") as session:
        n = save_output(lambda path: kind.export_file(session, path), Path(args.output))
        _log_health_access(session, role, "导出", {"kind": kind.key, "file": Path(args.output).name})
    print(f"已导出 {n} 条{kind.title}记录到 {args.output}")
    return 0


def cmd_print(args) -> int:
    from logistics_desktop.core.modules import find_printable, owner

    printable = find_printable(all_modules(), args.form)
    output = Path(args.output)
    if output.suffix.lower().lstrip(".") not in printable.formats:
        raise InputError("output", f"“{printable.title}”只能输出为 {' 或 '.join('.' + f for f in printable.formats)} 文件")
    options = {o.key.replace("-", "_"): getattr(args, o.key.replace("-", "_")) for o in printable.options}
    # whose records it reads: the owner's, or what the options choose (the health binder: the doctor's)
    role = (printable.reading_role(options) if printable.reading_role else None) or owner(all_modules(), printable).role
    with _reading(args, role, f"打印{printable.title}") as session:
        ledger = printable.build(session, options)
        _log_health_access(session, role, "打印", {"form": printable.key, "file": output.name})
    save_output(ledger, output)
    print(f"已生成 {output}")
    return 0


def cmd_screenshots(args) -> int:
    from logistics_desktop.shell.screenshots import take_screenshots

    for path in take_screenshots(Path(args.out), db_path=Path(args.db) if args.db else None, lang=args.lang):
        print(path)
    return 0


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    modules = all_modules()
    parser = argparse.ArgumentParser(prog="logistics-desktop", description="校园后勤台账。不带命令时打开程序窗口。")
    parser.add_argument("--db", metavar="FILE", help="数据文件（默认在用户数据文件夹中）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言（默认用设置中的语言）")
    parser.add_argument("--wait", type=float, metavar="SECONDS", help="数据文件正被另一处写入时最多等待的秒数（默认 30）")
    parser.add_argument("--user", metavar="LOGIN", help="以哪位用户操作（数据文件设了用户后，写入的命令都要；密码在终端输入）")
    parser.add_argument("--password-stdin", action="store_true", help="密码从标准输入读取，每个密码一行（供脚本使用）")
    parser.add_argument("--version", action=VersionAction)
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="打开程序窗口").set_defaults(func=cmd_gui)
    sub.add_parser("demo", help="在空数据文件中装入演示学校").set_defaults(func=cmd_demo)
    sub.add_parser("check", help="检查数据文件的完整性和结构版本").set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="备份数据文件（默认存入备份文件夹并轮换）")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--encrypt", action="store_true", help="用密码加密备份（AES-GCM，密钥由密码经 scrypt 导出）")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="从备份文件恢复（当前数据先另行备份）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--password", nargs="?", const="", metavar="PASSWORD",
                   help="加密备份的密码（不写密码则在终端询问，或用 --password-stdin）")
    p.set_defaults(func=cmd_restore)

    kinds = [k.key for m in modules for k in m.data_kinds]
    p = sub.add_parser("import", help="从 Excel 导入：" + "、".join(kinds))
    p.add_argument("kind", choices=kinds, metavar="KIND")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--skip-invalid", action="store_true", help="只导入没有问题的行，其余列出")
    p.add_argument("--update", action="store_true", help="编号或名称已存在时更新该记录")
    p.add_argument("--create-missing", "--create-rooms", dest="create_missing", action="store_true",
                   help="表中出现而系统中没有的房间、人员自动建立")
    p.add_argument("--default-class", metavar="CODE", help="资产：按名称和类别仍推断不出分类的行用此分类（如 A02）")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("export", help="导出到 Excel：" + "、".join(kinds))
    p.add_argument("kind", choices=kinds, metavar="KIND")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("print", help="打印表单或台账到 PDF（或 xlsx）")
    forms = p.add_subparsers(dest="form", metavar="FORM", required=True)
    for module in modules:
        for printable in module.printables:
            fp = forms.add_parser(printable.key, help=printable.title)
            fp.add_argument("-o", "--output", required=True, metavar="FILE")
            for option in printable.options:
                kind = int if option.kind in ("int", "year") else str
                if option.positional:
                    fp.add_argument(option.key, metavar=option.key.upper(), help=option.label, type=kind)
                else:
                    fp.add_argument(f"--{option.key}", default=option.default, help=option.label,
                                    choices=option.choices or None, type=kind)
            fp.set_defaults(func=cmd_print)

    for module in modules:
        if module.add_cli:
            module.add_cli(sub)

    p = sub.add_parser("screenshots", help="用演示学校离屏截取每个页面的 PNG")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_screenshots)
    return parser


class VersionAction(argparse.Action):
    """--version printed line by line (argparse's own would fold the lines into one)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="显示版本、数据库结构版本和数据文件夹，然后退出")

    def __call__(self, parser, namespace, values, option_string=None):
        print(version_text())
        parser.exit()


def version_text() -> str:
    """--version: the program, the database schema it writes, where its data lives (the licences: 帮助 → 关于)."""
    from logistics_desktop import paths
    from logistics_desktop.core.migrations import HEAD

    return (f"logistics-desktop {__version__}\n数据库结构版本 {HEAD}\n数据文件夹 {paths.user_data_path()}\n"
            "第三方软件许可证：程序窗口 帮助 → 关于")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from logistics_desktop.core.dbfile import WAIT_ENV

    before = os.environ.get(WAIT_ENV)
    if args.wait is not None:
        os.environ[WAIT_ENV] = str(args.wait)
    try:
        return args.func(args)
    except (InputError, DatabaseRefused) as exc:
        problems = getattr(exc, "errors", None) or [exc]
        _err(*(f"错误：{p}" for p in problems))
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the one handler of the command line: a database error is a sentence, never a traceback
        from logistics_desktop.core.db import database_message, is_database_error

        if not is_database_error(exc):
            raise
        _err(f"错误：{database_message(exc, f'“{args.command}”命令')}")
        return 1
    finally:  # the wait was for this command (main also runs in-process, from the tests)
        if before is None:
            os.environ.pop(WAIT_ENV, None)
        else:
            os.environ[WAIT_ENV] = before


if __name__ == "__main__":
    raise SystemExit(main())
