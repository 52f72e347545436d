"""Page layout → text lines, shared by both PDF engines.

An engine gives, per page, text *segments* (a run of text on one line and its box). From them:

1. segments are grouped into lines by vertical overlap, and parts of a line that stand far apart
   are kept apart (the two columns of a header or signature row);
2. page numbers and running headers/footers are dropped;
3. **column blocks** — from a line with two parts on, every following line that has two parts
   or sits wholly on one side of the gap — are written column by column: the left column's
   lines, a blank line, the right column's lines (``BỘ CÔNG AN`` then the motto, place and
   date; ``Nơi nhận`` and its list, then the signature), so columns never interleave;
4. other lines are joined into paragraphs where the page width wrapped them: the next line's
   first word would not have fitted at the end of this one, it starts at the left margin, and
   it does not open a heading or bullet.

The result has one paragraph per line, so the text stage re-joins nothing.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

import regex

from vnplan.grammar.tokens import BULLETS, NUMBERED, classify
from vnplan.text.lines import HYPHEN_END, join_pieces
from vnplan.vocab import CLAUSE_ENDS, DANGLING_WORDS, DOC_TYPES


@dataclass(slots=True)
class Segment:
    """A run of text on one line of a page (PDF points, origin top left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)

    @property
    def char_width(self) -> float:
        n = len(self.text.strip()) or 1
        return max((self.x1 - self.x0) / n, 0.5)


@dataclass
class PageLine:
    parts: list[Segment]
    page: int

    @property
    def x0(self) -> float:
        return self.parts[0].x0

    @property
    def x1(self) -> float:
        return self.parts[-1].x1

    @property
    def top(self) -> float:
        return min(p.top for p in self.parts)

    @property
    def bottom(self) -> float:
        return max(p.bottom for p in self.parts)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        # A table row keeps its empty edge cells (see pdftables).
        return " ".join(p.text if "\t" in p.text else p.text.strip() for p in self.parts)

    @property
    def char_width(self) -> float:
        return statistics.median(p.char_width for p in self.parts)

    @property
    def bold(self) -> bool:
        """Most of the line's text is bold."""
        total = sum(len(p.text) for p in self.parts) or 1
        return sum(len(p.text) for p in self.parts if p.bold) * 2 >= total


@dataclass
class Page:
    width: float
    height: float
    segments: list[Segment] = field(default_factory=list)


_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|Trang\s+\d+(?:\s*/\s*\d+)?|\d+\s*/\s*\d+)$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")


def _lines_of(page: Page, index: int) -> list[PageLine]:
    segs = sorted((s for s in page.segments if s.text.strip()), key=lambda s: (s.top, s.x0))
    lines: list[list[Segment]] = []
    bounds: list[list[float]] = []  # each line's top and bottom so far (kept, not recomputed)
    for s in segs:
        placed = False
        if "\t" in s.text:  # a table row (see pdftables) is a line of its own
            lines.append([s])
            bounds.append([s.top, s.bottom])
            continue
        for ln, bd in zip(reversed(lines[-3:]), reversed(bounds[-3:]), strict=True):
            if "\t" in ln[0].text:
                continue
            top, bottom = bd
            overlap = min(bottom, s.bottom) - max(top, s.top)
            if overlap > 0.5 * min(s.height, bottom - top):
                ln.append(s)
                bd[0], bd[1] = min(top, s.top), max(bottom, s.bottom)
                placed = True
                break
        if not placed:
            lines.append([s])
            bounds.append([s.top, s.bottom])
    out = []
    for ln in lines:
        ln.sort(key=lambda s: s.x0)
        parts: list[Segment] = [ln[0]]
        for s in ln[1:]:
            last = parts[-1]
            gap = s.x0 - last.x1
            if gap < 2.5 * max(last.char_width, s.char_width) + 0.4 * last.height:
                # A word space is about a quarter of the font's size; a glyph drawn from
                # another font ("C" + "ải cách") sits closer than that.
                near = max(0.15 * last.char_width, 0.2 * max(last.height, s.height))
                spaced = last.text.endswith(" ") or s.text.startswith(" ") or gap >= near
                sep = " " if spaced else ""
                long_bold = last.bold if len(last.text) >= len(s.text) else s.bold
                parts[-1] = Segment(
                    last.text.rstrip() + sep + s.text.lstrip(),
                    last.x0,
                    max(last.x1, s.x1),
                    min(last.top, s.top),
                    max(last.bottom, s.bottom),
                    long_bold,
                )
            else:
                parts.append(s)
        out.append(PageLine(parts, index))
    return out


