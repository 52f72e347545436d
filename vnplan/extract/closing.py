"""The closing: recipients (``Nơi nhận``) and signature blocks.

Text copies often interleave the two columns line by line, or put both on one line with a
wide gap; each line (each column of a line) is therefore classified on its own as a recipient
line or a signature line before the two lists are read.
"""

from __future__ import annotations

import regex

from vnplan.extract.context import Context
from vnplan.grammar.signers import HONORIFIC, is_authority_line, is_person_name, is_position
from vnplan.grammar.tokens import is_upper
from vnplan.models import Authority, Recipient, Signatory, Span
from vnplan.patterns import AUTHORITY_PREFIX, BARE_AUTHORITY_PREFIX, RECIPIENTS, UPPER_UNIT_HEAD
from vnplan.text.lines import Line
from vnplan.text.normalize import fold
from vnplan.vocab import (
    AUTHORITY_PREFIXES,
    POSITION_HEADS,
    RANKS,
    SIGNATURE_NOISE,
    alternation,
)

_BULLET = regex.compile(r"^[-–—•+*·▪]\s*")
_ARCHIVE = regex.compile(r"^(?:Lưu|LƯU)\b\s*[:.]?")
_PREFIX = regex.compile(
    rf"^(?P<p>{AUTHORITY_PREFIX}|{BARE_AUTHORITY_PREFIX})\s*"
    r"(?P<rest>\p{Lu}.*)$"
)
_RANK = regex.compile(rf"^(?P<rank>{alternation(RANKS)})(?=\s|$)\s*(?P<rest>.*)$", regex.IGNORECASE)
# A body's name in upper case (``SỞ Y TẾ``, ``BAN THƯỜNG VỤ TỈNH ĐOÀN``): over a joint plan's
# signature, the body the signer signs for.
_BODY = regex.compile(rf"^(?:{UPPER_UNIT_HEAD})(?=\s|$)")
# Where a signature column starts inside a recipient line that a copy ran together with it:
# "- Như trên; KT. GIÁM ĐỐC", "- Lưu: VT, TTKHCN.KT. GIÁM ĐỐC", "- Lưu: VT.   PHÓ GIÁM ĐỐC".
_MERGED_SIG = regex.compile(
    rf"(?:\s|(?<=[.;,]))(?=(?:{alternation(AUTHORITY_PREFIXES)})\s*\p{{Lu}}{{2}})"
    rf"|\s(?=(?:(?:PHÓ|Q\.)\s+)?(?:{alternation(POSITION_HEADS)})\s*$)"
)
_NOISE = frozenset(fold(s) for s in SIGNATURE_NOISE)


# How a recipient line that goes on in the next line ends.
_OPEN = (",", ":", "&", "(")


def _kind(text: str, in_recipients: bool, open_item: bool = False) -> str:
    if RECIPIENTS.match(text):
        return "head"
    if open_item and not is_authority_line(text):
        return "recipient"  # the rest of a recipient wrapped after "các Phòng:" or "ĐMPT,"
    f = fold(text)
    if f in _NOISE or f.startswith(("ký bởi", "người ký", "thời gian ký", "cơ quan:")):
        return "noise"
    if _BULLET.match(text) or _ARCHIVE.match(text) or f.startswith("như trên"):
        return "recipient"
    if is_authority_line(text) or _RANK.match(text) or is_position(text) or is_person_name(text):
        return "signature"
    if is_upper(text, 2) and len(text.split()) <= 8 and not any(c.isdigit() for c in text):
        return "signature"  # a clerk's note such as "09 KH" (copies) is not
    return "recipient" if in_recipients else "noise"


def _split_merged(line: Line) -> list[Line]:
    """``- Như trên; KT. GIÁM ĐỐC`` (two columns run together) → two lines."""
    if not (_BULLET.match(line.text) or _ARCHIVE.match(line.text) or RECIPIENTS.match(line.text)):
        return [line]
    m = _MERGED_SIG.search(line.text, 2)
    if not m:
        return [line]
    return [line.cut(0, m.start()), line.cut(max(m.end(), m.start()))]


