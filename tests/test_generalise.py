"""Mechanisms for documents nobody here has read: made-up variants of each class (other
provinces, units, wordings, layouts), each with its full expected result."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnplan
from tests.conftest import plan_text
from vnplan.text.normalize import normalize_chars

_BODY = """
KẾ HOẠCH
{title}

Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh;

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao chất lượng công tác.
2. Yêu cầu
- Thực hiện đúng Thông tư số 05/2025/TT-BNV ngày 01/3/2025.
II. TỔ CHỨC THỰC HIỆN
1. {unit}
- Chủ trì triển khai Kế hoạch.
- Tổng hợp báo cáo kết quả.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
{signer}
"""

_HEADER = """{parent}
{issuer}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: {number}
{place}, ngày {day} tháng {month} năm 2026
"""

_CHROMES = [
    "Source: https://example.vn/van-ban/ke-hoach-{n}.aspx\nĐang tải văn bản...\n",
    "Trang chủ > Văn bản > Kế hoạch\n| Số hiệu: | {number} | Loại văn bản: | Kế hoạch |\n"
    "| Nơi ban hành: | Tỉnh {place} | Người ký: | {signer} |\n| Ngày ban hành: | 01/02/2026 |\n"
    "Tải về\nBản dịch\n",
    "---\ntitle: Kế hoạch số {number}\nurl: https://example.vn/{n}\n---\n"
    "Copyright © 2026 Cổng thông tin điện tử. All rights reserved.\n",
    "",
]

_CASES = [
    ("UBND TỈNH HÀ GIANG", "SỞ NỘI VỤ", "45/KH-SNV", "Hà Giang", "Sở Tài chính", "Lê Văn Hùng"),
    ("", "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "7/KH-UBND", "Cà Mau", "Công an tỉnh", "Trần Thị Mai"),
    ("BỘ Y TẾ", "BỆNH VIỆN BẠCH MAI", "1203/KH-BVBM", "Hà Nội", "Phòng Tổ chức cán bộ", "Ngô An"),
]


@pytest.mark.parametrize("chrome", _CHROMES)
@pytest.mark.parametrize(("parent", "issuer", "number", "place", "unit", "signer"), _CASES)
def test_a_plan_inside_a_web_page_is_read_from_its_own_header(
    chrome: str, parent: str, issuer: str, number: str, place: str, unit: str, signer: str
) -> None:
    text = (
        chrome.format(n=3, number=number, place=place, signer=signer)
        + _HEADER.format(parent=parent, issuer=issuer, number=number, place=place, day=3, month=2)
        + _BODY.format(title="Tổ chức Ngày hội đọc sách năm 2026", unit=unit, signer=signer)
    )
    plan = vnplan.parse_text(text)
    assert plan.number is not None and plan.number.raw == number
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (issuer, parent or None)
    assert (plan.place, str(plan.date)) == (place, "2026-02-03")
    assert plan.title == "Tổ chức Ngày hội đọc sách năm 2026"
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [(unit, 2)]
    assert [s.name for s in plan.signatories] == [signer]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("PHÒNG GIÁO DỤC &amp; ĐÀO TẠO", "PHÒNG GIÁO DỤC & ĐÀO TẠO"),
        ("năm học 2025&nbsp;-&nbsp;2026", "năm học 2025 - 2026"),
        ("K&#7871; ho&#x1EA1;ch", "Kế hoạch"),
        ("Sở GD&ĐT; Sở KH&CN", "Sở GD&ĐT; Sở KH&CN"),  # a bare '&' of the text stays
        ("Kế_hoạch hỗ_trợ phát_triển", "Kế hoạch hỗ trợ phát triển"),
        ("tệp bao_cao.docx", "tệp bao_cao.docx"),  # one underscore: the text's own
        ("__Kế hoạch__", "__Kế hoạch__"),  # Markdown emphasis is not segmentation
        # A front matter's keys and a file name are identifiers, in a segmented text too.
        ("so_hieu: 1\nngay_ban_hanh: 2\nnguoi_ky: 3", "so_hieu: 1\nngay_ban_hanh: 2\nnguoi_ky: 3"),
        (
            "Tải KH_tuanle_2014.doc về; Kế_hoạch hỗ_trợ Bắc_Giang",
            "Tải KH_tuanle_2014.doc về; Kế hoạch hỗ trợ Bắc Giang",
        ),
        ("an_ninh trật_tự xã_hội thương_mại.", "an ninh trật tự xã hội thương mại."),
    ],
)
def test_exported_text_is_cleaned_of_entities_and_word_segmentation(raw: str, clean: str) -> None:
    assert normalize_chars(raw) == clean


def test_a_word_segmented_plan_parses_like_the_plain_one() -> None:
    header = _HEADER.format(
        parent="UBND TỈNH NAM ĐỊNH",
        issuer="SỞ CÔNG THƯƠNG",
        number="8/KH-SCT",
        place="Nam Định",
        day=9,
        month=3,
    )
    body = _BODY.format(
        title="Hỗ trợ phát triển thương mại điện tử",
        unit="Phòng Quản lý thương mại",
        signer="Vũ Minh Tâm",
    )
    plain = vnplan.parse_text(header + body)
    segmented = vnplan.parse_text(
        (header + body)
        .replace("phát triển", "phát_triển")
        .replace("Hỗ trợ", "Hỗ_trợ")
        .replace("thương mại", "thương_mại")
        .replace("Kế hoạch", "Kế_hoạch")
    )
    for field in ("number", "issuer", "date", "title", "assignments", "signatories"):
        assert getattr(segmented, field) == getattr(plain, field), field


@pytest.mark.parametrize(
    ("sentence", "short", "full"),
    [
        (
            "Triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững (sau đây gọi tắt là "
            "Chương trình) trên địa bàn.",
            "Chương trình",
            "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
        ),
        (
            "Thực hiện Nghị định số 15/2025/NĐ-CP ngày 01/02/2025 của Chính phủ về quản lý chợ "
            "(sau đây viết tắt là Nghị định), Sở ban hành Kế hoạch.",
            "Nghị định",
            "Nghị định số 15/2025/NĐ-CP ngày 01/02/2025 của Chính phủ về quản lý chợ",
        ),
        (
            "Để thi hành Luật Thủ đô (sau đây gọi tắt là Luật), Ủy ban ban hành Kế hoạch.",
            "Luật",
            "Luật Thủ đô",
        ),
        (
            "Để hoàn thành nhiệm vụ năm 2026; các phòng, ban, trung tâm trực thuộc Sở (sau đây "
            "gọi chung là đơn vị) triển khai các nội dung sau.",
            "đơn vị",
            "các phòng, ban, trung tâm trực thuộc Sở",
        ),
        (
            "Tổ chức tập huấn về cải cách hành chính (sau đây viết tắt là CCHC) cho cán bộ.",
            "CCHC",
            "cải cách hành chính",
        ),
        # "sau đây (được) gọi là", with no "tắt"
        (
            "Gắn với thực hiện Đề án phát triển dữ liệu dân cư giai đoạn 2022 - 2025 (sau đây "
            "gọi là Đề án 06).",
            "Đề án 06",
            "Đề án phát triển dữ liệu dân cư giai đoạn 2022 - 2025",
        ),
        (
            "Triển khai Chương trình chuyển đổi số quốc gia (sau đây được gọi là Chương trình).",
            "Chương trình",
            "Chương trình chuyển đổi số quốc gia",
        ),
        # Initials that leave out the function words of their full form.
        (
            "Tăng cường công tác phòng, chống tác hại của rượu bia (sau đây gọi tắt là "
            "PCTHRB) trong cán bộ.",
            "PCTHRB",
            "phòng, chống tác hại của rượu bia",
        ),
        (
            "Kiện toàn Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã (gọi tắt là "
            "BCH PCTT-TKCN xã) trước mùa mưa bão.",
            "BCH PCTT-TKCN xã",
            "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã",
        ),
        # A short name in the other case than its full form; a head word inside a longer one
        # ("Văn phòng") is not where it starts.
        (
            "Nhà trường tổ chức ôn tập cho Kỳ thi tốt nghiệp trung học phổ thông năm 2026 "
            "(sau đây gọi tắt là kỳ thi TN THPT) như sau.",
            "kỳ thi TN THPT",
            "Kỳ thi tốt nghiệp trung học phổ thông năm 2026",
        ),
        (
            "Lịch kiểm tra do Phòng Kiểm soát thủ tục hành chính thuộc Văn phòng UBND tỉnh "
            "(sau đây gọi tắt là Phòng KSTTHC) thông báo.",
            "Phòng KSTTHC",
            "Phòng Kiểm soát thủ tục hành chính thuộc Văn phòng UBND tỉnh",
        ),
        # Acronyms joined by hyphens, the text naming more between them.
        (
            "Xây dựng Kế hoạch phòng, chống lụt, bão, giảm nhẹ thiên tai và tìm kiếm cứu nạn "
            "(viết tắt là PCLB-TKCN) năm 2026.",
            "PCLB-TKCN",
            "phòng, chống lụt, bão, giảm nhẹ thiên tai và tìm kiếm cứu nạn",
        ),
        # A programme's kind and number in bare brackets.
        (
            "Gắn với Đề án phát triển ứng dụng dữ liệu về dân cư phục vụ chuyển đổi số quốc "
            "gia (Đề án 06) theo Quyết định số 06/QĐ-TTg.",
            "Đề án 06",
            "Đề án phát triển ứng dụng dữ liệu về dân cư phục vụ chuyển đổi số quốc gia",
        ),
        (
            "Thực hiện Chương trình phát triển kinh tế - xã hội các xã đặc biệt khó khăn "
            "(Chương trình 135) năm 2026.",
            "Chương trình 135",
            "Chương trình phát triển kinh tế - xã hội các xã đặc biệt khó khăn",
        ),
        # Another language's acronym with the place it serves: the body's name from its head.
        (
            "Giao Trung tâm Kiểm soát bệnh tật tỉnh (sau đây gọi tắt là CDC Gia Lai) hướng "
            "dẫn chuyên môn.",
            "CDC Gia Lai",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
        ),
    ],
)
def test_short_names_defined_in_brackets(sentence: str, short: str, full: str) -> None:
    text = (
        _HEADER.format(
            parent="",
            issuer="ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
            number="3/KH-UBND",
            place="Bắc Kạn",
            day=1,
            month=4,
        )
        + "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nI. NỘI DUNG\n1. "
        + sentence
        + "\n"
    )
    plan = vnplan.parse_text(text)
    assert [(a.short, a.full) for a in plan.abbreviations] == [(short, full)]


def test_references_are_the_opening_part_citations_every_citation() -> None:
    text = _HEADER.format(
        parent="UBND TỈNH LONG AN",
        issuer="SỞ Y TẾ",
        number="91/KH-SYT",
        place="Long An",
        day=5,
        month=5,
    ) + _BODY.format(
        title="Phòng chống dịch bệnh năm 2026",
        unit="Trung tâm Kiểm soát bệnh tật",
        signer="Đặng Văn Lợi",
    )
    text = text.replace("Căn cứ Quyết định", "Căn cứ Luật Khám bệnh, chữa bệnh;\nCăn cứ Quyết định")
    plan = vnplan.parse_text(text)
    assert [r.raw for r in plan.references] == ["12/QĐ-UBND"]
    assert [r.raw for r in plan.citations] == [
        "Luật Khám bệnh, chữa bệnh",
        "12/QĐ-UBND",
        "05/2025/TT-BNV",
    ]


@pytest.mark.parametrize(
    ("left", "right", "doc_type", "issuer"),
    [
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ Y TẾ", "KẾ HOẠCH LIÊN NGÀNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
        ("BAN TUYÊN GIÁO TỈNH ỦY", "SỞ VĂN HÓA", "KẾ HOẠCH LIÊN TỊCH", "BAN TUYÊN GIÁO TỈNH ỦY"),
        (
            "HỘI NÔNG DÂN TỈNH",
            "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
            "KẾ HOẠCH PHỐI HỢP",
            "HỘI NÔNG DÂN TỈNH",
        ),
    ],
)
def test_a_joint_plan_is_issued_by_its_first_body(
    left: str, right: str, doc_type: str, issuer: str
) -> None:
    text = (
        f"{left}          {right}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 45/KHLN-A-B\nCần Thơ, ngày 8 tháng 9 năm 2025\n\n"
        f"{doc_type}\nChăm sóc sức khỏe học sinh năm học 2025-2026\n\nI. MỤC ĐÍCH\n- Bảo vệ.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None and (plan.issuer.name, plan.issuer.parent) == (issuer, None)
    assert "joint_issuers" in [w.code for w in plan.warnings]


def test_a_superior_over_one_body_of_a_joint_plan_stays_its_parent() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 5/KHLN-SYT\nLâm Đồng, ngày 8 tháng 9 năm 2025\n\n"
        "KẾ HOẠCH LIÊN NGÀNH\nPhòng chống dịch năm 2025\n\nI. MỤC ĐÍCH\n- Bảo vệ.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == ("SỞ Y TẾ", "UBND TỈNH LÂM ĐỒNG")


@pytest.mark.parametrize("rule", ["_______\n", "-----------\n", ""])
@pytest.mark.parametrize(
    ("superior", "first", "second"),
    [
        ("UBND TỈNH KHÁNH HÒA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ Y TẾ"),
        ("TỈNH ỦY BẾN TRE", "BAN TUYÊN GIÁO", "BAN DÂN VẬN"),
    ],
)
def test_two_issuer_blocks_one_above_the_other_are_a_joint_plan(
    rule: str, superior: str, first: str, second: str
) -> None:
    """A text export writes a side-by-side joint header block under block: each body under
    its superior, set apart by a rule or by the superior printed again."""
    text = (
        f"{superior}\n{first}\n{rule}\n{superior}\n{second}\n{rule}\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-A-B\nBến Tre, ngày 25 tháng 8 năm 2025\n\n"
        "KẾ HOẠCH\nTriển khai công tác y tế trường học\n\nI. MỤC ĐÍCH\n- Bảo vệ.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None and (plan.issuer.name, plan.issuer.parent) == (first, superior)
    assert "joint_issuers" in [w.code for w in plan.warnings]


_HEADERLESS = """{first}
Kế hoạch {title}

{who} xây dựng Kế hoạch {title} như sau:

