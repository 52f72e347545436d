"""Classify a line by how it opens: the tokens of the section-heading grammar.

========== =================================== ===========================
token      examples                            value (for sequence checks)
========== =================================== ===========================
PART       ``PHẦN I``, ``Phần thứ hai``        number
ROMAN      ``II.``, ``IV-``, ``III/``          number
ARABIC     ``1.``, ``1.2.``, ``1-``            tuple of numbers
NUMPAREN   ``1)``                              number
LETTER     ``a)``, ``đ.``, ``a-``              position in the alphabet
LETTER_UP  ``A.``, ``B)``                      position in the alphabet
PAREN      ``(1)``, ``(a)``                    number or position
DASH       ``-``, ``–``, ``•``                 —
PLUS       ``+``                               —
STAR       ``*`` (a Markdown bullet)           —
UPPER      an unnumbered upper-case heading    —
TEXT       anything else                       —
========== =================================== ===========================
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import regex


class Tok(StrEnum):
    PART = "part"
    ROMAN = "roman"
    ARABIC = "arabic"
    NUMPAREN = "numparen"
    LETTER = "letter"
    LETTER_UP = "letter_up"
    PAREN = "paren"
    DASH = "dash"
    PLUS = "plus"
    STAR = "star"
    UPPER = "upper"
    TEXT = "paragraph"


NUMBERED = frozenset(
    {Tok.PART, Tok.ROMAN, Tok.ARABIC, Tok.NUMPAREN, Tok.LETTER, Tok.LETTER_UP, Tok.PAREN}
)
BULLETS = frozenset({Tok.DASH, Tok.PLUS, Tok.STAR})

# Vietnamese alphabetical order of list letters (no f, j, w, z; đ after d).
ALPHABET = "abcdđeghiklmnopqrstuvxy"
# Writers who number in the Latin alphabet ("e) ... f) ... g)") use these as well.
LATIN = "abcdefghijklmnopqrstuvwxyz"
_LATIN_ONLY = "fjwz"


def letter_value(v: str) -> int:
    """A list letter's place: Vietnamese order, a Latin-only letter just after its
    predecessor (``f`` after ``e``)."""
    while v not in ALPHABET:
        v = LATIN[LATIN.index(v) - 1]
        if v in ALPHABET:
            return ALPHABET.index(v) + 2
    return ALPHABET.index(v) + 1


def letter_follows(prev: str, v: str) -> bool:
    """Whether list letter ``v`` comes right after ``prev`` in either alphabet."""
    return any(prev in a and v in a and a.index(v) == a.index(prev) + 1 for a in (ALPHABET, LATIN))


_ROMAN_OK = regex.compile(r"^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_ROMAN_VAL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

_PART = regex.compile(
    r"^(?P<num>(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+"
    r"(?:(?P<r>[IVXL]{1,6})|(?P<d>\d{1,2})|(?:thứ|THỨ)\s+(?P<w>\p{L}+)))"
    r"(?=$|[\s.:\-–])\s*[.:\-–]?\s*"
)
# "V/V" (về việc, "regarding") opens titles: it is not section V.
_ROMAN = regex.compile(r"^(?![Vv]/[Vv]\b)(?P<num>(?P<v>[IVXL]{1,7})\s?[.):/\-–])(?=\s|\p{Lu}|$)\s*")
_ARABIC = regex.compile(
    # "1.", "1.2.", "1-" and the old "1/ " (a slash, then a space: "12/2025" is a date).
    r"^(?P<num>(?P<v>\d{1,2}(?:\.\d{1,2}){0,4})(?P<dot>\.|[\-–/](?=\s))?)(?:\s+|$|(?<=\.)(?=\p{Lu}))"
)
_NUMPAREN = regex.compile(r"^(?P<num>(?P<v>\d{1,2})\))\s*(?=\S)")
_LETTER = regex.compile(r"^(?P<num>(?P<v>[a-zđ])(?:[).]|[\-/](?=\s)))\s*(?=\S)")
_LETTER_LATIN = regex.compile(r"^(?P<num>(?P<v>[fj])\))\s*(?=\S)")  # only "f)": "f." is rare
_LETTER_UP = regex.compile(r"^(?P<num>(?P<v>[A-ZĐ])[).])\s+(?=\S)")
_PAREN = regex.compile(r"^(?P<num>\((?P<v>\d{1,2}|[a-zđ]|[ivx]{1,4})\))\s*(?=\S)")
_DASH = regex.compile(r"^(?P<num>[-–—•·▪►❖✓◦○●■□➢➤→])\s*(?=[^\s\-–—])")
_PLUS = regex.compile(r"^(?P<num>\+)\s*(?=\S)")
_STAR = regex.compile(r"^(?P<num>\*)\s+(?=\S)")
_LOWER = regex.compile(r"\p{Ll}")


@dataclass(frozen=True, slots=True)
class Token:
    """How a line opens: the token, its numbering as printed, its value, where content starts."""

    kind: Tok
    num: str | None = None
    value: int | tuple[int, ...] | None = None
    depth: int = 0
    rest: int = 0


def roman_value(s: str) -> int | None:
    """The value of a Roman numeral, or ``None`` if ``s`` is not a well-formed one."""
    if not s or not _ROMAN_OK.match(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VAL[ch]
        total += -v if i + 1 < len(s) and _ROMAN_VAL[s[i + 1]] > v else v
    return total


_UPPER_RUNS: dict[int, regex.Pattern[str]] = {}


def is_upper(text: str, min_letters: int = 3) -> bool:
    """True when ``text`` has at least ``min_letters`` upper-case letters and no lower-case."""
    if _LOWER.search(text):
        return False
    rx = _UPPER_RUNS.get(min_letters)
    if rx is None:
        rx = _UPPER_RUNS[min_letters] = regex.compile(rf"(?:\P{{Lu}}*\p{{Lu}}){{{min_letters}}}")
    return rx.match(text) is not None


def classify(text: str) -> Token:
    """The token that opens ``text`` (a cleaned line)."""
    if not text:
        return Token(Tok.TEXT)
    c = text[0]
    if c in "PpCcMm":
        m = _PART.match(text)
        if m:
            if m.group("r"):
                val = roman_value(m.group("r"))
            elif m.group("d"):
                val = int(m.group("d"))
            else:
                from vnplan.vocab import NUMBER_WORDS

                val = NUMBER_WORDS.get("thứ " + m.group("w").lower()) or NUMBER_WORDS.get(
                    m.group("w").lower()
                )
            if val is not None:
                return Token(Tok.PART, m.group("num").strip(), val, 0, m.end())
    if c in "IVXL":
        m = _ROMAN.match(text)
        if m:
            val = roman_value(m.group("v"))
            if val is not None:
                return Token(Tok.ROMAN, m.group("num"), val, 0, m.end())
    if c.isdigit():
        m = _ARABIC.match(text)
        if m:
            parts = tuple(int(p) for p in m.group("v").split("."))
            if len(parts) > 1 or m.group("dot"):
                return Token(Tok.ARABIC, m.group("num"), parts, len(parts), m.end())
        m = _NUMPAREN.match(text)
        if m:
            return Token(Tok.NUMPAREN, m.group("num"), int(m.group("v")), 0, m.end())
        return Token(Tok.TEXT)
    if c == "(":
        m = _PAREN.match(text)
        if m:
            v = m.group("v")
            val = int(v) if v.isdigit() else (ALPHABET.index(v) + 1 if v in ALPHABET else 0)
            return Token(Tok.PAREN, m.group("num"), val, 0, m.end())
        return Token(Tok.TEXT)
    if c in ALPHABET:
        m = _LETTER.match(text)
        if m:
            return Token(Tok.LETTER, m.group("num"), ALPHABET.index(m.group("v")) + 1, 0, m.end())
    elif c in _LATIN_ONLY:
        m = _LETTER_LATIN.match(text)
        if m:
            return Token(Tok.LETTER, m.group("num"), letter_value(m.group("v")), 0, m.end())
    if "A" <= c <= "Z" or c == "Đ":
        m = _LETTER_UP.match(text)
        if m:
            v = m.group("v").lower()
            return Token(
                Tok.LETTER_UP,
                m.group("num"),
                ALPHABET.index(v) + 1 if v in ALPHABET else 0,
                0,
                m.end(),
            )
    for kind, rx in ((Tok.DASH, _DASH), (Tok.PLUS, _PLUS), (Tok.STAR, _STAR)):
        m = rx.match(text)
        if m:
            return Token(kind, m.group("num"), None, 0, m.end())
    if is_upper(text, 4) and len(text) <= 200:
        return Token(Tok.UPPER)
    return Token(Tok.TEXT)
