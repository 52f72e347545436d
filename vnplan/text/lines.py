"""Physical lines, cleaned of converter debris, with a map back to source offsets.

Markdown exports of web pages (``|`` table-cell lines, ``**bold**``, ``# headings``, ``1\\.``
escapes, ``-------`` rules) and plain copies (runs of spaces between two columns) are reduced to
their text. Each ``Line`` remembers, run by run, where its characters came from, so an
extractor can turn any slice of ``line.text`` into a ``Span`` of the
normalised source, even after lines are joined.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from vnplan.models import Span
from vnplan.text.normalize import REGEX_SPACE

# Tokens a cleaner removes or rewrites inside a line.
_TOKEN = regex.compile(
    r"(?P<ws>[ \t]{2,}|\t|^[ \t]+)|(?P<pipe>\|)|(?P<star>\*+)|(?P<us>(?<!\w)__+|__+(?!\w))"
    # A backslash before a Markdown character escapes it; one ending the line is a hard break.
    r"|(?P<esc>\\(?=[\\`*_{}\[\]()#+\-.!|>~])|\\[ \t]*$)"
)
_MD_PREFIX = regex.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)")
_STAR_BULLET = regex.compile(r"^[ \t]*\*[ \t]+(?=\S)")
# A line that carries no text: table rules, emphasis debris, separators, a lone bullet; that is
# ``^[\s\-_=*~.·–—|:+•]*$`` (regex's \s), on a line without "\n", without the regex engine.
_EMPTY_CHARS = REGEX_SPACE + "-_=*~.·–—|:+•"


def _is_empty(s: str) -> bool:
    return not s.strip(_EMPTY_CHARS)


def _plain(raw: str) -> bool:
    """No token of ``_TOKEN`` and no Markdown prefix can be in ``raw``: the line is its text."""
    return not (
        raw[:1] in (" ", "\t", "#", ">")
        or "  " in raw
        or "\t" in raw
        or "|" in raw
        or "*" in raw
        or "_" in raw
        or "\\" in raw
    )


@dataclass(slots=True)
class Line:
    """One logical line of text with its source map.

    ``segs`` holds ``(clean_offset, source_offset)`` pairs: from each ``clean_offset`` on, the
    characters of ``text`` come one for one from the source starting at ``source_offset``.
    """

    text: str
    segs: list[tuple[int, int]]
    src_end: int
    bold: bool = False
    emph_out: bool = False
    gaps: tuple[int, ...] = ()
    blank_before: bool = False
    physical: int = 1
    hints: dict[str, object] = field(default_factory=dict)
    tail: int = -1  # length of the last physical line (-1: the whole text is one line)
    indent: int = 0  # width of the physical line's leading white space (see _indent)

    @property
    def last_length(self) -> int:
        """Length of the last physical line of this (possibly joined) line."""
        return len(self.text) if self.tail < 0 else self.tail

    @property
    def start(self) -> int:
        return self.segs[0][1] if self.segs else self.src_end

    def src(self, i: int) -> int:
        """Source offset of ``text[i]``."""
        if not self.segs:
            return self.src_end
        if i >= len(self.text):
            return self.src_end
        keys = [c for c, _ in self.segs]
        k = bisect.bisect_right(keys, i) - 1
        c, s = self.segs[max(k, 0)]
        return s + (i - c)

    def span(self, i: int = 0, j: int | None = None) -> Span:
        """The source span of ``text[i:j]`` (whitespace at its edges left out)."""
        # Offsets past the end (a match over this line and the next) are clamped to it.
        j = len(self.text) if j is None else min(j, len(self.text))
        i = max(0, min(i, j))
        while i < j and self.text[i].isspace():
            i += 1
        while j > i and self.text[j - 1].isspace():
            j -= 1
        if j <= i:
            p = self.src(i)
            return Span(start=p, end=p)
        return Span(start=self.src(i), end=self.src(j - 1) + 1)

    def joined(self, other: Line, sep: str = " ") -> Line:
        """This line followed by ``other`` (separated by ``sep``) as one logical line."""
        base = len(self.text) + len(sep)
        segs = list(self.segs)
        if sep:
            # The separator stands for the line break just after this line's last character.
            segs.append((len(self.text), self.src_end))
        segs.extend((c + base, s) for c, s in other.segs)
        gaps = self.gaps + tuple(g + base for g in other.gaps)
        return Line(
            text=self.text + sep + other.text,
            segs=segs,
            src_end=other.src_end,
            bold=self.bold and other.bold,
            emph_out=other.emph_out,
            gaps=gaps,
            blank_before=self.blank_before,
            physical=self.physical + other.physical,
            hints={**other.hints, **self.hints},
            tail=other.last_length,
            indent=self.indent,
        )

    @staticmethod
    def join_all(lines: list[Line], sep: str = " ") -> Line:
        """``lines[0].joined(lines[1]).joined(lines[2])...`` built in one pass: O(total
        length) instead of copying the text so far at each line."""
        first = lines[0]
        texts: list[str] = []
        segs: list[tuple[int, int]] = []
        gaps: list[int] = []
        base = 0
        prev: Line | None = None
        for ln in lines:
            if prev is not None:
                if sep:
                    segs.append((base, prev.src_end))
                base += len(sep)
            segs.extend((c + base, s) for c, s in ln.segs)
            gaps.extend(g + base for g in ln.gaps)
            texts.append(ln.text)
            base += len(ln.text)
            prev = ln
        last = lines[-1]
        hints: dict[str, object] = {}
        for ln in reversed(lines):  # the first line's hints win, as in joined()
            hints = {**hints, **ln.hints}
        return Line(
            text=sep.join(texts),
            segs=segs,
            src_end=last.src_end,
            bold=all(ln.bold for ln in lines),
            emph_out=last.emph_out,
            gaps=tuple(gaps),
            blank_before=first.blank_before,
            physical=sum(ln.physical for ln in lines),
            hints=hints,
            tail=last.last_length,
            indent=first.indent,
        )

    def cut(self, i: int, j: int | None = None) -> Line:
        """The part ``text[i:j]`` as a line of its own (stripped), keeping its source map."""
        # Offsets past the end (a match over this line and the next) are clamped to it.
        j = len(self.text) if j is None else min(j, len(self.text))
        i = max(0, min(i, j))
        while i < j and self.text[i].isspace():
            i += 1
        while j > i and self.text[j - 1].isspace():
            j -= 1
        keys = [c for c, _ in self.segs]
        segs: list[tuple[int, int]] = []
        if j > i:
            segs.append((0, self.src(i)))
            k = bisect.bisect_right(keys, i)
            while k < len(keys) and keys[k] < j:
                segs.append((keys[k] - i, self.segs[k][1]))
                k += 1
        end = self.src(j - 1) + 1 if j > i else self.src(i)
        return Line(
            text=self.text[i:j],
            segs=segs,
            src_end=end,
            bold=self.bold,
            gaps=tuple(g - i for g in self.gaps if i < g < j),
            blank_before=self.blank_before if i == 0 else False,
            hints=dict(self.hints),
            indent=self.indent if i == 0 else 0,
        )

    def columns(self) -> list[Line]:
        """The line split at its wide gaps (tabs, runs of spaces, ``|``): one part per column."""
        if not self.gaps:
            return [self]
        parts: list[Line] = []
        prev = 0
        for g in (*self.gaps, len(self.text)):
            part = self.cut(prev, g)
            if part.text:
                parts.append(part)
            prev = g
        return parts or [self]


_EMPTY_CELL = regex.compile(r"^[ \t]*\|[ \t]*\|")


def _indent(raw: str) -> int:
    """Width of the leading white space in characters. A tab moves to a tab stop, and a row
    of a Markdown table whose first cell is empty starts in the next column: both count 40,
    as far as a right-hand column starts."""
    if _EMPTY_CELL.match(raw) or raw.startswith("\t"):
        return 40
    return len(raw) - len(raw.lstrip(" \t"))


def _clean_one(raw: str, base: int, bold_in: bool, italic_in: bool) -> tuple[Line, bool, bool]:
    """Clean one physical line that starts at source offset ``base``."""
    if _plain(raw):
        # What the loop below gives for a line without tokens, in a few steps.
        stripped = raw.rstrip()
        line = Line(
            text=stripped,
            segs=[(0, base)] if stripped else [],
            src_end=base + (len(stripped) if stripped else len(raw)),
            bold=bool(stripped) and (bold_in or italic_in),
            emph_out=bold_in or italic_in,
        )
        return line, bold_in, italic_in
    return _clean_tokens(raw, base, bold_in, italic_in)


def _clean_tokens(raw: str, base: int, bold_in: bool, italic_in: bool) -> tuple[Line, bool, bool]:
    """``_clean_one()`` for any line: token by token."""
    out: list[str] = []
    segs: list[tuple[int, int]] = []
    gaps: list[int] = []
    n = 0
    pos = 0
    bold, italic = bold_in, italic_in
    first_bold: bool | None = None

    m = _MD_PREFIX.match(raw)
    md_heading = 0
    if m:
        pos = m.end()
        md_heading = raw[: m.end()].count("#")
    star_bullet = _STAR_BULLET.match(raw, pos)

    def emit(chunk: str, at: int) -> None:
        nonlocal n, first_bold
        if not chunk:
            return
        if first_bold is None and chunk.strip():
            first_bold = bold or italic
        segs.append((n, at))
        out.append(chunk)
        n += len(chunk)

    for t in _TOKEN.finditer(raw, pos):
        if t.start() > pos:
            emit(raw[pos : t.start()], base + pos)
        kind = t.lastgroup
        tok = t.group()
        if kind == "ws" or kind == "pipe":
            wide = kind == "pipe" or "\t" in tok or len(tok) >= 3
            if n and not out[-1].endswith(" "):
                emit(" ", base + t.start())
                if wide:
                    gaps.append(n - 1)
            elif n and wide and (not gaps or gaps[-1] != n - 1):
                gaps.append(n - 1)
        elif kind == "star":
            if star_bullet and t.start() == star_bullet.start() + (
                len(star_bullet.group()) - len(star_bullet.group().lstrip())
            ):
                emit("*", base + t.start())
            else:
                # A marker glued to the word before it closes emphasis, one glued to the word
                # after it opens emphasis; a stray closing marker changes nothing.
                closing = t.start() > 0 and not raw[t.start() - 1].isspace()
                if len(tok) >= 2:
                    bold = False if closing else not bold
                if len(tok) % 2:
                    italic = False if closing else not italic
        # "us" and "esc" tokens are dropped.
        pos = t.end()
    if pos < len(raw):
        emit(raw[pos:], base + pos)

    text = "".join(out)
    # Strip trailing spaces left by a dropped token, keeping the map consistent.
    stripped = text.rstrip()
    gaps = [g for g in gaps if g < len(stripped)]
    end = base + len(raw)
    if segs and stripped:
        last_c, last_s = max((c, s) for c, s in segs if c < len(stripped))
        end = last_s + (len(stripped) - 1 - last_c) + 1
    line = Line(
        text=stripped,
        segs=[(c, s) for c, s in segs if c < len(stripped)],
        src_end=end,
        bold=bool(first_bold),
        emph_out=bold or italic,
        gaps=tuple(gaps),
        indent=_indent(raw),
    )
    if md_heading:
        line.hints["md_heading"] = md_heading
    return line, bold, italic


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts (for bisecting an offset to its line)."""
    starts = [0]
    find = text.find
    k = find("\n")
    while k >= 0:
        starts.append(k + 1)
        k = find("\n", k + 1)
    return starts


