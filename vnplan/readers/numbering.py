"""Word automatic numbering (numbering.xml), rendered as Word shows it.

Many real plans number every heading with Word lists, so ``Paragraph.text`` has no ``I.`` or
``1.`` at all. A paragraph's list comes from its own ``w:numPr`` or its style's (following
``w:basedOn``); the format of each level from the abstract numbering (``w:start``,
``w:numFmt``, ``w:lvlText`` such as ``%1.%2.``), with ``w:lvlOverride/w:startOverride`` in
the concrete ``w:num``. Lists that share an abstract numbering share counters, as in Word,
unless a ``w:num`` restarts them with a start override.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]
# Letters Vietnamese lists use; Word's own lowerLetter sequence is the Latin alphabet.
_LATIN = "abcdefghijklmnopqrstuvwxyz"


#: Word's list levels are 0-8; a counter never goes past 32767 (Word's own maximum start).
MAX_LEVEL = 8
MAX_COUNTER = 32767
# Letters and Roman numerals above these are written in digits: no real list reaches them,
# and a hostile start (2·10⁹) would otherwise spell out a letter millions of times.
_MAX_ROMAN = 3999
_MAX_LETTER = 26 * 8
_PLACEHOLDER = re.compile(r"%([1-9])")


def _roman(n: int) -> str:
    if n > _MAX_ROMAN:
        return str(n)
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letter(n: int) -> str:
    # Word: a..z, then aa..zz, aaa...
    n = max(n, 1)
    if n > _MAX_LETTER:
        return str(n)
    return _LATIN[(n - 1) % 26] * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word number format."""
    if fmt in ("upperRoman",):
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    is_legal: bool = False


