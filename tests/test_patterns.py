"""The shared sub-grammars of :mod:`vnplan.patterns`: what each accepts and rejects, and that
every stage matching one uses the object defined there (not a copy of its own)."""

from __future__ import annotations

import importlib

import pytest
import regex

from vnplan import patterns as P

SYMBOL = regex.compile(f"^{P.SYMBOL}$")

# (text, symbol in prose, header state number, header party number, check: state, party)
NUMBERS = [
    ("47/2020/NĐ-CP", True, True, False, True, False),
    ("563/KH-BCA-C11", True, True, False, True, False),
    ("12/YH/KT-TC", True, True, False, True, False),
    ("15/CTr-UBND", True, True, False, True, False),  # lower case after the code's first letter
    ("08/QyĐ-TU", True, True, False, True, False),
    # A dot joins a code's parts but ends the sentence, not the symbol: "172/KH-UBND." is
    # "172/KH-UBND" and a full stop.
    ("172/KH-UBND.", False, False, False, False, False),
    ("12/KH-SYT.NV", True, True, False, True, False),
    ("158-KH/TU.", False, False, False, False, False),
    ("05a/KH", True, True, False, True, False),
    ("57-NQ/TW", True, False, True, False, True),
    ("631-KL/BTGTU", True, False, True, False, True),
    ("05-KH/TU", True, False, True, False, True),
    ("57 - NQ/TW", True, False, True, False, False),  # prose and a header may space it
    ("172 / KH - UBND", False, True, False, False, False),  # only a header's layout
    ("12/kh-syt", False, False, False, False, False),  # a code starts upper case
    ("KH12", False, False, False, False, False),
    ("1/2024", False, False, False, False, False),  # a date, not a symbol
    ("12/", False, False, False, False, False),
]


@pytest.mark.parametrize(("text", "prose", "state", "party", "raw_state", "raw_party"), NUMBERS)
def test_number_and_symbol(
    text: str, prose: bool, state: bool, party: bool, raw_state: bool, raw_party: bool
) -> None:
    def whole(rx: regex.Pattern[str]) -> bool:
        m = rx.match(text)
        return bool(m) and m.group().strip() == text

    assert bool(SYMBOL.match(text)) is prose
    assert whole(P.HEADER_STATE_NUMBER) is state
    assert whole(P.HEADER_PARTY_NUMBER) is party
    assert bool(P.STATE_NUMBER_RAW.match(text)) is raw_state
    assert bool(P.PARTY_NUMBER_RAW.match(text)) is raw_party


def test_header_number_groups() -> None:
    m = P.HEADER_STATE_NUMBER.match("47 / 2020 / NĐ-CP")
    assert m and (m.group("n"), m.group("y"), m.group("notation")) == ("47", "2020", "NĐ-CP")
    m = P.HEADER_STATE_NUMBER.match("/KH-UBND")  # a draft's blank number
    assert m and m.group("n") is None and m.group("notation") == "KH-UBND"
    m = P.HEADER_PARTY_NUMBER.match("05-KH/TU")
    assert m and (m.group("n"), m.group("type"), m.group("org")) == ("05", "KH", "TU")


def test_a_raw_number_the_header_reads_is_well_formed() -> None:
    """What the header accepts (spaces taken out) the conformance check accepts."""
    for text, _, state, party, _, _ in NUMBERS:
        raw = regex.sub(r"\s+", "", text).rstrip()
        if state:
            assert P.STATE_NUMBER_RAW.match(raw), text
        if party:
            assert P.PARTY_NUMBER_RAW.match(raw), text


@pytest.mark.parametrize(
    ("text", "anchor", "header_anchor", "quoc_hieu", "tieu_ngu", "party"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, True, True, False, False),
        # Text reaches the patterns normalised ("HOÀ" → "HÒA"): the old placement is not read.
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", False, False, False, False, False),
        ("CONG HOA XA HOI CHU NGHIA VIET NAM", True, True, False, False, False),
        ("UBND TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA", True, False, False, False, False),
        ("Độc lập - Tự do - Hạnh phúc", True, True, False, True, False),
        ("Độc lập – Tự do – Hạnh phúc", True, True, False, False, False),
        ("Độc lập, Tự do, Hạnh phúc", False, False, False, False, False),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", True, True, False, False, True),
        ("Đảng Cộng sản Việt Nam", False, False, False, False, True),
        ("Số: 12/KH-SYT", False, True, False, False, False),
        ("Số: ..../KH-SYT", False, True, False, False, False),
        ("Số lượng: 12", False, False, False, False, False),
    ],
)
def test_motto(
    text: str, anchor: bool, header_anchor: bool, quoc_hieu: bool, tieu_ngu: bool, party: bool
) -> None:
    assert bool(P.MOTTO_ANCHOR.search(text)) is anchor
    assert bool(P.HEADER_ANCHOR.match(text)) is header_anchor
    assert bool(P.QUOC_HIEU.search(text)) is quoc_hieu
    assert bool(P.TIEU_NGU.search(text)) is tieu_ngu
    assert bool(P.PARTY_HEADING.search(text)) is party


