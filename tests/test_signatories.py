"""The signature reader at its own boundary: the lines of one signature column in, the full
``Signatory`` objects out (authority chain, position, rank, name, printed form)."""

from __future__ import annotations

import pytest

from vnplan.extract.signatories import read_signatories, signer_name
from vnplan.text.lines import clean_lines

Row = tuple[
    str | None, str | None, str | None, str | None, str | None, list[tuple[str | None, str]]
]


def read(text: str) -> list[Row]:
    return [
        (
            s.authority,
            s.on_behalf_of,
            s.position,
            s.rank,
            s.name,
            [(a.authority, a.on_behalf_of) for a in s.chain],
        )
        for s in read_signatories([ln for ln in clean_lines(text) if ln.text.strip()])
    ]


CASES: list[tuple[str, list[Row]]] = [
    (  # a Central Highlands name with an apostrophe after its first letter
        "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH\nCHỦ TỊCH\nRah Lan H'Nhung",
        [
            (
                "TM.",
                "BAN THƯỜNG VỤ HỘI LHPN TỈNH",
                "CHỦ TỊCH",
                None,
                "Rah Lan H'Nhung",
                [("TM.", "BAN THƯỜNG VỤ HỘI LHPN TỈNH")],
            )
        ],
    ),
    (
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nK'Điểu Thị Mai",
        [("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None, "K'Điểu Thị Mai", [("KT.", "GIÁM ĐỐC")])],
    ),
    (  # the body signed for, wrapped over a longer second line
        "TM. BAN THƯỜNG VỤ\nHỘI NÔNG DÂN HUYỆN YÊN THÀNH\nCHỦ TỊCH\nNguyễn Văn Kiên",
        [
            (
                "TM.",
                "BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN YÊN THÀNH",
                "CHỦ TỊCH",
                None,
                "Nguyễn Văn Kiên",
                [("TM.", "BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN YÊN THÀNH")],
            )
        ],
    ),
    (  # an academic title before the name is the signer's rank
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nPGS.TS. Trần Văn Hòa",
        [
            (
                "KT.",
                "HIỆU TRƯỞNG",
                "PHÓ HIỆU TRƯỞNG",
                "PGS.TS.",
                "Trần Văn Hòa",
                [("KT.", "HIỆU TRƯỞNG")],
            )
        ],
    ),
    (
        "GIÁM ĐỐC\nThS. Nguyễn Thị Lan",
        [(None, None, "GIÁM ĐỐC", "ThS.", "Nguyễn Thị Lan", [])],
    ),
    (
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai",
        [("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None, "Trần Thị Mai", [("KT.", "GIÁM ĐỐC")])],
    ),
    (  # Party form: T/M is written TM.
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Hùng",
        [("TM.", "BAN THƯỜNG VỤ", "BÍ THƯ", None, "Lê Văn Hùng", [("TM.", "BAN THƯỜNG VỤ")])],
    ),
    (  # a chain: TM. the committee, KT. the chair
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Minh Khoa",
        [
            (
                "KT.",
                "CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                None,
                "Đỗ Minh Khoa",
                [("TM.", "ỦY BAN NHÂN DÂN"), ("KT.", "CHỦ TỊCH")],
            )
        ],
    ),
    (  # a rank before the name
        "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nĐại tá Phạm Quốc Bảo",
        [
            (
                "KT.",
                "CỤC TRƯỞNG",
                "PHÓ CỤC TRƯỞNG",
                "Đại tá",
                "Phạm Quốc Bảo",
                [("KT.", "CỤC TRƯỞNG")],
            )
        ],
    ),
    (  # a joint plan: each body over its own signer, no authority prefix
        "SỞ Y TẾ\nGIÁM ĐỐC\nVũ Thị Lan\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nGIÁM ĐỐC\nHồ Văn Tâm",
        [
            (None, "SỞ Y TẾ", "GIÁM ĐỐC", None, "Vũ Thị Lan", [(None, "SỞ Y TẾ")]),
            (
                None,
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "GIÁM ĐỐC",
                None,
                "Hồ Văn Tâm",
                [(None, "SỞ GIÁO DỤC VÀ ĐÀO TẠO")],
            ),
        ],
    ),
    (  # an authority line wrapped by the column: the short rest goes on with it
        "TM. BAN THƯỜNG VỤ\nHUYỆN ĐOÀN\nBÍ THƯ\nNgô Thanh Sơn",
        [
            (
                "TM.",
                "BAN THƯỜNG VỤ HUYỆN ĐOÀN",
                "BÍ THƯ",
                None,
                "Ngô Thanh Sơn",
                [("TM.", "BAN THƯỜNG VỤ HUYỆN ĐOÀN")],
            )
        ],
    ),
    (  # the signer's other office printed under the name is not a second signatory
        "TM. BAN CHẤP HÀNH\nPHÓ BÍ THƯ\nNguyễn Văn Hoàn\nTRƯỞNG BAN TUYÊN GIÁO",
        [
            (
                "TM.",
                "BAN CHẤP HÀNH",
                "PHÓ BÍ THƯ",
                None,
                "Nguyễn Văn Hoàn",
                [("TM.", "BAN CHẤP HÀNH")],
            )
        ],
    ),
    (  # a position only (a draft not yet signed)
        "Q. GIÁM ĐỐC",
        [("Q.", "GIÁM ĐỐC", None, None, None, [("Q.", "GIÁM ĐỐC")])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_signature_blocks(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_each_signatory_spans_its_lines() -> None:
    text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai"
    (s,) = read_signatories(clean_lines(text))
    assert s.span is not None
    assert text[s.span.start : s.span.end] == text


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("PGS.TS. Lê Văn A", "Lê Văn A"),
        ("ThS. Trần  Thị B.", "Trần Thị B"),
        ("Hà Văn C", "Hà Văn C"),
    ],
)
def test_signer_name_drops_honorifics(printed: str, name: str) -> None:
    assert signer_name(printed) == name
