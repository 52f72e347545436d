"""Task tables laid out with spaces (``pdftotext -layout``, text dumps of printed plans).

Such a table is columns of short lines: a cell's text wraps onto the next lines in its own
column, and a row starts where the number column gets a number::

    STT     Tên nhiệm vụ      Cơ quan chủ      Cơ quan phối      Thời gian
                              trì              hợp
    1       Triển khai nền    Sở KH&CN         Các sở, ban,      Thường xuyên
            tảng đào tạo                       ngành tỉnh;

The header gives the columns (its parts, apart by two or more spaces, one naming a lead
column); each later line's parts go to the column they start in, and a part that runs into
the next column (a printer squeezed the gap to one space) is cut where that column starts.
Rows come back as cells with their offsets in the text, like the other table shapes.
"""

from __future__ import annotations

import regex

from vnplan.patterns import RECIPIENTS_WORDS
from vnplan.text.lines import join_pieces
from vnplan.vocab import TASK_TABLE_HEADER_PATTERN

# Parts of a line: runs of text apart by two or more spaces.
_PART = regex.compile(r"\S+(?: \S+)*")
_HINT = regex.compile(TASK_TABLE_HEADER_PATTERN, regex.IGNORECASE)
_ROW_NUMBER = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ]\))$")
# What ends the table: the closing or a new section of the body.
_AFTER = regex.compile(rf"^\s*(?:{RECIPIENTS_WORDS}|[IVX]{{1,5}}\.\s+\p{{Lu}}{{2,}}|PHỤ LỤC)")
_GROUP = regex.compile(r"^\s*[IVX]{1,5}\.\s")

Part = tuple[int, int, str]  # start column, end column, text
LayoutCell = tuple[str, int, int]  # text, start offset, end offset (end = start when empty)


def _parts(line: str) -> list[Part]:
    return [(m.start(), m.end(), m.group()) for m in _PART.finditer(line)]


def _header(lines: list[str], i: int) -> tuple[list[int], int] | None:
    """The column starts of a task table's header at line ``i`` and the index after it (its
    continuation lines, ``trì`` under ``Cơ quan chủ``, included)."""
    parts = _parts(lines[i])
    if len(parts) < 3 or any(len(p[2]) > 40 for p in parts) or parts[0][0] > 8:
        return None
    starts = [p[0] for p in parts]
    words = [p[2] for p in parts]
    j = i + 1
    while j < len(lines) and j <= i + 3:
        more = _parts(lines[j])
        if not more or any(len(p[2]) > 40 for p in more):
            break
        if not all(any(abs(p[0] - s) <= 3 for s in starts) for p in more):
            break
        if _ROW_NUMBER.match(more[0][2]) and more[0][0] <= starts[1] - 2:
            break  # the first row
        for p in more:
            k = min(range(len(starts)), key=lambda k: abs(starts[k] - p[0]))
            words[k] += " " + p[2]
        j += 1
    if not any(_HINT.search(w) for w in words):
        return None
    return starts, j


def _column(starts: list[int], col: int) -> int:
    """The column a part starting at ``col`` belongs to (cells start up to a few characters
    left of their header's start)."""
    k = 0
    for n, s in enumerate(starts):
        if col >= s - 4:
            k = n
    return k


def _cut(part: Part, at: int, lead: bool) -> tuple[Part, Part] | None:
    """``part`` cut at the space nearest column ``at``; for the lead column, preferably where
    the rest starts a unit's name in capitals."""
    start, end, text = part
    spaces = [k for k, c in enumerate(text) if c == " " and abs(start + k + 1 - at) <= 4]
    if not spaces:
        return None
    if lead:
        capital = [k for k in spaces if text[k + 1 : k + 2].isupper()]
        spaces = capital[:1] or spaces
    k = min(spaces, key=lambda k: abs(start + k + 1 - at)) if not lead else spaces[0]
    return (start, start + k, text[:k]), (start + k + 1, end, text[k + 1 :])


def layout_tables(text: str, base: int = 0) -> list[tuple[int, int, list[list[LayoutCell]]]]:
    """Every space-laid-out task table in ``text``: its first and past-last line numbers and
    its rows (the header first), cells with offsets ``base`` + their place in ``text``."""
    lines = text.split("\n")
    offsets: list[int] = []
    pos = base
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    out: list[tuple[int, int, list[list[LayoutCell]]]] = []
    i = 0
    while i < len(lines):
        found = _header(lines, i) if "  " in lines[i] else None
        if found is None:
            i += 1
            continue
        starts, j = found
        lead_col = next(
            (k for k, p in enumerate(_parts(lines[i])) if _HINT.search(p[2]) or "chủ" in p[2]),
            1,
        )
        head: list[list[tuple[str, int, int]]] = [[] for _ in starts]
        for h in range(i, j):
            for p in _parts(lines[h]):
                head[_column(starts, p[0])].append((p[2], offsets[h] + p[0], offsets[h] + p[1]))
        rows = [_join(head)]
        row: list[list[tuple[str, int, int]]] | None = None
        end = j
        blank = 0
        while end < len(lines):
            line = lines[end]
            if not line.strip():
                blank += 1
                if blank > 2:
                    break
                end += 1
                continue
            if _AFTER.match(line) and (
                len(line.rstrip()) > starts[1] + 4 or not _GROUP.match(line)
            ):
                break  # a group row ("II. HOÀN" / "THIỆN ...") stays in the number column
            parts = _parts(line)
            if len(parts) == 1 and parts[0][0] < starts[1] - 4 and len(parts[0][2]) > 60:
                break  # a paragraph across the page: the table is over
            blank = 0
            again = _header(lines, end)
            if again is not None:  # the header again, on a new page
                end = again[1]
                continue
            if len(parts) == len(starts) and _ROW_NUMBER.match(parts[0][2]):
                # A full row shows where this page's columns start: a printer lays out each
                # page anew, so a table's columns move from page to page.
                starts = [p[0] for p in parts]
            cut: list[Part] = []
            for p in parts:
                k = _column(starts, p[0])
                while k + 1 < len(starts) and p[1] > starts[k + 1] + 1:
                    pieces = _cut(p, starts[k + 1], lead=k + 1 == lead_col)
                    if pieces is None:
                        break
                    cut.append(pieces[0])
                    p = pieces[1]
                    k = _column(starts, p[0])
                cut.append(p)
            first = cut[0]
            if _column(starts, first[0]) == 0 and _ROW_NUMBER.match(first[2]):
                if row is not None:
                    rows.append(_join(row))
                row = [[] for _ in starts]
            if row is None:
                end += 1
                continue
            for p in cut:
                row[_column(starts, p[0])].append((p[2], offsets[end] + p[0], offsets[end] + p[1]))
            end += 1
        if row is not None:
            rows.append(_join(row))
        if len(rows) > 1:
            out.append((i, end, rows))
        i = max(end, i + 1)
    return out


def _join(cells: list[list[tuple[str, int, int]]]) -> list[LayoutCell]:
    """Each cell's pieces as one text (a piece ending in a hyphen goes on without a space,
    "52/2015/NĐ-" / "CP"); an empty cell sits where the last one ended."""
    out: list[LayoutCell] = []
    at = next((p[0][1] for p in cells if p), 0)
    for pieces in cells:
        if not pieces:
            out.append(("", at, at))
            continue
        out.append((join_pieces(p[0] for p in pieces), pieces[0][1], pieces[-1][2]))
        at = pieces[-1][2]
    return out
