"""Word automatic numbering (numbering.xml), rendered as Word shows it.

Many real plans number every heading with Word lists, so ``Paragraph.text`` has no ``I.`` or
``1.`` at all. A paragraph's list comes from its own ``w:numPr`` or its style's (following
``w:basedOn``); the format of each level from the abstract numbering (``w:start``,
``w:numFmt``, ``w:lvlText`` such as ``%1.%2.``), with ``w:lvlOverride/w:startOverride`` in
the concrete ``w:num``. Lists that share an abstract numbering share counters, as in Word,
unless a ``w:num`` restarts them with a start override.
"""

from __future__ import annotations

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


def _roman(n: int) -> str:
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letter(n: int) -> str:
    # Word: a..z, then aa..zz, aaa...
    n = max(n, 1)
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
                    ilvl = int(lvl.get(f"{W}ilvl", "0"))
                    lv = Level()
                    el = lvl.find(f"{W}start")
                    if el is not None:
                        lv.start = _int(el.get(f"{W}val"), 1)
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
                    if so is not None:
                        nb.overrides.setdefault(nid, {})[int(ov.get(f"{W}ilvl", "0"))] = _int(
                            so.get(f"{W}val"), 1
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
        counters[ilvl] = counters.get(ilvl, lv.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if lv.fmt == "bullet":
            return _bullet(lv.text)
        if lv.fmt == "none":
            return lv.text.strip() or None
        text = lv.text
        for k in range(ilvl, -1, -1):
            lk = levels.get(k, Level())
            val = counters.get(k, lk.start)
            fmt = "decimal" if (lv.is_legal and k < ilvl) else lk.fmt
            text = text.replace(f"%{k + 1}", format_number(val, fmt))
        return text.strip() or None


def _bullet(sym: str) -> str:
    """Bullet symbols are often private-use glyphs of Symbol/Wingdings fonts."""
    sym = sym.strip()
    if sym in ("-", "–", "—", "+", "*", "•", "·", "○", "●", "▪", "■", "□", "◦", "➢", "✓"):
        return sym if sym != "·" else "•"
    if sym == "" or (len(sym) == 1 and 0xF000 <= ord(sym) <= 0xF0FF):
        return "-" if sym in ("\uf02d",) else "•"
    return "•"


def _int(v: str | None, default: int) -> int:
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default
