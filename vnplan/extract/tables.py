"""Task tables: ``STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành``,
the appendix most plans end with. Each row gives its lead unit a task, with the row's
coordinating units and deadline.

Tables reach the text in three shapes, and all three are read from the normalised text itself
(so every cell keeps its source offsets): tab-separated rows (the DOCX reader's output),
markdown rows (``| a | b |``), and the one-cell-per-line blocks of some converters, where a
line ``|`` ends a cell and two such lines in a row end a table row.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnplan.extract.dates import find_dates, find_range
from vnplan.extract.layout_tables import layout_tables
from vnplan.extract.tasks import recurrence_of
from vnplan.extract.units import is_post, looks_like_unit, split_units, unit_from_heading
from vnplan.models import PartialDate, Span, Task, Unit
from vnplan.patterns import SYMBOL
from vnplan.text.normalize import fold
from vnplan.vocab import (
    LEAD_MARKERS,
    ROW_NUMBER_HEADERS,
    TASK_TABLE_AGENT_NOUNS,
    TASK_TABLE_AGENT_VERBS,
    TASK_TABLE_COLUMNS,
    TASK_TABLE_HEADER_PATTERN,
    TASK_TABLE_LEAD_HINTS,
    alternation,
)

_EMPH = regex.compile(r"\*+|(?<!\w)_+|_+(?!\w)")
_MD_RULE = regex.compile(r"^\|?[\s:|-]+\|?$")
_ROW_NUMBER = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ]\)?)$")
_CITATION = regex.compile(rf"(?:số\s*)?{SYMBOL}(?:\s+ngày\s+[\d/.-]+)?")
# What opens a row or a group row: its number, or a heading in capitals.
_ROW_START = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|\p{Lu}{2,}\b)(?:\s|$)")
# A cell that could head a lead column, alone on its line or between tabs or bars.
_HEADER_CELL = regex.compile(
    r"(?:^\|[ \t]*\n|[\t|])[ *]*[^\t|\n]{0,30}"
    rf"(?:{alternation(TASK_TABLE_LEAD_HINTS)})[^\t|\n]{{0,25}}[ *]*"
    r"(?=[\t|]|\n\||$)",
    regex.IGNORECASE | regex.MULTILINE,
)
# A line of a table laid out with spaces that could head a lead column ("Cơ quan chủ" over
# "trì"): see layout_tables.
_LAYOUT_HEADER = regex.compile(
    rf"^ {{0,8}}\S.*? {{2,}}(?:Cơ quan|Đơn vị|{TASK_TABLE_HEADER_PATTERN})[^\n]*$",
    regex.MULTILINE | regex.IGNORECASE,
)
# What a lead cell may say after its unit's name ("Sở KH&CN chủ trì hướng dẫn, tổng hợp").
_CELL_VERB = regex.compile(rf"(?:{alternation((*LEAD_MARKERS, 'phối hợp', 'thực hiện'))})\b")
# Lists in a cell are separated by ";", line breaks or "," before a unit name.
_CELL_LIST = regex.compile(r"\s*[;\n]\s*")


@dataclass(slots=True)
class Cell:
    text: str
    start: int
    end: int


Row = list[Cell]


_PLACEHOLDER = regex.compile(r"[.…·_\-–]{3,}|…+")


def _cell(raw: str, start: int) -> Cell:
    """A cell from ``raw`` found at offset ``start``, emphasis and edges trimmed."""
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    return Cell(" ".join(_EMPH.sub("", body).split()), start + lead, start + lead + len(body))


def _lines(text: str, base: int = 0) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = base
    for ln in text.split("\n"):
        out.append((pos, ln))
        pos += len(ln) + 1
    return out


def _split(start: int, line: str, sep: str) -> Row:
    cells: Row = []
    pos = 0
    for part in line.split(sep):
        cells.append(_cell(part, start + pos))
        pos += len(part) + 1
    return cells


def table_rows(text: str, base: int = 0) -> list[Row]:
    """Every table row in ``text``, in order, whatever its shape; offsets are ``base`` +
    their place in ``text``."""
    rows: list[Row] = []
    block: Row = []  # the row being read in the one-cell-per-line shape
    cell: list[tuple[int, str]] = []
    in_block = False
    bars = 0  # "|" lines since the last cell text

    def close_cell() -> None:
        nonlocal block
        if cell:
            first, last = cell[0], cell[-1]
            c = _cell(text[first[0] - base : last[0] - base + len(last[1])], first[0])
            if block and fold(c.text) in ROW_NUMBER_HEADERS:
                # "| TT |" opens a header row, even where no blank line or "| |" ended the
                # block before it (a page export with no blank lines at all).
                rows.append(block)
                block = []
            block.append(c)
            cell.clear()

    # Tables laid out with spaces (see layout_tables) are read whole, their lines skipped.
    regions = {first: (end, found) for first, end, found in layout_tables(text, base)}
    skip_to = 0
    for n, (start, line) in enumerate(_lines(text, base)):
        if n < skip_to:
            continue
        if n in regions:
            skip_to, found = regions[n]
            rows.extend([Cell(t, a, b) for t, a, b in row] for row in found)
            continue
        s = line.strip()
        if s == "|":
            close_cell()
            in_block, bars = True, bars + 1
            if bars >= 2 and block:
                rows.append(block)
                block = []
            continue
        if in_block and _PLACEHOLDER.fullmatch(s) and not cell:
            # "| …....... |": a cell dotted out is an empty one, and an empty cell after a
            # row's last one ends that row.
            continue
        if in_block and s:
            cell.append((start, line))
            bars = 0
            continue
        if in_block:  # a blank line ends the block
            close_cell()
            if block:
                rows.append(block)
                block = []
            in_block, bars = False, 0
        if not s:
            continue
        if "\t" in line.strip("\t "):
            rows.append(_split(start, line.rstrip(" "), "\t"))
        elif s.startswith("|") and s.count("|") >= 3 and not _MD_RULE.match(s):
            k = line.index("|")
            rows.append(_split(start + k + 1, line[k + 1 : line.rindex("|")], "|"))
        elif s.count(" | ") >= 2 and not _MD_RULE.match(s):
            # A pipe table without its outer bars ("TT | Nội dung | Đơn vị chủ trì"), as
            # GitHub Markdown and some exporters write it.
            rows.append(_split(start, line.rstrip(" "), "|"))
    close_cell()
    if block:
        rows.append(block)
    return rows


# A lead column headed by who acts ("người (bộ phận) thực hiện", "phụ trách"), folded.
_AGENT = regex.compile(
    rf"^(?:(?:{alternation(TASK_TABLE_AGENT_NOUNS)})\b.*?)?(?:{alternation(TASK_TABLE_AGENT_VERBS)})\b"
)


@dataclass(slots=True)
class _Columns:
    task: int
    lead: int
    coord: int | None
    deadline: int | None
    width: int
    numbered: bool  # the header has a number column ("STT")


def _columns(row: Row) -> _Columns | None:
    """The column layout when ``row`` is a task table's header (it has a lead column)."""
    if len(row) < 2 or len(row) > 12:
        return None
    joined = " ".join(c.text for c in row).lower()
    if len(joined) > 400 or not any(w in joined for w in TASK_TABLE_LEAD_HINTS):
        return None  # most rows: no header words at all (a cheap test before folding)
    names = [fold(c.text) for c in row]
    found: dict[str, int] = {}
    for role, words in TASK_TABLE_COLUMNS.items():
        # Words in order of preference: "chủ trì" before "đơn vị thực hiện".
        for w in words:
            i = next(
                (
                    i
                    for i, n in enumerate(names)
                    if i not in found.values() and len(n.split()) <= 8 and w in n
                ),
                None,
            )
            if i is not None:
                found[role] = i
                break
    if "lead" not in found:
        # Only a row that reads as a header all through: a task row's text often says
        # "thực hiện" too.
        if "task" not in found or any(len(n.split()) > 6 for n in names):
            return None
        agent = next(
            (i for i, n in enumerate(names) if i not in found.values() and _AGENT.match(n)), None
        )
        if agent is None:
            return None
        found["lead"] = agent
    numbered = names[0] in ROW_NUMBER_HEADERS
    task = found.get("task")
    if task is None:
        # No "Nội dung" heading: the widest text column before the lead, after a number.
        task = 1 if found["lead"] > 1 and numbered else 0
    return _Columns(
        task, found["lead"], found.get("coord"), found.get("deadline"), len(row), numbered
    )


