"""The stack parser: tokens of the body's lines → the section tree.

Numbering kinds have a rank. ``PHẦN`` and ``I.`` are always top level, ``1.`` sits under
``I.``, ``1.1.`` under ``1.``. Letters, parenthesised numbers and bullets have no fixed order
across documents, so they nest by first appearance: a kind already open becomes a sibling,
a new kind becomes a child. Bullets never hold numbered items. A paragraph belongs to the
nearest open numbered node.

Repairs for what real plans do: an upper-case ``1.`` heading standing where ``I.`` belongs
(``1. MỤC ĐÍCH, YÊU CẦU`` before ``II. NỘI DUNG``) is read as top level; skipped or repeated
numbers are kept as printed and reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from vnplan import nlp
from vnplan.catalogue import WarningCode
from vnplan.grammar.tokens import (
    BULLETS,
    NUMBERED,
    Tok,
    Token,
    classify,
    is_upper,
    letter_follows,
)
from vnplan.models import Section, Span
from vnplan.patterns import END_MARK, TASK_OPENING
from vnplan.text.lines import Line
from vnplan.vocab import (
    BODY_CLOSING_FORMULAS,
    PLAN_SELF_REFERENCES,
    SECTION_CLOSING_FORMULAS,
    alternation,
)

Warn = Callable[[WarningCode, str, Span | None], None]

_BULLET_GROUP = 20
_MINOR_GROUP = 10
_TITLE_COLON = regex.compile(r"^(?P<t>[^:]{2,200}?)\s*:\s*(?P<rest>.*)$")
_WORD = regex.compile(r"\S+")
_BODY_CLOSING = regex.compile(rf"^(?:{alternation(BODY_CLOSING_FORMULAS)})\b")
_SECTION_CLOSING = regex.compile(
    rf"^(?:{alternation(SECTION_CLOSING_FORMULAS)})\b", regex.IGNORECASE
)
_PLAN_ITSELF = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation(PLAN_SELF_REFERENCES)})(?!\p{{L}})", regex.IGNORECASE
)
_DOC_END_MARK = regex.compile(END_MARK)
_TASK_OPENING = regex.compile(TASK_OPENING)
_PLAN_ITSELF_OPENS = regex.compile(
    rf"^(?:{alternation(PLAN_SELF_REFERENCES)})(?!\p{{L}})", regex.IGNORECASE
)


def _closes_the_section(ln: Line, top: Node | None, blank_rare: bool) -> bool:
    """A paragraph after an item that already has its text, which is the document's last
    ("... ./.", the end mark) or speaks of the plan as a whole and is set apart by a blank
    line in a text whose paragraphs are not blank-separated anyway."""
    if top is None or top.kind is Tok.TEXT or not (top.inline or top.children):
        return False
    if _DOC_END_MARK.search(ln.text):
        return True
    if _PLAN_ITSELF_OPENS.match(ln.text):
        return True  # "Kế hoạch này được quán triệt đến ...": of the plan, not of an item
    return blank_rare and ln.blank_before and bool(_PLAN_ITSELF.search(ln.text))


@dataclass
class Node:
    """A node while the tree is being built (``to_section`` gives the public model)."""

    tok: Token
    line: Line
    group: int
    children: list[Node] = field(default_factory=list)
    promoted: bool = False
    closing: bool = False  # a paragraph that closes its section: no unit's entry

    @property
    def kind(self) -> Tok:
        return self.tok.kind

    @property
    def text(self) -> str:
        return self.line.text[self.tok.rest :].strip()

    @property
    def title(self) -> str | None:
        return split_title(self.text)[0] if self.kind is not Tok.TEXT else None

    @property
    def inline(self) -> str:
        """The text after the heading part, when a heading and its first sentence share a line."""
        return split_title(self.text)[1]

    def walk(self) -> list[Node]:
        out = [self]
        for c in self.children:
            out.extend(c.walk())
        return out

    def last_line(self) -> Line:
        return self.children[-1].last_line() if self.children else self.line

    def span(self) -> Span:
        return Span(start=self.line.start, end=max(self.last_line().src_end, self.line.start))

    def content_span(self) -> Span:
        return self.line.span(self.tok.rest)


@lru_cache(maxsize=8192)  # asked for every node by every extractor; a pure function of text
def split_title(text: str) -> tuple[str | None, str]:
    """Heading part and inline rest of a numbered line.

    ``Văn phòng Sở: chủ trì ...`` → (``Văn phòng Sở``, ``chủ trì ...``); a short line with no
    closing full stop is all heading; a long sentence has no heading part.
    """
    m = _TITLE_COLON.match(text)
    if m and len(_WORD.findall(m.group("t"))) <= 25:
        return m.group("t").strip(" .-–"), m.group("rest").strip()
    words = len(_WORD.findall(text))
    if words <= 30 and not text.rstrip().endswith((".", ";", "./.")):
        return text.strip(" :.-–"), ""
    if words <= 30 and is_upper(text):
        return text.strip(" :.-–"), ""
    return None, text


def _groups(tokens: list[Token]) -> dict[Tok, int]:
    kinds = [t.kind for t in tokens]
    has_roman = Tok.ROMAN in kinds
    first_roman = kinds.index(Tok.ROMAN) if has_roman else len(kinds)
    letter_up_first = Tok.LETTER_UP in kinds and kinds.index(Tok.LETTER_UP) < first_roman
    return {
        Tok.PART: 0,
        Tok.LETTER_UP: 0 if (has_roman and letter_up_first) else _MINOR_GROUP,
        Tok.ROMAN: 1,
        Tok.UPPER: 1,
        Tok.NUMPAREN: _MINOR_GROUP,
        Tok.LETTER: _MINOR_GROUP,
        Tok.PAREN: _MINOR_GROUP,
        Tok.DASH: _BULLET_GROUP,
        Tok.PLUS: _BULLET_GROUP,
        Tok.STAR: _BULLET_GROUP,
    }


def _group(tok: Token, groups: dict[Tok, int]) -> int:
    if tok.kind is Tok.ARABIC:
        return 1 + tok.depth
    return groups.get(tok.kind, _MINOR_GROUP)


def _promote_misnumbered(tokens: list[Token], lines: list[Line], warn: Warn) -> list[Token]:
    """Read an upper-case ``N.`` heading that stands where the N-th Roman section belongs as
    that Roman section."""
    if not any(t.kind is Tok.ROMAN for t in tokens):
        return tokens
    out = list(tokens)
    expected = 1
    for i, t in enumerate(tokens):
        if t.kind is Tok.ROMAN and isinstance(t.value, int):
            expected = t.value + 1
        elif (
            t.kind is Tok.ARABIC
            and t.depth == 1
            and t.value == (expected,)
            and is_upper(lines[i].text[t.rest :])
            and len(lines[i].text) < 150
        ):
            # Only when a Roman heading follows: otherwise it is an ordinary sub-heading.
            later = [u for u in tokens[i + 1 :] if u.kind is Tok.ROMAN]
            if later and isinstance(later[0].value, int) and later[0].value > expected:
                out[i] = Token(Tok.ROMAN, t.num, expected, 0, t.rest)
                warn(
                    "section_misnumbered",
                    f"section {t.num!r} stands where Roman {expected} belongs; "
                    "read as a top-level section",
                    lines[i].span(),
                )
                expected += 1
    return out


def _md_level(ln: Line) -> int:
    """The level of a Markdown heading line ("## " is 2), 0 for any other line."""
    md = ln.hints.get("md_heading", 0)
    return md if isinstance(md, int) else 0


def _restarted(
    tok: Token, g: int, last: Node | None, nested: list[int] | None, md: int = 0
) -> tuple[int, list[int] | None]:
    """The group of an item of a list that started again at "1." right under a heading item
    of its own level (see build_tree), and the restarted list's state: [group, last number]."""
    if not (tok.kind is Tok.ARABIC and isinstance(tok.value, tuple) and len(tok.value) == 1):
        return g, None if (tok.kind is Tok.ARABIC or g < _MINOR_GROUP) else nested
    v = tok.value[0]
    if nested is not None and nested[0] == g and v == nested[1] + 1:
        return g + 1, [g, v]
    if (
        v == 1
        and last is not None
        and last.group == g
        and last.kind is Tok.ARABIC
        and not last.children
        and last.title
        and not last.inline
        and isinstance(last.tok.value, tuple)
        # "1." under "1." is a repeated number, unless the first is a Markdown heading and
        # the second is not ("### 1. Mục đích" over "1. Nâng cao ...").
        and (last.tok.value[-1] >= 2 or (_md_level(last.line) > 0 and not md))
    ):
        return g + 1, [g, 1]
    return g, None


