"""Purposes and requirements (``MỤC ĐÍCH, YÊU CẦU``, ``MỤC TIÊU``, ``YÊU CẦU``)."""

from __future__ import annotations

from vnplan.extract.context import Context
from vnplan.extract.sections import heading_text, items_of
from vnplan.grammar.tree import Node, is_heading
from vnplan.models import Item
from vnplan.vocab import PURPOSE_HEADINGS, REQUIREMENT_HEADINGS


def _kinds(node: Node) -> tuple[bool, bool]:
    """Whether a heading opens a purposes section, a requirements section, or both.

    The keyword must open the heading: "yêu cầu" inside a heading about something else
    ("Nội dung yêu cầu báo cáo") is not the section.
    """
    h = heading_text(node)
    if not h or len(h) > 80 or not h.startswith(PURPOSE_HEADINGS + REQUIREMENT_HEADINGS):
        return False, False
    return any(k in h for k in PURPOSE_HEADINGS), any(k in h for k in REQUIREMENT_HEADINGS)


def extract_objectives(ctx: Context) -> tuple[list[Item], list[Item]]:
    """Purposes and requirements, one item per bullet, numbered item or paragraph.

    A combined ``MỤC ĐÍCH, YÊU CẦU`` section with no sub-headings gives all its items to
    purposes, as GOLD_FORMAT says.
    """
    purposes: list[Item] = []
    requirements: list[Item] = []
    candidates = [n for n in ctx.tree if is_heading(n)]
    candidates += [c for n in ctx.tree for c in n.children if is_heading(c)]
    done_p = done_r = False
    for node in candidates:
        p, r = _kinds(node)
        if not (p or r):
            continue
        if (p and done_p and not r) or (r and done_r and not p) or (p and r and done_p):
            continue
        subs = [c for c in node.children if is_heading(c) and any(_kinds(c))]
        if p and r and subs:
            for s in subs:
                sp, _sr = _kinds(s)
                (purposes if sp else requirements).extend(items_of(s, skip=subs))
            done_p = done_r = True
        elif p:
            purposes.extend(items_of(node, skip=subs))
            for s in subs:
                sp, _ = _kinds(s)
                (purposes if sp else requirements).extend(items_of(s))
            done_p = True
            done_r = done_r or r or any(_kinds(s)[1] and not _kinds(s)[0] for s in subs)
        else:
            requirements.extend(items_of(node, skip=subs))
            done_r = True
    if not purposes and ctx.zones.doc_type is not None:
        ctx.warn("purposes_missing", "no purposes section (MỤC ĐÍCH / MỤC TIÊU) found")
    return purposes, requirements
