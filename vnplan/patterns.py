"""The sub-grammars more than one stage matches, each defined once from named pieces.

A piece is a regex *string* (no groups unless its name says so, no anchors), so that it can be
embedded in a caller's own pattern; a compiled pattern here is the one every caller uses. A
change to how a document number, the national motto, ``Nơi nhận`` or a unit heading's prefix
is recognised is made here, and ``tests/test_patterns.py`` holds the forms each accepts and
rejects. Word lists live in ``vnplan.vocab``; this module only arranges them.
"""

from __future__ import annotations

import regex

from vnplan.vocab import (
    AUTHORITY_PREFIXES,
    BARE_AUTHORITY_PREFIXES,
    GIAO_VERBS,
    LEAD_ADVERBS,
    SENTENCE_PREFIXES,
    TASK_VERBS,
    UNIT_HEADING_PREFIXES,
    UNIT_HEADS,
    UNIT_NAME_STOPS,
    alternation,
)

# --- Number and symbol (số, ký hiệu) -----------------------------------------------------
# State style (Decree 30): ``172/KH-UBND``, ``47/2020/NĐ-CP``, ``563/KH-BCA-C11``,
# ``12/YH/KT-TC``, ``15/CTr-UBND``, ``08/QyĐ-TU``. Party style (Guide 36): ``05-KH/TU``,
# ``57-NQ/TW``, ``631-KL/BTGTU``. A code starts upper case; the letters after its first may be
# lower case (``CTr``, ``QyĐ``, ``TTr``: the codes of Appendix III).

# A dot may join the parts of a code ("KH-SYT.NV") but never ends one: "Kế hoạch 158-KH/TU."
# ends a sentence.
#: The number itself (``172``, ``05a``).
NUMBER = r"\d+(?:[\p{L}\d]|\.(?=[\p{L}\d]))*"
#: A Party number is digits only: its ``-`` joins it to the type code.
PARTY_NUMBER = r"\d+"
#: The year some state symbols carry after the number (``47/2020/NĐ-CP``).
YEAR = r"\d{4}"
#: The type code that opens a state symbol (``KH``, ``NĐ``, ``CTr``), or one of its parts.
STATE_CODE = r"[\p{Lu}](?:[\p{L}\d&]|\.(?=[\p{L}\d]))*"
#: A part after a hyphen (``UBND``, ``BCA``, ``C11``).
CODE_PART = r"(?:[\p{L}\d&]|\.(?=[\p{L}\d]))+"
#: A Party symbol's type code (``KH``, ``NQ``, ``HD``).
PARTY_TYPE = r"[\p{Lu}][\p{L}]*"
#: The Party body that issues (``TU``, ``TW``, ``BTGTU``, ``ĐU``, ``VPTW``).
PARTY_ORG = r"[\p{Lu}\d](?:[\p{L}\d]|\.(?=[\p{L}\d]))*(?:-(?:[\p{L}\d]|\.(?=[\p{L}\d]))+)*"


def _group(name: str | None, body: str) -> str:
    return f"(?P<{name}>{body})" if name else f"(?:{body})"


def state_symbol(gap: str = "", *, named: bool = False, number_optional: bool = False) -> str:
    """A state-style number and symbol; ``gap`` is the space allowed around ``/`` and ``-``
    (a header's layout spaces them out: ``172 / KH - UBND``). ``named`` gives groups ``n``,
    ``y`` and ``notation``; ``number_optional`` accepts a draft's blank number (``/KH-UBND``)."""
    notation = rf"{STATE_CODE}(?:{gap}-{gap}{CODE_PART})*"
    notation = rf"{notation}(?:{gap}/{gap}{notation})*"
    n = _group("n" if named else None, NUMBER) + ("?" if number_optional else "")
    y = _group("y" if named else None, YEAR)
    return rf"{n}{gap}/{gap}(?:{y}{gap}/{gap})?" + _group("notation" if named else None, notation)


def party_symbol(dash: str = "", slash: str = "", *, named: bool = False) -> str:
    """A Party-style number and symbol; ``dash`` and ``slash`` are the space allowed around
    the ``-`` after the number and around the ``/``. ``named`` gives ``n``, ``type``, ``org``."""
    return (
        _group("n" if named else None, PARTY_NUMBER)
        + rf"{dash}-{dash}"
        + _group("type" if named else None, PARTY_TYPE)
        + rf"{slash}/{slash}"
        + _group("org" if named else None, PARTY_ORG)
    )


