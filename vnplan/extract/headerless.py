"""Plans printed with no header of their own: a school's or a university's notice that sets
out a plan (``Trường X xây dựng Kế hoạch ... như sau:`` then ``1. Mục đích`` ...), as opposed
to a news report about a plan that another body issued."""

from __future__ import annotations

import regex

from vnplan.extract.context import Context
from vnplan.grammar.tree import is_heading
from vnplan.models import Span
from vnplan.patterns import SYMBOL
from vnplan.text.normalize import fold
from vnplan.vocab import ASSIGNMENT_HEADINGS, PURPOSE_HEADINGS, REQUIREMENT_HEADINGS

# A report of a plan issued (by someone): "đã ban hành Kế hoạch", "ban hành Kế hoạch số 12/...",
# "Kế hoạch số 209/KH-UBND".
_REPORTED = regex.compile(
    rf"\b(?:đã|vừa|mới)\s+(?:ký\s+)?(?:ban hành|phê duyệt)\b|[Kk]ế hoạch\s+(?:số\s+)?{SYMBOL}"
)
_PLAN_HEADINGS = (*PURPOSE_HEADINGS, *REQUIREMENT_HEADINGS, *ASSIGNMENT_HEADINGS, "nội dung")
_MIN_HEADINGS = 2
_TITLE_LINE = regex.compile(r"^(?:KẾ HOẠCH|Kế hoạch)\s+(?P<t>\S.{8,300})$")


def is_headerless_plan(ctx: Context) -> bool:
    """Whether a text with no document-type line is a plan itself: at least two of its
    sections are a plan's (purposes, requirements, contents, who does what) and nothing in it
    reports a plan as issued."""
    lines = [*ctx.zones.header, *ctx.zones.title, *ctx.zones.body]
    if any(_REPORTED.search(ln.text) for ln in lines):
        return False
    heads = {
        k
        for n in (*ctx.tree, *(c for n in ctx.tree for c in n.children))
        if is_heading(n)
        for k in _PLAN_HEADINGS
        if fold(n.title or "").startswith(k)
    }
    return len(heads) >= _MIN_HEADINGS


def headerless_title(ctx: Context) -> tuple[str | None, Span | None]:
    """The plan's name, from a line that gives it (``Kế hoạch tổ chức Hội nghị ...``)."""
    for ln in [*ctx.zones.header, *ctx.zones.title, *ctx.zones.body][:6]:
        m = _TITLE_LINE.match(ln.text.strip())
        if m:
            return m.group("t").strip(" .:"), ln.span(m.start("t"), m.end("t"))
    return None, None
