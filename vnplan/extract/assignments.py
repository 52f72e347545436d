"""Tasks per unit under ``PHÂN CÔNG NHIỆM VỤ``, ``TỔ CHỨC THỰC HIỆN``, ``TRÁCH NHIỆM`` ..."""

from __future__ import annotations

import itertools

import regex

from vnplan import nlp
from vnplan.extract.context import Context
from vnplan.extract.sections import heading_text, is_lead_in, is_note
from vnplan.extract.tasks import coordinating_units, deadline_of, recurrence_of
from vnplan.extract.units import (
    head_is_verb,
    is_heading_prefix,
    lists_members,
    looks_like_unit,
    split_units,
    unit_from_heading,
    unit_head,
    unit_key,
)
from vnplan.grammar.tokens import BULLETS, NUMBERED, Tok
from vnplan.grammar.tree import Node, is_heading
from vnplan.models import Assignment, Span, Task, Unit
from vnplan.patterns import UNIT_PREFIX
from vnplan.text.normalize import fold
from vnplan.vocab import (
    ASSIGNMENT_HEADINGS,
    CLAUSE_WORDS,
    COORDINATION_STOPS,
    FUNCTION_NAMED_HEADS,
    GIAO_VERBS,
    LEAD_ADVERBS,
    LEVEL_WORDS,
    ORGANISATION_KINDS,
    REQUEST_PREFIXES,
    SCOPE_NOUNS,
    TASK_VERBS,
    TOPIC_HEADS,
    UNIT_HEADS,
    UNIT_NAME_STOPS,
    alternation,
)

_CLAUSE = regex.compile(
    r"(?<!\p{L})(?:"
    + alternation((*CLAUSE_WORDS, *COORDINATION_STOPS, *GIAO_VERBS, *LEAD_ADVERBS))
    + r")(?!\p{L})"
)


def _has_clause(name: str, start: int) -> regex.Match[str] | None:
    """The first clause word in ``name`` after ``start`` that is a word of its own: the
    tagger knows "chương trình" (programme) for one noun, whose "trình" is no verb."""
    for m in _CLAUSE.finditer(name, start):
        # Only a clause word right after a lower-case syllable can be a noun's second half;
        # the tagger is not asked about the others.
        if not (_AFTER_LOWER.search(name, 0, m.start()) and nlp.inside_a_word(name, m.start())):
            return m
    return None


_AFTER_LOWER = regex.compile(r"(?<!\S)\p{Ll}+\s$")


# "... VÀ TRÁCH NHIỆM", "Trách nhiệm các đơn vị": a section of duties; "gắn với trách
# nhiệm doanh nghiệp" (corporate responsibility) in a task's heading is not one.
_DUTY_HEADING = regex.compile(r"(?:^|\s)trách nhiệm(?:$|[\s,.:]+(?:của|các|và|thực hiện)\b|[.:])")


def _is_container(node: Node) -> bool:
    h = heading_text(node)
    if not h or len(h) > 120:
        return False
    if any(h.startswith(k) or f" {k}" in h for k in ASSIGNMENT_HEADINGS if k != "trách nhiệm"):
        return True
    if _DUTY_HEADING.search(h):
        return True
    # Whatever its title ("NHIỆM VỤ", "CÁC ĐƠN VỊ"), a section whose items are headed
    # "<unit>: <duty>" ("1. Chi cục Thủy lợi: chủ trì ...") assigns work by unit.
    items = [c for c in node.children if c.kind in NUMBERED]
    headed = [c for c in items if c.title and c.inline and _unit_of(c, sentences=False) is not None]
    return len(headed) >= 2 and len(headed) * 3 >= len(items) * 2


