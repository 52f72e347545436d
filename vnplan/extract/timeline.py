"""Phases (``Giai đoạn 1: Từ năm 2020 đến năm 2022``) and the implementation period."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnplan.extract.context import Context
from vnplan.extract.dates import find_dates, find_range
from vnplan.grammar.tokens import Tok
from vnplan.grammar.tree import Node
from vnplan.models import PartialDate, Period, Phase, Section
from vnplan.patterns import TIME_LABEL
from vnplan.text.normalize import fold
from vnplan.vocab import (
    PERIOD_HEADINGS,
    PHASE_LABELS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    TERM_WORDS,
    alternation,
)

# "Giai đoạn 1: ...", "Đợt II", "Giai đoạn thứ hai"; and stages named by their years,
# "Giai đoạn 2025 - 2030", whose label is their range.
_PHASE = regex.compile(
    rf"^(?P<label>(?:{alternation(PHASE_LABELS)})\s+(?:\d{{1,2}}(?!\d|[-–]\d{{1,2}}(?!\d)|\s*giờ)|"
    r"[IVX]{1,4}\b|(?:thứ\s+)?(?:nhất|một|hai|ba|bốn|tư|năm)\b|"
    r"(?P<years>(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})(?!\d)))\s*[:.\-–)(|]?\s*(?P<rest>.*)$",
    regex.IGNORECASE,
)
# "Từ 13h30’ ngày 02/6/2026": a session's hour before its day.
# "Bước 3: Kiểm tra, đánh giá, sơ kết (tháng 5/2026)": the phase's name, then its date in
# brackets.
_BRACKET_LEAD = regex.compile(r"^[^.;:()]{0,80}\(\s*(?:[Tt]rong\s+|[Vv]ào\s+)?(?:tháng|ngày)?\s*$")
# "Giai đoạn 3 (sau mùa mưa, lũ): trong tháng 12/2013, ...", "Giai đoạn 2 - Hội thi cấp
# tỉnh: dự kiến tổ chức trong tháng 9/2022": the phase's name or remark, a colon, then the
# one month or day it is held in.
_NAMED_LEAD = regex.compile(
    r"^[^.;:()]{0,80}\)?\s*:\s*(?:dự kiến\s+)?"
    r"(?:(?:được\s+)?(?:tổ chức|diễn ra|thực hiện|triển khai)\s+)?(?:(?:trong|vào)\s+)?"
    r"(?:(?:tháng|ngày|quý)\s*)?$",
    regex.IGNORECASE,
)
_DAY_LEAD = regex.compile(
    r"^\s*(?:[Tt]ừ|[Vv]ào|[Tt]rong)?\s*(?:\d{1,2}\s*[hg:]\s*\d{0,2}\s*['’]?\s*)?"
    r"(?:(?:ngày|tháng|năm|[Nn]ăm)\s*)?$"
)
# "Thời gian thực hiện: ...", "Thời gian: ...", and the time of the plan's own activity
# ("Thời gian tuyên truyền: từ tháng 3 đến tháng 5/2024", "Thời gian tổ chức các hoạt động
# kỷ niệm: ..."); of several, the one above the others (see extract_period).
_PERIOD_LINE = regex.compile(
    rf"^{TIME_LABEL}(?:\s+(?:thực hiện|triển khai)|(?:\s+\p{{Ll}}+){{0,8}}\s*:)"
    # "Kế hoạch được triển khai từ tháng 3/2019 đến hết tháng 12/2019", "Chương trình sẽ được
    # thực hiện từ ...": a sentence that says when the plan itself runs.
    r"|^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,5}\s+(?:sẽ\s+)?được\s+(?:triển khai|thực hiện|tổ chức)"
    r"(?:\s+thực hiện)?\s+(?:trong thời gian\s+)?từ\s",
    regex.IGNORECASE,
)


# "nhiệm kỳ 2026 - 2031" is the term of the body being elected, not the plan's period.
def _both_cases(words: tuple[str, ...]) -> str:
    return alternation((*words, *(w.upper() for w in words)))


_TITLE_RANGE = regex.compile(
    rf"(?<!(?:{_both_cases(TERM_WORDS)})\s*)(?:{_both_cases(RANGE_OPENERS)})?\s*"
    r"(?<![\d])(?P<a>(?:19|20)\d{2})"
    rf"\s*(?:{_both_cases(RANGE_JOINERS)})\s*(?:năm\s+|NĂM\s+)?(?P<b>(?:19|20)\d{{2}})"
)
_STAGE_IN_TITLE = regex.compile(r"(?:giai đoạn|GIAI ĐOẠN)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
_TITLE_YEAR = regex.compile(
    r"(?:năm|NĂM)\s+(?P<y>(?:19|20)\d{2})(?![\d/])"
    # "... Năm An toàn giao thông 2012 ...", "Tháng hành động vì trẻ em 2024": a year that
    # closes an event's name, as a word of its own (not in a number, a date or a range).
    r"|(?<=\p{L}\s)(?P<y>(?:19|20)\d{2})(?![\d/.\-–]|\s*[-–]\s*\d)"
)
_TITLE_UNTIL = regex.compile(r"(?:đến|ĐẾN)\s+(?:năm|NĂM)\s+(?P<y>(?:19|20)\d{2})")


# "- Giai đoạn chuẩn bị: từ ngày 10/4 đến ngày 30/4/2023": a stage named by what it does.
_NAMED_PHASE = regex.compile(
    rf"^(?P<label>(?:{alternation(PHASE_LABELS)})(?:\s+\p{{Ll}}+){{1,3}})\s*:\s*(?P<rest>.+)$"
)
_REMARK = regex.compile(r"\s*\([^()]{1,40}\)")


def _dateless(m: regex.Match[str]) -> str:
    """A bracket with no date in it removed, one with a date ("(từ ngày 20 tháng 11 ...)")
    kept."""
    return m.group() if find_dates(m.group()) else ""


# A range whose end went on to the next line.
_OPEN_RANGE = regex.compile(r"(?:^|\s)(?:[Tt]ừ\s.+\s)?(?:đến|tới)$")
# A stage that starts on an event, not a date ("Đợt đột xuất: khi xảy ra thiên tai ...").
_CONDITIONS = ("khi ", "sau khi ", "trong khi ", "ngay sau khi ")
# Words of a span or a condition: the date then ends the stage, it does not hold it all.
_SPANNING = regex.compile(r"(?i)(?<!\p{L})(?:từ|đến|tới|trước|khi)(?!\p{L})")
# The single month or day a stage is held in ("dự kiến trong tháng 7/2020").
_WITHIN = regex.compile(r"(?:trong|vào|dự kiến)(?:\s+(?:khoảng|tháng|ngày))?\s*$")


# A phase named inside a sentence, its range right after its label: "... tổ chức 2 đợt
# chiến dịch. Đợt 1 từ ngày 15/5 đến ngày 30/5/2025; Đợt 2 từ ngày 10/8 ...".
_INLINE_PHASE = regex.compile(
    # At the line's start too: "Giai đoạn 1 (...): ... . Giai đoạn 2 (...): ...", two items a
    # converter ran together.
    rf"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\svà\s))"
    rf"(?P<label>(?:{_both_cases(PHASE_LABELS)}|giai đoạn|đợt|bước)"
    r"\s+(?:\d{1,2}|[IVX]{1,4}|thứ\s+(?:nhất|hai|ba|tư))(?!\d))"
    # "Đợt 1 trong Quý II/2026 và Đợt 2 vào tháng 11/2026, ...": one stage to the next.
    # "Đợt 1 diễn ra từ ngày 15 đến 30-6-2017": a verb of holding may come first.
    r"(?:\s*[:,]?\s+(?:(?:diễn ra|được tổ chức|được triển khai|tổ chức|triển khai)\s+)?"
    r"(?P<rest>(?:[Tt]ừ|[Tt]rong|[Vv]ào)\s[^;]+?)"
    r"(?=;|\.(?:\s|$)|$|\s+và\s+(?i:đợt|giai đoạn|bước)\s|,\s)"
    # "Giai đoạn 1 (từ tháng 9 đến tháng 12/2014) tiêm cho trẻ ...": the range in brackets.
    r"|\s*\((?P<paren>[^()]{4,80})\)(?P<after>[^;.]*))"
)


def _stage_range(text: str) -> tuple[PartialDate | None, PartialDate | None] | None:
    """A stage's range ("từ ... đến ..."), or the one month or quarter it is held in
    ("trong Quý II/2026", "vào tháng 11/2026")."""
    rng = find_range(text)
    if rng is not None and rng[0] is not None:
        return rng[0], rng[1]
    hits = find_dates(text)
    if rng is None and len(hits) == 1 and hits[0].start <= 12:
        return hits[0].date, hits[0].date
    return None


def _inline_phases(ctx: Context, phases: dict[str, Phase]) -> None:
    """Phases a sentence names with their ranges (see _INLINE_PHASE): two or more of them,
    as a sentence lists the stages of a plan."""
    for node in ctx.nodes():
        found = [
            (m, rng)
            for m in _INLINE_PHASE.finditer(node.text)
            if (rng := _stage_range(m.group("rest") or m.group("paren"))) is not None
        ]
        if len(found) < 2:
            continue
        for m, rng in found:
            label = " ".join(m.group("label").split())
            label = label[0].upper() + label[1:]
            if fold(label) in phases:
                continue
            k = node.line.text.find(m.group())
            phases[fold(label)] = Phase(
                label=label,
                start=rng[0],
                end=rng[1],
                text=(m.group("rest") or m.group("after")).strip(" ,:"),
                span=node.line.span(k, k + len(m.group())) if k >= 0 else node.content_span(),
            )


def extract_phases(ctx: Context) -> list[Phase]:
    """Every labelled phase, once each, with its dates or its condition (``Khi ...``)."""
    phases: dict[str, Phase] = {}
    nodes = ctx.nodes()
    for i, node in enumerate(nodes):
        # "| Đợt 1 | Tháng 5/2024 | ...": a row of a stages table in a Markdown copy.
        text = node.text.lstrip("| ")
        m = _PHASE.match(text) or _NAMED_PHASE.match(text)
        if not m:
            continue
        label = " ".join(m.group("label").split())
        label = label[0].upper() + label[1:]
        key = fold(label)
        if key in phases:
            continue
        rest = m.group("rest").strip()
        if _OPEN_RANGE.search(rest) and i + 1 < len(nodes) and nodes[i + 1].kind is Tok.TEXT:
            # "Giai đoạn 1 Từ tháng 6/2021 đến" / "tháng 9/2021": a table cell wrapped.
            rest = f"{rest} {nodes[i + 1].text}"
        # "Từ ngày 10/02/2024 (mùng 1 Tết) đến hết ngày 29/02/2024": a remark in brackets
        # inside the range is not part of it.
        rng = find_range(m.groupdict().get("years") or _REMARK.sub(_dateless, rest))
        if (
            m.re is _NAMED_PHASE
            and (rng is None or rng[0] is None)
            and not rest.lower().startswith(_CONDITIONS)
        ):
            continue  # "Giai đoạn này ...": a named stage only with its range or condition
        start = end = None
        if rng:
            start, end = rng[0], rng[1]
            lead = rest[: rng[2]]
            if start is None and _WITHIN.search(lead) and not _SPANNING.search(lead):
                start = end  # "dự kiến trong tháng 7/2020": within that month
        else:
            hits = find_dates(rest)
            lead = rest[: hits[0].start] if hits else ""
            if hits and (
                hits[0].start <= 5
                or _DAY_LEAD.match(lead)
                or _BRACKET_LEAD.match(lead)
                or _NAMED_LEAD.match(lead)
            ):
                start = end = hits[0].date  # "Giai đoạn 2: Quý IV/2025": within that quarter
        if start is None and end is None:
            # "a) Đợt 1: Hội nghị ..." over "- Thời gian: ngày 20/4/2021": the phase's own
            # time field dates it.
            start, end = _time_field(node)
        condition = None
        if rest.lower().startswith(_CONDITIONS):
            condition = regex.split(r"\s*\(|[.;]\s", rest, maxsplit=1)[0].strip(" .;")
        elif rng is None and not rest:
            continue
        phases[key] = Phase(
            label=label,
            start=start,
            end=end,
            condition=condition,
            text=rest,
            span=node.content_span(),
        )
    # Phases a sentence lists, or a phase item with the next run into it: those not found.
    _inline_phases(ctx, phases)
    return sorted(phases.values(), key=lambda p: p.span.start if p.span else 0)


_TIME_FIELD = regex.compile(rf"^{TIME_LABEL}(?:\s+\p{{Ll}}+){{0,3}}\s*:\s*(?P<v>.+)$")


def _time_field(node: Node) -> tuple[PartialDate | None, PartialDate | None]:
    """The dates of a ``Thời gian: ...`` line among ``node``'s own items."""
    for c in node.children:
        m = _TIME_FIELD.match(c.text)
        if m is None:
            continue
        rng = _range_of(m.group("v"))
        if rng:
            return rng
        hits = find_dates(m.group("v"))
        if len(hits) == 1:
            return hits[0].date, hits[0].date
    return None, None