def _drop_furniture(pages: list[list[PageLine]], heights: list[float]) -> list[list[PageLine]]:
    """Page numbers and lines that repeat at the top or bottom of several pages."""
    edge: Counter[str] = Counter()
    for lines in pages:
        for ln in lines[:2] + lines[-2:]:
            edge[_DIGITS.sub("#", ln.text)] += 1
    repeated = {t for t, n in edge.items() if n >= 3 and len(pages) >= 3}
    out = []
    for lines, h in zip(pages, heights, strict=True):
        kept = []
        for i, ln in enumerate(lines):
            at_edge = i < 2 or i >= len(lines) - 2
            near = ln.top < 0.12 * h or ln.bottom > 0.88 * h
            if (
                at_edge
                and near
                and "\t" not in ln.text  # a table's rows and repeated header row stay
                and (_PAGE_NUMBER.match(ln.text.strip()) or _DIGITS.sub("#", ln.text) in repeated)
            ):
                continue
            kept.append(ln)
        out.append(kept)
    return out


def _gap_split(ln: PageLine) -> float | None:
    if len(ln.parts) < 2:
        return None
    gaps = [(b.x0 - a.x1, (a.x1 + b.x0) / 2) for a, b in zip(ln.parts, ln.parts[1:], strict=False)]
    return max(gaps)[1]


_LOWER = regex.compile(r"\p{Ll}")
_DANGLING = frozenset(DANGLING_WORDS)


def _char_weight(c: str) -> float:
    # Capitals and digits are wider than the line's average letter, spaces narrower.
    return 1.35 if c.isupper() or c.isdigit() else 0.6 if c == " " else 1.0


# The rest of a run that may be a right-hand column: upper-case words, or capitalised words
# (a name), with no punctuation of a running sentence or list.
_HEADING_LIKE = regex.compile(r"^(?:[\p{Lu}\d][\p{Lu}\d./&-]*\s*)+$|^(?:\p{Lu}\p{Ll}*\s*){2,5}$")


def _split_at(p: Segment, lo: float, hi: float) -> tuple[Segment, Segment] | None:
    """``p`` cut in two at the first space that falls between ``lo`` and ``hi`` (where the right
    column may start) by the characters' estimated widths, and is followed by text such as a
    header's or a signature's column holds: upper case (``KT. CHỦ TỊCH``) or a name in title
    case (``Hồ Thị Nguyên Thảo``). A long line that just runs on is not cut.

    A PDF writer puts two table cells' texts in one run when the left one reaches the cell's
    edge (``- Bộ Công an (để báo`` + ``KT. CHỦ TỊCH``): the run crosses the column boundary."""
    t = p.text
    weights = [_char_weight(c) for c in t]
    total = sum(weights) or 1.0
    unit = (p.x1 - p.x0) / total
    slack = 4 * unit
    acc = 0.0
    spaces: list[tuple[float, int]] = []
    for k, w in enumerate(weights):
        x = p.x0 + acc * unit
        if t[k] == " " and 0 < k < len(t) - 1 and lo - slack <= x <= hi + slack:
            spaces.append((x, k))
        acc += w
    if not spaces:
        return None
    heads = [d for d in spaces if _HEADING_LIKE.match(t[d[1] + 1 :])]
    if not heads:
        return None
    x, k = heads[0]
    return (
        Segment(t[:k], p.x0, x, p.top, p.bottom, p.bold),
        Segment(t[k + 1 :], x + weights[k] * unit, p.x1, p.top, p.bottom, p.bold),
    )