_REQUEST = regex.compile(rf"^(?:{alternation(REQUEST_PREFIXES)})\s+")
_RELATED = regex.compile(r"\s+(?:có liên quan (?:tới|đến|với) việc|được giao nhiệm vụ)\s.*$")
# Proper names in a list: "Gia Thuận, Tân Điền, Gò Công Đông và Tân Phú Đông".
_PLACE_LIST = regex.compile(
    r"\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*|\s\d+){0,4}(?:(?:,\s*|\s+và\s+)\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*|\s\d+){0,4})+"
)
# "Các thành viên khác trong tiểu ban", "Các đơn vị trong ngành": where a collective's
# members are, not a clause.
_SCOPE = regex.compile(
    rf"\s+trong\s+(?:toàn\s+)?(?:{alternation((*UNIT_HEADS, *SCOPE_NOUNS))})(?!\p{{L}})[^,;:]*$",
    regex.IGNORECASE,
)
_ORG_NOUN = regex.compile(
    r"(?:cơ quan,|(?<!\p{L})(?:[Cc]ác|[Nn]hững|và))\s+tổ chức(?!\p{L})"
    rf"|(?<=,)\s+tổ chức(?=\s+(?:{alternation(ORGANISATION_KINDS)})(?!\p{{L}}))"
)


# A name's last words name its level ("... huyện"); "cấp huyện" says a task's scope.
_LEVEL_END = regex.compile(rf"(?<!\bcấp\s)(?<!\p{{L}})(?:{alternation(LEVEL_WORDS)})\s*$")
_LIST_SEP = regex.compile(r",\s*|\s+và\s+")


def _function_named(name: str) -> bool:
    """``name``'s head names a body by what it does ("Ban Chỉ đạo", "Tổ công tác")."""
    words = name.split()
    return words[0] in FUNCTION_NAMED_HEADS or " ".join(words[:2]) in FUNCTION_NAMED_HEADS


def _list_of_names(name: str) -> bool:
    """``name`` lists several bodies ("Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban
    nhân dân các xã, phường"): long as a whole, short in each part, as a sentence is not."""
    parts = _LIST_SEP.split(name)
    if len(parts) >= 3 and all(len(p.split()) <= 8 for p in parts):
        return True
    # "Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã": two bodies, each
    # named from its head word.
    units = split_units(name)
    return len(units) >= 2 and all(looks_like_unit(u) and len(u.split()) <= 10 for u in units)


def _over_its_items(node: Node) -> bool:
    """A bullet that heads its own items ("- Trưởng các thôn:" over "+ Xây dựng lịch ...")."""
    return (
        node.text.rstrip().endswith(":")
        and bool(node.children)
        and all(ch.kind in BULLETS for ch in node.children)
    )


def _unit_of(
    node: Node, *, sentences: bool = True, paragraphs: bool = False
) -> tuple[Unit, str] | None:
    """The unit ``node`` heads and the text after its name. ``sentences``: a numbered item
    may open with a unit and its first task; ``paragraphs``: so may a plain paragraph (in an
    assignment section: "Sở Nội vụ có trách nhiệm giúp ...")."""
    if node.kind is Tok.TEXT and (node.closing or not (sentences and paragraphs)):
        return None
    title = node.title
    opens = node.kind in NUMBERED or node.kind is Tok.TEXT or (paragraphs and node.kind in BULLETS)
    if not title and sentences and opens and node.text:
        # "1. Sở Khoa học và Công nghệ theo dõi, đôn đốc ...": a numbered item (in a duties
        # section, a bullet too: "- Sở Nội vụ hướng dẫn ...") that opens with a unit is that
        # unit's heading and its first task on one line.
        found = unit_from_heading(node.text, roles=True)
        # "Đề nghị Ủy ban MTTQ tỉnh tăng cường ..." asks that body; "Giao Công an tỉnh chủ
        # trì ..." is a sentence task, not a heading.
        opening = _REQUEST.sub("", node.text)
        if found is None or not found[1] or not opening.startswith(found[0].name):
            return None
        # "cơ quan, tổ chức", "các tổ chức ...": the noun, not the verb "tổ chức".
        name = _ORG_NOUN.sub(" ", found[0].name)
        head = unit_head(name)  # "Đoàn kiểm tra": a verb inside the head word is no clause
        # "... có liên quan tới việc thực hiện Kế hoạch này" says which units; no clause.
        checked = _RELATED.sub("", name)
        if found[0].collective:
            checked = _SCOPE.sub("", checked)
        if _has_clause(checked, len(head)) or (
            len(checked.split()) > 15 and not _list_of_names(checked)
        ):
            return None
        return found
    if title is None:
        return None
    if node.kind in BULLETS and not node.inline and not _over_its_items(node):
        return None  # a bullet names a unit only in the form "- Sở Y tế: tasks"
    if is_heading_prefix(title) and node.inline:
        # "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh": the name is after ":".
        return unit_from_heading(node.inline, roles=True)
    found = unit_from_heading(title, roles=True)
    if found is None:
        return None
    unit, rest = found
    if node.inline and not rest and _PLACE_LIST.fullmatch(node.inline.strip(" .;")):
        # "12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông": which ones.
        named = f"{unit.name}: {node.inline.strip(' .;')}"
        return unit.model_copy(update={"name": named}), ""
    if (
        rest
        and not node.inline
        and not rest.rstrip().endswith((".", ";"))
        and any(ch.kind is not Tok.TEXT for ch in node.children)
    ):
        # A heading over its own list of tasks: its verbs are not one more task.
        # "2. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án ...": after a
        # collective they say which units are meant, so the heading is all name;
        # "7.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành" leads in to the list.
        # "1. Ban Chỉ đạo xây dựng NTM huyện" over its tasks: a body named by what it does,
        # of a level, so the heading is all name too.
        if unit.collective or (_function_named(unit.name) and _LEVEL_END.search(rest)):
            whole = unit_from_heading(title, whole=True, roles=True)
            if whole is not None:
                return whole[0], ""
        return unit, ""
    inline = node.inline or rest
    return unit, inline


