"""Purposes and requirements (``MỤC ĐÍCH, YÊU CẦU``, ``MỤC TIÊU``, ``YÊU CẦU``)."""

from __future__ import annotations

import regex

from vnplan.extract.context import Context
from vnplan.extract.sections import heading_text, items_of
from vnplan.grammar.tokens import Tok
from vnplan.grammar.tree import Node, is_heading
from vnplan.models import Item
from vnplan.vocab import PURPOSE_HEADINGS, REQUIREMENT_HEADINGS

_TOPIC_SPLIT = regex.compile(r"\s*(?:,|;|-|–|\bvà\b)\s*")


def _kinds(node: Node) -> tuple[bool, bool, bool]:
    """Whether a heading names purposes, requirements, and nothing else.

    ``MỤC ĐÍCH, YÊU CẦU`` → (True, True, True); ``QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU`` →
    (True, True, False); a keyword inside a phrase about something else ("Nội dung yêu cầu
    báo cáo") does not count: each comma-separated topic must start with one.
    """
    h = heading_text(node)
    if not h or len(h) > 80:
        return False, False, False
    topics = [t for t in _TOPIC_SPLIT.split(h) if t]
    p = any(t.startswith(PURPOSE_HEADINGS) for t in topics)
    r = any(t.startswith(REQUIREMENT_HEADINGS) for t in topics)
    pure = all(t.startswith(PURPOSE_HEADINGS + REQUIREMENT_HEADINGS) for t in topics)
    return p, r, pure


def _objective(node: Node) -> bool:
    return is_heading(node) and any(_kinds(node)[:2])


def _sub_headings(node: Node) -> list[Node]:
    """Objective sub-headings: among the children, else among the grandchildren
    (``1. Cải cách thể chế`` / ``a) Mục tiêu``)."""
    subs = [c for c in node.children if _objective(c)]
    if not subs:
        subs = [g for c in node.children for g in c.children if _objective(g)]
    return subs


# A bare sub-heading line: "Mục đích", "**Yêu cầu:**".
_LABEL = regex.compile(
    rf"^[*_\s]*(?P<w>{'|'.join(PURPOSE_HEADINGS + REQUIREMENT_HEADINGS)})[\s*_:.]*$",
    regex.IGNORECASE,
)


def _label_groups(node: Node) -> tuple[list[Node], list[Node]] | None:
    """A combined section's children split at bare ``Mục đích`` / ``Yêu cầu`` lines: the
    purposes' nodes and the requirements' nodes (``None`` without both such lines)."""
    labels: list[Node] = []
    purposes: list[Node] = []
    requirements: list[Node] = []
    current: list[Node] | None = None
    for c in node.children:
        m = _LABEL.match(c.text) if c.kind is Tok.TEXT and not c.children else None
        if m:
            labels.append(c)
            is_req = m["w"].lower().startswith(REQUIREMENT_HEADINGS)
            current = requirements if is_req else purposes
        elif current is not None:
            current.append(c)
    if not labels or not purposes or not requirements:
        return None
    return purposes, requirements


def extract_objectives(ctx: Context) -> tuple[list[Item], list[Item]]:
    """Purposes and requirements, one item per bullet, numbered item or paragraph.

    A combined ``MỤC ĐÍCH, YÊU CẦU`` section with no sub-headings gives all its items to
    purposes, as GOLD_FORMAT says; a heading that also names other topics (``MỤC TIÊU, NHIỆM
    VỤ``) gives only what its ``Mục tiêu`` / ``Yêu cầu`` sub-headings hold.
    """
    purposes: list[Item] = []
    requirements: list[Item] = []
    candidates = [n for n in ctx.tree if is_heading(n)]
    candidates += [c for n in ctx.tree for c in n.children if is_heading(c)]
    done_p = done_r = False
    for node in candidates:
        p, r, pure = _kinds(node)
        if not (p or r) or (p and done_p) or (not p and done_r):
            continue
        subs = _sub_headings(node)
        if subs:
            # "1. Mục đích", "2. Yêu cầu", "3. Mục tiêu": with a purposes heading of its own,
            # the section's goals (targets) are another topic, not more purposes.
            proper = any(heading_text(s).startswith(PURPOSE_HEADINGS[0]) for s in subs)
            for s in subs:
                sp, sr, _ = _kinds(s)
                if sp and proper and not heading_text(s).startswith(PURPOSE_HEADINGS[0]):
                    continue
                if sp and not done_p:
                    purposes.extend(items_of(s))
                elif sr and not sp and not done_r:
                    requirements.extend(items_of(s))
            done_p = done_p or any(_kinds(s)[0] for s in subs)
            done_r = done_r or any(_kinds(s)[1] and not _kinds(s)[0] for s in subs)
        elif p and r and (groups := _label_groups(node)) is not None:
            # "Mục đích" / "Yêu cầu" as plain lines over their items, not numbered.
            ps, rs = ({id(c) for c in g} for g in groups)
            purposes.extend(items_of(node, skip=[c for c in node.children if id(c) not in ps]))
            requirements.extend(items_of(node, skip=[c for c in node.children if id(c) not in rs]))
            done_p = done_r = True
        elif p:
            purposes.extend(items_of(node))
            done_p = True
            done_r = done_r or r
        else:
            requirements.extend(items_of(node))
            done_r = True
        if not pure and not subs:
            ctx.warn(
                "objectives_mixed",
                f"heading {node.title!r} names other topics too; all "
                "its items were read as objectives",
                node.line.span(),
            )
    if not purposes and ctx.zones.doc_type is not None:
        ctx.warn("purposes_missing", "no purposes section (MỤC ĐÍCH / MỤC TIÊU) found")
    return purposes, requirements
