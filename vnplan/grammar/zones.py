"""Split a document's lines into its zones and re-join lines that a converter wrapped.

A plan has, in this order: the header (issuer, motto, number, place and date), the
document-type line (``KẾ HOẠCH``), the title, the body, the closing (``Nơi nhận``, signature)
and, after the signature, appendices. Header and closing keep their physical lines (their
columns and stacked lines mean something); body lines are re-joined where a copy wrapped them.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field

import regex

from vnplan.grammar.closing import ClosingLines, read_closing
from vnplan.grammar.signers import SIGNING_BODY, is_authority_line, is_person_name, is_position
from vnplan.grammar.tokens import BULLETS, NUMBERED, Tok, Token, classify, is_upper
from vnplan.patterns import (
    ATTACHED_NOTE,
    END_MARK,
    FIELD_LINE,
    HEADER_ANCHOR,
    MOTTO_ANCHOR,
    RECIPIENTS,
    RULE_LINE,
    SIGNING_DATE,
    TASK_OPENING,
)
from vnplan.text.lines import Line
from vnplan.text.normalize import fold
from vnplan.vocab import (
    BODY_CLOSING_FORMULAS,
    BODY_OPENERS,
    CLAUSE_ENDS,
    DANGLING_WORDS,
    DOC_TYPES,
    OPEN_NAME_HEADS,
    WEB_DEBRIS,
    WEB_DOC_LABELS,
    WEB_FOOTER,
    WEB_FURNITURE,
    WEB_FURNITURE_SUFFIXES,
    WEEKDAYS,
    alternation,
)

_DOC_TYPE_NAMES = sorted(DOC_TYPES, key=len, reverse=True)
_APPENDIX = regex.compile(r"^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+[IVX\d]+|\s*$|\s*[:.\-–])")
_ATTACHED_NOTE = regex.compile(ATTACHED_NOTE)
_BODY_OPENER = regex.compile(rf"^(?:{alternation(BODY_OPENERS)})\b")
_DANGLING = frozenset(DANGLING_WORDS)
# A line that opens with a task's verb in capitals ("Phối hợp theo dõi ...", "Tổ chức phổ
# biến ..."): the first line of a heading's paragraph, not the rest of the unit's name.
_TASK_OPENING = regex.compile(TASK_OPENING)
_RULE_LINE = regex.compile(RULE_LINE)


# Head words that never end a unit's name ("Ủy ban Mặt trận" goes on "Tổ quốc ...").
_OPEN_NAME = regex.compile(rf"(?:\s|^)(?:{alternation(OPEN_NAME_HEADS)})$")


def _dangling(text: str) -> bool:
    words = text.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _DANGLING


_CODE_END = regex.compile(r"\([A-ZĐ]{1,3}\d{1,3}\)$")


@dataclass
class Zones:
    """The zones of a document, as lists of lines."""

    header: list[Line] = field(default_factory=list)
    doc_type: Line | None = None
    title: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)
    appendix: list[Line] = field(default_factory=list)
    # When the file is a decision that issues the plan attached after its signature: the
    # decision's own type line and articles (the plan is what the other zones hold).
    enclosing_type: Line | None = None
    preamble: list[Line] = field(default_factory=list)
    # What a web page printed before the document's own header (site menus, a "Source:" line,
    # the page's metadata table, "Tải về" links): never read as the issuer block.
    chrome: list[Line] = field(default_factory=list)
    # The closing's lines sorted into recipients and signature columns.
    closing_lines: ClosingLines = field(default_factory=ClosingLines)
    # What a web page printed after the document (share buttons, related articles, the
    # site's own footer).
    footer: list[Line] = field(default_factory=list)


_FURNITURE = regex.compile(rf"^(?:{alternation(WEB_FURNITURE)})")


def is_furniture(text: str) -> bool:
    """A line of web-page furniture (``>>> Xem chi tiết``, ``... (Hình từ Internet)``)."""
    t = text.strip()
    return bool(_FURNITURE.match(t)) or t.endswith(WEB_FURNITURE_SUFFIXES)


#: A line of a web page's own matter by how it starts ("Trang chủ", "Lượt xem", "Chia sẻ").
#: A dateline ("Thứ Hai, 13/03/2023 10:25") and a source credit ("Theo Báo Nhân Dân",
#: "Theo TTXVN."), not "Theo kế hoạch, ..." or "Theo đó, ...", which are the report's prose.
PAGE_CHROME = regex.compile(
    rf"^(?:(?i:{alternation(WEB_DEBRIS)})"
    rf"|(?i:{alternation(WEEKDAYS)})\s*[,-]?\s*(?:ngày\s*)?\d{{1,2}}\s*[/.-]"
    r"|Theo\s+(?:\p{Lu}|\p{Ll}+\.\p{Ll})[^,;:!?]{1,60}$)"
)


#: A web page's whole-line label over the document it carries ("NỘI DUNG VĂN BẢN:").
_DOC_LABEL = regex.compile(rf"^(?:{alternation(WEB_DOC_LABELS)})\s*:?$", regex.IGNORECASE)

_FOOTER = regex.compile(rf"^(?:{alternation(WEB_FOOTER)})", regex.IGNORECASE)
# A footer line is a row of buttons or a caption ("In trang | Gửi email | Lưu | Chia sẻ:
# Facebook Twitter"); a longer line that opens with "Chia sẻ" is the plan's own sentence.
_FOOTER_WORDS = 12
_FOOTER_AFTER = 3


def _footer_start(lines: list[Line], start: int) -> int:
    """Where a web page's footer begins after ``start`` (``len(lines)`` if it has none): its
    first short footer line ("Chia sẻ  Tweet  In trang", "Tin cùng chuyên mục")."""
    prose = 0
    for i in range(start, len(lines)):
        t = lines[i].text.strip()
        words = len(t.split())
        # A share bar above the article ("Chia sẻ: Facebook | Zalo | In bài") is the page's
        # header: a footer comes after some of the article's own sentences.
        if prose >= _FOOTER_AFTER and words <= _FOOTER_WORDS and _FOOTER.match(t):
            return i
        prose += words >= 10 and t.endswith(CLAUSE_ENDS)
    return len(lines)


def is_page_chrome(ln: Line) -> bool:
    """A web page's own line: a menu ("Trang chủ | Giới thiệu | Tin tức | ..."), a post's
    metadata ("Cập nhật lúc: ... | Lượt xem: 341"), a breadcrumb ("Bạn đang xem: ...")."""
    t = ln.text.strip()
    if PAGE_CHROME.match(t):
        return True
    # Four or more short pieces side by side: a menu bar.
    pieces = [c.text for c in ln.columns()] if ln.gaps else t.split("|")
    return len(pieces) >= 4 and all(len(p.split()) <= 4 for p in pieces)


_SPACED_LETTERS = regex.compile(r"^(?:\p{L}\p{M}*\s+){3,}\p{L}\p{M}*$")
_NAMES_UNSPACED = {n.replace(" ", ""): n for n in _DOC_TYPE_NAMES}


def doc_type_of(text: str) -> str | None:
    """The document-type name a line consists of (``KẾ HOẠCH``, letter-spaced ``K Ế  H O Ạ C
    H`` too), or ``None``."""
    if len(text) > 40 or not is_upper(text, 4):
        return None
    if _SPACED_LETTERS.match(text):
        return _NAMES_UNSPACED.get("".join(text.split()).upper())
    t = " ".join(text.replace(":", " ").split()).upper()
    for name in _DOC_TYPE_NAMES:
        if t == name or (t.startswith(name + " ") and name.startswith("KẾ HOẠCH")):
            return t
    return None


# "KẾ HOẠCH Tổ chức hội nghị ...", "KẾ HOẠCH: Tổ chức ...": the type and the title on one line.
_TYPE_THEN_TITLE = regex.compile(
    r"^[*_\s]*(?P<type>KẾ HOẠCH)[*_]*\s*[:.\-–]?\s+(?=\p{Lu}\P{Lu}*\p{Ll})"
)


def _find_doc_type(lines: list[Line]) -> tuple[int, int] | None:
    """The document-type line's index, and where a title on the same line starts (0: none)."""
    limit = min(len(lines), 60)
    anchored = False
    for i in range(limit):
        text = lines[i].text
        tok = classify(text)
        if tok.kind in (Tok.ROMAN, Tok.PART) and i > 3:
            break  # the body has started: no header in this text
        if doc_type_of(text):
            if i + 1 < len(lines) and is_page_chrome(lines[i + 1]):
                continue  # a post's headline over its "Cập nhật lúc: ..." line
            return i, 0
        if anchored:
            # Under a header: "Kế hoạch" in title case alone on its line, or the type with
            # the title after it.
            if fold(text) == "kế hoạch":
                return i, 0
            m = _TYPE_THEN_TITLE.match(text)
            if m:
                return i, m.end()
        anchored = anchored or _anchors(lines[i])
    return None


