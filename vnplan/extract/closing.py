"""The closing: recipients (``Nơi nhận``) and signature blocks, read from the closing's
lines as ``grammar/closing`` sorted them (signature blocks: ``signatories.py``)."""

from __future__ import annotations

import regex

from vnplan.extract.context import Context
from vnplan.extract.signatories import read_signatories
from vnplan.grammar.closing import ARCHIVE, BULLET
from vnplan.models import Recipient, Signatory, Span
from vnplan.text.lines import Line


def extract_closing(ctx: Context) -> tuple[list[Recipient], list[Signatory]]:
    """Recipients and signatories of the closing zone."""
    sorted_lines = ctx.zones.closing_lines
    recipients = _recipients(sorted_lines.recipients)
    signatories: list[Signatory] = []
    for column in sorted_lines.signature_columns:
        signatories.extend(read_signatories(column))
    if ctx.zones.doc_type is not None:
        if not sorted_lines.saw_head and not recipients:
            ctx.warn("recipients_missing", "no 'Nơi nhận' list found")
        if not signatories:
            ctx.warn("signatories_missing", "no signature block found")
    return recipients, signatories


# Two recipients run into one line ("- V01, C04 - Bộ Công an; - Thường trực Tỉnh ủy;").
_NEXT_ITEM = regex.compile(r"(?<=;)\s+(?=[-–+]\s)")


def _recipients(lines: list[Line]) -> list[Recipient]:
    items: list[tuple[str, Span, bool]] = []
    split: list[Line] = []
    for ln in lines:
        at = 0
        for m in _NEXT_ITEM.finditer(ln.text):
            split.append(ln.cut(at, m.start()))
            at = m.end()
        split.append(ln.cut(at) if at else ln)
    for ln in split:
        t = ln.text
        m = BULLET.match(t)
        starts_item = bool(m) or bool(ARCHIVE.match(t)) or not items
        body = t[m.end() :] if m else t
        if not body.strip():
            continue
        if starts_item:
            k = len(t) - len(body)
            items.append((body, ln.span(k), bool(ARCHIVE.match(body))))
        else:
            text, span, archive = items[-1]
            items[-1] = (text + " " + body, Span(start=span.start, end=ln.src_end), archive)
    return [
        Recipient(text=" ".join(t.split()).rstrip(" ;,."), archive=a, span=s) for t, s, a in items
    ]
