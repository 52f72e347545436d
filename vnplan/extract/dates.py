"""Dates as Vietnamese documents write them, to ``PartialDate`` values and ranges.

``ngày 04 tháng 12 năm 2024``, ``04/12/2024``, ``tháng 5/2025``, ``tháng 5 năm 2025``,
``Quý III/2025``, ``quý 2 năm 2025``, ``năm 2025``, ``2025``; ranges ``từ năm 2020 đến năm
2022``, ``2021 - 2025``, ``từ ngày 01/01/2025 đến ngày 30/6/2025``; ends ``trước ngày 30/6``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from vnplan.models import PartialDate
from vnplan.vocab import ROMAN_QUARTERS

_Y = r"(?P<{n}>(?:19|20)\d{{2}})"
_DATE = regex.compile(
    r"(?:ngày\s*)?(?P<d1>\d{1,2})\s*tháng\s*(?P<m1>\d{1,2})\s*năm\s*"
    + _Y.format(n="y1")
    + r"|(?<![\d/])(?P<d2>\d{1,2})\s*[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*"
    + _Y.format(n="y2")
    + r"(?![\d/])"
    + r"|[Qq]u[ýí]\s*(?P<q>IV|I{1,3}|[1-4])\s*(?:/|năm|-)\s*"
    + _Y.format(n="y3")
    + r"|tháng\s*(?P<m4>\d{1,2})\s*(?:/|năm|-)\s*"
    + _Y.format(n="y4")
    + r"|(?<![\d/])(?P<m5>\d{1,2})\s*/\s*"
    + _Y.format(n="y5")
    + r"(?![\d/])"
    + r"|(?<![\d/\-.])"
    + _Y.format(n="y6")
    + r"(?![\d/\-]|\.\d)",
    regex.IGNORECASE,
)
# "từ ngày", "bắt đầu", "sau ngày bầu cử 15/3/2026": the date starts a span that goes on.
_FROM = regex.compile(
    r"(?i:từ|bắt đầu|sau)\s*(?:(?i:ngày)(?:\s+\p{Ll}+){0,3}|(?i:tháng|năm|quý))?\s*$"
)
# What joins the two ends of a range: "đến hết", "- ", "và kéo dài đến hết", "và kết thúc
# (vào)" ngày ...
_JOIN = (
    r"(?:(?:và\s+)?(?:(?:tính|kéo dài)\s+)?(?:đến|tới|cho đến|-|–|—)\s*(?:hết\s*)?"
    r"|và\s+kết thúc\s+(?:vào\s+)?)"
)
_TO = regex.compile(
    rf"^\s*(?:{_JOIN}"
    r"(?:\d{1,2}\s*(?:giờ|h)\s*\d{0,2}\s*,?\s*)?(?:ngày|tháng|năm|quý)?\s*)$",
    regex.IGNORECASE,
)
_SHORT_START = regex.compile(
    r"[Tt]ừ\s+(?:ngày\s+)?(?P<d>\d{1,2})(?:\s*[/.-]\s*(?P<m>\d{1,2}))?\s*"
    rf"{_JOIN}\s*(?:ngày\s*)?$"
)
_QUARTER_PAIR = regex.compile(
    r"[Qq]uý\s+(?P<a>IV|I{1,3}|[1-4])\s*(?:và|đến|-|–)\s*(?:[Qq]uý\s+)?(?P<b>IV|I{1,3}|[1-4])"
    r"\s*(?:năm\s+|/\s*)(?P<y>\d{4})"
)
# "tháng 4 và tháng 5 năm 2021", "tháng 10, 11 và 12/2025": months that share one year.
_MONTH_LIST = regex.compile(
    r"[Tt]háng\s+(?P<a>\d{1,2})(?:\s*(?:,|và)\s*(?:tháng\s+)?\d{1,2})*"
    r"\s*(?:,|và|đến|-|–)\s*(?:tháng\s+)?(?P<b>\d{1,2})\s*(?:năm\s+|/\s*)(?P<y>\d{4})"
)
_TERM = regex.compile(r"(?:nhiệm kỳ|khóa)\s*$", regex.IGNORECASE)
# "đến ngày bầu cử 15/3/2026": the day may be named by its event (a few lower-case words).
_UNTIL = regex.compile(
    r"(?i:đến|tới|trước|chậm nhất|hoàn thành|dự kiến|hết|kết thúc(?:\s+vào)?)\s*(?i:hết\s*)?"
    r"(?:(?i:ngày)(?:\s+\p{Ll}+){0,3}|(?i:tháng|năm|quý))?\s*(?i:trong\s*)?$",
)
# "Từ tháng 01 đến ngày bầu cử 15/3/2026": a start month whose year is the end's.
_MONTH_START = regex.compile(
    r"[Tt]ừ\s+tháng\s+(?P<m>\d{1,2})\s*(?:đến|tới|-|–)\s*(?:hết\s*)?"
    r"(?:ngày(?:\s+\p{Ll}+){0,3}\s*|tháng\s*)?$"
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a text, with its position."""

    date: PartialDate
    start: int
    end: int