def _fits(ln: PageLine, boundary: float) -> bool:
    """Whether each part of ``ln`` lies on one side of ``boundary``."""
    return all(p.x1 <= boundary or p.x0 >= boundary for p in ln.parts)


def _add(column: list[str], text: str) -> None:
    """A column's next line, or the rest of its last one when that ended in a hyphen."""
    if column and HYPHEN_END.search(column[-1]):
        column[-1] += text
    else:
        column.append(text)


def _starts_token(text: str) -> bool:
    k = classify(text).kind
    return k in NUMBERED or k in BULLETS


def _margins(lines: list[PageLine], widths: list[float]) -> list[tuple[float, float]]:
    """Each page's text edges (left, right), measured over all pages of its width, so that
    landscape pages of a task table have their own.

    The left edge is where most of the text starts, counted by characters, so that the short
    lines of a table's narrow columns do not outvote the paragraphs; the right one is where
    nine lines in ten end. A table's rows (see pdftables) count for neither."""
    groups: dict[int, list[PageLine]] = {}
    for ln in lines:
        if "\t" not in ln.text:
            groups.setdefault(round(widths[ln.page]), []).append(ln)
    edges: dict[int, tuple[float, float]] = {}
    for w, group in groups.items():
        starts: Counter[int] = Counter()
        for ln in group:
            starts[round(ln.x0)] += len(ln.text)
        rights = sorted(ln.x1 for ln in group)
        edges[w] = (float(starts.most_common(1)[0][0]), rights[int(0.9 * (len(rights) - 1))])
    fallback = max(edges.items(), key=lambda e: len(groups[e[0]]))[1] if edges else (0.0, 1.0)
    return [edges.get(round(w), fallback) for w in widths]


def layout_text(pages: list[Page]) -> str:
    """The text of a document's pages, one paragraph per line, columns apart (see ``layout``)."""
    return layout(pages)[0]


def layout(pages: list[Page]) -> tuple[str, bool]:
    """The text of a document's pages and whether its lines are paragraphs (see
    ``layout_pages``)."""
    text, paragraphs, _ = layout_pages(pages)
    return text, paragraphs


def _spaced(lines: list[PageLine], pitch: float) -> bool:
    """Whether blank lines set the paragraphs apart: 15% or more of the steps from one line to
    the next on a page are a blank line's height or more (real plans measure 0-10%; a text
    file printed as it is, a Word file of text lines, a writer who types an empty paragraph
    between paragraphs measure more)."""
    steps = [
        b.top - a.top
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and "\t" not in a.text and "\t" not in b.text
    ]
    return len(steps) >= 20 and sum(d > 1.7 * pitch for d in steps) >= 0.15 * len(steps)


