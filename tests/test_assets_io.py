"""Asset import of messy registers, export, the ledger, the card and QR labels that scan back."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import openpyxl
import pypdf
import pytest

from logistics_desktop.assets import reports, service
from logistics_desktop.assets.importer import import_assets
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.modules import ImportRejected
from logistics_desktop.directory import service as directory


@pytest.fixture
def school(db):
    with db.session() as session:
        directory.save_school(session, {"name": "实验小学", "kind": "小学"})
        for name in ("王静", "李强"):
            directory.save(session, directory.STAFF, {"name": name})
        for name in ("计算机教室一", "会议室"):
            directory.save(session, directory.ROOMS, {"name": name})
    return db


def register(path, rows, header=("编号", "品名", "资产类别", "规格", "单位", "数量", "单价（元）", "总价", "购置日期", "使用地点", "使用人", "状态")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["实验小学固定资产明细账"])
    ws.append(["单位：总务处", None, None, None, None, None, None, None, "2026年9月"])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    ws.append(["合计", None, None, None, None, 53, None, "34,120"])
    wb.save(path)
    return path


GOOD = [
    ("ZC-001", "台式计算机", "A02010105", "联想 M450", "台", 1, "4,280.00", "4280", datetime(2024, 9, 1), "计算机教室一", "王静", "在用"),
    ("ZC-002", "课桌椅", "椅凳类", "升降", "套", 50, "320", "16,000.00", "2019.9.1", "计算机教室一", "", "在用"),
    ("", "投影仪", "投影仪", "爱普生", "台", 2, "¥6,920", "13,840", "2023年3月5日", "会议室", "李强", ""),
]


def test_a_messy_register_is_imported(school, tmp_path):
    with school.session() as session:
        report = import_assets(session, register(tmp_path / "台账.xlsx", GOOD))
        assert (report.total_rows, report.imported, report.problems) == (3, 3, [])
        rows = {r["asset"].code: r for r in reports.ledger_rows(session, {})}
    assert rows["ZC-001"]["room"] == "计算机教室一" and rows["ZC-001"]["custodian"] == "王静"
    assert rows["ZC-002"]["asset"].quantity == Decimal(50) and rows["ZC-002"]["asset"].class_code == "A050103"
    assert "ZC-003" in rows and rows["ZC-003"]["asset"].unit_price_fen == 692000  # a blank code follows the file's codes


def test_bad_rows_import_nothing_and_every_problem_is_listed(school, tmp_path):
    bad = GOOD + [
        ("ZC-001", "重复的", "A02010105", "", "台", 1, "100", "100", "2024-01-01", "会议室", "", ""),
        ("ZC-010", "打印机", "A02010601", "", "台", 2, "1,580", "3,000", "2024-02-30", "火星", "", ""),
    ]
    path = register(tmp_path / "台账.xlsx", bad)
    with pytest.raises(ImportRejected) as caught, school.session() as session:
        import_assets(session, path)
    assert caught.value.report.problems == [
        (7, "编号", "与第 4 行编号重复：ZC-001"),
        (8, "购置日期", "日期“2024-02-30”不存在"),
        (8, "总价", "金额 3,000.00 与 数量×单价 3,160.00 不符"),
        (8, "使用地点", "存放地点“火星”不在房间目录中"),
    ]
    with school.session() as session:
        assert service.count_cards(session) == 0
    with school.session() as session:
        report = import_assets(session, path, skip_invalid=True)
        assert report.imported == 3 and len(report.problems) == 4


def test_existing_codes_need_update_and_unknown_rooms_need_consent(school, tmp_path):
    with school.session() as session:
        import_assets(session, register(tmp_path / "a.xlsx", GOOD[:1]))
    moved = [("ZC-001", "台式计算机（教师）", "A02010105", "联想 M450", "台", 1, "4280", "4280", "2024-09-01", "新建录播室", "李强", "在用")]
    path = register(tmp_path / "b.xlsx", moved)
    with pytest.raises(ImportRejected) as caught, school.session() as session:
        import_assets(session, path)
    assert "已在系统中" in caught.value.report.problems[0][2]
    with pytest.raises(ImportRejected) as caught, school.session() as session:
        import_assets(session, path, update=True)
    assert caught.value.report.problems == [(4, "使用地点", "存放地点“新建录播室”不在房间目录中")]
    with school.session() as session:
        import_assets(session, path, update=True, create_refs=True)
        view = service.card(session, service.find_by_code(session, "ZC-001").id)
    assert (view.values["name"], view.values["room"], view.values["custodian"]) == ("台式计算机（教师）", "新建录播室", "李强")
    assert view.history[-1]["kind"] == "调拨"


def test_export_reads_back_through_the_importer(school, tmp_path, template_db):
    import shutil

    from logistics_desktop.core.db import open_database

    with school.session() as session:
        import_assets(session, register(tmp_path / "a.xlsx", GOOD))
        assert reports.export_assets(session, tmp_path / "out.xlsx") == 3
        expected = sorted((r["asset"].code, r["asset"].amount_fen, r["room"], r["asset"].class_code) for r in reports.ledger_rows(session, {}))
        directory.export_file(session, directory.STAFF, tmp_path / "staff.xlsx")
        directory.export_file(session, directory.ROOMS, tmp_path / "rooms.xlsx")
    shutil.copyfile(template_db, tmp_path / "other.sqlite3")
    other = open_database(tmp_path / "other.sqlite3", backup=False)
    with other.session() as session:  # another school: people and rooms first, then the assets
        directory.import_file(session, directory.STAFF, tmp_path / "staff.xlsx")
        directory.import_file(session, directory.ROOMS, tmp_path / "rooms.xlsx")
        assert import_assets(session, tmp_path / "out.xlsx").imported == 3
        got = sorted((r["asset"].code, r["asset"].amount_fen, r["room"], r["asset"].class_code) for r in reports.ledger_rows(session, {}))
    other.close()
    assert got == expected


def test_ledger_groups_subtotals_and_totals(school, tmp_path):
    with school.session() as session:
        import_assets(session, register(tmp_path / "a.xlsx", GOOD))
        ledger = reports.asset_ledger(session, {"group_by": "room"})
    texts = [p.extract_text() for p in pypdf.PdfReader(ledger.save(tmp_path / "ledger.pdf")).pages]
    text = "\n".join(texts)
    assert "资产登记台账" in text and "实验小学" in text and "第 1 页 共 1 页" in text
    assert "小计\n会议室" in text and "小计\n计算机教室一" in text
    assert "34,120.00" in text and "3 张卡片" in text
    assert "16,000.00" in text and "台式计算机" in text


def test_asset_card_pdf_has_fields_value_and_history(school, tmp_path):
    with school.session() as session:
        import_assets(session, register(tmp_path / "a.xlsx", GOOD))
        card_id = service.find_by_code(session, "ZC-001").id
        service.lend(session, card_id, party="李强", due_on="2099-01-01")
        drawing = reports.card_drawing(session, "ZC-001")
    text = pypdf.PdfReader(drawing.save(tmp_path / "card.pdf")).pages[0].extract_text()
    for needle in ("资产卡片", "ZC-001", "台式计算机", "A02010105", "净值", "累计折旧", "借给 李强", "新增", "借用", "保管人"):
        assert needle in text, needle
    with pytest.raises(InputError, match="只能输出为 .pdf") as caught:
        drawing.save(tmp_path / "card.xlsx")
    assert caught.value.field == "output" and not (tmp_path / "card.xlsx").exists()


def decode_pdf_pages(path, dpi=200):
    """Render each page with QtPdf and decode every QR code on it with zxing-cpp."""
    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    found = []
    for index in range(doc.pageCount()):
        size = doc.pagePointSize(index)
        image = doc.render(index, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
        image = image.convertToFormat(image.Format.Format_RGBA8888)  # the page comes with a transparent background
        rgba = Image.frombuffer("RGBA", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGBA", image.bytesPerLine(), 1)
        page = Image.new("RGB", rgba.size, "white")
        page.paste(rgba, mask=rgba.getchannel("A"))
        found.append(sorted(r.text for r in zxingcpp.read_barcodes(page)))
    return found


@pytest.mark.parametrize("layout,per_page", [("3x8", 24), ("2x5", 10)])
def test_labels_scan_back_to_their_codes(qapp, demo_db, tmp_path, layout, per_page):
    with demo_db.session() as session:
        codes = sorted(r["asset"].code for r in reports.ledger_rows(session, {"room": "计算机教室一"}))
        drawing = reports.labels_drawing(session, {"room": "计算机教室一", "layout": layout, "start": 3})
    pages = decode_pdf_pages(drawing.save(tmp_path / f"labels-{layout}.pdf"))
    assert len(pages[0]) == per_page - 2  # two labels of the sheet were already used
    assert sorted(code for page in pages for code in page) == codes


def test_label_options_are_checked(demo_db):
    with demo_db.session() as session, pytest.raises(InputError, match="起始位置应在 1 到 24 之间") as caught:
        reports.labels_drawing(session, {"start": "30"})
    assert caught.value.field == "start"
    with demo_db.session() as session, pytest.raises(InputError, match="没有符合条件的资产") as caught:
        reports.labels_drawing(session, {"room": "不存在的房间"})
    assert caught.value.field == ""


def test_import_keeps_the_search_index_and_its_trigger(school, tmp_path):
    from sqlalchemy import text

    with school.session() as session:
        before = session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'asset_search_insert'")).scalar_one()
        import_assets(session, register(tmp_path / "a.xlsx", GOOD))
        after = session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'asset_search_insert'")).scalar_one()
        hits = session.execute(text("SELECT rowid FROM asset_search WHERE asset_search MATCH '\"计算机教室\"'")).all()
        service.create_card(session, {"code": "Z9", "name": "手写板", "class_code": "A0201", "unit_price": "300",
                                      "acquired_on": "2025-01-01", "room": "会议室"})
        by_trigger = session.execute(text("SELECT count(*) FROM asset_search WHERE asset_search MATCH '\"手写板\"'")).scalar_one()
    assert before == after and len(hits) == 2 and by_trigger == 1



_PEAK = """
import sys, tracemalloc
from pathlib import Path
from logistics_desktop.assets.importer import import_assets
from logistics_desktop.core.db import open_database
db = open_database(Path(sys.argv[1]), backup=False)
with db.session() as session:
    tracemalloc.start()
    report = import_assets(session, Path(sys.argv[2]), create_refs=True)
    print(report.imported, tracemalloc.get_traced_memory()[1])