_LOWER = regex.compile(r"\p{Ll}")
_UPPER_LETTER = regex.compile(r"\p{Lu}")


def _title_end(lines: list[Line], start: int) -> int:
    """Index after the last title line that begins at ``start``."""
    i = start
    n = len(lines)
    while i < n and i < start + 8:
        ln = lines[i]
        if i > start and ln.blank_before:
            break
        kind = classify(ln.text).kind
        if (kind in NUMBERED | BULLETS and i > start) or kind in (Tok.ROMAN, Tok.PART):
            break  # a section, not the title (even right under the document type)
        if _BODY_OPENER.match(ln.text) and not is_upper(ln.text):
            if (
                i == start
                and ln.text.startswith(("Thực hiện", "Triển khai"))
                and len(ln.text) < 160
            ):
                pass  # a title may itself start "Thực hiện ..."
            elif i > start or len(ln.text) > 160:
                break
        if i > start and lines[i - 1].text.endswith(CLAUSE_ENDS) and not ln.text[:1].islower():
            break
        if (
            i > start
            and is_upper(lines[start].text)
            and not is_upper(ln.text)
            and ln.text[:1].isupper()
            and _LOWER.search(ln.text)  # "AN", the end of "TỈNH NGHỆ" / "AN", is not
            and not _ATTACHED_NOTE.match(ln.text)
        ):
            break  # an upper-case title is over where a sentence starts ("Do hậu quả ...")
        i += 1
    # A note under the title "(Kèm theo Quyết định số ...)" belongs to the title block.
    while i < n and _ATTACHED_NOTE.match(lines[i].text):
        i += 1
        while i < n and not lines[i].blank_before and lines[i - 1].emph_out:
            i += 1
    return i


