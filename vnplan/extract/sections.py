"""Shared readings of the section tree: heading text, items of a section, top sections."""

from __future__ import annotations

import regex

from vnplan.grammar.tokens import BULLETS, NUMBERED, Tok
from vnplan.grammar.tree import Node, is_heading
from vnplan.models import Item
from vnplan.text.normalize import fold

_NUM_PREFIX = regex.compile(r"^(?:[IVXL]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*")


def heading_text(node: Node) -> str:
    """The folded heading of a node ('' for paragraphs and long items)."""
    if node.kind is Tok.TEXT:
        return ""
    return fold(node.title or "")


def is_note(node: Node) -> bool:
    """A paragraph wholly in brackets: a remark ("(Chi tiết tại Phụ lục kèm theo)"), not an
    item."""
    t = node.text.strip().rstrip(".")
    return node.kind is Tok.TEXT and t.startswith("(") and t.endswith(")")


def is_lead_in(node: Node, siblings: list[Node]) -> bool:
    """A paragraph ending with ':' that introduces the items after it."""
    if node.kind is not Tok.TEXT or not node.text.rstrip().endswith(":"):
        return False
    i = siblings.index(node)
    return any(s.kind in BULLETS or s.kind in NUMBERED for s in siblings[i + 1 :])


def items_of(node: Node, skip: list[Node] | None = None) -> list[Item]:
    """The items of a section: its inline first sentence, then one per child."""
    skip = skip or []
    out: list[Item] = []
    inline = node.inline
    if inline and not (inline.endswith(":") and node.children):
        k = node.line.text.find(inline)
        out.append(Item(text=inline, span=node.line.span(k) if k >= 0 else node.content_span()))
    kids = node.children
    last_item = max((i for i, ch in enumerate(kids) if ch.kind is not Tok.TEXT), default=-1)
    for i, ch in enumerate(kids):
        if ch in skip or is_lead_in(ch, kids) or is_note(ch):
            continue
        if ch.kind is Tok.TEXT and 0 <= last_item < i:
            continue  # after a bulleted list, paragraphs are commentary, not more items
        if (
            is_heading(ch)
            and ch.children
            and ch.title
            and not ch.inline
            and ch.kind in (Tok.ARABIC, Tok.LETTER, Tok.ROMAN, Tok.UPPER)
        ):
            out.extend(items_of(ch))
            continue
        out.append(Item(text=ch.text, span=ch.content_span()))
    return out


def top_sections(tree: list[Node], *, numbered_only: bool = False) -> list[str]:
    """Headings of the top-level sections, without their numbers. A news page's unnumbered
    upper-case lines are its own (a site's name, "TIN LIÊN QUAN", a headline), not a plan's
    sections: with ``numbered_only`` only numbered headings count (a reprinted "I. MỤC
    ĐÍCH")."""
    out = []
    for n in tree:
        if is_heading(n) and not (numbered_only and n.kind is Tok.UPPER):
            out.append(n.title or n.text)
    return out
