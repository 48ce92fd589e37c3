"""The module contract: what a module tells the shell, the CLI, 首页, the demo and the print menu.

A module's __init__.py defines MODULE = Module(...) and imports nothing heavy; its view,
reports and importers are imported only when their callable is first used.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # pragma: no cover
    from sqlmodel import Session

    from logistics_desktop.core.report import Drawing, Ledger


@dataclass(frozen=True)
class HomeItem:
    """One line on 首页: something due, overdue or worth a warning."""

    when: date
    text: str
    level: str  # "overdue" | "warning" | "due" | "done" | "info"
    module: str  # key of the module that owns the record
    target: str = ""  # what to open: "settings:<page>", or "<module key>:<reference>" handed to that module's tab


@dataclass(frozen=True)
class PrintOption:
    """An option of a printable form, shown in the print dialog and as a CLI flag (--key)."""

    key: str
    label: str
    kind: str = "text"  # "text" | "month" | "date" | "year" | "int" | "choice"
    default: Any = None
    choices: tuple[str, ...] = ()
    positional: bool = False  # on the CLI an argument without its --key (print rectification-notice ID)


@dataclass(frozen=True)
class Printable:
    """A form or ledger the module can print: `build(session, options)` returns a Ledger or a Drawing."""

    key: str  # CLI name, e.g. "staff-list"
    title: str  # 人员名册
    build: Callable[[Session, dict[str, Any]], Ledger | Drawing]
    options: tuple[PrintOption, ...] = ()
    formats: tuple[str, ...] = ("pdf", "xlsx")
    # the role these options read, where it is not the owner's (a binder of the health forms needs 保健)
    reading_role: Callable[[dict[str, Any]], str | None] | None = None


@dataclass(frozen=True)
class BinderForm:
    """A printable form that goes into an inspection binder (迎检资料) of a kind: once per month of the period (its
    option month=YYYY-MM), once per calendar year the period touches (year=YYYY), or once as it stands today."""

    kind: str  # "food" | "fire" | "health" | "assets"
    printable: str  # the Printable's key
    per: str = "month"  # "month" | "year" | "once"


@dataclass(frozen=True)
class DataKind:
    """A kind of record that can be imported from and exported to Excel (`import KIND FILE`)."""

    key: str  # CLI name, e.g. "staff"
    title: str
    import_file: Callable[..., Any]  # (session, path, *, skip_invalid, update, create_refs, progress) -> ImportReport
    export_file: Callable[[Session, Any], int]  # (session, path) -> rows written
    columns: Callable[[], list[Any]] | None = None  # the spreadsheet ColumnSpecs, for the import preview


@dataclass(frozen=True)
class SettingsPage:
    key: str
    title: str
    build: Callable[[Any], Any]  # (AppContext) -> QWidget


@dataclass(frozen=True)
class TabPage:
    """A page one module adds inside another module's tab (the stocktake inside 资产)."""

    tab: str  # key of the module whose tab holds the page
    key: str
    title: str
    build: Callable[[Any], Any]  # (AppContext) -> QWidget with open_reference(reference) optional


@dataclass(frozen=True)
class Duty:
    """A piece of planned work whose record a module keeps (a stocktake posted, a drill held): a term-plan item tied to
    it is done when `done(session, first, end)` finds such a record in [first, end) and returns its day."""

    key: str
    title: str
    done: Callable[[Session, date, date], date | None]
    words: tuple[str, ...] = ()  # words in a plan item's text that tie it to this duty when pasted or imported
    on_home: bool = False  # the module already reminds of it on 首页: the plan's own 首页 lines leave it out


# the months as a series' labels: words the views translate ("Field")
MONTH_WORDS = (QT_TRANSLATE_NOOP("Field", "1月"), QT_TRANSLATE_NOOP("Field", "2月"), QT_TRANSLATE_NOOP("Field", "3月"),
               QT_TRANSLATE_NOOP("Field", "4月"), QT_TRANSLATE_NOOP("Field", "5月"), QT_TRANSLATE_NOOP("Field", "6月"),
               QT_TRANSLATE_NOOP("Field", "7月"), QT_TRANSLATE_NOOP("Field", "8月"), QT_TRANSLATE_NOOP("Field", "9月"),
               QT_TRANSLATE_NOOP("Field", "10月"), QT_TRANSLATE_NOOP("Field", "11月"), QT_TRANSLATE_NOOP("Field", "12月"))