def test_loose_tieu_ngu_and_motto_parts() -> None:
    assert P.TIEU_NGU_LOOSE.search("Độc lập, Tự do, Hạnh phúc")
    cut = [rx.search("CỘNG HÒA XÃ HỘI") for rx in P.MOTTO_PARTS]
    assert cut[0] and cut[0].group() == "CỘNG HÒA XÃ HỘI"
    slogan = P.MOTTO_PARTS[1].search("Độc lập - Tự do")
    assert slogan and slogan.group() == "Độc lập - Tự do"


@pytest.mark.parametrize(
    ("text", "end"),
    [("Nơi nhận:", 9), ("NƠI NHẬN:  - Như trên", 11), ("Nơi  nhận", 9), ("nơi nhận.", 9)],
)
def test_recipients(text: str, end: int) -> None:
    m = P.RECIPIENTS.match(text)
    assert m and m.end() == end


@pytest.mark.parametrize("text", ["Các nơi nhận", "Người nhận:", "- Nơi nhận"])
def test_not_recipients(text: str) -> None:
    assert not P.RECIPIENTS.match(text)


@pytest.mark.parametrize(
    ("text", "unit", "sentence"),
    [
        ("Trách nhiệm của Sở Y tế", "Sở Y tế", "Sở Y tế"),
        ("Đối với: Công an tỉnh", "Công an tỉnh", "Đối với: Công an tỉnh"),
        ("Giao Sở Nội vụ", "Sở Nội vụ", "Sở Nội vụ"),
        ("Yêu cầu Sở Tài chính", "Yêu cầu Sở Tài chính", "Sở Tài chính"),
        ("Đề nghị Ủy ban MTTQ tỉnh", "Ủy ban MTTQ tỉnh", "Ủy ban MTTQ tỉnh"),
    ],
)
def test_unit_prefixes(text: str, unit: str, sentence: str) -> None:
    assert P.UNIT_PREFIX.sub("", text) == unit
    assert P.SENTENCE_PREFIX.sub("", text) == sentence


def test_prefix_only_adverbs_and_codes() -> None:
    assert P.UNIT_PREFIX_ONLY.match("Đối với:")
    assert not P.UNIT_PREFIX_ONLY.match("Đối với Sở Y tế")
    assert P.ADVERB_END.sub("", "Sở Y tế chủ động") == "Sở Y tế"
    code = regex.compile(f"^{P.UNIT_CODE}$")
    assert all(code.match(c) for c in ("C11", "H01", "PV01", "X05A"))
    assert not any(code.match(c) for c in ("UBND", "C1234", "c11"))


# Every module that matches a shared sub-grammar holds the object of vnplan.patterns.
USERS = {
    "vnplan.extract.header": ["HEADER_STATE_NUMBER", "HEADER_PARTY_NUMBER", "MOTTO_PARTS"],
    "vnplan.extract.references": ["SYMBOL"],
    "vnplan.extract.news": ["SYMBOL"],
    "vnplan.extract.tables": ["SYMBOL"],
    "vnplan.extract.headerless": ["SYMBOL"],
    "vnplan.check": [
        "STATE_NUMBER_RAW",
        "PARTY_NUMBER_RAW",
        "QUOC_HIEU",
        "TIEU_NGU",
        "TIEU_NGU_LOOSE",
        "PARTY_HEADING",
    ],
    "vnplan.grammar.zones": ["HEADER_ANCHOR", "MOTTO_ANCHOR", "RECIPIENTS"],
    "vnplan.grammar.closing": ["RECIPIENTS"],
    "vnplan.extract.layout_tables": ["RECIPIENTS_WORDS"],
    "vnplan.extract.units": ["UNIT_PREFIX", "UNIT_PREFIX_ONLY", "ADVERB_END", "UNIT_CODE"],
    "vnplan.extract.sentences": ["SENTENCE_PREFIX", "ADVERB_END", "UNIT_CODE"],
}


@pytest.mark.parametrize(("module", "names"), sorted(USERS.items()))
def test_users_share_the_patterns_objects(module: str, names: list[str]) -> None:
    mod = importlib.import_module(module)
    for name in names:
        assert getattr(mod, name) is getattr(P, name), f"{module}.{name}"


@pytest.mark.parametrize("module", sorted(USERS))
def test_no_private_copy_left(module: str) -> None:
    """The old private copies are gone (a new one would drift from the shared pattern)."""
    mod = importlib.import_module(module)
    for old in ("_STATE_NO", "_PARTY_NO", "_STATE_NUMBER", "_PARTY_NUMBER", "_MOTTO",
                "_MOTTO_STATE", "_MOTTO_SLOGAN", "_MOTTO_PARTY", "_HEADER_ANCHOR",
                "_MOTTO_ANCHOR", "_RECIPIENTS", "_PREFIX_ONLY", "_ADVERB_END"):  # fmt: skip
        assert not hasattr(mod, old), f"{module}.{old}"
