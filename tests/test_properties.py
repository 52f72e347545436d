"""Property tests: any text gives a Plan or a VnplanError; invariants of every Plan."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnplan
from vnplan.models import Section
from vnplan.text.normalize import normalize_chars

HEADINGS = st.sampled_from(
    [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG",
        "1. Mục đích",
        "2. Yêu cầu",
        "1.1. Chi tiết",
        "a) Một",
        "b) Hai",
        "(1) Thứ nhất",
        "- Gạch đầu dòng",
        "+ Chi tiết",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Y tế",
        "2. Văn phòng Sở: chủ trì.",
        "VI. KINH PHÍ",
        "PHẦN I",
        "NỘI DUNG CHÍNH",
        "- Giai đoạn 1: Từ năm 2020 đến năm 2022.",
        "Trên đây là Kế hoạch.",
    ]
)
PROSE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
LINE = st.one_of(
    HEADINGS,
    PROSE,
    st.sampled_from(
        [
            "",
            "KẾ HOẠCH",
            "Số: 12/KH-UBND",
            "Số:",
            "Hà Nội, ngày 04 tháng 12 năm 2024",
            "Nơi nhận:",
            "- Lưu: VT.",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "Nguyễn Văn An",
            "|",
            "**",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "(sau đây viết gọn là THNCĐ)",
            "*",
            "-------",
        ]
    ),
)
DOCS = st.lists(LINE, max_size=40).map("\n".join)


def _walk(sections: list[Section], level: int = 0):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s, level
        yield from _walk(s.children, level + 1)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCS)
def test_any_text_gives_a_plan_or_a_vnplan_error(text: str) -> None:
    try:
        plan = vnplan.parse_text(text)
    except vnplan.VnplanError:
        return
    n = len(plan.text)
    for s, level in _walk(plan.sections):
        assert s.level == level
        assert s.span is not None and 0 <= s.span.start <= s.span.end <= n
        for c in s.children:
            assert c.span is not None and s.span.start <= c.span.start
    for group in (plan.purposes, plan.requirements, plan.recipients, plan.signatories):
        for x in group:
            assert x.span is None or 0 <= x.span.start <= x.span.end <= n
    vnplan.Plan.model_validate(plan.model_dump(mode="json"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_chars(text)
    assert normalize_chars(once) == once


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_plan_or_a_vnplan_error(data: bytes) -> None:
    with contextlib.suppress(vnplan.VnplanError):
        vnplan.parse(data)


_DOCX = (Path(__file__).parent / "data" / "seed-004.docx").read_bytes()
_PDF = (Path(__file__).parent / "data" / "seed-004.pdf").read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([_DOCX, _PDF]),
    st.lists(st.tuples(st.integers(0, 60_000), st.integers(0, 255)), max_size=8),
    st.integers(0, 70_000),
)
def test_mutated_docx_and_pdf_give_a_plan_or_a_vnplan_error(
    base: bytes, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(base[: max(cut, 8)] if cut < len(base) else base)
    for pos, val in flips:
        if pos < len(data):
            data[pos] = val
    with contextlib.suppress(vnplan.VnplanError):
        vnplan.parse(bytes(data))
