"""Every code vnplan reports, in one place: the parse warnings (``Plan.warnings``: what was
missing, guessed or repaired, lower case) and the conformance findings of ``vnplan.check``
(``vnplan check``: upper case), each with its severity and its message in Vietnamese and in
English.

A warning's message at the place it is raised adds the particulars (the text it is about); the
catalogue's says what the code means, and is what ``docs/data-model.md`` lists. A finding's
message is the catalogue's, its ``{placeholders}`` filled in. ``tests/test_catalogue.py`` checks
that every code raised in ``vnplan/`` is here and in the docs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["info", "warning", "error"]


@dataclass(frozen=True)
class Entry:
    """One code (or one of its messages) with its severity and its two messages."""

    code: str
    severity: Severity
    vi: str
    en: str


def _table(*entries: Entry) -> dict[str, Entry]:
    return {e.code: e for e in entries}


# --- Parse warnings (Plan.warnings) ------------------------------------------------------
WarningCode = Literal[
    "ocr",
    "garbled_text_layer",
    "ocr_unavailable",
    "converted",
    "legacy_encoding",
    "encoding_cp1258",
    "encoding_invalid",
    "header_missing",
    "not_a_plan_layout",
    "quoted_plan",
    "plan_attached",
    "number_blank",
    "number_unreadable",
    "type_code_mismatch",
    "date_blank",
    "date_partial",
    "issuer_inferred",
    "issuer_missing",
    "joint_issuers",
    "number_from_page",
    "date_from_page",
    "date_from_closing",
    "page_metadata_disagrees",
    "doc_type_missing",
    "title_missing",
    "sections_missing",
    "section_misnumbered",
    "section_number_skipped",
    "section_number_out_of_order",
    "purposes_missing",
    "objectives_mixed",
    "recipients_missing",
    "signatories_missing",
]

WARNINGS: dict[str, Entry] = _table(
    Entry(
        "ocr",
        "info",
        "Văn bản được đọc bằng OCR (các trang và độ tin cậy trung bình được nêu).",
        "The text was read by OCR: which pages, and the mean word confidence.",
    ),
    Entry(
        "garbled_text_layer",
        "warning",
        "Lớp chữ của PDF bị lỗi phông; các trang được đọc lại bằng OCR.",
        "The PDF's text layer is garbled; its pages were read by OCR.",
    ),
    Entry(
        "ocr_unavailable",
        "warning",
        "Có trang là ảnh nhưng không đọc được vì thiếu OCR.",
        "Some pages are images and were not read: OCR is not installed.",
    ),
    Entry(
        "converted",
        "info",
        "Tệp được chuyển sang .docx bằng LibreOffice.",
        "The file was converted to .docx with LibreOffice.",
    ),
    Entry(
        "legacy_encoding",
        "info",
        "Văn bản dùng bảng mã TCVN3/VNI, đã chuyển sang Unicode.",
        "The text was in a legacy TCVN3/VNI encoding and was converted to Unicode.",
    ),
    Entry(
        "encoding_cp1258",
        "info",
        "Văn bản được giải mã theo Windows-1258.",
        "The text was decoded as Windows-1258.",
    ),
    Entry(
        "encoding_invalid",
        "warning",
        "Văn bản không phải UTF-8 hay Windows-1258; byte lỗi đã được thay.",
        "The text is neither UTF-8 nor Windows-1258; bad bytes were replaced.",
    ),
    Entry(
        "header_missing",
        "warning",
        "Văn bản không có phần đầu; cơ quan ban hành được suy ra.",
        "The plan is printed with no header: its issuer is inferred.",
    ),
    Entry(
        "not_a_plan_layout",
        "warning",
        "Văn bản không có bố cục của một kế hoạch.",
        "The document does not have a plan's layout.",
    ),
    Entry(
        "quoted_plan",
        "info",
        "Kế hoạch được trích trong một văn bản khác.",
        "The plan is quoted inside another document.",
    ),
    Entry(
        "plan_attached",
        "info",
        "Kế hoạch kèm theo một văn bản khác (số, ngày, chữ ký là của văn bản đó).",
        "The plan is attached to another document whose number, date and signature it carries.",
    ),
    Entry(
        "number_blank",
        "info",
        "Số văn bản để trống (dự thảo).",
        "The number after 'Số' is blank (a draft).",
    ),
    Entry(
        "number_unreadable",
        "warning",
        "Phần sau “Số” không phải số, ký hiệu.",
        "The text after 'Số' is not a number and symbol.",
    ),
    Entry(
        "type_code_mismatch",
        "warning",
        "Chữ viết tắt loại văn bản trong ký hiệu không khớp với tên loại.",
        "The symbol's type code does not match the document type.",
    ),
    Entry(
        "date_blank",
        "info",
        "Ngày ban hành để trống (dự thảo).",
        "The day, month and year after 'ngày' are blank (a draft).",
    ),
    Entry(
        "date_partial",
        "info",
        "Ngày ban hành chỉ ghi đến tháng hoặc năm.",
        "The date is printed only as far as its month or year.",
    ),
    Entry(
        "issuer_inferred",
        "warning",
        "Phần đầu không ghi cơ quan ban hành; lấy từ nội dung hoặc trích yếu.",
        "The header names no issuer; it is taken from the text or the title.",
    ),
    Entry(
        "issuer_missing", "warning", "Không tìm thấy cơ quan ban hành.", "No issuing body found."
    ),
    Entry(
        "joint_issuers",
        "info",
        "Kế hoạch liên tịch: cơ quan đầu tiên là cơ quan ban hành.",
        "A joint plan: the first body is the issuer, the others are named.",
    ),
    Entry(
        "number_from_page",
        "warning",
        "Văn bản không in số: số lấy từ bảng thông tin của trang web.",
        "The document prints no number: the web page's metadata table gives it.",
    ),
    Entry(
        "date_from_page",
        "warning",
        "Văn bản không in ngày: ngày lấy từ bảng thông tin của trang web.",
        "The document prints no date: the web page's metadata table gives it.",
    ),
    Entry(
        "date_from_closing",
        "info",
        "Đầu văn bản không in ngày: ngày lấy từ dòng ngày tháng trên chữ ký.",
        "The header prints no date: it is taken from the date line over the signature.",
    ),
    Entry(
        "page_metadata_disagrees",
        "warning",
        "Bảng thông tin của trang web khác với văn bản.",
        "The web page's metadata table disagrees with the document.",
    ),
    Entry(
        "doc_type_missing",
        "warning",
        "Không tìm thấy tên loại văn bản.",
        "No document-type line found.",
    ),
    Entry("title_missing", "warning", "Không tìm thấy trích yếu.", "No title found."),
    Entry(
        "sections_missing", "warning", "Không tìm thấy đề mục nào.", "No numbered sections found."
    ),
    Entry(
        "section_misnumbered",
        "info",
        "Một đề mục đánh số sai cấp đã được sửa.",
        "A heading numbered at the wrong level was put at its level.",
    ),
    Entry(
        "section_number_skipped",
        "info",
        "Số thứ tự đề mục bị nhảy.",
        "A section number is skipped.",
    ),
    Entry(
        "section_number_out_of_order",
        "info",
        "Số thứ tự đề mục bị lặp hoặc sai thứ tự.",
        "A section number is repeated or out of order.",
    ),
    Entry("purposes_missing", "warning", "Không tìm thấy mục đích.", "No purposes found."),
    Entry(
        "objectives_mixed",
        "info",
        "Mục đích và yêu cầu chung một đề mục.",
        "Purposes and requirements share one section.",
    ),
    Entry("recipients_missing", "warning", "Không tìm thấy nơi nhận.", "No 'Nơi nhận' list found."),
    Entry("signatories_missing", "warning", "Không tìm thấy người ký.", "No signatory found."),
)

# --- Conformance findings (vnplan.check) ---------------------------------------------------
# Keyed by message; a code with more than one message has one entry per case (``CODE.case``).

FINDINGS: dict[str, Entry] = {
    "PARTY_HEADING_MISSING": Entry("PARTY_HEADING_MISSING", "error",
        "Thiếu dòng “ĐẢNG CỘNG SẢN VIỆT NAM”.",
        "The Party heading 'ĐẢNG CỘNG SẢN VIỆT NAM' is missing."),
    "MOTTO_MISSING": Entry("MOTTO_MISSING", "error", "Thiếu Quốc hiệu và Tiêu ngữ.",
        "The national motto (Quốc hiệu and Tiêu ngữ) is missing."),
    "MOTTO_MALFORMED.quoc_hieu": Entry("MOTTO_MALFORMED", "error",
        "Thiếu hoặc sai Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
        "The Quốc hiệu 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' is missing or malformed."),
    "MOTTO_MALFORMED.tieu_ngu": Entry("MOTTO_MALFORMED", "error",
        "Tiêu ngữ phải là “Độc lập - Tự do - Hạnh phúc” (có gạch nối).",
        "The Tiêu ngữ must read 'Độc lập - Tự do - Hạnh phúc', with hyphens."),
    "ISSUER_MISSING": Entry("ISSUER_MISSING", "error", "Thiếu tên cơ quan, tổ chức ban hành.",
        "The issuing body is missing."),
    "ISSUER_NOT_IN_HEADER": Entry("ISSUER_NOT_IN_HEADER", "error",
        "Tên cơ quan ban hành không ghi ở phần đầu văn bản.",
        "The issuing body is not printed in the header."),
    "NUMBER_MALFORMED.unreadable": Entry("NUMBER_MALFORMED", "error",
        "Số, ký hiệu văn bản không đúng mẫu.", "The number and symbol do not follow the pattern."),
    "NUMBER_MALFORMED": Entry("NUMBER_MALFORMED", "error",
        "Số, ký hiệu “{raw}” không đúng mẫu ({form}).",
        "The number and symbol '{raw}' do not follow the pattern ({form})."),
    "NUMBER_BLANK": Entry("NUMBER_BLANK", "warning", "Số văn bản để trống (dự thảo).",
        "The number is blank (a draft)."),
    "NUMBER_MISSING": Entry("NUMBER_MISSING", "error", "Thiếu số, ký hiệu văn bản.",
        "The number and symbol are missing."),
    "TYPE_CODE_MISMATCH": Entry("TYPE_CODE_MISMATCH", "error",
        "Chữ viết tắt loại văn bản “{type_code}” không khớp với “{doc_type}” ({expected}).",
        "The type code '{type_code}' does not match '{doc_type}' ({expected})."),
    "PLACE_MISSING": Entry("PLACE_MISSING", "error", "Thiếu địa danh.", "The place is missing."),
    "DATE_BLANK": Entry("DATE_BLANK", "warning", "Ngày ban hành để trống (dự thảo).",
        "The date is blank (a draft)."),
    "DATE_MISSING": Entry("DATE_MISSING", "error", "Thiếu ngày, tháng, năm ban hành.",
        "The date is missing."),
    "DATE_INCOMPLETE": Entry("DATE_INCOMPLETE", "warning", "Ngày ban hành chưa đầy đủ ({date}).",
        "The date is incomplete ({date})."),
    "DATE_IN_FUTURE": Entry("DATE_IN_FUTURE", "error", "Ngày ban hành {date} ở tương lai.",
        "The date {date} is in the future."),
    "DOC_TYPE_MISSING": Entry("DOC_TYPE_MISSING", "error", "Thiếu tên loại văn bản.",
        "The document type is missing."),
    "TITLE_MISSING": Entry("TITLE_MISSING", "error", "Thiếu trích yếu nội dung.",
        "The title (trích yếu) is missing."),
    "RECIPIENTS_MISSING": Entry("RECIPIENTS_MISSING", "error", "Thiếu nơi nhận.",
        "'Nơi nhận' is missing."),
    "ARCHIVE_MISSING": Entry("ARCHIVE_MISSING", "warning", "Nơi nhận thiếu dòng “Lưu”.",
        "'Nơi nhận' has no 'Lưu' (archive) line."),
    "SIGNATURE_MISSING": Entry("SIGNATURE_MISSING", "error", "Thiếu chức vụ, họ tên người ký.",
        "The signature block is missing."),
    "SIGNER_NAME_MISSING": Entry("SIGNER_NAME_MISSING", "error", "Thiếu họ tên người ký.",
        "The signer's name is missing."),
    "SIGNER_POSITION_MISSING": Entry("SIGNER_POSITION_MISSING", "error",
        "Thiếu chức vụ người ký.", "The signer's position is missing."),
    "PREFIX_MISMATCH.deputy": Entry("PREFIX_MISMATCH", "error",
        "“{authority}” là ký thay cấp trưởng: người ký phải là cấp phó, không phải “{position}”.",
        "'{authority}' means signing for the head: the signer must be a deputy, not "
        "'{position}'."),
    "PREFIX_MISMATCH.self": Entry("PREFIX_MISMATCH", "error",
        "“{authority}” không thể do chính “{position}” ký.",
        "'{authority}' cannot be signed by the '{position}' himself."),
    "PARTY_PREFIX_STYLE": Entry("PARTY_PREFIX_STYLE", "warning",
        "Văn bản của Đảng ghi thẩm quyền ký theo mẫu “T/M”, “K/T”, “T/L”, không phải "
        "“{authority}”.",
        "Party documents write 'T/M', 'K/T', 'T/L', not '{authority}'."),
}  # fmt: skip

__all__ = ["FINDINGS", "WARNINGS", "Entry", "Severity", "WarningCode"]