1. Mục đích
- Khuyến khích học sinh tham gia.
2. Yêu cầu
- Tổ chức an toàn, tiết kiệm.
3. Tổ chức thực hiện
- {unit} chủ trì, phối hợp với các tổ chuyên môn tổ chức thực hiện.
"""


@pytest.mark.parametrize(
    ("first", "who", "title", "unit"),
    [
        (
            "THÔNG BÁO",
            "Trường Đại học Sư phạm Kỹ thuật Vinh",
            "tổ chức Hội nghị sinh viên nghiên cứu khoa học năm học 2025-2026",
            "Phòng Đào tạo",
        ),
        (
            "",
            "Trường Trung học phổ thông Lê Quý Đôn",
            "tổ chức Ngày hội STEM năm 2026",
            "Tổ Tin học",
        ),
        (
            "BẢN TIN NỘI BỘ",
            "Bệnh viện Đa khoa tỉnh Phú Thọ",
            "tập huấn kiểm soát nhiễm khuẩn năm 2026",
            "Khoa Kiểm soát nhiễm khuẩn",
        ),
    ],
)
def test_a_plan_with_no_header_is_the_plan_with_its_issuer_inferred(
    first: str, who: str, title: str, unit: str
) -> None:
    plan = vnplan.parse_text(_HEADERLESS.format(first=first, who=who, title=title, unit=unit))
    assert (plan.kind, plan.doc_type, plan.title) == ("plan", "KẾ HOẠCH", title)
    assert plan.issuer is not None and (plan.issuer.name, plan.issuer.inferred) == (who, True)
    codes = [w.code for w in plan.warnings]
    assert "header_missing" in codes and "issuer_inferred" in codes
    assert [x.text for x in plan.purposes] == ["Khuyến khích học sinh tham gia."]


@pytest.mark.parametrize(
    ("sentence", "issuer", "date", "title"),
    [
        (
            "Ngày 10/9/2025, UBND tỉnh Bắc Giang ban hành Kế hoạch số 209/KH-UBND về phát triển "
            "du lịch cộng đồng năm 2026.",
            "UBND tỉnh Bắc Giang",
            "2025-09-10",
            "phát triển du lịch cộng đồng năm 2026",
        ),
        (
            "Sở Giáo dục và Đào tạo vừa ký ban hành ngày 05/02/2026 Kế hoạch số 15/KH-SGDĐT tổ "
            "chức Hội khỏe Phù Đổng cấp tỉnh.",
            "Sở Giáo dục và Đào tạo",
            "2026-02-05",
            "tổ chức Hội khỏe Phù Đổng cấp tỉnh",
        ),
        (
            "UBND thành phố Đà Nẵng vừa ban hành Kế hoạch 88/KH-UBND ban hành ngày 03/4/2026 quy "
            "định tuyển chọn vận động viên năng khiếu năm 2026.",
            "UBND thành phố Đà Nẵng",
            "2026-04-03",
            "tuyển chọn vận động viên năng khiếu năm 2026",
        ),
    ],
)
def test_a_news_report_gives_the_plans_date_in_prose(
    sentence: str, issuer: str, date: str, title: str
) -> None:
    text = f"Tin tức địa phương\n\n{sentence}\n\nTheo kế hoạch, các đơn vị triển khai trong năm.\n"
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.issuer is not None and (plan.issuer.name, plan.issuer.inferred) == (issuer, True)
    assert (str(plan.date), plan.title) == (date, title)


def test_a_news_reports_quotation_of_another_document_is_not_the_plans_goals() -> None:
    text = (
        "UBND tỉnh Yên Bái vừa ban hành Kế hoạch 12/KH-UBND ban hành ngày 01/3/2026 về tuyển "
        "quân năm 2026.\n\nCăn cứ Điều 2 Thông tư 148/2018/TT-BQP quy định về nguyên tắc, yêu "
        "cầu khi gọi nhập ngũ như sau:\n\n- Thực hiện đúng pháp luật.\n- Công khai, dân chủ.\n"
    )
    plan = vnplan.parse_text(text)
    assert (plan.purposes, plan.requirements) == ([], [])


_JOINT_HEAD = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO     SỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 5/KHLN-SGDĐT-SYT\nHuế, ngày 2 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH LIÊN NGÀNH\nTiêm chủng mở rộng năm 2026\n\nI. MỤC ĐÍCH\n- Bảo vệ trẻ em.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
)
_SIDE = "{a:<32}{b}\n"


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (  # two bodies side by side, each over its head's title and name
            _SIDE.format(a="SỞ GIÁO DỤC VÀ ĐÀO TẠO", b="SỞ Y TẾ")
            + _SIDE.format(a="GIÁM ĐỐC", b="GIÁM ĐỐC")
            + "\n\n"
            + _SIDE.format(a="Nguyễn Văn An", b="Trần Thị Bình"),
            [
                (None, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "GIÁM ĐỐC", "Nguyễn Văn An"),
                (None, "SỞ Y TẾ", "GIÁM ĐỐC", "Trần Thị Bình"),
            ],
        ),
        (  # the same blocks one under the other
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nGIÁM ĐỐC\n\nNguyễn Văn An\n\n"
            "BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\nLò Thị Hoa\n",
            [
                (None, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "GIÁM ĐỐC", "Nguyễn Văn An"),
                (None, "BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Lò Thị Hoa"),
            ],
        ),
        (  # a body over KT.: the last authority line is the one that counts
            _SIDE.format(a="SỞ Y TẾ", b="SỞ GIÁO DỤC VÀ ĐÀO TẠO")
            + _SIDE.format(a="KT. GIÁM ĐỐC", b="KT. GIÁM ĐỐC")
            + _SIDE.format(a="PHÓ GIÁM ĐỐC", b="PHÓ GIÁM ĐỐC")
            + "\n"
            + _SIDE.format(a="Đinh Văn Sơn", b="Phan Thị Yến"),
            [
                ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đinh Văn Sơn"),
                ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Thị Yến"),
            ],
        ),
        (  # the signer's other office printed under the name is no second signer
            "TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nHoàng Minh Đức\nPHÓ CHỦ TỊCH UBND TỈNH\n",
            [("TM.", "BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Hoàng Minh Đức")],
        ),
        (  # a document appended after the signature is not a second block
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n\nỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHỤ LỤC\n",
            [("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An")],
        ),
    ],
)
def test_joint_signature_blocks(closing: str, expected: list[tuple[object, ...]]) -> None:
    plan = vnplan.parse_text(_JOINT_HEAD + closing)
    got = [(s.authority, s.on_behalf_of, s.position, s.name) for s in plan.signatories]
    assert got == expected


@pytest.mark.parametrize(
    "label",
    [
        "Đơn vị chủ trì tham mưu thực hiện",
        "Cơ quan chủ trì thực hiện",
        "Đơn vị chủ trì",
        "Bộ phận chủ trì triển khai",
    ],
)
def test_field_lines_name_the_lead_whatever_words_say_what_it_does(label: str) -> None:
    text = _HEADER.format(
        parent="UBND TỈNH AN GIANG",
        issuer="SỞ TƯ PHÁP",
        number="9/KH-STP",
        place="An Giang",
        day=6,
        month=1,
    ) + (
        "KẾ HOẠCH\nPhổ biến pháp luật năm 2026\n\nI. NHIỆM VỤ\n1. Tổ chức tập huấn\n"
        f"{label}: Phòng Phổ biến pháp luật.\nĐơn vị phối hợp thực hiện: Sở Nội vụ.\n"
        "Thời gian thực hiện: Quý II năm 2026.\n"
    )
    plan = vnplan.parse_text(text)
    got = [(a.unit.name, [(t.origin, t.coordinating) for t in a.tasks]) for a in plan.assignments]
    assert got == [("Phòng Phổ biến pháp luật", [("sentence", ["Sở Nội vụ"])])]


def test_a_one_cell_per_line_table_in_a_page_with_no_blank_lines() -> None:
    """Page exports that keep no blank line: the signature's cells run on into the appendix's
    title and its table header; "| TT |" still opens the header row."""
    cells = [
        "**TT**",
        "**Nội dung thực\nhiện**",
        "**Cơ quan chủ trì**",
        "**Cơ quan phối hợp**",
        "**Thời gian hoàn\nthành**",
        "|",
        "1",
        "Tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã",
        "Sở Nội vụ",
        "Các sở, ngành",
        "Quý I/2026",
        "|",
        "2",
        "Kiểm tra việc thực hiện tại các địa phương",
        "Thanh tra tỉnh; Sở Nội vụ",
        "UBND cấp xã",
        "Quý III/2026",
    ]
    text = _HEADER.format(
        parent="",
        issuer="ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
        number="4/KH-UBND",
        place="Điện Biên",
        day=2,
        month=1,
    ) + (
        "KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\n- Nâng cao hiệu quả.\n|\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Mừng\n|\n"
        "** **\n**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n*(Kèm theo Kế hoạch số 4/KH-UBND)*\n|\n"
        + "\n|\n".join(cells)
        + "\n|\n"
    )
    plan = vnplan.parse_text(text)
    got = [(a.unit.name, [t.via for t in a.tasks]) for a in plan.assignments]
    assert got == [("Sở Nội vụ", ["table", "table"]), ("Thanh tra tỉnh", ["table"])]


_PAGE = (
    "Source: https://example.vn/van-ban/{n}.aspx\nĐang tải văn bản...\n"
    "| Số hiệu: | {page_number} | Loại văn bản: | Kế hoạch |\n"
    "| Nơi ban hành: | Tỉnh Sơn La | Người ký: | {page_signer} |\n"
    "| Ngày ban hành: | {page_date} | Tình trạng: | Đã biết |\n\n"
)


@pytest.mark.parametrize(
    ("page", "doc_number", "expected_number", "codes"),
    [
        (("21/KH-UBND", "Cầm Ngọc Minh", "05/01/2026"), "21/KH-UBND", "21/KH-UBND", []),
        (("21/KH-UBND", "Cầm Ngọc Minh", "05/01/2026"), None, "21/KH-UBND", ["number_from_page"]),
        (
            ("22/KH-UBND", "Lò Văn Hải", "06/01/2026"),
            "21/KH-UBND",
            "21/KH-UBND",
            ["page_metadata_disagrees"] * 3,
        ),
    ],
)
def test_the_pages_metadata_table_is_evidence_not_the_document(
    page: tuple[str, str, str], doc_number: str | None, expected_number: str, codes: list[str]
) -> None:
    head = _HEADER.format(
        parent="",
        issuer="ỦY BAN NHÂN DÂN TỈNH SƠN LA",
        number=doc_number or "",
        place="Sơn La",
        day=5,
        month=1,
    )
    if doc_number is None:
        head = head.replace("Số: \n", "")
    text = _PAGE.format(n=1, page_number=page[0], page_signer=page[1], page_date=page[2]) + head
    text += _BODY.format(
        title="Phát triển rừng năm 2026",
        unit="Sở Nông nghiệp và Môi trường",
        signer="Cầm Ngọc Minh",
    )
    plan = vnplan.parse_text(text)
    assert plan.number is not None and plan.number.raw == expected_number
    assert str(plan.date) == "2026-01-05"
    assert plan.issuer is not None and plan.issuer.name == "ỦY BAN NHÂN DÂN TỈNH SƠN LA"
    assert [w.code for w in plan.warnings if w.code.endswith(("_from_page", "disagrees"))] == codes


def test_a_performer_field_written_in_clauses_gives_each_doer_the_task() -> None:
    text = _HEADER.format(
        parent="",
        issuer="THỦ TƯỚNG CHÍNH PHỦ",
        number="12/QĐ-TTg",
        place="Hà Nội",
        day=9,
        month=2,
    ) + (
        "KẾ HOẠCH\nTriển khai thi hành Luật Dữ liệu\n\nI. NỘI DUNG\n1. Rà soát văn bản quy phạm "
        "pháp luật\n- Cơ quan thực hiện: Bộ Khoa học và Công nghệ tiến hành rà soát các văn bản "
        "thuộc thẩm quyền; Ủy ban nhân dân các tỉnh rà soát văn bản của địa phương.\n"
    )
    plan = vnplan.parse_text(text)
    got = [(a.unit.name, [t.text for t in a.tasks]) for a in plan.assignments]
    assert got == [
        ("Bộ Khoa học và Công nghệ", ["Rà soát văn bản quy phạm pháp luật"]),
        ("Ủy ban nhân dân các tỉnh", ["Rà soát văn bản quy phạm pháp luật"]),
    ]


@pytest.mark.parametrize(
    ("body", "purposes", "requirements"),
    [
        (
            "1. Mục đích\na) Nâng cao nhận thức của cán bộ. b) Tăng cường kỷ luật hành chính. "
            "c) Đổi mới phương thức làm việc.\n2. Yêu cầu\n- Bảo đảm đúng tiến độ.\n",
            [
                "Nâng cao nhận thức của cán bộ.",
                "Tăng cường kỷ luật hành chính.",
                "Đổi mới phương thức làm việc.",
            ],
            ["Bảo đảm đúng tiến độ."],
        ),
        (
            "1. Mục đích\n- Nâng cao nhận thức của cán bộ; - Tăng cường kỷ luật hành chính.\n"
            "2. Yêu cầu\n+ Bảo đảm đúng tiến độ; + Tiết kiệm, hiệu quả.\n",
            ["Nâng cao nhận thức của cán bộ;", "Tăng cường kỷ luật hành chính."],
            ["Bảo đảm đúng tiến độ;", "Tiết kiệm, hiệu quả."],
        ),
        (
            "1. Mục đích: Nâng cao nhận thức của cán bộ. 2. Yêu cầu: Bảo đảm đúng tiến độ.\n",
            ["Nâng cao nhận thức của cán bộ."],
            ["Bảo đảm đúng tiến độ."],
        ),
        (  # a citation of a point of a clause is no list marker
            "1. Mục đích\n- Thực hiện theo điểm a) khoản 2. b) Quy định khác.\n",
            ["Thực hiện theo điểm a) khoản 2. b) Quy định khác."],
            [],
        ),
    ],
)
def test_items_a_converter_ran_together_are_split(
    body: str, purposes: list[str], requirements: list[str]
) -> None:
    text = (
        _HEADER.format(
            parent="",
            issuer="ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
            number="3/KH-UBND",
            place="Nam Định",
            day=1,
            month=4,
        )
        + "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        + body
    )
    plan = vnplan.parse_text(text)
    assert [x.text for x in plan.purposes] == purposes
    assert [x.text for x in plan.requirements] == requirements


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Bắc Ninh ngày 5 tháng 3 năm 2026", "Bắc Ninh", "2026-03-05"),
        ("Bắc Ninh, ngày 05/3/2026", "Bắc Ninh", "2026-03-05"),
        ("Bắc Ninh, ngày 05.3.2026", "Bắc Ninh", "2026-03-05"),
        ("Bắc Ninh, Ngày 5 Tháng 3 Năm 2026", "Bắc Ninh", "2026-03-05"),
        ("TP. Hồ Chí Minh ngày 5 tháng 3 năm 2026", "TP. Hồ Chí Minh", "2026-03-05"),
        ("Hà Giang, ngày14 tháng3 năm 2026", "Hà Giang", "2026-03-14"),
    ],
)
def test_place_and_date_lines_as_offices_print_them(line: str, place: str, date: str) -> None:
    text = (
        "UBND TỈNH BẮC NINH\nSỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-STC\n{line}\n\nKẾ HOẠCH\nTổng kết năm 2025\n"
    )
    plan = vnplan.parse_text(text)
    assert (plan.place, str(plan.date)) == (place, date)


@pytest.mark.parametrize(
    "type_line",
    [
        "KẾ HOẠCH\nTổ chức hội nghị tổng kết năm 2025",
        "KẾ HOẠCH Tổ chức hội nghị tổng kết năm 2025",
        "KẾ HOẠCH: Tổ chức hội nghị tổng kết năm 2025",
        "**KẾ HOẠCH** Tổ chức hội nghị tổng kết năm 2025",
        "K Ế  H O Ạ C H\nTổ chức hội nghị tổng kết năm 2025",
        "Kế hoạch\nTổ chức hội nghị tổng kết năm 2025",
    ],
)
def test_the_document_type_line_as_writers_set_it(type_line: str) -> None:
    text = (
        "UBND TỈNH BẮC NINH\nSỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-STC\nBắc Ninh, ngày 5 tháng 3 năm 2026\n\n"
        f"{type_line}\n\nI. MỤC ĐÍCH\n- Đánh giá kết quả.\n"
    )
    plan = vnplan.parse_text(text)
    assert (plan.kind, plan.doc_type, plan.title) == (
        "plan",
        "KẾ HOẠCH",
        "Tổ chức hội nghị tổng kết năm 2025",
    )
    assert plan.number is not None and plan.number.raw == "12/KH-STC"


@pytest.mark.parametrize(
    "unit",
    [
        "Báo và Phát thanh, Truyền hình tỉnh",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
    ],
)
def test_a_headed_unit_whose_name_has_a_comma_leads_in_a_sentence(unit: str) -> None:
    text = _HEADER.format(
        parent="",
        issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
        number="5/KH-UBND",
        place="Quảng Nam",
        day=3,
        month=1,
    ) + (
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n"
        "1. Xây dựng chuyên mục trên sóng truyền hình\n"
        f"{unit} chủ trì, phối hợp với các sở tổ chức chương trình đối thoại hằng tháng.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        f"1. {unit}\n- Bố trí thời lượng phát sóng.\n"
        "2. Sở Nội vụ\n- Cung cấp nội dung tuyên truyền. Cơ quan chủ trì Chương trình, cơ "
        "quan chủ trì dự án báo cáo kết quả.\n"
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: sorted(t.origin for t in a.tasks) for a in plan.assignments}
    assert got == {unit: ["section", "sentence"], "Sở Nội vụ": ["section"]}


_PEOPLE_PLAN = (
    "ỦY BAN BẦU CỬ HUYỆN MINH HÓA\nTIỂU BAN TUYÊN TRUYỀN\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 04/KH-TBTT\nMinh Hóa, ngày 9 tháng 12 năm 2025\n"
    "KẾ HOẠCH\nTuyên truyền cuộc bầu cử\n\nI. MỤC ĐÍCH, YÊU CẦU\n- Tuyên truyền rộng rãi.\n"
    "II. TỔ CHỨC THỰC HIỆN\n{items}"
)


def _item_then_another(item: str) -> list[tuple[str, int]]:
    """The units and task counts of ``item`` numbered 1, a known unit's item numbered 2."""
    items = f"1. {item}\n2. Phòng Văn hóa - Thông tin huyện: In ấn khẩu hiệu.\n"
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    return [(a.unit.name, len(a.tasks)) for a in plan.assignments]


@pytest.mark.parametrize(
    ("item", "name"),
    [
        # a body named by what it does, inside a person's post
        (
            "Đồng chí Trưởng Ban tổ chức Huyện ủy - Trưởng Tiểu ban: Phụ trách chung.",
            "Đồng chí Trưởng Ban tổ chức Huyện ủy - Trưởng Tiểu ban",
        ),
        (
            "Đồng chí Phó Trưởng ban tuyên giáo - Ủy viên: Biên tập tài liệu.",
            "Đồng chí Phó Trưởng ban tuyên giáo - Ủy viên",
        ),
        ("Ban tổ chức Hội nghị chủ trì chuẩn bị hội trường.", "Ban tổ chức Hội nghị"),
        # where a collective's members are
        (
            "Các thành viên khác trong tiểu ban căn cứ nhiệm vụ được giao chủ động thực hiện.",
            "Các thành viên khác trong tiểu ban",
        ),
        ("Các đơn vị trong ngành chủ động phối hợp thực hiện.", "Các đơn vị trong ngành"),
    ],
)
def test_people_and_bodies_named_by_function_keep_their_whole_name(item: str, name: str) -> None:
    assert _item_then_another(item) == [(name, 1), ("Phòng Văn hóa - Thông tin huyện", 1)]


@pytest.mark.parametrize(
    ("steps", "start", "end"),
    [
        (
            "- Từ ngày 04/02/2026: họp hướng dẫn.\n- Từ ngày 05/02/2026 - 08/02/2026: tổ chức "
            "hội nghị.\n",
            (2026, 2, 4),
            (2026, 2, 8),
        ),
        (
            "- Ngày 10/3/2026: khai mạc.\n- Từ ngày 11/3/2026 đến ngày 20/3/2026: thi đấu.\n"
            "- Ngày 25/3/2026: tổng kết.\n",
            (2026, 3, 10),
            (2026, 3, 25),
        ),
    ],
)
def test_a_time_section_of_dated_steps_runs_from_the_first_to_the_last(
    steps: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    text = (
        _HEADER.format(
            parent="",
            issuer="ỦY BAN NHÂN DÂN XÃ TÂN AN",
            number="7/KH-UBND",
            place="Tân An",
            day=12,
            month=1,
        )
        + "KẾ HOẠCH\nTổ chức giải thể thao mùa xuân\n\nI. NỘI DUNG\n- Thi đấu bóng chuyền.\n"
        + "II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: theo lịch sau:\n"
        + steps
        + "2. Địa điểm: Nhà văn hóa xã.\n"
    )
    period = vnplan.parse_text(text).period
    assert period is not None and period.start is not None and period.end is not None
    assert (period.start.year, period.start.month, period.start.day) == start
    assert (period.end.year, period.end.month, period.end.day) == end


@pytest.mark.parametrize(
    ("item", "name", "task"),
    [
        # a verb of the task class after a name that can end there
        (
            "Sở Tài chính và Ủy ban nhân dân các huyện, thị xã bố trí kinh phí thực hiện.",
            "Sở Tài chính và Ủy ban nhân dân các huyện, thị xã",
            "bố trí kinh phí thực hiện",
        ),
        (
            "Hội đồng Thi đua - Khen thưởng các cấp lựa chọn, biểu dương điển hình.",
            "Hội đồng Thi đua - Khen thưởng các cấp",
            "lựa chọn, biểu dương điển hình",
        ),
        (
            "Các phòng, ban, đơn vị liên quan rà soát số liệu và gửi về Văn phòng.",
            "Các phòng, ban, đơn vị liên quan",
            "rà soát số liệu và gửi về Văn phòng",
        ),
        # a list of bodies longer than a sentence-like name, each part short
        (
            "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường "
            "chịu trách nhiệm thực hiện Kế hoạch này.",
            "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường",
            "chịu trách nhiệm thực hiện Kế hoạch này",
        ),
    ],
)
def test_a_task_verb_ends_a_unit_name_where_the_name_can_end(
    item: str, name: str, task: str
) -> None:
    items = f"1. {item}\n2. Phòng Văn hóa - Thông tin huyện: In ấn khẩu hiệu.\n"
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    got = [(a.unit.name, [t.text for t in a.tasks]) for a in plan.assignments]
    assert got == [(name, [task]), ("Phòng Văn hóa - Thông tin huyện", ["In ấn khẩu hiệu."])]


@pytest.mark.parametrize(
    "name",
    [
        # inside a noun phrase the verb describes the members, not their task
        "Các tổ chức cung cấp dịch vụ chi trả",
        "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội",
        "Trung tâm phục vụ hành chính công xã",
    ],
)
def test_a_task_verb_inside_a_noun_phrase_keeps_the_name_whole(name: str) -> None:
    items = f"1. {name}:\n- Rà soát hồ sơ.\n- Báo cáo kết quả.\n"
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [(name, 2)]


@pytest.mark.parametrize("dots", ["….................................", "...........", "------"])
def test_a_dotted_out_cell_is_an_empty_one_that_ends_its_row(dots: str) -> None:
    rows = [
        ["**TT**", "**Nội dung**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian**"],
        ["1", "Rà soát quy chế phối hợp", "Sở Xây dựng", "Các sở, ngành", "Quý I/2026"],
        ["2", "Thành lập Quỹ phòng thủ dân sự", "Sở Tài chính", "Sở Nội vụ", "2026"],
        ["3", "Hướng dẫn thống kê", "Sở Tài chính", "Cơ quan liên quan", "2026"],
    ]
    lines: list[str] = []
    for i, row in enumerate(rows):
        # the exporter's empty first cell of each row; before row 2 it is dotted out
        lines += ["|", dots if i == 2 else "", "|"] if i == 2 else ["|", "|"]
        lines += [x for cell in row for x in (cell, "|")][:-1]
    body = "\n".join(ln for ln in lines if ln != "") + "\n|\n"
    text = _HEADER.format(
        parent="",
        issuer="ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
        number="9/KH-UBND",
        place="Hà Giang",
        day=5,
        month=2,
    ) + (
        "KẾ HOẠCH\nTriển khai Nghị định về phòng thủ dân sự\nI. MỤC ĐÍCH\n- Thống nhất.\n"
        "II. NHIỆM VỤ\n*(Chi tiết tại Phụ lục)*\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + body
    )
    plan = vnplan.parse_text(text)
    got = [(a.unit.name, len(a.tasks)) for a in plan.assignments]
    assert got == [("Sở Xây dựng", 1), ("Sở Tài chính", 2)]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Hiệu trưởng", "Hiệu trưởng"),
        ("Chi ủy chi bộ", "Chi ủy chi bộ"),
        ("Kế toán nhà trường:", "Kế toán nhà trường"),
        ("Đề nghị Ban đại diện cha mẹ học sinh", "Ban đại diện cha mẹ học sinh"),
        ("Quản đốc các phân xưởng", "Quản đốc các phân xưởng"),
        ("Khoa Hồi sức tích cực", "Khoa Hồi sức tích cực"),
        ("Mỗi đảng viên trong chi bộ", "Mỗi đảng viên trong chi bộ"),
        ("Bộ môn Kế toán tài chính", "Bộ môn Kế toán tài chính"),
        ("Chi đoàn giáo viên", "Chi đoàn giáo viên"),
    ],
)
def test_a_heading_parallel_to_unit_headings_names_a_performer(heading: str, name: str) -> None:
    items = (
        "1. Phòng Văn hóa - Thông tin huyện\n- In ấn khẩu hiệu.\n"
        f"2. {heading}\n- Rà soát danh sách.\n- Báo cáo kết quả.\n"
    )
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [
        ("Phòng Văn hóa - Thông tin huyện", 1),
        (name, 2),
    ]


@pytest.mark.parametrize(
    "heading",
    ["Kinh phí thực hiện", "Chế độ báo cáo", "Tuyên truyền trên các phương tiện", "Cấp huyện"],
)
def test_a_task_or_topic_heading_among_unit_headings_names_no_one(heading: str) -> None:
    items = (
        "1. Phòng Văn hóa - Thông tin huyện\n- In ấn khẩu hiệu.\n"
        f"2. {heading}\n- Thực hiện theo quy định.\n"
    )
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    assert [a.unit.name for a in plan.assignments] == ["Phòng Văn hóa - Thông tin huyện"]


def test_headings_with_no_unit_among_them_are_not_performers() -> None:
    """Without one heading the vocabulary knows as a unit, a list of noun headings is a list
    of topics ("1. Thu ngân sách", "2. Chi ngân sách")."""
    items = "1. Thu ngân sách\n- Tăng 10%.\n2. Chi ngân sách địa phương\n- Tiết kiệm 5%.\n"
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    assert plan.assignments == []