def _with_depth(
    nodes: list[Node], depth: int, path: tuple[int, ...] = ()
) -> Iterator[tuple[Node, int, tuple[int, ...]]]:
    """Each node with its depth and the ids of the nodes above it."""
    for n in nodes:
        yield n, depth, path
        yield from _with_depth(n.children, depth + 1, (*path, id(n)))


def _one_day(text: str) -> PartialDate | None:
    """The one date a time line gives ("13h30’ ngày 07/7/2026", "năm 2026, chia làm hai
    đợt"): the plan runs within it."""
    hits = find_dates(text)
    lead = _SECTION_TIME.sub("", text[: hits[0].start]) if len(hits) == 1 else ""
    if len(hits) == 1 and _DAY_LEAD.match(lead):
        return hits[0].date
    return None


_PERIOD_IN_TEXT = regex.compile(
    r"(?<=[.;]\s)Thời gian (?:thực hiện|triển khai)(?:\s+(?:của\s+)?[Kk]ế hoạch)?\s*:"
)
_PLAN_TIME = regex.compile(
    r"(?i)thời gian thực hiện kế hoạch|kế hoạch (?:được )?(?:triển khai|thực hiện) từ"
)


def _range_of(text: str) -> tuple[PartialDate | None, PartialDate | None] | None:
    rng = find_range(text)
    if not (rng and (rng[0] or rng[1])):
        return None
    start, end = rng[0], rng[1]
    # "từ tháng 9/2021 đến hết năm học 2021 - 2022 (tháng 5/2022)": the school year's
    # years, said more exactly by the month before them and the one in brackets after.
    before = _FROM_DATE.search(text, 0, rng[2])
    if before and start and start.month is None:
        d = find_dates(before.group("d"))
        if d and d[0].date.year == start.year:
            start = d[0].date
    after = _BRACKET_DATE.match(text, rng[3])
    if after and end and end.month is None:
        d = find_dates(after.group("d"))
        if d and d[0].date.year == end.year:
            end = d[0].date
    return start, end


