from __future__ import annotations

import pytest

import vnplan
from tests.conftest import plan_text
from vnplan import nlp


def parse(text: str) -> vnplan.Plan:
    return vnplan.parse_text(text)


def codes(plan: vnplan.Plan) -> list[str]:
    return [w.code for w in plan.warnings]


def test_state_header() -> None:
    p = parse(plan_text("I. MỤC ĐÍCH\n- a"))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (
        "SỞ Y TẾ",
        "UBND TỈNH ĐẮK NÔNG",
    )
    assert p.number is not None
    assert (p.number.raw, p.number.number, p.number.notation, p.number.type_code) == (
        "12/KH-SYT",
        "12",
        "KH-SYT",
        "KH",
    )
    assert (p.place, str(p.date), p.doc_type, p.title) == (
        "Đắk Nông",
        "2024-12-04",
        "KẾ HOẠCH",
        "Thử nghiệm",
    )
    assert p.snippet(p.number.span) == "12/KH-SYT"
    assert p.snippet(p.spans["date"]).startswith("ngày 04")


def test_party_header() -> None:
    header = (
        "ĐẢNG BỘ TỈNH ĐẮK NÔNG\nTỈNH ỦY\n*\nSố 05-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Đắk Nông, ngày 4/12/2024\n"
    )
    p = parse(plan_text("I. MỤC ĐÍCH", header=header))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (
        "TỈNH ỦY",
        "ĐẢNG BỘ TỈNH ĐẮK NÔNG",
    )
    assert p.number is not None and (p.number.raw, p.number.type_code, p.number.style) == (
        "05-KH/TU",
        "KH",
        "party",
    )
    assert str(p.date) == "2024-12-04"


def test_merged_pdf_header_lines() -> None:
    header = (
        "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 563/KH-BCA-C11 Hà Nội, ngày 04 tháng 12 năm 2024\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == ("BỘ CÔNG AN", None)
    assert p.number is not None and p.number.raw == "563/KH-BCA-C11"
    assert (p.place, str(p.date)) == ("Hà Nội", "2024-12-04")


def test_issuer_name_over_two_lines() -> None:
    header = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 1026/KH-UBND\n\nNghệ An, ngày 26 tháng 11 năm 2025\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        None,
    )