def test_a_pipe_table_without_outer_bars_is_a_task_table() -> None:
    rows = (
        "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
        "1 | Tổ chức hội nghị triển khai | Ban Tuyên giáo Hội LHPN huyện | Hội LHPN các xã "
        "| Tháng 3/2026\n"
        "2 | Khảo sát hộ gia đình | Hội LHPN các xã, thị trấn | Chi hội các ấp | Quý II/2026\n"
        "3 | Tập huấn kỹ năng | Ban Tuyên giáo Hội LHPN huyện | Trung tâm Y tế | Tháng 5/2026\n"
    )
    text = _HEADER.format(
        parent="HỘI LHPN TỈNH ĐỒNG THÁP",
        issuer="HỘI LHPN HUYỆN THÁP MƯỜI",
        number="9/KH-HPN",
        place="Tháp Mười",
        day=16,
        month=3,
    ) + (
        "KẾ HOẠCH\nThực hiện Cuộc vận động năm 2026\nI. MỤC ĐÍCH\n- Nâng cao nhận thức.\n"
        "II. PHÂN CÔNG NHIỆM VỤ\n\n" + rows
    )
    plan = vnplan.parse_text(text)
    got = [(a.unit.name, [t.via for t in a.tasks]) for a in plan.assignments]
    assert got == [
        ("Ban Tuyên giáo Hội LHPN huyện", ["table", "table"]),
        ("Hội LHPN các xã, thị trấn", ["table"]),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("trong tháng 4 và tháng 5 năm 2021", (2021, 4), (2021, 5)),
        ("các tháng 10, 11 và 12 năm 2025", (2025, 10), (2025, 12)),
        ("tháng 9 - 12/2026", (2026, 9), (2026, 12)),
    ],
)
def test_months_that_share_one_year_are_a_range(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    from vnplan.extract.dates import find_range

    rng = find_range(text)
    assert rng is not None and rng[0] is not None and rng[1] is not None
    assert ((rng[0].year, rng[0].month), (rng[1].year, rng[1].month)) == (start, end)


def test_rounds_dated_by_their_own_time_field_under_one_period_line() -> None:
    """The plan's "Thời gian <việc>: ..." line stands above each round's "- Thời gian:"."""
    text = _HEADER.format(
        parent="ĐẢNG BỘ HUYỆN YÊN THẾ",
        issuer="ĐẢNG ỦY XÃ TAM HIỆP",
        number="12-KH/ĐU",
        place="Tam Hiệp",
        day=2,
        month=4,
    ) + (
        "KẾ HOẠCH\nHọc tập, quán triệt Nghị quyết\nI. MỤC ĐÍCH, YÊU CẦU\n- Nắm vững nội dung.\n"
        "II. NỘI DUNG\n1. Thời gian, hình thức\n"
        "Thời gian học tập: trong tháng 4 và tháng 5 năm 2026, chia làm 02 đợt:\n"
        "a) Đợt 1: Hội nghị cán bộ chủ chốt\n- Thành phần: cán bộ chủ chốt.\n"
        "- Thời gian: 01 ngày, ngày 20/4/2026.\n"
        "b) Đợt 2: Học tập tại các chi bộ\n- Thời gian: từ ngày 26/4/2026 đến ngày 15/5/2026.\n"
        "- Địa điểm: nhà văn hóa thôn.\n"
    )
    plan = vnplan.parse_text(text)
    got = [(p.label, str(p.start), str(p.end)) for p in plan.phases]
    assert got == [("Đợt 1", "2026-04-20", "2026-04-20"), ("Đợt 2", "2026-04-26", "2026-05-15")]
    assert plan.period is not None
    assert (str(plan.period.start), str(plan.period.end)) == ("2026-04", "2026-05")


@pytest.mark.parametrize(
    "unit",
    ["Trung tâm Dịch vụ tổng hợp xã", "Phòng Kế hoạch tổng hợp", "Trung tâm Phát triển quỹ đất"],
)
def test_a_name_whose_last_words_are_a_verb_leads_a_sentence(unit: str) -> None:
    """A verb inside a name ("tổng hợp", "phát triển") followed by nothing but the name's
    closing words is the name's, not a clause's."""
    text = _PEOPLE_PLAN.format(items="1. Phòng Văn hóa - Thông tin huyện\n- In ấn khẩu hiệu.\n")
    text = text.replace(
        "II. TỔ CHỨC THỰC HIỆN",
        f"II. HÌNH THỨC\n- Tuyên truyền trực quan: {unit} chủ trì treo băng rôn tại trung tâm."
        "\nIII. TỔ CHỨC THỰC HIỆN",
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: [t.origin for t in a.tasks] for a in plan.assignments}
    assert got[unit] == ["sentence"]


def test_a_lead_field_may_list_its_units_with_semicolons() -> None:
    text = _HEADER.format(
        parent="",
        issuer="ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
        number="21/KH-UBND",
        place="Bắc Giang",
        day=9,
        month=2,
    ) + (
        "KẾ HOẠCH\nPhổ biến pháp luật năm 2026\nI. MỤC ĐÍCH\n- Nâng cao nhận thức.\n"
        "II. NHIỆM VỤ\n1. Xây dựng chuyên mục phổ biến pháp luật\n"
        "Đơn vị chủ trì thực hiện: Đài Phát thanh và Truyền hình tỉnh; Sở Tư pháp, các cơ "
        "quan, đơn vị, địa phương.\nĐơn vị phối hợp: Sở Văn hóa; Công an tỉnh.\n"
        "Thời gian thực hiện: Hằng năm.\n"
    )
    plan = vnplan.parse_text(text)
    assert [(a.unit.name, [t.via for t in a.tasks]) for a in plan.assignments] == [
        ("Đài Phát thanh và Truyền hình tỉnh", ["field"]),
        ("Sở Tư pháp", ["field"]),
        ("các cơ quan, đơn vị, địa phương", ["field"]),
    ]


_ARTICLE = (
    "(Báo Bình Phước) - Ủy ban nhân dân tỉnh Bình Phước vừa ban hành Kế hoạch số "
    "77/KH-UBND ngày 2/4/2026 về phòng, chống dịch bệnh năm 2026.\n\n"
    "Kế hoạch yêu cầu tổ chức 2 đợt chiến dịch vệ sinh môi trường. {phases}\n\n"
    "Để triển khai kế hoạch, UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các sở, ngành "
    "tổ chức thực hiện.\n\n{passive}\n\n{levels}\n"
)


def test_a_news_report_gives_phases_and_leads_in_its_sentences() -> None:
    text = _ARTICLE.format(
        phases="Đợt 1 từ ngày 10/5 đến ngày 25/5/2026; Đợt 2 từ ngày 5/8 đến ngày 20/8/2026, "
        "tập trung vào các xã có ổ dịch cũ.",
        passive="Sở Giáo dục và Đào tạo được giao chỉ đạo các trường học tổ chức tuyên truyền.",
        levels="UBND các huyện, thị xã, thành phố là cơ quan chủ trì tổ chức chiến dịch trên "
        "địa bàn.",
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert [(p.label, str(p.start), str(p.end)) for p in plan.phases] == [
        ("Đợt 1", "2026-05-10", "2026-05-25"),
        ("Đợt 2", "2026-08-05", "2026-08-20"),
    ]
    assert [(a.unit.name, [t.origin for t in a.tasks]) for a in plan.assignments] == [
        ("Sở Y tế", ["sentence"]),
        ("Sở Giáo dục và Đào tạo", ["sentence"]),
        ("UBND các huyện, thị xã, thành phố", ["sentence"]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Các đơn vị được giao thực hiện các nhiệm vụ thuộc Kế hoạch lập dự toán kinh phí.",
        "Sở Văn hóa sử dụng nguồn kinh phí được giao năm 2026 cho các hoạt động.",
        "Chỉ có một đợt. Đợt 1 từ ngày 10/5 đến ngày 25/5/2026.",
    ],
)
def test_what_names_no_lead_and_no_stages(sentence: str) -> None:
    text = _ARTICLE.format(phases="", passive=sentence, levels="")
    plan = vnplan.parse_text(text)
    assert [a.unit.name for a in plan.assignments] == ["Sở Y tế"]
    assert plan.phases == []


def test_a_news_report_lists_the_purposes_then_the_requirements() -> None:
    text = (
        "(TTXVN) - Ngày 12/7/2026, Ban Thường vụ Tỉnh ủy Hà Giang ban hành Kế hoạch 41-KH/TU "
        "thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\n\n"
        "Kế hoạch được xây dựng trên cơ sở Chỉ thị số 05-CT/TW và Hướng dẫn số 19-HD/BTGTW "
        "của Ban Tuyên giáo Trung ương.\n\nKế hoạch nêu rõ mục đích:\n"
        "+ Quán triệt sâu rộng nội dung Chỉ thị đến cán bộ, đảng viên;\n"
        "+ Tạo chuyển biến về nhận thức và hành động.\n\nYêu cầu đặt ra là:\n"
        "+ Việc học tập phải được tiến hành nghiêm túc;\n"
        "+ Người đứng đầu phải gương mẫu.\n\n"
        "Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy chủ trì biên soạn tài liệu. Giao "
        "các cấp ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch cụ thể.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert [p.text[:10] for p in plan.purposes] == ["Quán triệt", "Tạo chuyển"]
    assert [r.text[:10] for r in plan.requirements] == ["Việc học t", "Người đứng"]
    assert [r.raw for r in plan.references] == ["05-CT/TW", "19-HD/BTGTW"]
    assert [a.unit.name for a in plan.assignments] == [
        "Ban Tuyên giáo Tỉnh ủy",
        "các cấp ủy trực thuộc Tỉnh ủy",
    ]


def test_a_school_news_page_reports_its_own_plan_not_the_one_it_implements() -> None:
    text = (
        "TRƯỜNG THCS NGUYỄN DU\nTrang chủ | Tin tức | Liên hệ\n"
        "TRIỂN KHAI KẾ HOẠCH PHÒNG CHỐNG ĐUỐI NƯỚC NĂM 2026\n"
        "Người đăng: Lê Thị Hoa    Ngày đăng: 20/03/2026\n"
        "Thực hiện Kế hoạch số 512/KH-SGDĐT ngày 2/3/2026 của Sở Giáo dục và Đào tạo, Trường "
        "THCS Nguyễn Du đã xây dựng và ban hành Kế hoạch số 18/KH-THCS ngày 15/3/2026 về "
        "phòng, chống đuối nước cho học sinh.\n"
        "Mục tiêu của kế hoạch là “100% học sinh được trang bị kỹ năng an toàn khi ở dưới "
        "nước”.\n"
        "Hiệu trưởng giao Tổng phụ trách Đội chủ trì tổ chức các buổi ngoại khóa. Giáo viên "
        "chủ nhiệm các lớp được giao tuyên truyền đến học sinh và phụ huynh.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.number is not None and plan.number.raw == "18/KH-THCS"
    assert str(plan.date) == "2026-03-15"
    assert plan.issuer is not None and plan.issuer.name == "Trường THCS Nguyễn Du"
    assert [p.text for p in plan.purposes] == [
        "100% học sinh được trang bị kỹ năng an toàn khi ở dưới nước"
    ]
    assert [a.unit.name for a in plan.assignments] == [
        "Tổng phụ trách Đội",
        "Giáo viên chủ nhiệm các lớp",
    ]


@pytest.mark.parametrize(
    "when",
    [
        "Kế hoạch được triển khai trong giai đoạn 2021 - 2025, với trọng tâm là 5 nhóm sản phẩm.",
        "Các huyện đã vào cuộc. Thời gian thực hiện kế hoạch từ năm 2021 đến hết năm 2025.",
    ],
)
@pytest.mark.parametrize(
    ("mention", "issuer"),
    [
        (
            "Triển khai Kế hoạch 61/KH-UBND của UBND tỉnh Yên Bái thực hiện Đề án",
            "UBND tỉnh Yên Bái",
        ),
        (
            "Thực hiện Kế hoạch số 15-KH/TU ngày 3/2/2021 của Tỉnh ủy Sơn La về tái cơ cấu",
            "Tỉnh ủy Sơn La",
        ),
    ],
)
def test_a_news_report_names_the_issuer_after_the_number_and_the_period_in_prose(
    mention: str, issuer: str, when: str
) -> None:
    text = (
        "Yên Bái: Tái cơ cấu nông nghiệp từ sản phẩm chủ lực\n\n"
        f"{mention}, sau nửa năm các huyện đã hình thành vùng sản xuất tập trung.\n\n"
        f"{when}\n\n"
        "Giao Sở Kế hoạch và Đầu tư chủ trì cân đối các nguồn vốn.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.issuer is not None and (plan.issuer.name, plan.issuer.inferred) == (issuer, True)
    assert plan.period is not None
    assert (str(plan.period.start), str(plan.period.end)) == ("2021", "2025")


@pytest.mark.parametrize(
    ("positions", "names", "expected"),
    [
        (
            "ĐIỀU DƯỠNG TRƯỞNG KHOA                 TRƯỞNG KHOA",
            "Vũ Thị Lan                             Phạm Quốc Hưng",
            [("ĐIỀU DƯỠNG TRƯỞNG KHOA", "Vũ Thị Lan"), ("TRƯỞNG KHOA", "Phạm Quốc Hưng")],
        ),
        ("HIỆU TRƯỞNG", "Nguyễn Thị Mai", [("HIỆU TRƯỞNG", "Nguyễn Thị Mai")]),
    ],
)
def test_a_headerless_plan_signed_without_authority_before_its_recipients(
    positions: str, names: str, expected: list[tuple[str, str]]
) -> None:
    text = (
        "KẾ HOẠCH\nKiểm soát nhiễm khuẩn năm 2026\n\n"
        "Khoa Hồi sức tích cực xây dựng Kế hoạch kiểm soát nhiễm khuẩn năm 2026 như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n- Giảm tỷ lệ nhiễm khuẩn bệnh viện.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Bác sĩ điều trị\n- Chỉ định đúng kháng sinh.\n"
        "2. Điều dưỡng viên\n- Vệ sinh tay đúng quy trình.\n\n"
        "Trên đây là Kế hoạch kiểm soát nhiễm khuẩn năm 2026 của Khoa Hồi sức tích cực./.\n\n"
        f"                                        Ngày 08 tháng 01 năm 2026\n{positions}\n\n\n"
        f"{names}\n\nNơi nhận:\n- Ban Giám đốc;\n- Lưu: Khoa HSTC.\n"
    )
    plan = vnplan.parse_text(text)
    assert [(s.position, s.name) for s in plan.signatories] == expected
    assert str(plan.date) == "2026-01-08"
    assert "date_from_closing" in [w.code for w in plan.warnings]
    assert [r.text for r in plan.recipients] == ["Ban Giám đốc", "Lưu: Khoa HSTC"]


_NARROW_BODY = """KẾ HOẠCH
Phòng cháy, chữa cháy mùa khô năm 2025 - 2026 trên địa bàn phường

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức của Nhân dân về công tác phòng cháy, chữa cháy tại khu dân cư.
II. NỘI DUNG
1. Giai đoạn 1 (từ ngày 01/12/2025 đến ngày 31/01/2026)
- Tuyên truyền, phổ biến kiến thức phòng cháy đến từng khu phố và hộ gia đình.
- Giao Công an phường chủ trì tổ chức thực tập phương án chữa cháy tại chợ trước ngày 20/01/2026.
2. Giai đoạn 2 (từ ngày 01/02/2026 đến ngày 30/4/2026)
- Rà soát, bổ sung hệ thống trụ nước chữa cháy khu dân cư.
Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.
III. PHÂN CÔNG NHIỆM VỤ
1. Công an phường (Cơ quan thường trực)
- Tham mưu UBND phường triển khai Kế hoạch; hướng dẫn các khu phố xây dựng phương án.
- Huấn luyện nghiệp vụ cho lực lượng dân phòng, lực lượng PCCC cơ sở.
2. Phòng Kinh tế, Hạ tầng và Đô thị
- Phối hợp với đơn vị cấp nước kiểm tra tình trạng trụ nước chữa cháy.
"""


@pytest.mark.parametrize("width", [28, 34, 40])
def test_a_narrow_column_copy_reads_as_the_plan_does(width: int) -> None:
    """Every line of the body wrapped at a narrow column's width, as a copy of a two-column
    page gives it: the same units, tasks and phases."""
    import textwrap

    header = _HEADER.format(
        parent="UBND QUẬN BÌNH THỦY",
        issuer="ỦY BAN NHÂN DÂN PHƯỜNG BÌNH THỦY",
        number="15/KH-UBND",
        place="Bình Thủy",
        day=20,
        month=11,
    )
    wrapped = "\n".join(
        "\n".join(textwrap.wrap(ln, width)) if ln.strip() else "" for ln in _NARROW_BODY.split("\n")
    )

    def facts(text: str) -> tuple[object, ...]:
        plan = vnplan.parse_text(header + text)
        return (
            [(a.unit.name, [t.origin for t in a.tasks]) for a in plan.assignments],
            [(p.label, str(p.start), str(p.end)) for p in plan.phases],
            plan.title,
        )

    assert facts(wrapped) == facts(_NARROW_BODY)
    assert facts(_NARROW_BODY)[0] == [
        ("Công an phường", ["section", "section", "sentence"]),
        ("Phòng Kinh tế, Hạ tầng và Đô thị", ["section", "sentence"]),
    ]


def test_giao_names_a_person_by_post_and_a_unit_shares_its_task_with_its_members() -> None:
    """Outside any unit's section "Giao đồng chí ..." gives that person a task; inside a
    unit's own section it is how the unit shares out its task."""
    items = (
        "1. Ban Thường trực Ủy ban MTTQ xã\n- Xây dựng kế hoạch.\n"
        "- Giao đồng chí Phó Chủ tịch Ủy ban MTTQ xã thực hiện nhiệm vụ theo kế hoạch.\n"
        "2. Phòng Văn hóa - Thông tin huyện\n- In ấn khẩu hiệu.\n"
    )
    text = _PEOPLE_PLAN.format(items=items).replace(
        "II. TỔ CHỨC THỰC HIỆN",
        "II. NỘI DUNG\n- Giao đồng chí Phó Bí thư chi bộ chủ trì biên soạn tài liệu.\n"
        "III. TỔ CHỨC THỰC HIỆN",
    )
    plan = vnplan.parse_text(text)
    assert [(a.unit.name, [t.origin for t in a.tasks]) for a in plan.assignments] == [
        ("Ban Thường trực Ủy ban MTTQ xã", ["section", "section"]),
        ("Phòng Văn hóa - Thông tin huyện", ["section"]),
        ("đồng chí Phó Bí thư chi bộ", ["sentence"]),
    ]


def test_a_news_report_reads_the_clause_after_the_plans_number() -> None:
    """Whose number it is (not the signer a "do ... ký ban hành" names), when it was signed
    and its quoted title; a later plan a "Trước đó" paragraph mentions is not the one."""
    text = (
        "Ngày 22/8/2026, Vụ Pháp chế đã có văn bản gửi các đơn vị thuộc Bộ triển khai Kế hoạch "
        "số 3021/KH-BNV của Bộ Nội vụ do Thứ trưởng Nguyễn Văn Hải ký ban hành ngày 19/8/2026 "
        "“Tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2026 tại Bộ Nội vụ”.\n\n"
        "Trước đó, ngày 12/6/2026, Bộ Nội vụ đã ban hành Kế hoạch số 1750/KH-BNV về phổ biến "
        "pháp luật năm 2026.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.number is not None and plan.number.raw == "3021/KH-BNV"
    assert plan.issuer is not None and plan.issuer.name == "Bộ Nội vụ"
    assert str(plan.date) == "2026-08-19"
    assert plan.title == "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2026 tại Bộ Nội vụ"


@pytest.mark.parametrize(
    "label",
    [
        "Thời gian",
        "Thời gian tổ chức",
        "Thời gian tổ chức các hoạt động kỷ niệm",
        "Thời gian thực hiện",
    ],
)
def test_the_plans_time_line_above_an_activitys_own_time(label: str) -> None:
    text = _HEADER.format(
        parent="", issuer="TỈNH ỦY HÀ TĨNH", number="94-KH/TU", place="Hà Tĩnh", day=25, month=11
    ) + (
        "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm 90 năm Ngày thành lập Đảng\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n- Giáo dục truyền thống.\nII. NỘI DUNG\n"
        f"{label}: từ ngày 01/12/2025 đến hết ngày 28/02/2026.\n"
        "1. Lễ kỷ niệm cấp tỉnh\n- Thời gian: ngày 31/01/2026.\n- Địa điểm: Hội trường Tỉnh ủy.\n"
    )
    period = vnplan.parse_text(text).period
    assert period is not None and (str(period.start), str(period.end)) == (
        "2025-12-01",
        "2026-02-28",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a stage the title names is the period its phases divide
        ("Chuyển đổi số giai đoạn 2024 - 2026", ("2024", "2026")),
        # a school year is not: the phases say when within it
        ("Hoạt động ngoại khóa năm học 2025 - 2026", ("2025-10", "2026-03")),
    ],
)
def test_a_title_stage_is_the_period_its_phases_divide(
    title: str, expected: tuple[str, str]
) -> None:
    text = _HEADER.format(
        parent="BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        issuer="TRƯỜNG ĐẠI HỌC CÔNG NGHỆ",
        number="12/KH-ĐHCN",
        place="Hà Nội",
        day=2,
        month=9,
    ) + (
        f"KẾ HOẠCH\n{title}\nI. MỤC ĐÍCH\n- Nâng cao chất lượng.\nII. NỘI DUNG\n"
        "1. Giai đoạn 1: Từ tháng 10/2025 đến tháng 12/2025\n- Khảo sát hiện trạng.\n"
        "2. Giai đoạn 2: Từ tháng 01/2026 đến tháng 3/2026\n- Triển khai thí điểm.\n"
    )
    period = vnplan.parse_text(text).period
    assert period is not None and (str(period.start), str(period.end)) == expected


def test_a_paragraph_that_introduces_who_does_what_is_an_assignment_section() -> None:
    """No heading says "TỔ CHỨC THỰC HIỆN" (a news page reprinting a plan's list): the
    paragraph that introduces the list does, even as the last paragraph of the item above."""
    text = (
        "Ngày 22/8/2026, Bộ Nội vụ ban hành Kế hoạch số 3021/KH-BNV về hưởng ứng Ngày Pháp "
        "luật.\n\nKế hoạch xác định:\n1. Mục đích\n- Nâng cao ý thức chấp hành pháp luật.\n"
        "Việc tổ chức thực hiện được Kế hoạch phân công như sau:\n"
        "1. Vụ Pháp chế:\na) Chủ trì tổ chức Lễ hưởng ứng;\nb) Tổng hợp kết quả.\n"
        "2. Văn phòng Bộ: bảo đảm hội trường, trang thiết bị.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [
        ("Vụ Pháp chế", 2),
        ("Văn phòng Bộ", 1),
    ]


_REPORT = (
    "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {site}\n\nTIN LIÊN QUAN\n\n"
    "{who} vừa ban hành Kế hoạch số {number} triển khai {topic} giai đoạn 2026 - 2027.{signed}\n\n"
    "Chiến dịch được chia làm ba giai đoạn. {g1} thực hiện tại các xã miền núi. {g2} "
    "triển khai tại các phường. {g3} tổng kết.\n\n"
    "{who} giao Sở Y tế chủ trì tổ chức thực hiện. Bên cạnh đó, {who} đề nghị {asked} chỉ "
    "đạo các đơn vị trực thuộc phối hợp thực hiện; các cơ quan lập hồ sơ đề nghị Chủ tịch "
    "UBND tỉnh khen thưởng.\n"
)


@pytest.mark.parametrize(
    ("site", "who", "number", "topic", "asked"),
    [
        (
            "LẠNG SƠN",
            "UBND tỉnh",
            "88/KH-UBND",
            "tiêm vắc xin sởi - rubella",
            "Bộ Chỉ huy Quân sự tỉnh",
        ),
        (
            "CÀ MAU",
            "Tỉnh ủy",
            "21-KH/TU",
            "chiến dịch sởi - rubella cho trẻ",
            "Ủy ban MTTQ Việt Nam tỉnh",
        ),
    ],
)
def test_a_news_report_retells_stages_requests_and_the_signing_in_prose(
    site: str, who: str, number: str, topic: str, asked: str
) -> None:
    text = _REPORT.format(
        site=site,
        who=who,
        number=number,
        topic=topic,
        asked=asked,
        signed=" Kế hoạch do Phó Chủ tịch Trần Văn Nam ký ban hành ngày 14/9/2026.",
        g1="Giai đoạn 1 (từ tháng 9 đến tháng 12/2026)",
        g2="Giai đoạn 2 (từ tháng 01 đến tháng 4/2027)",
        g3="Giai đoạn 3 (tháng 5 và tháng 6/2027)",
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.number is not None and plan.number.raw == number
    assert str(plan.date) == "2026-09-14"
    # " - " between lower-case words is inside the title, not a site's suffix.
    assert plan.title == f"triển khai {topic} giai đoạn 2026 - 2027"
    assert [(p.label, str(p.start), str(p.end)) for p in plan.phases] == [
        ("Giai đoạn 1", "2026-09", "2026-12"),
        ("Giai đoạn 2", "2027-01", "2027-04"),
        ("Giai đoạn 3", "2027-05", "2027-06"),
    ]
    # "X đề nghị Y <verb>" gives Y work; "hồ sơ đề nghị ..." is a noun.
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [
        ("Sở Y tế", 1),
        (asked, 1),
    ]
    # A page's unnumbered upper-case lines are not the plan's sections.
    assert plan.top_sections == []


def test_a_signing_sentence_about_another_plan_gives_no_date() -> None:
    text = _REPORT.format(
        site="AN GIANG",
        who="UBND tỉnh",
        number="90/KH-UBND",
        topic="phòng, chống dịch",
        asked="Công an tỉnh",
        signed=" Kế hoạch số 45/KH-UBND do Chủ tịch ký ban hành ngày 02/3/2026.",
        g1="Giai đoạn 1 (từ tháng 9 đến tháng 12/2026)",
        g2="Giai đoạn 2 (từ tháng 01 đến tháng 4/2027)",
        g3="",
    )
    assert vnplan.parse_text(text).date is None


@pytest.mark.parametrize(
    ("site", "menu", "post"),
    [
        (
            "TRƯỜNG TIỂU HỌC AN PHÚ - HUYỆN CỦ CHI",
            "Trang chủ | Giới thiệu | Tin tức | Văn bản | Thư viện | Liên hệ",
            "Cập nhật lúc: 03/10/2019 10:02 | Người đăng: admin | Lượt xem: 95",
        ),
        (
            "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG",
            "Trang chủ    Đào tạo    Sinh viên    Thông báo    Liên hệ",
            "Bạn đang xem: Thông báo - Kế hoạch",
        ),
        (
            "TRƯỜNG MẦM NON HOA SEN - QUẬN NINH KIỀU",
            "Đăng nhập | Đăng ký",
            "Cập nhật: 14/10/2019",
        ),
    ],
)
def test_a_plan_posted_on_its_own_site_with_no_header_is_the_plan(
    site: str, menu: str, post: str
) -> None:
    name = (
        site.split(" - ")[0].title().replace("Tiểu Học", "Tiểu học").replace("Đại Học", "Đại học")
    )
    text = (
        f"{site}\n{menu}\nBạn đang xem: Văn bản\n\nKẾ HOẠCH HỘI THI NĂM 2019\n{post}\n\n"
        "KẾ HOẠCH\nTổ chức Hội thi văn nghệ năm 2019\n\n"
        f"Căn cứ tình hình thực tế, {name} xây dựng kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH\n- Tạo sân chơi cho học sinh.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Tổ chuyên môn: chuẩn bị chương trình.\n\n"
        "Nơi nhận:\n- Các tổ;\n- Lưu: VT.\n\nAn Phú, ngày 02 tháng 10 năm 2019\n"
        "HIỆU TRƯỞNG\n\nTrần Văn Bình\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "plan"
    assert plan.number is None
    assert plan.title == "Tổ chức Hội thi văn nghệ năm 2019"
    # The date over the signature, after the recipients a copy printed first.
    assert (plan.place, str(plan.date)) == ("An Phú", "2019-10-02")
    assert plan.top_sections == ["MỤC ĐÍCH", "TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize(
    ("basis", "who", "verb", "cited"),
    [
        (
            "Kế hoạch số 1290/KH-PGDĐT của Phòng Giáo dục và Đào tạo huyện Đông Anh",
            "Trường THCS Cổ Loa",
            "xây dựng",
            "1290/KH-PGDĐT",
        ),
        ("Kế hoạch 45-KH/HU của Huyện ủy Tân Phú", "Đảng ủy xã Phú Lập", "ban hành", "45-KH/HU"),
    ],
)
def test_a_news_report_of_an_unnumbered_plan_that_implements_another(
    basis: str, who: str, verb: str, cited: str
) -> None:
    text = (
        "Tin tức > Hoạt động\n\nBAN HÀNH KẾ HOẠCH HỘI THAO\n\n"
        f"Thực hiện {basis} về hội thao các cấp, {who} {verb} Kế hoạch tổ chức hội thao "
        "năm 2026.\nHội thao gồm 4 môn thi đấu.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.number is None
    assert plan.issuer is not None and plan.issuer.name == who
    assert plan.title == "tổ chức hội thao năm 2026"
    assert [r.raw for r in plan.references] == [cited]


@pytest.mark.parametrize(
    ("sentence", "short", "full"),
    [
        (  # the acronym spells the first words; a qualifier follows
            "Phổ cập giáo dục tiểu học cho trẻ em 6 tuổi (sau đây viết tắt là PCGDTH) là nhiệm vụ "
            "trọng tâm.",
            "PCGDTH",
            "Phổ cập giáo dục tiểu học cho trẻ em 6 tuổi",
        ),
        (  # another language's acronym: the capitalised name before the brackets
            "Trên cơ sở kết quả Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (sau đây "
            "gọi tắt là PAPI) năm 2025, Sở Nội vụ tham mưu.",
            "PAPI",
            "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
        ),
        (
            "Căn cứ kết quả Chỉ số cải cách hành chính (sau đây gọi tắt là PAR INDEX), Sở Nội "
            "vụ tham mưu.",
            "PAR INDEX",
            "Chỉ số cải cách hành chính",
        ),
    ],
)
def test_an_abbreviation_the_brackets_declare_names_its_phrase(
    sentence: str, short: str, full: str
) -> None:
    plan = vnplan.parse_text(plan_text(f"I. MỤC ĐÍCH\n1. Mục đích\n{sentence}"))
    assert [(a.short, a.full) for a in plan.abbreviations] == [(short, full)]


@pytest.mark.parametrize(
    ("who", "title", "number"),
    [
        (
            "Bộ Giáo dục và Đào tạo",
            "triển khai Chương trình giáo dục thể chất giai đoạn 2026 - 2030",
            "126/KH-BGDĐT",
        ),
        ("UBND tỉnh Sóc Trăng", "phát triển du lịch cộng đồng năm 2026", "57/KH-UBND"),
    ],
)
def test_a_news_report_gives_the_title_before_the_number_in_brackets(
    who: str, title: str, number: str
) -> None:
    text = (
        "Trang chủ / Tin tức\n\nBAN HÀNH KẾ HOẠCH MỚI\n\n"
        f"(Tin) - {who} vừa ban hành Kế hoạch {title} (Kế hoạch số {number} ngày 09/3/2026).\n\n"
        "Kế hoạch nhằm nâng cao chất lượng công tác.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.title == title
    assert plan.number is not None and plan.number.raw == number
    assert str(plan.date) == "2026-03-09"


def test_word_segmented_text_gets_its_punctuation_back() -> None:
    from vnplan.text.normalize import normalize_chars

    text = (
        "Số : 45/KH-TTYT\nNâng_cao chất_lượng khám_bệnh , chữa_bệnh ( sau_đây gọi_tắt là "
        'NVYT ) .\nThực_hiện " 5S " tại các khoa ; điểm 3,6 trở_lên .'
    )
    assert normalize_chars(text) == (
        "Số: 45/KH-TTYT\nNâng cao chất lượng khám bệnh, chữa bệnh (sau đây gọi tắt là NVYT).\n"
        'Thực hiện "5S" tại các khoa; điểm 3,6 trở lên.'
    )


def test_text_that_is_not_word_segmented_keeps_its_spacing() -> None:
    from vnplan.text.normalize import normalize_chars

    text = "Tệp KH_tuanle_2014.doc ; xem ( trang 2 ) ."
    assert normalize_chars(text) == text


@pytest.mark.parametrize(
    ("unit", "coord"),
    [
        ("Phòng Kế hoạch tổng hợp", "Khoa Khám bệnh, Phòng Công nghệ thông tin"),
        ("Phòng Điều dưỡng", "các khoa lâm sàng"),
        ("Trung tâm Dịch vụ tổng hợp xã", "Công an xã"),
    ],
)
def test_a_performer_label_beside_a_coordination_label_on_one_line(unit: str, coord: str) -> None:
    body = (
        "I. NHIỆM VỤ\n\n1. Cải tiến quy trình khám bệnh\n\n- Mở thêm bàn khám vào giờ cao điểm.\n\n"
        f"Đơn vị thực hiện: {unit}; đơn vị phối hợp: {coord}.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    assert [
        (a.unit.name, [(t.via, t.coordinating) for t in a.tasks]) for a in plan.assignments
    ] == [(unit, [("field", [c.strip() for c in coord.split(",")])])]


@pytest.mark.parametrize(
    ("superior", "first", "second", "number"),
    [
        ("UBND TỈNH BÌNH ĐỊNH", "SỞ TƯ PHÁP", "HỘI LUẬT GIA TỈNH BÌNH ĐỊNH", "27/KHLT-STP-HLG"),
        ("UBND TỈNH CAO BẰNG", "SỞ Y TẾ", "HỘI CHỮ THẬP ĐỎ TỈNH CAO BẰNG", "5/KHLN-SYT-HCTĐ"),
    ],
)
def test_a_joint_plan_whose_second_body_is_printed_under_the_first(
    superior: str, first: str, second: str, number: str
) -> None:
    header = (
        f"{superior}\n{first}\n\n{second}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n\nSố: {number}\n\nCao Bằng, ngày 09 tháng 3 năm 2026\n"
    )
    plan = vnplan.parse_text(plan_text("I. MỤC ĐÍCH\n- Nâng cao nhận thức.", header=header))
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (first, superior)
    assert "joint_issuers" in [w.code for w in plan.warnings]


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        (
            "Cục Quản lý Khám, chữa bệnh chủ trì chỉ đạo các bệnh viện.",
            ["Cục Quản lý Khám, chữa bệnh"],
        ),
        ("Phòng Văn hóa, thông tin chủ trì tổ chức tuyên truyền.", ["Phòng Văn hóa, thông tin"]),
        # a list of bodies, not one name
        ("Sở Y tế, các sở, ngành chủ trì thực hiện.", []),
    ],
)
def test_one_body_whose_name_lists_lower_case_nouns_leads_a_sentence(
    sentence: str, leads: list[str]
) -> None:
    plan = vnplan.parse_text(plan_text(f"I. NỘI DUNG\n1. Khám chữa bệnh\n{sentence}"))
    assert [a.unit.name for a in plan.assignments] == leads


def test_a_news_report_states_its_goals_in_sentences() -> None:
    text = (
        "Trang chủ > Thời sự\n\n(TTXVN) - UBND tỉnh Kiên Giang vừa ban hành Kế hoạch số "
        "33/KH-UBND ngày 02/4/2026 về phòng, chống bệnh dại.\n\n"
        "Mục đích của Kế hoạch nhằm giảm số người tử vong do bệnh dại trên địa bàn tỉnh.\n\n"
        "Kế hoạch yêu cầu: (1) Các ngành phối hợp chặt chẽ trong giám sát; (2) Bố trí đủ vắc "
        "xin cho người bị chó cắn; (3) Báo cáo kịp thời các ổ dịch.\n"
    )
    plan = vnplan.parse_text(text)
    assert [p.text for p in plan.purposes] == [
        "nhằm giảm số người tử vong do bệnh dại trên địa bàn tỉnh"
    ]
    assert [r.text for r in plan.requirements] == [
        "Các ngành phối hợp chặt chẽ trong giám sát",
        "Bố trí đủ vắc xin cho người bị chó cắn",
        "Báo cáo kịp thời các ổ dịch",
    ]


@pytest.mark.parametrize(
    ("site", "number", "cited"),
    [
        ("ĐẢNG BỘ TỈNH YÊN BÁI", "158-KH/TU", ["35-CT/TW", "26-HD/BTCTW"]),
        ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LA", "47/KH-UBND", ["12/CT-TTg", "08-NQ/TU"]),
    ],
)
def test_a_news_report_that_gives_no_title_cites_what_the_plan_puts_into_practice(
    site: str, number: str, cited: list[str]
) -> None:
    text = (
        f"{site}\nTrang chủ | Tin tức | Văn bản | Liên hệ\n\n"
        "Ban hành kế hoạch tổ chức đại hội các cấp\n\n"
        f"(Tin) - Ngày 12 tháng 8 năm 2025, cấp ủy ban hành Kế hoạch {number}. Kế hoạch cụ "
        f"thể hóa Chỉ thị số {cited[0]} ngày 30/5/2025 và văn bản số {cited[1]} ngày 18/7/2025, "
        "nhằm tổ chức thành công đại hội.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.number is not None and plan.number.raw == number  # not "158-KH/TU."
    assert str(plan.date) == "2025-08-12"
    assert plan.title is None  # the article names no title; the site's name is none
    assert [r.raw for r in plan.references] == cited


@pytest.mark.parametrize(
    ("title", "time", "expected"),
    [
        # No line states the period: the year the title names is the plan's period, though its
        # waves cover only part of it.
        (
            "Tiêm phòng cho đàn gia súc năm 2026",
            "- Đợt 1: từ tháng 4/2026 đến tháng 5/2026.\n- Đợt 2: tháng 9/2026.\n",
            ("2026", "2026"),
        ),
        # A sentence says when the plan runs.
        (
            "Tiêm phòng cho đàn gia súc năm 2026",
            "Kế hoạch được triển khai từ tháng 3/2026 đến hết tháng 11/2026.\n"
            "- Đợt 1: từ tháng 4/2026 đến tháng 5/2026.\n- Đợt 2: tháng 9/2026.\n",
            ("2026-03", "2026-11"),
        ),
        (
            "Hè vui khỏe năm 2026",
            "Chương trình sẽ được thực hiện từ ngày 01/6/2026 đến ngày 31/8/2026.\n",
            ("2026-06-01", "2026-08-31"),
        ),
        # A wave outside the title's year: the waves' span.
        (
            "Kiểm tra công tác cải cách hành chính năm 2026",
            "- Đợt 1: Quý IV/2026.\n- Đợt 2: Quý I/2027.\n",
            ("2026-10", "2027-03"),
        ),
        # A title with no year: the waves' span.
        (
            "Kiểm tra công tác cải cách hành chính",
            "- Đợt 1: tháng 5/2026.\n- Đợt 2: tháng 10/2026.\n",
            ("2026-05", "2026-10"),
        ),
    ],
)
def test_the_period_is_a_stated_run_else_the_titles_year_else_the_waves(
    title: str, time: str, expected: tuple[str, str]
) -> None:
    text = _HEADER.format(
        parent="UBND TỈNH TUYÊN QUANG",
        issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        number="31/KH-SNNMT",
        place="Tuyên Quang",
        day=3,
        month=2,
    ) + (
        f"KẾ HOẠCH\n{title}\nI. MỤC ĐÍCH, YÊU CẦU\n- Chủ động phòng bệnh.\n"
        f"II. THỜI GIAN THỰC HIỆN\n{time}III. TỔ CHỨC THỰC HIỆN\n1. Phòng Chăn nuôi\n"
        "- Hướng dẫn các xã.\n"
    )
    period = vnplan.parse_text(text).period
    assert period is not None
    assert (str(period.start), str(period.end)) == expected


@pytest.mark.parametrize(
    "field",
    [
        "Đơn vị chủ trì: Phòng Kế hoạch tổng hợp; đơn vị phối hợp: Khoa Khám bệnh.",
        "Cơ quan chủ trì thực hiện: Phòng Kế hoạch tổng hợp.",
        "Chủ trì: Phòng Kế hoạch tổng hợp. Phối hợp: Khoa Dược.",
    ],
)
def test_a_field_line_under_items_is_its_own_line_not_the_wrap_of_the_last(field: str) -> None:
    """Paragraphs set apart by blank lines, and a block's lead field right under its last
    item: it names the block's lead, it does not continue the item."""
    text = _HEADER.format(
        parent="SỞ Y TẾ TỈNH GIA LAI",
        issuer="TRUNG TÂM Y TẾ HUYỆN CHƯ SÊ",
        number="15/KH-TTYT",
        place="Chư Sê",
        day=9,
        month=3,
    ) + (
        "\nKẾ HOẠCH\nCải tiến chất lượng năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "- Nâng cao chất lượng khám bệnh.\n\nII. NỘI DUNG\n"
        "1. Chuẩn hóa quy trình tiếp đón\n- Rút ngắn thời gian chờ khám;\n"
        f"- Mở rộng đặt lịch khám qua tổng đài.\n{field}\n\n"
        "2. Kiểm soát nhiễm khuẩn\n- Giám sát vệ sinh tay.\n"
        "Đơn vị chủ trì: Khoa Kiểm soát nhiễm khuẩn.\n\n"
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: [(t.origin, t.via) for t in a.tasks] for a in plan.assignments}
    assert got == {
        "Phòng Kế hoạch tổng hợp": [("sentence", "field")],
        "Khoa Kiểm soát nhiễm khuẩn": [("sentence", "field")],
    }
    items = plan.sections[1].children[0].children
    assert [c.text for c in items][:2] == [
        "Rút ngắn thời gian chờ khám;",
        "Mở rộng đặt lịch khám qua tổng đài.",
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Chia sẻ   Tweet   In trang\n\nTin cùng chuyên mục\n· Tổng kết công tác năm 2025\n",
        "In trang   |   Gửi email   |   Lưu   |   Chia sẻ: Facebook  Twitter\n\n"
        "Các tin khác:\n- Hội nghị sơ kết 6 tháng đầu năm (05/08/2026)\n",
        "Tệp đính kèm:\nke-hoach-45.signed.pdf (Tải về)\n\nBản quyền thuộc Sở Y tế.\n",
        "Từ khóa: cải tiến chất lượng, bệnh viện\n\nBài viết liên quan\n"
        "- Khoa Xét nghiệm đạt chuẩn ISO 15189\n",
    ],
)
def test_a_web_pages_footer_ends_the_document_it_carries(footer: str) -> None:
    """Share buttons, related articles and the site's footer under a plan a page reproduces
    are not the last unit's tasks; a share bar above the article ends nothing."""
    text = (
        "BỆNH VIỆN ĐA KHOA TỈNH ĐẮK NÔNG\nTrang chủ · Tin tức · Văn bản · Liên hệ\n"
        "Chia sẻ: Facebook | Zalo | In bài\n\n"
        "Bệnh viện triển khai kế hoạch cải tiến chất lượng năm 2026\n\n"
        "Nhằm nâng cao chất lượng khám bệnh, chữa bệnh, Bệnh viện đã ban hành kế hoạch "
        "cải tiến chất lượng năm 2026. Nội dung chính của kế hoạch như sau:\n\n"
        "KẾ HOẠCH\nCẢI TIẾN CHẤT LƯỢNG BỆNH VIỆN NĂM 2026\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n- Duy trì và nâng cao điểm chất lượng bệnh viện hằng năm.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý chất lượng\n"
        "- Đầu mối tham mưu triển khai kế hoạch cải tiến chất lượng tại các khoa, phòng.\n\n"
        "2. Các khoa lâm sàng, cận lâm sàng\n"
        "- Mỗi khoa đăng ký ít nhất 01 đề án cải tiến chất lượng trong năm 2026;\n"
        "- Báo cáo kết quả thực hiện về Phòng Quản lý chất lượng trước ngày 25 hằng tháng.\n\n"
        + footer
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Phòng Quản lý chất lượng": 1, "Các khoa lâm sàng, cận lâm sàng": 2}


@pytest.mark.parametrize(
    ("sentence", "unit", "code"),
    [
        (
            "Phòng Cảnh sát hình sự (PC02) chủ trì rà soát các điểm phức tạp về trật tự.",
            "Phòng Cảnh sát hình sự",
            "PC02",
        ),
        (
            "Phòng An ninh chính trị nội bộ (PA03) là đơn vị đầu mối theo dõi việc thực hiện.",
            "Phòng An ninh chính trị nội bộ",
            "PA03",
        ),
        (
            "Cục Quản lý xuất nhập cảnh (A08) chủ trì, phối hợp với các đơn vị hướng dẫn.",
            "Cục Quản lý xuất nhập cảnh",
            "A08",
        ),
    ],
)
def test_a_sentences_lead_with_its_code_in_brackets(sentence: str, unit: str, code: str) -> None:
    text = _HEADER.format(
        parent="BỘ CÔNG AN",
        issuer="CÔNG AN TỈNH NINH BÌNH",
        number="88/KH-CAT-PV01",
        place="Ninh Bình",
        day=6,
        month=5,
    ) + (
        "KẾ HOẠCH\nBảo đảm an ninh, trật tự năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n"
        f"- Giữ vững an ninh.\nII. NỘI DUNG\n1. Phòng ngừa tội phạm\n{sentence}\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Tham mưu (PV01)\n- Theo dõi, tổng hợp.\n"
    )
    plan = vnplan.parse_text(text)
    got = {(a.unit.name, a.unit.code): [t.origin for t in a.tasks] for a in plan.assignments}
    assert got == {("Phòng Tham mưu", "PV01"): ["section"], (unit, code): ["sentence"]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Tỉnh Đoàn tổ chức hội diễn.",
            ["Sở Văn hóa, Thể thao và Du lịch"],
        ),
        (
            "- Sở Lao động, Thương binh và Xã hội tỉnh Nghệ An chủ trì rà soát hộ nghèo.",
            ["Sở Lao động, Thương binh và Xã hội tỉnh Nghệ An"],
        ),
        # An elliptical list is two bodies, and neither is a name with a comma.
        ("Sở Nội vụ, Tài chính chủ trì thẩm định.", []),
    ],
)
def test_a_sentences_lead_whose_name_has_a_comma(sentence: str, expected: list[str]) -> None:
    text = _HEADER.format(
        parent="",
        issuer="ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        number="120/KH-UBND",
        place="Nghệ An",
        day=2,
        month=3,
    ) + (
        "KẾ HOẠCH\nTổ chức các hoạt động năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n- Thiết thực.\n"
        f"II. NỘI DUNG\n1. Các hoạt động chính\n{sentence}\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh\n- Bảo đảm an ninh.\n"
    )
    plan = vnplan.parse_text(text)
    got = [a.unit.name for a in plan.assignments if a.unit.name != "Công an tỉnh"]
    assert got == expected


def test_a_typed_copy_that_indents_each_paragraphs_first_line() -> None:
    """A unit heading over one indented paragraph, in a copy that wraps flush left: the
    indent opens the paragraph, so the heading stays a heading."""
    text = _HEADER.format(
        parent="UBND TỈNH THANH HÓA",
        issuer="UBND HUYỆN NGA SƠN",
        number="41/KH-UBND",
        place="Nga Sơn",
        day=11,
        month=4,
    ) + (
        "KẾ HOẠCH\nPhòng, chống dịch bệnh mùa hè năm 2026\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "     - Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra trên địa bàn các\n"
        "xã, thị trấn trong mùa hè năm 2026.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "     1. Phòng Văn hóa và Thông tin, Đài Truyền thanh - Truyền hình huyện Nga Sơn\n"
        "     Xây dựng chuyên mục, tăng thời lượng tuyên truyền về phòng, chống dịch\n"
        "bệnh trên sóng truyền thanh huyện và hệ thống loa truyền thanh các xã.\n"
        "     2. Trung tâm Y tế huyện\n"
        "     - Giám sát chặt chẽ tình hình dịch bệnh tại cộng đồng, phát hiện sớm các ca\n"
        "bệnh đầu tiên để khoanh vùng, xử lý kịp thời.\n"
        "     - Tập huấn cho cán bộ y tế xã, nhân viên y tế thôn bản về chẩn đoán, điều\n"
        "trị và xử lý ổ dịch; cấp phát tài liệu hướng dẫn cho các trạm y tế, trường\n"
        "học và nhóm trẻ trên địa bàn huyện.\n"
        "     3. Ủy ban nhân dân các xã, thị trấn\n"
        "     Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh cấp xã, hoàn thành trước ngày\n"
        "30/4/2026.\n"
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {
        "Phòng Văn hóa và Thông tin, Đài Truyền thanh - Truyền hình huyện Nga Sơn": 1,
        "Trung tâm Y tế huyện": 2,
        "Ủy ban nhân dân các xã, thị trấn": 1,
    }
    assert [p.text[:20] for p in plan.purposes] == ["Chủ động phòng, chốn"]


@pytest.mark.parametrize(
    ("heading", "unit"),
    [
        ("- Trưởng các thôn:", "Trưởng các thôn"),
        ("- Trưởng thôn, bản, tổ dân phố:", "Trưởng thôn, bản, tổ dân phố"),
        ("- Hiệu trưởng các trường học:", "Hiệu trưởng các trường học"),
        ("- Ban Chỉ huy Quân sự xã:", "Ban Chỉ huy Quân sự xã"),
    ],
)
def test_a_dash_heading_over_its_own_items_is_a_unit(heading: str, unit: str) -> None:
    text = _HEADER.format(
        parent="UBND TỈNH PHÚ THỌ",
        issuer="ỦY BAN NHÂN DÂN XÃ TÂY CỐC",
        number="19/KH-UBND",
        place="Tây Cốc",
        day=8,
        month=3,
    ) + (
        "KẾ HOẠCH\nTổng vệ sinh môi trường năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n- Sạch, đẹp.\n"
        "II. TỔ CHỨC THỰC HIỆN\n- Công an xã: kiểm tra, xử lý vi phạm.\n"
        f"{heading}\n+ Xây dựng lịch ra quân;\n+ Vận động Nhân dân tham gia;\n"
        "+ Báo cáo kết quả về UBND xã trước ngày 20/12/2026\n"
        "- Trạm Y tế xã: hướng dẫn xử lý vệ sinh môi trường.\n"
        # A dash line over items that names no one is no unit.
        "- Nội dung kiểm tra:\n+ Việc thu gom rác thải;\n+ Việc trồng cây.\n"
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Công an xã": 1, unit: 3, "Trạm Y tế xã": 1}


@pytest.mark.parametrize(
    "heading",
    [
        "Cơ sở Hội Nông dân, Hội Liên hiệp Phụ nữ xã, phường, thị trấn",
        "Cơ sở Hội Cựu chiến binh các xã",
        "Cơ sở Công đoàn trực thuộc",
    ],
)
def test_a_units_grassroots_level_heads_its_tasks(heading: str) -> None:
    text = _HEADER.format(
        parent="",
        issuer="BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH SÓC TRĂNG",
        number="25-KH/HND",
        place="Sóc Trăng",
        day=4,
        month=6,
    ) + (
        "KẾ HOẠCH\nPhân loại rác thải tại nguồn năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n- Thiết thực.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Ban Thường vụ Hội Nông dân tỉnh:\n- Chỉ đạo các cấp Hội.\n"
        f"2. {heading}:\n- Trực tiếp tuyên truyền, vận động hội viên;\n"
        "- Báo cáo kết quả hằng quý.\n"
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Ban Thường vụ Hội Nông dân tỉnh": 1, heading: 2}


@pytest.mark.parametrize(
    ("post", "sentence"),
    [
        ("Điều dưỡng trưởng khoa", "- Giao Điều dưỡng trưởng khoa chủ trì tập huấn vệ sinh tay."),
        ("Tổng phụ trách Đội", "Giao Tổng phụ trách Đội tổ chức lễ ra quân."),
        ("Kế toán trưởng", "Giao cho Kế toán trưởng cân đối kinh phí thực hiện."),
    ],
)
def test_giao_gives_a_headed_post_its_task_whatever_its_first_word(
    post: str, sentence: str
) -> None:
    text = _HEADER.format(
        parent="SỞ Y TẾ TỈNH LONG AN",
        issuer="BỆNH VIỆN ĐA KHOA KHU VỰC HẬU NGHĨA",
        number="77/KH-BV",
        place="Đức Hòa",
        day=5,
        month=1,
    ) + (
        "KẾ HOẠCH\nKiểm soát nhiễm khuẩn năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n- An toàn.\n"
        f"II. NỘI DUNG\n1. Vệ sinh tay\n{sentence}\n"
        f"III. TỔ CHỨC THỰC HIỆN\n1. Phòng Điều dưỡng\n- Giám sát.\n2. {post}\n"
        "- Theo dõi việc thực hiện.\n- Báo cáo hằng tháng.\n"
    )
    plan = vnplan.parse_text(text)
    got = {a.unit.name: sorted(t.origin for t in a.tasks) for a in plan.assignments}
    assert got == {
        "Phòng Điều dưỡng": ["section"],
        post: ["section", "section", "sentence"],
    }


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("- Bước 3: Kiểm tra, đánh giá, sơ kết (tháng 5/2026).", ("2026-05", "2026-05")),
        ("- Đợt 2: Tổng kết, khen thưởng (trong tháng 12/2026).", ("2026-12", "2026-12")),
        ("- Giai đoạn 3: Sơ kết (ngày 15/6/2026).", ("2026-06-15", "2026-06-15")),
    ],
)
def test_a_phase_named_first_and_dated_in_brackets(step: str, expected: tuple[str, str]) -> None:
    text = _HEADER.format(
        parent="ĐẢNG BỘ QUẬN HẢI CHÂU",
        issuer="ĐẢNG ỦY PHƯỜNG HÒA CƯỜNG",
        number="15-KH/ĐU",
        place="Hòa Cường",
        day=2,
        month=3,
    ) + (
        "KẾ HOẠCH\nChuẩn hóa văn bản của các chi bộ\nI. MỤC ĐÍCH, YÊU CẦU\n- Đúng quy định.\n"
        "II. CÁC BƯỚC THỰC HIỆN\n"
        "- Bước 1: Quán triệt, phổ biến (từ ngày 05/3/2026 đến ngày 20/3/2026).\n"
        f"{step}\n"
    )
    plan = vnplan.parse_text(text)
    got = [(str(p.start), str(p.end)) for p in plan.phases]
    assert got == [("2026-03-05", "2026-03-20"), expected]


@pytest.mark.parametrize(
    ("lead_header", "is_lead"),
    [
        ("Người (bộ phận) thực hiện", True),
        ("Người thực hiện", True),
        ("Bộ phận thực hiện", True),
        ("Người phụ trách", True),
        ("Phụ trách", True),
        ("Lực lượng thực hiện", True),
        ("Cán bộ phụ trách", True),
        ("Thực hiện", True),
        # No agent named: the column stays no lead column (c009's gold).
        ("Trách nhiệm thực hiện", False),
    ],
)
def test_a_task_tables_lead_column_may_be_headed_by_who_acts(
    lead_header: str, *, is_lead: bool
) -> None:
    """Schools, hospitals and companies head the lead column by who acts and fill it with
    posts and teams; a bare post ("Hiệu trưởng") leads a row as a body does."""
    rows = (
        f"STT | Nội dung công việc | {lead_header} | Thời gian thực hiện\n"
        "1 | Xây dựng kế hoạch ôn tập, thông báo | Hiệu trưởng | Tuần 1 tháng 9/2024\n"
        "2 | Khảo sát chất lượng đầu năm các khối lớp | Phó Hiệu trưởng | Tuần 2 tháng 9/2024\n"
        "3 | Tổ chức thi thử và chấm, trả bài cho học sinh | Phó Hiệu trưởng; Tổ Văn phòng "
        "| Tháng 12/2024\n"
        "4 | Thu, chi và công khai kinh phí dạy thêm | Tổ Văn phòng | Hằng tháng\n"
    )
    plan = vnplan.parse_text(
        plan_text("I. MỤC ĐÍCH\n- Nâng cao chất lượng.\n\nII. TIẾN ĐỘ\n\n" + rows)
    )
    got = {a.unit.name: [t.via for t in a.tasks] for a in plan.assignments}
    if is_lead:
        assert got == {
            "Hiệu trưởng": ["table"],
            "Phó Hiệu trưởng": ["table", "table"],
            "Tổ Văn phòng": ["table", "table"],
        }
        deadlines = [t.deadline for a in plan.assignments for t in a.tasks]
        assert deadlines[0] is not None and deadlines[0].month == 9  # "Thời gian thực hiện"
    else:
        assert got == {}


def test_a_word_table_headed_by_who_acts_gives_each_post_its_rows(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    for line in plan_text("I. MỤC ĐÍCH\n- Nâng cao chất lượng.\n\nII. TIẾN ĐỘ").split("\n"):
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=4)
    for cell, name in zip(
        table.rows[0].cells, ["TT", "Công việc", "Người phụ trách", "Thời gian"], strict=True
    ):
        cell.text = name
    for row in [
        ("1", "Kiểm tra hồ sơ bệnh án nội trú các khoa", "Trưởng phòng Kế hoạch", "Tháng 3/2025"),
        ("2", "Tập huấn quy trình chuyên môn cho điều dưỡng", "Điều dưỡng trưởng", "Tháng 4/2025"),
        (
            "3",
            "Đánh giá và báo cáo kết quả với Ban Giám đốc",
            "Trưởng phòng Kế hoạch",
            "Tháng 6/2025",
        ),
    ]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("Nơi nhận:\n- Lưu: VT.")
    path = tmp_path / "kh.docx"
    doc.save(str(path))
    plan = vnplan.parse(path)
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Trưởng phòng Kế hoạch": 2, "Điều dưỡng trưởng": 1}


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("Văn phòng HĐND và UBND xã", ["Văn phòng HĐND và UBND xã"]),
        (
            "Văn phòng HĐND và UBND phường, Phòng Kinh tế",
            ["Văn phòng HĐND và UBND phường", "Phòng Kinh tế"],
        ),
        ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", ["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"]),
        (
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
            ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"],
        ),
        # An office of one body beside another body: two units.
        ("Văn phòng UBND tỉnh và Sở Nội vụ", ["Văn phòng UBND tỉnh", "Sở Nội vụ"]),
        ("Văn phòng UBND tỉnh, UBND các huyện", ["Văn phòng UBND tỉnh", "UBND các huyện"]),
    ],
)
def test_one_office_of_two_elected_bodies_is_one_unit(cell: str, units: list[str]) -> None:
    from vnplan.extract.units import split_units

    assert split_units(cell) == units


@pytest.mark.parametrize(
    ("item", "unit"),
    [
        (
            "3. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã "
            "tuyên truyền, "
            "vận động hội viên tham gia.",
            "Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã",
        ),
        (
            "3. Hội Cựu chiến binh phường và các chi hội cựu chiến binh khu phố vận động hội viên "
            "gương mẫu thực hiện.",
            "Hội Cựu chiến binh phường và các chi hội cựu chiến binh khu phố",
        ),
    ],
)
def test_an_item_opening_with_two_bodies_and_a_verb_is_their_entry(item: str, unit: str) -> None:
    body = (
        "I. MỤC ĐÍCH\n- Nâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Văn hóa - Xã hội: Chủ trì tuyên truyền.\n"
        "2. Công an xã: Bảo đảm an ninh trật tự.\n" + item
    )
    plan = vnplan.parse_text(plan_text(body))
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Phòng Văn hóa - Xã hội": 1, "Công an xã": 1, unit: 1}


_UNITS_THEN_CLOSING = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức của cán bộ, đảng viên.\n"
    "- Tạo chuyển biến trong rèn luyện đạo đức, lối sống.\n2. Yêu cầu\n"
    "- Bám sát nội dung chuyên đề.\n- Gắn với nhiệm vụ chính trị của địa phương.\n"
    "II. NỘI DUNG\n1. Học tập chuyên đề năm 2025.\n2. Đăng ký làm theo.\n"
    "\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Ban Tuyên giáo Huyện ủy: Hướng dẫn học tập chuyên đề.\n"
    "2. Văn phòng Huyện ủy\nBố trí kinh phí, phương tiện cho các đoàn.\n"
    "\n{closing}\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Kế hoạch này được phổ biến đến chi bộ và đảng viên./.",
        "Ủy ban Kiểm tra Huyện ủy yêu cầu các chi bộ nghiêm túc thực hiện Kế hoạch này.",
        "Ban Thường vụ Đảng ủy yêu cầu các đồng chí cấp ủy viên triển khai thực hiện./.",
    ],
)
def test_a_paragraph_about_the_plan_after_the_last_entry_closes_the_section(
    closing: str,
) -> None:
    plan = vnplan.parse_text(plan_text(_UNITS_THEN_CLOSING.format(closing=closing)))
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Ban Tuyên giáo Huyện ủy": 1, "Văn phòng Huyện ủy": 1}


def test_a_unit_entrys_second_paragraph_is_still_its_task() -> None:
    """No blank line before it: the paragraph goes on the entry, whatever it names."""
    body = _UNITS_THEN_CLOSING.format(closing="").replace(
        "cho các đoàn.\n\n", "cho các đoàn.\nBáo cáo kết quả thực hiện Kế hoạch này.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    got = {a.unit.name: " ".join(t.text for t in a.tasks) for a in plan.assignments}
    assert set(got) == {"Ban Tuyên giáo Huyện ủy", "Văn phòng Huyện ủy"}
    assert "Báo cáo kết quả thực hiện Kế hoạch này" in got["Văn phòng Huyện ủy"]


@pytest.mark.parametrize(
    "name",
    [
        "Ban Chỉ đạo xây dựng NTM huyện",
        "Ban Chỉ đạo xây dựng nông thôn mới tỉnh",
        "Tổ công tác triển khai Đề án 06 phường",
        "Tiểu ban tổ chức Đại hội thị xã",
    ],
)
def test_a_body_named_by_what_it_does_heading_its_tasks_keeps_its_whole_name(name: str) -> None:
    body = (
        "I. MỤC ĐÍCH\n- Nâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n"
        f"1. {name}\n- Chỉ đạo, kiểm tra việc thực hiện.\n- Sơ kết, báo cáo kết quả.\n"
        "2. Công an huyện: Bảo đảm an ninh trật tự.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {name: 2, "Công an huyện": 1}


@pytest.mark.parametrize(
    ("entry", "unit", "task_start"),
    [
        # The heading's rules run the name past its end; the table prints it alone.
        (
            "3. Phòng Kế hoạch - Tài vụ là đầu mối, phối hợp các phòng theo dõi việc thực hiện.",
            "Phòng Kế hoạch - Tài vụ",
            "là đầu mối",
        ),
        # The heading's rules stop inside a name ("giúp" is a verb): the table prints it whole.
        (
            "3. Trung tâm Trợ giúp pháp lý nhà nước bố trí trợ giúp viên tham gia các đợt.",
            "Trung tâm Trợ giúp pháp lý nhà nước",
            "bố trí",
        ),
    ],
)
def test_a_units_name_ends_where_the_document_prints_it_elsewhere(
    entry: str, unit: str, task_start: str
) -> None:
    rows = (
        "STT | Nội dung | Đơn vị chủ trì | Thời gian\n"
        "1 | Biên soạn tài liệu phổ biến pháp luật | Phòng Kế hoạch - Tài vụ | Quý II/2026\n"
        "2 | Trợ giúp pháp lý lưu động tại các xã | Trung tâm Trợ giúp pháp lý nhà nước "
        "| Quý III/2026\n"
    )
    body = (
        "I. MỤC ĐÍCH\n- Nâng cao hiểu biết pháp luật.\n\nII. NỘI DUNG\n\n"
        + rows
        + "\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Hành chính: Bảo đảm hậu cần.\n"
        "2. Công an huyện: Bảo đảm an ninh trật tự.\n" + entry + "\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    by_name = {a.unit.name: a for a in plan.assignments}
    assert unit in by_name, list(by_name)
    tasks = by_name[unit].tasks
    assert [t.via for t in tasks if t.origin == "sentence"] == ["table"]
    section = [t.text for t in tasks if t.origin == "section"]
    assert len(section) == 1 and section[0].startswith(task_start)


@pytest.mark.parametrize(
    "name",
    ["Ủy ban nhân dân các xã, thị trấn", "Các sở, ban, ngành khác", "Chi ủy chi bộ"],
)
def test_a_name_that_goes_on_past_a_shorter_known_name_stays_whole(name: str) -> None:
    from vnplan.extract.lexicon import settle_names
    from vnplan.models import Assignment, Task, Unit

    short = {
        "Ủy ban nhân dân các xã, thị trấn": "Ủy ban nhân dân",
        "Các sở, ban, ngành khác": "Các sở, ban, ngành",
        "Chi ủy chi bộ": "Chi ủy",
    }[name]

    def one(n: str) -> Assignment:
        task = Task(text="Tổ chức thực hiện.", origin="section", via="heading")
        return Assignment(unit=Unit(name=n), tasks=[task])

    got = settle_names([one(short), one(name)], [])
    assert [a.unit.name for a in got] == [short, name]


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # The signing date in the sentence after the one that names the plan.
        (
            "Thứ Hai, 15/4/2024 09:10\n\n"
            "(TTXVN) - Bộ Y tế vừa ban hành Kế hoạch số 412/KH-BYT về phòng, chống bệnh sốt xuất "
            "huyết năm 2024. Kế hoạch do Thứ trưởng Nguyễn Văn A ký ngày 09/4/2024, yêu cầu các "
            "địa phương chủ động giám sát.\n",
            "2024-04-09",
        ),
        # A date with no year: the report's own date line gives it...
        (
            "Kinh tế › Nông nghiệp\n\nThứ Sáu, 23/01/2026 | 07:45\n\n"
            "YBTV - Ngày 20/1, UBND tỉnh Yên Bái ban hành Kế hoạch số 24/KH-UBND về phòng, chống "
            "dịch bệnh động vật năm 2026, căn cứ Quyết định số 972/QĐ-TTg ngày 07/7/2020.\n",
            "2026-01-20",
        ),
        # ... the year before, for a December plan reported in January.
        (
            "Cập nhật: 05/01/2025 10:00\n\n"
            "Ngày 28/12, UBND huyện Tân Phú ban hành Kế hoạch số 301/KH-UBND về cải cách hành "
            "chính năm 2025.\n",
            "2024-12-28",
        ),
    ],
)
def test_a_news_reports_plan_date_from_a_later_sentence_or_the_reports_own_year(
    page: str, date: str
) -> None:
    plan = vnplan.parse_text(page + "\nTheo kế hoạch, các đơn vị triển khai trong năm.\n")
    assert plan.kind == "news"
    assert str(plan.date) == date


@pytest.mark.parametrize(
    ("sentence", "issuer", "title"),
    [
        (
            "Ngày 14/02/2019, Hiệu trưởng Trường THPT Lê Lợi đã ký ban hành Kế hoạch số 12/KH-THPT "
            "về ôn tập cho học sinh lớp 12.",
            "Trường THPT Lê Lợi",
            "ôn tập cho học sinh lớp 12",
        ),
        (
            "Ngày 03/3/2025, Giám đốc Sở Y tế ban hành Kế hoạch số 40/KH-SYT về tiêm chủng mở rộng "
            "năm 2025.",
            "Sở Y tế",
            "tiêm chủng mở rộng năm 2025",
        ),
        (
            "Ngày 08/01/2013, Ban Thường vụ Huyện ủy Sơn Tây ban hành Kế hoạch số 62-KH/HU về học "
            "tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2013.",
            "Ban Thường vụ Huyện ủy Sơn Tây",
            "học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2013",
        ),
    ],
)
def test_a_news_reports_issuer_is_the_body_and_its_title_keeps_lam_theo(
    sentence: str, issuer: str, title: str
) -> None:
    plan = vnplan.parse_text(f"Tin tức\n\n{sentence}\n\nTheo kế hoạch, các đơn vị triển khai.\n")
    assert plan.kind == "news"
    assert plan.issuer is not None and plan.issuer.name == issuer
    assert plan.title == title


def _numberless_docx(path: Path, *, bold: bool, heading_style: bool = False) -> Path:
    """A plan typed in Word whose automatic numbering was lost: upper-case section headings,
    unit headings set apart only by bold (or a heading style), their tasks plain paragraphs."""
    from docx import Document

    doc = Document()
    for line in [
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG HÒA MINH",
        "Số: 31/KH-UBND",
        "Hòa Minh, ngày 12 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Bảo đảm vệ sinh môi trường trên địa bàn phường năm 2024",
        "MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao ý thức giữ gìn vệ sinh môi trường của nhân dân.",
        "TỔ CHỨC THỰC HIỆN",
    ]:
        doc.add_paragraph(line)
    for unit, tasks in [
        ("Công an phường", ["Bố trí lực lượng tuần tra các tuyến phố.", "Xử lý vi phạm."]),
        ("Tổ trưởng các tổ dân phố", ["Vận động hộ gia đình ký cam kết."]),
    ]:
        p = doc.add_paragraph(style="Heading 2" if heading_style else None)
        run = p.add_run(unit)
        run.bold = bold
        for t in tasks:
            doc.add_paragraph(t)
    for line in ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tâm"]:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


@pytest.mark.parametrize(("bold", "heading_style"), [(True, False), (False, True)])
def test_a_word_file_without_numbering_sets_its_unit_headings_apart_by_looks(
    tmp_path: Path, *, bold: bool, heading_style: bool
) -> None:
    path = _numberless_docx(tmp_path / "kh.docx", bold=bold, heading_style=heading_style)
    plan = vnplan.parse(path)
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Công an phường": 2, "Tổ trưởng các tổ dân phố": 1}


@pytest.mark.parametrize(
    "closing",
    [
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLưu Văn Minh\n",
        "Nơi nhận:                              KT. GIÁM ĐỐC\n"
        "- Như trên;                            PHÓ GIÁM ĐỐC\n"
        "- Website Sở;                          Lưu Văn Minh\n"
        "- Lưu: VT, KH.\n",
    ],
)
def test_a_signer_whose_surname_is_luu_is_no_archive_line(closing: str) -> None:
    body = "I. MỤC ĐÍCH\n- Nâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Y tế: Theo dõi.\n"
    plan = vnplan.parse_text(plan_text(body, closing=closing))
    assert [s.name for s in plan.signatories] == ["Lưu Văn Minh"]
    assert [r.text for r in plan.recipients if r.archive] == ["Lưu: VT, KH"]
    assert "Lưu Văn Minh" not in [r.text for r in plan.recipients]


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ Y TẾ"),
        (
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH - BAN TUYÊN GIÁO TỈNH ỦY",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        ),
        # One body with a dash in its name stays whole.
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    ],
)
def test_a_joint_plans_two_bodies_on_one_header_line(line: str, issuer: str) -> None:
    header = (
        f"UBND TỈNH KHÁNH HÒA\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{line}\t\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 362/KHLN-SYT\t\tKhánh Hòa, ngày 06 tháng 10 năm 2017\n"
    )
    plan = vnplan.parse_text(plan_text("I. MỤC ĐÍCH\n- Nâng cao sức khỏe.\n", header=header))
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (issuer, "UBND TỈNH KHÁNH HÒA")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("| A<br>B | C<br/>D<br />E |", "| A | C |\n| B | D |\n|  | E |"),
        ("Dòng một<br>Dòng hai", "Dòng một\nDòng hai"),
        ("| không có ngắt dòng | x |", "| không có ngắt dòng | x |"),
    ],
)
def test_html_line_breaks_of_a_markdown_export(raw: str, clean: str) -> None:
    from vnplan.text.normalize import html_line_breaks

    assert html_line_breaks(raw) == clean


def test_a_markdown_header_table_with_html_line_breaks() -> None:
    header = (
        "| **ỦY BAN NHÂN DÂN**<br>**TỈNH QUẢNG NAM**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
        "VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>------- |\n|:---:|:---:|\n"
        "| Số: 41/KH-UBND | *Quảng Nam, ngày 03 tháng 5 năm 2023* |\n"
    )
    plan = vnplan.parse_text(plan_text("I. MỤC ĐÍCH\n- Bảo đảm an toàn.\n", header=header))
    assert plan.issuer is not None and plan.issuer.name == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"
    assert (plan.place, str(plan.date)) == ("Quảng Nam", "2023-05-03")


@pytest.mark.parametrize(
    ("line", "issuer", "parent"),
    [
        ("UBND TỈNH HÀ GIANG SỞ Y TẾ", "SỞ Y TẾ", "UBND TỈNH HÀ GIANG"),
        (
            "ỦY BAN NHÂN DÂN HUYỆN CÁI BÈ PHÒNG NỘI VỤ",
            "PHÒNG NỘI VỤ",
            "ỦY BAN NHÂN DÂN HUYỆN CÁI BÈ",
        ),
        ("UBND THÀNH PHỐ HUẾ BAN QUẢN LÝ DỰ ÁN", "BAN QUẢN LÝ DỰ ÁN", "UBND THÀNH PHỐ HUẾ"),
    ],
)
def test_a_web_copy_that_ran_superior_and_body_together(
    line: str, issuer: str, parent: str
) -> None:
    header = (
        f"{line} Số: 58/KH-SYT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Hà Giang, ngày 11 tháng 3 năm 2016\n"
    )
    closing = "Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\n(Đã ký)\nĐặng Quốc Hưng\n"
    plan = vnplan.parse_text(
        plan_text("I. MỤC ĐÍCH\n- Bảo vệ trẻ em.\n", header=header, closing=closing)
    )
    assert plan.issuer is not None and (plan.issuer.name, plan.issuer.parent) == (issuer, parent)
    s = plan.signatories
    assert [(x.authority, x.on_behalf_of, x.position, x.name) for x in s] == [
        ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Quốc Hưng")
    ]


def test_the_documents_last_paragraph_is_no_task_of_the_last_unit() -> None:
    """The end mark "./." closes the document: the paragraph leaves the last unit's entry
    even with no blank line before it, and is an entry itself only if it opens with a unit."""
    closing = "Kinh phí phục vụ hoạt động được bảo đảm từ ngân sách huyện năm 2020./."
    body = _UNITS_THEN_CLOSING.format(closing=closing).replace("đoàn.\n\n", "đoàn.\n")
    plan = vnplan.parse_text(plan_text(body))
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {"Ban Tuyên giáo Huyện ủy": 1, "Văn phòng Huyện ủy": 1}
    unit_first = "Các chi bộ trực thuộc căn cứ nhiệm vụ được giao, bố trí kinh phí thực hiện./."
    body = _UNITS_THEN_CLOSING.format(closing=unit_first).replace("đoàn.\n\n", "đoàn.\n")
    plan = vnplan.parse_text(plan_text(body))
    got = {a.unit.name: len(a.tasks) for a in plan.assignments}
    assert got == {
        "Ban Tuyên giáo Huyện ủy": 1,
        "Văn phòng Huyện ủy": 1,
        "Các chi bộ trực thuộc": 1,
    }


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Ngày 12/3/2019, UBND huyện Lục Nam đã ban hành kế hoạch phòng, chống bệnh cúm gia cầm "
            "trên địa bàn huyện.",
            "phòng, chống bệnh cúm gia cầm trên địa bàn huyện",
        ),
        (
            "Ngày 05/6/2020, Bộ Tư pháp ban hành Kế hoạch truyền thông về Luật Hòa giải ở cơ sở.",
            "Kế hoạch truyền thông về Luật Hòa giải ở cơ sở",
        ),
    ],
)
def test_a_news_reports_unnumbered_plan_is_named_by_its_title(sentence: str, title: str) -> None:
    plan = vnplan.parse_text(f"Tin tức\n\n{sentence}\n\nTheo kế hoạch, các đơn vị triển khai.\n")
    assert plan.kind == "news"
    assert plan.title == title


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        (
            ["TRƯỜNG ĐẠI HỌC KỸ THUẬT -", "CÔNG NGHIỆP MIỀN TRUNG"],
            "TRƯỜNG ĐẠI HỌC KỸ THUẬT - CÔNG NGHIỆP MIỀN TRUNG",
        ),
        (["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"], "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
        (["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"], "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    ],
)
def test_an_issuer_name_broken_after_a_dash_goes_on_below(lines: list[str], issuer: str) -> None:
    header = (
        "BỘ CÔNG THƯƠNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{lines[0]}\t\tĐộc lập - Tự do - Hạnh phúc\n{lines[1]}\n-------\n"
        "Số: 115/KH-ĐHMT\t\tQuảng Ngãi, ngày 03 tháng 4 năm 2017\n"
    )
    plan = vnplan.parse_text(plan_text("I. MỤC ĐÍCH\n- Tổ chức thi nghiêm túc.\n", header=header))
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (issuer, "BỘ CÔNG THƯƠNG")


def _counts(plan: vnplan.Plan) -> dict[str, tuple[int, int]]:
    """Each assigned unit's (section, sentence) task counts."""
    return {
        a.unit.name: (
            sum(t.origin == "section" for t in a.tasks),
            sum(t.origin == "sentence" for t in a.tasks),
        )
        for a in plan.assignments
    }


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Giao nhân viên y tế trường học chủ trì tổ chức khám sức khỏe cho học sinh.",
            "Nhân viên y tế trường học",
        ),
        (
            "Giao giáo viên chủ nhiệm các lớp phối hợp với phụ huynh theo dõi học sinh.",
            "Giáo viên chủ nhiệm các lớp",
        ),
        (
            "Giao điều dưỡng trưởng khoa chủ trì kiểm tra việc ghi hồ sơ bệnh án.",
            "Điều dưỡng trưởng khoa",
        ),
    ],
)
def test_a_headed_post_given_work_in_lower_case_mid_sentence(sentence: str, unit: str) -> None:
    """A post is written in lower case after "Giao"; it is still the headed unit."""
    body = (
        f"I. NỘI DUNG\n1. Khám sức khỏe\n{sentence}\n\nII. TỔ CHỨC THỰC HIỆN\n"
        f"1. {unit}\n- Lập kế hoạch chi tiết.\n- Báo cáo kết quả.\n"
        "2. Hiệu trưởng\n- Chỉ đạo chung.\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got[unit] == (2, 1)


@pytest.mark.parametrize(
    ("marker", "unit"),
    [
        ("là đầu mối", "Khoa Kiểm soát bệnh tật - HIV/AIDS"),
        ("là bộ phận thường trực", "Phòng Hành chính - Tổng hợp"),
        ("làm đầu mối", "Văn phòng Sở"),
        ("là cơ quan chủ trì", "Trung tâm Văn hóa huyện"),
    ],
)
def test_giao_x_la_dau_moi_names_x_alone(marker: str, unit: str) -> None:
    """The copula and the lead role, in any of their combinations, end the unit's name."""
    body = (
        "I. TỔ CHỨC THỰC HIỆN\n1. Ban Giám đốc\n- Chỉ đạo chung.\n\n"
        f"Giao {unit} {marker} theo dõi, tổng hợp kết quả, báo cáo hằng tháng.\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got[unit] == (0, 1)
    assert not any(marker in name for name in got)


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        (
            "Sở Thông tin và Truyền thông, Công an tỉnh",
            ["Sở Thông tin và Truyền thông", "Công an tỉnh"],
        ),
        ("Phòng Nội vụ và Công an huyện", ["Phòng Nội vụ", "Công an huyện"]),
        (
            "Phó Hiệu trưởng phụ trách chuyên môn, Tổ trưởng chuyên môn",
            ["Phó Hiệu trưởng phụ trách chuyên môn", "Tổ trưởng chuyên môn"],
        ),
        ("Giáo viên chủ nhiệm và Nhân viên y tế", ["Giáo viên chủ nhiệm", "Nhân viên y tế"]),
        ("Kế toán", ["Kế toán"]),
        ("Văn thư", ["Văn thư"]),
        ("Thư ký Hội đồng thi", ["Thư ký Hội đồng thi"]),
        # A post after a body's name may be part of it; a comma inside a name stays.
        ("Cục Nhà giáo và Cán bộ quản lý giáo dục", ["Cục Nhà giáo và Cán bộ quản lý giáo dục"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        # Before 'các' and a named body.
        (
            "Phòng Kê khai và Kế toán thuế, các Chi cục Thuế",
            ["Phòng Kê khai và Kế toán thuế", "các Chi cục Thuế"],
        ),
        ("Văn phòng Sở, các Trung tâm Y tế huyện", ["Văn phòng Sở", "các Trung tâm Y tế huyện"]),
    ],
)
def test_a_task_tables_lead_cell_splits_into_bodies_and_posts(cell: str, leads: list[str]) -> None:
    body = (
        "I. NHIỆM VỤ\n\nTT | Nội dung công việc | Đơn vị chủ trì | Thời gian\n"
        f"1 | Mua sắm vật tư, thiết bị phục vụ kế hoạch | {cell} | Tháng 10/2025\n\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert {name: n for name, n in got.items() if n[1]} == {name: (0, 1) for name in leads}


@pytest.mark.parametrize(
    "topic",
    [
        "Phòng, chống dịch bệnh",
        "Phòng, chống tai nạn thương tích, đuối nước",
        "Phòng, chống thiên tai",
    ],
)
def test_a_topic_opening_with_the_verb_phong_chong_is_no_unit(topic: str) -> None:
    """The head word "Phòng" before a comma and a verb is prevent-and-combat."""
    body = (
        "I. TỔ CHỨC THỰC HIỆN\n1. Ban Giám hiệu\n- Chỉ đạo chung.\n"
        f"2. {topic}\n- Tổ chức tổng vệ sinh trường lớp.\n- Theo dõi sức khỏe học sinh.\n"
        "3. Các đơn vị, địa phương\n- Phối hợp thực hiện.\n"
    )
    names = set(_counts(vnplan.parse_text(plan_text(body))))
    assert topic not in names
    assert "Các đơn vị, địa phương" in names


@pytest.mark.parametrize(
    ("item", "unit"),
    [
        # Verbs no vocabulary lists end the name: the tagger finds them.
        (
            "Phòng Kế hoạch - Tài vụ bảo đảm kinh phí, hướng dẫn thanh quyết toán các khoản chi.",
            "Phòng Kế hoạch - Tài vụ",
        ),
        (
            "Phòng Tổ chức - Hành chính phân công phóng viên, biên tập viên thực hiện.",
            "Phòng Tổ chức - Hành chính",
        ),
        (
            "Phòng Biên tập chương trình bố trí khung giờ phát sóng hợp lý cho các chương trình.",
            "Phòng Biên tập chương trình",
        ),
        (
            "Sở Kế hoạch và Đầu tư thẩm định hồ sơ các dự án đầu tư công trên địa bàn.",
            "Sở Kế hoạch và Đầu tư",
        ),
        (
            "Trường Tiểu học Hòa Bình rà soát, lập danh sách học sinh có hoàn cảnh khó khăn.",
            "Trường Tiểu học Hòa Bình",
        ),
    ],
)
def test_a_unit_item_ends_its_name_at_the_taggers_first_verb(item: str, unit: str) -> None:
    body = (
        f"I. TỔ CHỨC THỰC HIỆN\n1. Ban Giám đốc chỉ đạo chung việc thực hiện Kế hoạch.\n2. {item}\n"
    )
    assert _counts(vnplan.parse_text(plan_text(body)))[unit] == (1, 0)


@pytest.mark.parametrize(
    "unit",
    [
        # A verb inside a name keeps it whole when only a short object follows.
        "Cục Nhà giáo và Cán bộ quản lý giáo dục",
        "Tổ Dịch vụ bảo vệ thực vật",
        "Ban Tuyên truyền và Hỗ trợ người nộp thuế",
        "Ngân hàng Nhà nước chi nhánh khu vực 3",
        "Ban Quản lý dự án đầu tư xây dựng huyện",
    ],
)
def test_a_unit_heading_with_a_verb_in_its_name_stays_whole(unit: str) -> None:
    body = (
        "I. TỔ CHỨC THỰC HIỆN\n1. Ban Giám đốc\n- Chỉ đạo chung.\n"
        f"2. {unit}\n- Rà soát, tổng hợp nhu cầu.\n- Báo cáo kết quả thực hiện.\n"
    )
    assert _counts(vnplan.parse_text(plan_text(body)))[unit] == (2, 0)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # What the plan requires of a body, as a report tells it.
        (
            "Kế hoạch yêu cầu Phòng Công tác xã hội khảo sát sự hài lòng của người bệnh hằng quý.",
            "Phòng Công tác xã hội",
        ),
        (
            "Kế hoạch cũng yêu cầu UBND các xã, thị trấn thành lập đội kiểm tra liên ngành.",
            "UBND các xã, thị trấn",
        ),
        # A remark in brackets between the name and its duty.
        (
            "Trung tâm Kiểm soát bệnh tật tỉnh (sau đây gọi tắt là CDC) được giao làm đầu mối, "
            "chủ trì giám sát dịch tễ.",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
        ),
        # A body over a list of levels, with its own capitalised words first.
        (
            "Trung tâm Y tế các huyện, thành phố được giao tổ chức chiến dịch diệt lăng quăng.",
            "Trung tâm Y tế các huyện, thành phố",
        ),
        # "X giao Y là đơn vị đầu mối, chủ trì ...": the lead is Y alone.
        (
            "Bộ Y tế giao Cục Quản lý môi trường y tế là đơn vị đầu mối, chủ trì theo dõi.",
            "Cục Quản lý môi trường y tế",
        ),
    ],
)
def test_a_reports_sentence_gives_its_lead_unit_a_task(sentence: str, unit: str) -> None:
    text = (
        "Tin tức\n\nNgày 12/3/2024, UBND tỉnh Hòa Bình ban hành Kế hoạch số 45/KH-UBND về "
        f"phòng, chống dịch bệnh năm 2024.\n\n{sentence}\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    got = _counts(plan)
    assert got.get(unit) == (0, 1), got


@pytest.mark.parametrize(
    ("heading", "first_line", "unit"),
    [
        (
            "5. Đề nghị Ban Chấp hành Công đoàn, Ban Chấp hành Chi đoàn nhà trường",
            "Phối hợp theo dõi, kịp thời phản ánh với chi bộ những biểu hiện chưa tốt.",
            "Ban Chấp hành Công đoàn, Ban Chấp hành Chi đoàn nhà trường",
        ),
        (
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã",
            "Tổ chức phổ biến nội dung Nghị quyết đến đoàn viên, hội viên và Nhân dân.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã",
        ),
    ],
)
def test_a_line_opening_with_a_task_verb_is_not_the_rest_of_a_units_name(
    heading: str, first_line: str, unit: str
) -> None:
    """In a wrapped copy a unit heading with no colon stands over its paragraph; a next line
    that opens with a task's verb in capitals begins that paragraph."""
    body = (
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Chi ủy chi bộ\n- Lãnh đạo, chỉ đạo việc thực hiện Kế hoạch.\n"
        f"{heading}\n{first_line}\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got.get(unit) == (1, 0), got


@pytest.mark.parametrize(
    ("item", "unit"),
    [
        (
            "Đảng đoàn Hội đồng nhân dân huyện lãnh đạo Hội đồng nhân dân huyện giám sát việc "
            "thực hiện.",
            "Đảng đoàn Hội đồng nhân dân huyện",
        ),
        (
            "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng Đề án.",
            "Ban cán sự đảng Ủy ban nhân dân tỉnh",
        ),
        (
            "Các LĐLĐ huyện, thành phố chỉ đạo công đoàn cơ sở tổ chức các hoạt động.",
            "Các LĐLĐ huyện, thành phố",
        ),
        (
            "Phó Chủ nhiệm phụ trách sản xuất: theo dõi lịch thời vụ, hướng dẫn xã viên.",
            "Phó Chủ nhiệm phụ trách sản xuất",
        ),
    ],
)
def test_party_bodies_unions_and_chairs_head_their_items(item: str, unit: str) -> None:
    body = f"I. TỔ CHỨC THỰC HIỆN\n1. Ban Thường vụ chỉ đạo chung.\n2. {item}\n"
    assert _counts(vnplan.parse_text(plan_text(body))).get(unit) == (1, 0)


def _phases(plan: vnplan.Plan) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.label, str(p.start) if p.start else None, str(p.end) if p.end else None)
        for p in plan.phases
    ]


@pytest.mark.parametrize(
    ("lines", "phases"),
    [
        # Stages named by what they do, with their ranges.
        (
            "- Giai đoạn chuẩn bị: từ ngày 01/3/2024 đến ngày 20/3/2024, xây dựng kế hoạch.\n"
            "- Giai đoạn cao điểm: từ ngày 21/3/2024 đến ngày 30/4/2024, ra quân đồng loạt.\n"
            "- Giai đoạn này cần bảo đảm an toàn.\n",
            [
                ("Giai đoạn chuẩn bị", "2024-03-01", "2024-03-20"),
                ("Giai đoạn cao điểm", "2024-03-21", "2024-04-30"),
            ],
        ),
        # A stage held within one month.
        (
            "- Đợt 1: Đại hội chi bộ, từ tháng 01 đến tháng 3/2020.\n"
            "- Đợt 2: Đại hội đại biểu Đảng bộ xã, dự kiến trong tháng 5/2020.\n",
            [("Đợt 1", "2020-01", "2020-03"), ("Đợt 2", "2020-05", "2020-05")],
        ),
        # A table cell wrapped inside its range.
        (
            "Giai đoạn 1 Từ tháng 6/2022 đến\ntháng 9/2022\nGiai đoạn 2 Từ tháng 10/2022 đến\n"
            "tháng 3/2023\n",
            [("Giai đoạn 1", "2022-06", "2022-09"), ("Giai đoạn 2", "2022-10", "2023-03")],
        ),
    ],
)
def test_stages_named_held_within_a_month_or_wrapped(
    lines: str, phases: list[tuple[str, str | None, str | None]]
) -> None:
    body = f"I. NỘI DUNG\n1. Thời gian thực hiện\n{lines}"
    assert _phases(vnplan.parse_text(plan_text(body))) == phases


def test_stages_a_sentence_lists_one_after_the_other() -> None:
    body = (
        "I. NỘI DUNG\nBệnh viện tổ chức hai đợt tự đánh giá: Đợt 1 trong Quý II/2026 và Đợt 2 "
        "vào tháng 11/2026, trước khi Sở Y tế kiểm tra.\n"
    )
    assert _phases(vnplan.parse_text(plan_text(body))) == [
        ("Đợt 1", "2026-04", "2026-06"),
        ("Đợt 2", "2026-11", "2026-11"),
    ]


def _signers(plan: vnplan.Plan) -> list[tuple[str | None, ...]]:
    return [(s.authority, s.on_behalf_of, s.position, s.name) for s in plan.signatories]


_SIGN_BODY = "I. MỤC ĐÍCH\n- Tổ chức tốt phong trào thi đua.\n\nTrên đây là Kế hoạch./.\n\n"
_RECIPIENTS = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        # Two columns; the right one's post alone on its row, far right.
        (
            "          GIÁM ĐỐC                              TM. BAN CHẤP HÀNH\n"
            "                                                      CHỦ TỊCH\n\n"
            "          Lê Văn Tâm                              Phạm Thị Hoa\n",
            [
                (None, None, "GIÁM ĐỐC", "Lê Văn Tâm"),
                ("TM.", "BAN CHẤP HÀNH", "CHỦ TỊCH", "Phạm Thị Hoa"),
            ],
        ),
        # The bodies a joint plan's blocks sign for, over their authority lines.
        (
            "SỞ Y TẾ TỈNH QUẢNG NAM                    CÔNG AN TỈNH QUẢNG NAM\n"
            "      KT. GIÁM ĐỐC                                GIÁM ĐỐC\n"
            "     PHÓ GIÁM ĐỐC\n\n"
            "      Trần Văn Bình                            Đỗ Minh Quân\n",
            [
                ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình"),
                (None, "CÔNG AN TỈNH QUẢNG NAM", "GIÁM ĐỐC", "Đỗ Minh Quân"),
            ],
        ),
        # The two blocks one under the other and both names after them.
        (
            "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\n\nBÍ THƯ\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỞNG PHÒNG\n\n"
            "Võ Thanh Sơn\nLâm Thị Thu\n",
            [
                ("TM.", "BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ", "Võ Thanh Sơn"),
                (None, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỞNG PHÒNG", "Lâm Thị Thu"),
            ],
        ),
    ],
)
def test_joint_signature_blocks_in_text_copies(
    closing: str, signers: list[tuple[str | None, ...]]
) -> None:
    plan = vnplan.parse_text(plan_text(_SIGN_BODY, closing=f"{closing}{_RECIPIENTS}"))
    assert _signers(plan) == signers


