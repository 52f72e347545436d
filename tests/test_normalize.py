import pytest

from vnplan.text.normalize import fold, normalize_chars, unify_tone_marks


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("Hoà", "Hòa"),
        ("HOÀ", "HÒA"),
        ("uỷ", "ủy"),
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("Thuỷ", "Thủy"),
        ("khoẻ", "khỏe"),
        ("xoá", "xóa"),
        ("hoạ", "họa"),
    ],
)
def test_tone_marks_move_to_the_official_placement(old: str, new: str) -> None:
    assert unify_tone_marks(old) == new


@pytest.mark.parametrize("word", ["quý", "Quý", "hoàn", "toàn", "khuyến", "Nguyễn", "hòa", "thuở"])
def test_tone_marks_left_alone_where_they_belong(word: str) -> None:
    assert unify_tone_marks(word) == word


def test_nfd_input_becomes_nfc() -> None:
    nfd = "Ha\u0300 No\u0302\u0323i"
    assert normalize_chars(nfd) == "Hà Nội"


def test_invisible_and_control_characters_removed() -> None:
    assert normalize_chars("Kế\u200b hoạch\ufeff\x07 số\u00ad 5\r\nmới") == "Kế hoạch số 5\nmới"


def test_nbsp_becomes_space() -> None:
    assert normalize_chars("Số:\u00a012") == "Số: 12"


def test_fold_is_the_gold_norm() -> None:
    assert fold(" **Hoà bình.** ") == "hòa bình"
    assert fold("UỶ BAN  NHÂN\tDÂN;") == "ủy ban nhân dân"


def test_regex_space_is_what_regex_calls_whitespace() -> None:
    # fold and the line cleaner strip these with str methods instead of regex's \s.
    import regex

    from vnplan.text.normalize import REGEX_SPACE

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert set(regex.findall(r"\s", every)) == set(REGEX_SPACE)


@pytest.mark.parametrize(
    "text",
    ["  Mục đích.  ", "“KẾ HOẠCH”", "a\x1cb", "a\u3000\u3000b", "hoà  uỷ*", "ŉ ß", ".,;", ""],
)
def test_fold_matches_its_regex_definition(text: str) -> None:
    import unicodedata

    import regex

    t = unify_tone_marks(unicodedata.normalize("NFC", text)).replace("*", "")
    t = regex.sub(r"\s+", " ", t).casefold()
    expected = regex.sub(r"^[\s.,;:*\"'()“”‘’]+|[\s.,;:*\"'()“”‘’]+$", "", t)
    assert fold(text) == expected
