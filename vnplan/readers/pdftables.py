"""Ruled tables in a PDF → one text segment per row, its cells separated by tabs.

A task table (``STT | Nội dung | Cơ quan chủ trì | Phối hợp | Thời gian``) laid out on a page
is, to a text extractor, columns of short lines that interleave row by row; read as lines, no
row can be told from the next. The DOCX reader writes such a table one row per line, cells
apart by tabs, and so does this module for PDFs: the ruling lines of the grid (the borders
every such table is printed with) come from pdfium's path objects, pdfplumber's grid
algorithm turns them into cells, each cell's text comes from pdfium by its box, and the
segments inside a table's box are replaced by one segment per row. It runs only on the pages
from the first one whose lines look like a task table's header (three or more parts on one
line, one naming a lead column), so PDFs without such a table pay nothing, and those with one
about a millisecond a page (pdfplumber's own page parsing would cost fifty).
"""

from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass
from typing import Any

import regex

from vnplan.readers.layout import _PAGE_NUMBER, Page, Segment
from vnplan.vocab import TASK_TABLE_HEADER_PATTERN

_HINT = regex.compile(TASK_TABLE_HEADER_PATTERN, regex.IGNORECASE)
_SPACES = regex.compile(r"\s+")
# pdfium gives a hyphen that ends a line inside a cell as U+FFFE or U+0002 (pdfminer as
# U+00AD).
_SOFT_HYPHEN = regex.compile(r"[\uFFFE\u0002\u00AD]\s*")
# Vietnamese breaks no word with a hyphen: one that ends a line after a letter or digit joins
# a symbol or a range ("52/2015/NĐ-" / "CP", "2026-" / "2030").
_LINE_HYPHEN = regex.compile(r"(?<=[\p{L}\d])-\n(?=[\p{L}\d])")


#: Text boxes on a page above which it is not searched for a task-table header: real pages
#: have hundreds; thousands are words drawn over each other, and the search is quadratic.
_MAX_HEADER_SEGMENTS = 3000


def _header_page(pages: list[Page]) -> int | None:
    """The first page with a line of three or more parts where one part, with the lines
    wrapped under it in its column ("Cơ quan chủ" / "trì"), names a lead column."""
    for i, page in enumerate(pages):
        segs = page.segments
        if len(segs) > _MAX_HEADER_SEGMENTS:
            continue
        by_top = sorted(segs, key=lambda t: t.top)
        tops = [t.top for t in by_top]
        bottoms = sorted(t.bottom for t in segs)
        for s in segs:
            if len(s.text) > 40:
                continue
            mid = (s.top + s.bottom) / 2
            # Boxes that span the middle: those starting at or above it, less those that
            # ended above it.
            if bisect.bisect_right(tops, mid) - bisect.bisect_left(bottoms, mid) < 3:
                continue
            limit = s.bottom + 3 * s.height
            lo, hi = bisect.bisect_left(tops, s.top - 1), bisect.bisect_right(tops, limit)
            column = " ".join(t.text for t in by_top[lo:hi] if t.x0 < s.x1 and t.x1 > s.x0)
            if _HINT.search(column):
                return i
    return None


Box = tuple[float, float, float, float]  # x0, top, x1, bottom (points, origin top left)


@dataclass(slots=True)
class _Grid:
    """A ruled table: its box, its rows (a row's box and its cells' boxes, ``None`` where a
    merged cell covers the column) and each cell's raw text (``None`` likewise)."""

    bbox: Box
    rows: list[tuple[Box, list[Box | None]]]
    texts: list[list[str | None]]


#: Most path segments read from one page: a table's borders take hundreds; a page with more is
#: a drawing (a map, a chart) whose lines would only cost time.
_MAX_SEGMENTS = 20_000


def _edges(page: Any, height: float) -> list[dict[str, Any]]:
    """The page's straight horizontal and vertical path segments, as pdfplumber's edges."""
    import pypdfium2.raw as raw

    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict[str, Any]] = []

    def add(a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = sorted((a, b))
        top, bottom = sorted((height - y0, height - y1))
        if abs(y1 - y0) <= 1 and x1 - x0 > 1:
            edges.append(
                {"x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0, "height": 0,
                 "orientation": "h", "object_type": "line"}
            )  # fmt: skip
        elif abs(x1 - x0) <= 1 and bottom - top > 1:
            edges.append(
                {"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0,
                 "height": bottom - top, "orientation": "v", "object_type": "line"}
            )  # fmt: skip

    budget = _MAX_SEGMENTS
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=0):
        n = raw.FPDFPath_CountSegments(obj.raw)
        budget -= max(n, 1)
        if budget < 0:
            return []  # a drawing, not a table's borders (and a bound on hostile pages)
        a, b, c, d, e, f = obj.get_matrix().get()
        start: tuple[float, float] | None = None
        prev: tuple[float, float] | None = None
        for k in range(n):
            seg = raw.FPDFPath_GetPathSegment(obj.raw, k)
            if not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                continue
            pt = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = pt
            elif kind == raw.FPDF_SEGMENT_LINETO and prev is not None:
                add(prev, pt)
            prev = pt
            if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                add(pt, start)
                prev = start
    return edges


