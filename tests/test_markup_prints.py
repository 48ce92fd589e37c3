"""Text a user typed prints as typed: markup characters in dish names, ingredients, notes, places and the school's name
never reach reportlab as markup, on every printed form of every module."""

from __future__ import annotations

import sqlite3
from datetime import date

import pypdf

from logistics_desktop.modules import all_modules

MARKED = "<b>猪肉&amp;"


def test_every_form_prints_markup_as_typed(demo_db_path, tmp_path):
    con = sqlite3.connect(demo_db_path)
    with con:
        con.execute("UPDATE school SET name = ?", (f"示范{MARKED}小学",))
        con.execute("UPDATE canteen_menu_dish SET dish = dish || ?, ingredients = ingredients || ?", (MARKED, "<i>"))
        con.execute("UPDATE canteen_food_sample SET dish = dish || ?", (MARKED,))
        con.execute("UPDATE canteen_disinfection SET items = items || ?", (MARKED,))
        con.execute("UPDATE safety_visit SET note = ?, reason = reason || ?", (MARKED, "</para>"))
        con.execute("UPDATE safety_hazard SET description = description || ?, measure = ?", (MARKED, "<font>"))
        con.execute("UPDATE room SET name = name || ? WHERE id = 1", ("<b>",))
        con.execute("UPDATE school_class SET name = name || ? WHERE id = 1", ("&lt;",))
    con.close()
    from logistics_desktop.core.db import open_database

    db = open_database(demo_db_path, backup=False)
    month = f"{date.today():%Y-%m}"
    printed = 0
    with db.session(read_only=True) as session:
        for module in all_modules():
            for printable in module.printables:
                if any(o.positional for o in printable.options) or printable.key in ("day-check-form", "asset-card", "growth-chart"):
                    continue  # a form of one record: printed from its record elsewhere
                options = {o.key.replace("-", "_"): ({"month": month, "year": date.today().year}.get(o.kind, o.default)) for o in printable.options}
                if printable.key == "inspection-binder":  # the food binder of this month: every canteen form bound behind the cover
                    options |= {"kind": "food", "from": date.today().replace(day=1)}
                out = printable.build(session, options).save(tmp_path / f"{printable.key}.pdf")
                text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
                assert "示范<b>猪肉&amp;小学" in "".join(text.split()) or printable.key in ("patrol-checklist", "asset-labels"), printable.key
                assert unembedded_fonts(out) == set(), printable.key  # print shops' preflight flags a font named, not embedded
                printed += 1
    db.close()
    assert printed > 25


def unembedded_fonts(pdf) -> set[str]:
    """The fonts a PDF names without embedding them (a Type0 font embeds through its descendant)."""
    found = set()
    for page in pypdf.PdfReader(pdf).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                continue
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                found.add(str(font.get("/BaseFont")))
    return found