def _valid(y: int, m: int | None = None, d: int | None = None) -> bool:
    return 1900 <= y <= 2100 and (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


def find_dates(text: str) -> list[DateHit]:
    """Every date in ``text``, in order."""
    hits: list[DateHit] = []
    if "20" not in text and "19" not in text:
        return hits  # every date has a year, 19xx or 20xx
    for m in _DATE.finditer(text):
        g = m.groupdict()
        pd: PartialDate | None = None
        if g["y1"]:
            y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
            pd = PartialDate(year=y, month=mo, day=d) if _valid(y, mo, d) else None
        elif g["y2"]:
            y, mo, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
            pd = PartialDate(year=y, month=mo, day=d) if _valid(y, mo, d) else None
        elif g["y3"]:
            q = g["q"].upper()
            qn = ROMAN_QUARTERS.get(q) or int(q)
            pd = PartialDate(year=int(g["y3"]), quarter=qn)
        elif g["y4"] or g["y5"]:
            y = int(g["y4"] or g["y5"])
            mo = int(g["m4"] or g["m5"])
            pd = PartialDate(year=y, month=mo) if _valid(y, mo) else None
        elif g["y6"]:
            pd = PartialDate(year=int(g["y6"]))
        if pd is not None:
            hits.append(DateHit(pd, m.start(), m.end()))
    return hits


def parse_date(text: str) -> PartialDate | None:
    """The first date in ``text``."""
    hits = find_dates(text)
    return hits[0].date if hits else None


def find_range(text: str) -> tuple[PartialDate | None, PartialDate | None, int, int] | None:
    """The first date range in ``text``: (start, end, from, to offsets).

    ``từ A đến B`` and ``A - B`` give both ends; a lone date after ``đến``/``trước``/
    ``dự kiến`` gives only the end; a lone date otherwise is both start and end only when it
    is a year or a month (``năm 2025``).
    """
    pair = _QUARTER_PAIR.search(text)
    if pair:
        # "Quý I và quý II năm 2026": the first quarter borrows the second's year.
        y = int(pair.group("y"))
        q1, q2 = (ROMAN_QUARTERS.get(q.upper()) or int(q) for q in (pair["a"], pair["b"]))
        if 1 <= q1 <= q2 <= 4 and _valid(y):
            return (
                PartialDate(year=y, quarter=q1),
                PartialDate(year=y, quarter=q2),
                pair.start(),
                pair.end(),
            )
    months = _MONTH_LIST.search(text)
    if months:
        # The first month borrows the last one's year, as the quarters above do.
        y, m1, m2 = int(months["y"]), int(months["a"]), int(months["b"])
        if 1 <= m1 < m2 <= 12 and _valid(y):
            return (
                PartialDate(year=y, month=m1),
                PartialDate(year=y, month=m2),
                months.start(),
                months.end(),
            )
    hits = find_dates(text)
    for a, b in itertools.pairwise(hits):
        between = text[a.end : b.start]
        if _TERM.search(text, max(0, a.start - 12), a.start):
            continue  # "nhiệm kỳ 2026 - 2031": a term of office, not a time span of the plan
        if _TO.match(between) and b.start - a.end <= 26:
            return a.date, b.date, a.start, b.end
    if not hits:
        return None
    h = hits[0]
    before = text[max(0, h.start - 40) : h.start]
    if _UNTIL.search(before):
        # "từ ngày 08 đến ngày 10 tháng 12 năm 2025": the start borrows the end's month/year.
        short = _SHORT_START.search(before)
        if short and h.date.day is not None and h.date.month is not None:
            month = int(short.group("m")) if short.group("m") else h.date.month
            day = int(short.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                start = PartialDate(year=h.date.year, month=month, day=day)
                return start, h.date, h.start - len(before) + short.start(), h.end
        month_start = _MONTH_START.search(before)
        if month_start and h.date.month is not None:
            m = int(month_start.group("m"))
            if 1 <= m <= 12:
                year = h.date.year if m <= h.date.month else h.date.year - 1
                start = PartialDate(year=year, month=m)
                return start, h.date, h.start - len(before) + month_start.start(), h.end
        return None, h.date, h.start, h.end
    if _FROM.search(before):
        return h.date, None, h.start, h.end
    return None