def layout_pages(pages: list[Page]) -> tuple[str, bool, list[int | None]]:
    """The text of a document's pages, columns apart, and whether its lines are paragraphs.

    Lines are joined into paragraphs by the layout (``_wraps``), unless blank lines set the
    paragraphs apart (``_spaced``): then each printed line is kept, with an empty line where
    the blank space was, and the grammar joins them as it joins a wrapped text file's lines
    (``False`` is returned for "lines are paragraphs"). The third value gives each line of
    the text the page (1-based) it starts on."""
    raw = [_lines_of(p, i) for i, p in enumerate(pages)]
    all_pages = _drop_furniture(raw, [p.height for p in pages])
    lines = [ln for pg in all_pages for ln in pg]
    if not lines:
        return "", True, [1]
    margins = _margins(lines, [p.width for p in pages])
    pitches = [
        b.top - a.top
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and b.top - a.top > 0
    ]
    pitch = statistics.median(pitches) if pitches else 14.0
    spaced = _spaced(lines, pitch)

    out: list[str] = []
    origins: list[int | None] = []  # each line's page, 1-based
    para: list[PageLine] = []

    def flush() -> None:
        if para:
            out.append(join_pieces(ln.text for ln in para))
            origins.append(para[0].page + 1)
            para.clear()

    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        origins.extend([ln.page + 1] * (len(out) - len(origins)))
        if "\t" in ln.text:  # a table row (see pdftables): a line of its own
            flush()
            out.append(ln.text)
            i += 1
            continue
        left_margin, right_margin = margins[ln.page]
        split = _gap_split(ln)
        if split is not None and split > left_margin + 0.2 * (right_margin - left_margin):
            flush()
            i = _column_block(lines, i, out, (left_margin + right_margin) / 2)
            continue
        if spaced:
            prev = lines[i - 1] if i else None
            if prev is not None and prev.page == ln.page and ln.top - prev.top > 1.7 * pitch:
                out.append("")
            out.append(ln.text)
        elif para and _wraps(para[-1], ln, left_margin, right_margin, pitch):
            para.append(ln)
        else:
            flush()
            para.append(ln)
        i += 1
    flush()
    origins.extend([lines[-1].page + 1] * (len(out) - len(origins)))
    text = "\n".join(out)
    if text.count("\n") + 1 != len(origins):  # a line with a line break of its own
        origins = []
    return text, not spaced, origins


# Lines that never belong to a header's or a signature's column, aligned as they may be.
_BLOCK_END = re.compile(
    rf"^(?:{'|'.join(re.escape(t) for t in sorted(DOC_TYPES, key=len, reverse=True))}|PHỤ LỤC)"
    r"(?:\s+(?:[IVX]+|\d+|SỐ\s+\d+))?$"
)


def _column_block(lines: list[PageLine], i: int, out: list[str], mid: float) -> int:
    """Write the column block that starts at line ``i``; return the index after it.

    ``mid`` is the middle of the text area: the right column starts no further right than
    it, and a line centred on it (``KẾ HOẠCH``) ends the block.
    """
    first = lines[i]
    gaps = [
        (b.x0 - a.x1, k) for k, (a, b) in enumerate(zip(first.parts, first.parts[1:], strict=False))
    ]
    k = max(gaps)[1]
    right_x0 = first.parts[k + 1].x0
    boundary = min(right_x0, mid)  # where the right column starts
    left: list[str] = []
    right: list[str] = []
    j = i
    prev_bottom = first.top
    while j < len(lines):
        ln = lines[j]
        cw = ln.char_width
        if j > i and ln.page == lines[j - 1].page and ln.top - prev_bottom > 8 * max(ln.height, 8):
            break
        if j > i and len(ln.parts) == 1 and abs((ln.x0 + ln.x1) / 2 - mid) < 3 * cw:
            break  # centred across both columns: the title below the header
        if j > i and "\t" in ln.text:
            break  # a table row
        if j > i and len(ln.parts) == 1 and _BLOCK_END.match(ln.text.strip(" *_")):
            break  # the document type or an appendix, wherever the writer placed it
        parts_l: list[Segment] = []
        parts_r: list[Segment] = []
        parts = ln.parts
        crossing = [
            p
            for p in parts
            if p.x0 < min(boundary - 2 * cw, first.x0 + 10 * cw) and p.x1 > boundary + 2 * cw
        ]
        if (
            j > i
            and right
            and len(crossing) == 1
            and j + 1 < len(lines)
            and lines[j + 1].page == ln.page
            and _fits(lines[j + 1], boundary)
        ):
            pieces = _split_at(crossing[0], boundary, max(boundary, right_x0))
            if pieces is not None:  # two cells' texts in one run: cut it, the block goes on
                a, b = pieces
                a.x1, b.x0 = min(a.x1, boundary), max(b.x0, boundary)  # one piece each side
                parts = [q for p in parts for q in ((a, b) if p is crossing[0] else (p,))]
        for p in parts:
            if p.x1 <= boundary + 2 * cw:
                parts_l.append(p)
            elif p.x0 >= boundary - 8 * cw and (p.x0 + p.x1) / 2 >= boundary:
                parts_r.append(p)
            else:
                break  # a part spans both columns: the block is over
        else:
            if parts_l:
                _add(left, " ".join(p.text.strip() for p in parts_l))
            if parts_r:
                _add(right, " ".join(p.text.strip() for p in parts_r))
                if parts_l:
                    boundary = min(boundary, parts_r[0].x0)
            prev_bottom = ln.bottom
            j += 1
            continue
        break
    if j == i:
        # The first line itself has a run across the boundary (a table row whose cells one
        # run joins: "In ấn phiếu sàng lọc, 8.000.000"): no block; the line as it is, never
        # dropped.
        out.append(first.text)
        return i + 1
    out.append("")
    out.extend(left)
    out.append("")
    out.extend(right)
    out.append("")
    return j


