"""Register the bundled WenQuanYi Micro Hei (TrueType outlines, covers Chinese, Latin and digits)."""

from __future__ import annotations

from logistics_desktop import paths

FONT = "WQYMicroHei"
_registered = False


def font_file():
    return paths.resource("fonts", "wqy-microhei.ttc")


def register_fonts() -> str:
    """Register once per process; reportlab embeds a subset with its Unicode map, so text extracts."""
    global _registered
    if not _registered:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(FONT, str(font_file()), subfontIndex=0))
        _registered = True
    return FONT