#: A number and symbol as prose cites it (no groups: callers embed it in their own).
_PROSE_DASH = r"\s?"  # prose may space a Party number's hyphen: "57 - NQ/TW"
SYMBOL = f"(?:{state_symbol()}|{party_symbol(_PROSE_DASH)})"
#: A number and symbol anywhere in a text ("... Kế hoạch số 45/KH-UBND ...").
SYMBOL_IN_TEXT = regex.compile(SYMBOL)
#: The words "kế hoạch" (a plan named) in running text or folded text.
PLAN_MENTION = regex.compile(r"\b[Kk]ế hoạch\b")
#: What follows ``Số`` in a header, at its start (layout may space it out).
HEADER_STATE_NUMBER = regex.compile("^" + state_symbol(r"\s*", named=True, number_optional=True))
HEADER_PARTY_NUMBER = regex.compile("^" + party_symbol(r"\s*", r"\s*", named=True))
#: A number's ``raw`` (its spaces taken out) that follows the pattern, whole.
STATE_NUMBER_RAW = regex.compile(f"^{state_symbol()}$")
PARTY_NUMBER_RAW = regex.compile(f"^{party_symbol()}$")

# --- National motto (Quốc hiệu, Tiêu ngữ) and the Party's heading --------------------------
# Recognising one tolerates what copies do to it (marks lost, the line cut short); the
# conformance check wants it as Decree 30 and Guide 36 print it.

_DASH = r"\s*[-–—]\s*"
#: ``CỘNG HÒA XÃ HỘI CHỦ``: enough of the Quốc hiệu to anchor a header, marks optional.
QUOC_HIEU_START = r"C[ỘO]NG\s+H[ÒOÀ]A\s+X[ÃA]\s+H[ỘO]I"
#: ``ĐẢNG CỘNG SẢN VIỆT NAM``.
PARTY_NAME = r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
#: ``Độc lập - Tự do``: enough of the Tiêu ngữ to anchor a header.
TIEU_NGU_START = rf"Độc\s+lập{_DASH}Tự\s+do"

#: The motto or the Party's name anywhere in a line (a PDF may merge it with the issuer).
MOTTO_ANCHOR = regex.compile(rf"{QUOC_HIEU_START}\s+CH[ỦU]|{PARTY_NAME}|{TIEU_NGU_START}")
#: A line that opens a document's own header: the motto, the Party's name or ``Số:``.
HEADER_ANCHOR = regex.compile(
    rf"^[*_\s]*(?:{QUOC_HIEU_START}|{PARTY_NAME}|{TIEU_NGU_START}|"
    r"(?:Số|SỐ)\s*[:.](?:\s*$|[\s.…]*/)|(?:Số|SỐ)\s*[:.]?\s*\d)",
)
#: The motto's lines, each however far a copy printed it (``CỘNG HÒA XÃ HỘI``,
#: ``Độc lập - Tự do``, ``ĐẢNG CỘNG SẢN``): removed from the issuer block.
MOTTO_PARTS = (
    regex.compile(
        r"C[ỘO]NG\s+H[ÒOÀ]A(?:\s+X[ÃA](?:\s+H[ỘO]I(?:\s+CH[ỦU](?:\s+NGH[ĨI]A"
        r"(?:\s+VI[ỆE]T(?:\s+NAM)?)?)?)?)?)?",
        regex.IGNORECASE,
    ),
    regex.compile(rf"Độc\s+lập(?:{_DASH}Tự\s+do(?:{_DASH}Hạnh\s+phúc)?)?", regex.IGNORECASE),
    regex.compile(r"ĐẢNG\s+CỘNG\s+SẢN(?:\s+VIỆT(?:\s+NAM)?)?"),
)
#: The Quốc hiệu as Decree 30 prints it (``HOÀ`` is ``HÒA`` once tone marks are unified).
QUOC_HIEU = regex.compile(r"CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", regex.I)
#: The Tiêu ngữ as printed, with its hyphens; and with any punctuation between its words.
TIEU_NGU = regex.compile(r"Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc", regex.I)
TIEU_NGU_LOOSE = regex.compile(r"Độc\s+lập\W+Tự\s+do\W+Hạnh\s+phúc", regex.I)
#: The Party's heading, in any case.
PARTY_HEADING = regex.compile(PARTY_NAME, regex.I)

# --- The closing -----------------------------------------------------------------------------

