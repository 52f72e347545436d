"""Abbreviations the document defines: ``tái hòa nhập cộng đồng (sau đây viết gọn là
THNCĐ)``, ``(viết tắt là ...)``, ``(gọi tắt là ...)``, and ``Ủy ban nhân dân (UBND)`` where the
initials of the words before the brackets spell the short form."""

from __future__ import annotations

import itertools
import unicodedata

import regex

from vnplan.extract.context import Context
from vnplan.models import Abbreviation
from vnplan.vocab import ACRONYM_SKIPPED_WORDS, CITED_TYPES, UNIT_HEADS, alternation

_MARKED = regex.compile(
    # "(sau đây gọi tắt là ...)", and "(sau đây gọi là Đề án 06)" with no "tắt".
    r"\(\s*(?:sau đây\s+)?(?:được\s+)?(?:(?:viết|gọi)\s+(?:gọn|tắt|chung)\s+(?:là\s*)?"
    r"|(?<=sau đây\s+(?:được\s+)?)gọi\s+là\s*):?\s*"
    r"[\"“']?(?P<short>[^()\"”']{1,40}?)[\"”']?\s*\)",
    regex.IGNORECASE,
)
# "(CB-GV-NV)": an acronym may join its parts with hyphens.
_BARE = regex.compile(r"\((?P<short>[\p{Lu}Đ][\p{Lu}Đ&]{1,11}(?:-[\p{Lu}Đ&]{1,6}){0,3})\)")
# "Đề án phát triển ứng dụng dữ liệu về dân cư ... (Đề án 06)", "(Chương trình 135)": a
# document's or programme's kind and its number name the one the sentence spells out.
_BARE_NUMBERED = regex.compile(rf"\((?P<short>(?:{alternation(CITED_TYPES)})\s+\d{{1,4}})\)")
_DETERMINERS = frozenset({"mỗi", "các", "những", "từng"})
_WORD = regex.compile(r"[\p{L}\d]+")
_BODY_START = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(UNIT_HEADS)})\s+(?=\p{{Lu}})")
# How many function words an acronym's full form may have that its letters leave out.
_MAX_SKIPPED = 3


def initial(word: str) -> str:
    """The letter a word gives an acronym (``Đào`` → ``Đ``, ``ứng`` → ``U``)."""
    ch = word[0]
    if ch in "Đđ":
        return "Đ"
    return unicodedata.normalize("NFD", ch)[0].upper()


def letters_of(short: str) -> list[str]:
    """The letters of an acronym, ``&`` read as ``và`` (``GD&ĐT`` = Giáo dục và Đào tạo); a
    whole word in it (``Sở GD&ĐT``) gives its initial."""
    out: list[str] = []
    for tok in short.split():
        if any(c.islower() for c in tok):
            out.append(initial(tok))
            continue
        out.extend(
            initial(c) if c.isalpha() else ("V" if c == "&" else c)
            for c in tok
            if c.isalnum() or c == "&"
        )
    return out


_MAX_BETWEEN_PARTS = 6


def _joined_parts(before: str, short: str) -> tuple[str, int] | None:
    """ "phòng, chống lụt, bão, giảm nhẹ thiên tai và tìm kiếm cứu nạn (viết tắt là
    PCLB-TKCN)": acronyms joined by hyphens each spell their own words, and the text may name
    more between them than the short form keeps. Matched part by part from the brackets back."""
    parts = short.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    end, start = len(before.rstrip()), None
    for n, part in enumerate(reversed(parts)):
        window = before[:end]
        for skip in range(_MAX_BETWEEN_PARTS + 1 if n else 1):
            words = list(_WORD.finditer(window))
            cut = words[-skip].start() if skip else len(window)
            found = _initials_form(window[:cut], part)
            if found is not None:
                start = found[1]
                end = start
                break
        else:
            return None
    if start is None:
        return None
    return before[start:].strip(" ,;:"), start