def _closing_start(lines: list[Line], start: int) -> int:
    end = _body_end(lines, start)
    for i in range(start, len(lines)):
        t = lines[i].text
        if RECIPIENTS.match(t):
            # "Ngày 22 tháng 9 năm 2025" after the body's last line, over "Nơi nhận:": the
            # signing date of a plan whose header prints none.
            if i - 1 > end and SIGNING_DATE.match(lines[i - 1].text.strip()):
                return i - 1
            return i
        if is_authority_line(t) or (
            lines[i].gaps
            and any(
                is_authority_line(c.text) or RECIPIENTS.match(c.text) for c in lines[i].columns()
            )
        ):
            # "VIỆN KIỂM SÁT NHÂN DÂN TỈNH X    TÒA ÁN NHÂN DÂN TỈNH X" over "KT. VIỆN
            # TRƯỞNG    CHÁNH ÁN": the bodies a joint plan's blocks sign for are its closing.
            if i - 1 > end and _signing_bodies(lines[i - 1]):
                return i - 1
            return i
        if i > end and _bare_signature(lines, i):
            # "TRƯỞNG KHOA" / "Phạm Quốc Hưng" with no KT./TM., before any "Nơi nhận"; the
            # date printed over it belongs to the closing too, and so does the body a joint
            # plan's block signs for ("CÔNG AN TỈNH X" / "GIÁM ĐỐC").
            above = lines[i - 1].text.strip() if i - 1 > end else ""
            if above and (SIGNING_DATE.match(above) or SIGNING_BODY.match(above)):
                return i - 1
            return i
    return len(lines)


_DOC_END = regex.compile(rf"{END_MARK}|^(?:{alternation(BODY_CLOSING_FORMULAS)})\b")


