"""The PDF reader: layout, both engines, and the PDFs that must fail clearly."""

from __future__ import annotations

import pytest

import vnplan
from tests.conftest import ROOT, shared_path
from vnplan.readers.layout import Page, Segment, layout_text
from vnplan.readers.pdf import read_pdf

DATA = ROOT / "tests" / "data"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_header_and_closing_columns_do_not_interleave(engine: str) -> None:
    text = read_pdf((DATA / "seed-003.pdf").read_bytes(), engine=engine).text  # type: ignore[arg-type]
    lines = [ln for ln in text.split("\n")]
    assert lines[1:3] == ["BỘ CÔNG AN", "Số: 563/KH-BCA-C11"]
    i = lines.index("Nơi nhận:")
    assert lines[i + 1].startswith("- Đồng chí Bộ trưởng")
    j = lines.index("KT. BỘ TRƯỞNG")
    assert lines[j : j + 3] == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thiếu tướng Nguyễn Ngọc Lâm"]
    assert all(not ln.startswith("-") for ln in lines[j:])


def test_engines_give_the_same_text() -> None:
    for name in ("seed-003.pdf", "seed-004-autonum.pdf"):
        data = (DATA / name).read_bytes()
        assert read_pdf(data, engine="pdfium").text == read_pdf(data, engine="pdfplumber").text


def test_wrapped_body_lines_rejoined() -> None:
    text = read_pdf((DATA / "seed-003.pdf").read_bytes()).text
    assert (
        "Thực hiện các quy định của Luật, chỉ đạo của Chính phủ về tăng cường, đổi mới các nội "
        "dung, hình thức"
    ) in text
    assert (
        "\n1. Cục Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng (C11)\n"
        in text
    )


def _seg(text: str, x0: float, top: float, bold: bool = False, x1: float | None = None) -> Segment:
    return Segment(text, x0, x1 if x1 is not None else x0 + 6 * len(text), top, top + 12, bold)


def test_page_numbers_and_running_headers_dropped() -> None:
    pages = []
    for n in range(1, 4):
        segs = [_seg("CÔNG AN TỈNH X - KẾ HOẠCH 12", 100, 20), _seg(f"{n}", 300, 800)]
        segs += [_seg(f"Đoạn văn {k} trang {n}.", 85, 200 + 14 * k) for k in range(3)]
        pages.append(Page(595, 842, segs))
    text = layout_text(pages)
    assert "KẾ HOẠCH 12" not in text and "\n2\n" not in text
    assert text.count("Đoạn văn") == 9


def test_no_text_layer_encrypted_garbled() -> None:
    with pytest.raises(vnplan.NoTextLayerError, match="OCR"):
        vnplan.parse(DATA / "scanned.pdf", ocr="never")
    for engine in ("pdfium", "pdfplumber"):
        with pytest.raises(vnplan.EncryptedError):
            vnplan.parse(DATA / "encrypted.pdf", pdf_engine=engine)
    with pytest.raises(vnplan.UnreadableError, match="corrupt PDF"):
        vnplan.parse(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_garbled_font_encoding_is_refused(engine: str) -> None:
    # corpus c007: "SỞ CÔNG THƯƠNG" comes out as "6Ӣ CÔNG 7+ѬѪ1*" (OCR'd unless ocr="never").
    with pytest.raises(vnplan.BrokenTextLayerError, match="OCR"):
        vnplan.parse(shared_path("corpus/docs/c007.pdf"), pdf_engine=engine, ocr="never")


def test_unknown_engine() -> None:
    with pytest.raises(ValueError, match="pdf_engine"):
        vnplan.parse(DATA / "seed-003.pdf", pdf_engine="magic")


def test_a_run_of_two_cells_is_cut_at_the_column_boundary() -> None:
    # A left cell filled to its edge and the right cell's text come as one run from the PDF:
    # the block of columns goes on, the run is cut where the right column starts.
    body = [
        _seg("Nội dung kế hoạch được trình bày đầy đủ ở các mục trên.", 90, 100 + 14 * k, x1=505)
        for k in range(8)
    ]
    closing = [
        _seg("Nơi nhận:", 90, 300),
        _seg("TM. ỦY BAN NHÂN DÂN", 330, 300),
        _seg("- Văn phòng Chính phủ;", 90, 320),
        _seg("- Bộ Công an (qua Cục A03)(để báo KT. CHỦ TỊCH", 90, 340, x1=420),
        _seg("cáo);", 90, 360),
        _seg("PHÓ CHỦ TỊCH", 330, 365),
        _seg("- Lưu: VT.", 90, 380),
        _seg("Bùi Thanh An", 330, 400),
    ]
    lines = layout_text([Page(595, 842, body + closing)]).split("\n")
    i = lines.index("Nơi nhận:")
    assert lines[i : i + 5] == [
        "Nơi nhận:",
        "- Văn phòng Chính phủ;",
        "- Bộ Công an (qua Cục A03)(để báo",
        "cáo);",
        "- Lưu: VT.",
    ]
    j = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[j : j + 4] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Bùi Thanh An",
    ]


