"""Recognising unit names: ``Văn phòng Sở``, ``Cục Kế hoạch và Tài chính (H01)``,
``Công an các tỉnh, thành phố trực thuộc Trung ương``, ``Các phòng chuyên môn khác``."""

from __future__ import annotations

import regex

from vnplan.models import Unit
from vnplan.vocab import (
    AMBIGUOUS_UNIT_HEADS,
    UNIT_HEADING_PREFIXES,
    UNIT_HEADS,
    UNIT_NAME_STOPS,
    alternation,
)

_HEAD = regex.compile(
    rf"^(?P<coll>[Cc]ác\s+)?(?P<head>{alternation(UNIT_HEADS)})(?=\s|$|,)", regex.IGNORECASE
)
_PREFIX = regex.compile(rf"^(?:{alternation(UNIT_HEADING_PREFIXES)})\s+", regex.IGNORECASE)
_CODE = regex.compile(r"\s*\((?P<code>[A-ZĐ]{1,3}\d{1,3}[A-Z]?|[A-ZĐ][A-ZĐ&]{1,11})\)\s*$")
# A verb that ends the name; "các tổ chức" is a noun, not the verb "tổ chức".
_STOP = regex.compile(
    rf"(?<!\s(?:các|những|và))\s(?:{alternation(UNIT_NAME_STOPS)})(?:\s|,|$)"
)  # case matters: "Sở Xây dựng" is a name, "xây dựng" a verb
_COLLECTIVE = regex.compile(r"(?:^|\s)(?:các|những|mỗi|từng)\s", regex.IGNORECASE)


def unit_from_heading(title: str, *, whole: bool = False) -> tuple[Unit, str] | None:
    """The unit a heading names, and the text after the name (``Sở Y tế chủ trì ...``).

    ``whole``: the title is all name (it stood before a colon), so no verb cuts it short.
    """
    t = " ".join(title.split()).strip(" :.-–")
    t = _PREFIX.sub("", t)
    rest = ""
    m = None if whole else _STOP.search(t)
    if m:
        t, rest = t[: m.start()].rstrip(" ,"), t[m.start() :].strip()
    code = None
    c = _CODE.search(t)
    if c:
        code = c.group("code")
        t = t[: c.start()].strip()
    h = _HEAD.match(t)
    if not h or len(t.split()) > 25:
        return None
    head = h.group("head")
    after = t[h.end() :].strip()
    canonical = next((u for u in UNIT_HEADS if u.lower() == head.lower()), head)
    if canonical in AMBIGUOUS_UNIT_HEADS and not (h.group("coll") or code or (after[:1].isupper())):
        return None
    if not h.group("coll") and head[:1].islower():
        return None  # "phòng ..." in lower case is prose, not a unit heading
    if not after and not code and canonical in AMBIGUOUS_UNIT_HEADS:
        return None
    collective = bool(h.group("coll")) or bool(_COLLECTIVE.search(after))
    return Unit(name=t, code=code, collective=collective), rest