def test_a_titled_list_attached_after_the_signature_is_no_signer() -> None:
    closing = (
        "Nơi nhận:\n- Như trên;\n- Lưu VT.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hòa\n\n"
        "DANH SÁCH\nCÁC CHI BỘ ĐƯỢC KIỂM TRA\n(Kèm theo Kế hoạch số 07-KH/ĐU ngày 06/02/2020)\n"
        "TT Chi bộ\n1 Chi bộ thôn 1\n"
    )
    plan = vnplan.parse_text(plan_text(_SIGN_BODY, closing=closing))
    assert _signers(plan) == [("TM.", "BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Hòa")]


def test_two_bodies_side_by_side_over_a_rule_and_the_motto_below() -> None:
    """A joint plan's header: both issuers on one line (one per column), a rule under each,
    the motto centred below; the first issuer is the plan's."""
    header = (
        "CÔNG TY TNHH MTV THOÁT NƯỚC BÌNH MINH          BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY\n"
        "            -------------                              -------------\n\n"
        "                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                         Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 05/KHLT-TN-CĐ                       Vĩnh Long, ngày 02 tháng 4 năm 2019\n"
    )
    plan = vnplan.parse_text(plan_text("I. MỤC ĐÍCH\n- Thi đua lao động giỏi.\n", header=header))
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent, plan.issuer.inferred) == (
        "CÔNG TY TNHH MTV THOÁT NƯỚC BÌNH MINH",
        None,
        False,
    )


