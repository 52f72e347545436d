from __future__ import annotations

from typing import Any

import pytest

from vnplan.grammar.tree import Node, build_tree, split_title
from vnplan.grammar.zones import join_wrapped
from vnplan.text.lines import clean_lines


def tree(body: str) -> tuple[list[Any], list[str]]:
    warnings: list[str] = []
    roots = build_tree(join_wrapped(clean_lines(body)), lambda c, m, s: warnings.append(c))

    def shape(n: Node) -> Any:
        label = n.tok.num or n.kind.value
        return (label, [shape(c) for c in n.children]) if n.children else label

    return [shape(n) for n in roots], warnings


def test_roman_arabic_letter_dash_nest() -> None:
    body = "\n".join(
        [
            "I. MỤC ĐÍCH",
            "1. Mục đích",
            "a) Một",
            "- chi tiết",
            "+ nhỏ",
            "- chi tiết 2",
            "b) Hai",
            "2. Yêu cầu",
            "II. NỘI DUNG",
            "1. Nội dung",
        ]
    )
    shape, warnings = tree(body)
    assert shape == [
        ("I.", [("1.", [("a)", [("-", ["+"]), "-"]), "b)"]), "2."]),
        ("II.", ["1."]),
    ]
    assert warnings == []


def test_misnumbered_top_level_read_as_roman() -> None:
    # Seed 003: the first top-level section is numbered "1." among "II.", "III.".
    body = (
        "1. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- a\n2. Yêu cầu\n- b\nII. NỘI DUNG\n1. X\nIII. KINH PHÍ"
    )
    shape, warnings = tree(body)
    assert shape == [("1.", [("1.", ["-"]), ("2.", ["-"])]), ("II.", ["1."]), "III."]
    assert "section_misnumbered" in warnings


def test_upper_arabic_heading_under_roman_is_not_promoted() -> None:
    shape, warnings = tree("I. MỤC ĐÍCH\n1. NỘI DUNG\n2. KẾT QUẢ\nII. KINH PHÍ")
    assert shape == [("I.", ["1.", "2."]), "II."]
    assert warnings == []


def test_skipped_numbers_kept_and_reported() -> None:
    shape, warnings = tree("I. A\nII. B\nIII. C\nVI. D")
    assert shape == ["I.", "II.", "III.", "VI."]
    assert warnings == ["section_number_skipped"]


def test_paragraph_after_bullets_belongs_to_the_section() -> None:
    body = "1. Xây dựng lực lượng\n\n- Lựa chọn người.\n\nThời gian thực hiện từ năm 2020"
    shape, _ = tree(body)
    assert shape == [("1.", ["-", "paragraph"])]


def test_lowercase_paragraph_after_bullet_continues_it() -> None:
    shape, _ = tree("1. A\n\n- tăng cường công tác;\n\ntheo dõi tình hình.")
    assert shape == [("1.", [("-", ["paragraph"])])]


def test_letters_before_arabic_dynamic_order() -> None:
    # (1) first, then a) inside it: first-seen order decides.
    shape, _ = tree("I. NỘI DUNG\n(1) Một\na) x\nb) y\n(2) Hai\na) z")
    assert shape == [("I.", [("(1)", ["a)", "b)"]), ("(2)", ["a)"])])]


def test_part_above_roman() -> None:
    shape, _ = tree("PHẦN I. CHUNG\nI. A\nII. B\nPHẦN II. RIÊNG\nI. C")
    assert shape == [("PHẦN I", ["I.", "II."]), ("PHẦN II", ["I."])]


def test_closing_formula_is_not_a_task_of_the_last_unit() -> None:
    body = "V. TỔ CHỨC THỰC HIỆN\n\n3. Các phòng chuyên môn\n\nPhối hợp.\n\nTrên đây là Kế hoạch."
    shape, _ = tree(body)
    assert shape == [("V.", [("3.", ["paragraph"])]), "paragraph"]


def test_wrapped_heading_rejoined() -> None:
    body = (
        "**I. MỤC\nĐÍCH, YÊU CẦU**\n\n**1. Mục đích**\n\n"
        "- Khuyến khích ứng dụng, đổi\nmới công nghệ."
    )
    roots = build_tree(join_wrapped(clean_lines(body)), lambda *a: None)
    assert roots[0].title == "MỤC ĐÍCH, YÊU CẦU"
    assert roots[0].children[0].children[0].text == "Khuyến khích ứng dụng, đổi mới công nghệ."


def test_hard_wrapped_paragraphs_rejoined_in_blank_separated_text() -> None:
    body = (
        "1. Giao Công an tỉnh chủ trì, phối hợp với Văn\nphòng UBND tỉnh theo dõi.\n\n"
        "2. Căn cứ Kế hoạch này, các\nSở thực hiện."
    )
    roots = build_tree(join_wrapped(clean_lines(body)), lambda *a: None)
    assert [r.text for r in roots] == [
        "Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi.",
        "Căn cứ Kế hoạch này, các Sở thực hiện.",
    ]


def test_line_per_paragraph_text_is_not_joined() -> None:
    body = "I. MỤC ĐÍCH\n1. Mục đích\nKiểm tra kỹ thuật an toàn.\n2. Yêu cầu\n- Đối tượng đầy đủ."
    shape, _ = tree(body)
    assert shape == [("I.", [("1.", ["paragraph"]), ("2.", ["-"])])]


def test_split_title() -> None:
    assert split_title("Văn phòng Sở: chủ trì, phối hợp.") == ("Văn phòng Sở", "chủ trì, phối hợp.")
    assert split_title("Mục đích") == ("Mục đích", "")
    long = "Căn cứ Kế hoạch này, Công an các đơn vị, địa phương khẩn trương thực hiện nghiêm túc."
    assert split_title(long) == (None, long)


