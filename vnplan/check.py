"""Conformance of a plan's layout with Decree 30/2020/NĐ-CP (state bodies) and the Party's
guide 36-HD/VPTW (and its 2026 successors 399-QĐ/TW, 05-HD/VPTW).

Each ``Finding`` has a stable code, a severity (``error`` or ``warning``), the span it is
about (or none, for something missing), and a message in Vietnamese and in English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import regex

from vnplan.catalogue import FINDINGS, Severity
from vnplan.models import Plan, Signatory, Span
from vnplan.patterns import (
    PARTY_HEADING,
    PARTY_NUMBER_RAW,
    QUOC_HIEU,
    STATE_NUMBER_RAW,
    TIEU_NGU,
    TIEU_NGU_LOOSE,
)
from vnplan.vocab import DOC_TYPES

_DEPUTY = regex.compile(r"^(?:PHÓ|THỨ TRƯỞNG|PHÓ\s)", regex.I)


@dataclass(frozen=True)
class Finding:
    """One conformance finding."""

    code: str
    severity: str
    message_vi: str
    message_en: str
    span: Span | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message_vi": self.message_vi,
            "message_en": self.message_en,
            "span": None if self.span is None else self.span.model_dump(),
        }


def is_party(plan: Plan) -> bool:
    """A Party document: Party-style number, or ĐẢNG CỘNG SẢN VIỆT NAM in the header."""
    if plan.number is not None and plan.number.style == "party":
        return True
    return bool(PARTY_HEADING.search(_header_text(plan)))


def _header_text(plan: Plan) -> str:
    end = plan.spans["doc_type"].start if "doc_type" in plan.spans else min(len(plan.text), 1500)
    return plan.text[:end]


def _finding(
    key: str, span: Span | None = None, *, severity: Severity | None = None, **values: object
) -> Finding:
    """The catalogue's finding ``key`` (``CODE`` or ``CODE.case``), its messages filled in."""
    e = FINDINGS[key]
    return Finding(
        e.code, severity or e.severity, e.vi.format(**values), e.en.format(**values), span
    )


@dataclass(frozen=True)
class _Facts:
    """What every rule may ask about the plan besides the plan itself."""

    party: bool
    header: str
    codes: frozenset[str]
    today: dt.date


Rule = Callable[[Plan, _Facts], list[Finding]]


def _motto(plan: Plan, f: _Facts) -> list[Finding]:
    if f.party:
        return [] if PARTY_HEADING.search(f.header) else [_finding("PARTY_HEADING_MISSING")]
    has_state = bool(QUOC_HIEU.search(f.header))
    has_slogan = bool(TIEU_NGU.search(f.header))
    if not has_state and not has_slogan:
        return [_finding("MOTTO_MISSING")]
    if not has_state:
        return [_finding("MOTTO_MALFORMED.quoc_hieu")]
    if not has_slogan:
        loose = TIEU_NGU_LOOSE.search(f.header)
        return [_finding("MOTTO_MALFORMED.tieu_ngu", severity="warning" if loose else "error")]
    return []


def _issuer(plan: Plan, f: _Facts) -> list[Finding]:
    if plan.issuer is None:
        return [_finding("ISSUER_MISSING")]
    if plan.issuer.inferred:
        return [_finding("ISSUER_NOT_IN_HEADER", plan.issuer.span)]
    return []


def _number(plan: Plan, f: _Facts) -> list[Finding]:
    if plan.number is None:
        if "number_unreadable" in f.codes:
            return [_finding("NUMBER_MALFORMED.unreadable")]
        if "number_blank" in f.codes:
            return [_finding("NUMBER_BLANK")]
        return [_finding("NUMBER_MISSING")]
    out: list[Finding] = []
    num = plan.number
    pattern = PARTY_NUMBER_RAW if f.party else STATE_NUMBER_RAW
    if not pattern.match(num.raw):
        form = "Số 05-KH/TU" if f.party else "Số: 563/KH-BCA-C11"
        out.append(_finding("NUMBER_MALFORMED", num.span, raw=num.raw, form=form))
    expected = DOC_TYPES.get(plan.doc_type or "")
    if (
        expected
        and num.type_code
        and num.type_code.upper() != expected.upper()
        and "plan_attached" not in f.codes
    ):
        out.append(
            _finding(
                "TYPE_CODE_MISMATCH",
                num.span,
                type_code=num.type_code,
                doc_type=plan.doc_type,
                expected=expected,
            )
        )
    return out


def _place_and_date(plan: Plan, f: _Facts) -> list[Finding]:
    out = [] if plan.place is not None else [_finding("PLACE_MISSING")]
    d = plan.date
    if d is None:
        out.append(_finding("DATE_BLANK" if "date_blank" in f.codes else "DATE_MISSING"))
        return out
    if d.day is None:
        out.append(_finding("DATE_INCOMPLETE", plan.spans.get("date"), date=d))
    if dt.date(d.year, d.month or 1, d.day or 1) > f.today:
        out.append(_finding("DATE_IN_FUTURE", plan.spans.get("date"), date=d))
    return out


def _type_and_title(plan: Plan, f: _Facts) -> list[Finding]:
    out = [] if plan.doc_type else [_finding("DOC_TYPE_MISSING")]
    if not plan.title:
        out.append(_finding("TITLE_MISSING"))
    return out


def _recipients(plan: Plan, f: _Facts) -> list[Finding]:
    if not plan.recipients:
        return [_finding("RECIPIENTS_MISSING")]
    if not any(r.archive for r in plan.recipients):
        return [_finding("ARCHIVE_MISSING", plan.recipients[-1].span)]
    return []


def _signer(s: Signatory, party: bool) -> list[Finding]:
    out: list[Finding] = []
    if not s.name:
        out.append(_finding("SIGNER_NAME_MISSING", s.span))
    if not s.position and not s.authority:
        out.append(_finding("SIGNER_POSITION_MISSING", s.span))
    auth = (s.authority or "").replace("/", "").rstrip(".").upper()
    pos = (s.position or "").upper()
    if auth in ("KT", "K") and pos and not _DEPUTY.match(pos):
        out.append(
            _finding("PREFIX_MISMATCH.deputy", s.span, authority=s.authority, position=s.position)
        )
    if auth in ("TL", "TUQ") and pos and s.on_behalf_of and pos == s.on_behalf_of.upper():
        out.append(
            _finding("PREFIX_MISMATCH.self", s.span, authority=s.authority, position=s.position)
        )
    printed = s.chain[-1].printed or s.chain[-1].authority if s.chain else s.authority
    if party and printed and "/" not in printed:
        out.append(_finding("PARTY_PREFIX_STYLE", s.span, authority=printed))
    return out


def _signatures(plan: Plan, f: _Facts) -> list[Finding]:
    out = [] if plan.signatories else [_finding("SIGNATURE_MISSING")]
    for s in plan.signatories:
        out.extend(_signer(s, f.party))
    return out


#: The rules, in the order their findings are reported.
RULES: tuple[Rule, ...] = (
    _motto,
    _issuer,
    _number,
    _place_and_date,
    _type_and_title,
    _recipients,
    _signatures,
)


def check(plan: Plan, today: dt.date | None = None) -> list[Finding]:
    """Conformance findings for a parsed plan (news reports are not checked)."""
    if plan.kind != "plan":
        return []
    facts = _Facts(
        party=is_party(plan),
        header=_header_text(plan),
        codes=frozenset(w.code for w in plan.warnings),
        today=today or dt.date.today(),
    )
    return [finding for rule in RULES for finding in rule(plan, facts)]