@dataclass
class Numbering:
    """The lists of one document and the running counters."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, numbering_el: Any | None, styles_el: Any | None) -> Numbering:
        nb = cls()
        if numbering_el is not None:
            for an in numbering_el.iter(f"{W}abstractNum"):
                aid = an.get(f"{W}abstractNumId")
                levels: dict[int, Level] = {}
                for lvl in an.iter(f"{W}lvl"):
                    ilvl = _int(lvl.get(f"{W}ilvl"), 0)
                    if not 0 <= ilvl <= MAX_LEVEL:
                        continue  # Word has nine levels; others are never shown
                    lv = Level()
                    el = lvl.find(f"{W}start")
                    if el is not None:
                        lv.start = _counter(_int(el.get(f"{W}val"), 1))
                    el = lvl.find(f"{W}numFmt")
                    if el is not None:
                        lv.fmt = el.get(f"{W}val", "decimal")
                    el = lvl.find(f"{W}lvlText")
                    if el is not None:
                        lv.text = el.get(f"{W}val", "")
                    lv.is_legal = lvl.find(f"{W}isLgl") is not None
                    levels[ilvl] = lv
                if aid is not None:
                    nb.abstract[aid] = levels
            for num in numbering_el.iter(f"{W}num"):
                nid = num.get(f"{W}numId")
                a = num.find(f"{W}abstractNumId")
                if nid is None or a is None:
                    continue
                nb.nums[nid] = a.get(f"{W}val", "")
                for ov in num.iter(f"{W}lvlOverride"):
                    so = ov.find(f"{W}startOverride")
                    ov_lvl = _int(ov.get(f"{W}ilvl"), 0)
                    if so is not None and 0 <= ov_lvl <= MAX_LEVEL:
                        nb.overrides.setdefault(nid, {})[ov_lvl] = _counter(
                            _int(so.get(f"{W}val"), 1)
                        )
        if styles_el is not None:
            nb._load_styles(styles_el)
        return nb

    def _load_styles(self, styles_el: Any) -> None:
        own: dict[str, tuple[str | None, int | None]] = {}
        based: dict[str, str] = {}
        for st in styles_el.iter(f"{W}style"):
            sid = st.get(f"{W}styleId")
            if sid is None:
                continue
            b = st.find(f"{W}basedOn")
            if b is not None:
                based[sid] = b.get(f"{W}val", "")
            np = st.find(f"{W}pPr/{W}numPr")
            if np is not None:
                nid = np.find(f"{W}numId")
                il = np.find(f"{W}ilvl")
                own[sid] = (
                    nid.get(f"{W}val") if nid is not None else None,
                    _int(il.get(f"{W}val"), 0) if il is not None else None,
                )
        for sid in set(own) | set(based):
            seen = set()
            cur: str | None = sid
            nid_found: str | None = None
            ilvl_found: int | None = None
            while cur and cur not in seen:
                seen.add(cur)
                n, i = own.get(cur, (None, None))
                nid_found = nid_found or n
                ilvl_found = ilvl_found if ilvl_found is not None else i
                cur = based.get(cur)
            if nid_found:
                self.style_num[sid] = (nid_found, ilvl_found or 0)

    def label(self, p: Any) -> str | None:
        """The number Word shows before paragraph ``p`` (advancing the counters), or None."""
        ppr = p.find(f"{W}pPr")
        nid: str | None = None
        ilvl: int | None = None
        if ppr is not None:
            np = ppr.find(f"{W}numPr")
            if np is not None:
                n = np.find(f"{W}numId")
                i = np.find(f"{W}ilvl")
                nid = n.get(f"{W}val") if n is not None else None
                ilvl = _int(i.get(f"{W}val"), 0) if i is not None else None
            if nid is None:
                ps = ppr.find(f"{W}pStyle")
                if ps is not None and ps.get(f"{W}val") in self.style_num:
                    snid, silvl = self.style_num[ps.get(f"{W}val")]
                    nid, ilvl = snid, ilvl if ilvl is not None else silvl
        if not nid or nid == "0" or nid not in self.nums:
            return None
        ilvl = ilvl or 0
        if not 0 <= ilvl <= MAX_LEVEL:
            return None
        aid = self.nums[nid]
        levels = self.abstract.get(aid, {})
        lv = levels.get(ilvl)
        if lv is None:
            return None
        counters = self.counters.setdefault(aid, {})
        if nid not in self.started:
            self.started.add(nid)
            for lvl_i, start in self.overrides.get(nid, {}).items():
                counters[lvl_i] = start - 1
                for deeper in [k for k in counters if k > lvl_i]:
                    del counters[deeper]
        counters[ilvl] = min(counters.get(ilvl, lv.start - 1) + 1, MAX_COUNTER)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if lv.fmt == "bullet":
            return _bullet(lv.text)
        if lv.fmt == "none":
            return lv.text.strip() or None
        # Only the placeholders the level text holds (%1..%9), each once: the text is
        # bounded by its own length, whatever the level numbers say.
        lvl_text = lv.text[:200]

        def fill(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if k > ilvl:
                return m.group(0)
            lk = levels.get(k, Level())
            val = counters.get(k, lk.start)
            fmt = "decimal" if (lv.is_legal and k < ilvl) else lk.fmt
            return format_number(val, fmt)

        return _PLACEHOLDER.sub(fill, lvl_text).strip() or None


def _bullet(sym: str) -> str:
    """Bullet symbols are often private-use glyphs of Symbol/Wingdings fonts."""
    sym = sym.strip()
    if sym in ("-", "–", "—", "+", "*", "•", "·", "○", "●", "▪", "■", "□", "◦", "➢", "✓"):
        return sym if sym != "·" else "•"
    if sym == "" or (len(sym) == 1 and 0xF000 <= ord(sym) <= 0xF0FF):
        return "-" if sym in ("\uf02d",) else "•"
    return "•"


def _counter(n: int) -> int:
    return max(0, min(n, MAX_COUNTER))


def _int(v: str | None, default: int) -> int:
    try:
        return int(v[:12]) if v is not None else default
    except ValueError:
        return default