_BOLD_HEADING_WORDS = 14


def _bold_headings(tokens: list[Token], lines: list[Line]) -> list[Token]:
    """Where Word's automatic numbering was lost (no numbered line in the body), a short
    bold paragraph in sentence case is a heading one level under the upper-case ones: the
    writer's "1. Mục đích" or "2. Công an phường" without its number."""
    if any(t.kind in NUMBERED for t in tokens):
        return tokens
    out = list(tokens)
    for i, (t, ln) in enumerate(zip(tokens, lines, strict=True)):
        text = ln.text.strip()
        if (
            t.kind is Tok.TEXT
            and ln.bold
            and 0 < len(text.split()) <= _BOLD_HEADING_WORDS
            and not text.endswith((".", ";", ":", ","))
            and i + 1 < len(tokens)
            and not lines[i + 1].bold
        ):
            out[i] = Token(Tok.ARABIC, None, None, depth=1)
    return out


def build_tree(lines: list[Line], warn: Warn) -> list[Node]:
    """Build the section tree of the body's lines."""
    tokens = [classify(ln.text) for ln in lines]
    has_roman = any(t.kind is Tok.ROMAN for t in tokens)
    has_part = any(t.kind is Tok.PART for t in tokens)
    if has_roman or has_part:
        # Upper-case lines without a number are sub-headings or emphasis there, not sections.
        tokens = [Token(Tok.TEXT) if t.kind is Tok.UPPER else t for t in tokens]
    tokens = _promote_misnumbered(tokens, lines, warn)
    tokens = _bold_headings(tokens, lines)
    groups = _groups(tokens)

    roots: list[Node] = []
    stack: list[Node] = []
    blank_rare = sum(ln.blank_before for ln in lines) < 0.25 * len(lines)
    # A list that starts again at "1." right under an item of its own level ("5. Đề nghị
    # UBND các xã:" over "1. Chỉ đạo ...", "2. Phối hợp ..."): Word's restarted numbering
    # or a copy that lost the indent; its items are the item's sub-items, as long as they
    # run on (group, last number).
    nested: list[int] | None = None

    def attach(node: Node) -> None:
        (stack[-1].children if stack else roots).append(node)

    for ln, tok in zip(lines, tokens, strict=True):
        md = _md_level(ln)
        if md:
            # A Markdown heading (a web copy's or an OCR's "## ...") closes what was opened
            # since the last heading of a higher level: "### 1." stays under "## II.".
            while stack and not (0 < _md_level(stack[-1].line) < md):
                stack.pop()
        if tok.kind is Tok.TEXT:
            closing = False
            if _BODY_CLOSING.match(ln.text):
                stack.clear()  # "Trên đây là Kế hoạch ...": the document's, not a section's
            elif _SECTION_CLOSING.match(ln.text) or _closes_the_section(
                ln, stack[-1] if stack else None, blank_rare
            ):
                while stack and stack[-1].group > 1:
                    stack.pop()
                # The end mark alone moves the paragraph out of the last item; one that opens
                # with a unit ("Các cơ quan, đơn vị căn cứ ... ./.") is still that unit's entry,
                # unless set apart by a blank line.
                # Set apart by a blank line, it closes the section whatever it opens with.
                closing = (
                    not _DOC_END_MARK.search(ln.text)
                    or bool(_PLAN_ITSELF.search(ln.text))
                    or (blank_rare and ln.blank_before)
                )
            if stack and stack[-1].group == _BULLET_GROUP and ln.text[:1].islower():
                stack[-1].children.append(Node(tok, ln, 99))
                continue
            while stack and stack[-1].group == _BULLET_GROUP:
                stack.pop()
            attach(Node(tok, ln, 99, closing=closing))
            continue
        g, nested = _restarted(tok, _group(tok, groups), stack[-1] if stack else None, nested, md)
        node = Node(
            tok,
            ln,
            g,
            promoted=tok.kind is Tok.ROMAN and not ln.text.startswith(("I", "V", "X", "L")),
        )
        if g < _MINOR_GROUP:
            while stack and stack[-1].group >= g:
                stack.pop()
        else:
            idx = None
            for i in range(len(stack) - 1, -1, -1):
                if stack[i].group < g:
                    break
                if stack[i].kind is tok.kind:
                    idx = i
                    break
            if idx is not None:
                del stack[idx:]
            else:
                while stack and stack[-1].group > g:
                    stack.pop()
        attach(node)
        stack.append(node)

    _check_sequences(roots, warn)
    _detach_trailing(roots)
    return roots