@pytest.mark.parametrize(
    ("lines", "period"),
    [
        # A school year's years, said more exactly by the months around them.
        (
            "Thời gian thực hiện: từ tháng 9/2023 đến hết năm học 2023 - 2024 (tháng 5/2024).",
            ("2023-09", "2024-05"),
        ),
        # The plan's own time, after the dates of its event on the same item.
        (
            "1. Chủ đề: An toàn lao động.\n2. Thời gian: Tuần lễ được tổ chức từ ngày 01/5/2019 "
            "đến ngày 07/5/2019. Thời gian thực hiện Kế hoạch: từ tháng 4/2019 đến hết "
            "tháng 6/2019.",
            ("2019-04", "2019-06"),
        ),
    ],
)
def test_the_plans_own_time_line_wins(lines: str, period: tuple[str, str]) -> None:
    body = f"II. CHỦ ĐỀ, THỜI GIAN\n{lines}\n"
    plan = vnplan.parse_text(plan_text(body))
    assert plan.period is not None
    assert (str(plan.period.start), str(plan.period.end)) == period


def test_a_headerless_plans_date_printed_over_its_recipients() -> None:
    """No header; the date stands alone after the body's last line, over "Nơi nhận"."""
    text = (
        "KẾ HOẠCH\nKiểm tra an toàn điện Quý II năm 2024\n\nI. MỤC ĐÍCH\n"
        "- Bảo đảm an toàn cho người lao động.\n\nĐề nghị các bộ phận thực hiện./.\n"
        "Ngày 03 tháng 4 năm 2024\nNơi nhận:\n- Ban Giám đốc;\n- Lưu: P.KT.\n\n"
        "TRƯỞNG PHÒNG KỸ THUẬT\n\nHồ Văn Lực\n"
    )
    plan = vnplan.parse_text(text)
    assert str(plan.date) == "2024-04-03"
    assert [(s.position, s.name) for s in plan.signatories] == [
        ("TRƯỞNG PHÒNG KỸ THUẬT", "Hồ Văn Lực")
    ]


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        (
            "(Moj.gov.vn) - Ngày 05 tháng 4 năm 2023, Bộ Lao động, Thương binh và Xã hội ban hành "
            "Kế hoạch số 112/KH-LĐTBXH tổ chức Tháng Công nhân năm 2023.\n\nThời gian thực hiện: "
            "trong tháng 5/2023, cao điểm từ ngày 01 đến ngày 07/5/2023.\n",
            "2023-04-05",
            ("2023-05", "2023-05"),
        ),
    ],
)
def test_a_reports_issuer_with_a_comma_and_a_one_month_period(
    text: str, date: str, period: tuple[str, str]
) -> None:
    plan = vnplan.parse_text(f"Tin tức\n\n{text}")
    assert plan.kind == "news"
    assert str(plan.date) == date
    assert plan.period is not None
    assert (str(plan.period.start), str(plan.period.end)) == period


