from __future__ import annotations

import pytest

import vnplan
from tests.conftest import plan_text


def sigs(p: vnplan.Plan) -> list[tuple[str | None, ...]]:
    return [(s.authority, s.on_behalf_of, s.position, s.rank, s.name) for s in p.signatories]


def recs(p: vnplan.Plan) -> list[str]:
    return [r.text for r in p.recipients]


def test_state_closing() -> None:
    p = vnplan.parse_text(plan_text("I. A"))
    assert recs(p) == ["Như trên", "Lưu: VT"]
    assert p.recipients[1].archive
    assert sigs(p) == [("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None, "Nguyễn Văn An")]


def test_rank_and_name_on_one_line() -> None:
    closing = (
        "Nơi nhận:\n- Đồng chí Bộ trưởng (để báo cáo);\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\n"
        "Thiếu tướng Nguyễn Ngọc Lâm\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert sigs(p) == [("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thiếu tướng", "Nguyễn Ngọc Lâm")]
    assert recs(p) == ["Đồng chí Bộ trưởng (để báo cáo)"]


def test_stacked_authorities_make_a_chain() -> None:
    closing = (
        "Nơi nhận:\n- Như trên;\n|\n**TM. ỦY BAN NHÂN\nDÂN**\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Bùi Thanh An\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert sigs(p) == [("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None, "Bùi Thanh An")]
    chain = [(a.authority, a.on_behalf_of) for a in p.signatories[0].chain]
    assert chain == [("TM.", "ỦY BAN NHÂN DÂN"), ("KT.", "CHỦ TỊCH")]


@pytest.mark.parametrize(
    ("line", "authority", "printed"),
    [
        ("T/M BAN CHẤP HÀNH", "TM.", "T/M"),
        ("K/T BÍ THƯ", "KT.", "K/T"),
        ("T/L BAN THƯỜNG VỤ", "TL.", "T/L"),
        ("TM. ỦY BAN NHÂN DÂN", "TM.", None),
        ("KT GIÁM ĐỐC", "KT.", "KT"),
    ],
)
def test_authority_prefixes_in_one_form_whatever_the_style(
    line: str, authority: str, printed: str | None
) -> None:
    closing = f"{line}\nPHÓ BÍ THƯ\n\nNguyễn Thị Lan\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n"
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert [(a.authority, a.printed) for a in p.signatories[0].chain] == [(authority, printed)]
    assert p.signatories[0].authority == authority


def test_party_closing() -> None:
    closing = (
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n\nNơi nhận:\n- Các đồng chí Tỉnh ủy viên,"
        "\n- Lưu Văn phòng Tỉnh ủy.\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    # GOLD_FORMAT's one form for both styles; the printed "T/M" is kept beside it.
    assert sigs(p) == [("TM.", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", None, "Trần Văn Bình")]
    assert [a.printed for a in p.signatories[0].chain] == ["T/M"]
    assert recs(p) == ["Các đồng chí Tỉnh ủy viên", "Lưu Văn phòng Tỉnh ủy"]
    assert p.recipients[-1].archive


def test_interleaved_columns_line_by_line() -> None:
    closing = (
        "Nơi nhận:\nKT. BỘ TRƯỞNG\n- Đồng chí Bộ trưởng (để báo cáo);\nTHỨ TRƯỞNG\n"
        "- Các đồng chí Thứ trưởng;\n- Lưu: VT, V01.\nThiếu tướng Nguyễn Ngọc Lâm\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert recs(p) == ["Đồng chí Bộ trưởng (để báo cáo)", "Các đồng chí Thứ trưởng", "Lưu: VT, V01"]
    assert sigs(p) == [("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thiếu tướng", "Nguyễn Ngọc Lâm")]


def test_columns_separated_by_wide_gaps() -> None:
    closing = (
        "Nơi nhận:                              KT. GIÁM ĐỐC\n"
        "- Như trên;                            PHÓ GIÁM ĐỐC\n"
        "- Lưu: VT.\n"
        "                                       Lê Thị Hoa\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert recs(p) == ["Như trên", "Lưu: VT"]
    assert sigs(p) == [("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None, "Lê Thị Hoa")]


def test_two_signatories_side_by_side() -> None:
    closing = (
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN          TM. SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
        "BÍ THƯ                               GIÁM ĐỐC\n"
        "Nguyễn Văn An                        Trần Thị Bình\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert sigs(p) == [
        ("TM.", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", None, "Nguyễn Văn An"),
        ("TM.", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "GIÁM ĐỐC", None, "Trần Thị Bình"),
    ]


def test_two_signatories_one_after_the_other() -> None:
    closing = (
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\nNguyễn Văn An\n\n"
        "TM. SỞ GIÁO DỤC VÀ ĐÀO TẠO\nGIÁM ĐỐC\n(Đã ký)\nTrần Thị Bình\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert [s.name for s in p.signatories] == ["Nguyễn Văn An", "Trần Thị Bình"]


def test_signer_without_authority_prefix() -> None:
    p = vnplan.parse_text(
        plan_text("I. A", closing="Nơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nPhạm Minh\n")
    )
    assert sigs(p) == [(None, None, "GIÁM ĐỐC", None, "Phạm Minh")]


def test_appendix_table_after_signature_is_not_a_signatory() -> None:
    closing = (
        "Nơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLâm Văn Bi\n\n"
        "Biểu số 01\n\nDỰ BÁO CÁC CHỈ TIÊU\n\nSTT\n\nTỔNG THU NSNN\n\nTriệu USD\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert sigs(p) == [("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None, "Lâm Văn Bi")]


def test_a_recipient_wrapped_after_a_comma_is_not_a_signer() -> None:
    # A PDF's narrow cell breaks "các Phòng: ĐTQH, TH, KGVX;" after the comma; the upper-case
    # rest looks like a signature line but goes on the recipient above it.
    closing = (
        "Nơi nhận:\n- Như trên;\n- VPUB: CVP, các Phòng:\nĐTQH,\nTH, KGVX, NgV;\n- Lưu: VT.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Diệu\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert recs(p) == ["Như trên", "VPUB: CVP, các Phòng: ĐTQH, TH, KGVX, NgV", "Lưu: VT"]
    assert sigs(p) == [("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None, "Nguyễn Thành Diệu")]


def test_a_recipient_wrapped_below_the_signers_name_is_kept() -> None:
    # Columns typed with tabs: the signature ends before the recipients do.
    closing = (
        "Nơi nhận:\t\tKT. CHỦ TỊCH\n- Như trên;\t\tPHÓ CHỦ TỊCH\n- VPUB: CVP, các Phòng: ĐTQH,"
        "\t\tNguyễn Thành Diệu\nTH, KGVX, NgV;\n- Lưu: VT.\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert recs(p) == ["Như trên", "VPUB: CVP, các Phòng: ĐTQH, TH, KGVX, NgV", "Lưu: VT"]
    assert sigs(p) == [("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None, "Nguyễn Thành Diệu")]


def test_recipients_wrapped_in_a_layout_copy() -> None:
    # pdftotext -layout: the signature's column ends first, the recipients wrap below it.
    closing = (
        "Nơi nhận:                                KT. CHỦ TỊCH\n\n- Văn phòng Chính phủ;\n\n"
        "- Bộ Nội vụ;                             PHÓ CHỦ TỊCH\n\n"
        "- Trung ương Hội Liên hiệp phụ nữ        Trần Thị Diệu Thúy\nViệt Nam;\n\n"
        "- Các sở, ban, ngành Thành\nphố;\n\n- Lưu: VT\n\nPHỤ LỤC\n\nDanh mục nhiệm vụ\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert recs(p) == [
        "Văn phòng Chính phủ",
        "Bộ Nội vụ",
        "Trung ương Hội Liên hiệp phụ nữ Việt Nam",
        "Các sở, ban, ngành Thành phố",
        "Lưu: VT",
    ]
    assert sigs(p) == [("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None, "Trần Thị Diệu Thúy")]


def test_two_recipients_run_into_one_line() -> None:
    closing = (
        "Nơi nhận:\n- V01, C04 - Bộ Công an; - Thường trực Tỉnh ủy;\n- Lưu: VT.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Minh Châu\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert recs(p) == ["V01, C04 - Bộ Công an", "Thường trực Tỉnh ủy", "Lưu: VT"]


@pytest.mark.parametrize("empty", ["| |", "|  |", "| &nbsp; |"])
def test_a_closing_in_a_markdown_table_with_empty_right_cells(empty: str) -> None:
    closing = (
        "| **Nơi nhận:** | **KT. GIÁM ĐỐC** |\n|---|---|\n"
        "| - Bộ trưởng (để b/c); | **PHÓ GIÁM ĐỐC** |\n"
        f"| - Các Thứ trưởng; {empty}\n"
        f"| - Các đơn vị trực thuộc; {empty}\n"
        "| - Lưu: VT, VP. | **Trịnh Minh Khoa** |\n"
    )
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert recs(p) == [
        "Bộ trưởng (để b/c)",
        "Các Thứ trưởng",
        "Các đơn vị trực thuộc",
        "Lưu: VT, VP",
    ]
    assert sigs(p) == [("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None, "Trịnh Minh Khoa")]


@pytest.mark.parametrize(
    ("closing", "expected", "n_recipients"),
    [
        # The whole closing run onto one line by a converter.
        (
            "Nơi nhận: - UBND tỉnh Gia Lai (b/c); - CT, các PCT UBND phường; - Lưu: VT. "
            "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Thị Kim Oanh\n",
            ("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None, "Đặng Thị Kim Oanh"),
            3,
        ),
        (
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Lò Văn Hưng\n",
            ("TM.", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", None, "Lò Văn Hưng"),
            2,
        ),
        (
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, PC.\n"
            "KT. BỘ TRƯỞNG THỨ TRƯỞNG Thiếu tướng Nguyễn Văn Long\n",
            ("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thiếu tướng", "Nguyễn Văn Long"),
            2,
        ),
    ],
)
def test_a_signature_block_run_onto_one_line(
    closing: str, expected: tuple[str | None, ...], n_recipients: int
) -> None:
    p = vnplan.parse_text(plan_text("I. A", closing=closing))
    assert sigs(p) == [expected]
    assert len(p.recipients) == n_recipients
