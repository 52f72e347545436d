"""Provenance: the PDF page or .docx body element each span of a plan came from.

A reader records, for each line of its text, where the line came from (``Document.origins``).
Normalisation keeps the text's lines (it only changes characters within them), so a span's
line in ``Plan.text`` is its line in the reader's text, and the span takes that line's origin.
"""

from __future__ import annotations

import bisect
from typing import Any, Literal

from pydantic import BaseModel

from vnplan.models import Plan, Span
from vnplan.text.lines import line_starts

OriginKind = Literal["page", "paragraph"]


def _line_count(text: str) -> int:
    # The line ends normalize_chars turns into "\\n", counted as it counts them.
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return t.replace("\u2029", "\n").count("\n") + 1


def annotate(plan: Plan, reader_text: str, origins: list[int | None], kind: OriginKind) -> bool:
    """Give every span of ``plan`` its origin. False (and nothing changed) when the lines of
    ``plan.text`` are not the reader's lines, so no origin would be sure."""
    text = plan.text or ""
    if len(origins) != _line_count(reader_text) or text.count("\n") + 1 != len(origins):
        return False
    starts = line_starts(text)
    seen: set[int] = set()

    def visit(obj: Any) -> None:
        if isinstance(obj, Span):
            if id(obj) not in seen:
                seen.add(id(obj))
                origin = origins[bisect.bisect_right(starts, obj.start) - 1]
                if origin is not None:
                    # Spans are frozen values; this pass owns them until the plan is returned.
                    object.__setattr__(obj, kind, origin)
        elif isinstance(obj, BaseModel):
            for name in type(obj).model_fields:
                visit(getattr(obj, name))
        elif isinstance(obj, list | tuple):
            for x in obj:
                visit(x)
        elif isinstance(obj, dict):
            for x in obj.values():
                visit(x)

    visit(plan)
    return True