def _body_end(lines: list[Line], start: int) -> int:
    """The last line of the body's own text ("Trên đây là Kế hoạch ...", "... ./."), or -1."""
    return max((i for i in range(start, len(lines)) if _DOC_END.search(lines[i].text)), default=-1)


def _signing_bodies(line: Line) -> bool:
    """A line of bodies' names in capitals, one per column, above a signature."""
    cols = line.columns()
    return all(SIGNING_BODY.match(c.text.strip()) and is_upper(c.text, 3) for c in cols)


def _bare_signature(lines: list[Line], i: int) -> bool:
    """A signature block without an authority line: positions on the line (each column),
    a signer's name within the next few lines."""
    cols = lines[i].columns()
    if not all(is_position(c.text) for c in cols):
        return False
    return any(is_person_name(c.text) for ln in lines[i + 1 : i + 7] for c in ln.columns())


def _appendix_start(lines: list[Line], start: int) -> int:
    for i in range(start, len(lines)):
        if _APPENDIX.match(lines[i].text) and (is_upper(lines[i].text, 4) or lines[i].bold):
            return i
        if _attached_table(lines, i):
            return i
    return len(lines)


def _attached_table(lines: list[Line], i: int) -> bool:
    """A title in capitals that a note attaches to the plan ("DANH SÁCH" / "TỔ CHỨC CƠ SỞ
    ĐẢNG ..." / "(Kèm theo Kế hoạch số ...)"): a list or table after the signature, under
    a name other than PHỤ LỤC."""
    t = lines[i].text
    if not is_upper(t, 4) or doc_type_of(t) or is_authority_line(t) or is_position(t):
        return False
    return any(_ATTACHED_NOTE.match(ln.text) for ln in lines[i + 1 : i + 4])


def _attached_plan(lines: list[Line], k: int) -> int | None:
    """The index of a plan's own ``KẾ HOẠCH`` line after a decision's signature, when the
    document-type line at ``k`` is another type (``QUYẾT ĐỊNH`` ban hành Kế hoạch ...)."""
    first = doc_type_of(lines[k].text) or ""
    if first.startswith("KẾ HOẠCH"):
        return None
    c = _closing_start(lines, k + 1)
    for j in range(c, len(lines)):
        t = doc_type_of(lines[j].text)
        if t and t.startswith("KẾ HOẠCH"):
            return j
    return None


# The lines that anchor a document's own header: the national motto or the Party's name (the
# right-hand column of Decree 30 and Guide 36), or the "Số:" line under the issuer.
# The motto may share a line with the issuer (a PDF's merged columns): found anywhere.
# (MOTTO_ANCHOR and HEADER_ANCHOR, in vnplan.patterns.)
# An issuer line: upper case, short, no sentence punctuation or address of a page.
_MAX_ISSUER_LINES = 5


def _issuer_like(ln: Line) -> bool:
    t = ln.text.strip(" *_")
    return (
        is_upper(t, 2)
        # Each column one body's name ("CÔNG TY CỔ PHẦN X    BAN CHẤP HÀNH CÔNG ĐOÀN ...").
        and max(len(c.text.split()) for c in ln.columns()) <= 14
        and "://" not in t
        and not t.endswith((".", ";", "?", "!"))
        and ":" not in t
    )


def _anchors(ln: Line) -> bool:
    return bool(HEADER_ANCHOR.match(ln.text) or MOTTO_ANCHOR.search(ln.text)) or any(
        HEADER_ANCHOR.match(c.text) for c in ln.columns()
    )


def document_start(lines: list[Line]) -> int:
    """Where a document's own header starts among the lines above its document-type line.

    A page that holds the document prints its own matter first (a ``Source:`` line, menus,
    "Đang tải văn bản...", a metadata table ``Số hiệu | Loại văn bản | ...``). The header
    proper is anchored by the motto or the ``Số:`` line; the issuer block is the run of
    short upper-case lines just above that anchor. Everything before is the page's."""
    anchor = next((i for i, ln in enumerate(lines) if _anchors(ln)), None)
    if anchor is None:
        # No motto, no "Số:" (a school's plan posted on its site): the page's menus and
        # post line, when there are any, end where the page's matter ends.
        chrome = [i for i, ln in enumerate(lines) if is_page_chrome(ln)]
        return chrome[-1] + 1 if chrome else 0
    start = anchor
    while (
        start > 0
        and anchor - start < _MAX_ISSUER_LINES
        and not _DOC_LABEL.match(lines[start - 1].text.strip(" *_#"))
        and (
            _issuer_like(lines[start - 1])
            # The rule under the issuer ("-------", "***"), when an issuer is above it.
            or (
                _RULE_LINE.match(lines[start - 1].text)
                and start >= 2
                and _issuer_like(lines[start - 2])
            )
        )
    ):
        start -= 1
    return start


