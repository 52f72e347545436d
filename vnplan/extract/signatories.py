"""Signature blocks → ``Signatory`` objects.

The closing (``closing.py``) hands over the lines of one signature column; this module reads
them top to bottom. Each line is one of the kinds ``grammar/signers`` tells apart (an
authority line ``KT. GIÁM ĐỐC``, a rank ``Đại tá``, a person's name, a position or a body in
upper case), and each kind has one method of ``_Reader`` saying what it does to the block
being read: this is the place to change how signatories are read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vnplan.grammar.signers import (
    AUTHORITY_LINE,
    HONORIFIC,
    RANK_LINE,
    SIGNING_BODY,
    is_authority_line,
    is_person_name,
    is_position,
)
from vnplan.grammar.tokens import is_upper
from vnplan.models import Authority, Signatory, Span
from vnplan.text.lines import Line


def read_signatories(lines: list[Line]) -> list[Signatory]:
    """The signatories of one signature column, in the order printed."""
    reader = _Reader()
    for ln in lines:
        reader.feed(ln)
    return reader.finish()


def signer_name(text: str) -> str:
    """A printed name without honorifics (``PGS.TS.``) and trailing punctuation."""
    return " ".join(HONORIFIC.sub("", text).split()).strip(" .,;")


# A line under an authority line that is no position goes on with the body it signs for
# ("TM. BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN HUYỆN"), up to this many words.
_BODY_WORDS = 6


@dataclass
class _Reader:
    blocks: list[Signatory] = field(default_factory=list)
    cur: Signatory = field(default_factory=Signatory)
    cur_lines: list[Line] = field(default_factory=list)
    # The line before was an authority line or a body: a short upper line may go on with it.
    last_auth: bool = False

    def feed(self, ln: Line) -> None:
        t = " ".join(ln.text.split())
        if not (
            self._authority(t)
            or self._rank(t)
            or self._person(t)
            or (is_upper(t, 2) and (self._body(t) or self._position(t)))
        ):
            return
        self.cur_lines.append(ln)

    def finish(self) -> list[Signatory]:
        self._flush()
        b = self.blocks
        if (
            len(b) >= 2
            and b[-1].name
            and not (b[-1].chain or b[-1].position)
            and any(x.name is None for x in b[:-1])
        ):
            # Two blocks printed one after the other and their names after both (a copy
            # that ran the columns one under the other): the names go to the blocks in order.
            names = [x.name for x in b if x.name]
            b.pop()
            for x, name in zip(b, names, strict=False):
                x.name = name
        if len(b) >= 2 and b[-1].name is None and not b[-1].chain and b[-2].name:
            # "Nguyễn Văn Hoàn" / "TRƯỞNG BAN XÂY DỰNG ĐẢNG": a title printed under the signer's
            # name is the signer's other office, not a second signatory without a name.
            b.pop()
        return b

    def _flush(self) -> None:
        cur = self.cur
        if cur.chain or cur.position or cur.name:
            if cur.chain:
                cur.authority = cur.chain[-1].authority
                cur.on_behalf_of = cur.chain[-1].on_behalf_of
            cur.span = Span(start=self.cur_lines[0].start, end=self.cur_lines[-1].src_end)
            self.blocks.append(cur)
        self.cur = Signatory()
        self.cur_lines = []

    def _authority(self, t: str) -> bool:
        m = AUTHORITY_LINE.match(t)
        if not (m and is_authority_line(t)):
            return False
        if self.cur.name or self.cur.position:
            self._flush()
        printed = m.group("p")
        # One form for both styles: "T/M" (Party) and "TM." (state) both sign on behalf.
        p = printed.replace("/", "").rstrip(".") + "."
        self.cur.chain.append(
            Authority(
                authority=p,
                on_behalf_of=m.group("rest").strip(),
                printed=printed if printed != p else None,
            )
        )
        self.last_auth = True
        return True

    def _rank(self, t: str) -> bool:
        r = RANK_LINE.match(t)
        if not r:
            return False
        if self.cur.name:
            self._flush()
        self.cur.rank = r.group("rank")[0].upper() + r.group("rank")[1:].lower()
        if r.group("rest"):
            self.cur.name = signer_name(r.group("rest"))
        self.last_auth = False
        return True

    def _person(self, t: str) -> bool:
        # A short upper line under an authority line goes on with it ("TM. BAN THƯỜNG VỤ" /
        # "HUYỆN ĐOÀN"), though a surname may open it.
        if not is_person_name(t) or (
            self.last_auth and not is_position(t) and is_upper(t) and len(t.split()) <= 2
        ):
            return False
        if self.cur.name:
            self._flush()
        self.cur.name = signer_name(t)
        # "PGS.TS. Trần Văn Hòa": an academic title printed before the name is the signer's
        # rank, as a military one is (GOLD_FORMAT: the title above or before the name).
        title = HONORIFIC.match(t)
        if title is not None and self.cur.rank is None:
            self.cur.rank = title.group("h").replace(" ", "")
        self.last_auth = False
        return True

    def _body(self, t: str) -> bool:
        """``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` over ``GIÁM ĐỐC``: the body the block signs for, with
        no KT./TM. (GOLD_FORMAT: on_behalf_of, authority null)."""
        cur = self.cur
        # A block with its post but not yet its name: the next block starts ("BÍ THƯ" /
        # "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "TRƯỞNG PHÒNG"); its name may come after both.
        waiting = cur.position is not None and cur.name is None
        if not (
            (cur.name or waiting or not (cur.chain or cur.position))
            and not is_position(t)
            and SIGNING_BODY.match(t)
        ):
            return False
        if cur.name or waiting:
            self._flush()
        self.cur.chain.append(Authority(authority=None, on_behalf_of=t))
        self.last_auth = True
        return True

    def _position(self, t: str) -> bool:
        cur = self.cur
        if self.last_auth and cur.chain and not is_position(t) and len(t.split()) <= _BODY_WORDS:
            a = cur.chain[-1]
            a.on_behalf_of = f"{a.on_behalf_of} {t}".strip()
        elif cur.name:
            self._flush()
            self.cur.position = t
        elif cur.position is None:
            cur.position = t
        elif not is_position(t):
            cur.position = f"{cur.position} {t}"
        else:
            self._flush()
            self.cur.position = t
        self.last_auth = False
        return True


__all__ = ["read_signatories", "signer_name"]