"""


def test_a_long_register_is_imported_in_bounded_memory(tmp_path, template_db):
    """Three times the rows, about the same peak: the rows are checked as they are read and staged on disk (a 200,000-row
    register peaked at 738 MB when every row was held; 156 MB streamed). Held rows took about 3 KB each: 5,000 more
    rows would add some 15 MB. Each import runs in a fresh process, so no earlier test's caches count."""
    import shutil
    import subprocess
    import sys

    from openpyxl import Workbook

    peaks = {}
    for n in (2500, 7500):
        path = tmp_path / f"r{n}.xlsx"
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("资产")
        ws.append(["资产编号", "资产名称", "分类", "规格型号", "数量", "单价", "取得日期", "存放地点", "使用状况", "备注"])
        for i in range(n):
            ws.append([f"ZC-{i:07d}", "课桌椅", "A0501", "1.2米", 1, 350, "2019-09-01", "一(1)班教室", "在用", f"第 {i} 行的说明文字"])
        wb.save(path)
        target = shutil.copyfile(template_db, tmp_path / f"s{n}.sqlite3")
        done = subprocess.run([sys.executable, "-c", _PEAK, str(target), str(path)], capture_output=True, text=True, check=True)
        imported, peaks[n] = map(int, done.stdout.split())
        assert imported == n
    assert peaks[7500] - peaks[2500] < 5_000_000, peaks


