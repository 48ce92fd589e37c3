"""A ledger as plain data, drawn by the printing kit (PDF) and the spreadsheet kit (xlsx) alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class LedgerColumn:
    label: str
    width: float = 25  # millimetres on paper; Excel widths are derived from it
    align: str = "left"  # "left" | "center" | "right"; text too long for the column wraps onto more lines


@dataclass
class Ledger:
    """Everything a printed ledger shows: school, title, period, the table and the signature lines."""

    title: str
    columns: list[LedgerColumn]
    rows: list[list[Any]]
    school: str = ""
    period: str = ""
    period_label: str = "期间"  # "" prints the period as it is (a blank date line on a form)
    landscape: bool = False
    signatures: tuple[str, ...] = ("记录人", "审核人", "负责人")
    notes: list[str] = field(default_factory=list)  # remarks flowing under the table
    summary: list[str] = field(default_factory=list)  # short lines (共 40 条) on the last page, above the signatures
    total_row: list[Any] | None = None  # a 合计 row kept apart so it can be styled
    emphasis: list[int] = field(default_factory=list)  # indexes of rows (小计) shown shaded and bold
    row_height: float = 0  # millimetres: roomy rows for a form filled in by hand (0 = fit the text)
    font_size: float = 0  # points; 0 = the ledger size (9). A notice for the board is printed larger
    copies: int = 1  # a blank form handed out several times: each copy starts a page and is numbered alone

    def save(self, path: Path) -> Path:
        """Write to `path` as PDF or xlsx, by its suffix."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            from logistics_desktop.printing import render_ledger

            render_ledger(self, path)
        elif suffix == ".xlsx":
            from logistics_desktop.spreadsheet import write_ledger

            write_ledger(self, path)
        else:
            from logistics_desktop.core.errors import InputError

            raise InputError("output", f"不支持的文件类型“{suffix or '（无扩展名）'}”，请用 .pdf 或 .xlsx。")
        return path


@dataclass
class Drawing:
    """A form drawn directly on the page (a card, label sheets): PDF only.

    `draw(target)` must not need the database: builders collect their data first.
    """

    title: str
    draw: Callable[[Any], Any]

    def save(self, path: Path) -> Path:
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            from logistics_desktop.core.errors import InputError

            raise InputError("output", f"“{self.title}”只能输出为 .pdf 文件")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.draw(str(path))
        return path
