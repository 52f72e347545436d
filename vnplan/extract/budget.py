"""The funding section (``IV. KINH PHÍ THỰC HIỆN``): its text, sources of funds and sums."""

from __future__ import annotations

import regex

from vnplan.extract.context import Context
from vnplan.extract.sections import heading_text
from vnplan.grammar.tree import Node, is_heading
from vnplan.models import Amount, Budget
from vnplan.vocab import BUDGET_HEADINGS, FUNDING_SOURCES, MONEY_SCALES, alternation

_SOURCE = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation(sorted(FUNDING_SOURCES, key=len, reverse=True))})(?!\p{{L}})",
    regex.IGNORECASE,
)
# "500 triệu đồng", "1,5 tỷ đồng", "1.200.000.000 đồng", "2.500 triệu VNĐ".
_AMOUNT = regex.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<dec>\d+))?\s*"
    rf"(?P<scale>{alternation(sorted(MONEY_SCALES, key=len, reverse=True))})?\s*"
    r"(?:đồng|VNĐ|VND|đ)(?!\p{L})",
    regex.IGNORECASE,
)


def _is_budget(node: Node) -> bool:
    h = heading_text(node)
    # "KINH PHÍ THỰC HIỆN", "NGUỒN LỰC VÀ KINH PHÍ", "Kinh phí:" (an item with its text inline)
    return (
        bool(h) and len(h) <= 80 and any(h.startswith(k) or f" {k}" in h for k in BUDGET_HEADINGS)
    )


def amounts_in(text: str) -> list[tuple[str, float, int, int]]:
    """The sums of money in ``text``: raw text, value in đồng, start and end offsets."""
    out = []
    for m in _AMOUNT.finditer(text):
        value = float(m["num"].replace(".", ""))
        if m["dec"]:
            value += float(f"0.{m['dec']}")
        scale = m["scale"]
        value *= MONEY_SCALES[scale.lower()] if scale else 1
        if value > 0:
            out.append((m.group().strip(), value, m.start(), m.end()))
    return out


def extract_budget(ctx: Context) -> Budget | None:
    """The budget section, top level or one level down (``1. Kinh phí``)."""
    candidates = [m for n in ctx.tree for m in (n, *n.children) if is_heading(m) and _is_budget(m)]
    # A heading that is only about funds ("Kinh phí thực hiện") before one that names other
    # topics too ("NỘI DUNG, HÌNH THỨC, KINH PHÍ THỰC HIỆN"), whose other parts are not funds.
    own = [n for n in candidates if heading_text(n).startswith(BUDGET_HEADINGS)]
    if not candidates:
        return None
    node = (own or candidates)[0]
    parts: list[str] = []
    sources: list[str] = []
    amounts: list[Amount] = []
    for n in node.walk():
        piece = n.inline if n is node else n.text
        if not piece:
            continue
        parts.append(piece)
        k = max(n.line.text.find(piece), 0)
        for m in _SOURCE.finditer(piece):
            name = m.group()
            if name.lower() not in (s.lower() for s in sources):
                sources.append(name)
        for raw, value, i, j in amounts_in(piece):
            amounts.append(Amount(raw=raw, value=value, span=n.line.span(k + i, k + j)))
    return Budget(text=" ".join(parts), sources=sources, amounts=amounts, span=node.span())