# One-paragraph items right before a list's last item that establish its pattern.
_PATTERN_ITEMS = 2


def _goes_on(text: str) -> bool:
    """A paragraph that opens with a task's verb (the vocabulary's, else the tagger's)."""
    if _DELEGATES.match(text):
        return False
    if _TASK_OPENING.match(text):
        return True
    words = nlp.tag(text[:40])
    return bool(words) and words[0].tag == "V"


_DELEGATES = regex.compile(r"^Giao\s+\p{Lu}")


def _detach_trailing(nodes: list[Node]) -> None:
    """Paragraphs under the last of a list's one-paragraph items ("6. Bộ phận Kế toán: thu,
    chi ...") when the items right before it have none: the list ended with that item, and
    what follows (an article's quote and author, a closing remark) belongs to the section,
    as no unit's entry."""
    for n in nodes:
        _detach_trailing(n.children)
    items = [n for n in nodes if n.kind is not Tok.TEXT]
    if len(items) < _PATTERN_ITEMS + 1:
        return
    last = items[-1]
    if nodes[-1] is not last or not last.children:
        return
    if not all(c.kind is Tok.TEXT for c in last.children):
        return
    before = items[-1 - _PATTERN_ITEMS + 1 : -1]
    # The items before it: one paragraph each, on the heading's line or under it.
    k = len(before[0].children)
    if k > 1 or not all(
        i.kind is last.kind
        and bool(i.inline) == bool(last.inline)
        and len(i.children) == k
        and all(c.kind is Tok.TEXT and not c.children for c in i.children)
        for i in before
    ):
        return
    if bool(last.inline) == (k == 1) or len(last.children) <= k:
        return
    # Paragraphs that go on with what the unit is to do ("Phối hợp với ...", "Phát hiện,
    # báo cáo ...") stay its own; "Giao X ..." is the plan handing work to another unit.
    keep = k
    while keep < len(last.children) and _goes_on(last.children[keep].text):
        keep += 1
    rest = last.children[keep:]
    for c in rest:
        c.closing = True
    nodes.extend(rest)
    last.children = last.children[:keep]