# A paragraph that asks or gives another body work ("Yêu cầu các sở ...", "Giao Khoa Kiểm
# soát bệnh tật là đầu mối ..."): the sentence rules give it to that body.
_ASKS = regex.compile(rf"^(?:{alternation((*REQUEST_PREFIXES, 'Yêu cầu', 'Giao'))})\s+\p{{L}}")


def _foreign_start(node: Node, unit: Unit, inline: str) -> int | None:
    """Where, among the paragraphs after an item that gave its unit's task on the heading's
    line ("18. Khuyến khích MTTQ tỉnh ... phát huy vai trò ..."), the plan turns to other
    units: a paragraph asking them ("Yêu cầu các sở, ban, ngành ...") or opening with
    another unit's name and its duty ("Hội, hiệp hội xã hội nghề nghiệp chủ động ...")."""
    key = unit_key(unit)
    for i, ch in enumerate(node.children):
        if ch.kind is not Tok.TEXT:
            return None  # the item goes on with its own list: its paragraphs are its own
        if _ASKS.match(ch.text) and (inline or i > 0):
            # Under a heading alone ("7. Đề nghị UBND các xã" / its task / "Giao Khoa X là
            # đầu mối ..."), after the unit's first paragraph too.
            return i
        if not inline or node.title:
            continue
        found = _unit_of(ch, paragraphs=True)
        if found is not None and found[1] and unit_key(found[0]) != key:
            other = fold(found[0].name)
            if fold(unit.name) not in other and other not in fold(unit.name):
                return i
    return None


def _foreign(node: Node, unit: Unit, inline: str) -> list[tuple[Unit, Node, str]]:
    """The units that paragraphs after ``node``'s own task go on to (see _foreign_start)."""
    start = _foreign_start(node, unit, inline)
    if start is None:
        return []
    out: list[tuple[Unit, Node, str]] = []
    for ch in node.children[start:]:
        found = _unit_of(ch, paragraphs=True)
        if found is not None and found[1] and not _ASKS.match(ch.text):
            out.append((found[0], ch, found[1]))
    return out


def _tasks(node: Node, inline: str, unit: Unit | None = None) -> list[Task]:
    tasks: list[Task] = []
    if inline and not (inline.rstrip().endswith(":") and node.children):
        k = node.line.text.find(inline[:20])
        tasks.append(_task(inline, node.line.span(k) if k >= 0 else node.content_span()))
    kids = node.children
    if unit is not None:
        cut = _foreign_start(node, unit, inline)
        kids = kids if cut is None else kids[:cut]
    last_item = max((i for i, ch in enumerate(kids) if ch.kind is not Tok.TEXT), default=-1)
    for i, ch in enumerate(kids):
        if is_lead_in(ch, kids) or is_note(ch):
            continue
        if ch.kind is Tok.TEXT and 0 <= last_item < i:
            # Paragraphs after a unit's last bullet are commentary (a quoting page's prose,
            # a time line), not more tasks: the unit listed its tasks as items.
            continue
        tasks.append(_task(ch.text, ch.content_span()))
    return tasks