_FROM_DATE = regex.compile(r"(?:^|\s)[Tt]ừ\s+(?P<d>(?:tháng|ngày)\s+[\d/\s]{3,12})\s+đến\b")
_BRACKET_DATE = regex.compile(r"\s*\(\s*(?P<d>(?:tháng|ngày)\s*[\d/]{3,12})\s*\)")


def _step_dates(text: str) -> tuple[PartialDate | None, PartialDate | None] | None:
    """The dates of one step of a schedule: its range, or the one day it opens with."""
    r = _range_of(text)
    if r is None:
        hits = find_dates(text)
        if hits and hits[0].start < 20:
            return hits[0].date, hits[0].date
    return r


def _schedule_span(node: Node, period: Period) -> None:
    """A time section listing dated steps ("- Từ ngày 04/02/2026: ...", "- Từ ngày 05/02 -
    08/02/2026: ...", "- Ngày 25/3/2026: ...") runs from its first step to the end of its last:
    the first item alone gives only the start."""
    ranges = [
        r
        for c in node.children
        if c.text and not _PHASE.match(c.text) and (r := _step_dates(c.text)) is not None
    ]
    if len(ranges) < 2:
        return
    days = [d for r in ranges for d in r if d is not None]
    period.start = min(days, key=date_key)
    period.end = max(days, key=lambda d: date_key(d, end=True))


