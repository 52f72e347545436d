"""The header: issuer and its superior, number and symbol, place and date, type and title."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

from vnplan import nlp
from vnplan.extract.abbreviations import initial, letters_of
from vnplan.extract.context import Context
from vnplan.extract.dates import find_dates
from vnplan.grammar.tokens import is_upper
from vnplan.grammar.zones import doc_type_of
from vnplan.models import DocumentNumber, Issuer, PartialDate, Span
from vnplan.patterns import (
    ATTACHED_NOTE,
    HEADER_PARTY_NUMBER,
    HEADER_STATE_NUMBER,
    MOTTO_PARTS,
    RULE_LINE,
    UPPER_UNIT_HEAD,
)
from vnplan.text.lines import Line
from vnplan.text.normalize import fold
from vnplan.vocab import (
    ACRONYM_SKIPPED_WORDS,
    ADMIN_LEVELS,
    DOC_TYPES,
    DOCUMENT_MARKS,
    ENTERPRISE_FORMS,
    JOINT_TYPE_CODES,
    LEVEL_WORDS,
    MOTTO_LINES,
    NAME_CONTINUATIONS,
    SUPERIOR_BODIES,
    UNIT_HEADS,
    alternation,
)

_MOTTO_FULL = [fold(s) for s in MOTTO_LINES]
_NUMBER_LEAD = regex.compile(r"(?:^|\s)(?:Số|SỐ|số)\s*[:.]?\s*")
_NUMBER_LABEL = regex.compile(r"^(?:Số|SỐ)\s*:")
_DATE_REST = regex.compile(r"^\s*(?:tháng|năm|\d)")
# The place may end in a district's number ("Quận 3, ngày ...").
# The comma may be left out ("Bắc Ninh ngày 5 tháng 3 năm 2026") after a place in capitals.
_PLACE_DATE = regex.compile(
    r"(?P<place>[^,\d]{2,60}?(?:\s\d{1,2})?)\s*,\s*(?P<rest>ngày(?=\s|\d|$).*)$"
    r"|^[*_\s]*(?P<place>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,5})\s+"
    r"(?P<rest>(?i:ngày)(?=\s|\d|$).*)$",
    regex.IGNORECASE,
)
_DATE_TAIL = regex.compile(r"^[*_\s]*[^,\d]{0,40},?\s*ngày(?=\s|\d|$)", regex.IGNORECASE)
_DATE_ONLY = regex.compile(r"^(?P<rest>ngày(?=\s|\d|$).*)$", regex.IGNORECASE)
_TITLE_NOTE = regex.compile(rf"{ATTACHED_NOTE}|^\(?\s*BAN HÀNH KÈM")
_ADMIN = regex.compile(rf"^(?:{alternation((*ADMIN_LEVELS, *NAME_CONTINUATIONS))})(?:\s|$)")
_HEAD_UPPER = regex.compile(rf"^(?:{UPPER_UNIT_HEAD}|[\p{{Lu}}]+\s+[ỦU]Y)(?:\s|$)")
# "CÔNG TY TNHH MỘT THÀNH VIÊN" / "KHAI THÁC THỦY LỢI NINH THUẬN": a company's legal form
# ending its line ("ĐẢNG ỦY CÔNG TY TNHH MTV" too), its name on the next.
_FORM_ONLY = regex.compile(
    rf"(?:^|\s)(?:TỔNG\s+)?CÔNG\s+TY(?:\s+(?:{alternation(ENTERPRISE_FORMS)}))+$",
    regex.IGNORECASE,
)
_PARTY_COMMITTEE = regex.compile(r"^\p{Lu}+(?:\s+\p{Lu}+)?\s+[ỦU]Y\b")
_UNIT_START = regex.compile(rf"(?:{alternation(UNIT_HEADS)})\s+(?=\p{{Lu}}|[\p{{Ll}}])")
_INFER = regex.compile(
    rf"(?P<org>(?:{alternation(UNIT_HEADS)})\s[^,.;:\n()]{{2,120}}?)\s+"
    r"(?:(?:đã|vừa|mới|sẽ)\s+)?(?:ban hành|xây dựng|triển khai|thực hiện|lập)\s+"
    r"(?:[Kk]ế hoạch|KẾ HOẠCH)"
)
_TITLE_ORG = regex.compile(
    rf"(?:tại|của|trong|thuộc)\s+(?P<org>(?:{alternation(UNIT_HEADS)})\s[^,.;:()]{{2,120}})$"
)


@dataclass
class Part:
    """A piece of a header line: one column of one line."""

    text: str
    line: Line


_NUMBER_NEXT = regex.compile(r"^\s*(?:/|\d+[\p{L}\d.]*\s*[/-])")
_SPLIT_LEFT = regex.compile(r"(?:\bngày|\btháng|\bnăm|\bSố\s*:?|\bSỐ\s*:?)\s*$")
_SPLIT_GOES_ON = regex.compile(r"^\s*(?:[\d/]|tháng|năm)")
_SPLIT_RIGHT = regex.compile(r"^\s*(?:tháng|năm|/)")


def _parts(lines: list[Line]) -> list[Part]:
    """Header pieces: columns split apart, lines of one emphasis run joined, and a date or
    number that spacing pulled apart (``ngày      tháng 4 năm 2026``) put back together."""
    merged: list[Line] = []
    for ln in lines:
        if (
            merged
            and merged[-1].emph_out
            and not ln.blank_before
            and not merged[-1].gaps
            and not ln.gaps
            # A rule under a bold block (often bold itself) ends the block, never joins it.
            and not _RULE_LINE.match(ln.text)
            and not _RULE_LINE.match(merged[-1].text)
        ):
            merged[-1] = merged[-1].joined(ln)
        else:
            merged.append(ln)
    rows: list[list[Line]] = []
    for ln in merged:
        cols = ln.columns()
        joined = [cols[0]]
        for col in cols[1:]:
            if (
                _SPLIT_LEFT.search(joined[-1].text) and _SPLIT_GOES_ON.match(col.text)
            ) or _SPLIT_RIGHT.match(col.text):
                joined[-1] = _span_join(ln, joined[-1], col)
            else:
                joined.append(col)
        rows.append(joined)
    return [Part(c.text, c) for c in _deinterleave(merged, rows)]


def _deinterleave(lines: list[Line], rows: list[list[Line]]) -> list[Line]:
    """The header's left column, then its right one.

    Text laid out line by line (``pdftotext -layout``, a header typed with tabs) interleaves
    the columns: ``Số: 172/KH-UBND   Thành phố Hồ Chí`` / ``      Minh, ngày 18 tháng 11``.
    A line that starts as far right as the right column (by its indent) belongs to it."""
    starts = [
        ln.indent + (cols[1].start - ln.start)
        for ln, cols in zip(lines, rows, strict=True)
        if len(cols) >= 2
    ]
    if len(starts) < 2:  # one line with a wide gap is a name spaced out, not two columns
        return [c for cols in rows for c in cols]
    right_at = max(8.0, 0.6 * min(starts))
    left: list[Line] = []
    right: list[Line] = []
    for ln, cols in zip(lines, rows, strict=True):
        if len(cols) >= 2:
            left.append(cols[0])
            right.extend(cols[1:])
        elif ln.indent >= right_at:
            right.append(cols[0])
        else:
            left.append(cols[0])
    return left + right


def _span_join(line: Line, a: Line, b: Line) -> Line:
    """The part of ``line`` from column ``a`` to column ``b`` (the gap between them kept as
    one space)."""
    i = line.text.find(a.text)
    j = line.text.find(b.text, max(i, 0) + len(a.text))
    if i < 0 or j < 0:
        return a.joined(b)
    return line.cut(i, j + len(b.text))


def _strip_motto(part: Part) -> tuple[str, bool]:
    """The part without motto words, and whether it held any."""
    text = part.text
    had = False
    for rx in MOTTO_PARTS:
        m = rx.search(text)
        if m and (len(m.group()) >= 8 or m.start() > 0 or text.strip() == m.group()):
            text = (text[: m.start()] + " " + text[m.end() :]).strip()
            had = True
    f = fold(text)
    if f and any(f in full for full in _MOTTO_FULL) and (had or len(f) >= 4):
        return "", True
    return " ".join(text.split()), had


def parse_number(raw_text: str) -> tuple[DocumentNumber | None, str | None, int]:
    """Parse what follows ``Số``: (number, symbol of a blank draft number, chars consumed)."""
    s = raw_text.strip()
    m = HEADER_PARTY_NUMBER.match(s)
    if m:
        raw = regex.sub(r"\s+", "", m.group())
        return (
            DocumentNumber(
                raw=raw,
                number=m.group("n"),
                notation=raw.split("-", 1)[1],
                type_code=m.group("type"),
                style="party",
            ),
            None,
            m.end(),
        )
    m = HEADER_STATE_NUMBER.match(s)
    if m:
        raw = regex.sub(r"\s+", "", m.group())
        notation = regex.sub(r"\s+", "", m.group("notation"))
        type_code = notation.split("-", 1)[0]
        if not m.group("n"):
            return None, raw, m.end()
        return (
            DocumentNumber(
                raw=raw,
                number=m.group("n"),
                notation=notation,
                type_code=type_code,
                year=int(m.group("y")) if m.group("y") else None,
            ),
            None,
            m.end(),
        )
    return None, None, 0


# A line that ends where a name cannot: a comma, dash or "&", or a word that joins what
# follows ("TRƯỜNG ĐẠI HỌC KINH TẾ VÀ" / "CÔNG NGHIỆP VIỆT BẮC").
_GOES_ON = regex.compile(r"(?:[,\-&]|\s(?:VÀ|CỦA|THUỘC|TRỰC THUỘC))\s*$")


# A Vietnamese syllable has a vowel; an acronym ("CĐCS", "KCN", "TNHH") has none.
# (Matched in NFD, where every vowel is a base letter under its marks.)
_SYLLABLE = regex.compile(r"^[\p{L}\p{M}]*[aeiouyAEIOUY][\p{L}\p{M}]*$")


def _splits_a_word(above: str, line: str) -> bool:
    """Whether a line break falls inside a word ("CÔNG TY TNHH MTV KHAI" / "THÁC CÔNG TRÌNH
    THỦY LỢI"): underthesea's segmentation of the two lines joined, in lower case, puts the
    break's syllables into one word. False when underthesea is unavailable."""
    words = (above.split() or [""])[-1], (line.split() or [""])[0]
    if not all(_SYLLABLE.match(unicodedata.normalize("NFD", w)) for w in words):
        return False  # an acronym ("CĐCS", "KCN") is a word of its own
    joined = f"{above} {line}".lower()
    return nlp.inside_a_word(joined, len(above) + 1)


def _group_units(names: list[str]) -> list[str]:
    """Issuer-block lines → organisation names: a line that starts with an administrative
    level (``TỈNH NGHỆ AN``), ``VÀ`` or lower case continues the name above it."""
    units: list[str] = []
    for t in names:
        cont = bool(_ADMIN.match(t.upper())) and not _PARTY_COMMITTEE.match(t.upper())
        # "BỘ VĂN HÓA, THỂ" / "THAO" / "VÀ DU LỊCH": a word or two that opens no unit is the
        # rest of a name the cell's width broke.
        cont = cont or (len(t.split()) <= 2 and not _HEAD_UPPER.match(t.upper()))
        cont = cont or bool(units and _FORM_ONLY.search(units[-1]) and not _HEAD_UPPER.match(t))
        cont = cont or bool(
            units and not _HEAD_UPPER.match(t.upper()) and _splits_a_word(units[-1], t)
        )
        if units and (cont or t[:1].islower() or _GOES_ON.search(units[-1])):
            units[-1] = units[-1] + " " + t
        else:
            units.append(t)
    return units


@dataclass(slots=True)
class HeaderFacts:
    """What the header and the document-type and title lines give."""

    issuer: Issuer | None = None
    number: DocumentNumber | None = None
    place: str | None = None
    date: PartialDate | None = None
    doc_type: str | None = None
    title: str | None = None
    spans: dict[str, Span] = field(default_factory=dict)
    saw_number: bool = False  # a "Số" line, filled in or blank
    saw_date: bool = False  # a place-and-date line, filled in or blank


class _Scan:
    """One pass over the header's parts: the number line, the place-and-date line, and the
    issuer lines above the number."""

    def __init__(self, ctx: Context, parts: list[Part], facts: HeaderFacts) -> None:
        self.ctx, self.parts, self.facts = ctx, parts, facts
        self.issuer_parts: list[Part] = []
        self.i = 0
        # "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT" over "Số: 1105/KH-ĐKT": an
        # issuer named by the decision that set it up; the plan's own number is "Số:".
        self.labelled = any(_NUMBER_LABEL.match(p.text.strip()) for p in parts)

    def run(self) -> list[Part]:
        parts, facts = self.parts, self.facts
        while self.i < len(parts):
            p = parts[self.i]
            text, had_motto = _strip_motto(p)
            self.i += 1
            if not text:
                continue
            m = _NUMBER_LEAD.search(text)
            if m and self.labelled and not _NUMBER_LABEL.match(text) and is_upper(text):
                m = None  # part of the issuer's name
            if m and not facts.saw_number and (m.start() == 0 or is_upper(text[: m.start()])):
                text = self._number(p, text, m)
                if not text:
                    continue
            if self._place_date(p, text):
                continue
            if had_motto and not text:
                continue
            if fold(text) in DOCUMENT_MARKS or fold(text).startswith(("v/v", "về việc")):
                continue
            if len(text.split()) > 14 or (not is_upper(text, 2) and len(text.split()) > 8):
                continue  # prose, not an issuer line
            if not facts.saw_number:
                self.issuer_parts.append(Part(text, p.line))
        return self.issuer_parts

    def _number(self, p: Part, text: str, m: regex.Match[str]) -> str:
        """Read the number after "Số"; return what of the line is left."""
        facts, parts = self.facts, self.parts
        facts.saw_number = True
        head = text[: m.start()].strip()
        rest = text[m.end() :]
        if not rest.strip() and self.i < len(parts) and _NUMBER_NEXT.match(parts[self.i].text):
            rest = parts[self.i].text  # "Số:" and its number on the next line or after a gap
            self.i += 1
        num, draft_symbol, used = parse_number(rest)
        if num is not None:
            k = p.text.find(rest.strip()[:4]) if rest.strip() else -1
            num.span = p.line.span(k, k + used) if k >= 0 else p.line.span()
            facts.number = num
            facts.spans["number"] = num.span
        elif draft_symbol is None and rest.strip() and not _PLACE_DATE.search(rest):
            self.ctx.warn(
                "number_unreadable",
                f"the text after 'Số' is not a number and symbol: {rest.strip()[:40]!r}",
                p.line.span(),
            )
        else:
            what = f" (symbol {draft_symbol!r})" if draft_symbol else ""
            self.ctx.warn(
                "number_blank", "the number after 'Số' is blank: a draft" + what, p.line.span()
            )
        if head:
            self.issuer_parts.append(Part(head, p.line))
        return rest.strip()[used:].strip() if num is not None or draft_symbol else ""

    def _place_date(self, p: Part, text: str) -> bool:
        """Read a place-and-date line; whether ``text`` was one."""
        facts, parts, ctx = self.facts, self.parts, self.ctx
        pd = _PLACE_DATE.search(text) or _DATE_ONLY.search(text)
        dp = p  # the part that holds the date
        if (
            not pd
            and not facts.saw_date
            and not _RULE_LINE.match(text)
            and self.i < len(parts)
            and _DATE_TAIL.match(parts[self.i].text)
        ):
            # "Thành phố Hồ Chí" / "Minh, ngày 18 tháng 11 năm 2025": a narrow column broke
            # the place line.
            both = _PLACE_DATE.search(f"{text} {parts[self.i].text.strip(' *_')}")
            if both and both.start("place") < len(text) < both.start("rest") and not is_upper(text):
                pd, dp = both, parts[self.i]
                self.i += 1
        if not pd or facts.saw_date:
            return False
        facts.saw_date = True
        place_txt = pd.groupdict().get("place")
        if place_txt:
            facts.place = " ".join(place_txt.strip(" *-").split())
            k = p.text.find(place_txt.strip()[:6])
            facts.spans["place"] = (
                p.line.span(k, k + len(place_txt.strip())) if k >= 0 else p.line.span()
            )
        rest = pd.group("rest")
        hits = find_dates(rest)
        if not hits and self.i < len(parts) and _DATE_REST.match(parts[self.i].text):
            rest = rest + " " + parts[self.i].text  # "ngày" and "tháng 4 năm 2026" apart
            self.i += 1
            hits = find_dates(rest)
        if hits:
            facts.date = hits[0].date
            k = dp.text.find(rest[:8])
            span = dp.line.span(k, k + hits[0].end) if k >= 0 else dp.line.span()
            facts.spans["date"] = span
            if facts.date.day is None:
                ctx.warn("date_partial", f"the date is printed only as far as {facts.date}", span)
        else:
            ctx.warn(
                "date_blank",
                "the day, month and year after 'ngày' are blank: a draft",
                p.line.span(),
            )
        return True


def _warn_joint(ctx: Context, others: list[str]) -> None:
    ctx.warn(
        "joint_issuers",
        "a joint plan: the first issuing body is the issuer; the others are " + "; ".join(others),
    )


def _names_body(code: str, line: str) -> bool:
    """Whether a symbol's code spells a header line's initials, with or without its head word
    and its function words ("GDĐT", "SGDĐT", "GD&ĐT" for "SỞ GIÁO DỤC VÀ ĐÀO TẠO")."""
    letters = letters_of(code)
    words = regex.findall(r"\p{L}+", line)
    every = [initial(w) for w in words]
    content = [initial(w) for w in words if w.lower() not in ACRONYM_SKIPPED_WORDS]
    if any(letters in (form, form[1:]) for form in (every, content)):
        return True
    # "HĐ" for "HUYỆN ĐOÀN CAO LÃNH", "CTĐ" for "HỘI CHỮ THẬP ĐỎ TỈNH THÁI BÌNH", "BQLR"
    # for "BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐĂK BLÔ": the body's words, with or without its head,
    # its qualifier and place name left out.
    n = len(letters)
    return n >= 2 and any(
        every[k : k + n] == letters and 1 <= len(every) - n - k <= _PLACE_WORDS for k in (0, 1)
    )


_PLACE_WORDS = 4


def _joint_by_codes(number: DocumentNumber, parts: list[Part]) -> bool:
    """A symbol naming two or more of the header's bodies after its type ("15/KH-TNMT-GDĐT"
    under "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO") is a joint plan's,
    even when its type says nothing of it; a unit code ("KH-BCA-C11") names no second body."""
    codes = [c for c in (number.notation or "").split("-")[1:] if c]
    if len(codes) < 2:
        return False
    lines = [p.text.strip() for p in parts if p.text.strip() and not _RULE_LINE.match(p.text)]
    matched: set[int] = set()
    for code in codes:
        for k, line in enumerate(lines):
            if k not in matched and _names_body(code, line):
                matched.add(k)
                break
    return len(matched) >= 2


def _first_of_joined(name: str, number: DocumentNumber) -> str | None:
    """The first of two bodies whose names a header line runs together, when the symbol's
    codes name each of them in turn; None when it names one body."""
    codes = [c for c in (number.notation or "").split("-")[1:] if c]
    if len(codes) < 2 or _names_body(codes[0], name):
        return None
    words = name.split()
    for i in range(2, len(words) - 1):
        head, rest = " ".join(words[:i]), " ".join(words[i:])
        # The second body opens with a head word ("HUYỆN ĐOÀN", "HỘI"), never with "VÀ".
        if not _HEAD_UPPER.match(rest) or rest.startswith(("VÀ ", "& ")):
            continue
        if _names_body(codes[0], head) and _names_body(codes[1], rest):
            return head
    return None


def _issuer(ctx: Context, issuer_parts: list[Part], facts: HeaderFacts) -> Issuer | None:
    z = ctx.zones
    joint = (
        (z.doc_type is not None and _JOINT_TYPE.search(z.doc_type.text) is not None)
        or (facts.number is not None and (facts.number.type_code or "").upper() in JOINT_TYPE_CODES)
        or (facts.number is not None and _joint_by_codes(facts.number, issuer_parts))
    )
    blocks = _issuer_blocks(issuer_parts)
    if len(blocks) >= 2:
        # Two issuer blocks one above the other, each with its superior (a joint plan as a
        # text export writes its side-by-side header): the first body is the issuer.
        _warn_joint(ctx, [" / ".join(p.text.strip() for p in b) for b in blocks[1:]])
        issuer_parts = blocks[0]
        joint = False
    issuer = _issuer_from(issuer_parts, joint=joint)
    if issuer is not None and facts.number is not None:
        first = _first_of_joined(issuer.name, facts.number)
        if first is not None:
            # "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "HUYỆN ĐOÀN CAO LÃNH" joined as one wrapped name,
            # under "KH-PGDĐT-HĐ": two bodies, the first the issuer.
            _warn_joint(ctx, [issuer.name[len(first) :].strip()])
            issuer = Issuer(name=first, parent=issuer.parent, span=issuer.span)
            joint = False
    if joint and issuer is not None:
        named = {fold(issuer.name), fold(issuer.parent or "")}
        others = [
            p.text.strip()
            for p in issuer_parts
            if p.text.strip() and fold(p.text.strip()) not in named
        ]
        if others:
            _warn_joint(ctx, others)
    return issuer


def _title(ctx: Context, facts: HeaderFacts) -> None:
    """The document type and the title under it: the title ends at a blank line or at a
    note such as "(Kèm theo Quyết định số ...)"."""
    z = ctx.zones
    if z.doc_type is not None:
        facts.doc_type = doc_type_of(z.doc_type.text) or " ".join(z.doc_type.text.split()).upper()
        facts.spans["doc_type"] = z.doc_type.span()
    title_lines = []
    for k, ln in enumerate(z.title):
        if (k and ln.blank_before) or _TITLE_NOTE.match(ln.text):
            break
        title_lines.append(ln)
    facts.title = " ".join(" ".join(ln.text for ln in title_lines).split()) or None
    if title_lines:
        facts.spans["title"] = Span(start=title_lines[0].start, end=title_lines[-1].src_end)


def _prose_header(lines: list[Line]) -> bool:
    """Sentences among the lines above the document type: a page's or an e-mail's text."""
    for ln in lines:
        for c in ln.columns():
            words = c.text.split()
            if len(words) > 14 and sum(w[:1].islower() for w in words) * 2 > len(words):
                return True
    return False


def extract_header(ctx: Context) -> HeaderFacts:
    """Issuer, number, place, date, doc type and title, with their spans."""
    facts = HeaderFacts()
    z = ctx.zones
    issuer = _issuer(ctx, _Scan(ctx, _parts(z.header), facts).run(), facts)
    if (
        issuer is not None
        and _prose_header(z.header)
        and not _HEAD_UPPER.match(issuer.name.upper())
    ):
        # A cover note above the plan ("Kính gửi quý thầy cô, ..."), not an issuer block:
        # the issuer is the one the plan's text names.
        issuer = None
    if issuer is not None and issuer.span is not None:
        facts.spans["issuer"] = issuer.span
    _title(ctx, facts)
    facts.issuer = issuer if issuer is not None else _infer_issuer(ctx, facts.title)
    number, doc_type = facts.number, facts.doc_type
    if z.enclosing_type is not None:
        ctx.warn(
            "plan_attached",
            f"the plan is attached to a {z.enclosing_type.text.strip(': ')} whose number, "
            "date and signature it carries",
            z.enclosing_type.span(),
        )
    elif number is not None and doc_type and number.type_code:
        expected = DOC_TYPES.get(doc_type)
        code = number.type_code.upper()
        joint_plan = doc_type.startswith("KẾ HOẠCH") and code in JOINT_TYPE_CODES
        if expected and code != expected.upper() and not joint_plan:
            ctx.warn(
                "type_code_mismatch",
                f"symbol type code {number.type_code!r} does not match {doc_type!r}",
                number.span,
            )
    return facts


# A plan issued jointly (KẾ HOẠCH LIÊN TỊCH / LIÊN NGÀNH / PHỐI HỢP): its header names two or
# more bodies side by side, none above the other.
_JOINT_TYPE = regex.compile(r"\bLIÊN\s+(?:TỊCH|NGÀNH)\b|\bPHỐI\s+HỢP\b", regex.IGNORECASE)


_RULE_LINE = regex.compile(RULE_LINE)


def _issuer_blocks(parts: list[Part]) -> list[list[Part]]:
    """The issuer lines as blocks: a rule line ("_______") under one block with more lines
    after it, or the first line (the superior) printed again, starts another."""
    blocks: list[list[Part]] = [[]]
    for p in parts:
        t = p.text.strip()
        if not t:
            continue
        if _RULE_LINE.match(t):
            if blocks[-1]:
                blocks.append([])
            continue
        if len(blocks[-1]) >= 2 and fold(t) == fold(blocks[-1][0].text):
            blocks.append([])
        blocks[-1].append(p)
    found = [b for b in blocks if b]
    # Each block a body under its superior; a rule under a one-line issuer is decoration.
    return found if len(found) >= 2 and all(len(b) >= 2 for b in found) else [parts]


_RUN_TOGETHER = regex.compile(
    rf"^(?P<sup>(?:UBND|ỦY BAN NHÂN DÂN)\s+(?:{alternation(w.upper() for w in LEVEL_WORDS)})"
    rf"(?:\s+\p{{Lu}}+)+?)\s+(?=(?:{UPPER_UNIT_HEAD})\s)"
)
_TWO_BODIES = regex.compile(rf"\s+[-–]\s+(?=(?:{UPPER_UNIT_HEAD})\s)")


def _issuer_from(parts: list[Part], *, joint: bool = False) -> Issuer | None:
    # A dash or comma a line ends with says the name goes on below ("TRƯỜNG ĐẠI HỌC KỸ THUẬT -"
    # / "CÔNG NGHIỆP DUYÊN HẢI"): kept for the grouping, dropped after it.
    names = [
        t
        for t in (p.text.strip(" /\\*_.;:|").lstrip("-–—, ") for p in parts)
        if t.strip("-–—, ") and not _RULE_LINE.match(t)
    ]
    if not names:
        return None
    units = [u.rstrip(" -–—,") for u in _group_units(names)]
    if len(units) == 1:
        # "UBND TỈNH HÀ GIANG SỞ Y TẾ": a web copy ran the superior and the body together.
        m = _RUN_TOGETHER.match(units[0])
        if m is not None:
            units = [m.group("sup"), units[0][m.end() :]]
    if joint:
        # "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO": two bodies on one line (a layout copy of the
        # two cells), not one body's name with a dash ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI").
        units = [b.strip() for u in units for b in _TWO_BODIES.split(u) if b.strip()]
    name = units[-1]
    parent = units[-2] if len(units) >= 2 else None
    if joint and len(units) >= 2 and _same_level(units[0], units[1]):
        # GOLD_FORMAT: the first issuer of a joint plan, with no superior.
        name, parent = units[0], None
    elif joint and len(units) == 3 and _same_level(units[1], units[2]):
        # "UBND TỈNH X / SỞ TƯ PHÁP / HỘI LUẬT GIA TỈNH X": the first body under its
        # superior, the second body beside it printed below.
        name, parent = units[1], units[0]
    first = parts[0].line
    last = parts[-1].line
    return Issuer(
        name=name, parent=parent, span=Span(start=first.start, end=max(last.src_end, first.start))
    )


_SUPERIOR = regex.compile(rf"^(?:{alternation(SUPERIOR_BODIES)})\b")


def _same_level(a: str, b: str) -> bool:
    """Two bodies that neither is above: ``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` and ``SỞ Y TẾ`` or ``BAN
    THƯỜNG VỤ TỈNH ĐOÀN``, not ``UBND TỈNH LÂM ĐỒNG`` over ``SỞ Y TẾ``."""
    return not _SUPERIOR.match(a.upper()) or bool(_SUPERIOR.match(b.upper()))


def _infer_issuer(ctx: Context, title: str | None) -> Issuer | None:
    """The issuer named by the opening sentence (``Sở X xây dựng Kế hoạch``) or the title
    (``... tại Sở X``), marked inferred."""
    for ln in ctx.zones.body[:8]:
        m = _INFER.search(ln.text)
        if m:
            org = m.group("org").strip()
            # The last unit head inside the match starts the name ("... Đảng năm 2020, Sở X").
            starts = [u.start() for u in _UNIT_START.finditer(org)]
            if starts and starts[-1] > 0 and "," in org[: starts[-1]]:
                org = org[starts[-1] :]
            span = ln.span(m.start("org"), m.end("org"))
            ctx.warn(
                "issuer_inferred", f"the header names no issuer; taken from the text: {org!r}", span
            )
            return Issuer(name=org, inferred=True, span=span)
    found = issuer_from_title(title)
    if found is not None:
        ctx.warn(
            "issuer_inferred", f"the header names no issuer; taken from the title: {found.name!r}"
        )
        return found
    ctx.warn("issuer_missing", "no issuing body found")
    return None


def issuer_from_title(title: str | None) -> Issuer | None:
    """The body a title ends with (``... tại Sở X``, ``... trong Công an tỉnh Y``)."""
    m = _TITLE_ORG.search(title or "")
    return Issuer(name=m.group("org").strip(), inferred=True) if m else None
