"""Vocabularies: the data the parser knows about Vietnamese official documents.

Everything the code matches by word lives here, so that adding a document type, a unit head or
a signing prefix is a one-line change in the module of its concern:

- ``vnplan.vocab.documents``: document types and codes, cited types, the motto, header marks;
- ``vnplan.vocab.signatures``: signing prefixes, positions, ranks, surnames;
- ``vnplan.vocab.headings``: section heading keywords, body formulas, task-table headers;
- ``vnplan.vocab.units``: unit heads, prefixes, administrative levels, abbreviations;
- ``vnplan.vocab.assignments``: lead markers and the verbs of assigning sentences;
- ``vnplan.vocab.budget``, ``vnplan.vocab.time``, ``vnplan.vocab.layout``.

Sources: Decree 30/2020/NĐ-CP (Appendix III: types and codes; Appendix I: signing prefixes),
Party guide 36-HD/VPTW (2018) and its 2026 successors 399-QĐ/TW and 05-HD/VPTW (Party types,
``T/M``-style prefixes, ``Số 05-KH/TU``). Every entry is written as normalised text reads (NFC,
``hòa``/``ủy`` tone placement), once per list, and used somewhere: ``tests/test_vocab.py``.
Every name stays importable from ``vnplan.vocab``.
"""

from __future__ import annotations

from collections.abc import Iterable