def _merge_headers(top: Row, sub: Row) -> Row:
    """A two-row header as one row: the sub-row's names, and the top row's where the sub-row
    is blank. A merged top cell is written once, so blanks before the sub-row's names line up
    with the top row from the left and blanks after them from the right."""
    filled = [i for i, c in enumerate(sub) if c.text]
    if not filled:
        return top
    shift = len(sub) - len(top)
    merged: Row = []
    for i, c in enumerate(sub):
        if c.text:
            merged.append(c)
            continue
        j = i if i < filled[0] else i - shift
        merged.append(top[j] if 0 <= j < len(top) else c)
    return merged


def _units_in(cell: str) -> list[str]:
    out: list[str] = []
    for part in _CELL_LIST.split(cell):
        for name in split_units(part.strip(" .;,")):
            if name and name not in out:
                out.append(name)
    return out


def _deadline(cell: str) -> PartialDate | None:
    # "Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015": a citation's date is not one.
    cell = _CITATION.sub(" ", cell)
    rng = find_range(cell)
    if rng and rng[1]:
        return rng[1]
    hits = find_dates(cell)
    return hits[-1].date if hits else None


def table_tasks(text: str) -> list[tuple[Unit, Task]]:
    """The lead unit and task of every row of every task table in ``text``."""
    # Each pattern needs a character the other rarely does ("|" or a tab; two spaces):
    # checking for it first spares a slow scan of a text without tables.
    first = (_HEADER_CELL.search(text) if "|" in text or "\t" in text else None) or (
        _LAYOUT_HEADER.search(text) if "  " in text else None
    )
    if first is None:
        return []  # no cell could head a lead column: skip reading rows
    # Rows above the first cell that could head a table hold no tasks; a header written one
    # cell per line starts a few lines above that cell.
    start = text.rfind("\n\n", 0, max(0, first.start() - 400)) + 1
    text_from = text[start:]
    out: list[tuple[Unit, Task]] = []
    cols: _Columns | None = None
    header: Row | None = None  # the row just read, when it was a header
    previous: Row | None = None  # the last data row
    rows = table_rows(text_from, base=start)
    k = -1
    while k + 1 < len(rows):
        k += 1
        row = rows[k]
        layout = _columns(row)
        if layout is not None:
            if header is not None:
                # "Cơ quan thực hiện" over "Chủ trì | Phối hợp": one header in two rows.
                row = _merge_headers(header, row)
                layout = _columns(row) or layout
            cols, header, previous = layout, row, None
            continue
        header = None
        if cols is None:
            continue
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if (
            nxt is not None
            and len(row) + 1 + len(nxt) == cols.width
            and not _ROW_START.match(nxt[0].text)
        ):
            # An empty cell in the one-cell-per-line shape reads as a row's end: "| |".
            gap = Cell("", row[-1].end, row[-1].end)
            row = [*row, gap, *nxt]
            k += 1
        if len(row) == cols.width + 1 and not cols.numbered and _ROW_NUMBER.match(row[0].text):
            # A sub-table's header left out the number column its rows still have.
            row = row[1:]
        cells = row[: cols.width]  # a trailing empty cell dropped
        if max(cols.task, cols.lead) < len(cells) < cols.width:
            end = cells[-1].end  # trailing empty cells ("Ghi chú") left out by the writer
            cells = cells + [Cell("", end, end)] * (cols.width - len(cells))
        if len(cells) != cols.width:
            if len(cells) == 1 and not _ROW_NUMBER.match(cells[0].text):
                continue  # a group row ("I. NÂNG CAO NHẬN THỨC ...") inside the table
            if len(cells) < min(cols.lead, cols.task) + 1:
                cols = None  # the table has ended
            continue
        if not cells[cols.task].text and previous is not None:
            # A task cell merged down over several rows (one task, several leads).
            cells = [*cells[: cols.task], previous[cols.task], *cells[cols.task + 1 :]]
        previous = cells
        task_cell, lead_cell = cells[cols.task], cells[cols.lead]
        if len(task_cell.text.split()) < 3 or not lead_cell.text:
            continue
        leads = []
        for u in _units_in(lead_cell.text):
            # "Sở KH&CN chủ trì hướng dẫn, tổng hợp": the unit is the name before the verb.
            # The lead column names whoever leads, a person by post too ("Trưởng các thôn").
            found = unit_from_heading(u, roles=True)
            name = found[0].name if found is not None else u
            if found is not None and found[1] and not _CELL_VERB.match(found[1]):
                # No lead verb after the cut ("Trung tâm Trợ" + "giúp pháp lý nhà nước"):
                # the cell holds a name and only a name.
                name = u
            if (found is not None or looks_like_unit(name) or is_post(name)) and name not in leads:
                leads.append(name)
        if not leads:
            continue
        coord = _units_in(cells[cols.coord].text) if cols.coord is not None else []
        when = cells[cols.deadline].text if cols.deadline is not None else ""
        for name in leads:
            out.append(
                (
                    Unit(name=name, collective=name.lower().startswith(("các ", "những "))),
                    Task(
                        text=task_cell.text,
                        origin="sentence",
                        via="table",
                        deadline=_deadline(when),
                        recurrence=recurrence_of(when),
                        coordinating=[c for c in coord if c != name],
                        span=Span(start=task_cell.start, end=task_cell.end),
                    ),
                )
            )
    return out