def test_a_list_that_starts_again_at_one_under_an_item_is_its_sub_list() -> None:
    """Word's restarted numbering, or a copy that lost the indent: "5. Đề nghị ..." over
    "1. ...", "2. ..."; the outer list goes on at "6."."""
    from vnplan.grammar.tree import build_tree
    from vnplan.text.lines import clean_lines

    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n4. Văn phòng Sở\n- Bố trí lịch trực.\n"
        "5. Đề nghị UBND các xã, phường\n1. Chỉ đạo sơ tán dân cư.\n2. Kiểm tra công trình.\n"
        "6. Công an tỉnh\n- Bảo đảm an ninh.\n"
    )
    roots = build_tree(clean_lines(text), lambda *a: None)
    items = roots[0].children
    assert [n.text for n in items] == [
        "Văn phòng Sở",
        "Đề nghị UBND các xã, phường",
        "Công an tỉnh",
    ]
    assert [c.text for c in items[1].children] == ["Chỉ đạo sơ tán dân cư.", "Kiểm tra công trình."]


def test_a_first_item_that_is_a_sentence_is_no_heading_to_nest_under() -> None:
    from vnplan.grammar.tree import build_tree
    from vnplan.text.lines import clean_lines

    text = "II. NỘI DUNG\n2. Tổ chức hội nghị sơ kết.\n1. Rà soát danh sách.\n"
    roots = build_tree(clean_lines(text), lambda *a: None)
    assert len(roots[0].children) == 2


def test_the_old_slash_numbering_nests_like_dots() -> None:
    """ "I/", "1/", "a/" (older typists' numbering) are section tokens; "12/2025" is a date."""
    from vnplan.grammar.tokens import Tok, classify

    assert [classify(t).kind for t in ("II/ NỘI DUNG:", "1/ Mục đích:", "a/ Tuyên truyền")] == [
        Tok.ROMAN,
        Tok.ARABIC,
        Tok.LETTER,
    ]
    assert [classify(t).kind for t in ("12/2025 là tháng cao điểm", "1/2 số hộ")] == [
        Tok.TEXT,
        Tok.TEXT,
    ]
    import vnplan

    text = (
        "UBND HUYỆN LẠC THUỶ\nPHÒNG VĂN HOÁ VÀ THÔNG TIN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 05/KH-VHTT\nLạc Thuỷ, ngày 05 tháng 01 năm 2012\n\n"
        "KẾ HOẠCH\nTổ chức các hoạt động mừng Đảng, mừng Xuân năm 2012\n\n"
        "I/ MỤC ĐÍCH - YÊU CẦU:\n1/ Mục đích:\n- Tuyên truyền kỷ niệm Ngày thành lập Đảng.\n"
        "2/ Yêu cầu:\n- Tổ chức thiết thực, tiết kiệm.\nII/ TỔ CHỨC THỰC HIỆN:\n"
        "1/ Phòng Văn hoá và Thông tin:\n- Tham mưu thành lập Ban tổ chức.\n- Tổng hợp báo cáo.\n"
        "2/ UBND các xã, thị trấn:\n- Xây dựng kế hoạch tại địa phương.\n"
    )
    plan = vnplan.parse_text(text)
    assert [p.text[:10] for p in plan.purposes] == ["Tuyên truy"]
    assert [p.text[:10] for p in plan.requirements] == ["Tổ chức th"]
    assert [(a.unit.name, len(a.tasks)) for a in plan.assignments] == [
        ("Phòng Văn hóa và Thông tin", 2),
        ("UBND các xã, thị trấn", 1),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An OCR's or a converter's Markdown: "###" items under a "##" section.
        (
            "## I. MỤC ĐÍCH\n\n1. Một\n\n## II. NỘI DUNG\n\nThời gian: năm 2024.\n\n"
            "### 1. Chỉ đạo\n\n- a\n\n### 2. Truyền thông\n\n- b\n\n## III. KINH PHÍ",
            [("I.", ["1."]), ("II.", ["paragraph", ("1.", ["-"]), ("2.", ["-"])]), "III."],
        ),
        # A heading of the same level closes the one before with all under it.
        (
            "## 1. Khoa Nhi\n\n- a\n\n- b\n\n## 2. Khoa Dược\n\n- c",
            [("1.", ["-", "-"]), ("2.", ["-"])],
        ),
        # A web page's heading after a list: the list does not run on into it.
        (
            "I. NỘI DUNG\n1. Một\n2. Hai\n## 3. Tin liên quan",
            [("I.", ["1.", "2."]), "3."],
        ),
    ],
)
def test_markdown_heading_levels_nest(body: str, expected: list[Any]) -> None:
    assert tree(body)[0] == expected


def test_items_numbered_from_one_under_a_markdown_heading_numbered_one() -> None:
    body = (
        "## I. MỤC ĐÍCH\n\n### 1. Mục đích\n\n1. Một\n2. Hai\n\n### 2. Yêu cầu\n\n- a\n\n## II. X"
    )
    assert tree(body)[0] == [("I.", [("1.", ["1.", "2."]), ("2.", ["-"])]), "II."]
    # Without the Markdown, "1." after "1." is a repeated number, not a sub-list.
    shape, warnings = tree("I. MỤC ĐÍCH\n1. Mục đích\n1. Một\n2. Hai")
    assert shape == [("I.", ["1.", "1.", "2."])]
    assert "section_number_out_of_order" in warnings
