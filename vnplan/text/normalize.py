"""Character-level normalisation of Vietnamese text.

The result is what ``Plan.text`` holds and what every ``Span`` points into: NFC, one tone-mark
placement, ``\\n`` line ends, no zero-width or control characters.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from functools import lru_cache

import regex

# Zero-width characters, soft hyphen, BOM, bidi marks; C0/C1 controls other than \t and \n.
# Plain code-point classes: the standard library's re scans them several times faster than
# regex does, with the same matches.
_INVISIBLE = re.compile(
    r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08"
    r"\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")

#: The characters that regex's ``\s`` matches (the Unicode White_Space property): the
#: standard library's ``\s`` also takes \x1c-\x1f. tests/test_normalize.py checks the list.
REGEX_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

# Old-style ("hoà", "uỷ") to the placement used by official documents ("hòa", "ủy"): only for
# an open syllable (no letter follows), and never for "qu" + y ("quý" keeps its mark).
_OA_OE = regex.compile(r"([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L}|\p{M})")
_UY = regex.compile(r"(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L}|\p{M})")


def _move_tone(m: regex.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + marks) + base


# Wherever _OA_OE (_UY) matches, its hint matches too (an ASCII letter is a letter): most texts
# have no old-style placement, and these scans are far cheaper than the substitutions.
_OA_OE_HINT = re.compile(r"[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ](?![A-Za-z])")
_UY_HINT = re.compile(r"(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?![A-Za-z])")


def unify_tone_marks(text: str) -> str:
    """Put tone marks where official documents put them: ``hoà`` → ``hòa``, ``uỷ`` → ``ủy``."""
    # _OA_OE's replacements (a marked o, then a or e; as long as what they replace) neither make
    # nor unmake a match of _UY, so both hints can look at the text as given.
    out = text
    if _OA_OE_HINT.search(text):
        out = _OA_OE.sub(_move_tone, out)
    if _UY_HINT.search(text):
        out = _UY.sub(_move_tone, out)
    return out


# HTML character references left in a page's exported text (``&amp;``, ``&nbsp;``, ``&#7871;``):
# only complete references with their ``;``, so a bare ``&`` of the text stays as it is.
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
# Word-segmented text (underthesea's or VnCoreNLP's output: ``Kế_hoạch hỗ_trợ``): an
# underscore between two letters joins the syllables of one word. Taken for segmentation only
# when it happens often enough not to be a name or an identifier of the text's own.
_SEGMENT_JOIN = regex.compile(r"(?<=\p{L}\p{M}*)_(?=\p{L})")
_MIN_SEGMENT_JOINS = 3


# A whitespace-delimited token with an underscore between two letters.
_JOINED_TOKEN = regex.compile(r"[^\s_]*\p{L}\p{M}*_\p{L}[^\s]*")
_IDENTIFIER = regex.compile(r"\.\p{L}|[/@\\\d]|^[A-Za-z_]+:$")


def _unjoin(m: regex.Match[str]) -> str:
    token: str = m.group()
    # A file name, an address or a key ("KH_tuanle_2014.doc", "so_hieu:") keeps its "_".
    if _IDENTIFIER.search(token):
        return token
    out: str = _SEGMENT_JOIN.sub(" ", token)
    return out


def _unescape(m: regex.Match[str]) -> str:
    return html.unescape(m.group())


def undo_word_segmentation(text: str) -> str:
    """``Kế_hoạch hỗ_trợ`` → ``Kế hoạch hỗ trợ`` when the text is word-segmented."""
    # Counted only in words with a Vietnamese letter: "so_hieu:", "ngay_ban_hanh" (a YAML
    # front matter's keys) or "bao_cao.docx" are identifiers, not segmented words.
    joined = (t for t in _JOINED_TOKEN.finditer(text) if not t.group().isascii())
    if sum(1 for _ in itertools.islice(joined, _MIN_SEGMENT_JOINS)) < _MIN_SEGMENT_JOINS:
        return text
    out: str = _JOINED_TOKEN.sub(_unjoin, text)
    splits = _SPLIT_OFF.finditer(out)
    if sum(1 for _ in itertools.islice(splits, _MIN_SEGMENT_JOINS)) >= _MIN_SEGMENT_JOINS:
        # The tokenizer split punctuation off too ("khám bệnh , chữa bệnh ( NVYT ) ."):
        # put it back where it was printed.
        out = _SPLIT_OFF.sub("", out)
        out = _OPENED.sub(r"\1", out)
        out = _QUOTED.sub(r'"\1"', out)
    return out


# A space a tokenizer put before a closing mark, after an opening one, inside quotes.
_SPLIT_OFF = regex.compile(r"(?<=\S)[ \t]+(?=[,.;:!?)\]](?:\s|$))")
_OPENED = regex.compile(r"([(\[])[ \t]+(?=\S)")
_QUOTED = regex.compile(r'"[ \t]+([^"\n]*?)[ \t]+"')


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def html_line_breaks(text: str) -> str:
    """HTML line breaks a Markdown export left in: ``<br>`` ends a line; in a pipe-table row
    ("| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ ĐÀ NẴNG | CỘNG HÒA ...<br>Độc lập ... |") the row becomes
    one row per line of its cells, so each cell's lines stay in their column."""
    out: list[str] = []
    for line in text.split("\n"):
        if not _BR.search(line):
            out.append(line)
        elif line.lstrip().startswith("|"):
            cells = line.strip().strip("|").split("|")
            pieces = [_BR.split(c) for c in cells]
            for k in range(max(len(p) for p in pieces)):
                row = [p[k].strip() if k < len(p) else "" for p in pieces]
                out.append("| " + " | ".join(row) + " |")
        else:
            out.extend(_BR.split(line))
    return "\n".join(out)


def normalize_chars(text: str) -> str:
    """NFC, unified tone marks, ``\\n`` line ends, invisible and control characters removed;
    HTML character references resolved and word segmentation (``Kế_hoạch``) undone."""
    if "&" in text:
        text = _ENTITY.sub(_unescape, text)
    if "_" in text:
        text = undo_word_segmentation(text)
    if "<" in text and _BR.search(text):
        text = html_line_breaks(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    if "Ð" in text or "ð" in text:
        text = text.translate(_LOOKALIKES)
    return unify_tone_marks(text)


# Letters that look like Vietnamese ones and are not: the Icelandic eth (U+00D0, U+00F0) that
# OCR engines and old fonts give for Đ/đ ("Ðộc lập - Tự do", "Ðắk Lắk"). Vietnamese has no eth.
_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ"})


# What fold strips from both ends (regex's \s and the punctuation), and a run of regex's \s.
_PUNCT_EDGES = REGEX_SPACE + ".,;:*\"'()“”‘’"
_WS = re.compile(r"[^\S\x1c-\x1f]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The comparison form of GOLD_FORMAT's ``norm``: NFC, tone marks, casefold, spaces, edges.

    Cached: extractors fold the same headings and unit names many times per document."""
    text = unify_tone_marks(unicodedata.normalize("NFC", text)).replace("*", "")
    text = _WS.sub(" ", text).casefold()
    return text.strip(_PUNCT_EDGES)