# A dash line in lower case after a full line that stops mid-phrase is the rest of a
# compound the line broke at its dash ("phát triển kinh tế" / "- xã hội ..."): a list item
# starts in upper case, and the line before one ends in punctuation.
_DASH_WRAP = regex.compile(r"^[-–]\s+\p{Ll}")
_LOWER_END = regex.compile(r"\p{Ll}$")


def _wraps(prev: PageLine, ln: PageLine, left: float, right: float, pitch: float) -> bool:
    """Whether ``ln`` continues the paragraph whose last line is ``prev``."""
    full = right - prev.x1 < 6 * prev.char_width
    if prev.text.count("(") > prev.text.count(")") and full and ln.x0 < left + 2.5 * ln.char_width:
        return True  # a bracket still open: "(theo ... tại Mục 5," / "Phần VI Hướng dẫn ...)"
    head = prev.text.strip(" *_")
    tok = classify(head)
    same_page = ln.page == prev.page and ln.top - prev.top <= 1.7 * pitch
    if tok.kind in NUMBERED and not head[tok.rest :].strip(" *_") and same_page:
        return not _starts_token(ln.text)  # a number alone, its heading below ("1." / "Mục")
    if _starts_token(ln.text) and not _DASH_WRAP.match(ln.text):
        return False  # a heading or bullet
    if _DASH_WRAP.match(ln.text) and (not _LOWER_END.search(prev.text) or not full):
        return False  # "- xã hội ..." goes on "kinh tế" only after a full line
    if ln.bold != prev.bold and not _LOWER.match(ln.text):
        return False  # a change of weight (bold heading, plain text), unless a sentence
        # goes on in lower case ("... báo cáo (qua Công an tỉnh) **trong tháng 11/2025**")
    if ln.text[:1].isupper() and not _LOWER.search(prev.text) and _LOWER.search(ln.text):
        return False  # an upper-case heading or title, then a sentence
    if ln.page == prev.page and ln.top - prev.top > 1.7 * pitch:
        return False
    cw = ln.char_width
    if ln.x0 > left + 2.5 * cw:
        return False  # indented: a new paragraph (or centred text)
    end = prev.text.rstrip(" *_")
    last = end.rsplit(None, 1)[-1].lower() if end else ""
    if (
        end
        and not end.endswith(CLAUSE_ENDS)
        and (_LOWER.match(ln.text.lstrip(" *_")) or last in _DANGLING or end.endswith(","))
    ):
        # A sentence goes on whatever the line's fill (a line broken by hand, a text file
        # printed as it is): no paragraph starts in lower case, none ends on "số", "của" or
        # a comma.
        return True
    if (
        tok.kind in NUMBERED
        and not _LOWER.search(prev.text)
        and not _LOWER.search(ln.text)
        and ln.bold == prev.bold
    ):
        return True  # an upper-case heading broken over lines ("II. NỘI DUNG" / "TRỌNG TÂM")
    first = ln.text.split(" ", 1)[0]
    room = right - prev.x1
    width = sum(_char_weight(c) for c in first)  # "02-KH/BCĐTW,": capitals are wider
    return room < (width + 1.5) * cw