def extract_period(
    ctx: Context, title: str | None, phases: list[Phase], issued: PartialDate | None = None
) -> Period | None:
    """The whole period: a ``Thời gian thực hiện`` line (preferably in a section about time),
    else the title (``giai đoạn 2021 - 2025``, ``năm 2025``), else the span of the phases."""
    lines: list[Period] = []
    time_lines: list[tuple[int, ...]] = []  # the path to each time line, dated or not
    paths: list[tuple[int, ...]] = []  # the path to each dated one, in ``lines``
    for node, depth, path in _with_depth(ctx.tree, 0):
        parent_time = False
        if (
            node.kind is not Tok.TEXT
            and node.title
            and fold(node.title).startswith(PERIOD_HEADINGS)
        ):
            parent_time = True
            texts = [node.inline] + [c.text for c in node.children[:2]]
            # "Thời gian thực hiện Kế hoạch: ..." under "II. CHỦ ĐỀ, THỜI GIAN": the plan's
            # own time, before the dates of its event ("Tháng hành động ... từ ngày ...").
            own = [
                t[m.start() :]
                for t in (node.inline, *(c.text for c in node.children[:6]))
                if t and (m := _PLAN_TIME.search(t)) is not None
            ]
            texts = own[:1] + texts
        elif _PERIOD_LINE.match(node.text):
            texts = [node.text]
        elif (inside := _PERIOD_IN_TEXT.search(node.text)) is not None:
            # "... sản lượng dự kiến 4.464 tấn. Thời gian thực hiện kế hoạch: từ tháng 11/2014
            # đến hết tháng 3/2015.": the plan's time told at the end of a paragraph.
            texts = [node.text[inside.start() :]]
        else:
            continue
        if not (parent_time and depth <= 1):
            time_lines.append(path)
        for t in texts:
            if t and _PHASE.match(t):
                continue  # a phase's dates are not the whole period
            r = _range_of(t) if t else None
            if r is None and parent_time and t:
                day = _one_day(t)  # "Thời gian kiểm tra: 13h30’ ngày 07/7/2026"
                r = (day, day) if day else None
            if r:
                period = Period(start=r[0], end=r[1], span=node.content_span())
                if parent_time and depth <= 1:
                    # "IV. THỜI GIAN THỰC HIỆN" / "1. Thời gian: ..."; "trước ngày 31/12" ends
                    # a plan whose phases say when it starts.
                    starts = [p.start for p in phases if p.start]
                    if period.start is None and starts:
                        period.start = min(starts, key=date_key)
                    # "1. Thời gian kiểm tra: từ ngày 19/12 đến ngày 24/12/2022" states the
                    # time whole; only steps or a start alone span the section's list.
                    whole = bool(_TIME_FIELD.match(t)) and r[0] is not None and r[1] is not None
                    if t is not node.inline and not whole:
                        _schedule_span(node, period)
                    return period
                lines.append(period)
                paths.append(path)
                break
    # One "Thời gian thực hiện: ..." line dates the plan; several (dated or not) date its
    # activities, unless one stands above all the others ("Thời gian thực hiện: tháng 4
    # và tháng 5" over each round's "- Thời gian: ngày 20/4").
    if lines and time_lines:
        # The line above all others: the others lie inside the section that holds it.
        k = min(range(len(time_lines)), key=lambda j: len(time_lines[j]))
        top = time_lines[k]
        others = time_lines[:k] + time_lines[k + 1 :]
        if all(len(t) > len(top) and t[: len(top)] == top for t in others):
            # The dated lines are a subsequence of the time lines: the top one is dated
            # when as many dated lines lie on its path at its depth.
            at_top = [p for p, t in zip(lines, paths, strict=True) if t == top]
            if len(at_top) == 1:
                return at_top[0]
    # A title's range ("giai đoạn 2024 - 2026") is the period its phases divide; a phase
    # span is the period only where the title names none (or a single year).
    ranged = _title_period(title, issued)
    if ranged is not None and ranged.start and ranged.end and _STAGE_IN_TITLE.search(title or ""):
        return ranged
    # "Kế hoạch ... năm 2025" whose waves run May to September is the plan of 2025: a year
    # the title names is the period, unless a phase runs outside it.
    span = _phases_span(phases)
    if ranged is not None and ranged.start and ranged.start == ranged.end and span is not None:
        y = ranged.start.year
        if all(d.year == y for p in phases for d in (p.start, p.end) if d is not None):
            return ranged
    return span or ranged