def _task(text: str, span: Span) -> Task:
    return Task(
        text=text,
        deadline=deadline_of(text),
        recurrence=recurrence_of(text),
        coordinating=coordinating_units(text),
        span=span,
    )


def _label_unit(node: Node) -> Unit | None:
    """The unit a bare line names ("Sở Y tế", "**Sở Tài chính:**"), unnumbered over its
    bulleted tasks."""
    if node.kind is not Tok.TEXT or node.children:
        return None
    text = node.text.strip(" *_:")
    if not text or len(text.split()) > 30 or text.endswith((".", ";")):
        return None
    found = unit_from_heading(text, roles=True)
    if found is None or not text.startswith(found[0].name):
        return None
    if found[1] and not (node.text.rstrip(" *_").endswith(":") and _DUTY_LEAD.search(found[1])):
        return None  # "Sở Y tế có trách nhiệm:" / "X là cơ quan thường trực ..., có nhiệm vụ:"
    return found[0]


# The words that only lead in to a unit's list of tasks ("có trách nhiệm:", "là cơ quan
# thường trực của Ban Chỉ đạo, có nhiệm vụ:", "thực hiện các nhiệm vụ sau:").
_DUTY_LEAD = regex.compile(
    r"(?:^|\s)(?:(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ)|thực hiện các nhiệm vụ)"
    r"(?:\s+(?:sau|như sau|cụ thể|chính|chủ yếu)(?:\s+(?:đây|sau))?)?\s*$"
)


_TASK_LEAD = regex.compile(
    rf"^(?:{alternation((*TASK_VERBS, *UNIT_NAME_STOPS, *GIAO_VERBS, *LEAD_ADVERBS))})(?!\p{{L}})",
    regex.IGNORECASE,
)
_TOPIC = regex.compile(rf"^(?:{alternation(TOPIC_HEADS)})(?!\p{{L}})", regex.IGNORECASE)


def _performer_heading(node: Node) -> tuple[Unit, str] | None:
    """A numbered heading of an assignment section that names who acts, whatever its head
    word ("1. Hiệu trưởng", "3. Chi ủy chi bộ", "6. Kế toán nhà trường:"): a short noun
    phrase over its own tasks, not a task ("1. Tuyên truyền ...") or a topic ("3. Kinh
    phí"). The section says that its items assign work; the vocabulary need not know the
    head word."""
    title = node.title
    if node.kind not in NUMBERED or not title or not (node.children or node.inline):
        return None
    name = UNIT_PREFIX.sub("", title).strip(" :.-–")
    words = name.split()
    if not words or len(words) > 12 or not name[:1].isupper() or name.isupper():
        return None
    if _TASK_LEAD.match(name) or _TOPIC.match(name) or head_is_verb(name) or lists_members(name):
        return None
    scoped = _SCOPE.sub("", name)  # "Mỗi đảng viên trong chi bộ": where its members are
    clause = _has_clause(scoped, len(words[0]))
    if clause and scoped[clause.end() :].strip():
        return None  # a verb with an object: a sentence ("Khoa Dược" + "tích cực" ends a name)
    found = unit_from_heading(name, whole=True, roles=True)
    if found is not None:
        return found[0], node.inline
    collective = name.lower().startswith(("các ", "những ", "mỗi ", "từng "))
    return Unit(name=name, collective=collective), node.inline


