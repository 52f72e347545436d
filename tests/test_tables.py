"""Task tables (``Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian``): each row gives
its lead unit a task, whatever shape the table reached the text in."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import docx.document
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

import vnplan
from vnplan.extract.tables import table_rows, table_tasks

BODY = (
    "KẾ HOẠCH\nThúc đẩy chuyển đổi số\n\nI. MỤC ĐÍCH\n- Nâng cao nhận thức.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n- Theo dõi, đôn đốc thực hiện.\n"
    "2. Sở Tài chính\n- Bố trí kinh phí.\n\n"
)
ROWS = [
    ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("1", "Xây dựng bộ tiêu chí đánh giá", "Sở KH&CN", "Các sở, ban, ngành", "Quý IV/2025"),
    ("2", "Bố trí kinh phí thực hiện kế hoạch", "Sở Tài chính; Sở Nội vụ", "", "Hằng năm"),
    (
        "3",
        "Rà soát văn bản quy phạm pháp luật",
        "Sở Tư pháp",
        "UBND các xã, phường",
        "Theo Nghị định số 52/2015/NĐ-CP ngày 28/5/2015",
    ),
]


def _tasks_by_unit(plan: vnplan.Plan) -> dict[str, list[tuple[str, str]]]:
    return {
        a.unit.name: [(t.via, t.text) for t in a.tasks if t.via == "table"]
        for a in plan.assignments
    }


def _check(plan: vnplan.Plan) -> None:
    by = _tasks_by_unit(plan)
    # "Sở KH&CN" in the table is the unit headed "Sở Khoa học và Công nghệ".
    assert by["Sở Khoa học và Công nghệ"] == [("table", "Xây dựng bộ tiêu chí đánh giá")]
    assert by["Sở Tài chính"] == [("table", "Bố trí kinh phí thực hiện kế hoạch")]
    assert by["Sở Nội vụ"] == [("table", "Bố trí kinh phí thực hiện kế hoạch")]
    skhcn = next(a for a in plan.assignments if a.unit.name == "Sở Khoa học và Công nghệ")
    row = next(t for t in skhcn.tasks if t.via == "table")
    assert (row.origin, str(row.deadline), row.coordinating) == (
        "sentence",
        "2025-Q4",
        ["Các sở, ban, ngành"],
    )
    assert " ".join(plan.snippet(row.span).split()) == "Xây dựng bộ tiêu chí đánh giá"
    tp = next(a for a in plan.assignments if a.unit.name == "Sở Tư pháp").tasks[0]
    assert tp.deadline is None  # the date of a cited decree is no deadline
    nv = next(a for a in plan.assignments if a.unit.name == "Sở Tài chính").tasks[-1]
    assert nv.recurrence == "hằng năm"


def test_tab_separated_rows() -> None:
    text = BODY + "PHỤ LỤC\n" + "\n".join("\t".join(r) for r in ROWS) + "\n"
    _check(vnplan.parse_text(text))


def test_markdown_table_rows() -> None:
    lines = ["| " + " | ".join(r) + " |" for r in ROWS]
    lines.insert(1, "|---|---|---|---|---|")
    _check(vnplan.parse_text(BODY + "PHỤ LỤC\n\n" + "\n".join(lines) + "\n"))


def test_one_cell_per_line_blocks_with_wrapped_cells() -> None:
    out = ["|"]
    for r in ROWS:
        for cell in r:
            # A long cell wraps over lines, as converters write them.
            out.append(cell.replace(" đánh giá", "\nđánh giá") if cell else "")
            out.append("|")
        out.append("|")
    text = BODY + "PHỤ LỤC\n\n" + "\n".join(x for x in out if x != "") + "\n"
    rows = table_rows(text)
    assert [c.text for c in rows[1]] == list(ROWS[1])
    _check(vnplan.parse_text(text))


def test_docx_table_made_with_python_docx(tmp_path: Path) -> None:
    d = docx.Document()
    for line in BODY.splitlines():
        d.add_paragraph(line)
    d.add_paragraph("PHỤ LỤC")
    # A two-row header: "Cơ quan thực hiện" over "Chủ trì" and "Phối hợp".
    t = d.add_table(rows=len(ROWS) + 1, cols=5)
    top = ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành"]
    for j, v in enumerate(top):
        t.cell(0, j).text = v
    t.cell(0, 2).merge(t.cell(0, 3))
    sub = ["", "", "Chủ trì", "Phối hợp", ""]
    for j, v in enumerate(sub):
        t.cell(1, j).text = v
    for i, r in enumerate(ROWS[1:], start=2):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    path = tmp_path / "plan.docx"
    d.save(str(path))
    _check(vnplan.parse(path))


def test_group_rows_and_the_tables_end() -> None:
    text = (
        "STT\tNội dung\tĐơn vị chủ trì\tThời gian\n"
        "I\tNÂNG CAO NHẬN THỨC\n"
        "1\tTuyên truyền về chuyển đổi số\tSở Văn hóa, Thể thao và Du lịch\tNăm 2026\n"
        "Ghi chú\tbảng trên\n"
        "2\tmột dòng không thuộc bảng nào\n"
    )
    found = table_tasks(text)
    assert [(u.name, t.text, str(t.deadline)) for u, t in found] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Tuyên truyền về chuyển đổi số", "2026")
    ]


def test_a_table_without_a_lead_column_gives_no_tasks() -> None:
    text = "STT\tChỉ tiêu\tNăm 2025\tNăm 2030\n1\tTỷ lệ doanh nghiệp số\t30%\t60%\n"
    assert table_tasks(text) == []


def test_a_tables_acronym_lead_is_the_headed_unit() -> None:
    from vnplan.extract.units import same_by_acronym

    assert same_by_acronym("Phòng GDPT", "Phòng Giáo dục phổ thông")
    assert same_by_acronym("Sở TN&MT", "Sở Tài nguyên và Môi trường")
    assert not same_by_acronym("Phòng GDPT", "Sở Giáo dục phổ thông")
    assert not same_by_acronym("Phòng TCCB", "Phòng Giáo dục phổ thông")


def test_a_task_merged_down_over_two_leads_in_docx(tmp_path: Path) -> None:
    d = docx.Document()
    for line in BODY.splitlines():
        d.add_paragraph(line)
    t = d.add_table(rows=4, cols=4)
    for j, v in enumerate(["STT", "Nhiệm vụ", "Chủ trì thực hiện", "Theo dõi, đôn đốc"]):
        t.cell(0, j).text = v
    for j, v in enumerate(["1", "Tham mưu ban hành kế hoạch kiểm tra", "Sở Nội vụ", "Sở Nội vụ"]):
        t.cell(1, j).text = v
    t.cell(2, 2).text = "Các cơ quan, đơn vị, địa phương"
    t.cell(2, 3).text = "Sở Nội vụ"
    # One task, two leads: STT and task cells merged down over rows 1-2.
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    for j, v in enumerate(
        ["2", "Bố trí kinh phí thực hiện", "Các địa phương, các cơ quan có nguồn thu", ""]
    ):
        t.cell(3, j).text = v
    path = tmp_path / "merged.docx"
    d.save(str(path))
    by = {
        a.unit.name: [x.text for x in a.tasks if x.via == "table"]
        for a in vnplan.parse(path).assignments
    }
    assert by["Sở Nội vụ"] == ["Tham mưu ban hành kế hoạch kiểm tra"]
    assert by["Các cơ quan, đơn vị, địa phương"] == ["Tham mưu ban hành kế hoạch kiểm tra"]
    assert by["Các địa phương"] == ["Bố trí kinh phí thực hiện"]
    assert by["các cơ quan có nguồn thu"] == ["Bố trí kinh phí thực hiện"]


def test_a_sub_tables_header_without_a_number_column_over_numbered_rows() -> None:
    # Each part of a long appendix repeats the header without "STT"; its rows keep the number.
    text = (
        "STT\tNhiệm vụ, giải pháp\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\n"
        "1.1\tRà soát các quy định về giao dịch điện tử\tSở Tư pháp\tCác sở, ban, ngành\t2026\n"
        "B\tPHÁT TRIỂN KINH TẾ SỐ NGÀNH\n"
        "Nội dung\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\n"
        "1.2\tTriển khai nền tảng dữ liệu số nông nghiệp\tSở Nông nghiệp và Môi trường"
        "\tUBND các phường, xã\t2026 - 2030\n"
    )
    found = table_tasks(text)
    assert [(u.name, t.text, t.coordinating) for u, t in found] == [
        ("Sở Tư pháp", "Rà soát các quy định về giao dịch điện tử", ["Các sở, ban, ngành"]),
        (
            "Sở Nông nghiệp và Môi trường",
            "Triển khai nền tảng dữ liệu số nông nghiệp",
            ["UBND các phường, xã"],
        ),
    ]


def test_a_lead_spelt_without_its_comma_is_the_headed_unit() -> None:
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch\n- Tuyên truyền.\n"
        "2. Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II\n- Thanh toán số.\n\n"
    )
    rows = (
        "PHỤ LỤC\nSTT\tNội dung\tCơ quan chủ trì\tThời gian\n"
        "1\tTổ chức ngày hội văn hóa số\tSở Văn hóa Thể thao và Du lịch\t2026\n"
        "2\tThúc đẩy thanh toán không dùng tiền mặt\t"
        "Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II\t2026\n"
    )
    p = vnplan.parse_text(BODY.split("II. TỔ CHỨC")[0] + body + rows)
    assert [(a.unit.name, [t.via for t in a.tasks]) for a in p.assignments] == [
        ("Sở Văn hóa, Thể thao và Du lịch", ["heading", "table"]),
        ("Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II", ["heading", "table"]),
    ]


def _pdf_of(d: docx.document.Document, tmp_path: Path) -> Path:
    src = tmp_path / "plan.docx"
    d.save(str(src))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        capture_output=True,
        timeout=180,
        check=False,
    )
    out = tmp_path / "plan.pdf"
    if not out.exists():
        pytest.skip("LibreOffice could not convert the document")
    return out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_ruled_table_in_a_pdf_made_by_libreoffice(tmp_path: Path, engine: str) -> None:
    d = docx.Document()
    for line in BODY.splitlines():
        d.add_paragraph(line)
    d.add_paragraph("PHỤ LỤC")
    t = d.add_table(rows=len(ROWS), cols=5)
    t.style = "Table Grid"  # the borders every printed task table has
    for i, r in enumerate(ROWS):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    _check(vnplan.parse(_pdf_of(d, tmp_path), pdf_engine=engine))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("repeat_header", [False, True])
def test_a_pdf_tables_rows_broken_by_page_ends(tmp_path: Path, repeat_header: bool) -> None:
    d = docx.Document()
    if repeat_header:  # Word's "repeat as header row", under a page number at the top
        d.sections[0].header.paragraphs[0].text = "2"
    for line in BODY.splitlines():
        d.add_paragraph(line)
    n = 24
    t = d.add_table(rows=n + 1, cols=4)
    t.style = "Table Grid"
    for j, v in enumerate(["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]):
        t.cell(0, j).text = v
    if repeat_header:
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    words = " ".join(["triển khai các nhiệm vụ chuyển đổi số của tỉnh"] * 6)
    for i in range(1, n + 1):
        for j, v in enumerate([str(i), f"Nhiệm vụ {i}: {words}, hết {i}", "Sở Tài chính", "2026"]):
            t.cell(i, j).text = v
    plan = vnplan.parse(_pdf_of(d, tmp_path))
    tasks = [x.text for a in plan.assignments if a.unit.name == "Sở Tài chính" for x in a.tasks]
    rows = [x for x in tasks if x.startswith("Nhiệm vụ")]
    assert len(rows) == n
    assert all(x.endswith(f"hết {i}") for i, x in enumerate(rows, start=1))


def _merged_lead_table() -> docx.document.Document:
    d = docx.Document()
    for line in BODY.splitlines():
        d.add_paragraph(line)
    t = d.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    for j, v in enumerate(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Phối hợp", "Thời gian"]):
        t.cell(0, j).text = v
    t.cell(1, 0).text = "I"
    t.cell(1, 1).merge(t.cell(1, 4)).text = "Nhóm nhiệm vụ về thể chế"  # a spanning group row
    rows = [
        ("1", "Rà soát văn bản quy phạm", "Các sở", "2026"),
        ("2", "Xây dựng quy chế phối hợp", "Các sở", "2026"),
        ("3", "Ban hành hướng dẫn thực hiện", "Sở Nội vụ", "2027"),
    ]
    for i, (num, task, coord, when) in enumerate(rows, start=2):
        for j, v in ((0, num), (1, task), (3, coord), (4, when)):
            t.cell(i, j).text = v
    t.cell(2, 2).merge(t.cell(4, 2)).text = "Sở Tư pháp"  # one lead for three tasks
    return d


def _tasks_of(plan: vnplan.Plan, unit: str) -> list[tuple[str, list[str]]]:
    return [
        (x.text, x.coordinating) for a in plan.assignments if a.unit.name == unit for x in a.tasks
    ]


MERGED_EXPECTED = [
    ("Rà soát văn bản quy phạm", ["Các sở"]),
    ("Xây dựng quy chế phối hợp", ["Các sở"]),
    ("Ban hành hướng dẫn thực hiện", ["Sở Nội vụ"]),
]


def test_a_lead_cell_merged_down_over_several_tasks_in_a_docx() -> None:
    buf = io.BytesIO()
    _merged_lead_table().save(buf)
    assert _tasks_of(vnplan.parse(buf.getvalue()), "Sở Tư pháp") == MERGED_EXPECTED


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_lead_cell_merged_down_over_several_tasks_in_a_pdf(tmp_path: Path) -> None:
    plan = vnplan.parse(_pdf_of(_merged_lead_table(), tmp_path))
    assert _tasks_of(plan, "Sở Tư pháp") == MERGED_EXPECTED


LAYOUT_TABLE = """KẾ HOẠCH
Thúc đẩy chuyển đổi số