def _full_form(before: str, short: str) -> tuple[str, int] | None:
    """The words just before the brackets whose initials spell ``short`` (start offset too),
    or, for acronyms joined by hyphens, those of each part."""
    found = _initials_form(before, short)
    if found is None and "-" in short:
        return _joined_parts(before, short)
    return found


def _initials_form(before: str, short: str) -> tuple[str, int] | None:
    """The words just before the brackets whose initials spell ``short``."""
    letters = letters_of(short)
    if not letters or len(letters) > 12:
        return None
    words = list(_WORD.finditer(before))
    if len(words) < len(letters):
        return None
    # Match the letters to the words from the brackets back; a function word the acronym
    # leaves out ("tác hại của thuốc lá" in PCTHTL) may stand between two matched words.
    i, j, skipped = len(letters) - 1, len(words) - 1, 0
    while i >= 0 and j >= 0:
        w = words[j].group()
        if initial(w) == letters[i]:
            i -= 1
        elif i < len(letters) - 1 and w in ACRONYM_SKIPPED_WORDS and skipped < _MAX_SKIPPED:
            skipped += 1
        else:
            return None
        j -= 1
    if i >= 0:
        return None
    start = words[j + 1].start()
    return before[start:].strip(" ,;:"), start


_SENTENCE_END = regex.compile(r"[.;!?]\s+(?=\p{Lu})")


def _named_form(before: str, short: str) -> tuple[str, int] | None:
    """A short *name* rather than initials (``Chương trình mục tiêu quốc gia ... (sau đây gọi
    tắt là Chương trình)``, ``Luật Bảo vệ dữ liệu cá nhân (sau đây gọi tắt là Luật)``): the full
    form starts at the last place, in the same sentence, where the short name's words start."""
    words = short.split()
    if not words or not any(c.islower() for c in short):
        return None
    ends = list(_SENTENCE_END.finditer(before))
    floor = ends[-1].end() if ends else 0
    for n, case in itertools.product(range(len(words), 0, -1), ("", "(?i)")):
        head = regex.escape(" ".join(words[:n]))
        # "Kỳ thi tốt nghiệp ... (sau đây gọi tắt là kỳ thi TN THPT)": in the other case only
        # where the same case finds none ("Văn phòng" is not the "Phòng" of "Phòng KSTTHC").
        hits = list(
            regex.finditer(rf"{case}(?<![\p{{L}}\d]){head}(?![\p{{L}}\d])", before, pos=floor)
        )
        if hits:
            start = hits[-1].start()
            full = before[start:].strip(" ,;:*_")
            if len(full) > len(short):
                return full, start
            return None
    if short[:1].islower():
        # "...; các sở, ban, ngành, ..., tổ chức Hội (sau đây viết tắt là cơ quan, đơn vị)": a
        # common noun names the list that the clause before the brackets enumerates.
        clause = list(_CLAUSE_START.finditer(before, pos=floor))
        start = clause[-1].end() if clause else floor
        full = before[start:].strip(" ,;:*_")
        if full and len(full.split()) <= 40:
            return full, start
    return None


_CLAUSE_START = regex.compile(r"[;:]\s+")


def _clause_start(before: str) -> int:
    """Where the sentence or clause that ends at the brackets starts."""
    ends = [*_SENTENCE_END.finditer(before), *_CLAUSE_START.finditer(before)]
    return max((m.end() for m in ends), default=0)


def _leading_form(before: str, short: str) -> tuple[str, int] | None:
    """Initials of the *first* words of the noun phrase before the brackets, its qualifier
    after them: "Phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi (sau đây viết tắt là
    PCGDMN)". Only where the brackets say it is an abbreviation and the phrase opens its
    sentence or clause."""
    letters = letters_of(short)
    if len(letters) < 2:
        return None
    words = list(_WORD.finditer(before, pos=_clause_start(before)))
    # "Mỗi Phòng giao dịch NHCSXH huyện (sau đây gọi tắt là PGD)": a determiner first.
    while words and words[0].group().lower() in _DETERMINERS:
        words = words[1:]
    if len(words) <= len(letters) or len(words) > len(letters) + 12:
        return None
    if [initial(w.group()) for w in words[: len(letters)]] != letters:
        return None
    k = words[0].start()
    return before[k:].strip(" ,;:"), k


