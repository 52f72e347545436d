"""What a task's text says about it: its deadline, its recurrence, its coordinating units."""

from __future__ import annotations

import regex

from vnplan.extract.dates import find_dates
from vnplan.extract.units import looks_like_unit, split_units
from vnplan.models import PartialDate
from vnplan.vocab import COORDINATION_STOPS, RECURRENCES, alternation

_DEADLINE = regex.compile(
    r"(?:trước|chậm nhất|hạn chót|hoàn thành|xong|thời hạn|thời gian hoàn thành|thời gian"
    r" thực hiện|dự kiến|đến hết|trong)\s*(?:là|:)?\s*(?:ngày|tháng|quý|năm)?",
    regex.IGNORECASE,
)
_RECURRENCE = regex.compile(rf"\b(?:{alternation(RECURRENCES)})\b", regex.IGNORECASE)
_COORD = regex.compile(
    r"phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng)\s+(?P<list>[^;.:()]+)", regex.IGNORECASE
)
_COORD_STOP = regex.compile(rf"\s(?:{alternation(COORDINATION_STOPS)})(?=\s|,|$)")


def deadline_of(text: str) -> PartialDate | None:
    """The date a task must be done by: a date right after ``trước``, ``hoàn thành``,
    ``chậm nhất``, ``thời gian thực hiện:`` ..."""
    for hit in find_dates(text):
        before = text[max(0, hit.start - 40) : hit.start]
        last = list(_DEADLINE.finditer(before))
        if last and before[last[-1].end() :].strip(" :,") == "":
            return hit.date
    return None


def recurrence_of(text: str) -> str | None:
    """``thường xuyên``, ``hằng năm``, ``định kỳ`` ... when the text says so."""
    m = _RECURRENCE.search(text)
    return m.group().lower() if m else None


def coordinating_units(text: str) -> list[str]:
    """The units after ``phối hợp (chặt chẽ) với``, up to the words that start the task."""
    out: list[str] = []
    for m in _COORD.finditer(text):
        lst = m.group("list")
        stop = _COORD_STOP.search(lst)
        if stop:
            lst = lst[: stop.start()]
        for item in split_units(lst):
            if looks_like_unit(item) and item not in out:
                out.append(item)
    return out