def clean_lines(text: str) -> list[Line]:
    """Split normalised text into cleaned, non-empty lines.

    A line that carries no text (blank, a rule, a lone ``|``) is dropped and marks the next
    line with ``blank_before``. Emphasis that runs across lines is tracked (``emph_out``) and
    reset at each blank line, as Markdown does.
    """
    lines: list[Line] = []
    base = 0
    blank = True
    bold = italic = False
    for raw in text.split("\n"):
        if _is_empty(raw):
            blank = True
            bold = italic = False
        else:
            line, bold, italic = _clean_one(raw, base, bold, italic)
            if line.text and not _is_empty(line.text):
                line.blank_before = blank
                lines.append(line)
                blank = False
            else:
                blank = True
        base += len(raw) + 1
    return _join_hyphenated(lines)


# A line that ends in a hyphen stuck to a letter or digit, over a line that starts with a
# capital or digit: a symbol or a range the copy wrapped at its hyphen ("177/KH-" / "UBND",
# "2026-" / "2030"). Vietnamese hyphenates no words, so the hyphen is the text's own.
HYPHEN_END = regex.compile(r"[\p{L}\d]-$")


def join_pieces(pieces: Iterable[str]) -> str:
    """Pieces of one text broken over lines, joined by spaces; a piece that ends in a hyphen
    stuck to a letter or digit goes on without one (see ``HYPHEN_END``)."""
    out = ""
    for t in pieces:
        out = out + t if HYPHEN_END.search(out) else (f"{out} {t}" if out else t)
    return out


_SYMBOL_START = regex.compile(r"^[\p{Lu}\d]")


def _join_hyphenated(lines: list[Line]) -> list[Line]:
    groups: list[list[Line]] = []
    for ln in lines:
        last = groups[-1] if groups else None
        if (
            last is not None
            and not ln.blank_before
            and not ln.gaps
            and not last[-1].gaps
            and (len(last) == 1 or not last[0].gaps)
            # The joined text's end: the last line's, with the character before it.
            and HYPHEN_END.search((last[-2].text[-1:] if len(last) > 1 else "") + last[-1].text)
            and _SYMBOL_START.match(ln.text)
        ):
            last.append(ln)
        else:
            groups.append([ln])
    return [g[0] if len(g) == 1 else Line.join_all(g, sep="") for g in groups]
