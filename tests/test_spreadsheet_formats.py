"""The files schools' registers come in (.xlsx, .xls, .ods, CSV in GBK or UTF-8) read by the one reader, and bad files
ending in one Chinese sentence naming the file, exit 1 on the command line, nothing written, never a traceback."""

from __future__ import annotations

import re
import sqlite3
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from logistics_desktop.core.errors import InputError
from logistics_desktop.directory import service as directory

STAFF = [["教职工名单"], [], ["姓名", "岗位", "电话"], ["张 三", "教师", "13800000001"], ["李四", "保健医", 13800000002], ["合计 2 人"]]


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def write_xls(path, rows):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名单")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_ods(path, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="名单")
    for row in rows:
        tr = TableRow()
        for value in row:
            if isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def write_csv(path, rows, encoding):
    path.write_bytes("\r\n".join(",".join(str(v) for v in row) for row in rows).encode(encoding))
    return path


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods", "csv-gbk", "csv-utf8"])
def test_the_same_register_is_read_from_every_format(db, tmp_path, kind):
    writers = {"xlsx": lambda p: write_xlsx(p, STAFF), "xls": lambda p: write_xls(p, STAFF), "ods": lambda p: write_ods(p, STAFF),
               "csv-gbk": lambda p: write_csv(p, STAFF, "gbk"), "csv-utf8": lambda p: write_csv(p, STAFF, "utf-8-sig")}
    path = writers[kind](tmp_path / f"名单.{kind.split('-')[0]}")
    with db.session() as session:
        report = directory.import_file(session, directory.STAFF, path)
    assert (report.imported, report.problems) == (2, [])
    with db.session(read_only=True) as session:
        rows = {r["name"]: r for r in directory.rows(session, directory.STAFF)}
    assert set(rows) == {"张 三", "李四"} or set(rows) == {"张三", "李四"}
    assert rows["李四"]["phone"] == "13800000002" and rows["李四"]["post"] == "保健医"  # a number cell read as the phone typed


def _truncated(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", STAFF).read_bytes()
    path = tmp_path / "半截.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _encrypted(tmp_path):
    path = tmp_path / "加密.xlsx"  # Excel saves a password-protected workbook as an OLE container whatever its name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    return path


def _not_a_sheet(tmp_path):
    path = tmp_path / "照片.xls"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    return path


def _empty(tmp_path):
    path = tmp_path / "空.xlsx"
    path.write_bytes(b"")
    return path


def _damaged_zip(tmp_path):
    path = tmp_path / "坏.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<not xml")
    return path


def _no_rows(tmp_path):
    return write_xlsx(tmp_path / "空表.xlsx", [])


@pytest.mark.parametrize("make, said", [
    (_truncated, "已损坏或不完整"), (_encrypted, "设有打开密码"), (_not_a_sheet, "不是 Excel 97–2003"), (_empty, "是空文件"),
    (_damaged_zip, "已损坏或不完整"), (_no_rows, "文件是空的"),
])
def test_a_bad_file_is_one_chinese_sentence_and_nothing_is_written(cli, tmp_path, db_path, make, said):
    path = make(tmp_path)
    result = cli("--db", db_path, "import", "staff", path)
    assert result.returncode == 1 and said in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert path.name in result.stderr
    english = [w for w in re.findall(r"[A-Za-z]{4,}", result.stderr.replace(str(path), "")) if w not in ("Excel", "xlsx", "xlsm", "sqlite")]
    assert english == [], result.stderr  # no library's English inside
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM staff").fetchone() == (0,)
    con.close()


def test_odd_cells_long_text_full_width_digits_impossible_dates(cli, db, tmp_path, db_path):
    rooms = write_xlsx(tmp_path / "房间.xlsx", [["房间名称", "楼层"], ["一号楼101", "１"], ["x" * 10_000, 2], ["图书室", "三楼"]])
    with db.session() as session:
        report = directory.import_file(session, directory.ROOMS, rooms, skip_invalid=True)
    assert report.imported == 1
    assert [(r, c) for r, c, _m in report.problems] == [(3, "房间名称"), (4, "楼层")]
    assert "内容过长（10000 字" in report.problems[0][2]
    with db.session(read_only=True) as session:
        assert directory.rows(session, directory.ROOMS)[0]["floor"] == 1  # １ (full width) is 1
    terms = write_xlsx(tmp_path / "学期.xlsx", [["学期名称", "开始日期", "结束日期"], ["2026春", "2026-02-30", "2026-07-10"]])
    result = cli("--db", db_path, "import", "terms", terms, "--skip-invalid")
    assert result.returncode == 1 and "第 2 行" in result.stderr and "没有导入任何记录" in result.stderr