I. MỤC ĐÍCH
- Nâng cao nhận thức.

II. TỔ CHỨC THỰC HIỆN
Các nhiệm vụ cụ thể như sau:
STT              Tên nhiệm vụ    Cơ quan chủ      Cơ quan phối      Thời gian hoàn
                                 trì              hợp               thành
I.
NÂNG CAO
NHẬN THỨC
1             Triển khai nền    Sở Khoa học và    Các sở, ban,      Thường xuyên
              tảng đào tạo      Công nghệ         ngành tỉnh;
              trực tuyến mở                       UBND các xã
2             Triển khai đánh Sở Tài chính        Sở Nội vụ         Quý IV/2026
              giá mức độ
              chuyển đổi số.
3             Biểu dương, tôn Sở Nội vụ           Sở Khoa học và    Hằng năm
              vinh, khen                          Công nghệ
              thưởng.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_task_table_laid_out_with_spaces() -> None:
    # pdftotext -layout: wrapped cells in their columns, and a gap squeezed to one space.
    plan = vnplan.parse_text(LAYOUT_TABLE)
    got = {
        a.unit.name: [(t.text, t.coordinating, str(t.deadline) if t.deadline else None)
                      for t in a.tasks]
        for a in plan.assignments
    }  # fmt: skip
    assert got["Sở Khoa học và Công nghệ"] == [
        (
            "Triển khai nền tảng đào tạo trực tuyến mở",
            ["Các sở, ban, ngành tỉnh", "UBND các xã"],
            None,
        )
    ]
    assert got["Sở Tài chính"] == [
        ("Triển khai đánh giá mức độ chuyển đổi số.", ["Sở Nội vụ"], "2026-Q4")
    ]
    assert got["Sở Nội vụ"] == [
        ("Biểu dương, tôn vinh, khen thưởng.", ["Sở Khoa học và Công nghệ"], None)
    ]
    for a in plan.assignments:
        for t in a.tasks:
            assert t.span is not None and plan.text[t.span.start : t.span.end].startswith(
                t.text[:8]
            )