def test_a_line_ending_in_a_hyphen_goes_on_without_a_space() -> None:
    segs = [
        Segment("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 1472/KH-", 90, 505, 100, 113),
        Segment("UBND ngày 17/9/2025 về việc tổ chức Đại hội.", 90, 340, 115, 128),
    ]
    text = layout_text([Page(595, 842, segs)])
    assert "1472/KH-UBND ngày 17/9/2025" in text


def test_landscape_pages_keep_their_own_margins() -> None:
    # A portrait plan whose appendix is printed landscape, with more text, further left: the
    # portrait body's wrapped lines are still one paragraph.
    text = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành chương"
    body = [
        Segment(text, 85, 510, 100, 113),
        Segment(
            "trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;", 85, 420, 115, 128
        ),
        Segment(
            "Căn cứ Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ.",
            120,
            480,
            130,
            143,
        ),
    ]
    wide = "Nội dung nhiệm vụ của phụ lục được trình bày theo chiều ngang của trang giấy khổ A4."
    landscape = [Segment(wide * 2, 60, 780, 60 + 15 * k, 73 + 15 * k) for k in range(20)]
    out = layout_text([Page(595, 842, body), Page(842, 595, landscape)]).split("\n")
    assert out[0] == f"{text} trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
    assert out[1].startswith("Căn cứ Chỉ thị số 23/CT-TTg")


def test_a_text_file_printed_as_it_is() -> None:
    # Each line of a text printed as a line: lines broken by hand go on where the sentence
    # does (lower case, a comma, "số", a number alone, an upper-case heading), blank lines
    # between paragraphs are kept as paragraph breaks.
    rows = [
        "**I. MỤC ĐÍCH,",
        "YÊU CẦU**",
        "",
        "**1.",
        "Mục đích**",
        "",
        "Thực hiện Nghị quyết số",
        "163/2024/QH15 ngày 27/11/2024 của Quốc hội,",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai",
        "thực hiện như sau:",
        "",
        "- Nâng cao nhận thức.",
        "",
    ]
    rows = rows * 3  # enough lines for the page's spacing to say what it is
    segs = []
    top = 80.0
    for r in rows:
        if r:
            segs.append(Segment(r, 57, 57 + 5.5 * len(r), top, top + 10))
        top += 11.4
    text = layout_text([Page(595, 842, segs)])
    assert text.split("\n\n")[:4] == [
        "**I. MỤC ĐÍCH,\nYÊU CẦU**",
        "**1.\nMục đích**",
        "Thực hiện Nghị quyết số\n163/2024/QH15 ngày 27/11/2024 của Quốc hội,\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai\nthực hiện như sau:",
        "- Nâng cao nhận thức.",
    ]
    # Read as a plan, its lines are joined as a wrapped text file's are.
    doc = "KẾ HOẠCH\nThử nghiệm\n\n" + "\n".join(rows[:12])
    plan = vnplan.parse_text(doc)
    assert plan.top_sections[0] == "MỤC ĐÍCH, YÊU CẦU"


def test_lines_broken_by_hand_go_on_where_the_sentence_does() -> None:
    # No blank lines: each line break is decided by the sentence.
    lines = [
        ("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số", False),
        ("48/NQ-CP của Chính phủ về phát triển kinh tế biển,", False),
        ("bảo đảm quốc phòng, an ninh trên địa bàn.", False),
        ("II. NỘI DUNG", True),
        ("TRỌNG TÂM", False),
    ]
    segs = [
        Segment(t, 57, 57 + 5.2 * len(t), 80 + 14 * k, 92 + 14 * k)
        for k, (t, _) in enumerate(lines)
    ]
    body = [
        Segment(
            "Nội dung kế hoạch được trình bày đầy đủ ở các mục trên.",
            57,
            540,
            300 + 14 * k,
            312 + 14 * k,
        )
        for k in range(20)
    ]
    out = layout_text([Page(595, 842, segs + body)]).split("\n")
    assert out[0] == (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 48/NQ-CP của Chính phủ "
        "về phát triển kinh tế biển, bảo đảm quốc phòng, an ninh trên địa bàn."
    )
    assert out[1] == "II. NỘI DUNG TRỌNG TÂM"