def encloses(period: Period, phases: list[Phase]) -> bool:
    """Whether every dated phase lies inside ``period`` (a month or year end counts whole)."""
    lo = date_key(period.start) if period.start else (0, 0, 0)
    hi = date_key(period.end, end=True) if period.end else (9999, 12, 31)
    days = [d for p in phases for d in (p.start, p.end) if d is not None]
    return all(lo <= date_key(d) and date_key(d, end=True) <= hi for d in days)


def _phases_span(phases: list[Phase]) -> Period | None:
    """The span of the phases, open-ended when the last one ends on an event."""
    starts = [p.start for p in phases if p.start]
    ends = [p.end for p in phases if p.end]
    if starts and ends:
        latest_end = max(ends, key=lambda d: date_key(d, end=True))
        open_ended = [p.start for p in phases if p.start and p.end is None]
        # "Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử": when the last phase ends on an event,
        # so does the plan.
        if any(date_key(d) >= date_key(latest_end, end=True) for d in open_ended):
            return Period(start=min(starts, key=date_key), end=None)
        return Period(start=min(starts, key=date_key), end=latest_end)
    return None


def _anniversary(title: str, m: regex.Match[str]) -> bool:
    """ "kỷ niệm 80 năm Ngày thành lập (1945 - 2025)": the years an anniversary counts, not
    the plan's period."""
    years = int(m.group("b")) - int(m.group("a"))
    return regex.search(rf"(?<!\d){years}\s+(?:năm|NĂM)\b", title[: m.start()]) is not None