@pytest.mark.parametrize(
    "lead_in",
    [
        "Phòng Văn hóa và Thông tin có trách nhiệm:",
        "Phòng Văn hóa và Thông tin là cơ quan thường trực của Ban Chỉ đạo huyện, có nhiệm vụ:",
        "Phòng Văn hóa và Thông tin thực hiện các nhiệm vụ sau:",
    ],
)
def test_a_unit_paragraph_that_leads_in_to_its_list(lead_in: str) -> None:
    """An unnumbered paragraph opening with a unit and ending in a lead-in over a dash list:
    the items are the unit's tasks, the lead-in none."""
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n\tBan Chỉ đạo huyện chỉ đạo chung việc thực hiện Kế hoạch.\n"
        f"\t{lead_in}\n\t- Tham mưu ban hành kế hoạch hằng năm;\n\t- Hướng dẫn các xã thực hiện;\n"
        "\t- Tổng hợp, báo cáo kết quả.\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got["Phòng Văn hóa và Thông tin"] == (3, 0), got


def test_a_paragraph_opening_with_the_plan_itself_closes_the_last_unit() -> None:
    """Word copies set no blank line apart: "Kế hoạch này ..." after the last unit's entry
    speaks of the whole plan, and a "Giao ..." in it is a sentence task, not the unit's."""
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Huyện ủy\n- Hướng dẫn các chi bộ học tập.\n"
        "2. Văn phòng Huyện ủy\n- Bảo đảm kinh phí.\n"
        "Kế hoạch này được phổ biến đến các chi bộ. "
        "Giao Ban Tuyên giáo Huyện ủy chủ trì theo dõi.\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got == {"Ban Tuyên giáo Huyện ủy": (1, 1), "Văn phòng Huyện ủy": (1, 0)}