# Where a converter ran the next item of a list into the line of the one before: after a
# clause's end, a marker of the same kind as the line's own, next in its sequence, then a
# capital ("a) Nâng cao ... . b) Tăng cường ...", "- A; - B", "1. Mục đích: ... 2. Yêu cầu: ...").
_RUN_ON = regex.compile(
    r"(?<=[.;:])\s+(?=(?:[-–+]|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][).])\s+\p{Lu})"
)
_RUN_ON_KINDS = frozenset({Tok.ARABIC, Tok.LETTER, Tok.PAREN, Tok.NUMPAREN, Tok.DASH, Tok.PLUS})


def _next_in_sequence(a: Token, b: Token) -> bool:
    if a.kind is not b.kind or (a.num or "")[-1:] != (b.num or "")[-1:]:
        return False
    if a.kind in (Tok.DASH, Tok.PLUS):
        return True
    if isinstance(a.value, tuple) and isinstance(b.value, tuple):
        return (
            len(a.value) == len(b.value)
            and b.value[:-1] == a.value[:-1]
            and (b.value[-1] == a.value[-1] + 1)
        )
    return isinstance(a.value, int) and isinstance(b.value, int) and b.value == a.value + 1


def split_run_on_items(lines: list[Line]) -> list[Line]:
    """Lines that hold several items of one list, split into one line per item."""
    out: list[Line] = []
    for ln in lines:
        # Most lines hold no marker after a clause's end: test that before classifying.
        if not _RUN_ON.search(ln.text):
            out.append(ln)
            continue
        tok = classify(ln.text)
        if tok.kind not in _RUN_ON_KINDS or not _RUN_ON.search(ln.text, tok.rest):
            out.append(ln)
            continue
        start = 0
        for m in _RUN_ON.finditer(ln.text, tok.rest):
            nxt = classify(ln.text[m.end() :])
            if _next_in_sequence(tok, nxt):
                out.append(ln.cut(start, m.start()))
                start, tok = m.end(), nxt
        out.append(ln.cut(start) if start else ln)
    return out


def split_zones(lines: list[Line]) -> Zones:
    """Find the zones of a document."""
    z = Zones()
    found = _find_doc_type(lines)
    k = found[0] if found else None
    if found and found[1]:
        # The type and the title share a line: two lines from here on.
        i, at = found
        lines = [*lines[:i], lines[i].cut(0, at), lines[i].cut(at), *lines[i + 1 :]]
        lines[i + 1].blank_before = False
    body_from = 0
    closing_before: list[Line] = []
    if k is not None:
        first = document_start(lines[:k])
        z.chrome = lines[:first]
        z.header = lines[first:k]
        j = _attached_plan(lines, k)
        if j is not None:
            z.enclosing_type = lines[k]
            c0 = _closing_start(lines, k + 1)
            z.preamble = join_wrapped(lines[k + 1 : c0])
            closing_before = lines[c0:j]
            k = j
        z.doc_type = lines[k]
        t_end = _title_end(lines, k + 1) if k + 1 < len(lines) else k + 1
        z.title = lines[k + 1 : t_end]
        body_from = t_end
    f = _footer_start(lines, body_from)
    z.footer = lines[f:]
    lines = lines[:f]
    c = _closing_start(lines, body_from)
    a = _appendix_start(lines, c)
    z.body = [
        ln
        for ln in split_run_on_items(join_wrapped(lines[body_from:c]))
        if not is_furniture(ln.text)
    ]
    closing = closing_before + lines[c:a]
    z.closing_lines = read_closing(closing)
    # What follows the signature (tables, annexes) is appended matter, not closing.
    z.closing = closing[: z.closing_lines.end]
    z.appendix = join_wrapped(closing[z.closing_lines.end :]) + join_wrapped(lines[a:])
    return z