def _title_period(title: str | None, issued: PartialDate | None) -> Period | None:
    """The period a title names (``giai đoạn 2021 - 2025``, ``đến năm 2030``, ``năm 2025``)."""
    if title:
        m = next((r for r in _TITLE_RANGE.finditer(title) if not _anniversary(title, r)), None)
        if m:
            return Period(
                start=PartialDate(year=int(m.group("a"))), end=PartialDate(year=int(m.group("b")))
            )
        m = _TITLE_UNTIL.search(title)
        if m:
            return Period(end=PartialDate(year=int(m.group("y"))))
        for m in _TITLE_YEAR.finditer(title):
            # "... thực hiện Luật Tiếp cận thông tin năm 2016" (a plan of 2026): that year
            # dates the law, not the plan.
            if issued is not None and int(m.group("y")) < issued.year:
                continue
            y = PartialDate(year=int(m.group("y")))
            return Period(start=y, end=y)
    return None


def date_key(d: PartialDate, *, end: bool = False) -> tuple[int, int, int]:
    """Chronological order of partial dates: by their first day, or with ``end`` by their last
    (``2025-Q4`` ends after ``2025-10``)."""
    if end:
        month = d.month or (d.quarter * 3 if d.quarter else 12)
        return d.year, month, d.day or 31
    month = d.month or ((d.quarter - 1) * 3 + 1 if d.quarter else 1)
    return d.year, month, d.day or 1


_SECTION_TIME = regex.compile(
    r"^(?:Thời gian|Thời hạn|Tiến độ)\s*(?:thực hiện|hoàn thành|triển khai|tổ chức)?\s*[:.]?",
    regex.IGNORECASE,
)


def attach_section_periods(sections: list[Section]) -> None:
    """Give each section the period its own "Thời gian thực hiện ..." line states."""
    for s in sections:
        texts = [s.text] if s.title and _SECTION_TIME.match(s.title) else []
        texts += [
            c.text
            for c in s.children
            if c.kind in ("paragraph", "dash", "plus") and _SECTION_TIME.match(c.text)
        ]
        for t in texts:
            r = find_range(t)
            if r and (r[0] or r[1]):
                s.period = Period(start=r[0], end=r[1])
                break
            hits = find_dates(t)
            if hits:
                # "Thời gian thực hiện: Quý III/2025": done within that time;
                # "Thời hạn hoàn thành: ...": by then.
                d = hits[0].date
                done_by = regex.search(r"hoàn thành|thời hạn", t, regex.IGNORECASE)
                s.period = Period(start=None if done_by else d, end=d)
                break
        attach_section_periods(s.children)


def _in_months(d: PartialDate | None, *, end: bool) -> PartialDate | None:
    """A quarter as its first month (or, at an end, its last)."""
    if d is None or d.quarter is None:
        return d
    return PartialDate(year=d.year, month=d.quarter * 3 if end else d.quarter * 3 - 2)


def spell_quarters(phases: list[Phase], period: Period | None) -> tuple[list[Phase], Period | None]:
    """Phases and the period with each quarter spelled as months: "Đợt 2: Quý IV/2022" runs
    from ``2022-10`` to ``2022-12``. The JSON contract's dates are partial ISO dates, which
    have no quarters, and every annotator writes a quarter so (a task's deadline keeps its
    quarter: it names the quarter, not a span)."""
    out = [
        p.model_copy(
            update={"start": _in_months(p.start, end=False), "end": _in_months(p.end, end=True)}
        )
        for p in phases
    ]
    if period is not None:
        period = period.model_copy(
            update={
                "start": _in_months(period.start, end=False),
                "end": _in_months(period.end, end=True),
            }
        )
    return out, period