@pytest.mark.parametrize(
    ("after", "tasks"),
    [
        # An article goes on after the plan's list: a quote, a date, the author.
        (
            'Cô Trần Thị Mai, Hiệu trưởng nhà trường cho biết: "Năm nay trường đặt mục tiêu cao."'
            "\n\nKỳ thi dự kiến diễn ra từ ngày 25 đến 27/6/2024.\n\nTổ Văn phòng\n",
            1,
        ),
        # A paragraph that goes on with the unit's work stays its own.
        ("Phối hợp với các trường đại học tổ chức tư vấn tuyển sinh cho học sinh lớp 12.\n", 2),
    ],
)
def test_paragraphs_after_a_lists_last_one_paragraph_item(after: str, tasks: int) -> None:
    body = (
        "III. PHÂN CÔNG NHIỆM VỤ\n\n1. Ban Giám hiệu: chỉ đạo chung việc ôn tập.\n\n"
        "2. Giáo viên bộ môn: soạn bài ôn tập theo đề cương.\n\n"
        "3. Đoàn Thanh niên trường: tổ chức tư vấn hướng nghiệp.\n\n"
        f"4. Bộ phận Kế toán: thu, chi kinh phí ôn tập đúng quy định.\n\n{after}"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got["Bộ phận Kế toán"] == (tasks, 0), got


def test_a_committees_member_list_is_no_assignment_and_a_headed_post_leads() -> None:
    body = (
        "II. NỘI DUNG\n- Phó Hiệu trưởng phụ trách chuyên môn chủ trì thẩm định bài giảng "
        "điện tử.\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Ban Chỉ đạo chuyển đổi số của nhà trường gồm: "
        "Trưởng ban: Hiệu trưởng; Ủy viên: các tổ trưởng.\n2. Hiệu trưởng\n- Chỉ đạo chung.\n"
        "3. Phó Hiệu trưởng phụ trách chuyên môn\n- Chỉ đạo các tổ chuyên môn.\n"
        "- Quản lý sổ điểm điện tử.\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got == {"Hiệu trưởng": (1, 0), "Phó Hiệu trưởng phụ trách chuyên môn": (2, 1)}


def test_an_attached_plans_repeated_header_is_no_signer_of_the_decision() -> None:
    text = (
        "BỘ CÔNG THƯƠNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN NÚI\t\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/QĐ-ĐHKT\t\tThái Nguyên, ngày 05 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Kế hoạch tổ chức Hội nghị khoa học\n\nĐiều 1. Ban hành kèm theo "
        "Quyết định này Kế hoạch tổ chức Hội nghị khoa học.\nĐiều 2. Quyết định có hiệu lực "
        "từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. HIỆU TRƯỞNG\n"
        "PHÓ HIỆU TRƯỞNG\n\nLê Văn Hùng\n\n"
        "BỘ CÔNG THƯƠNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN NÚI\t\tĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\n"
        "Tổ chức Hội nghị khoa học năm 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-ĐHKT)\n\n"
        "I. MỤC ĐÍCH\n- Đẩy mạnh nghiên cứu khoa học.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.title == "Tổ chức Hội nghị khoa học năm 2026"
    assert [(s.authority, s.on_behalf_of, s.position, s.name) for s in plan.signatories] == [
        ("KT.", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Văn Hùng")
    ]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            ["TRƯỜNG ĐẠI HỌC KINH TẾ VÀ", "CÔNG NGHIỆP MIỀN NÚI"],
            "TRƯỜNG ĐẠI HỌC KINH TẾ VÀ CÔNG NGHIỆP MIỀN NÚI",
        ),
        (
            ["CÔNG TY CỔ PHẦN XÂY LẮP VÀ", "VẬT LIỆU XÂY DỰNG HÀ TĨNH"],
            "CÔNG TY CỔ PHẦN XÂY LẮP VÀ VẬT LIỆU XÂY DỰNG HÀ TĨNH",
        ),
    ],
)
def test_an_issuer_name_broken_after_va_goes_on_below(lines: list[str], name: str) -> None:
    header = (
        f"TỔNG CÔNG TY XÂY DỰNG MIỀN TRUNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{lines[0]}\t\tĐộc lập - Tự do - Hạnh phúc\n{lines[1]}\n"
        "Số: 86/KH-XL\t\tHà Tĩnh, ngày 18 tháng 4 năm 2025\n"
    )
    plan = vnplan.parse_text(plan_text("I. MỤC ĐÍCH\n- An toàn lao động.\n", header=header))
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (name, "TỔNG CÔNG TY XÂY DỰNG MIỀN TRUNG")


@pytest.mark.parametrize(
    "unit", ["Các thôn trên địa bàn xã", "Các tổ dân phố trên địa bàn phường", "Các ấp"]
)
def test_residential_units_of_a_commune_are_assignees(unit: str) -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã\n- Tham mưu triển khai.\n"
        f"2. {unit}\nPhối hợp tuyên truyền, vận động Nhân dân cài đặt ứng dụng VNeID.\n"
    )
    closing = "Nơi nhận:\n- Các thôn;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hải\n"
    got = _counts(vnplan.parse_text(plan_text(body, closing=closing)))
    assert got.get(unit) == (1, 0), got


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # A quoted name inside the title: the title is the whole clause.
        (
            "UBND tỉnh Quảng Nam vừa ban hành Kế hoạch số 52/KH-UBND ngày 3/4/2020 về tổ chức "
            "“Tháng hành động vì an toàn thực phẩm” năm 2020 trên địa bàn tỉnh.",
            "tổ chức “Tháng hành động vì an toàn thực phẩm” năm 2020 trên địa bàn tỉnh",
        ),
        # The title after whose plan it is.
        (
            "Sáng 5/7, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai Kế hoạch số 1210/KH-UBND "
            "ngày 20/5/2014 của UBND tỉnh thực hiện Đề án “Xây dựng xã hội học tập” trên địa bàn "
            "tỉnh.",
            "thực hiện Đề án “Xây dựng xã hội học tập” trên địa bàn tỉnh",
        ),
    ],
)
def test_a_reports_title_with_a_quoted_name_inside_it(sentence: str, title: str) -> None:
    plan = vnplan.parse_text(f"Tin tức\n\n{sentence}\n\nTheo kế hoạch, các đơn vị triển khai.\n")
    assert plan.kind == "news"
    assert plan.title == title


