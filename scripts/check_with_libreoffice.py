"""A maintainer's check, not CI: every xlsx the program writes (each print form in xlsx, each export) opened by LibreOffice
and converted to PDF, as a school's other office program would open it. Needs `soffice` (Debian: libreoffice-calc-nogui).

    uv run python scripts/check_with_libreoffice.py [--keep DIR]

It fills a demo school in a temporary folder, writes the files, runs `soffice --headless --convert-to pdf` on each and
prints one line per file: converted (with its page count) or the error. Exit 1 if any file failed to convert.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path


def sample_forms(session):
    """Every print form written as xlsx that needs no record chosen, with this month's options: (printable, options).
    Also read back by a second reader in tests/test_spreadsheet_formats.py."""
    from logistics_desktop.modules import all_modules

    month = f"{date.today():%Y-%m}"
    for module in all_modules():
        for printable in module.printables:
            if "xlsx" not in printable.formats or any(o.positional for o in printable.options) or printable.key == "day-check-form":
                continue
            yield printable, {o.key.replace("-", "_"): ({"month": month, "year": date.today().year}.get(o.kind, o.default))
                              for o in printable.options}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the xlsx and converted PDFs in this folder")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: install LibreOffice (Debian: apt-get install libreoffice-calc-nogui)")
        return 2
    from pypdf import PdfReader

    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.demo import fill_demo
    from logistics_desktop.modules import all_modules

    work = args.keep or Path(tempfile.mkdtemp(prefix="lo-check-"))
    work.mkdir(parents=True, exist_ok=True)
    db = open_database(work / "demo.sqlite3", backup=False)
    with db.session() as session:
        fill_demo(session)
    written: list[Path] = []
    with db.session(read_only=True) as session:
        for printable, options in sample_forms(session):
            written.append(printable.build(session, options).save(work / f"{printable.key}.xlsx"))
        for kind in (k for module in all_modules() for k in module.data_kinds):
            kind.export_file(session, work / f"export-{kind.key}.xlsx")
            written.append(work / f"export-{kind.key}.xlsx")
    db.close()
    failed = 0
    for path in written:
        done = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(path)],
                              capture_output=True, text=True, timeout=180)
        pdf = path.with_suffix(".pdf")
        if done.returncode or not pdf.exists():
            failed += 1
            print(f"FAILED  {path.name}: {done.stderr.strip() or done.stdout.strip()}")
        else:
            print(f"ok      {path.name}: {len(PdfReader(pdf).pages)} page(s)")
    print(f"{len(written) - failed} converted, {failed} failed; files in {work}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
