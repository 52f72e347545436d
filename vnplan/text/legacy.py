"""Legacy Vietnamese encodings (TCVN3/ABC with the ``.VnTime`` fonts, VNI-Windows) to Unicode.

Old documents typed in these fonts extract as mojibake: ``Céng hoµ x· héi chñ nghÜa ViÖt
Nam`` (TCVN3), ``Coäng hoøa xaõ hoäi`` (VNI). The conversion tables and the content detector
come from viparse (MIT, no dependencies), pinned to a tested range; vnplan adds the case
repair TCVN3 needs: it has no upper-case accented letters (``.VnTimeH`` draws the lower-case
codes as capitals), so a converted letter inside an all-capital word is made capital too.
"""

from __future__ import annotations

from typing import Any

import regex

# Characters that legacy fonts use for Vietnamese letters but real Vietnamese Unicode text
# almost never contains: a cheap test before the (slower) content detector runs.
_TCVN3_MARKS = regex.compile(
    r"[µ¶·¸¹¼½¾ÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖ×ØÙÚÛÜÝÞßãåæçèéêëìíîïñòóôõöøùúûüýþÿ¡¢£¤¥¦§¨©ª«¬®]"
)
_VNI_MARKS = regex.compile(r"[aeiouyAEIOUY][øùûõïöÄÙØÛÕÏÖ]|[ÑñÔôÖö]\w|aâ|eâ|oâ|öô|öø")
_VIETNAMESE = regex.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]")


def _viparse() -> tuple[object, object, object] | None:
    try:
        from viparse.normalize.detector import detect_encoding_by_content
        from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS, CHARMAPS
        from viparse.normalize.tables import convert
    except Exception:  # not installed, or a release whose internals moved
        return None
    return detect_encoding_by_content, (AUTO_DETECT_CHARMAPS, CHARMAPS), convert


def detect(text: str) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when ``text`` reads as that legacy encoding, else None."""
    sample = text[:20000]
    real = len(_VIETNAMESE.findall(sample))
    marks = len(_TCVN3_MARKS.findall(sample)) + len(_VNI_MARKS.findall(sample))
    if marks < 8 or marks < 2 * real:
        return None
    lib = _viparse()
    if lib is None:
        return None
    detect_fn: Any = lib[0]
    auto: Any = lib[1][0]  # type: ignore[index]
    det = detect_fn(sample, auto)
    enc = getattr(det, "encoding", None)
    if enc in ("tcvn3", "vni") and float(getattr(det, "confidence", 0.0)) >= 0.5:
        return str(enc)
    return None


def convert(text: str, encoding: str, *, upper: bool = False) -> str:
    """``text`` in a legacy encoding, as Unicode. ``upper``: the text was drawn in an
    upper-case font (``.VnTimeH``)."""
    lib = _viparse()
    if lib is None:
        return text
    charmaps: Any = lib[1][1]  # type: ignore[index]
    convert_fn: Any = lib[2]
    out = str(convert_fn(text, charmaps[encoding], "NFC"))
    if upper:
        return out.upper()
    if encoding == "tcvn3":
        out = restore_case(out)
    return out


def _caps_with_legacy_lower(w: str, min_upper: int) -> bool:
    """A word whose capitals number at least ``min_upper`` and whose lower-case letters are
    all accented (the letters TCVN3 could only write in lower case)."""
    lowers = [c for c in w if c.isalpha() and c.islower()]
    uppers = sum(1 for c in w if c.isalpha() and c.isupper())
    return bool(lowers) and uppers >= min_upper and all(not c.isascii() for c in lowers)


def restore_case(text: str) -> str:
    """Capitalise the accented letters TCVN3 wrote in lower case inside capital words:
    ``CHủ`` → ``CHỦ``; ``Bộ`` → ``BỘ`` only where the words around it are capitals too."""
    out_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        caps = [_caps_with_legacy_lower(w, 2) or (w.isupper() and len(w) > 1) for w in words]
        fixed = []
        for i, w in enumerate(words):
            if _caps_with_legacy_lower(w, 2):
                w = w.upper()
            elif _caps_with_legacy_lower(w, 1):
                near = [caps[j] for j in (i - 1, i + 1) if 0 <= j < len(words) and words[j]]
                if near and all(near):
                    w = w.upper()
            fixed.append(w)
        out_lines.append(" ".join(fixed))
    return "\n".join(out_lines)