def _width(lines: list[Line]) -> float:
    lens = [len(ln.text) for ln in lines if len(ln.text) > 20]
    if len(lens) < 5:
        return 80.0
    return float(statistics.quantiles(lens, n=10)[-1])


def looks_hard_wrapped(lines: list[Line]) -> bool:
    """Whether the body's lines were broken at a page's width, not at paragraph ends (a PDF
    converted to Word line by line): most lines fill about the same width, and that width is
    a printed line's, not a paragraph's."""
    body = [ln for ln in lines if len(ln.text) > 20 and not ln.gaps]
    if len(body) < 20:
        return False
    width = _width(body)
    full = sum(1 for ln in body if len(ln.text) >= 0.8 * width)
    ends = sum(1 for ln in body if ln.text.endswith(CLAUSE_ENDS))
    return 50 <= width <= 160 and full >= 0.4 * len(body) and ends <= 0.4 * len(body)


def join_wrapped(lines: list[Line]) -> list[Line]:
    """Re-join lines that a copy wrapped: a line that opens no heading or bullet continues the
    line above it when the layout says so (see ``_continues``)."""
    if not lines:
        return []
    blanks = sum(ln.blank_before for ln in lines)
    # A reader may know that blank lines alone set paragraphs apart (see Document).
    blank_mode = blanks >= 0.25 * len(lines) or bool(lines[0].hints.get("blank_separated"))
    width = _width(lines)
    # Hard-wrapped copies (pdf, e-mail) fill most lines to about the same width; a narrow
    # column's copy (30 characters a line) does so at a width a list of short items may have
    # too, so there most lines must also end mid-clause.
    full = sum(1 for ln in lines if len(ln.text) >= 0.8 * width)
    hard_wrapped = width >= 50 and full >= 0.4 * len(lines)
    if not hard_wrapped and 24 <= width < 50 and full >= 0.5 * len(lines):
        open_ends = sum(1 for ln in lines if not ln.text.endswith(CLAUSE_ENDS))
        hard_wrapped = open_ends >= 0.6 * len(lines)
    # Where blank lines separate some blocks, a block whose lines fill the width is one
    # wrapped paragraph (the copy kept blank lines between paragraphs, but not many).
    wrapped_block = _wrapped_blocks(lines, width) if blanks >= 0.05 * len(lines) else None
    # Only the blank-separated reading asks for it (see _continues).
    short_first = bool(blank_mode or wrapped_block) and _short_first_lines(lines, width)
    indented_first = _first_line_indents(lines)
    out: list[Line] = []
    group = _Group(lines[0])
    for i, ln in enumerate(lines[1:], 1):
        mode = blank_mode or bool(wrapped_block and wrapped_block[i])
        # A paragraph's indented first line continues nothing.
        opens = indented_first and ln.indent >= _INDENT
        if not opens and _continues(group, ln, mode, hard_wrapped, width, short_first):
            group.add(ln)
        else:
            out.append(group.line())
            group = _Group(ln)
    out.append(group.line())
    return out


# Leading spaces that indent a line (one or two may be a typing slip).
_INDENT = 2
# How many lines must show it before a copy is taken to indent its paragraphs' first lines.
_INDENTS_MIN = 5


def _first_line_indents(lines: list[Line]) -> bool:
    """Whether the copy indents each paragraph's first line and wraps the rest flush left
    (``     5. Phòng Văn hóa và Thông tin`` / ``     Xây dựng chuyên mục, tăng`` / ``trên
    sóng ...``), as typed and printed originals do: the indented lines open with a capital, a
    number or a bullet, and some flush ones go on in lower case. A hanging indent (the wraps
    indented under a bullet) starts its indented lines in lower case and is not this."""
    opening = indented = flush_lower = 0
    for ln in lines:
        first = ln.text[:1]
        if ln.indent >= _INDENT:
            indented += 1
            opening += first.isupper() or first.isdigit() or first in "-+•*(–"
        elif ln.indent == 0 and first.islower():
            flush_lower += 1
    return indented >= _INDENTS_MIN and opening >= 0.9 * indented and flush_lower >= _INDENTS_MIN