def test_issuer_name_broken_by_a_narrow_cell() -> None:
    header = (
        "BỘ VĂN HÓA, THỂ\nTHAO\nVÀ DU LỊCH\n\nSố: 12/KH-BVHTTDL\n\n"
        "Hà Nội, ngày 02 tháng 3 năm 2026\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and p.issuer.name == "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"


@pytest.mark.parametrize(
    ("block", "name", "parent"),
    [
        (
            "UBND TỈNH NINH THUẬN\nCÔNG TY TNHH MỘT THÀNH VIÊN\nKHAI THÁC THỦY LỢI NINH THUẬN",
            "CÔNG TY TNHH MỘT THÀNH VIÊN KHAI THÁC THỦY LỢI NINH THUẬN",
            "UBND TỈNH NINH THUẬN",
        ),
        (
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\nCÔNG TY CỔ PHẦN\nTHIẾT BỊ ĐIỆN HÀ NAM",
            "CÔNG TY CỔ PHẦN THIẾT BỊ ĐIỆN HÀ NAM",
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC",
        ),
        # A company's form under its own name line is a name already: the next line is
        # another body.
        (
            "CÔNG TY CỔ PHẦN MAY SÔNG HỒNG\nPHÒNG TỔ CHỨC - HÀNH CHÍNH",
            "PHÒNG TỔ CHỨC - HÀNH CHÍNH",
            "CÔNG TY CỔ PHẦN MAY SÔNG HỒNG",
        ),
        # A company's legal form ends a Party committee's line; the company's name is below.
        (
            "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH\nPHÚ YÊN\n"
            "ĐẢNG ỦY CÔNG TY CỔ PHẦN\nCẤP THOÁT NƯỚC PHÚ YÊN",
            "ĐẢNG ỦY CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC PHÚ YÊN",
            "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH PHÚ YÊN",
        ),
        (
            "CÔNG ĐOÀN NGÀNH CÔNG THƯƠNG\nCÔNG ĐOÀN CÔNG TY TNHH MTV\nIN VÀ BAO BÌ LONG AN",
            "CÔNG ĐOÀN CÔNG TY TNHH MTV IN VÀ BAO BÌ LONG AN",
            "CÔNG ĐOÀN NGÀNH CÔNG THƯƠNG",
        ),
    ],
)
def test_a_companys_legal_form_ending_a_line_waits_for_its_name(
    block: str, name: str, parent: str
) -> None:
    header = f"{block}\n\nSố: 45/KH-CT\n\nHà Nam, ngày 05 tháng 6 năm 2026\n"
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (name, parent)


def test_upper_case_title_ends_where_a_sentence_starts() -> None:
    text = plan_text("I. A").replace(
        "KẾ HOẠCH\nThử nghiệm",
        "KẾ HOẠCH\nKHẮC PHỤC HẬU QUẢ MƯA LŨ\nDo hậu quả của mưa lũ kéo dài, Ủy ban nhân dân "
        "tỉnh ban hành Kế hoạch như sau:",
    )
    p = parse(text)
    assert p.title == "KHẮC PHỤC HẬU QUẢ MƯA LŨ"


def test_columns_interleaved_line_by_line() -> None:
    # pdftotext -layout, or a header typed with tabs: each line holds a piece of both columns
    # and a line of the right column alone is indented as far.
    header = (
        "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI\n"
        "                                   CHỦ NGHĨA VIỆT NAM\n"
        "THÀNH PHỐ HỒ CHÍ MINH              Độc lập - Tự do - Hạnh phúc\n"
        "Số:                                Thành phố Hồ Chí\n"
        "172/KH-UBND                        Minh, ngày 18 tháng 11 năm 2025\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and p.issuer.name == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    assert p.number is not None and p.number.raw == "172/KH-UBND"
    assert (p.place, str(p.date)) == ("Thành phố Hồ Chí Minh", "2025-11-18")
    tabs = header.replace("                                   ", "\t\t").replace("    ", "\t")
    p = parse(plan_text("I. A", header=tabs))
    assert p.issuer is not None and p.issuer.name == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    assert (p.number and p.number.raw, p.place) == ("172/KH-UBND", "Thành phố Hồ Chí Minh")


def test_one_spaced_out_line_is_not_two_columns() -> None:
    header = (
        "ỦY BAN NHÂN DÂN                                  TỈNH LÀO CAI\n\nSố: 12/KH-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Lào Cai, ngày 04 tháng 12 năm 2024\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and p.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"


def test_blank_draft_number_and_date() -> None:
    header = "SỞ CÔNG THƯƠNG\n\nSố:           /KH-SCT\n\nLào Cai, ngày       tháng 4 năm 2026\n"
    p = parse(plan_text("I. A", header=header))
    assert p.number is None
    assert str(p.date) == "2026-04" and p.place == "Lào Cai"
    assert "number_blank" in codes(p) and "date_partial" in codes(p)
    assert any("KH-SCT" in w.message for w in p.warnings)


def test_fully_blank_date() -> None:
    p = parse(plan_text("I. A", header="Số:\n\nĐắk Nông, ngày\n"))
    assert (p.number, p.date, p.place) == (None, None, "Đắk Nông")
    assert {"number_blank", "date_blank"} <= set(codes(p))


def test_issuer_inferred_from_opening_sentence() -> None:
    body = (
        "Thực hiện kết luận số 631-KL/BTGTU của Ban Tuyên giáo Tỉnh ủy năm 2020. "
        "Sở Khoa học và Công nghệ tỉnh Đắk Nông xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH"
    )
    p = parse(plan_text(body, header="Số:\n\nĐắk Nông, ngày\n"))
    assert p.issuer is not None
    assert (p.issuer.name, p.issuer.inferred) == ("Sở Khoa học và Công nghệ tỉnh Đắk Nông", True)
    assert "issuer_inferred" in codes(p)


def test_title_over_several_lines_and_markdown() -> None:
    text = plan_text("I. A").replace(
        "KẾ HOẠCH\nThử nghiệm", "**KẾ HOẠCH**\n\nTRIỂN KHAI THỰC HIỆN\nCHỈ THỊ SỐ 32/CT-TTG"
    )
    p = parse(text)
    assert p.title == "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG"


def test_markdown_table_header_cells() -> None:
    header = (
        "|\n**ỦY BAN NHÂN\nDÂN**\n**TỈNH ĐỒNG THÁP**\n--------\n|\n**CỘNG HÒA XÃ\n"
        "HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n"
        "Số: 552/KH-UBND\n|\n*Đồng Tháp,\nngày 19 tháng 11 năm 2025*\n|\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and p.issuer.name == "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"
    assert (p.number and p.number.raw, p.place, str(p.date)) == (
        "552/KH-UBND",
        "Đồng Tháp",
        "2025-11-19",
    )


def test_type_code_mismatch_warned() -> None:
    p = parse(plan_text("I. A", header="SỞ Y TẾ\n\nSố: 12/QĐ-SYT\n\nHà Nội, ngày 1/2/2024\n"))
    assert "type_code_mismatch" in codes(p)


def test_a_place_that_ends_in_a_district_number() -> None:
    header = (
        "PHÒNG GD&ĐT QUẬN 3\nTRƯỜNG THCS LÊ QUÝ ĐÔN\n\nSố: 12/KH-THCSLQĐ\n\n"
        "Quận 3, ngày 10 tháng 9 năm 2025\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert (p.place, str(p.date)) == ("Quận 3", "2025-09-10")
    assert p.issuer is not None and p.issuer.parent == "PHÒNG GD&ĐT QUẬN 3"


@pytest.mark.parametrize("rule", ["¯¯¯¯¯¯¯¯", "‾‾‾‾‾‾", "────────", "━━━━━", "═══════", "~~~~~~"])
@pytest.mark.parametrize(
    ("superior", "body", "place"),
    [
        ("UBND TỈNH BÌNH ĐỊNH", "SỞ TƯ PHÁP", "Bình Định"),
        ("SỞ Y TẾ BẮC GIANG", "BỆNH VIỆN SẢN NHI", "Bắc Giang"),
        ("BỘ CÔNG AN", "CỤC CẢNH SÁT GIAO THÔNG", "Hà Nội"),
    ],
)
def test_an_overline_or_box_drawn_rule_is_decoration(
    rule: str, superior: str, body: str, place: str
) -> None:
    # Word and PDF exports draw the rule under a header block with overlines or box-drawing
    # characters as well as with dashes and underscores.
    header = (
        f"{superior}\n{body}\n{rule}\nSố: 95/KH-ABC\n\n"
        f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{rule}\n"
        f"{place}, ngày 10 tháng 5 năm 2022\n"
    )
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (body, superior)
    assert p.place == place


def test_a_bold_rule_under_a_bold_docx_header_block_is_not_part_of_the_name() -> None:
    from docx import Document

    doc = Document()
    for text in ("UBND HUYỆN HẢI HẬU", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "¯¯¯¯¯¯¯¯¯"):
        doc.add_paragraph().add_run(text).bold = True
    for text in ("Số: 12/KH-PGDĐT", "Hải Hậu, ngày 3 tháng 9 năm 2024", "KẾ HOẠCH"):
        doc.add_paragraph(text)
    doc.add_paragraph("Tổ chức hội thi giáo viên dạy giỏi cấp huyện")
    doc.add_paragraph("I. MỤC ĐÍCH")
    doc.add_paragraph("Nâng cao chất lượng dạy học.")
    import io

    buf = io.BytesIO()
    doc.save(buf)
    p = vnplan.parse(buf.getvalue())
    assert p.issuer is not None
    assert (p.issuer.name, p.issuer.parent) == ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN HẢI HẬU")
    assert p.place == "Hải Hậu"


@pytest.mark.parametrize(
    ("block", "symbol", "name", "parent", "joint"),
    [
        (
            "UBND HUYỆN ĐẠI TỪ\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "15/KH-TNMT-GDĐT",
            "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
            "UBND HUYỆN ĐẠI TỪ",
            True,
        ),
        (
            "UBND TỈNH LONG AN\nSỞ Y TẾ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "07/KH-SYT-SGDĐT",
            "SỞ Y TẾ",
            "UBND TỈNH LONG AN",
            True,
        ),
        (
            "UBND THÀNH PHỐ VINH\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nPHÒNG NỘI VỤ",
            "22/KH-PVHTT-PNV",
            "PHÒNG VĂN HÓA VÀ THÔNG TIN",
            "UBND THÀNH PHỐ VINH",
            True,
        ),
        # A code with "&" for "VÀ", and an initial with its mark ("ỦY" gives "U").
        (
            "UBND HUYỆN KIẾN XƯƠNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nỦY BAN MẶT TRẬN TỔ QUỐC",
            "09/KH-GD&ĐT-UBMTTQ",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "UBND HUYỆN KIẾN XƯƠNG",
            True,
        ),
        # A ministry's unit code after its own code names no second body.
        (
            "BỘ CÔNG AN\nCỤC CẢNH SÁT GIAO THÔNG",
            "563/KH-BCA-C08",
            "CỤC CẢNH SÁT GIAO THÔNG",
            "BỘ CÔNG AN",
            False,
        ),
        # An office's code after its body's: one body.
        (
            "UBND TỈNH HÀ NAM\nVĂN PHÒNG UBND TỈNH",
            "18/KH-UBND-VP",
            "VĂN PHÒNG UBND TỈNH",
            "UBND TỈNH HÀ NAM",
            False,
        ),
    ],
)
def test_a_symbol_that_names_two_header_bodies_makes_a_joint_plan(
    block: str, symbol: str, name: str, parent: str, joint: bool
) -> None:
    header = f"{block}\n_______\nSố: {symbol}\n\nHà Nam, ngày 20 tháng 5 năm 2026\n"
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (name, parent)
    assert ("joint_issuers" in codes(p)) == joint


@pytest.mark.parametrize("label", ["NỘI DUNG VĂN BẢN", "Toàn văn văn bản:", "**CHI TIẾT VĂN BẢN**"])
@pytest.mark.parametrize(
    ("body", "name", "parent", "place"),
    [
        ("ỦY BAN NHÂN DÂN\nHUYỆN CAM LỘ", "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", None, "Cam Lộ"),
        ("UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ", "SỞ Y TẾ", "UBND TỈNH QUẢNG TRỊ", "Quảng Trị"),
    ],
)
def test_a_web_pages_label_over_the_document_is_not_its_issuer(
    label: str, body: str, name: str, parent: str | None, place: str
) -> None:
    # A portal prints its own label, short and upper case like an issuer line, just above
    # the document it carries.
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ\nTrang chủ | Văn bản | Hỏi đáp | Liên hệ\n\n"
        f"{label}\n\n{body}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n\nSố: 31/KH-UBND\n{place}, ngày 12 tháng 4 năm 2024\n\n"
        "KẾ HOẠCH\nTriển khai Tháng hành động vì an toàn thực phẩm năm 2024\n\n"
        "I. MỤC ĐÍCH\nBảo đảm an toàn thực phẩm.\n"
    )
    p = parse(text)
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (name, parent)
    assert p.place == place


@pytest.mark.skipif(not nlp.available(), reason="word segmentation needs underthesea")
@pytest.mark.parametrize(
    ("block", "name", "parent"),
    [
        (
            "UBND TỈNH THÁI BÌNH\nCÔNG TY TNHH MTV KHAI\nTHÁC CÔNG TRÌNH THỦY LỢI BẮC THÁI BÌNH",
            "CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI BẮC THÁI BÌNH",
            "UBND TỈNH THÁI BÌNH",
        ),
        (
            "UBND TỈNH ĐỒNG NAI\nBAN CHỈ HUY PHÒNG CHỐNG THIÊN\nTAI VÀ TÌM KIẾM CỨU NẠN",
            "BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN",
            "UBND TỈNH ĐỒNG NAI",
        ),
        # A break between two words, or before an acronym, joins nothing.
        ("UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ", "SỞ Y TẾ", "UBND TỈNH NAM ĐỊNH"),
        (
            "LĐLĐ HUYỆN YÊN PHONG\nCĐCS CÔNG TY TNHH MAY XUẤT KHẨU AN PHÚ",
            "CĐCS CÔNG TY TNHH MAY XUẤT KHẨU AN PHÚ",
            "LĐLĐ HUYỆN YÊN PHONG",
        ),
    ],
)
def test_a_line_break_inside_a_word_of_the_issuers_name(block: str, name: str, parent: str) -> None:
    header = f"{block}\n--------\nSố: 25/KH-CT\n\nThái Bình, ngày 15 tháng 4 năm 2021\n"
    p = parse(plan_text("I. A", header=header))
    assert p.issuer is not None and (p.issuer.name, p.issuer.parent) == (name, parent)


@pytest.mark.parametrize(
    ("first", "second", "symbol"),
    [
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "HUYỆN ĐOÀN CAO LÃNH", "KH-PGDĐT-HĐ"),
        ("PHÒNG VĂN HÓA VÀ THÔNG TIN", "HUYỆN ĐOÀN TAM NÔNG", "KH-VHTT-HĐ"),
        ("TRUNG TÂM Y TẾ", "HỘI CHỮ THẬP ĐỎ HUYỆN", "KH-TTYT-HCTĐ"),
    ],
)
def test_two_bodies_run_together_under_a_joint_symbol(first: str, second: str, symbol: str) -> None:
    text = (
        f"UBND HUYỆN CAO LÃNH\n{first}\n{second}\n***\nSố: 112/{symbol}\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Cao Lãnh, ngày 09 tháng 10 năm 2023\nKẾ HOẠCH\nTổ chức Hội thi cấp huyện\n\n"
        "I. MỤC ĐÍCH\n- Nâng cao kỹ năng.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (first, "UBND HUYỆN CAO LÃNH")


@pytest.mark.parametrize(
    ("first", "second", "symbol", "parent"),
    [
        # codes that leave out the head word, or a qualifier and place name
        ("HỘI CHỮ THẬP ĐỎ TỈNH NAM ĐỊNH", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH", "KH-CTĐ-LĐLĐ", None),
        (
            "BAN QUẢN LÝ RỪNG PHÒNG HỘ SÊ SAN",
            "HẠT KIỂM LÂM HUYỆN SA THẦY",
            "KH-BQLR-HKL",
            "UBND TỈNH KON TUM",
        ),
    ],
)
def test_stacked_joint_bodies_named_by_the_symbols_codes(
    first: str, second: str, symbol: str, parent: str | None
) -> None:
    above = f"{parent}\n" if parent else ""
    text = (
        f"{above}{first}\n{second}\n--------\nSố: 15/{symbol}\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Nam Định, ngày 14 tháng 3 năm 2022\nKẾ HOẠCH\nPhối hợp tổ chức hiến máu\n\n"
        "I. MỤC ĐÍCH\n- Vận động hiến máu.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (first, parent)


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["BỘ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN"], "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"),
        (["SỞ KẾ HOẠCH", "VÀ ĐẦU TƯ"], "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"),
    ],
)
def test_a_name_wrapped_at_its_va_under_a_symbol_with_an_office_code(
    lines: list[str], name: str
) -> None:
    text = (
        "\n".join(lines) + "\n--------\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 2217/KH-BNN-VP\nHà Nội, ngày 28 tháng 5 năm 2014\n"
        "KẾ HOẠCH\nKiểm tra công tác văn thư\n\nI. MỤC ĐÍCH\n- Đánh giá thực trạng.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None and plan.issuer.name == name


def test_an_eth_for_d_is_read_as_d() -> None:
    text = (
        "UBND THÀNH PHỐ BUÔN MA THUỘT\nỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP\nSố: 45/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nÐộc lập - Tự do - Hạnh phúc\n"
        "Tân Lập, ngày 10 tháng 4 năm 2023\nKẾ HOẠCH\nKiểm tra phòng cháy\n\n"
        "I. MỤC ĐÍCH\n- Phòng ngừa cháy nổ tại Ðắk Lắk.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.place == "Tân Lập"
    assert plan.purposes[0].text.endswith("Đắk Lắk.")
