"""News reports about a plan: the plan's number, issuer, date and title from prose such as
``Ngày 02/7/2019, UBND tỉnh ban hành Kế hoạch số 1655/KH-UBND triển khai Đề án "..." theo
Quyết định số 471/QĐ-TTg ...``, and its goals from an enumeration ``(1) ... (2) ...`` that a
sentence about its goals introduces. Web-page debris (``Mặc định Cỡ chữ``, ``Ảnh minh họa.``,
bylines) is not content."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from vnplan.extract.context import Context
from vnplan.extract.dates import find_dates, find_range
from vnplan.extract.header import parse_number
from vnplan.grammar.tokens import BULLETS, NUMBERED, Tok, is_upper
from vnplan.grammar.tree import Node
from vnplan.grammar.zones import PAGE_CHROME
from vnplan.models import DocumentNumber, Issuer, Item, PartialDate, Period, Span
from vnplan.patterns import PLAN_MENTION, SYMBOL, SYMBOL_IN_TEXT
from vnplan.text.lines import Line
from vnplan.text.normalize import fold
from vnplan.vocab import (
    CITED_TYPES,
    ORG_ABBREVIATIONS,
    ROLE_HEADS,
    RUN_VERBS,
    UNIT_HEADS,
    alternation,
)

# "Kế hoạch (số 28/KH-UBND, ký ngày 10/2) ...": the number may stand in brackets.
_PLAN_NO = rf"(?:[Kk]ế hoạch|KẾ HOẠCH|\bKH)\s+(?:\(\s*)?(?:số\s+)?(?P<sym>{SYMBOL})"
_PLAN_NUMBER = regex.compile(_PLAN_NO)
# Right before a plan's number: the verb that issued it, or words that cite it as a basis.
_ISSUE_BEFORE = regex.compile(
    r"(?:ban hành|phê duyệt|ký)\s+(?:(?:về\s+)?việc\s+)?$", regex.IGNORECASE
)
_BASIS_BEFORE = regex.compile(r"(?:[Tt]hực hiện|[Cc]ăn cứ|[Tt]heo|[Tt]riển khai)\s+$")
_ISSUED = regex.compile(
    r"(?:^|[.\-–]\s+|\s)[Nn]gày\s+(?P<d>\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>\d{1,2})(?:\s*"
    r"(?:[/.-]|\s+năm\s+)\s*(?P<y>\d{4}))?(?:\s*,\s*|\s+(?=\p{Lu}))"
    # "Bộ Văn hóa, Thể thao và Du lịch ban hành ...": a comma before a capital is inside a name.
    r"(?P<who>(?:[^,.;:]|,(?=\s+\p{Lu})){2,120}?)\s+"
    r"(?:đã\s+|vừa\s+|mới\s+)?(?:ký\s+)?"
    r"ban hành\s+(?P<plan>[Kk]ế hoạch\b)"
)
# The words between an issuer and the plan it issued: "vừa ký ban hành ngày 05/02/2026".
_VERB = (
    r"(?:(?:đã|vừa|mới|chính thức|vừa qua)\s+)*(?:xây dựng và\s+)?(?:ký\s+)?"
    # "UBND tỉnh X vừa có Kế hoạch 112/KH-UBND ...": has just issued.
    r"(?:ban hành|phê duyệt|xây dựng|(?<=(?:vừa|đã|mới)\s)có)\s+"
    r"(?:(?:vào\s+)?ngày\s+\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}"
    r"(?:\s*(?:[/.-]|\s+năm\s+)\s*\d{4})?\s*,?\s+)?"
)
_ISSUER_ONLY = regex.compile(
    r"(?P<who>(?:\p{Lu}[\p{L}&]*)(?:\s+[\p{L}&]+){0,12}?)\s+" + _VERB + r"(?P<plan>[Kk]ế hoạch)\b"
)
# What may stand between the plan's number and its date ("Kế hoạch 209/KH-UBND ban hành ngày
# 10/9/2025 ...", "..., ký ngày ...", "(ngày ...)").
_DATE_AFTER_NUMBER = regex.compile(
    r"\s*[,(]?\s*(?:được\s+)?(?:(?:ký\s+)?ban hành\s+|ký\s+)?(?:vào\s+)?(?:ngày\s+)?"
)
# A reporter's link between the number (and date) and the title: "... quy định tuyển chọn".
_LINK_WORDS = regex.compile(r"^(?:quy định(?:\s+về)?|về việc|về)\s+(?=\S)")
# "... Kế hoạch 34/KH-TLĐ ... do Tổng Liên đoàn Lao động Việt Nam ban hành".
_ISSUED_BY = regex.compile(
    r"[Kk]ế hoạch\b[^.;:]*?\sdo\s+(?P<who>\p{Lu}[\p{L}&]*(?:\s+[\p{L}&]+){0,12}?)\s+"
    r"(?:đã\s+)?ban hành\b"
)
_TITLE_END = regex.compile(
    # "học tập và làm theo tấm gương ...": "làm theo" (follow) is no "according to".
    r"\s+(?:(?<!\blàm\s)theo(?!\s+dõi)|nhằm|với nội dung|với mục tiêu|để)\s|\.\s|\.$|;|\n|"
    # "... Kế hoạch <title> (Kế hoạch số 126/KH-BGDĐT ngày 09/3/2026)": the number after it.
    r"\s*\((?=(?:[Kk]ế hoạch\s+)?số\s)|"
    # "... năm 2024 và Kế hoạch số 171/KH-UBND về ...": a second plan the sentence issues.
    r"\s+và\s+(?=(?:[Kk]ế hoạch|KH)\s+(?:số\s+)?\d)|"
    # " - Báo Lào Cai" ends it; "vắc xin sởi - rubella" goes on.
    r"(?<!\d)\s+-\s+(?=\p{Lu})|$"
)
# "... theo Thông tư 50/2020/TT-BGDĐT dựa trên ...": a citation that the title goes on past,
# unlike the basis "theo Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng".
_TITLE_CITES = regex.compile(
    rf"\s*(?:{alternation(CITED_TYPES)})\s+(?:số\s*)?(?>{SYMBOL})(?!\s*(?:ngày|của|năm|[,.;(]|$))",
    regex.IGNORECASE,
)
_ABOUT_LEAD = regex.compile(r"^về(?:\s+việc)?\s+(?=\S)")
_YEAR_LEAD = regex.compile(r"^năm\s+\d{4}\s+(?=\S)")
_LINK_LEAD = regex.compile(r"^(?:Tải về\s+)+(?:về\s+[Kk]ế hoạch\s+)?(?=\S)")
_GOALS = regex.compile(r"mục tiêu|mục đích|yêu cầu", regex.IGNORECASE)
_PURPOSES = regex.compile(r"mục tiêu|mục đích", regex.IGNORECASE)
_REQUIREMENTS_ONLY = regex.compile(r"\byêu cầu\b", regex.IGNORECASE)
# "(1) ... (2) ...", "1) ... 2) ...", "a) ... b) ...": items numbered inside one sentence.
_INLINE_ENUM = regex.compile(r"\s*(?:\((?P<n>\d{1,2})\)|(?<![\p{L}\d(])(?P<n>\d{1,2}|[a-h])\))\s*")
# "Kế hoạch yêu cầu: (1) Việc chuẩn bị ...; (2) Công tác ...": goals numbered inside a sentence.
_INLINE_GOALS = regex.compile(
    r"(?P<intro>(?:^|(?<=[.;]\s))[^.:;]{0,80}?(?:mục tiêu|mục đích|yêu cầu)[^.:;]{0,40}?)"
    r":\s*(?=(?:\(1\)|1\)|a\))\s*\p{Lu})",
    regex.IGNORECASE,
)
# "Mục đích của Kế hoạch nhằm tăng cường ...": one goal the sentence states, unquoted.
_STATED_GOAL = regex.compile(
    r"(?:^|(?<=[.;]\s))[Mm]ục (?:tiêu|đích)(?:\s+(?:chung|chính|tổng quát))?\s+(?:của\s+)?"
    r"(?:[Kk]ế hoạch\s+)?(?:là\s+)?(?P<q>(?:nhằm\s+)?\p{L}[^“\"]{10,400}?)(?=\.\s|\.?$)"
)


@dataclass
class NewsFacts:
    number: DocumentNumber | None = None
    date: PartialDate | None = None
    issuer: Issuer | None = None
    title: str | None = None
    title_span: Span | None = None
    purposes: list[Item] | None = None
    requirements: list[Item] | None = None
    period: Period | None = None
    #: The period is when the report says its activities run, not the plan's own time.
    period_of_activities: bool = False
    #: Where the report turns to another plan ("Đối với Kế hoạch số 171/KH-UBND, ..."): what
    #: follows is that plan's, not this one's.
    other_plan_at: int | None = None
    #: Plans issued in the same sentence as this one ("... Kế hoạch số 168/KH-UBND ... và Kế
    #: hoạch số 171/KH-UBND ..."): neither is the other's basis.
    co_issued: list[str] = field(default_factory=list)


def is_debris(text: str) -> bool:
    """A line of web-page furniture rather than content."""
    t = text.strip()
    return bool(PAGE_CHROME.match(t)) or (len(t.split()) <= 3 and not t.endswith((".", ":")))


# A post before the body it heads ("Hiệu trưởng Trường ...", "Phó Chủ tịch UBND tỉnh ...").
_POST_BEFORE_BODY = regex.compile(
    rf"(?:{alternation(ROLE_HEADS)})\s+(?=(?:{alternation(UNIT_HEADS)})\s)"
)


def _named_issuer(ln: Line, m: regex.Match[str]) -> Issuer:
    """The issuer the match's ``who`` group names, inferred from the prose: the body, where
    the report names the head who signed for it ("Hiệu trưởng Trường THPT X", "Giám đốc Sở
    Y tế", "Chủ tịch UBND tỉnh")."""
    who = m.group("who").strip()
    start = m.start("who") + (len(m.group("who")) - len(m.group("who").lstrip()))
    post = _POST_BEFORE_BODY.match(who)
    if post is not None:
        start += post.end()
        who = who[post.end() :]
    # "Sở Giáo dục và Đào tạo Bắc Giang (Sở GD&ĐT)": the short name in brackets is the
    # report's abbreviation, not part of the body's name.
    who = _SHORT_AFTER.sub("", who)
    return Issuer(name=_expand(who), inferred=True, span=ln.span(start, start + len(who)))


_SHORT_AFTER = regex.compile(r"\s*\([^()]{1,40}\)\s*$")


def _expand(name: str) -> str:
    return ORG_ABBREVIATIONS.get(name, name)


def _title_after(text: str, start: int) -> str | None:
    """The plan's title from ``start`` to the end of its clause (quotes kept whole)."""
    rest = text[start:]
    for m in _TITLE_END.finditer(rest):
        if rest[m.start() : m.end()].strip() == "theo" and _TITLE_CITES.match(rest, m.end()):
            continue
        piece = rest[: m.start()]
        if piece.count('"') % 2 == 0 and piece.count("\u201c") <= piece.count("\u201d"):
            return piece.strip(" ,") or None
    return rest.strip() or None


def _set_title(facts: NewsFacts, ln: Line, title: str, start: int) -> None:
    """The plan's title, with its span where it is found in the line from ``start``."""
    facts.title = title
    k = ln.text.find(title, start)
    facts.title_span = ln.span(k, k + len(title)) if k >= 0 else None


def _numbered(text: str, m: regex.Match[str]) -> bool:
    """Whether the "Kế hoạch" an ``_ISSUER_ONLY`` match ends with has its number after it."""
    return _PLAN_NUMBER.match(text, m.start("plan")) is not None


def extract_news(ctx: Context) -> NewsFacts:
    """The plan a news report is about."""
    facts = NewsFacts()
    # A page that quotes a plan tells its number and issuer in the prose above "KẾ HOẠCH".
    lines = [ln for ln in ctx.zones.header + ctx.zones.body if not is_debris(ln.text)]
    page = ctx.zones.chrome + ctx.zones.header + ctx.zones.body
    after_number = _number(facts, lines, page)
    _issued_sentence(facts, lines, page)
    if after_number is not None and facts.number is not None:
        _number_clause(facts, *after_number)
    _issuer_sentence(facts, lines)
    if facts.date is None and after_number is not None:
        _signed_later(facts, lines, after_number)
    _title(facts, lines, after_number)
    _other_plan(facts, lines)
    cut = facts.other_plan_at
    _period_and_goals(
        facts,
        [ln for ln in lines if cut is None or ln.start < cut],
        [n for n in ctx.tree if cut is None or n.line.start < cut],
    )
    return facts


def _other_plan(facts: NewsFacts, lines: list[Line]) -> None:
    """Where the report turns to a plan that is not its own, and the plans issued with it."""
    if facts.number is None:
        return
    own = fold(facts.number.raw).replace(" ", "")
    seen = False
    for ln in lines:
        syms = [fold(m.group("sym")).replace(" ", "") for m in _PLAN_NUMBER.finditer(ln.text)]
        if not seen:
            if own in syms:
                seen = True
                facts.co_issued = [m.group("sym") for m in _CO_ISSUED.finditer(ln.text)]
            continue
        for m in _TURN.finditer(ln.text):
            if fold(m.group("sym")).replace(" ", "") != own:
                facts.other_plan_at = ln.start
                return


# "... và Kế hoạch số 171/KH-UBND ...": a second plan the same sentence issues.
_CO_ISSUED = regex.compile(rf"\svà\s+{_PLAN_NO}")
# A paragraph that turns to a plan: "Đối với Kế hoạch số X, ...", "Theo Kế hoạch số X, ...",
# "... UBND tỉnh ban hành Kế hoạch số X về ..." (not "Thực hiện Kế hoạch số X": a basis).
_TURN = regex.compile(
    r"(?:(?:^|[.;]\s+)(?:Đối với|Riêng|Với|Theo)\s+|\b(?:ban hành|ký)\s+(?:(?:tiếp|thêm)\s+)?)"
    + _PLAN_NO
)


# A day and month with no year ("ký ngày 10/2)", "ngày 5 tháng 3,").
_DAY_MONTH = regex.compile(
    r"(?P<d>\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(?P<m>\d{1,2})(?![\d/.-]|\s+năm)"
)


def _number(facts: NewsFacts, lines: list[Line], page: list[Line]) -> tuple[Line, int] | None:
    """The number (and the date right after it) of the plan reported; where its mention
    ends."""
    after_number: tuple[Line, int] | None = None
    # The number: the first "Kế hoạch (số) X" or "KH số X", unless it is cited as the basis
    # of one the same sentence says was issued ("Thực hiện Kế hoạch số 2754/KH-SGDĐT của Sở
    # ..., Trường ... ban hành Kế hoạch số 45/KH-THCS"): then that one.
    mentions = [(ln, m) for ln in lines for m in _PLAN_NUMBER.finditer(ln.text)]
    if mentions and _BASIS_BEFORE.search(mentions[0][0].text, 0, mentions[0][1].start()):
        first, basis = mentions[0]
        issued = [
            (ln, m)
            for ln, m in mentions[1:]
            if ln is first and _ISSUE_BEFORE.search(ln.text, 0, m.start())
        ]
        if not issued:
            # "Thực hiện Kế hoạch số 1290/KH-PGDĐT của Phòng ..., Trường ... xây dựng Kế hoạch
            # tổ chức ...": the plan reported has no number; its title follows "Kế hoạch".
            own = _ISSUER_ONLY.search(first.text, basis.end())
            if own is not None and not _numbered(first.text, own):
                return (first, own.end())
        mentions = issued + mentions
    for ln, m in mentions:
        if m:
            num, _, _ = parse_number(m.group("sym"))
            if num is not None:
                num.span = ln.span(m.start("sym"), m.end("sym"))
                facts.number = num
                lead = _DATE_AFTER_NUMBER.match(ln.text, m.end())
                at = lead.end() if lead else m.end()
                hits = find_dates(ln.text[at : at + 40])
                bare = _DAY_MONTH.match(ln.text, at) if lead and "ngày" in lead[0] else None
                if hits and hits[0].start <= 1 and hits[0].date.day is not None:
                    facts.date = hits[0].date
                    after_number = (ln, at + hits[0].end)
                elif bare and (date := _yearless(page, int(bare["d"]), int(bare["m"]))):
                    # "Kế hoạch (số 28/KH-UBND, ký ngày 10/2) ...": the year is the report's.
                    facts.date = date
                    after_number = (ln, bare.end())
                else:
                    after_number = (ln, m.end())
                break
    return after_number


def _report_year(lines: list[Line], month: int) -> int | None:
    """The year of a yearless "Ngày 20/1, ..." in a report: its own date's year, or the year
    before when the plan's month is later than the report's (a December plan reported in
    January). The report's date ("Thứ Sáu, 23/01/2026 | 07:45", "Cập nhật: 18/04/2024") is
    on a short line of its own near the top, not in prose."""
    for ln in lines[:20]:
        if len(ln.text.split()) > 12:
            continue
        hits = [h for h in find_dates(ln.text[:40]) if h.date.month is not None]
        if hits:
            y, rm = hits[0].date.year, hits[0].date.month
            return y - 1 if rm is not None and month > rm else y
    return None


def _yearless(page: list[Line], day: int, month: int) -> PartialDate | None:
    """A report's "ngày 10/2" as a date, in the year _report_year gives it."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = _report_year(page, month)
    return PartialDate(year=year, month=month, day=day) if year is not None else None


def _issued_sentence(facts: NewsFacts, lines: list[Line], page: list[Line]) -> None:
    """The issuing sentence ("Ngày 02/7/2019, UBND tỉnh ban hành Kế hoạch số ... <title>"):
    date, issuer, title."""
    for ln in lines:
        m = _ISSUED.search(ln.text)
        if not m:
            continue
        issued_num = _PLAN_NUMBER.match(ln.text, m.start("plan"))
        if (
            issued_num
            and facts.number is not None
            and fold(issued_num.group("sym")) != fold(facts.number.raw)
        ):
            continue  # "Trước đó, ngày 12/6, Sở ... ban hành Kế hoạch số 58/...": another plan
        d, mo = int(m.group("d")), int(m.group("m"))
        year = int(m.group("y")) if m.group("y") else (facts.date.year if facts.date else None)
        if year is None and not m.group("y"):
            year = _report_year(page, mo)
        if year and 1 <= mo <= 12 and 1 <= d <= 31 and (facts.date is None or m.group("y")):
            facts.date = PartialDate(year=year, month=mo, day=d)
        facts.issuer = _named_issuer(ln, m)
        # The title follows the number; with none, a capitalised "Kế hoạch truyền thông ..."
        # names the plan by its title, a lower-case "kế hoạch phòng, chống ..." is the noun.
        num = _PLAN_NUMBER.match(ln.text, m.start("plan"))
        lower = m.group("plan").startswith("k")
        start = num.end() if num else (m.end("plan") if lower else m.start("plan"))
        title = _title_after(ln.text, start)
        if title:
            # "Kế hoạch 163-KH/BTGDVTW năm 2025 Tổ chức ...": the year belongs to the number;
            # "... 14/KH-UBND Tải về về Kế hoạch tuyển sinh ...": a download link's words and
            # the repeated "về Kế hoạch" are not the title.
            title = _YEAR_LEAD.sub("", title) or title
            title = _LINK_LEAD.sub("", title) or title
            # "... ban hành Kế hoạch 1472/KH-CĐNH về (việc) tổ chức ...": the reporter's link.
            title = _ABOUT_LEAD.sub("", title) or title
        if title:
            _set_title(facts, ln, title, start)
        break


# "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Quang Định ký ban hành ngày 14/9/2022.", "Kế hoạch
# do Thứ trưởng ... ký ngày 09/4/2024": a sentence
# after the one that names the plan, about the same plan (no other number in it).
_SIGNED_LATER = regex.compile(
    r"(?:^|(?<=[.;]\s))[Kk]ế hoạch(?:\s+(?:này|trên))?\s+(?P<mid>[^.;“\"]{0,120}?)"
    r"(?:ký(?:\s+ban hành)?|ban hành)\s+(?:vào\s+)?ngày\s+(?P<d>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})"
)


def _signed_later(facts: NewsFacts, lines: list[Line], after_number: tuple[Line, int]) -> None:
    """The date a later sentence says the plan was signed, within a few lines of its number."""
    ln0, at = after_number
    k = next((i for i, ln in enumerate(lines) if ln is ln0), None)
    if k is None:
        return
    for i, ln in enumerate(lines[k : k + 4]):
        for m in _SIGNED_LATER.finditer(ln.text, at if i == 0 else 0):
            if SYMBOL_IN_TEXT.search(m.group("mid")):
                continue  # another document's number: another plan
            hits = find_dates(m.group("d"))
            if hits and hits[0].date.day is not None:
                facts.date = hits[0].date
                return


def _issuer_sentence(facts: NewsFacts, lines: list[Line]) -> None:
    """The issuer a sentence names ("X vừa ký ban hành (ngày ...) Kế hoạch ...", "Kế hoạch
    ... do X ban hành")."""
    if facts.issuer is None:
        for ln in lines:
            m = _ISSUER_ONLY.search(ln.text) or _ISSUED_BY.search(ln.text)
            if m:
                facts.issuer = _named_issuer(ln, m)
                # "... vừa ký ban hành ngày 05/02/2026 Kế hoạch số ...": the date in the verb.
                hits = find_dates(ln.text[m.end("who") : m.end()])
                if facts.date is None and hits and hits[0].date.day is not None:
                    facts.date = hits[0].date
                break


def _title(facts: NewsFacts, lines: list[Line], after_number: tuple[Line, int] | None) -> None:
    """The title after the number of an issuing sentence, else the first line (a headline)."""
    if facts.title is None and after_number is not None:
        # "X vừa ban hành Kế hoạch 209/KH-UBND ban hành ngày 10/9/2025 <title>."
        ln, at = after_number
        if _ISSUER_ONLY.search(ln.text) or _ISSUED_BY.search(ln.text):
            title = _title_after(ln.text, at)
            title = _LINK_WORDS.sub("", title or "") or title
            if title and len(title.split()) >= 3:
                _set_title(facts, ln, title, at)
    if facts.title is None:
        # "Bộ GDĐT vừa ban hành Kế hoạch <title> (Kế hoạch số ...)": no number before it.
        # The sentence that also gives the number, not a headline that paraphrases it.
        # Or the sentence just before the one that gives the number ("UBND tỉnh vừa ban hành
        # Kế hoạch thực hiện ... ." then "Kế hoạch (số 28/KH-UBND, ký ngày 10/2) ...").
        numbered = [i for i, ln in enumerate(lines) if _PLAN_NUMBER.search(ln.text)]
        # With no number anywhere, the sentence that issues the plan names it ("UBND quận vừa
        # ban hành kế hoạch “Ra quân lập lại trật tự ...”").
        before = lines[max(0, numbered[0] - 2) : numbered[0]][::-1] if numbered else lines
        before = [ln for ln in before if ln.text.rstrip().endswith(".")]  # prose, no headline
        for ln in [*(lines[i] for i in numbered), *before]:
            m = _ISSUER_ONLY.search(ln.text)
            if m and not _numbered(ln.text, m):
                title = _title_after(ln.text, m.end())
                if title and len(title.split()) >= 3:
                    _set_title(facts, ln, title, m.end())
                break
    if facts.title is None and lines:
        # A headline, not a site's name over it ("ĐẢNG BỘ TỈNH YÊN BÁI").
        first = lines[0]
        if (
            len(first.text.split()) <= 40
            and not first.text.endswith(":")
            and not (is_upper(first.text) and PLAN_MENTION.search(fold(first.text)) is None)
        ):
            facts.title = first.text.strip()
            facts.title_span = first.span()


def _period_and_goals(facts: NewsFacts, lines: list[Line], tree: list[Node]) -> None:
    """The period the prose states and the goals it lists (or quotes)."""
    for ln in lines:
        # "Kế hoạch được triển khai trong giai đoạn 2015 - 2020": the plan's own period.
        p = _PERIOD_SENTENCE.search(ln.text)
        rng = find_range(p.group("when")) if p else None
        if p and rng is None and p.group("when").startswith("trong"):
            one = find_dates(p.group("when"))
            rng = (one[0].date, one[0].date, 0, 0) if len(one) == 1 else None
        if p and rng and rng[0] and rng[1]:
            facts.period = Period(start=rng[0], end=rng[1], span=ln.span(*p.span("when")))
            break
    else:
        facts.period = _run_period(lines)
        facts.period_of_activities = facts.period is not None
    own = fold(facts.number.raw) if facts.number else None
    lists = _goals(tree, own) or _inline_goals(lines)
    if not any(
        _PURPOSES.search(intro) or not _REQUIREMENTS_ONLY.search(intro) for intro, _ in lists
    ):
        # "Mục tiêu của kế hoạch là “100% học sinh được trang bị ...”": one quoted goal;
        # "Mục đích của Kế hoạch nhằm ...": one stated goal.
        # The plan's purpose ("Mục đích ...") over a target it sets ("Mục tiêu đặt ra là tỷ
        # lệ tiêm đạt trên 95%"), when a report gives both.
        found = [
            (ln, q)
            for ln in lines
            if (q := _QUOTED_GOAL.search(ln.text) or _STATED_GOAL.search(ln.text))
        ]
        found.sort(key=lambda f: not f[1].group().lower().startswith("mục đích"))
        if found:
            ln, q = found[0]
            facts.purposes = [Item(text=q.group("q").strip(), span=ln.span(*q.span("q")))]
            # 'Mục đích của kế hoạch nhằm "A" và "B"': each quoted goal after the first.
            end = q.end()
            while (more := _MORE_QUOTED.match(ln.text, end)) is not None:
                facts.purposes.append(
                    Item(text=more.group("q").strip(), span=ln.span(*more.span("q")))
                )
                end = more.end()
    for intro, goals in lists:
        if _REQUIREMENTS_ONLY.search(intro) and not _PURPOSES.search(intro):
            facts.requirements = facts.requirements or goals  # "Yêu cầu đặt ra là:"
        else:
            facts.purposes = facts.purposes or goals  # "Kế hoạch nêu rõ mục đích:"


def _in_sequence(marks: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The markers that number one list: the first, then each that follows it by one in the
    same style ("1)" then "2)", not a "(3)" or "b)" that an item quotes)."""
    out: list[regex.Match[str]] = []
    for m in marks:
        n = m.group("n")
        if not out:
            out.append(m)
            continue
        last = out[-1].group("n")
        style = (m.group().strip()[:1] == "(") == (out[-1].group().strip()[:1] == "(")
        follows = (
            int(n) == int(last) + 1
            if n.isdigit() and last.isdigit()
            else not n.isdigit() and not last.isdigit() and ord(n) == ord(last) + 1
        )
        if style and follows:
            out.append(m)
    return out


def _inline_goals(lines: list[Line]) -> list[tuple[str, list[Item]]]:
    """Goals numbered (1), (2), ... inside one sentence, with the words that introduce them."""
    out: list[tuple[str, list[Item]]] = []
    for ln in lines:
        for m in _INLINE_GOALS.finditer(ln.text):
            text = ln.text
            items: list[Item] = []
            cuts = _in_sequence(list(_INLINE_ENUM.finditer(text, m.end())))
            for k, c in enumerate(cuts):
                stop = cuts[k + 1].start() if k + 1 < len(cuts) else len(text)
                piece = text[c.end() : stop].rstrip(" ;.")
                if piece:
                    items.append(Item(text=piece, span=ln.span(c.end(), c.end() + len(piece))))
            if len(items) >= 2:
                out.append((m.group("intro"), items))
    return out


_RUNS_FROM = regex.compile(
    rf"(?:^|\s)(?:được\s+)?(?:{alternation(RUN_VERBS)})\s+(?P<when>từ\s+(?:ngày|tháng)\s+[^.;]{{3,80}})"
)


def _run_period(lines: list[Line]) -> Period | None:
    """ "Tháng hành động ... được triển khai từ ngày 15/4 đến ngày 15/5/2024", "Các hoạt
    động diễn ra từ tháng 4 đến hết tháng 7/2019": where no sentence names the plan's own
    time, the first that says when its activities run, from one end to the other."""
    for ln in lines:
        for p in _RUNS_FROM.finditer(ln.text):
            rng = find_range(p.group("when"))
            if rng and rng[0] and rng[1] and rng[2] <= len("từ ngày "):  # the range "từ" opens
                return Period(start=rng[0], end=rng[1], span=ln.span(*p.span("when")))
    return None


_PERIOD_SENTENCE = regex.compile(
    r"(?:[Kk]ế hoạch\s+(?:(?:số\s+)?\S+\s+)?(?:được\s+)?(?:triển khai|thực hiện|áp dụng)"
    # "... Thời gian thực hiện kế hoạch từ tháng 11/2020 đến hết tháng 12/2021."
    r"|(?:^|(?<=[.;]\s))Thời gian (?:thực hiện|triển khai)(?:\s+(?:của\s+)?[Kk]ế hoạch)?"
    r"(?:\s+là)?\s*:?)\s+"
    r"(?P<when>(?:trong\s+)?(?:giai đoạn|từ năm|từ tháng|từ ngày|từ)\s+[^,.;]{4,60}"
    # "Thời gian thực hiện: trong tháng 3/2022, cao điểm ...": the one month it runs in.
    r"|trong\s+(?:tháng|năm)\s+[\d/]{4,7}(?!\d))"
)
# After the plan's number: "(ngày ...) của UBND tỉnh Lào Cai", up to the clause's end.
_OF_ISSUER = regex.compile(
    r"(?:\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?\s+của\s+"
    r"(?P<who>\p{Lu}[\p{L}&]*(?:\s+[\p{L}&]+){0,10}?)(?=\s+(?:về|thực hiện|triển khai|nhằm|"
    r"để|do|giai đoạn|năm\s+\d)\s|\s*[“\"]|[,.;:(]|$)"
)
# (Read with match() at the number's end: no "^".)
_SIGNED_DATE = regex.compile(
    r"[^“\"”.;]{0,80}?(?:ký\s+)?ban hành\s+(?:vào\s+)?ngày\s+"
    r"(?P<d>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})"
)
_QUOTED_TITLE = regex.compile(
    r"[^“\"”.;]{0,160}?(?:với tên gọi|có tên|mang tên)?\s*[“\"](?P<t>[^”\"]{10,300})[”\"]"
)


# The quote is the whole title where only the number's date, its signing or a naming word
# stands before it ("... ngày 19/8/2022 “Tổ chức ...”", "với tên gọi “...”").
_QUOTE_IS_TITLE = regex.compile(
    r"(?:^|\s)(?:(?:với\s+)?tên gọi|có tên|mang tên|về|ban hành|ký)\s*[“\"]$"
    r"|[\d),]\s*[“\"]$|^\s*[“\"]$"
)


_AFTER_ISSUER_TITLE = regex.compile(r"\s+(?:về|thực hiện|triển khai)\s")


def _number_clause(facts: NewsFacts, ln: Line, at: int) -> None:
    """What the clause after the plan's number says: "... 2915/KH-BTP của Bộ Tư pháp do
    Thứ trưởng ... ký ban hành ngày 19/8/2022 “Tổ chức ...”": whose number it is (over the
    signer a "do ... ban hành" names), when it was signed and its quoted title."""
    text = ln.text
    o = _OF_ISSUER.match(text, at)
    if o:
        facts.issuer = _named_issuer(ln, o)
    d = _SIGNED_DATE.match(text, at)
    if d and facts.date is None:
        hits = find_dates(d.group("d"))
        if hits and hits[0].date.day is not None:
            facts.date = hits[0].date
    q = _QUOTED_TITLE.match(text, at)
    if q and not _QUOTE_IS_TITLE.search(text, at, q.start("t")):
        q = None  # "... về tổ chức “Tháng hành động ...” năm 2019": a name inside the title
    if q and facts.title is None:
        facts.title = q.group("t").strip()
        facts.title_span = ln.span(q.start("t"), q.end("t"))
    elif o and facts.title is None and _AFTER_ISSUER_TITLE.match(text, o.end()):
        # "... 2310/KH-UBND ngày 20/5/2013 của UBND tỉnh thực hiện Đề án “...” trên địa bàn
        # tỉnh": the title goes on after whose plan it is.
        title = _title_after(text, o.end())
        if title:
            title = _ABOUT_LEAD.sub("", title) or title
            _set_title(facts, ln, title, o.end())


_QUOTED_GOAL = regex.compile(
    r"[Mm]ục (?:tiêu|đích)(?:\s+(?:chung|chính|tổng quát))?\s+(?:của\s+)?(?:[Kk]ế hoạch\s+)?"
    r"(?:là|nhằm)\s*:?\s*[“\"](?P<q>[^”\"]{10,400})[”\"]"
)
_MORE_QUOTED = regex.compile(r"\s*(?:,|;|và|,\s*và)\s*[“\"](?P<q>[^”\"]{10,400})[”\"]")
_OTHER_DOC = regex.compile(rf"(?P<raw>{SYMBOL})|\bĐiều\s+\d+")


def _cites_another(text: str, own: str | None) -> bool:
    """Whether a sentence attributes what follows to another document (``Căn cứ Điều 2 Thông
    tư 148/2018/TT-BQP quy định ... yêu cầu ... như sau:``), not to the plan reported."""
    for m in _OTHER_DOC.finditer(text):
        if m.group("raw") is None or fold(m.group("raw")) != own:
            return True
    return False


def _goal_label(n: Node, own: str | None) -> bool:
    """A sentence about the plan's goals that ends with a colon, not quoting another's."""
    return (
        n.kind is Tok.TEXT
        and n.text.rstrip().endswith(":")
        and bool(_GOALS.search(n.text))
        and not _cites_another(n.text, own)
    )


def _goals(nodes: list[Node], own: str | None = None) -> list[tuple[str, list[Item]]]:
    """Each list of items after a sentence about the plan's goals that ends with a colon
    (not a sentence that quotes another document's), with that sentence: an article may
    give the purposes and then the requirements."""
    out: list[tuple[str, list[Item]]] = []
    for i, n in enumerate(nodes):
        if _goal_label(n, own):
            intro, items = n.text, []
            for sib in nodes[i + 1 :]:
                if sib.kind in NUMBERED or sib.kind in BULLETS:
                    items.append(Item(text=sib.text, span=sib.content_span()))
                    # "2. Chấn chỉnh ..." / "Yêu cầu:" / "1. Việc kiểm tra ...": the next
                    # list's label, read as the item's continuation, closes this list.
                    label = next((c for c in sib.children if _goal_label(c, own)), None)
                    if label is not None:
                        out.append((intro, items))
                        intro, items = label.text, []
                elif items and items[-1].text.rstrip().endswith(":"):
                    continue  # what an item introduces ("theo phương châm:" / a motto)
                elif not is_debris(sib.text):
                    break
            if items:
                out.append((intro, items))
                continue
        out.extend(_goals(n.children, own))
    return out