class _Group:
    """Lines being joined into one, with what ``_continues`` asks of their joined text kept
    up to date as each line comes, so that joining n lines costs O(n), not O(n²): the
    length, the words, the brackets left open, whether a lower-case letter and how many
    upper-case ones it has, its first characters (all a heading token needs) and its last
    lines (what it ends with). The joined ``Line`` is built once, at the end."""

    __slots__ = ("_head", "_kind", "length", "lines", "lower", "opens", "upper", "words")

    _HEAD = 1000  # characters of the start kept: more than any heading token takes
    _TAIL = 64  # characters of the end kept (whole lines, at least two of them)

    def __init__(self, first: Line) -> None:
        self.lines = [first]
        self.length = len(first.text)
        self.words = len(first.text.split())
        self.opens = first.text.count("(") - first.text.count(")")
        self.lower = bool(_LOWER.search(first.text))
        self.upper = len(_UPPER_LETTER.findall(first.text)) if not self.lower else 0
        self._head = first.text[: self._HEAD]
        self._kind: Token | None = None

    def add(self, ln: Line) -> None:
        t = ln.text
        self.lines.append(ln)
        if len(self._head) < self._HEAD:
            self._head = (self._head + " " + t)[: self._HEAD]
            self._kind = None
        self.length += 1 + len(t)
        self.words += len(t.split())
        self.opens += t.count("(") - t.count(")")
        if not self.lower:
            self.lower = bool(_LOWER.search(t))
            self.upper += 0 if self.lower else len(_UPPER_LETTER.findall(t))

    @property
    def tail(self) -> str:
        """The end of the joined text: its last lines (two at least, 64 characters)."""
        parts: list[str] = []
        n = 0
        for ln in reversed(self.lines):
            parts.append(ln.text)
            n += len(ln.text) + 1
            if n >= self._TAIL and len(parts) >= 2:
                break
        return " ".join(reversed(parts))

    @property
    def bold(self) -> bool:
        return all(ln.bold for ln in self.lines)

    @property
    def emph_out(self) -> bool:
        return self.lines[-1].emph_out

    @property
    def last_length(self) -> int:
        return self.lines[-1].last_length if len(self.lines) > 1 else self.lines[0].last_length

    def is_upper(self, min_letters: int = 3) -> bool:
        """``is_upper`` of the joined text."""
        return not self.lower and self.upper >= min_letters

    def kind(self) -> Token:
        """``classify`` of the joined text (it reads only the start, and the length)."""
        if self._kind is None:
            self._kind = classify(self._head)
        return self._kind

    def line(self) -> Line:
        if len(self.lines) == 1:
            return self.lines[0]
        return Line.join_all(self.lines)


def _wrapped_blocks(lines: list[Line], width: float) -> list[bool]:
    """For each line: whether it sits in a block (between blank lines) of wrapped text."""
    flags = [False] * len(lines)
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].blank_before:
            block = lines[start:i]
            if len(block) >= 2:
                body = block[:-1]
                filled = sum(1 for ln in body if len(ln.text) >= 0.75 * width)
                if filled * 2 >= len(body):
                    flags[start:i] = [True] * len(block)
            start = i
    return flags


def _bold_heading_goes_on(a: _Group, b: Line) -> bool:
    """``**3. Đề nghị Ủy ban MTTQ Thành phố, Hội Liên hiệp**`` / (blank) / ``**Phụ nữ Thành
    phố và các tổ chức thành viên**``: a converter split one bold heading into two paragraphs.
    The second is bold, short, unnumbered and starts in capitals; the first ends mid-phrase."""
    if not (a.bold and b.bold):
        return False
    tail = a.tail
    if tail.endswith(CLAUSE_ENDS) or a.is_upper():
        return False
    if a.kind().kind not in NUMBERED or a.words > 25:
        return False
    # A proper name still open at the break: "... Hội Liên hiệp" / "... và".
    last = tail.split()[-2:]
    if not (_dangling(tail) or (any(w[:1].isupper() for w in last) and len(last) == 2)):
        return False
    tb = classify(b.text)
    return (
        tb.kind is Tok.TEXT
        and b.text[:1].isupper()
        and not is_upper(b.text)
        and len(b.text.split()) <= 15
        and not b.text.endswith(CLAUSE_ENDS)
    )