def _check_sequences(nodes: list[Node], warn: Warn, budget: list[int] | None = None) -> None:
    budget = budget if budget is not None else [20]
    prev: dict[Tok, int] = {}
    letter = ""  # the last list letter: "e) f) g)" and "e) g)" both run on
    for n in nodes:
        v = n.tok.value
        last = v[-1] if isinstance(v, tuple) else v
        if n.kind in NUMBERED and isinstance(last, int) and not n.promoted:
            p = prev.get(n.kind)
            ch = n.tok.num[:1].lower() if n.kind is Tok.LETTER and n.tok.num else ""
            runs_on = bool(ch and letter and letter_follows(letter, ch))
            letter = ch or letter
            if p is not None and last != p + 1 and not runs_on and budget[0] > 0:
                budget[0] -= 1
                what = "skipped" if last > p + 1 else "repeated or out of order"
                warn(
                    "section_number_skipped" if last > p + 1 else "section_number_out_of_order",
                    f"numbering {what}: {n.tok.num!r} after number {p}",
                    n.line.span(),
                )
            prev[n.kind] = last
        _check_sequences(n.children, warn, budget)


def to_section(node: Node, level: int = 0) -> Section:
    """The public model of a node and its subtree."""
    return Section(
        kind=str(node.kind),
        num=node.tok.num,
        title=node.title,
        text=node.text,
        level=level,
        children=[to_section(c, level + 1) for c in node.children],
        span=node.span(),
    )


def is_heading(node: Node) -> bool:
    """Whether a node is a section heading (not a bullet or a paragraph)."""
    return node.kind in NUMBERED or node.kind is Tok.UPPER


__all__ = ["BULLETS", "Node", "build_tree", "is_heading", "split_title", "to_section"]
