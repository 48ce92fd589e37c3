"""Cells that are not what they seem: a formula saved without its result, numbers too large for their field, a damaged
sheet, a header of two merged rows, full-width dates; each named by row and column, never read as something else."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.parse import parse_date, parse_decimal, parse_money_fen
from logistics_desktop.spreadsheet.reader import ColumnSpec, read_register

COLUMNS = [ColumnSpec("code", "编号", required=True), ColumnSpec("quantity", "数量", "int"), ColumnSpec("price", "单价", "money"),
           ColumnSpec("amount", "总价", "money"), ColumnSpec("bought", "购置日期", "date")]


def sheet(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_a_formula_without_its_result_is_a_problem_on_its_row(tmp_path):
    path = sheet(tmp_path / "f.xlsx", [["编号", "数量", "单价", "总价"], ["A1", 2, 10, "=B2*C2"], ["A2", 1, 5, 5]])  # written, never opened in Excel
    found = read_register(path, COLUMNS)
    assert found.problems == [(2, "总价", "公式没有计算结果，请在 Excel 中打开并保存后再导入")]
    assert [r.values.get("amount") for r in found.rows] == [None, 500] and found.rows[0].bad_keys == {"amount"}


def test_numbers_too_large_are_refused_beside_their_cell(tmp_path):
    path = sheet(tmp_path / "n.xlsx", [["编号", "数量", "单价"], ["A1", 1e15, 1], ["A2", 1, 1e16], ["A3", "１２", "３．５"]])
    found = read_register(path, COLUMNS)
    assert [(n, c) for n, c, _ in found.problems] == [(2, "数量"), (3, "单价")] and all("过大" in m for _, _, m in found.problems)
    assert found.rows[2].values == {"code": "A3", "quantity": 12, "price": 350}  # full-width figures read as figures
    with pytest.raises(ValueError, match="过大"):
        parse_money_fen("10000000000000000")


def test_full_width_dates_read_like_full_width_numbers():
    assert str(parse_date("２０２０－０９－０１")) == "2020-09-01" and str(parse_date("２０２０．９．１")) == "2020-09-01"
    assert parse_decimal("１，２３４．５") == parse_decimal("1234.5")


def test_a_damaged_sheet_is_the_files_message(tmp_path):
    good = sheet(tmp_path / "g.xlsx", [["编号", "数量"], ["A1", 1]])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]  # cut in the middle of its XML
            out.writestr(item, data)
    with pytest.raises(InputError, match="已损坏或不完整，无法读取"):
        read_register(broken, COLUMNS)


def test_a_header_of_two_merged_rows_is_read_as_a_header(tmp_path):
    path = tmp_path / "m.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["资产登记表"])
    ws.append(["编号", "数量", "金额", None, "购置日期"])
    ws.append([None, None, "单价", "总价", None])
    ws.merge_cells("C2:D2")
    ws.merge_cells("A2:A3")
    ws.append(["A1", 3, 100, 300, "2021-09-01"])
    wb.save(path)
    found = read_register(path, COLUMNS)
    assert found.problems == [] and found.header_row == 3
    assert found.rows[0].values == {"code": "A1", "quantity": 3, "price": 10000, "amount": 30000, "bought": parse_date("2021-09-01")}


def test_reading_a_long_workbook_reports_progress_from_the_start_and_stops_on_cancel(tmp_path, db):
    from logistics_desktop.core.errors import Cancelled, Progress
    from logistics_desktop.directory import service as directory

    path = sheet(tmp_path / "staff.xlsx", [["姓名", "岗位"]] + [[f"教师{i:04d}", "教师"] for i in range(2000)])
    seen = []

    class Recorder(Progress):
        def report(self, done, total):
            seen.append((done, total))

    read_register(path, [ColumnSpec("name", "姓名", required=True)], progress=Recorder())
    assert seen[0] == (0, 2000) and seen[1:] == [(500, 2000), (1000, 2000), (1500, 2000), (2000, 2000)]

    class CancelWhileReading(Progress):
        def report(self, done, total):
            if done >= 1000:
                self.cancelled = True

    with db.session() as session, pytest.raises(Cancelled):
        directory.import_file(session, directory.STAFF, path, progress=CancelWhileReading())
    with db.session(read_only=True) as session:
        assert directory.count(session, directory.STAFF) == 0  # nothing of the file written
