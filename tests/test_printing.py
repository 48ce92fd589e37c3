"""The printing kit: real PDFs whose text is extracted and checked."""

from __future__ import annotations

import io

import pypdf
from reportlab.lib.pagesizes import A4

from logistics_desktop.core.report import Ledger, LedgerColumn
from logistics_desktop.directory import service


def long_ledger(landscape=False) -> Ledger:
    return Ledger(
        title="房间（存放地点）清单",
        columns=[LedgerColumn("序号", 12, "center"), LedgerColumn("房间名称", 40), LedgerColumn("责任人", 25), LedgerColumn("备注", 50)],
        rows=[[i, f"第{i}号教室", "王静", "靠窗的一排课桌需要更换，已报总务处。" * (i % 3)] for i in range(1, 151)],
        school="示范区实验小学",
        period="2026—2027学年第一学期",
        landscape=landscape,
        signatures=("制表人", "审核人", "负责人"),
        summary=["共 150 间"],
        notes=["说明：楼层以综合楼为准。"],
    )


def pages_text(path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def test_ledger_pdf_has_frame_on_every_page(tmp_path):
    path = long_ledger().save(tmp_path / "rooms.pdf")
    texts = pages_text(path)
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, 1):
        assert "房间（存放地点）清单" in text
        assert "示范区实验小学" in text
        assert "2026—2027学年第一学期" in text
        assert f"第 {number} 页 共 {total} 页" in text
        assert "制表人" in text and "审核人" in text and "负责人" in text
        assert "房间名称" in text and "责任人" in text  # the header repeats
    assert "第150号教室" in texts[-1] and "共 150 间" in texts[-1] and "说明：楼层以综合楼为准。" in texts[-1]
    assert all("共 150 间" not in text for text in texts[:-1])


def test_font_is_embedded_with_unicode_map(tmp_path):
    path = long_ledger().save(tmp_path / "rooms.pdf")
    reader = pypdf.PdfReader(path)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [f.get_object() for f in fonts.values()]
    assert any("/ToUnicode" in f for f in embedded)
    raw = path.read_bytes()
    assert b"/FontFile2" in raw  # TrueType outlines embedded


def test_portrait_and_landscape_a4(tmp_path):
    portrait = pypdf.PdfReader(long_ledger().save(tmp_path / "p.pdf")).pages[0].mediabox
    landscape = pypdf.PdfReader(long_ledger(landscape=True).save(tmp_path / "l.pdf")).pages[0].mediabox
    assert (round(float(portrait.width)), round(float(portrait.height))) == (round(A4[0]), round(A4[1]))
    assert (round(float(landscape.width)), round(float(landscape.height))) == (round(A4[1]), round(A4[0]))


def test_render_to_a_file_object():
    from logistics_desktop.printing import render_ledger

    buffer = io.BytesIO()
    render_ledger(long_ledger(), buffer)
    assert buffer.getvalue().startswith(b"%PDF")


def test_staff_list_from_the_demo_school(demo_db, tmp_path):
    with demo_db.session() as session:
        ledger = service.list_ledger(session, service.STAFF)
        names = service.staff_names(session)
    texts = pages_text(ledger.save(tmp_path / "staff.pdf"))
    joined = "\n".join(texts)
    assert "人员名册" in joined and "示范区实验小学" in joined
    for header in ("序号", "姓名", "岗位", "电话", "在职"):
        assert header in texts[0]
    for name in names:
        assert name in joined
    assert f"共 {len(names)} 条" in texts[-1]
    assert len(texts) == 1  # 40 people on one page, the count line included


def test_long_cells_wrap_into_lines_that_fit_and_keep_numbers_and_closing_marks_together():
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from logistics_desktop.printing.fonts import register_fonts
    from logistics_desktop.printing.ledger import NO_LINE_START, wrap_lines

    font = register_fonts()
    assert wrap_lines("绿源蔬菜配送；城东农贸市场 12 号；李经理 13800001111", font, 100).split("\n")[-1] == "13800001111"

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet="安全出口疏散通道畅通无堵塞，。、；）A1 -", max_size=80), st.floats(min_value=20, max_value=200))
    def fits(text, room):
        lines = wrap_lines(text, font, room).split("\n")
        assert "".join(lines) == text.replace("\n", "")  # nothing lost or added
        for line in lines:
            assert len(line) <= 1 or stringWidth(line, font, 9) <= room + stringWidth("，", font, 9)
        marks = "".join(NO_LINE_START)
        for before, line in zip(lines, lines[1:]):  # a closing mark starts a line only when nothing could go with it
            assert not line or line[0] not in NO_LINE_START or len(before.rstrip(marks)) <= 1

    fits()