def _collect(node: Node, out: list[tuple[Unit, Node, str]]) -> None:
    kids = node.children
    # Headings parallel to a unit heading name performers too (see _performer_heading);
    # whether any sibling is one is asked only when a heading the vocabulary misses comes.
    parallel: bool | None = None
    for i, ch in enumerate(kids):
        label = _label_unit(ch) if ch.kind is Tok.TEXT else None
        if label is not None and i + 1 < len(kids) and kids[i + 1].kind in BULLETS:
            # The bullets under a bare unit line are its tasks: the tree keeps them as
            # the line's siblings, so they are gathered here.
            items = list(itertools.takewhile(lambda c: c.kind in BULLETS, kids[i + 1 :]))
            out.append((label, Node(tok=ch.tok, line=ch.line, group=ch.group, children=items), ""))
            continue
        found = _unit_of(ch, paragraphs=True)
        if found is None and (performer := _performer_heading(ch)) is not None:
            if parallel is None:
                parallel = any(c.kind in NUMBERED and _unit_of(c, sentences=False) for c in kids)
            found = performer if parallel else None
        if found is not None:
            unit, inline = found
            # Items inside a unit's section that open with a unit name are its tasks
            # ("c) Các doanh nghiệp công nghệ số phối hợp ..."), not sub-units.
            sub_units = [c for c in ch.children if _unit_of(c, sentences=False) is not None]
            if sub_units and len(sub_units) >= max(1, len(ch.children) // 2):
                _collect(ch, out)  # a group heading ("Các cơ quan cấp tỉnh") over units
            else:
                out.append((unit, ch, inline))
                out.extend(_foreign(ch, unit, inline))
        elif ch.kind in NUMBERED and ch.children and (is_heading(ch) and ch.title):
            # A group of units ("1. Cấp tỉnh" over its bodies) is read inside; a topic whose
            # items are mostly tasks ("4. Công tác kiểm định" / "a) Kiện toàn ..." / "b) Tổ
            # Văn phòng là đầu mối ...") is no list of units.
            units = sum(_unit_of(c, paragraphs=True) is not None for c in ch.children)
            if units * 2 >= len(ch.children):
                _collect(ch, out)


# A paragraph that introduces the list of who does what, where no heading does ("Việc tổ
# chức thực hiện được Kế hoạch phân công như sau:", "Trách nhiệm của các đơn vị:").
_ASSIGNING_LEAD_IN = regex.compile(
    r"(?:phân công|tổ chức thực hiện|trách nhiệm)[^.;]{0,80}:\s*$", regex.IGNORECASE
)


def _lead_in_lists(nodes: list[Node]) -> list[Node]:
    """The numbered items after each assigning lead-in paragraph, as a container."""
    out: list[Node] = []
    for i, n in enumerate(nodes):
        # The lead-in may close the item before the list, as its last paragraph.
        lead = n if n.kind is Tok.TEXT else (n.children[-1] if n.children else None)
        if lead is not None and lead.kind is Tok.TEXT and _ASSIGNING_LEAD_IN.search(lead.text):
            items = list(itertools.takewhile(lambda c: c.kind in NUMBERED, nodes[i + 1 :]))
            if not items:
                # "UBND tỉnh phân công nhiệm vụ ... như sau:" / "- Công an tỉnh chủ trì ...":
                # a dash list (a report's quotation of the plan) whose items name units.
                items = list(itertools.takewhile(lambda c: c.kind in BULLETS, nodes[i + 1 :]))
                named = sum(_unit_of(c, paragraphs=True) is not None for c in items)
                items = items if named * 2 >= len(items) else []
            if len(items) >= 2:
                out.append(Node(tok=lead.tok, line=lead.line, group=lead.group, children=items))
                continue
        if n.children and not _is_container(n):
            out.extend(_lead_in_lists(n.children))
    return out


def extract_assignments(ctx: Context) -> list[Assignment]:
    """One ``Assignment`` per unit that a heading in an assignment section names."""
    containers: list[Node] = []
    for n in ctx.tree:
        if _is_container(n):
            containers.append(n)
        else:
            containers.extend(c for c in n.children if is_heading(c) and _is_container(c))
    if not containers:
        containers = _lead_in_lists(ctx.tree)
    found: list[tuple[Unit, Node, str]] = []
    for c in containers:
        _collect(c, found)
    merged: dict[str, Assignment] = {}
    for unit, node, inline in found:
        key = unit_key(unit)
        for n in node.walk():
            ctx.unit_nodes[id(n.line)] = key  # by line: a label line is rebuilt as a node
        tasks = _tasks(node, inline, unit)
        if key in merged:
            merged[key].tasks.extend(tasks)
        else:
            merged[key] = Assignment(unit=unit, tasks=tasks, span=node.span())
    return list(merged.values())
