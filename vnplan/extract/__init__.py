"""Extractors: pure functions that read fields off a document's zones and section tree."""

from __future__ import annotations

from typing import Literal

from vnplan.extract.abbreviations import extract_abbreviations
from vnplan.extract.assignments import extract_assignments
from vnplan.extract.budget import extract_budget
from vnplan.extract.closing import extract_closing
from vnplan.extract.context import Context
from vnplan.extract.dates import find_dates
from vnplan.extract.header import HeaderFacts, extract_header, issuer_from_title
from vnplan.extract.headerless import headerless_title, is_headerless_plan
from vnplan.extract.lexicon import settle_names
from vnplan.extract.news import NewsFacts, extract_news
from vnplan.extract.objectives import extract_objectives
from vnplan.extract.page_meta import reconcile
from vnplan.extract.references import extract_citations, extract_references, opening_lines
from vnplan.extract.sections import top_sections
from vnplan.extract.sentences import extract_sentence_tasks
from vnplan.extract.timeline import (
    attach_section_periods,
    encloses,
    extract_period,
    extract_phases,
    spell_quarters,
)
from vnplan.extract.units import unit_registry
from vnplan.grammar.tree import build_tree, to_section
from vnplan.grammar.zones import split_zones
from vnplan.models import (
    Abbreviation,
    Assignment,
    Item,
    Period,
    Phase,
    Plan,
    Reference,
    Signatory,
    Span,
)
from vnplan.patterns import PLAN_MENTION, SIGNING_DATE
from vnplan.text.lines import Line
from vnplan.text.normalize import fold


def _prose_above(ctx: Context) -> bool:
    return any(len(ln.text.split()) > 14 for ln in ctx.zones.header)


def _kind(ctx: Context, header: HeaderFacts, *, signed: bool) -> Literal["plan", "news"]:
    """What the document is: a plan (with a header, or printed with none) or a text about
    one. Settles the document type and, for a headerless plan, its title. ``signed``: the
    text ends in a signature block, as a plan copied whole under a cover note does and an
    article quoting one does not."""
    number, doc_type = header.number, header.doc_type
    # No header at all, and a document-type line that is not a plan's ("THÔNG BÁO" over
    # "Kế hoạch tổ chức ..."), or none: the text may still be a plan of its own.
    bare = doc_type is None or (
        not doc_type.startswith("KẾ HOẠCH") and not ctx.zones.header and number is None
    )
    if bare and is_headerless_plan(ctx):
        if doc_type is not None:
            header.title = None
        # A plan printed with no header of its own (a school's or university's notice): the
        # plan itself, its issuer taken from the text.
        header.doc_type = "KẾ HOẠCH"
        ctx.warn("header_missing", "no header (issuer, number, date): the text is the plan")
        if not header.title:
            header.title, title_span = headerless_title(ctx)
            if title_span is not None:
                header.spans["title"] = title_span
        return "plan"
    if doc_type is None:
        if PLAN_MENTION.search(ctx.text):
            header.doc_type = "KẾ HOẠCH"
            ctx.warn("not_a_plan_layout", "no document-type line: read as a text about a plan")
            return "news"
        ctx.warn("doc_type_missing", "no document-type line (KẾ HOẠCH) found")
    elif number is None and header.date is None and _prose_above(ctx) and not signed:
        # A web page that quotes a plan: prose, not an issuer block, above "KẾ HOẠCH".
        ctx.warn("quoted_plan", "the plan is quoted inside another text (no header of its own)")
        return "news"
    elif not header.title:
        ctx.warn("title_missing", "no title under the document-type line")
    return "plan"


def _closing_date(ctx: Context, header: HeaderFacts) -> None:
    """A plan whose header prints no date (a headerless notice) may print it over the
    signature ("Ngày 08 tháng 01 năm 2025"): that is its date."""
    # Over the signature: first in the closing, or after the recipients when a copy put the
    # columns one after the other.
    for ln in ctx.zones.closing:
        m = SIGNING_DATE.match(ln.text.strip())
        hits = find_dates(ln.text) if m else []
        if hits and hits[0].date.day is not None:
            header.date = hits[0].date
            header.spans["date"] = ln.span()
            if m and m.group("place") and header.place is None:
                header.place = m.group("place").strip()
            ctx.warn("date_from_closing", f"the date over the signature: {ln.text.strip()!r}")
            return


def _news(
    ctx: Context,
    header: HeaderFacts,
    objectives: tuple[list[Item], list[Item]],
    phases: list[Phase],
) -> tuple[Period | None, NewsFacts]:
    """A text about a plan: the plan's number, date, issuer, title and goals as its prose
    gives them, over what the (quoting) layout gave; the period its prose states."""
    news = extract_news(ctx)
    if news.other_plan_at is not None:
        # What the report says after it turns to another plan is that plan's.
        phases[:] = [p for p in phases if not _after(p.span, news.other_plan_at)]
    printed_type = ctx.zones.doc_type is not None  # the header's own type line
    header.number = news.number or header.number
    header.date = news.date or header.date
    if news.issuer is not None:
        header.issuer = news.issuer
        ctx.warnings = [
            w for w in ctx.warnings if w.code not in ("issuer_inferred", "issuer_missing")
        ]
    if news.title and not (header.title and printed_type):
        header.title = news.title
        if news.title_span is not None:
            header.spans["title"] = news.title_span
    purposes, requirements = objectives
    if news.purposes and not purposes:
        purposes[:] = news.purposes
    if news.requirements and not requirements:
        requirements[:] = news.requirements
    if header.issuer is None:
        header.issuer = issuer_from_title(header.title)
    if news.period is not None and news.period_of_activities and not encloses(news.period, phases):
        # "Kỳ thi dự kiến diễn ra từ ngày 25 đến 27/6" after phases from February to June:
        # an event of the plan, not its period, which its phases then give.
        return None, news
    return news.period, news