def _continues_after_signature(line: Line) -> bool:
    """After a signer's name only another signer, recipients or noise may follow: anything
    else (a table, a "Biểu số 01" heading) starts what is appended after the signature."""
    for col in line.columns():
        t = " ".join(col.text.split())
        if not (
            RECIPIENTS.match(t)
            or _BULLET.match(t)
            or _ARCHIVE.match(t)
            or fold(t) in _NOISE
            or is_authority_line(t)
            or _RANK.match(t)
            or is_person_name(t)
            or is_position(t)
        ):
            return False
    return True


def extract_closing(ctx: Context) -> tuple[list[Recipient], list[Signatory], int]:
    """Recipients and signatories of the closing zone, and the index of the first closing
    line that belongs to what follows the signature instead."""
    rec_lines: list[Line] = []
    sig_cols: dict[int, list[Line]] = {}
    in_recipients = False
    saw_head = False
    named = False
    end = len(ctx.zones.closing)
    for i, ln in enumerate(ctx.zones.closing):
        last = rec_lines[-1].text.rstrip() if rec_lines else ""
        # The rest of a recipient wrapped by the column's width ("đoàn thể Thành" / "phố;").
        wrapped = last.endswith(_OPEN) or (
            bool(last)
            and not last.endswith((";", "."))
            and not _ARCHIVE.match(last.lstrip("-–+• "))
            and len(ln.text.split()) <= 8
            and (ln.text[:1].islower() or ln.text.rstrip().endswith((";", ",", ".")))
        )
        if named and not wrapped and not _continues_after_signature(ln):
            nxt = ctx.zones.closing[i + 1].text.strip() if i + 1 < len(ctx.zones.closing) else ""
            if not (_BODY.match(ln.text.strip()) and (is_position(nxt) or is_authority_line(nxt))):
                end = i
                break
            # "SỞ Y TẾ" / "GIÁM ĐỐC" under the first signer: a joint plan's second block.
        cols = ln.columns()
        if len(cols) == 1:
            cols = _split_merged(cols[0])
        s_idx = 0
        for col in cols:
            kind = _kind(col.text, in_recipients, len(cols) == 1 and last.endswith(_OPEN))
            if kind == "head":
                saw_head = in_recipients = True
                m = RECIPIENTS.match(col.text)
                rest = col.cut(m.end()) if m else None
                if rest is not None and rest.text:
                    rest.blank_before = False
                    for part in _split_merged(rest):
                        if _kind(part.text, True) == "signature":
                            sig_cols.setdefault(s_idx, []).append(part)
                            s_idx += 1
                        else:
                            rec_lines.append(part)
            elif kind == "recipient":
                in_recipients = True
                rec_lines.append(col)
            elif kind == "signature":
                sig_cols.setdefault(s_idx, []).append(col)
                s_idx += 1
                named = named or is_person_name(col.text) or bool(_RANK.match(col.text))
    recipients = _recipients(rec_lines)
    signatories: list[Signatory] = []
    for idx in sorted(sig_cols):
        signatories.extend(_signatories(sig_cols[idx]))
    if ctx.zones.doc_type is not None:
        if not saw_head and not recipients:
            ctx.warn("recipients_missing", "no 'Nơi nhận' list found")
        if not signatories:
            ctx.warn("signatories_missing", "no signature block found")
    return recipients, signatories, end


# Two recipients run into one line ("- V01, C04 - Bộ Công an; - Thường trực Tỉnh ủy;").
_NEXT_ITEM = regex.compile(r"(?<=;)\s+(?=[-–+]\s)")