def test_a_register_without_classes_is_classed_by_name_category_word_and_parent_code(db, tmp_path, cli, db_path):
    """A home-made register with no class column, a 2010-edition 类别 column, a code finer than the list: each row classed
    by its rule, the rule kept on the card and reported; rows no rule reaches take --default-class or are refused."""
    from sqlmodel import select

    from logistics_desktop.assets import query
    from logistics_desktop.assets.models import Asset

    book = openpyxl.Workbook()
    book.active.append(["资产名称", "规格型号", "类别", "单价", "取得日期", "存放地点"])
    book.active.append(["格力空调", "KFR-35GW", "通用设备", 3200, "2020-09-01", "会议室"])
    book.active.append(["学生课桌椅", "1.2米", "家具、用具及装具", 350, "2020-09-01", "会议室"])
    book.active.append(["文件柜", "", "A0501059", 800, "2020-09-01", "会议室"])
    book.active.append(["洒水壶", "", "", 30, "2020-09-01", "会议室"])
    book.save(tmp_path / "自制台账.xlsx")
    with db.session() as session:
        with pytest.raises(ImportRejected) as caught:
            import_assets(session, tmp_path / "自制台账.xlsx", create_refs=True)
        assert [(r, m) for r, _c, m in caught.value.report.problems] == [(5, "请选择分类")]
    with db.session() as session:
        report = import_assets(session, tmp_path / "自制台账.xlsx", create_refs=True, default_class="A05")
    assert report.imported == 4
    assert report.notes == ["分类为推断：按名称推断 2 行，取上级分类 1 行，用默认分类 1 行（资产列表的“使用状况”中选“分类为推断”可逐张核对）"]
    with db.session(read_only=True) as session:
        listed = query.page(session, query.AssetQuery(status=query.INFERRED), 0, 50)
        got = {a.name: (a.class_code, a.class_inferred) for a in session.exec(select(Asset))}
    assert len(listed) == 4  # the list's 分类为推断 shows them for review
    assert got == {"格力空调": ("A0206180203", "名称：空调"), "学生课桌椅": ("A050102", "名称：课桌椅"),
                   "文件柜": ("A050105", "上级分类：A0501059 → A050105"), "洒水壶": ("A05", "默认分类：A05")}
    result = cli("--db", db_path, "import", "assets", tmp_path / "自制台账.xlsx", "--create-missing", "--default-class", "A99")
    assert result.returncode == 1 and "默认分类“A99”不在资产分类中" in result.stderr