def test_a_file_without_the_header_says_which_headers_it_saw(db, tmp_path):
    path = write_xlsx(tmp_path / "别的表.xlsx", [["品名", "数量", "单价"], ["大米", 10, 5]])
    from logistics_desktop.core.modules import ImportRejected

    with db.session() as session, pytest.raises(ImportRejected) as caught:
        directory.import_file(session, directory.STAFF, path)
    said = caught.value.report.problems[0][2]
    assert "“别的表.xlsx”的前 10 行中找不到表头（应含：姓名）" in said and "品名、数量、单价" in said


def test_columns_the_import_does_not_take_are_said(cli, db_path, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "岗位", "身份证号", "籍贯"], ["王五", "门卫", "110101", "河北"]])
    result = cli("--db", db_path, "import", "staff", path)
    assert result.returncode == 0 and "未导入的列：身份证号、籍贯" in result.stdout


def test_every_xlsx_form_and_export_reads_back_in_a_second_reader_dates_as_dates(demo_db_path, tmp_path):
    """python-calamine (not the writer's own openpyxl) reads every xlsx the program writes: the title, dates as date cells,
    numbers as numbers, wrapped text with rows tall enough for LibreOffice, which does not grow them itself."""
    from datetime import date, datetime

    from python_calamine import CalamineWorkbook

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from check_with_libreoffice import sample_forms
    from logistics_desktop.core.db import open_database
    from logistics_desktop.modules import all_modules

    db = open_database(demo_db_path, backup=False)
    read, dated = 0, set()
    with db.session(read_only=True) as session:
        for printable, options in sample_forms(session):  # the forms the LibreOffice check converts
            made = printable.build(session, options)
            out = made.save(tmp_path / f"{printable.key}.xlsx")
            rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
            assert rows[0][0] == made.title, printable.key
            body = rows[3:3 + len(made.rows)]
            if any(isinstance(v, (date, datetime)) for row in body for v in row):
                dated.add(printable.key)
            read += 1
        for kind in (k for module in all_modules() for k in module.data_kinds):
            out = tmp_path / f"export-{kind.key}.xlsx"
            kind.export_file(session, out)
            assert CalamineWorkbook.from_path(str(out)).sheet_names
            read += 1
    db.close()
    assert read > 30
    # forms that print the month-day only (留样 12-01) take the year their period names, shown as printed
    assert {"acceptance-ledger", "drill-log", "asset-ledger", "sample-log", "hazard-ledger"} <= dated, dated
    hazards = openpyxl.load_workbook(tmp_path / "hazard-ledger.xlsx").active
    tall = [hazards.row_dimensions[r].height for r in range(4, hazards.max_row) if hazards.row_dimensions[r].height]
    assert tall and max(tall) >= 30  # a wrapped description: its row is two lines or more


def test_a_very_large_xlsx_is_streamed_and_reads_the_same(db, tmp_path, monkeypatch):
    """Past STREAM_FROM_BYTES an .xlsx is read row by row by openpyxl (flat memory) instead of calamine (the whole sheet
    held): the same rows, the same problems, the same damaged-file sentence."""
    from logistics_desktop.spreadsheet import books

    monkeypatch.setattr(books, "STREAM_FROM_BYTES", 0)
    path = write_xlsx(tmp_path / "名单.xlsx", STAFF + [["王五", "门卫", "1380000000x"]])
    with db.session() as session:
        report = directory.import_file(session, directory.STAFF, path, skip_invalid=True)
    assert report.imported == 2 and [(r, c) for r, c, _m in report.problems] == [(7, "电话")]
    assert isinstance(books.open_book(path), books._OpenpyxlBook)
    with pytest.raises(InputError, match="已损坏或不完整"):
        books.open_book(_truncated(tmp_path))