@dataclass(frozen=True)
class Figure:
    """One figure of the term summary, with how it was counted (printed beside it)."""

    area: str  # 资产 / 食堂 / 卫生保健 / 安全 / 计划
    name: str
    value: str
    how: str = ""


@dataclass(frozen=True)
class Series:
    """A figure that is a series (patrols per week, hazards by month): drawn as a bar chart on screen and in the PDF."""

    title: str
    unit: str
    points: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Module:
    key: str
    title: str
    models: str | None = None  # dotted name of the module that defines its tables
    build_tab: Callable[[Any], Any] | None = None  # (AppContext) -> QWidget
    settings_pages: tuple[SettingsPage, ...] = ()
    tab_pages: tuple[TabPage, ...] = ()
    home_items: Callable[[Session, date], list[HomeItem]] | None = None
    demo: Callable[[Session, random.Random], None] | None = None
    printables: tuple[Printable, ...] = ()
    data_kinds: tuple[DataKind, ...] = ()
    add_cli: Callable[[Any], None] | None = None  # (argparse subparsers) -> None
    demo_order: int = 50  # shared directories fill first, modules build on them
    role: str | None = None  # the user role that opens it (accounts.service.ROLES); None: everyone (首页)
    duties: tuple[Duty, ...] = ()  # the planned work its records show done (the term plan ties items to them)
    # the term summary's part: (session, first, end) -> (figures, series)
    term_figures: Callable[[Session, date, date], tuple[list[Figure], list[Series]]] | None = None
    binder_forms: tuple[BinderForm, ...] = ()  # its forms in the inspection binders (迎检资料)


def lazy(target: str) -> Callable[..., Any]:
    """A callable for the contract that imports "package.module:function" only when first called,
    so reading MODULE stays cheap (the window paints before SQLAlchemy is imported)."""
    module_name, _, attr = target.partition(":")

    def call(*args: Any, **kwargs: Any) -> Any:
        import importlib

        return getattr(importlib.import_module(module_name), attr)(*args, **kwargs)

    call.__name__ = attr
    return call


def find_printable(modules: Sequence[Module], key: str) -> Printable | None:
    for module in modules:
        for printable in module.printables:
            if printable.key == key:
                return printable
    return None


def owner(modules: Sequence[Module], item: Printable | DataKind | SettingsPage) -> Module:
    """The module a form, a kind of record or a settings page belongs to (its role says who opens it)."""
    return next(m for m in modules if item in m.printables or item in m.data_kinds or item in m.settings_pages)


def find_data_kind(modules: Sequence[Module], key: str) -> DataKind | None:
    for module in modules:
        for kind in module.data_kinds:
            if kind.key == key:
                return kind
    return None


@dataclass
class ImportReport:
    """What an import did: rows written, and every problem as (row, column, message)."""

    total_rows: int = 0
    imported: int = 0
    updated: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    written: bool = False
    unused_columns: list[str] = field(default_factory=list)  # the file's columns no field takes: said, never dropped silently
    notes: list[str] = field(default_factory=list)  # what the import decided for the clerk to know (classes inferred …)

    def check(self, skip_invalid: bool) -> None:
        """Sort the problems; with any and no skip_invalid, raise ImportRejected so the caller writes nothing."""
        self.problems.sort(key=lambda p: p[0])
        if self.problems and not skip_invalid:
            self.imported = self.updated = 0
            raise ImportRejected(self)

    def problem_lines(self) -> list[str]:
        return [(f"第 {row} 行" if row else "文件") + (f"，{column}" if column else "") + f"：{message}" for row, column, message in self.problems]


class ImportRejected(Exception):
    """An import with problems: the caller's transaction must write nothing; the report says why."""

    def __init__(self, report: ImportReport):
        super().__init__(f"文件有 {len(report.problems)} 处问题，未导入任何记录")
        self.report = report