def _repeats_header(sig: Signatory, header: HeaderFacts) -> bool:
    """A block with no name whose lines are the issuer's (the header of an attached plan's
    page printed beside the decision's signature): no signatory."""
    if sig.name or sig.authority or header.issuer is None:
        return False
    issuer = fold(" ".join(x for x in (header.issuer.parent, header.issuer.name) if x))
    lines = [x for x in (sig.on_behalf_of, sig.position) if x]
    # Its lines may wrap where the header's did not ("TRƯỜNG ĐẠI HỌC CÔNG" / "NGHIỆP ...").
    return bool(lines) and fold(" ".join(lines)) in issuer


def _not_co_issued(references: list[Reference], news: NewsFacts | None) -> list[Reference]:
    """A plan the report's own was issued with is not its basis."""
    if news is None or not news.co_issued:
        return references
    co = {fold(c).replace(" ", "") for c in news.co_issued}
    return [r for r in references if fold(r.raw).replace(" ", "") not in co]


def _after(span: Span | None, at: int) -> bool:
    return span is not None and span.start >= at


def _own_part(assignments: list[Assignment], at: int) -> list[Assignment]:
    """The assignments of a report's own plan: tasks told before it turns to another plan."""
    out = []
    for a in assignments:
        a.tasks = [t for t in a.tasks if not _after(t.span, at)]
        if a.tasks:
            out.append(a)
    return out


def _not_codes(
    abbreviations: list[Abbreviation], assignments: list[Assignment]
) -> list[Abbreviation]:
    """ "2. Phòng Hành chính - Nhân sự (HCNS)": the short form a unit's heading gives is its
    code (``Unit.code``), not an abbreviation the plan defines."""
    codes = {a.unit.code for a in assignments if a.unit.code}
    return [a for a in abbreviations if a.short not in codes]


def extract_plan(
    text: str, lines: list[Line], *, source: str | None = None, source_format: str | None = None
) -> Plan:
    """Run every extractor over one document's cleaned lines."""
    ctx = Context(text=text, zones=split_zones(lines))
    ctx.tree = build_tree(ctx.zones.body, ctx.warn)
    header = extract_header(ctx)
    purposes, requirements = extract_objectives(ctx)
    phases = extract_phases(ctx)
    recipients, signatories = extract_closing(ctx)
    signatories = [sig for sig in signatories if not _repeats_header(sig, header)]
    ctx.appendix_tree = build_tree(ctx.zones.appendix, lambda *a: None)
    kind = _kind(ctx, header, signed=bool(signatories))
    if kind == "plan" and header.date is None:
        _closing_date(ctx, header)
    if not ctx.tree:
        ctx.warn("sections_missing", "no sections found in the body")
    stated, news = (
        _news(ctx, header, (purposes, requirements), phases) if kind == "news" else (None, None)
    )
    cut = news.other_plan_at if news is not None else None
    if ctx.zones.chrome and kind == "plan":
        header.number, header.date = reconcile(
            ctx,
            header.number,
            header.date,
            signatories,
            number_seen=header.saw_number,
            date_seen=header.saw_date,
        )
    number, title = header.number, header.title
    assignments = settle_names(
        extract_sentence_tasks(ctx, extract_assignments(ctx)),
        [r.text for r in recipients if not r.archive],
    )
    if cut is not None:
        assignments = _own_part(assignments, cut)
    sections = [to_section(n) for n in ctx.tree]
    attach_section_periods(sections)
    phases, period = spell_quarters(
        phases, stated or extract_period(ctx, title, phases, header.date)
    )
    return Plan(
        source=source,
        source_format=source_format,
        kind=kind,
        doc_type=header.doc_type,
        number=number,
        issuer=header.issuer,
        place=header.place,
        date=header.date,
        title=title,
        period=period,
        purposes=purposes,
        requirements=requirements,
        assignments=assignments,
        phases=phases,
        budget=extract_budget(ctx),
        recipients=recipients,
        signatories=signatories,
        references=_not_co_issued(
            extract_references(
                ctx,
                number.raw if number else None,
                [
                    ln
                    for ln in opening_lines(ctx, news=kind == "news")
                    if cut is None or ln.start < cut
                ],
            ),
            news,
        ),
        citations=extract_citations(ctx, number.raw if number else None),
        abbreviations=_not_codes(extract_abbreviations(ctx), assignments),
        top_sections=top_sections(ctx.tree, numbered_only=kind == "news"),
        units=unit_registry(assignments),
        sections=sections,
        preamble=[to_section(n) for n in build_tree(ctx.zones.preamble, lambda *a: None)],
        appendices=[to_section(n) for n in ctx.appendix_tree],
        spans=dict(header.spans),
        warnings=ctx.warnings,
        text=text,
    )


__all__ = ["extract_plan"]