from vnplan.vocab.assignments import (
    COORDINATION_STOPS,
    GIAO_VERBS,
    LEAD_ADVERBS,
    LEAD_MARKERS,
    PERFORMER_VERBS,
    RECURRENCES,
)
from vnplan.vocab.budget import (
    ALLOTTED_RESOURCES,
    FUNDING_SOURCES,
    MONEY_SCALES,
)
from vnplan.vocab.documents import (
    ACRONYM_SKIPPED_WORDS,
    CITED_TYPES,
    DOC_TYPES,
    DOCUMENT_MARKS,
    JOINT_TYPE_CODES,
    LAW_NAME_STOPS,
    MOTTO_LINES,
    ORG_ABBREVIATIONS,
    SUPERIOR_BODIES,
)
from vnplan.vocab.headings import (
    ASSIGNMENT_HEADINGS,
    BODY_CLOSING_FORMULAS,
    BODY_OPENERS,
    BUDGET_HEADINGS,
    PERIOD_HEADINGS,
    PLAN_SELF_REFERENCES,
    PURPOSE_HEADINGS,
    REQUIREMENT_HEADINGS,
    ROW_NUMBER_HEADERS,
    SECTION_CLOSING_FORMULAS,
    TASK_TABLE_AGENT_NOUNS,
    TASK_TABLE_AGENT_VERBS,
    TASK_TABLE_COLUMNS,
    TASK_TABLE_HEADER_PATTERN,
    TASK_TABLE_HEADER_WORDS,
    TASK_TABLE_LEAD_HINTS,
    TOPIC_HEADS,
)
from vnplan.vocab.layout import (
    CLAUSE_ENDS,
    DANGLING_WORDS,
    PAGE_METADATA_LABELS,
    WEB_DEBRIS,
    WEB_DOC_LABELS,
    WEB_FOOTER,
    WEB_FURNITURE,
    WEB_FURNITURE_SUFFIXES,
    WEEKDAYS,
)
from vnplan.vocab.signatures import (
    AUTHORITY_PREFIXES,
    BARE_AUTHORITY_PREFIXES,
    POSITION_HEADS,
    POSITION_MODIFIERS,
    RANKS,
    SIGNATURE_NOISE,
    SURNAMES,
)
from vnplan.vocab.time import (
    NUMBER_WORDS,
    PHASE_LABELS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    ROMAN_QUARTERS,
    RUN_VERBS,
    TERM_WORDS,
)
from vnplan.vocab.units import (
    ADMIN_LEVELS,
    AMBIGUOUS_UNIT_HEADS,
    CLAUSE_WORDS,
    COLLECTIVE_ONLY_HEADS,
    ENTERPRISE_FORMS,
    FUNCTION_NAMED_HEADS,
    GRASSROOTS_LEVELS,
    LEVEL_LIST_CONTINUATIONS,
    LEVEL_WORDS,
    NAME_CONTINUATIONS,
    NAME_END_WORDS,
    NAME_LOWER_CONTINUATIONS,
    NAMED_LATER_HEADS,
    OPEN_NAME_HEADS,
    ORGANISATION_KINDS,
    REQUEST_PREFIXES,
    ROLE_HEADS,
    SCOPE_NOUNS,
    SECTOR_ABBREVIATIONS,
    SENTENCE_PREFIXES,
    SHARED_OFFICE_BODIES,
    TASK_VERBS,
    UNIT_HEADING_PREFIXES,
    UNIT_HEADS,
    UNIT_LEVEL_QUALIFIERS,
    UNIT_NAME_STOPS,
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that the longest one wins."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


__all__ = [
    "ACRONYM_SKIPPED_WORDS",
    "ADMIN_LEVELS",
    "ALLOTTED_RESOURCES",
    "AMBIGUOUS_UNIT_HEADS",
    "ASSIGNMENT_HEADINGS",
    "AUTHORITY_PREFIXES",
    "BARE_AUTHORITY_PREFIXES",
    "BODY_CLOSING_FORMULAS",
    "BODY_OPENERS",
    "BUDGET_HEADINGS",
    "CITED_TYPES",
    "CLAUSE_ENDS",
    "CLAUSE_WORDS",
    "COLLECTIVE_ONLY_HEADS",
    "COORDINATION_STOPS",
    "DANGLING_WORDS",
    "DOCUMENT_MARKS",
    "DOC_TYPES",
    "ENTERPRISE_FORMS",
    "FUNCTION_NAMED_HEADS",
    "FUNDING_SOURCES",
    "GIAO_VERBS",
    "GRASSROOTS_LEVELS",
    "JOINT_TYPE_CODES",
    "LAW_NAME_STOPS",
    "LEAD_ADVERBS",
    "LEAD_MARKERS",
    "LEVEL_LIST_CONTINUATIONS",
    "LEVEL_WORDS",
    "MONEY_SCALES",
    "MOTTO_LINES",
    "NAMED_LATER_HEADS",
    "NAME_CONTINUATIONS",
    "NAME_END_WORDS",
    "NAME_LOWER_CONTINUATIONS",
    "NUMBER_WORDS",
    "OPEN_NAME_HEADS",
    "ORGANISATION_KINDS",
    "ORG_ABBREVIATIONS",
    "PAGE_METADATA_LABELS",
    "PERFORMER_VERBS",
    "PERIOD_HEADINGS",
    "PHASE_LABELS",
    "PLAN_SELF_REFERENCES",
    "POSITION_HEADS",
    "POSITION_MODIFIERS",
    "PURPOSE_HEADINGS",
    "RANGE_JOINERS",
    "RANGE_OPENERS",
    "RANKS",
    "RECURRENCES",
    "REQUEST_PREFIXES",
    "REQUIREMENT_HEADINGS",
    "ROLE_HEADS",
    "ROMAN_QUARTERS",
    "ROW_NUMBER_HEADERS",
    "RUN_VERBS",
    "SCOPE_NOUNS",
    "SECTION_CLOSING_FORMULAS",
    "SECTOR_ABBREVIATIONS",
    "SENTENCE_PREFIXES",
    "SHARED_OFFICE_BODIES",
    "SIGNATURE_NOISE",
    "SUPERIOR_BODIES",
    "SURNAMES",
    "TASK_TABLE_AGENT_NOUNS",
    "TASK_TABLE_AGENT_VERBS",
    "TASK_TABLE_COLUMNS",
    "TASK_TABLE_HEADER_PATTERN",
    "TASK_TABLE_HEADER_WORDS",
    "TASK_TABLE_LEAD_HINTS",
    "TASK_VERBS",
    "TERM_WORDS",
    "TOPIC_HEADS",
    "UNIT_HEADING_PREFIXES",
    "UNIT_HEADS",
    "UNIT_LEVEL_QUALIFIERS",
    "UNIT_NAME_STOPS",
    "WEB_DEBRIS",
    "WEB_DOC_LABELS",
    "WEB_FOOTER",
    "WEB_FURNITURE",
    "WEB_FURNITURE_SUFFIXES",
    "WEEKDAYS",
    "alternation",
]