def _capitalised_phrase(before: str, short: str) -> tuple[str, int] | None:
    """A name whose acronym is another language's ("Chỉ số năng lực cạnh tranh cấp tỉnh (sau
    đây gọi tắt là PCI)"): where the brackets say it is an abbreviation and no initials
    match, the name starts at the last capitalised word of its clause."""
    tokens = short.split()
    # "PCI", and "CDC Quảng Trị": the acronym with the place it serves.
    if not (tokens[0].isupper() and all(t[:1].isupper() for t in tokens[1:])):
        return None
    clause = _clause_start(before)
    words = list(_WORD.finditer(before, pos=clause))
    # "Trung tâm Kiểm soát bệnh tật tỉnh (sau đây gọi tắt là CDC Quảng Trị)": a body's
    # name starts at its head word.
    bodies = list(_BODY_START.finditer(before, pos=clause))
    if bodies and len(before[bodies[-1].start() :].split()) <= 12:
        k = bodies[-1].start()
        return before[k:].strip(" ,;:"), k
    caps = [i for i, w in enumerate(words) if w.group()[:1].isupper()]
    if not caps:
        return None
    first = words[caps[-1]]
    if not 2 <= len(words) - caps[-1] <= 12:
        return None
    return before[first.start() :].strip(" ,;:"), first.start()


_BARE_HEADED = regex.compile(
    rf"\((?P<head>{alternation(UNIT_HEADS)})\s+(?P<short>[\p{{Lu}}Đ][\p{{Lu}}Đ&]{{1,11}})\)"
)


def _headed_form(before: str, head: str, short: str) -> tuple[str, int] | None:
    """The body's name right before the brackets, under the same head word, whose words
    after the head begin with the acronym's letters (a place may follow them)."""
    k = before.rfind(head + " ")
    if k < 0:
        return None
    name = before[k:].rstrip()
    words = [w for w in _WORD.findall(name[len(head) :]) if w.lower() != "và"]
    letters = [x for x in letters_of(short) if x != "V"]
    if len(words) < len(letters) or [initial(w) for w in words[: len(letters)]] != letters:
        return None
    return name, k


def extract_abbreviations(ctx: Context) -> list[Abbreviation]:
    """Abbreviations with their full forms, once each."""
    out: dict[str, Abbreviation] = {}
    for ln in [*ctx.zones.title, *ctx.zones.body]:
        t = ln.text
        for m in _MARKED.finditer(t):
            short = m.group("short").strip()
            before = t[: m.start()]
            full = (
                _full_form(before, short)
                or _named_form(before, short)
                or _leading_form(before, short)
                or _capitalised_phrase(before, short)
            )
            if full and short not in out:
                out[short] = Abbreviation(short=short, full=full[0], span=ln.span(full[1], m.end()))
        for m in _BARE_HEADED.finditer(t):
            # "Sở Giáo dục và Đào tạo Bắc Giang (Sở GD&ĐT)": the body's own short name.
            short = f"{m.group('head')} {m.group('short')}"
            full = _headed_form(t[: m.start()], m.group("head"), m.group("short"))
            if full and short not in out:
                out[short] = Abbreviation(short=short, full=full[0], span=ln.span(full[1], m.end()))
        for m in _BARE_NUMBERED.finditer(t):
            short = m.group("short")
            full = _named_form(t[: m.start()], short)
            if full and short not in out and len(full[0].split()) > len(short.split()) + 1:
                out[short] = Abbreviation(short=short, full=full[0], span=ln.span(full[1], m.end()))
        for m in _BARE.finditer(t):
            short = m.group("short")
            full = _full_form(t[: m.start()], short)
            if full and short not in out and len(letters_of(short)) >= 2:
                out[short] = Abbreviation(short=short, full=full[0], span=ln.span(full[1], m.end()))
    return list(out.values())
