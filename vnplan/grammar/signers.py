"""The lines of a signature block, told apart on their own: an authority line (``KT. BỘ
TRƯỞNG``, ``T/M BAN THƯỜNG VỤ``), a position (``PHÓ GIÁM ĐỐC``) and a signer's name. The
zones find where the closing starts with them; the closing reads the blocks with them."""

from __future__ import annotations

import regex

from vnplan.grammar.tokens import is_upper
from vnplan.patterns import AUTHORITY_PREFIX, BARE_AUTHORITY_PREFIX, UPPER_UNIT_HEAD
from vnplan.vocab import (
    POSITION_HEADS,
    POSITION_MODIFIERS,
    RANKS,
    SURNAMES,
    UNIT_HEADS,
    alternation,
)

_AUTHORITY = regex.compile(
    rf"^(?:{AUTHORITY_PREFIX})\s*(?=\p{{Lu}})|^(?:{BARE_AUTHORITY_PREFIX})\s+(?=\p{{Lu}}{{2}})"
)
# "HẠT TRƯỞNG" (of a Hạt Kiểm lâm), "TRẠM TRƯỞNG": the chief of a body, named by the first
# word of its head and "TRƯỞNG", for every head word a unit may have.
_HEAD_CHIEF = alternation({h.split()[0].upper() + " TRƯỞNG" for h in UNIT_HEADS})
_POSITION = regex.compile(
    rf"^(?:(?:{alternation(POSITION_MODIFIERS)})\s+)*"
    rf"(?:{alternation(POSITION_HEADS)}|{_HEAD_CHIEF})(?=\s|$)"
)
# An authority line split into its prefix and the rest: "KT." + "CHỦ TỊCH".
AUTHORITY_LINE = regex.compile(
    rf"^(?P<p>{AUTHORITY_PREFIX}|{BARE_AUTHORITY_PREFIX})\s*(?P<rest>\p{{Lu}}.*)$"
)
# A military or police rank, alone or before the name: "Đại tá Nguyễn Văn A".
RANK_LINE = regex.compile(
    rf"^(?P<rank>{alternation(RANKS)})(?=\s|$)\s*(?P<rest>.*)$", regex.IGNORECASE
)
# A body's name in upper case (``SỞ Y TẾ``, ``BAN THƯỜNG VỤ TỈNH ĐOÀN``): over a joint plan's
# signature, the body the signer signs for.
SIGNING_BODY = regex.compile(rf"^(?:{UPPER_UNIT_HEAD})(?=\s|$)")
HONORIFIC = regex.compile(r"^(?P<h>(?:(?:PGS|GS|TS|ThS|Ths|BS|KS|CN|NGƯT|NGND|TTND)\.\s*)+)")
# "H'Nhung", "K'Điểu", "Ksor": the names of the Central Highlands' peoples keep an
# apostrophe after their first letter.
_NAME_WORD = regex.compile(r"^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]*\.?$|^\p{Lu}+(?:['’]\p{Lu}+)?$")


def is_authority_line(text: str) -> bool:
    """A signing-authority line (``KT. BỘ TRƯỞNG``, ``T/M BAN THƯỜNG VỤ``)."""
    return bool(_AUTHORITY.match(text)) and is_upper(text, 3) and len(text) < 90


def is_position(text: str) -> bool:
    """An upper-case signer's position (``PHÓ GIÁM ĐỐC``, ``THỨ TRƯỞNG``)."""
    return is_upper(text, 2) and bool(_POSITION.match(" ".join(text.split())))


def is_person_name(text: str) -> bool:
    """A signer's name line (``Nguyễn Ngọc Lâm``; also upper case ``NGUYỄN VĂN A``)."""
    t = HONORIFIC.sub("", text.strip()).strip()
    words = t.split()
    if (
        not 2 <= len(words) <= 6
        or any(ch.isdigit() for ch in t)
        or not all(_NAME_WORD.match(w) for w in words)
    ):
        return False
    first = words[0].capitalize()
    if is_upper(t):
        return first in SURNAMES and not is_position(t) and not is_authority_line(t)
    return first in SURNAMES or len(words) <= 4


__all__ = [
    "AUTHORITY_LINE",
    "HONORIFIC",
    "RANK_LINE",
    "SIGNING_BODY",
    "is_authority_line",
    "is_person_name",
    "is_position",
]
