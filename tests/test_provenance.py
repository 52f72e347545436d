"""Provenance: every span of a PDF's plan says its page, every span of a .docx's plan its body
element; text input has neither. Fixtures made with reportlab and python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

import vnplan
from vnplan.models import Plan, Span

_HEAD = [
    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
    "Số: 31/KH-UBND",
    "Tuyên Quang, ngày 6 tháng 1 năm 2026",
    "KẾ HOẠCH",
    "Phòng, chống thiên tai năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Chủ động ứng phó với thiên tai.",
    "2. Yêu cầu",
    "- Bảo đảm an toàn cho Nhân dân.",
]
_TAIL = [
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nông nghiệp và Môi trường",
    "- Chủ trì tổng hợp tình hình thiên tai.",
    "2. Công an tỉnh",
    "- Bảo đảm an ninh trật tự.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Hoàng Văn An",
]


def _spans(obj: object) -> list[Span]:
    out: list[Span] = []
    if isinstance(obj, Span):
        out.append(obj)
    elif isinstance(obj, list | tuple):
        for x in obj:
            out += _spans(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            out += _spans(x)
    elif hasattr(type(obj), "model_fields"):
        for name in type(obj).model_fields:  # type: ignore[attr-defined]
            out += _spans(getattr(obj, name))
    return out


def _line_of(plan: Plan, span: Span) -> str:
    text = plan.text
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.start)
    return text[start : end if end >= 0 else len(text)]


def test_every_span_of_a_pdf_plan_has_the_page_it_starts_on(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="reportlab makes the PDF (pip install '.[dev]')")
    from tests.pdf_software import make_pages

    path = tmp_path / "two-pages.pdf"
    make_pages(str(path), [_HEAD, _TAIL], centred=("KẾ HOẠCH", "Phòng, chống thiên tai năm 2026"))
    plan = vnplan.parse(path)
    spans = _spans(plan)
    assert spans and all(s.page in (1, 2) and s.paragraph is None for s in spans)
    on_page = {1: "\n".join(_HEAD), 2: "\n".join(_TAIL)}
    for s in spans:  # each span's line is printed on its page
        assert _line_of(plan, s).strip()[:12] in on_page[s.page or 0]
    assert plan.number is not None and plan.number.span is not None
    assert plan.number.span.page == 1
    assert plan.signatories and plan.signatories[0].span is not None
    assert plan.signatories[0].span.page == 2
    assert [a.span.page for a in plan.assignments if a.span] == [2, 2]


def test_every_span_of_a_docx_plan_has_its_body_element() -> None:
    d = Document()
    for line in _HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=3)  # body element len(_HEAD)
    for j, text in enumerate(["TT", "Nội dung", "Đơn vị chủ trì"]):
        table.cell(0, j).text = text
    for j, text in enumerate(["1", "Diễn tập cứu hộ", "Bộ Chỉ huy Quân sự tỉnh"]):
        table.cell(1, j).text = text
    for line in _TAIL:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    plan = vnplan.parse(buf.getvalue())
    body = [*_HEAD, None, *_TAIL]
    spans = _spans(plan)
    assert spans and all(s.paragraph is not None and s.page is None for s in spans)
    for s in spans:
        printed = body[s.paragraph or 0]
        if printed is not None:
            assert _line_of(plan, s).strip() == printed
    lead = next(a for a in plan.assignments if a.unit.name == "Bộ Chỉ huy Quân sự tỉnh")
    assert [t.span.paragraph for t in lead.tasks if t.span] == [len(_HEAD)]
    dumped = plan.model_dump(mode="json")
    assert dumped["number"]["span"] == {
        "start": plan.number.span.start,
        "end": plan.number.span.end,
        "paragraph": 1,
    }  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["\n".join(_HEAD + _TAIL), "\r\n".join(_HEAD + _TAIL)])
def test_text_input_has_no_provenance_and_its_json_no_such_keys(text: str) -> None:
    plan = vnplan.parse_text(text)
    assert all(s.page is None and s.paragraph is None for s in _spans(plan))
    assert '"page"' not in plan.model_dump_json() and '"paragraph"' not in plan.model_dump_json()