GOVERNMENT = ["资产编号", "资产分类代码", "资产分类名称", "资产名称", "规格型号", "取得方式", "取得日期", "财务入账日期", "会计凭证号", "数量",
              "价值/原值", "折旧年限（月）", "累计折旧", "净值/账面净值", "使用部门", "使用人", "存放地点", "使用状况", "生产厂家", "销售商",
              "出厂编号"]


def test_the_government_asset_systems_card_export_imports_without_editing(db, tmp_path):
    from sqlmodel import select

    from logistics_desktop.assets.models import Asset

    book = openpyxl.Workbook()
    book.active.append(["行政事业单位资产管理信息系统 资产卡片导出"])
    book.active.append(GOVERNMENT)
    book.active.append(["2019000123", "A02010105", "台式计算机", "教师办公电脑", "联想 M430", "新购", "2019.9", "2019-10-12", "记-0231", 1,
                        "4,800.00", 72, "4,200.00", "600.00", "教务处", "任 桂芳", "一(2)班教室", "出借", "联想", "某某科技公司", "SN77001"])
    book.active.append(["2020000456", "", "空调机", "柜式空调", "KFR-72", "接受捐赠", "2020年6月", "", "", 1,
                        "9,000.00", "96", "", "", "后勤处", "", "会议室", "待处置", "格力", "", ""])
    book.save(tmp_path / "卡片导出.xlsx")
    with db.session() as session:
        report = import_assets(session, tmp_path / "卡片导出.xlsx", create_refs=True)
    assert (report.imported, report.problems) == (2, [])
    assert "只写到月份的日期（如 2019.9）按当月 1 日：2 行" in report.notes and "折旧年限按月读取：2 行" in report.notes
    assert "取得方式“新购”按“购置”：1 行" in report.notes and "使用状况“待处置”按“待报废”：1 行" in report.notes
    with db.session(read_only=True) as session:
        cards = {a.code: a for a in session.exec(select(Asset))}
        pc, ac = cards["2019000123"], cards["2020000456"]
        room = service.card(session, pc.id).values["room"]
        custodian = service.card(session, pc.id).values["custodian"]
    assert (pc.class_code, pc.acquisition, pc.acquired_on.isoformat(), pc.service_years, pc.status) == ("A02010105", "购置", "2019-09-01", 6, "在用")
    assert (pc.book_entry_on.isoformat(), pc.voucher_no, pc.book_depreciation_fen, pc.book_net_fen) == ("2019-10-12", "记-0231", 420000, 60000)
    assert (pc.manufacturer, pc.supplier, pc.serial_no, pc.department, pc.amount_fen) == ("联想", "某某科技公司", "SN77001", "教务处", 480000)
    assert (room, custodian) == ("一（2）班教室", "任桂芳") or (room, custodian) == ("一(2)班教室", "任桂芳")
    assert (ac.class_code, ac.class_inferred, ac.acquisition, ac.status, ac.service_years) == ("A0206180203", "", "捐赠", "待报废", 8)


def test_the_export_carries_every_field_and_reimports_unchanged(db, tmp_path):
    """After the government export is imported, its cards exported and imported back with --update change nothing: the
    export has every field of the card (品牌, 供应商, the book figures …) under the headers the importer reads."""
    from python_calamine import CalamineWorkbook

    test_the_government_asset_systems_card_export_imports_without_editing(db, tmp_path)
    with db.session() as session:
        reports.export_assets(session, tmp_path / "导出.xlsx")
    header = CalamineWorkbook.from_path(str(tmp_path / "导出.xlsx")).get_sheet_by_index(0).to_python()[2]
    assert {"品牌", "供应商", "生产厂家", "出厂编号", "财务入账日期", "会计凭证号", "累计折旧", "净值", "使用部门", "取得方式"} <= set(header)
    with db.session() as session:
        report = import_assets(session, tmp_path / "导出.xlsx", update=True)
    assert (report.imported, report.updated, report.problems, report.unused_columns) == (0, 0, [], ["序号"])