# How many items must show it before a copy is taken to break each item after its first words.
_SHORT_FIRST_MIN = 3


def _short_first_lines(lines: list[Line], width: float) -> bool:
    """Whether the copy broke each numbered item after its first few words (``d) Phối hợp chặt
    chẽ với Bộ`` / ``Công an, triển khai ...``), as some web exports do: several short numbered
    lines, open at their end, go on in lower case on the next line of their block."""
    seen = 0
    for a, b in itertools.pairwise(lines):
        # The cheap tests first: this runs over every line the grammar re-joins.
        if (
            not b.blank_before
            and b.text[:1].islower()
            and len(a.text) <= 0.55 * width
            and not a.text.endswith(CLAUSE_ENDS)
            and classify(a.text).kind in NUMBERED
            and not is_upper(a.text)
        ):
            seen += 1
            if seen >= _SHORT_FIRST_MIN:
                return True
    return False


def _continues(
    a: _Group,
    b: Line,
    blank_mode: bool,
    hard_wrapped: bool,
    width: float,
    short_first: bool = False,
) -> bool:
    """Whether line ``b`` continues line ``a`` (a wrap) rather than starting a paragraph."""
    if b.blank_before and _bold_heading_goes_on(a, b):
        return True
    if b.blank_before or b.hints.get("para_start"):
        return False
    if RECIPIENTS.match(b.text) or is_authority_line(b.text) or FIELD_LINE.match(b.text):
        return False
    if len(b.gaps) >= 2 and len(a.lines[-1].gaps) >= 2:
        return False  # two rows of a table ("Đợt 1 | Tháng 5/2024 | ..."), not one wrapped
    full = a.last_length >= 0.8 * width
    tail = a.tail
    tb = classify(b.text)
    if tb.kind in BULLETS:
        # "kinh tế\n- xã hội": a hyphen of the text wrapped to the start of a line; where blank
        # lines set paragraphs apart, a dash inside a wrapped paragraph that fills its lines
        # ("... của Công an thành phố" / "- Thường trực tham mưu ...") is one too.
        return (
            tb.kind is Tok.DASH
            and (b.text[tb.rest : tb.rest + 1].islower() or (blank_mode and len(a.lines) >= 2))
            and full
            and not tail.endswith(CLAUSE_ENDS)
        )
    if tb.kind in NUMBERED:
        return False
    if a.emph_out:
        return True
    if a.opens > 0:
        return True  # a bracket is still open
    ta = a.kind()
    if ta.kind in NUMBERED and _TASK_OPENING.match(b.text):
        return False
    a_upper = a.is_upper()
    b_upper = is_upper(b.text)
    b_lower_start = b.text[:1].islower()
    dangling = _dangling(tail)
    if blank_mode:
        if ta.kind in NUMBERED and a.length <= 0.55 * width and not b_lower_start:
            # "3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh ...": a unit's head word
            # still waits for the rest of its name.
            return (
                dangling
                or (a_upper and b_upper)
                or bool(_OPEN_NAME.search(tail))
                or (short_first and not tail.endswith(CLAUSE_ENDS) and not a_upper)
            )
        # An upper-case heading over its first paragraph is not wrapped.
        return not (a_upper and not b_upper and not dangling and not b_lower_start)
    # One line per paragraph, unless the copy was hard-wrapped at a fixed width.
    if tail.endswith((".", ";", "!", "?")):
        return False
    if tail.endswith(":"):
        return hard_wrapped and full
    if b_lower_start or dangling:
        return True
    if a_upper and b_upper and (ta.kind in NUMBERED or ta.kind is Tok.UPPER):
        return True
    if ta.kind in NUMBERED:
        # A heading over its paragraph, unless it fills the line; a unit code closes a heading.
        return hard_wrapped and a.last_length >= 0.9 * width and not _CODE_END.search(tail)
    return hard_wrapped and full and not a_upper