@pytest.mark.parametrize(
    ("body", "short", "full"),
    [
        ("Sở Giáo dục và Đào tạo Hà Nam (Sở GD&ĐT)", "Sở GD&ĐT", "Sở Giáo dục và Đào tạo Hà Nam"),
        ("Sở Khoa học và Công nghệ (Sở KH&CN)", "Sở KH&CN", "Sở Khoa học và Công nghệ"),
        (
            "Phòng Tài nguyên và Môi trường huyện (Phòng TN&MT)",
            "Phòng TN&MT",
            "Phòng Tài nguyên và Môi trường huyện",
        ),
    ],
)
def test_a_report_names_its_issuer_then_its_short_name(body: str, short: str, full: str) -> None:
    text = (
        f"Tin tức\n\nNgày 15/3/2021, {body} ban hành Kế hoạch số 512/KH-SGDĐT tổ chức tuyển "
        "sinh vào lớp 10 năm học 2021-2022.\n\nTheo kế hoạch, các trường triển khai.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None and plan.issuer.name == full
    assert [(a.short, a.full) for a in plan.abbreviations] == [(short, full)]


def test_a_plan_pasted_whole_under_an_e_mails_cover_note() -> None:
    """Prose above KẾ HOẠCH, then the whole plan down to its signature: the plan itself (not
    an article quoting one), its issuer named by its own text, not by the note."""
    text = (
        "Chủ đề: Kế hoạch hội thi giáo viên dạy giỏi năm học 2024-2025\n"
        "Gửi tới: các tổ trưởng chuyên môn\n\nKính gửi quý thầy cô,\n\n"
        "Ban Giám hiệu gửi kế hoạch hội thi giáo viên dạy giỏi cấp trường năm nay, đề nghị các "
        "tổ triển khai trong tổ và gửi đăng ký về Phó Hiệu trưởng trước thứ Sáu tuần này.\n\n"
        "Trân trọng./.\n\nKẾ HOẠCH\nHội thi giáo viên dạy giỏi cấp trường năm học 2024-2025\n\n"
        "Trường THCS Lê Lợi xây dựng kế hoạch hội thi giáo viên dạy giỏi như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng giảng dạy.\n\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Tổ trưởng chuyên môn\n- Đăng ký giáo viên dự thi.\n\nHIỆU TRƯỞNG\n(đã ký)\n\n"
        "Nguyễn Thị Lan\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "plan"
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.inferred) == ("Trường THCS Lê Lợi", True)
    assert [(s.position, s.name) for s in plan.signatories] == [("HIỆU TRƯỞNG", "Nguyễn Thị Lan")]


def test_a_report_of_a_plan_the_body_has_just_issued_and_its_held_stages() -> None:
    text = (
        "Tin tức\n\nTrước diễn biến phức tạp của dịch sốt xuất huyết, UBND tỉnh Trà Vinh vừa có "
        "Kế hoạch 88/KH-UBND ngày 6-6-2018 về tăng cường phòng, chống dịch bệnh sốt xuất huyết "
        "năm 2018.\n\nTheo kế hoạch, toàn tỉnh ra quân 2 đợt. Đợt 1 diễn ra từ ngày 15 đến "
        "30-6-2018. Đợt 2 từ ngày 10 đến 25-8-2018, trước đỉnh dịch.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.issuer is not None and plan.issuer.name == "UBND tỉnh Trà Vinh"
    assert (str(plan.date), plan.number.raw if plan.number else None) == (
        "2018-06-06",
        "88/KH-UBND",
    )
    assert _phases(plan) == [
        ("Đợt 1", "2018-06-15", "2018-06-30"),
        ("Đợt 2", "2018-08-10", "2018-08-25"),
    ]


@pytest.mark.parametrize(
    ("line", "phase"),
    [
        (
            "- Giai đoạn 2: Từ ngày 10/02/2024 (mùng 1 Tết) đến hết ngày 29/02/2024.",
            ("Giai đoạn 2", "2024-02-10", "2024-02-29"),
        ),
        (
            "- Đợt 2: Thực hiện vét (từ ngày 08 đến ngày 10 tháng 12 năm 2025).",
            ("Đợt 2", "2025-12-08", "2025-12-10"),
        ),
    ],
)
def test_a_remark_in_brackets_inside_a_stages_range(line: str, phase: tuple[str, ...]) -> None:
    body = f"I. THỜI GIAN\n- Đợt 1: Từ ngày 01/01/2024 đến ngày 05/01/2024.\n{line}\n"
    assert (
        _phases(vnplan.parse_text(plan_text(body.replace("Đợt 1", phase[0][:-1] + "1"))))[1]
        == phase
    )


def test_a_markdown_table_of_stages_keeps_one_row_per_stage() -> None:
    """Rows of a pipe table are never joined as one wrapped line, and a row opening with a
    stage's label is that stage."""
    body = (
        "III. THỜI GIAN KIỂM TRA\n\n| Đợt | Thời gian | Đơn vị được kiểm tra |\n"
        "|---|---|---|\n| Đợt 1 | Tháng 5/2024 | Sở Xây dựng; UBND huyện Đại Từ; UBND huyện "
        "Phú Lương; UBND huyện Định Hóa |\n| Đợt 2 | Tháng 7/2024 | Sở Y tế; UBND thành phố "
        "Sông Công |\n| Đợt 3 | Tháng 9 và tháng 10/2024 | Sở Công Thương |\n"
    )
    assert _phases(vnplan.parse_text(plan_text(body))) == [
        ("Đợt 1", "2024-05", "2024-05"),
        ("Đợt 2", "2024-07", "2024-07"),
        ("Đợt 3", "2024-09", "2024-10"),
    ]


def test_the_plans_time_told_at_the_end_of_a_paragraph() -> None:
    body = (
        "I. CHỈ TIÊU\nDiện tích gieo trồng 620 ha; sản lượng dự kiến 4.464 tấn. Thời gian thực "
        "hiện kế hoạch: từ tháng 11/2015 đến hết tháng 3/2016.\n\nII. LỊCH THỜI VỤ\n"
        "- Đợt 1: từ ngày 15/11/2015 đến ngày 25/11/2015.\n"
        "- Đợt 2: từ ngày 01/12/2015 đến ngày 10/12/2015.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    assert plan.period is not None
    assert (str(plan.period.start), str(plan.period.end)) == ("2015-11", "2016-03")


@pytest.mark.parametrize(
    ("after", "tasks", "giao"),
    [
        # The plan hands work to another unit after the last entry: not that entry's.
        ("Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.", 1, 1),
        # A second task that opens with a verb the vocabulary lacks stays the unit's.
        ("Phát hiện, báo cáo kịp thời các vi phạm trên địa bàn về Ủy ban nhân dân phường.", 2, 0),
    ],
)
def test_a_paragraph_after_the_last_of_one_paragraph_entries(
    after: str, tasks: int, giao: int
) -> None:
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n1- Ban Tuyên giáo Tỉnh ủy\nHướng dẫn nội dung tuyên truyền.\n"
        "2- Sở Văn hóa và Thể thao\nTổ chức các hoạt động văn hóa, văn nghệ.\n"
        "3- Đài Phát thanh - Truyền hình tỉnh\nMở chuyên trang, chuyên mục tuyên truyền.\n"
        f"{after}\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got["Đài Phát thanh - Truyền hình tỉnh"] == (tasks, 0), got
    assert got["Ban Tuyên giáo Tỉnh ủy"] == (1, giao), got


@pytest.mark.parametrize(
    ("sentence", "abbreviation"),
    [
        (
            "Tổng số cán bộ, giáo viên, nhân viên (CB-GV-NV) là 64 người.",
            ("CB-GV-NV", "cán bộ, giáo viên, nhân viên"),
        ),
        (
            "Mỗi Phòng giao dịch Ngân hàng huyện (sau đây gọi tắt là PGD) cử 02 thí sinh.",
            ("PGD", "Phòng giao dịch Ngân hàng huyện"),
        ),
    ],
)
def test_hyphenated_acronyms_and_a_determiner_before_the_full_form(
    sentence: str, abbreviation: tuple[str, str]
) -> None:
    plan = vnplan.parse_text(
        plan_text(f"I. MỤC ĐÍCH\n- Thi đua dạy tốt.\n\nII. NỘI DUNG\n{sentence}\n")
    )
    assert [(a.short, a.full) for a in plan.abbreviations] == [abbreviation]


def test_the_taggers_verb_before_a_known_verb_after_a_capitalised_word() -> None:
    """ "... Ban Giám đốc Công ty tạo điều kiện ... để CĐCS tổ chức ...": the known verb
    after "CĐCS" is not where the name ends; the tagger's first verb is."""
    body = (
        "V. TỔ CHỨC THỰC HIỆN\n1. Ban Chấp hành CĐCS chỉ đạo chung.\n"
        "2. Đề nghị Ban Giám đốc Công ty tạo điều kiện về thời gian, hội trường, phương tiện để "
        "CĐCS tổ chức thành công Đại hội.\n"
    )
    got = _counts(vnplan.parse_text(plan_text(body)))
    assert got.get("Ban Giám đốc Công ty") == (1, 0), got


def test_a_reports_plan_number_in_brackets_before_the_plans_it_cites() -> None:
    text = (
        "Tin tức\n\nUBND tỉnh Cao Bằng vừa ban hành Kế hoạch thực hiện Năm An toàn giao thông "
        "2013 trên địa bàn tỉnh.\n\nKế hoạch (số 31/KH-UBND, ký ngày 12/2) được xây dựng trên cơ "
        "sở Kế hoạch số 05/KH-UBATGTQG ngày 07/01/2013 của Ủy ban An toàn giao thông quốc gia.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.number is not None and plan.number.raw == "31/KH-UBND"


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        # An order told after its subject, to a collective of bodies in capitals or not.
        (
            "Bộ cũng giao các Trung tâm Kiểm soát bệnh tật, Pasteur hỗ trợ kỹ thuật cho các "
            "địa phương trong khu vực phụ trách, thực hiện giám sát ca bệnh.",
            ["các Trung tâm Kiểm soát bệnh tật, Pasteur"],
        ),
        (
            "Sở yêu cầu các trường tiểu học bàn giao hồ sơ học sinh trước ngày 30/6/2026.",
            ["các trường tiểu học"],
        ),
        (
            "Kế hoạch cũng yêu cầu các Sở Nông nghiệp và Môi trường căn cứ tình hình địa "
            "phương tham mưu tổ chức hưởng ứng.",
            ["các Sở Nông nghiệp và Môi trường"],
        ),
        # A lead in a clause opened by the report's own words, its name with a comma in it.
        (
            "Ở cấp cơ sở, kế hoạch nêu rõ Phòng Văn hóa các xã, phường chủ trì tổ chức ngày hội.",
            ["Phòng Văn hóa các xã, phường"],
        ),
        # Two bodies given one task in the passive, by a verb no list holds (the tagger's).
        (
            "Đài Phát thanh tỉnh, Tạp chí Non Nước được giao mở chuyên mục về ngày hội.",
            ["Đài Phát thanh tỉnh", "Tạp chí Non Nước"],
        ),
    ],
)
def test_a_reports_orders_and_requests_to_bodies(sentence: str, leads: list[str]) -> None:
    text = _ARTICLE.format(phases="", passive=sentence, levels="")
    plan = vnplan.parse_text(text)
    got = [a.unit.name for a in plan.assignments if a.unit.name != "Sở Y tế"]
    if "mở chuyên mục" in sentence and not vnplan.nlp.available():
        leads = []  # without the tagger, a verb no list holds is not known to be one
    assert got == leads
    for a in plan.assignments:
        assert [t.origin for t in a.tasks] == ["sentence"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A request only to carry this plan out: the closing formula.
        "Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc thực hiện Kế hoạch này.",
        # What a leader asks at a meeting the report tells of is not the plan's.
        "Tại hội nghị, lãnh đạo UBND tỉnh yêu cầu Sở Công Thương tăng cường xúc tiến thương mại.",
        # The duties given to a body, not a body given work.
        "Các phòng căn cứ chức năng, nhiệm vụ được giao phối hợp với Sở Y tế thực hiện.",
        # Something given, not work.
        "Trung tâm Y tế được giao 50 chỉ tiêu tuyển dụng năm 2026.",
    ],
)
def test_what_a_report_says_that_gives_no_lead(sentence: str) -> None:
    text = _ARTICLE.format(phases="", passive=sentence, levels="")
    plan = vnplan.parse_text(text)
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [("Sở Y tế", 1)]


@pytest.mark.parametrize(
    ("dateline", "signed", "date"),
    [
        ("Thứ Hai, 09/03/2026 - 08:15", "ký ngày 5/3", "2026-03-05"),
        # A December plan reported in January is of the year before.
        ("Cập nhật: 06/01/2025", "ban hành ngày 28/12", "2024-12-28"),
    ],
)
def test_a_reports_plan_number_and_yearless_date_in_brackets(
    dateline: str, signed: str, date: str
) -> None:
    text = (
        f"BÁO ĐIỆN BIÊN PHỦ\n{dateline}\nĐiện Biên triển khai Tháng hành động vì trẻ em\n"
        "(ĐBP) - UBND tỉnh Điện Biên vừa ban hành Kế hoạch tổ chức Tháng hành động vì trẻ em "
        "2026 trên địa bàn tỉnh.\n"
        f"Kế hoạch (số 61/KH-UBND, {signed}) được xây dựng trên cơ sở Kế hoạch số "
        "15/KH-BYT ngày 10/1/2026 của Bộ Y tế.\n"
        "Kế hoạch giao Sở Y tế chủ trì, phối hợp với các sở, ngành tổ chức các hoạt động.\n"
    )
    plan = vnplan.parse_text(text)
    assert plan.kind == "news"
    assert plan.number is not None and plan.number.raw == "61/KH-UBND"
    assert str(plan.date) == date
    assert plan.title == "tổ chức Tháng hành động vì trẻ em 2026 trên địa bàn tỉnh"
    # A year closing the event's name in the title is the plan's year.
    assert plan.period is not None and (str(plan.period.start), str(plan.period.end)) == (
        "2026",
        "2026",
    )


@pytest.mark.parametrize(
    ("title", "period"),
    [
        # The years an anniversary counts are no period, and a year in no event's name
        # none either; a range the title names is.
        ("Tổ chức các hoạt động kỷ niệm 80 năm Ngày thành lập (1945 - 2025)", None),
        ("Triển khai Đề án 06 trên địa bàn xã", None),
        ("Tuyên truyền Luật Đất đai 2024 giai đoạn 2026 - 2027", ("2026", "2027")),
        (
            "Kỷ niệm 50 năm Ngày giải phóng (1976 - 2026) và tổ chức Hội thao năm 2026",
            ("2026", "2026"),
        ),
    ],
)
def test_the_period_a_titles_years_give(title: str, period: tuple[str, str] | None) -> None:
    text = (
        _HEADER.format(
            parent="",
            issuer="ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
            number="12/KH-UBND",
            place="Tân Phú",
            day=2,
            month=3,
        )
        + f"KẾ HOẠCH\n{title}\nI. MỤC ĐÍCH, YÊU CẦU\n- Thiết thực.\n"
    )
    plan = vnplan.parse_text(text)
    got = None if plan.period is None else (str(plan.period.start), str(plan.period.end))
    assert got == period


@pytest.mark.parametrize(
    ("item", "name"),
    [
        # a sector's name written in lower case after its first word is the body's name
        ("Đề nghị Sở Giao thông vận tải quan tâm bố trí phương tiện.", "Sở Giao thông vận tải"),
        (
            "Phòng Nông nghiệp và phát triển nông thôn quan tâm hướng dẫn nông dân.",
            "Phòng Nông nghiệp và phát triển nông thôn",
        ),
        (
            "Sở Văn hóa, thể thao và du lịch vận động các câu lạc bộ tham gia.",
            "Sở Văn hóa, thể thao và du lịch",
        ),
        # a body asked to act, its name in lower case after an ambiguous head
        (
            "Đề nghị Ban đại diện cha mẹ học sinh vận động phụ huynh ủng hộ sách.",
            "Ban đại diện cha mẹ học sinh",
        ),
        ("Đề nghị Hội người cao tuổi xã vận động hội viên tham gia.", "Hội người cao tuổi xã"),
        # a lower-case name that closes on an administrative or grassroots level
        ("Ban điều hành các khu phố phối hợp hướng dẫn người dân.", "Ban điều hành các khu phố"),
        ("Ban công tác Mặt trận các thôn vận động Nhân dân.", "Ban công tác Mặt trận các thôn"),
        ("Ban chỉ đạo xã chỉ đạo các thôn ra quân.", "Ban chỉ đạo xã"),
    ],
)
def test_lower_case_names_of_known_sectors_and_of_bodies_asked_to_act(item: str, name: str) -> None:
    assert _item_then_another(item) == [(name, 1), ("Phòng Văn hóa - Thông tin huyện", 1)]


def test_a_verb_after_de_nghi_is_no_body() -> None:
    items = "1. Đề nghị Ban hành kịp thời các văn bản hướng dẫn.\n2. Phòng Y tế: Kiểm tra.\n"
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    assert [a.unit.name for a in plan.assignments] == ["Phòng Y tế"]


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        # "chủ trì" after a bare collective and before a verb says which units
        ("Các đơn vị chủ trì lập dự toán gửi Phòng Tài chính thẩm định.", []),
        ("Các cơ quan chủ trì gửi báo cáo về Văn phòng trước ngày 15 hằng tháng.", []),
        # a named body before "chủ trì" and a verb is the lead
        ("Phòng Tài chính chủ trì lập dự toán.", ["Phòng Tài chính"]),
        ("Các trường tiểu học chủ trì tổ chức ngày hội.", ["Các trường tiểu học"]),
    ],
)
def test_chu_tri_after_a_bare_collective_modifies_it(sentence: str, leads: list[str]) -> None:
    items = f"1. Phòng Y tế: Kiểm tra.\n\nIII. KINH PHÍ\n{sentence}\n"
    plan = vnplan.parse_text(_PEOPLE_PLAN.format(items=items))
    assert [a.unit.name for a in plan.assignments] == ["Phòng Y tế", *leads]


@pytest.mark.parametrize(
    ("label", "year"),
    [("Giai đoạn", 2025), ("Đợt", 2021), ("Bước", 2017)],
)
def test_a_phase_run_into_the_item_before_it_is_its_own_phase(label: str, year: int) -> None:
    body = (
        f"Chiến dịch được chia làm 3 {label.lower()}:\n"
        f"{label} 1 (từ ngày 05/9 đến ngày 30/9/{year}): Rà soát dữ liệu hiện có. {label} 2 "
        f"(từ ngày 01/10 đến ngày 31/10/{year}): Thu thập, bổ sung thông tin.\n"
        f"{label} 3 (từ ngày 01/11 đến ngày 30/11/{year}): Nghiệm thu, sơ kết.\n"
    )
    plan = vnplan.parse_text(plan_text(f"II. NỘI DUNG\n{body}"))
    assert [(p.label, str(p.start), str(p.end)) for p in plan.phases] == [
        (f"{label} 1", f"{year}-09-05", f"{year}-09-30"),
        (f"{label} 2", f"{year}-10-01", f"{year}-10-31"),
        (f"{label} 3", f"{year}-11-01", f"{year}-11-30"),
    ]


def test_a_units_code_in_its_heading_is_no_abbreviation() -> None:
    text = plan_text(
        "I. NỘI DUNG\n\n1. Huấn luyện an toàn, vệ sinh lao động (sau đây viết tắt là ATVSLĐ)."
        "\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Hành chính - Nhân sự (HCNS)\n\n- Khám sức khỏe."
        "\n\n2. Phòng Kỹ thuật - Cơ điện (KTCĐ)\n\n- Kiểm định thiết bị."
    )
    plan = vnplan.parse_text(text)
    assert [a.unit.code for a in plan.assignments] == ["HCNS", "KTCĐ"]
    assert [a.short for a in plan.abbreviations] == ["ATVSLĐ"]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "1. Thời gian kiểm tra: từ ngày 19/12/2026 đến ngày 24/12/2026.",
            "3. Thời hạn chấm: trước ngày 31/12/2026.",
        ),
        (
            "1. Thời gian tổ chức: từ ngày 19/12 đến ngày 24/12/2026.",
            "2. Thời hạn báo cáo: trước ngày 31/12/2026.",
        ),
    ],
)
def test_a_time_field_with_both_ends_is_the_period_not_the_deadlines_after_it(
    first: str, later: str
) -> None:
    text = (
        _HEADER.format(
            parent="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HOÀI NHƠN",
            issuer="TRƯỜNG THCS HOÀI THANH",
            number="45/KH-THCS",
            place="Hoài Thanh",
            day=1,
            month=12,
        )
        + "KẾ HOẠCH\nKiểm tra cuối học kỳ I\n\nI. NỘI DUNG\n- Kiểm tra các môn.\n"
        + f"II. THỜI GIAN, LỊCH KIỂM TRA\n{first}\n2. Lịch kiểm tra: theo phụ lục.\n{later}\n"
        + "III. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng\n- Chỉ đạo chung.\n"
    )
    period = vnplan.parse_text(text).period
    assert period is not None
    assert (str(period.start), str(period.end)) == ("2026-12-19", "2026-12-24")


@pytest.mark.parametrize(
    "heading",
    [
        "7. Đề nghị Ủy ban nhân dân các xã, thị trấn",
        "7. Các tổ chức chính trị - xã hội tỉnh",
        "7. Trạm Y tế các phường",
    ],
)
@pytest.mark.parametrize(
    "closing",
    [
        "Giao Khoa Kiểm soát bệnh tật là đầu mối theo dõi, tổng hợp tình hình thực hiện.",
        "Yêu cầu các khoa, phòng nghiêm túc triển khai thực hiện.",
    ],
)
def test_a_paragraph_giving_another_body_work_ends_the_last_units_section(
    heading: str, closing: str
) -> None:
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Khoa Dược\n- Cung ứng thuốc.\n"
        f"{heading}\nChỉ đạo các ban, ngành tham gia chiến dịch diệt lăng quăng.\n{closing}\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    own = [a for a in plan.assignments if a.unit.name == heading[3:].removeprefix("Đề nghị ")]
    assert len(own) == 1
    assert [t.origin for t in own[0].tasks] == ["section"]


@pytest.mark.parametrize(
    ("topic", "unit"),
    [
        ("4. Công tác kiểm định chất lượng", "Tổ Văn phòng"),
        ("2. Nâng cao chất lượng dạy học", "Tổ Toán - Tin"),
        ("3. Cơ sở vật chất", "Tổ Hành chính - Quản trị"),
    ],
)
def test_a_unit_named_inside_a_topic_of_a_duties_section_is_no_unit_entry(
    topic: str, unit: str
) -> None:
    body = (
        f"II. NHIỆM VỤ CỤ THỂ VÀ GIẢI PHÁP\n{topic}\na) Kiện toàn Hội đồng tự đánh giá.\n"
        f"b) {unit} lưu trữ hồ sơ minh chứng hằng tháng.\nc) Hoàn thành báo cáo trước ngày "
        f"30/3/2026.\nIII. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng\n- Chỉ đạo chung.\n2. {unit}\n"
        "- Quản lý hồ sơ, sổ sách.\n- Thực hiện chế độ chính sách.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [
        ("Hiệu trưởng", 1),
        (unit, 2),
    ]


def test_an_attached_plans_header_beside_the_signature_is_no_signatory() -> None:
    text = (
        "BỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC KINH TẾ VÀ CÔNG NGHIỆP VIỆT BẮC\nSố: 35/QĐ-ĐHKTCN\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Thái Nguyên, ngày 12 tháng 01 năm 2026\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tổ chức "
        "Hội nghị khoa học\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội nghị "
        "khoa học.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n"
        "- Lưu: VT.\nBỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC KINH TẾ VÀ CÔNG NGHIỆP VIỆT BẮC\n--------\n"
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nPGS.TS. Lương Thị Minh\n"
        "KẾ HOẠCH\nTổ chức Hội nghị khoa học\n(Ban hành kèm theo Quyết định số 35/QĐ-ĐHKTCN)\n"
        "I. MỤC ĐÍCH\n- Đẩy mạnh nghiên cứu khoa học.\n"
    )
    plan = vnplan.parse_text(text)
    assert [(s.authority, s.position, s.rank, s.name) for s in plan.signatories] == [
        ("KT.", "PHÓ HIỆU TRƯỞNG", "PGS.TS.", "Lương Thị Minh")
    ]


@pytest.mark.parametrize(
    ("item", "name"),
    [
        # a list of levels closes the name, whatever verb the task opens with
        (
            "Đề nghị Đài Truyền thanh các huyện, thị xã, thành phố tiếp âm các chương trình.",
            "Đài Truyền thanh các huyện, thị xã, thành phố",
        ),
        (
            "Trạm Y tế các xã, phường và thị trấn rà soát đối tượng tiêm chủng.",
            "Trạm Y tế các xã, phường và thị trấn",
        ),
        # a verb the vocabulary knows that is the second half of a word in the name
        (
            "Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp tổ chức hội thi.",
            "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
        ),
        # a scope after the list goes on with the name
        (
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo triển khai.",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        ),
    ],
)
def test_a_list_of_levels_closes_a_units_name(item: str, name: str) -> None:
    assert _item_then_another(item) == [(name, 1), ("Phòng Văn hóa - Thông tin huyện", 1)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Giai đoạn 3 (sau mùa mưa, lũ): trong tháng 12/2026, tổng kết.", ("2026-12", "2026-12")),
        (
            "b) Giai đoạn 2 - Hội thi cấp tỉnh: dự kiến tổ chức trong tháng 9/2026 tại Quy Nhơn.",
            ("2026-09", "2026-09"),
        ),
        ("- Đợt 2 (vòng cụm): tháng 11/2026, tổ chức tại 04 cụm trường.", ("2026-11", "2026-11")),
        ("- Bước 2 (hoàn thiện): trong Quý III/2026, chỉnh sửa hồ sơ.", ("2026-07", "2026-09")),
    ],
)
def test_a_phase_named_then_held_within_one_month(line: str, expected: tuple[str, str]) -> None:
    label = line.split(" (")[0].split(" - ")[0].lstrip("-b) ").strip()
    body = f"II. NỘI DUNG\n{line}\n- Giai đoạn 9: từ ngày 01/01/2027 đến ngày 31/01/2027.\n"
    plan = vnplan.parse_text(plan_text(body))
    got = {p.label: (str(p.start), str(p.end)) for p in plan.phases}
    assert got[label] == expected


def test_an_attached_plans_header_wrapped_otherwise_beside_the_signature_is_no_signatory() -> None:
    text = (
        "BỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC CÔNG NGHIỆP DUYÊN HẢI\nSố: 88/QĐ-ĐHCNDH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Ngãi, ngày 12 tháng 3 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tự đánh "
        "giá\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch tự đánh giá.\nĐiều 2. Quyết "
        "định có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
        "BỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC CÔNG\nNGHIỆP DUYÊN HẢI\n--------\n"
        "Q. HIỆU TRƯỞNG\nPhan Văn Khải\nKẾ HOẠCH\nTự đánh giá chương trình đào tạo\n"
        "(Ban hành kèm theo Quyết định số 88/QĐ-ĐHCNDH)\nI. MỤC ĐÍCH\n- Cải tiến chất lượng.\n"
    )
    plan = vnplan.parse_text(text)
    assert [(s.authority, s.on_behalf_of, s.name) for s in plan.signatories] == [
        ("Q.", "HIỆU TRƯỞNG", "Phan Văn Khải")
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            ("HẠT KIỂM LÂM HUYỆN SA THẦY", "HẠT TRƯỞNG", "A Phong"),
            ("BAN QUẢN LÝ RỪNG PHÒNG HỘ", "GIÁM ĐỐC", "Nguyễn Văn Sáu"),
        ),
        (
            ("TRẠM Y TẾ XÃ ĐĂK HÀ", "TRẠM TRƯỞNG", "Y Moan Niê"),
            ("TRƯỜNG TIỂU HỌC ĐĂK HÀ", "HIỆU TRƯỞNG", "Lê Thị Hoa"),
        ),
    ],
)
def test_two_signers_side_by_side_without_an_authority_line(
    left: tuple[str, str, str], right: tuple[str, str, str]
) -> None:
    closing = "".join(f"  {a:<40}{b}\n" for a, b in zip(left, right, strict=True))
    text = plan_text(
        "I. TỔ CHỨC THỰC HIỆN\n1. Các trạm\n- Tuần tra, canh gác lửa rừng.\n\n"
        "Kế hoạch này được lập thành 06 bản, mỗi bên giữ 02 bản./.\n\n",
        closing=closing + "\n\nNơi nhận:\n- Chi cục Kiểm lâm tỉnh;\n- Lưu: VT.\n",
    )
    plan = vnplan.parse_text(text)
    assert [(s.on_behalf_of, s.position, s.name) for s in plan.signatories] == [left, right]
