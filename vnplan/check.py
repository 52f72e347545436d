"""Conformance of a plan's layout with Decree 30/2020/NĐ-CP (state bodies) and the Party's
guide 36-HD/VPTW (and its 2026 successors 399-QĐ/TW, 05-HD/VPTW).

Each :class:`Finding` has a stable code, a severity (``error`` or ``warning``), the span it is
about (or none, for something missing), and a message in Vietnamese and in English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from vnplan.models import Plan, Span
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


def check(plan: Plan, today: dt.date | None = None) -> list[Finding]:
    """Conformance findings for a parsed plan (news reports are not checked)."""
    today = today or dt.date.today()
    out: list[Finding] = []

    def add(code: str, severity: str, vi: str, en: str, span: Span | None = None) -> None:
        out.append(Finding(code, severity, vi, en, span))

    if plan.kind != "plan":
        return out
    party = is_party(plan)
    header = _header_text(plan)
    if party:
        if not PARTY_HEADING.search(header):
            add(
                "PARTY_HEADING_MISSING",
                "error",
                "Thiếu dòng “ĐẢNG CỘNG SẢN VIỆT NAM”.",
                "The Party heading 'ĐẢNG CỘNG SẢN VIỆT NAM' is missing.",
            )
    else:
        has_state = bool(QUOC_HIEU.search(header))
        has_slogan = bool(TIEU_NGU.search(header))
        if not has_state and not has_slogan:
            add(
                "MOTTO_MISSING",
                "error",
                "Thiếu Quốc hiệu và Tiêu ngữ.",
                "The national motto (Quốc hiệu and Tiêu ngữ) is missing.",
            )
        elif not has_state:
            add(
                "MOTTO_MALFORMED",
                "error",
                "Thiếu hoặc sai Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
                "The Quốc hiệu 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' is missing or malformed.",
            )
        elif not has_slogan:
            loose = TIEU_NGU_LOOSE.search(header)
            add(
                "MOTTO_MALFORMED",
                "warning" if loose else "error",
                "Tiêu ngữ phải là “Độc lập - Tự do - Hạnh phúc” (có gạch nối).",
                "The Tiêu ngữ must read 'Độc lập - Tự do - Hạnh phúc', with hyphens.",
            )
    if plan.issuer is None:
        add(
            "ISSUER_MISSING",
            "error",
            "Thiếu tên cơ quan, tổ chức ban hành.",
            "The issuing body is missing.",
        )
    elif plan.issuer.inferred:
        add(
            "ISSUER_NOT_IN_HEADER",
            "error",
            "Tên cơ quan ban hành không ghi ở phần đầu văn bản.",
            "The issuing body is not printed in the header.",
            plan.issuer.span,
        )
    codes = {w.code for w in plan.warnings}
    if plan.number is None:
        if "number_unreadable" in codes:
            add(
                "NUMBER_MALFORMED",
                "error",
                "Số, ký hiệu văn bản không đúng mẫu.",
                "The number and symbol do not follow the pattern.",
            )
        elif "number_blank" in codes:
            add(
                "NUMBER_BLANK",
                "warning",
                "Số văn bản để trống (dự thảo).",
                "The number is blank (a draft).",
            )
        else:
            add(
                "NUMBER_MISSING",
                "error",
                "Thiếu số, ký hiệu văn bản.",
                "The number and symbol are missing.",
            )
    else:
        raw = plan.number.raw
        pattern = PARTY_NUMBER_RAW if party else STATE_NUMBER_RAW
        if not pattern.match(raw):
            form = "Số 05-KH/TU" if party else "Số: 563/KH-BCA-C11"
            add(
                "NUMBER_MALFORMED",
                "error",
                f"Số, ký hiệu “{raw}” không đúng mẫu ({form}).",
                f"The number and symbol '{raw}' do not follow the pattern ({form}).",
                plan.number.span,
            )
        expected = DOC_TYPES.get(plan.doc_type or "")
        if (
            expected
            and plan.number.type_code
            and plan.number.type_code.upper() != expected.upper()
            and "plan_attached" not in codes
        ):
            add(
                "TYPE_CODE_MISMATCH",
                "error",
                f"Chữ viết tắt loại văn bản “{plan.number.type_code}” không khớp với "
                f"“{plan.doc_type}” ({expected}).",
                f"The type code '{plan.number.type_code}' does not match '{plan.doc_type}' "
                f"({expected}).",
                plan.number.span,
            )
    if plan.place is None:
        add("PLACE_MISSING", "error", "Thiếu địa danh.", "The place is missing.")
    if plan.date is None:
        if "date_blank" in codes:
            add(
                "DATE_BLANK",
                "warning",
                "Ngày ban hành để trống (dự thảo).",
                "The date is blank (a draft).",
            )
        else:
            add("DATE_MISSING", "error", "Thiếu ngày, tháng, năm ban hành.", "The date is missing.")
    else:
        d = plan.date
        if d.day is None:
            add(
                "DATE_INCOMPLETE",
                "warning",
                f"Ngày ban hành chưa đầy đủ ({d}).",
                f"The date is incomplete ({d}).",
                plan.spans.get("date"),
            )
        latest = dt.date(d.year, d.month or 1, d.day or 1)
        if latest > today:
            add(
                "DATE_IN_FUTURE",
                "error",
                f"Ngày ban hành {d} ở tương lai.",
                f"The date {d} is in the future.",
                plan.spans.get("date"),
            )
    if not plan.doc_type:
        add("DOC_TYPE_MISSING", "error", "Thiếu tên loại văn bản.", "The document type is missing.")
    if not plan.title:
        add(
            "TITLE_MISSING",
            "error",
            "Thiếu trích yếu nội dung.",
            "The title (trích yếu) is missing.",
        )
    if not plan.recipients:
        add("RECIPIENTS_MISSING", "error", "Thiếu nơi nhận.", "'Nơi nhận' is missing.")
    elif not any(r.archive for r in plan.recipients):
        add(
            "ARCHIVE_MISSING",
            "warning",
            "Nơi nhận thiếu dòng “Lưu”.",
            "'Nơi nhận' has no 'Lưu' (archive) line.",
            plan.recipients[-1].span,
        )
    if not plan.signatories:
        add(
            "SIGNATURE_MISSING",
            "error",
            "Thiếu chức vụ, họ tên người ký.",
            "The signature block is missing.",
        )
    for s in plan.signatories:
        if not s.name:
            add(
                "SIGNER_NAME_MISSING",
                "error",
                "Thiếu họ tên người ký.",
                "The signer's name is missing.",
                s.span,
            )
        if not s.position and not s.authority:
            add(
                "SIGNER_POSITION_MISSING",
                "error",
                "Thiếu chức vụ người ký.",
                "The signer's position is missing.",
                s.span,
            )
        auth = (s.authority or "").replace("/", "").rstrip(".").upper()
        pos = (s.position or "").upper()
        if auth in ("KT", "K") and pos and not _DEPUTY.match(pos):
            add(
                "PREFIX_MISMATCH",
                "error",
                f"“{s.authority}” là ký thay cấp trưởng: người ký phải là cấp phó, không phải "
                f"“{s.position}”.",
                f"'{s.authority}' means signing for the head: the signer "
                f"must be a deputy, not '{s.position}'.",
                s.span,
            )
        if auth in ("TL", "TUQ") and pos and s.on_behalf_of and pos == s.on_behalf_of.upper():
            add(
                "PREFIX_MISMATCH",
                "error",
                f"“{s.authority}” không thể do chính “{s.position}” ký.",
                f"'{s.authority}' cannot be signed by the '{s.position}' himself.",
                s.span,
            )
        if party and s.authority and "/" not in s.authority:
            add(
                "PARTY_PREFIX_STYLE",
                "warning",
                f"Văn bản của Đảng ghi thẩm quyền ký theo mẫu “T/M”, “K/T”, “T/L”, không phải "
                f"“{s.authority}”.",
                f"Party documents write 'T/M', 'K/T', 'T/L', not '{s.authority}'.",
                s.span,
            )
    return out