def _recipients(lines: list[Line]) -> list[Recipient]:
    items: list[tuple[str, Span, bool]] = []
    split: list[Line] = []
    for ln in lines:
        at = 0
        for m in _NEXT_ITEM.finditer(ln.text):
            split.append(ln.cut(at, m.start()))
            at = m.end()
        split.append(ln.cut(at) if at else ln)
    for ln in split:
        t = ln.text
        m = _BULLET.match(t)
        starts_item = bool(m) or bool(_ARCHIVE.match(t)) or not items
        body = t[m.end() :] if m else t
        if not body.strip():
            continue
        if starts_item:
            k = len(t) - len(body)
            items.append((body, ln.span(k), bool(_ARCHIVE.match(body))))
        else:
            text, span, archive = items[-1]
            items[-1] = (text + " " + body, Span(start=span.start, end=ln.src_end), archive)
    return [
        Recipient(text=" ".join(t.split()).rstrip(" ;,."), archive=a, span=s) for t, s, a in items
    ]


def _signatories(lines: list[Line]) -> list[Signatory]:
    blocks: list[Signatory] = []
    cur = Signatory()
    cur_lines: list[Line] = []
    last_auth = False

    def flush() -> None:
        nonlocal cur, cur_lines
        if cur.chain or cur.position or cur.name:
            if cur.chain:
                cur.authority = cur.chain[-1].authority
                cur.on_behalf_of = cur.chain[-1].on_behalf_of
            cur.span = Span(start=cur_lines[0].start, end=cur_lines[-1].src_end)
            blocks.append(cur)
        cur = Signatory()
        cur_lines = []

    for ln in lines:
        t = " ".join(ln.text.split())
        m = _PREFIX.match(t)
        if m and is_authority_line(t):
            if cur.name or cur.position:
                flush()
            printed = m.group("p")
            # One form for both styles: "T/M" (Party) and "TM." (state) both sign on behalf.
            p = printed.replace("/", "").rstrip(".") + "."
            cur.chain.append(
                Authority(
                    authority=p,
                    on_behalf_of=m.group("rest").strip(),
                    printed=printed if printed != p else None,
                )
            )
            cur_lines.append(ln)
            last_auth = True
            continue
        r = _RANK.match(t)
        if r:
            if cur.name:
                flush()
            cur.rank = r.group("rank")[0].upper() + r.group("rank")[1:].lower()
            if r.group("rest"):
                cur.name = _name(r.group("rest"))
            cur_lines.append(ln)
            last_auth = False
            continue
        if is_person_name(t) and not (
            last_auth and not is_position(t) and is_upper(t) and len(t.split()) <= 2
        ):
            if cur.name:
                flush()
            cur.name = _name(t)
            cur_lines.append(ln)
            last_auth = False
            continue
        if is_upper(t, 2):
            if (
                (cur.name or not (cur.chain or cur.position))
                and not is_position(t)
                and _BODY.match(t)
            ):
                # "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "GIÁM ĐỐC": the body the block signs for, with no
                # KT./TM. (GOLD_FORMAT: on_behalf_of, authority null).
                if cur.name:
                    flush()
                cur.chain.append(Authority(authority=None, on_behalf_of=t))
                cur_lines.append(ln)
                last_auth = True
                continue
            if last_auth and cur.chain and not is_position(t) and len(t.split()) <= 3:
                a = cur.chain[-1]
                a.on_behalf_of = f"{a.on_behalf_of} {t}".strip()
            elif cur.name:
                flush()
                cur.position = t
            elif cur.position is None:
                cur.position = t
            elif not is_position(t):
                cur.position = f"{cur.position} {t}"
            else:
                flush()
                cur.position = t
            cur_lines.append(ln)
            last_auth = False
    flush()
    if len(blocks) >= 2 and blocks[-1].name is None and not blocks[-1].chain and blocks[-2].name:
        # "Nguyễn Văn Hoàn" / "TRƯỞNG BAN XÂY DỰNG ĐẢNG": a title printed under the signer's
        # name is the signer's other office, not a second signatory without a name.
        blocks.pop()
    return blocks


def _name(text: str) -> str:
    return " ".join(HONORIFIC.sub("", text).split()).strip(" .,;")
