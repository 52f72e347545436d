import pytest

from vnplan.grammar.tokens import Tok, classify, roman_value


@pytest.mark.parametrize(
    ("line", "kind", "num", "value"),
    [
        ("II. NỘI DUNG", Tok.ROMAN, "II.", 2),
        ("IV- KINH PHÍ", Tok.ROMAN, "IV-", 4),
        ("VI.TỔ CHỨC THỰC HIỆN", Tok.ROMAN, "VI.", 6),
        ("1. Mục đích", Tok.ARABIC, "1.", (1,)),
        ("1.2. Yêu cầu", Tok.ARABIC, "1.2.", (1, 2)),
        ("1.2.3 Nội dung", Tok.ARABIC, "1.2.3", (1, 2, 3)),
        ("3.Giải pháp", Tok.ARABIC, "3.", (3,)),
        ("2- Đợt 2: quý III", Tok.ARABIC, "2-", (2,)),  # Party style (Guide 36, 05-HD/VPTW)
        ("2) Thời gian", Tok.NUMPAREN, "2)", 2),
        ("a) Tăng cường", Tok.LETTER, "a)", 1),
        ("đ. Kiểm tra", Tok.LETTER, "đ.", 5),
        ("b- Gắn với nhiệm vụ", Tok.LETTER, "b-", 2),  # Party style
        ("B. PHẦN HAI", Tok.LETTER_UP, "B.", 2),
        ("(1) Đẩy mạnh", Tok.PAREN, "(1)", 1),
        ("(c) Thứ ba", Tok.PAREN, "(c)", 3),
        ("- Lựa chọn", Tok.DASH, "-", None),
        ("-Chủ động", Tok.DASH, "-", None),
        ("– Phối hợp", Tok.DASH, "–", None),
        ("• Bullet", Tok.DASH, "•", None),
        ("+ Chi tiết", Tok.PLUS, "+", None),
        ("* Mục", Tok.STAR, "*", None),
        ("PHẦN I. MỞ ĐẦU", Tok.PART, "PHẦN I", 1),
        ("Phần thứ hai", Tok.PART, "Phần thứ hai", 2),
        ("NỘI DUNG TRỌNG TÂM", Tok.UPPER, None, None),
    ],
)
def test_tokens(line: str, kind: Tok, num: str | None, value: object) -> None:
    t = classify(line)
    assert (t.kind, t.num, t.value) == (kind, num, value)


@pytest.mark.parametrize(
    "line",
    [
        "1.500 người tham gia",
        "2025. Đồng thời",
        "15 đơn vị",
        "Mục đích của kế hoạch",
        "57-NQ/TW ngày 22/12/2024",
        "12-15 đơn vị tham gia",
        "e-Gov được triển khai",
        "30/6/2025 hoàn thành",
        "Việc tuyên truyền",
        "-- separator",
    ],
)
def test_not_headings(line: str) -> None:
    assert classify(line).kind is Tok.TEXT


def test_vv_is_not_section_five() -> None:
    # "V/V" (về việc) opens titles; it is not "V." numbering.
    assert classify("V/V HỖ TRỢ NHU YẾU PHẨM").kind is Tok.UPPER


def test_roman_values() -> None:
    assert [roman_value(s) for s in ("I", "IV", "IX", "XIV", "XL", "IIII", "VV")] == [
        1,
        4,
        9,
        14,
        40,
        None,
        None,
    ]


def test_rest_points_after_numbering() -> None:
    t = classify("III. Phân công Nhiệm vụ")
    assert "III. Phân công Nhiệm vụ"[t.rest :] == "Phân công Nhiệm vụ"


def test_latin_list_letters() -> None:
    from vnplan.grammar.tokens import letter_follows, letter_value

    t = classify("f) Chủ trì tổ chức phong trào thi đua")
    assert (t.kind, t.num, t.value) == (Tok.LETTER, "f)", letter_value("f"))
    assert letter_value("e") < letter_value("f") <= letter_value("g")
    assert letter_follows("e", "f") and letter_follows("f", "g") and letter_follows("e", "g")
    assert not letter_follows("e", "h")
    assert classify("f. x").kind is Tok.TEXT  # "f." opens prose more often than a list