def _grids(page: Any) -> list[_Grid]:
    """The ruled tables of a pdfium page, by pdfplumber's algorithm for the "lines" strategy
    (edges snapped and joined within 3 points, shorter ones dropped, cells from their
    crossings), and each cell's text read by its box."""
    from pdfplumber import table as tf
    from pdfplumber.utils.geometry import filter_edges

    height = page.get_size()[1]
    edges = _edges(page, height)
    if len(edges) < 6:
        return []
    edges = filter_edges(tf.merge_edges(edges, 3, 3, 3, 3), min_length=3)
    cells = tf.intersections_to_cells(tf.edges_to_intersections(edges, 3, 3))
    grids: list[_Grid] = []
    textpage = page.get_textpage()
    try:
        for group in tf.cells_to_tables(cells):
            table = tf.Table(None, group)  # type: ignore[arg-type]  # rows need no page
            rows: list[tuple[Box, list[Box | None]]] = []
            texts: list[list[str | None]] = []
            for row in table.rows:
                boxes: list[Box | None] = [
                    None if c is None else (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
                    for c in row.cells
                ]
                x0, top, x1, bottom = row.bbox
                rows.append(((float(x0), float(top), float(x1), float(bottom)), boxes))
                texts.append(
                    [
                        None
                        if c is None
                        else textpage.get_text_bounded(c[0], height - c[3], c[2], height - c[1])
                        for c in boxes
                    ]
                )
            x0, top, x1, bottom = table.bbox
            grids.append(_Grid((float(x0), float(top), float(x1), float(bottom)), rows, texts))
    finally:
        textpage.close()
    return grids


def _cell(text: str | None) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_HYPHEN.sub("-", _SOFT_HYPHEN.sub("-", text))
    out: str = _SPACES.sub(" ", text).strip()
    return out


def apply_tables(data: bytes, pages: list[Page]) -> None:
    """Replace the segments of every ruled task table (three or more columns, a header that
    names a lead column, or the continuation of one) on the pages from the first task-table
    header on, by one tab-separated segment per row (in place)."""
    first = _header_page(pages)
    if first is None:
        return
    import pypdfium2 as pdfium

    last: tuple[Segment, list[str]] | None = None  # the last row read, to join a page break
    columns = 0  # how many columns the last task table had
    header: list[str] = []  # its header row's cells
    pdf = pdfium.PdfDocument(data)
    try:
        for i in range(first, min(len(pages), len(pdf))):
            page = pages[i]
            found = sorted(
                (t for t in _grids(pdf[i]) if t.rows and max(len(r[1]) for r in t.rows) >= 3),
                key=lambda t: t.bbox[1],
            )
            tables: list[Any] = []
            for t in found:
                # A task table: its header names a lead column, or it goes on the one read
                # before (as many columns, that table running to the end of the last page or
                # standing above it on this one). Other ruled boxes (a closing laid out in a
                # grid, text in frames) stay as lines.
                width = max(len(r[1]) for r in t.rows)
                heads = [_cell(c) for row in t.texts[:3] for c in row]
                head = any(len(h) <= 40 and _HINT.search(h) for h in heads)
                if head or (width == columns and (last is not None or tables)):
                    tables.append(t)
                    columns = width
            if not tables:
                last = None
                continue
            above = min(t.bbox[1] for t in tables)
            text_above = any(
                s.bottom < above - 1 and not _PAGE_NUMBER.match(s.text.strip())
                for s in page.segments
            )
            rows_out: list[Segment] = []
            for k, t in enumerate(sorted(tables, key=lambda t: t.bbox[1])):
                x0, top, x1, bottom = t.bbox
                page.segments = [
                    s
                    for s in page.segments
                    if not (
                        x0 - 1 <= (s.x0 + s.x1) / 2 <= x1 + 1
                        and top - 1 <= (s.top + s.bottom) / 2 <= bottom + 1
                    )
                ]
                body_from = 0  # the first row after a header repeated from the last page
                spans: dict[int, tuple[float, str]] = {}  # column -> (bottom, text) above
                for r, ((row_box, boxes), cells) in enumerate(zip(t.rows, t.texts, strict=True)):
                    texts = [_cell(c) for c in cells]
                    for j, box in enumerate(boxes):
                        if box is not None:
                            spans[j] = (box[3], texts[j])
                        elif j in spans and spans[j][0] >= row_box[3] - 1:
                            # A cell merged down over this row (one lead unit for several
                            # tasks): its text holds here too, as in the DOCX reader.
                            texts[j] = spans[j][1]
                    if not any(texts):
                        continue
                    if r == 0 and texts == header:
                        body_from = 1  # the writer repeats the header row on each page
                        continue
                    if (
                        r == 0
                        and _HINT.search(" ".join(texts))
                        and all(len(x) <= 40 for x in texts)
                    ):
                        header = texts
                    continued = (
                        k == 0
                        and r == body_from
                        and not text_above
                        and last is not None
                        and len(last[1]) == len(texts)
                        and not texts[0]
                        # A row of its own under cells merged down from the last page has
                        # its number and task cells empty and most others filled.
                        and not (not texts[1] and sum(bool(x) for x in texts) >= 3)
                    )
                    if continued and last is not None:
                        # A row broken by the page end goes on at the top of the next page.
                        seg, prev = last
                        joined = [
                            " ".join(x for x in (a, b) if x)
                            for a, b in zip(prev, texts, strict=True)
                        ]
                        seg.text = "\t".join(joined)
                        last = (seg, joined)
                        continue
                    rx0, rtop, rx1, rbottom = row_box
                    seg = Segment("\t".join(texts), rx0, rx1, rtop, rbottom)
                    rows_out.append(seg)
                    last = (seg, texts)
            page.segments.extend(rows_out)
    finally:
        pdf.close()


__all__ = ["apply_tables"]
