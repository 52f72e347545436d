"""The closing's line grammar: each line (each column of a line) of the closing is a
recipient line, a signature line, the ``Nơi nhận`` head or noise, told apart on its own,
because text copies interleave the two columns line by line or run them into one line with
a wide gap. ``read_closing`` sorts the lines and finds where the closing ends; the zones use
it to cut the closing off what is appended after the signature, the closing extractor reads
recipients and signatories from what it sorted."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from enum import Enum

import regex

from vnplan.grammar.signers import (
    AUTHORITY_LINE,
    RANK_LINE,
    SIGNING_BODY,
    is_authority_line,
    is_person_name,
    is_position,
)
from vnplan.grammar.tokens import is_upper
from vnplan.patterns import RECIPIENTS
from vnplan.text.lines import Line
from vnplan.text.normalize import fold
from vnplan.vocab import AUTHORITY_PREFIXES, POSITION_HEADS, SIGNATURE_NOISE, alternation

BULLET = regex.compile(r"^\s*[-–—•+*·▪]\s*")
# "Lưu: VT", "Lưu VT, KH", "Lưu văn thư"; not a signer whose surname is Lưu ("Lưu Đức Huynh").
ARCHIVE = regex.compile(r"^(?:Lưu|LƯU)\b(?!\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s*[:.]?")
# Where a signature column starts inside a recipient line that a copy ran together with it:
# "- Như trên; KT. GIÁM ĐỐC", "- Lưu: VT, TTKHCN.KT. GIÁM ĐỐC", "- Lưu: VT.   PHÓ GIÁM ĐỐC".
# An authority ahead ("KT. CHỦ TỊCH", "TM. ỦY BAN ..."): where a line run together starts one.
_AUTHORITY_AHEAD = rf"(?=(?:{alternation(AUTHORITY_PREFIXES)})\s*\p{{Lu}}{{2}})"
_MERGED_SIG = regex.compile(
    rf"(?:\s|(?<=[.;,])){_AUTHORITY_AHEAD}"
    rf"|\s(?=(?:(?:PHÓ|Q\.)\s+)?(?:{alternation(POSITION_HEADS)})\s*$)"
)
_NOISE = frozenset(fold(s) for s in SIGNATURE_NOISE)


# How a recipient line that goes on in the next line ends.
_OPEN = (",", ":", "&", "(")


def _is_signature_line(t: str) -> bool:
    return bool(is_authority_line(t) or RANK_LINE.match(t) or is_position(t) or is_person_name(t))


class LineKind(Enum):
    """What one line (one column of a line) of the closing is."""

    HEAD = "head"  # "Nơi nhận:"
    RECIPIENT = "recipient"
    SIGNATURE = "signature"
    NOISE = "noise"  # a digital-signature stamp, a clerk's note


def _kind(text: str, in_recipients: bool, open_item: bool = False) -> LineKind:
    if RECIPIENTS.match(text):
        return LineKind.HEAD
    if open_item and not is_authority_line(text):
        return LineKind.RECIPIENT  # the rest of a recipient wrapped after "các Phòng:" or "ĐMPT,"
    f = fold(text)
    if f in _NOISE or f.startswith(("ký bởi", "người ký", "thời gian ký", "cơ quan:")):
        return LineKind.NOISE
    if BULLET.match(text) or ARCHIVE.match(text) or f.startswith("như trên"):
        return LineKind.RECIPIENT
    if _is_signature_line(text) or _flat_signature(text):
        return LineKind.SIGNATURE
    if is_upper(text, 2) and len(text.split()) <= 8 and not any(c.isdigit() for c in text):
        return LineKind.SIGNATURE  # a clerk's note such as "09 KH" (copies) is not
    return LineKind.RECIPIENT if in_recipients else LineKind.NOISE


def _split_merged(line: Line) -> list[Line]:
    """``- Như trên; KT. GIÁM ĐỐC`` (two columns run together) → two lines."""
    if not (BULLET.match(line.text) or ARCHIVE.match(line.text) or RECIPIENTS.match(line.text)):
        return [line]
    m = _MERGED_SIG.search(line.text, 2)
    if not m:
        return [line]
    return [line.cut(0, m.start()), line.cut(max(m.end(), m.start()))]


# Where a signature block that a converter ran onto one line starts a new line: at each
# authority after the first ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH ...").
_NEXT_AUTHORITY = regex.compile(rf"\s{_AUTHORITY_AHEAD}")


def _signature_cuts(t: str) -> list[int]:
    """Where the lines of a signature block that a converter ran onto one line begin
    (``TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Thị Kim Oanh``): at each authority
    after the first, at the position under the last one, at the name."""
    cuts = [m.start() for m in _NEXT_AUTHORITY.finditer(t)]
    spans = list(regex.finditer(r"\S+", t))
    words = [w.group() for w in spans]
    # The name (a rank may open it): the title-case words after the last upper-case one.
    k = len(words)
    while k > 0 and not is_upper(words[k - 1], 1):
        k -= 1
    tail = " ".join(words[k:])
    if 0 < k < len(words) and (is_person_name(tail) or RANK_LINE.match(tail)):
        name_at = spans[k].start()
        # "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the position under the last authority; where both
        # halves read as posts ("BỘ TRƯỞNG" / "THỨ TRƯỞNG"), that split, else the first post.
        cut = _post_cut(t, cuts[-1] if cuts else 0, name_at, both_only=False)
        if cut is not None:
            cuts.append(cut)
        cuts.append(name_at - 1)
    elif k == len(words):
        # No name on the line ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", the name below): the post under
        # the last authority, only where both halves read as posts.
        cut = _post_cut(t, cuts[-1] if cuts else 0, len(t), both_only=True)
        if cut is not None:
            cuts.append(cut)
    return sorted(set(cuts))


def _post_cut(t: str, start: int, end: int, *, both_only: bool) -> int | None:
    """Where the post under the authority that opens ``t[start:end]`` starts: the split whose
    both halves read as posts, else (unless ``both_only``) the first that leaves a post."""
    last = list(regex.finditer(r"\S+", t[start:end]))
    words = [w.group() for w in last]
    splits = [n for n in range(2, len(last)) if is_position(" ".join(words[n:]))]
    both = [n for n in splits if is_position(" ".join(words[1:n]))]
    chosen = both or ([] if both_only else splits)
    return start + last[chosen[0]].start() - 1 if chosen else None


def _flat_signature(t: str) -> bool:
    """Whether ``t`` is a whole signature block on one line: an authority, then lines that
    are each a signature's."""
    cuts = _signature_cuts(t) if AUTHORITY_LINE.match(t) else []
    bounds = [0, *cuts, len(t)]
    parts = [t[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return len(parts) >= 2 and all(_is_signature_line(p) for p in parts)


def _unflatten_signature(line: Line) -> list[Line]:
    """A signature block run onto one line → its lines; any other line comes back whole."""
    if not _flat_signature(line.text):
        return [line]
    bounds = [0, *_signature_cuts(line.text), len(line.text)]
    return [line.cut(a, b) for a, b in itertools.pairwise(bounds)]


def _continues_after_signature(line: Line) -> bool:
    """After a signer's name only another signer, recipients or noise may follow: anything
    else (a table, a "Biểu số 01" heading) starts what is appended after the signature."""
    for col in line.columns():
        t = " ".join(col.text.split())
        if not (
            RECIPIENTS.match(t)
            or BULLET.match(t)
            or ARCHIVE.match(t)
            or fold(t) in _NOISE
            or _is_signature_line(t)
        ):
            return False
    return True


@dataclass
class ClosingLines:
    """The closing's lines sorted: the recipient lines, the signature columns (each in
    order), whether a "Nơi nhận" head was seen, and where the closing ends."""

    recipients: list[Line] = field(default_factory=list)
    signature_columns: list[list[Line]] = field(default_factory=list)
    saw_head: bool = False
    # The index of the first line that belongs to what follows the signature (a table, an
    # annex) instead: len(lines) when the closing runs to the end.
    end: int = 0


def _column_at(x: int, col_x: dict[int, int]) -> int:
    """The signature column a line alone on its row belongs to: the nearest by where it
    starts, once two columns are known ("TỔNG GIÁM ĐỐC   TM. BAN CHẤP HÀNH" over a
    right-hand "CHỦ TỊCH"); the first while there is one."""
    if len(col_x) < 2:
        return 0
    return min(col_x, key=lambda k: abs(col_x[k] - x))


def read_closing(lines: list[Line]) -> ClosingLines:
    """Sort the closing's lines (each column of a line on its own) into recipients and
    signature columns, and find where the closing ends: after a signer's name only another
    signer, recipients or noise may follow."""
    rec_lines: list[Line] = []
    sig_cols: dict[int, list[Line]] = {}
    col_x: dict[int, int] = {}  # where each signature column starts across the line
    in_recipients = False
    saw_head = False
    named = False
    end = len(lines)
    for i, ln in enumerate(lines):
        last = rec_lines[-1].text.rstrip() if rec_lines else ""
        # The rest of a recipient wrapped by the column's width ("đoàn thể Thành" / "phố;").
        wrapped = last.endswith(_OPEN) or (
            bool(last)
            and not last.endswith((";", "."))
            and not ARCHIVE.match(last.lstrip("-–+• "))
            and len(ln.text.split()) <= 8
            and (ln.text[:1].islower() or ln.text.rstrip().endswith((";", ",", ".")))
        )
        if named and not wrapped and not _continues_after_signature(ln):
            nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
            if not (
                SIGNING_BODY.match(ln.text.strip()) and (is_position(nxt) or is_authority_line(nxt))
            ):
                end = i
                break
            # "SỞ Y TẾ" / "GIÁM ĐỐC" under the first signer: a joint plan's second block.
        cols = ln.columns()
        if len(cols) == 1:
            cols = _split_merged(cols[0])
        s_idx = 0
        for col in cols:
            kind = _kind(col.text, in_recipients, len(cols) == 1 and last.endswith(_OPEN))
            if kind is LineKind.HEAD:
                saw_head = in_recipients = True
                m = RECIPIENTS.match(col.text)
                rest = col.cut(m.end()) if m else None
                if rest is not None and rest.text:
                    rest.blank_before = False
                    for part in _split_merged(rest):
                        if _kind(part.text, True) is LineKind.SIGNATURE:
                            sig_cols.setdefault(s_idx, []).extend(_unflatten_signature(part))
                            s_idx += 1
                        else:
                            rec_lines.append(part)
            elif kind is LineKind.RECIPIENT:
                in_recipients = True
                rec_lines.append(col)
            elif kind is LineKind.SIGNATURE:
                x = ln.indent + col.start - ln.start
                k = _column_at(x, col_x) if len(cols) == 1 else s_idx
                col_x.setdefault(k, x)
                sig_cols.setdefault(k, []).extend(_unflatten_signature(col))
                s_idx += 1
                named = named or is_person_name(col.text) or bool(RANK_LINE.match(col.text))
    return ClosingLines(
        recipients=rec_lines,
        signature_columns=[sig_cols[i] for i in sorted(sig_cols)],
        saw_head=saw_head,
        end=end,
    )


__all__ = ["ARCHIVE", "BULLET", "ClosingLines", "LineKind", "read_closing"]
