"""The reportlab kit: the bundled CJK font, the page frame every form shares, and the ledger table."""

from logistics_desktop.printing.fonts import FONT, register_fonts
from logistics_desktop.printing.ledger import ledger_table, render_ledger

__all__ = ["FONT", "ledger_table", "register_fonts", "render_ledger"]