#: ``Nơi nhận`` in any case (``NƠI NHẬN``), for embedding.
RECIPIENTS_WORDS = r"(?i:Nơi\s+nhận)"
#: The line that opens the recipients' list, with its colon and the space after it.
RECIPIENTS = regex.compile(rf"^{RECIPIENTS_WORDS}\s*[:.]?\s*")
#: A signing-authority prefix: ``KT.``, ``T/M``, or bare ``KT`` (dot lost).
AUTHORITY_PREFIX = alternation(AUTHORITY_PREFIXES)
BARE_AUTHORITY_PREFIX = alternation(BARE_AUTHORITY_PREFIXES)

# --- Units -----------------------------------------------------------------------------------

#: A unit's head word in capitals, as issuer and signature blocks print it (``SỞ``, ``BAN``).
UPPER_UNIT_HEAD = alternation(h.upper() for h in UNIT_HEADS)

#: Words before a unit's name in its heading (``Trách nhiệm của Sở Y tế``, ``Đối với: ...``).
UNIT_PREFIX = regex.compile(rf"^(?:{alternation(UNIT_HEADING_PREFIXES)})\s*:?\s+", regex.I)
#: A heading that is only such words (``Đối với:``).
UNIT_PREFIX_ONLY = regex.compile(rf"^(?:{alternation(UNIT_HEADING_PREFIXES)})\s*:?$", regex.I)
#: Words before the lead unit of an assigning sentence (``Yêu cầu Sở X ...``).
SENTENCE_PREFIX = regex.compile(
    rf"^(?:{alternation((*UNIT_HEADING_PREFIXES, *SENTENCE_PREFIXES))})\s+", regex.I
)
#: Adverbs a unit's name may end with before its verb (``Sở Y tế chủ động``): not the name.
ADVERB_END = regex.compile(rf"(?:\s+(?:{alternation(LEAD_ADVERBS)}))+$")
#: A line that opens with a task's verb in capitals (``Phối hợp theo dõi ...``, ``Tổ chức
#: phổ biến ...``): what a unit is to do, not a name.
TASK_OPENING = (
    "^(?:"
    + alternation(
        w[:1].upper() + w[1:] for w in (*UNIT_NAME_STOPS, *TASK_VERBS, *GIAO_VERBS) if " " in w
    )
    + r")(?!\p{L})"
)
#: A rule drawn under a header's block (``-------``, ``***``, ``_____``, ``¯¯¯¯``, ``────``): no
#: text of its own. Overlines and box-drawing rules come from Word and PDF exports.
RULE_LINE = r"^[\s_\-–—*=.¯‾~─━═]{3,}$"
#: A unit's code (``C11``, ``H01``, ``PV01``, ``X05A``).
UNIT_CODE = r"[A-ZĐ]{1,3}\d{1,3}[A-Z]?"
#: A note that a part is attached to a document (``(Kèm theo Quyết định số ...)``).
ATTACHED_NOTE = r"^\(?\s*(?:Ban hành\s+)?[Kk]èm theo\b"

# --- Time and the signing date ----------------------------------------------------------
#: The words that open a time line or field (``Thời gian:``, ``Thời hạn``, ``Tiến độ``).
TIME_LABEL = r"(?:[Tt]hời gian|[Tt]hời hạn|[Tt]iến độ)"
#: A task block's field line, its label and colon first ("Đơn vị chủ trì: ...", "Cơ quan phối
#: hợp: ...", "Thời gian hoàn thành: ...", "Kinh phí: ..."): a line of its own, never the wrap
#: of the line above it.
FIELD_LINE = regex.compile(
    r"^(?:(?:Đơn vị|Cơ quan|Bộ phận)\s+(?:chủ trì|phối hợp|thực hiện|phụ trách)|Chủ trì|Phối hợp"
    r"|Thời gian|Thời hạn|Tiến độ|Địa điểm|Kinh phí|Sản phẩm|Kết quả)(?:\s+\p{Ll}+){0,4}\s*:"
)
#: The end mark of a document's body ("... thực hiện./."), at the end of its last line.
END_MARK = r"\./\.\s*$"
#: The date printed over a signature (``Ngày 08 tháng 01 năm 2025``, ``Hà Nội, ngày ...``),
#: alone on its line; ``place`` when it is printed.
SIGNING_DATE = regex.compile(
    r"^(?:(?P<place>[^,\d]{2,40}),\s*)?[Nn]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$"
)
