"""The spreadsheet kit on real xlsx files: the tolerant reader and the styled writer."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from logistics_desktop.core.errors import InputError
from logistics_desktop.core.report import Ledger, LedgerColumn
from logistics_desktop.spreadsheet import ColumnSpec, read_register, write_ledger

COLUMNS = [
    ColumnSpec("code", "资产编号", "text", True, ("编号",)),
    ColumnSpec("name", "资产名称", "text", True, ("名称", "品名")),
    ColumnSpec("qty", "数量", "int"),
    ColumnSpec("price", "单价", "money"),
    ColumnSpec("acquired", "取得日期", "date", False, ("购置日期",)),
    ColumnSpec("room", "存放地点", "text", False, ("使用地点",)),
]


def messy_register(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["示范区实验小学固定资产登记表"])  # row 1: title
    ws.append(["填报单位：总务处", None, None, None, "2026年9月"])  # row 2: subtitle
    ws.append([])  # row 3: empty
    ws.append(["编号", "品名", "数量", "单价（元）", "购置日期", "使用地点"])  # row 4: header under aliases
    ws.append(["A001", "台式计算机", 1, "¥4,280.00", datetime(2019, 9, 1), "计算机教室一"])  # 5
    ws.append([1002.0, "课桌椅", "50", "320", "2019.9.1", "一（1）班教室"])  # 6: code typed as a number
    ws.append([])  # 7: empty row inside the table
    ws.append(["A003", "投影仪", 1, "3,980", "2019年13月1日", "会议室"])  # 8: bad date
    ws.append(["A004", "", 2, "abc", "2020/3/15", "图书室"])  # 9: no name, bad price
    ws.append(["A005", "空调", 2, "2,999.5", 43709, "校长室"])  # 10: Excel serial date
    ws.append(["合计", None, 56, None, None, None])  # 11: total row
    ws.append(["制表人：张伟", None, None, "审核人："])  # 12: footer
    wb.save(path)
    return path


def test_messy_register_rows_and_exact_problems(tmp_path):
    sheet = read_register(messy_register(tmp_path / "台账.xlsx"), COLUMNS)
    assert sheet.header_row == 4
    assert sheet.headers == {"code": "编号", "name": "品名", "qty": "数量", "price": "单价（元）", "acquired": "购置日期", "room": "使用地点"}
    assert [r.number for r in sheet.rows] == [5, 6, 8, 9, 10]
    first, second = sheet.rows[0].values, sheet.rows[1].values
    assert first == {"code": "A001", "name": "台式计算机", "qty": 1, "price": 428000, "acquired": date(2019, 9, 1), "room": "计算机教室一"}
    assert second["code"] == "1002" and second["qty"] == 50 and second["acquired"] == date(2019, 9, 1)
    assert sheet.rows[4].values["acquired"] == date(2019, 9, 1) and sheet.rows[4].values["price"] == 299950
    assert sheet.problems == [
        (8, "购置日期", "日期“2019年13月1日”不存在"),
        (9, "品名", "资产名称不能为空"),
        (9, "单价（元）", "金额“abc”不是数字"),
    ]


def test_missing_required_column_and_no_header(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["名称", "数量"])
    wb.save(tmp_path / "a.xlsx")
    sheet = read_register(tmp_path / "a.xlsx", COLUMNS)
    assert sheet.problems == [(1, "资产编号", "表头中缺少“资产编号”列")]
    wb = openpyxl.Workbook()
    wb.active.append(["完全", "无关"])
    wb.save(tmp_path / "b.xlsx")
    sheet = read_register(tmp_path / "b.xlsx", COLUMNS)
    assert sheet.problems and "找不到表头" in sheet.problems[0][2]


def test_not_an_excel_file(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("not excel")
    with pytest.raises(InputError, match="不是真正的 .xlsx 文件"):
        read_register(path, COLUMNS)


def test_header_found_on_a_later_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表用于登记资产"])
    ws = wb.create_sheet("资产")
    ws.append(["资产编号", "资产名称"])
    ws.append(["A1", "钢琴"])
    wb.save(tmp_path / "c.xlsx")
    sheet = read_register(tmp_path / "c.xlsx", COLUMNS)
    assert sheet.sheet_name == "资产" and [r.values["name"] for r in sheet.rows] == ["钢琴"]


def test_styled_ledger_reads_back(tmp_path):
    ledger = Ledger(
        title="人员名册",
        columns=[LedgerColumn("序号", 12, "center"), LedgerColumn("姓名", 30), LedgerColumn("电话", 40)],
        rows=[[1, "张伟", "13800000000"], [2, "李娜", ""]],
        school="示范区实验小学",
        period="2026—2027学年第一学期",
        landscape=True,
        total_row=["合计", "2 人", ""],
    )
    path = write_ledger(ledger, tmp_path / "名册.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws["A1"].value == "人员名册" and ws["A1"].font.b
    assert "A1:C1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A2"].value == "单位：示范区实验小学" and ws["C2"].value == "2026—2027学年第一学期"
    assert [c.value for c in ws[3]] == ["序号", "姓名", "电话"] and all(c.font.b for c in ws[3])
    assert [c.value for c in ws[4]] == [1, "张伟", "13800000000"]
    assert [c.value for c in ws[6]] == ["合计", "2 人", None]
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    # and our own reader takes it back
    sheet = read_register(path, [ColumnSpec("name", "姓名", required=True), ColumnSpec("phone", "电话")])
    assert [r.values for r in sheet.rows] == [{"name": "张伟", "phone": "13800000000"}, {"name": "李娜", "phone": ""}]
