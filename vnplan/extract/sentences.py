"""Tasks that sentences assign: ``Giao C11 là đơn vị thường trực ...``, ``Văn phòng Sở chủ
trì, phối hợp chặt chẽ với ...``. Each gives its lead unit a task with ``origin="sentence"``,
merged into that unit's section-headed assignment when it has one (matched by code or by
normalised name), never counted twice for a sentence inside the unit's own section."""

from __future__ import annotations

import regex

from vnplan import nlp
from vnplan.extract.context import Context
from vnplan.extract.tables import table_tasks
from vnplan.extract.tasks import coordinating_units, deadline_of, recurrence_of
from vnplan.extract.units import (
    is_person,
    looks_like_unit,
    name_key,
    same_by_acronym,
    split_units,
    unit_from_heading,
    unit_key,
)
from vnplan.grammar.tree import Node
from vnplan.models import Assignment, Task, Unit
from vnplan.patterns import ADVERB_END, SENTENCE_PREFIX, TIME_LABEL, UNIT_CODE
from vnplan.vocab import (
    ALLOTTED_RESOURCES,
    AMBIGUOUS_UNIT_HEADS,
    COORDINATION_STOPS,
    GIAO_VERBS,
    LEAD_MARKERS,
    LEVEL_WORDS,
    NAME_END_WORDS,
    PERFORMER_VERBS,
    ROLE_HEADS,
    TASK_VERBS,
    UNIT_HEADS,
    alternation,
)

_ANCHOR = r"(?:^|(?<=[;:.]\s)|(?<=,\s)|(?<=^\d{1,2}\.\s))"
# Who a request or an order names: a unit's head, or a collective of them in lower case
# ("giao các Viện ...", "yêu cầu các trường THPT ...").
_NAMED = (
    rf"(?=(?:(?:các|những)\s+(?i:{alternation((*UNIT_HEADS, *ROLE_HEADS))})"
    rf"|{alternation((*UNIT_HEADS, *ROLE_HEADS))})\s)"
)
# "Giao Sở Y tế ..." opening a clause, or "Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì ..."
# after its subject (not "được giao", "bàn giao", "giao thông").
_GIAO = regex.compile(
    r"(?:^|(?<=[;:.]\s)|(?<=,\s))(?P<lead>[Gg]iao\s+(?:cho\s+)?)"
    rf"|(?<=\p{{L}}\s)(?:(?<!(?:được|bàn|chuyển|phân|đã)\s)(?P<lead>giao\s+(?:cho\s+)?)"
    # "Bộ Y tế (cũng) đề nghị UBND các tỉnh chỉ đạo ...": a request to a body it does not
    # direct is its work too; not the noun in "hồ sơ đề nghị", "văn bản đề nghị".
    rf"|(?<!(?:sơ|bản|trình|văn|được|có|các|đã)\s)(?P<lead>đề nghị\s+)"
    rf"){_NAMED}"
    # "Kế hoạch (cũng) yêu cầu UBND các xã thành lập ...", "Sở yêu cầu các trường ...": what
    # the plan or its issuer (named by its head alone, as a report does after its first
    # mention) requires of a body; not "lãnh đạo UBND tỉnh yêu cầu ..." at a meeting, nor
    # the noun in "đáp ứng yêu cầu".
    rf"|(?:^|(?<=[;:.,]\s))(?:[Kk]ế hoạch|(?:{alternation(UNIT_HEADS)})"
    rf"(?:\s+(?:{alternation(LEVEL_WORDS)}))?)\s+(?:(?:cũng|còn|đồng thời)\s+)?"
    rf"(?P<lead>yêu cầu\s+){_NAMED}"
)
_ASKS = regex.compile(r"(?<=\p{L}\s)yêu cầu\s")
# A request that only asks for this plan to be carried out ("Đề nghị các đơn vị nghiêm túc
# triển khai thực hiện./.", "yêu cầu ... nghiêm túc thực hiện Kế hoạch này"): the closing
# formula, no task.
_ONLY_CARRY_OUT = regex.compile(
    r"\s(?:nghiêm túc|khẩn trương|tích cực)\s+(?:triển khai\s+)?(?:tổ chức\s+)?thực hiện"
    r"(?:\s+(?:nghiêm túc|tốt|có hiệu quả))?(?:\s+(?:[Kk]ế hoạch|nội dung)(?:\s+này)?)?\s*[./]*$"
)
# "... phường và các tổ chức chính trị - xã hội vận động ...": after "các", "tổ chức" is
# the noun (organisations), not the verb.
_GIAO_VERB = regex.compile(
    rf"(?<!(?:^|\s)(?:[Cc]ác|[Nn]hững))\s+(?=(?:{alternation((*GIAO_VERBS, *PERFORMER_VERBS))})\b)"
)
# A unit's name runs to the clause's end; a code or a remark in brackets is part of it:
# "Giao Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) tham mưu ...".
_UNIT_CHARS = regex.compile(r"(?:[^;:.()]|\([^()]{1,80}\))+")
_SUBJECT = regex.compile(
    # "Phòng Cảnh sát giao thông (PC08) chủ trì ...": a code in brackets closes the name.
    # "X (sau đây gọi tắt là Y) được giao ...": a remark in brackets after the name.
    rf"{_ANCHOR}(?P<unit>[^,;:.()]{{2,150}}?(?:\s*\({UNIT_CODE}\))?)(?:\s*\([^()]{{2,80}}\))?"
    rf"\s+(?:{alternation(LEAD_MARKERS)}"
    # "Sở Giáo dục và Đào tạo được giao chỉ đạo ...": given the task, in the passive, when a
    # task's verb follows ("kinh phí được giao năm 2025", "được giao nhiệm vụ" give none).
    # Whether the word after "được giao" is a verb: _given_work.
    # "theo chức năng, nhiệm vụ được giao": the duties given, not a body.
    r"|(?<!nhiệm vụ\s)được giao(?!\s+(?:thực hiện\s+|chủ trì\s+)?(?:các\s+)?nhiệm vụ)(?=\s+\p{Ll})"
    r")(?=[\s,;.]|$)"
)
_WORK_VERB = regex.compile(
    rf"\s+(?:{alternation(sorted({*GIAO_VERBS, *PERFORMER_VERBS, *TASK_VERBS}))})(?!\p{{L}})"
)


def _given_work(text: str, end: int) -> bool:
    """Whether "được giao" ending at ``end`` gives a task: a task's verb follows ("được
    giao chủ trì ...", "được giao mở chuyên mục ..."), not a thing given ("được giao 50 chỉ
    tiêu", "kinh phí được giao năm 2025"). A verb the vocabulary lacks is the tagger's."""
    if _WORK_VERB.match(text, end):
        return True
    toks = nlp.tag(text[end : end + 60].strip())
    return bool(toks) and toks[0].tag == "V"


# "gửi Sở Khoa học và Công nghệ tổng hợp, chủ trì, phối hợp với ...": a verb of one or two
# words stands between the unit and "chủ trì".
_SUBJECT_VERB = regex.compile(
    rf"(?:^|\s)(?P<unit>(?:{alternation(UNIT_HEADS)})\s[^,;:.()]{{2,120}}?)"
    r"\s+\p{Ll}+(?:\s\p{Ll}+)?,\s+chủ trì(?=[\s,;.]|$)"
)
_CODE = regex.compile(rf"^(?P<code>{UNIT_CODE})$")
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})|$")
# A verb with an object after it makes a clause ("Sở Y tế thành lập đoàn"); one that ends
# the phrase is the last word of a name ("Phòng Kế hoạch tổng hợp").
_VERB_INSIDE = regex.compile(
    rf"\s(?:{alternation(v for v in COORDINATION_STOPS if ' ' in v or len(v) > 4)})\s+\S"
)
_CODE_END = regex.compile(r"\([A-ZĐ]{1,3}\d{0,3}\)$")
_LOWER_HEAD = regex.compile(r"^(?P<h>phòng|ban|sở|trung tâm|văn phòng|cục|chi cục)\s+(?=\p{Lu})")


def _units(text: str, *, after_giao: bool) -> list[Unit]:
    """The lead units a phrase names: one, or several joined by commas or "và"."""
    t = ADVERB_END.sub("", SENTENCE_PREFIX.sub("", text.strip(" ,")).strip())
    one = _unit(t, after_giao=after_giao)
    parts = split_units(t)
    if len(parts) > 1:
        many = [_unit(p, after_giao=after_giao) for p in parts]
        if all(u is not None for u in many):
            return [u for u in many if u is not None]
    return [one] if one is not None else []


_VERBS_AND = regex.compile(
    rf"(?:\s+(?:{alternation(sorted({*GIAO_VERBS, *COORDINATION_STOPS, *PERFORMER_VERBS}))}))+"
    r"\s+và$"
)
_BARE_HEADS = frozenset(h.lower() for h in AMBIGUOUS_UNIT_HEADS)


_LEVELS = alternation(LEVEL_WORDS)
_LEVEL_LIST = regex.compile(
    rf"^(?:{alternation(UNIT_HEADS)})(?:\s+[^\s,]+){{0,5}}?\s+(?:cấp\s+\S+\s+)?(?:các|những)\s+(?:{_LEVELS})"
    rf"(?:\s*(?:,|và)\s*(?:{_LEVELS}))+$"
)
_NAME_TAIL = regex.compile(rf"^(?:\s+(?:\p{{Lu}}\S*|{alternation(NAME_END_WORDS)}|và|các))+\s*$")


def _clause_verb(t: str) -> bool:
    """A verb with an object in ``t``; a verb whose words after it only close a name
    ("Trung tâm Dịch vụ tổng hợp xã", "Phòng Kế hoạch tổng hợp") names a unit."""
    return any(
        not _NAME_TAIL.match(" " + t[m.end() - 1 :])
        # "Công ty ... Khai thác công trình thủy lợi": the "trình" of the noun "công trình"
        # is no verb (the tagger's word segmentation decides).
        and not nlp.inside_a_word(t, m.start() + 1)
        for m in _VERB_INSIDE.finditer(t)
    )


def _unit(text: str, *, after_giao: bool) -> Unit | None:
    # "Ban Thường trực ... xã triệu tập và chủ trì hội nghị": verbs joined by "và".
    t = _VERBS_AND.sub("", text.strip(" ,"))
    named = bool(_CODE_END.search(t))  # "... (P3)": a name, whatever words it contains
    if not t or len(t.split()) > 20 or (not named and (_clause_verb(t) or " được " in f" {t} ")):
        return None  # a clause ("Sở Y tế thành lập đoàn"), not a name
    m = _CODE.match(t)
    if m:
        return Unit(name=t, code=m.group("code"))
    if after_giao:
        t = _LOWER_HEAD.sub(lambda h: h.group("h")[0].upper() + h.group("h")[1:] + " ", t)
    # Given work by "giao" (or a lead field), a person by post is an assignee too ("Hiệu
    # trưởng giao Tổng phụ trách Đội chủ trì ...").
    found = unit_from_heading(t, roles=after_giao)
    if found is not None:
        # "Hội Khuyến học tỉnh đẩy mạnh phong trào": a verb ends the name before the phrase
        # does, so the phrase is no unit's name (a nearer end, or the name rules, give it).
        return None if found[1] else found[0]
    if t.lower() in _BARE_HEADS:
        return None  # "Cơ quan chủ trì, thành phần, ...": a head word alone names no one
    if looks_like_unit(t) and t[:1].isupper():
        return Unit(name=t, collective=t.lower().startswith(("các ", "những ")))
    # Rules do not know this head word: ask the tagger whether it is a noun phrase at all.
    if t[:1].isupper() and nlp.is_noun_phrase(t):
        return Unit(name=t)
    return None


def _giao_units(text: str, start: int, known: dict[str, Assignment]) -> list[Unit]:
    """The unit(s) "Giao" names: the words up to one of the verbs that follow a unit. A name
    may itself contain such a verb ("Phòng Tuyên truyền, hướng dẫn ... (P3)"), so the end
    that gives a known unit or a bracketed code wins; else the nearest one."""
    span = _UNIT_CHARS.match(text, start)
    if span is None:
        return []
    clause = text[start : span.end()]
    ends = [m.start() for m in _GIAO_VERB.finditer(clause) if 2 <= m.start() <= 150]
    first: list[Unit] = []
    for e in ends:
        units = _units(clause[:e], after_giao=True)
        if not units:
            continue
        if any(u.code or unit_key(u) in known for u in units):
            return units
        first = first or units
    if not first:
        # No verb the vocabulary knows ends the name ("Kế hoạch yêu cầu Phòng Công tác xã
        # hội khảo sát ..."): where the name rules (and the tagger) end it.
        # A unit the plan heads a section with is found by its name (_giao_known).
        if any(clause.startswith(a.unit.name) for a in known.values()):
            return []
        found = unit_from_heading(clause, roles=True)
        if found is not None and found[1] and clause.startswith(found[0].name):
            return [found[0]]
    return first


def _sentence_end(text: str, start: int) -> int:
    m = _SENTENCE_END.search(text, start)
    return m.start() if m else len(text)


# Task blocks that name their lead in a field line: "- Đơn vị chủ trì: Sở Khoa học và Công
# nghệ." / "- Cơ quan chủ trì: ..." under the task's heading, beside "Đơn vị phối hợp: ..."
# and "Thời gian thực hiện: ...".
# A field ends the line or gives way to the next field on the same line ("Đơn vị chủ trì: X;
# Đơn vị phối hợp: Y, Z.").
_NEXT_FIELD = (
    r"(?:\.?$|\s*[;.]\s*(?=(?:(?:[Đđ]ơn vị|[Cc]ơ quan|[Bb]ộ phận)\s+)?"
    r"(?:[Pp]hối hợp|[Tt]hời gian|[Tt]hời hạn|[Tt]iến độ|[Kk]ết quả|[Ss]ản phẩm)))"
)
# "Đơn vị chủ trì:", "Cơ quan chủ trì thực hiện:", "Đơn vị chủ trì tham mưu thực hiện:": a few
# lower-case words may say what the lead does before the colon.
_FIELD_VERBS = r"(?:\s+\p{Ll}+){0,4}?"
# The lead's units may be listed with semicolons ("Báo và Phát thanh, Truyền hình tỉnh; Sở
# Tư pháp"), up to the next field.
_LEAD_FIELD = regex.compile(
    r"^(?:(?:[Đđ]ơn vị|[Cc]ơ quan|[Bb]ộ phận)\s+)?(?:[Cc]hủ trì)" + _FIELD_VERBS + r"\s*:\s*"
    r"(?P<units>.+?)" + _NEXT_FIELD
)
_COORD_FIELD = regex.compile(
    r"(?:^|[;.]\s*)(?:(?:[Đđ]ơn vị|[Cc]ơ quan|[Bb]ộ phận)\s+)?[Pp]hối hợp"
    + _FIELD_VERBS
    + r"\s*:\s*(?P<units>[^;]+?)"
    + _NEXT_FIELD
)
_TIME_FIELD = regex.compile(rf"^{TIME_LABEL}(?:\s+thực hiện)?\s*:")
_LABEL = regex.compile(
    r"^(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:thực hiện|phụ trách)\s*:?$|^[Nn]hiệm vụ\s*:?$"
)


# "- Cơ quan thực hiện: Sở Y tế." names who does the block's task; "- Cơ quan thực hiện:"
# over "+ Sở Xây dựng đăng tải thông điệp ..." gives each item's unit that item.
_PERFORMER_FIELD = regex.compile(
    r"^(?:[Đđ]ơn vị|[Cc]ơ quan)\s+(?:thực hiện|phụ trách)\s*:\s*(?P<units>[^;]*?)"
    # "Đơn vị thực hiện: Phòng Điều dưỡng; đơn vị phối hợp: ...": up to the next field.
    + _NEXT_FIELD
)
_HAS_LEAD = regex.compile(rf"(?:^|\s)(?:{alternation(LEAD_MARKERS)})(?=[\s,;.:]|$)")
_TASK_VERB = regex.compile(
    rf"\s(?:{alternation(sorted({*GIAO_VERBS, *COORDINATION_STOPS, *PERFORMER_VERBS}))})(?=\s|,|$)"
)


def _coordinating(field: regex.Match[str] | None) -> list[str]:
    """The units a ``Phối hợp:`` field names."""
    return [u.strip() for u in split_units(field["units"])] if field is not None else []


def _performer(text: str) -> Unit | None:
    """The unit that opens ``text`` and does what the rest says (``Sở Xây dựng đăng tải``)."""
    m = _TASK_VERB.search(text)
    if m is None or m.start() < 3:
        return None
    found = unit_from_heading(text[: m.start()], roles=True)
    return found[0] if found is not None and not found[1] else None


def _block_text(path: list[Node]) -> tuple[Node, str] | None:
    block = next((a for a in reversed(path) if not _LABEL.match(a.text)), None)
    if block is None:
        return None
    text = block.title or block.text
    if not text and block.children:  # "4." with its title on the next line
        text = block.children[0].text
    return block, text


# "- Cơ quan thực hiện: Bộ Công an tiến hành rà soát ...; các bộ, ... rà soát ...": the field
# says in clauses who does what.
_PERFORMER_CLAUSES = regex.compile(
    r"^(?:[Đđ]ơn vị|[Cc]ơ quan)\s+(?:thực hiện|phụ trách)\s*:\s*(?P<rest>.+)$"
)


def _clause_performers(n: Node, path: list[Node], out: list[tuple[Node, Unit, Task]]) -> None:
    m = _PERFORMER_CLAUSES.match(n.text)
    found = _block_text(path) if m else None
    if m is None or found is None:
        return
    block, text = found
    for clause in regex.split(r"\s*;\s*", m["rest"]):
        doer = None if _HAS_LEAD.search(clause) else _performer(clause)
        if doer is not None:
            task = Task(text=text, origin="sentence", via="field", span=block.content_span())
            out.append((n, doer, task))


def _performers(nodes: list[Node], path: list[Node], out: list[tuple[Node, Unit, Task]]) -> None:
    """Units named as the doers of a block's task in a ``Cơ quan thực hiện`` field."""
    for n in nodes:
        m = _PERFORMER_FIELD.match(n.text) if path else None
        if m is None and path:
            _clause_performers(n, path, out)
        if m and not _HAS_LEAD.search(m["units"]):
            named = m["units"].strip()
            found = _block_text(path)
            if named and found is not None:
                block, text = found
                coordinating = _coordinating(_COORD_FIELD.search(n.text, m.end("units")))
                for named_unit in _units(named, after_giao=True):
                    task = Task(
                        text=text,
                        origin="sentence",
                        via="field",
                        coordinating=coordinating,
                        span=block.content_span(),
                    )
                    out.append((n, named_unit, task))
            elif not named:
                for ch in n.children:
                    doer = None if _HAS_LEAD.search(ch.text) else _performer(ch.text)
                    if doer is not None:
                        task = Task(
                            text=ch.text,
                            origin="sentence",
                            via="field",
                            deadline=deadline_of(ch.text),
                            coordinating=coordinating_units(ch.text),
                            span=ch.content_span(),
                        )
                        out.append((ch, doer, task))
        _performers(n.children, [*path, n], out)


def _labelled(value: str) -> list[Unit]:
    """ "Đơn vị chủ trì: Mỏ đá Nghĩa Kỳ": what a lead label names is a lead, though its head
    word is none the vocabulary knows, when it is a short capitalised name, not a clause."""
    t = value.strip(" .;,")
    if not t[:1].isupper() or len(t.split()) > _MAX_LABELLED or _clause_verb(t):
        return []
    # A verb in lower case makes it a clause ("Tùy tình hình sẽ phân công"); the tagger
    # decides, and without it only names the rules know are taken.
    tokens = nlp.tag(t)
    if not tokens or any(tok.tag == "V" and tok.text[:1].islower() for tok in tokens):
        return []
    return [Unit(name=t)]


_MAX_LABELLED = 12


def _field_leads(nodes: list[Node], path: list[Node], out: list[tuple[Node, Unit, Task]]) -> None:
    """Lead units named in field lines, each with the task of the block it sits in."""
    for n in nodes:
        m = _LEAD_FIELD.match(n.text) if path else None
        if m:
            block = next((a for a in reversed(path) if not _LABEL.match(a.text)), None)
            if block is not None:
                siblings = [*path[-1].children, *(path[-2].children if len(path) > 1 else [])]
                # The coordinating units: on the lead's own line or on a field line beside it.
                here = _COORD_FIELD.search(n.text, m.start("units"))
                coord = here or next(
                    (c for c in (_COORD_FIELD.match(c.text) for c in siblings) if c), None
                )
                when = next((c for c in siblings if _TIME_FIELD.match(c.text)), None)
                text = block.title or block.text
                if not text and block.children:  # "4." with its title on the next line
                    text = block.children[0].text
                coordinating = _coordinating(coord)
                for unit in _units(m["units"], after_giao=True) or _labelled(m["units"]):
                    out.append(
                        (
                            n,
                            unit,
                            Task(
                                text=text,
                                origin="sentence",
                                via="field",
                                deadline=deadline_of(when.text) if when is not None else None,
                                coordinating=coordinating,
                                span=block.content_span(),
                            ),
                        )
                    )
        _field_leads(n.children, [*path, n], out)


def _named_form(key: str, assignments: list[Assignment]) -> Assignment | None:
    """The one headed unit whose name is ``key`` plus a place name: "Ban Thường trực UBMTTQ
    xã" in a sentence is the "Ban Thường trực Ủy ban MTTQ xã Lương Minh" of the headings."""
    found = []
    for a in assignments:
        k = unit_key(a.unit)
        if not k.startswith(key + " "):
            continue
        extra = len(k.split()) - len(key.split())
        tail = a.unit.name.split()[-extra:]
        if all(w[:1].isupper() for w in tail):
            found.append(a)
    return found[0] if len(found) == 1 else None


# "Cục Quản lý Khám, chữa bệnh", "Trung tâm Kiểm soát bệnh tật, phòng chống HIV": one body
# whose name lists lower-case nouns after a comma (a list of bodies starts each with a head).
# "Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động, Thương binh và Xã hội": the words after
# the comma open no body and the name closes with "và ..." (an elliptical list, "Sở Nội vụ,
# Tài chính", is two bodies).
_AFTER_COMMA = (
    rf",\s+(?!(?:các|những|{alternation(LEVEL_WORDS)})(?:\s|,|$))"
    rf"(?!(?i:{alternation(UNIT_HEADS)})\s)"
)
_LOWER_AFTER_COMMA = regex.compile(
    rf"^(?:{alternation(UNIT_HEADS)})\s+\p{{Lu}}[^,]*"
    rf"(?:{_AFTER_COMMA}\p{{Ll}}[^,]*){{1,2}}$"
    rf"|^(?:{alternation(UNIT_HEADS)})\s+\p{{Lu}}[^,]*(?:{_AFTER_COMMA}\p{{Lu}}[^,]*){{1,2}}"
    r"(?<=\svà\s\p{Lu}\S*(?:\s\S+){0,4})$"
)


# "Các khoa lâm sàng, cận lâm sàng", "Các trường tiểu học, trung học cơ sở": one collective
# whose modifiers a comma lists (no head word or level after the comma).
_COLLECTIVE_MODIFIED = regex.compile(
    rf"^(?i:các|những)\s+(?i:{alternation(UNIT_HEADS)})\s+\p{{Ll}}[^,]*"
    rf"(?:{_AFTER_COMMA}\p{{Ll}}[^,]*){{1,3}}$"
)


# "Giao" opening a clause, whoever follows it.
_GIAO_CLAUSE = regex.compile(r"(?:^|(?<=[;:.,]\s))[Gg]iao\s+(?:cho\s+)?")


def _giao_known(
    text: str, by_key: dict[str, Assignment], hits: list[tuple[int, Unit]]
) -> list[tuple[int, Unit]]:
    """ "Giao Điều dưỡng trưởng khoa chủ trì ...": a unit the plan heads a section with is
    given work by "giao", though its name opens with no head word the vocabulary knows; a
    post is often written in lower case mid-sentence ("Giao nhân viên y tế trường học chủ
    trì ..." for the "2. Nhân viên y tế trường học" of the headings)."""
    found: list[tuple[int, Unit]] = []
    units = {a.unit.name: a.unit for a in by_key.values()}
    names = sorted(units, key=len, reverse=True)  # the longest name that fits
    for m in _GIAO_CLAUSE.finditer(text):
        if any(abs(s - m.start()) < 3 for s, _ in hits):
            continue
        rest = text[m.end() :]
        name = next(
            (
                n
                for n in names
                if rest[:1].upper() == n[:1].upper()
                and rest[1 : len(n)] == n[1:]
                and not rest[len(n) : len(n) + 1].isalnum()
            ),
            None,
        )
        if name is not None:
            found.append((m.start(), units[name]))
    return found


_LEAD_ONLY = regex.compile(r"(?:[Gg]iao(?:\s+cho)?|đề nghị|yêu cầu)?\s*")
# A unit's head inside a clause's opening words ("Kế hoạch nêu rõ Sở Y tế các tỉnh, ...").
_INNER_HEAD = regex.compile(rf"(?<=\s)(?:{alternation(UNIT_HEADS)})\s")


def _wide_subject(
    text: str, start: int, end: int, units: list[Unit], by_key: dict[str, Assignment]
) -> tuple[list[Unit], int]:
    """The subject of "X chủ trì" when a comma stands before ``start``: one name with a
    comma in it ("Báo và Phát thanh, Truyền hình tỉnh", "Sở Y tế các tỉnh, thành phố"), read
    from the clause's start or from a unit's head inside the clause's opening words ("Kế
    hoạch nêu rõ Sở Y tế ..."); or a list of bodies that all lead ("Báo Văn hóa, Tạp chí
    Văn hóa Nghệ thuật được giao ...")."""
    b = max(text.rfind(c, 0, start) for c in ";:.\n") + 1
    starts = [b + len(text[b:start]) - len(text[b:start].lstrip(" ,"))]
    inner = [h.start() for h in _INNER_HEAD.finditer(text, b, start)]
    for s0 in starts + inner:
        wide = text[s0:end].strip(" ,")
        whole = _unit(wide, after_giao=False) if wide.count(",") <= 2 else None
        # Only a name the plan heads a section with: "cơ quan chủ trì Chương trình" or
        # "Các Sở, ngành chủ trì ..." name no one; or a body over a list of administrative
        # levels ("UBND các huyện, thị xã, thành phố").
        # From a head inside the clause, only a name as sure ("các Vụ thuộc cơ quan Tổng cục
        # Thuế căn cứ chức năng, ..." has a head in the middle of a phrase).
        if whole is not None and (
            unit_key(whole) in by_key
            or _LEVEL_LIST.match(whole.name)
            or (s0 == starts[0] and _LOWER_AFTER_COMMA.match(whole.name))
            or (s0 == starts[0] and _COLLECTIVE_MODIFIED.match(whole.name))
        ):
            return [whole], s0
    if units:
        wide = text[starts[0] : end].strip(" ,")
        parts = split_units(wide)
        many = [u for u in (_unit(p, after_giao=False) for p in parts) if u is not None]
        if 1 < len(parts) == len(many) and unit_key(units[-1]) == unit_key(many[-1]):
            return many, starts[0]
    return units, start


_HEAD_WORD = regex.compile(rf"(?:^|\s)(?:{alternation(UNIT_HEADS)}|UBND|HĐND)\s")
_CLAUSE_START = regex.compile(r"[,;:.]\s*(?=[^,;:.]*$)")
_RESOURCE = regex.compile(rf"(?i:^|\s)(?:{alternation(ALLOTTED_RESOURCES)})(?:\s|$)")


def _allots(text: str, at: int) -> bool:
    """ "Kinh phí từ nguồn ngân sách nhà nước giao cho Trung tâm ...": a clause about money
    or a quota before "giao" allots it to a body; it gives no one a task."""
    start = _CLAUSE_START.search(text, 0, at)
    before = text[start.end() if start else 0 : at]
    return bool(_RESOURCE.search(before)) and not _HEAD_WORD.search(before)


# "phối hợp" (or "tham gia phối hợp") as the first verb after the bodies asked: they are
# asked to coordinate, which makes no lead (GOLD_FORMAT: coordinating units are none).
_COORDINATES = regex.compile(r"\s*(?:cùng\s+)?(?:tham gia\s+)?phối hợp(?!\s+với\b)")


def _unit_span_end(text: str, start: int) -> int:
    """Where the bodies named from ``start`` end: before the first verb the vocabulary knows."""
    span = _UNIT_CHARS.match(text, start)
    clause = text[start : span.end()] if span else ""
    verb = _GIAO_VERB.search(clause)
    return start + (verb.start() if verb else len(clause))


_BARE_COLLECTIVE = regex.compile(rf"^(?:các|những)\s+(?:{alternation(_BARE_HEADS)})$", regex.I)


def _modifies_a_collective(unit: str, text: str, end: int) -> bool:
    """ "Các đơn vị chủ trì lập dự toán ...": after a bare collective and before a verb,
    "chủ trì" says which units (those that lead a task), it does not make them the lead."""
    if not _BARE_COLLECTIVE.match(unit.strip()) or not text[:end].endswith("chủ trì"):
        return False
    toks = nlp.tag(text[end : end + 40].strip())
    return bool(toks) and toks[0].tag == "V"


def _hits(text: str, by_key: dict[str, Assignment]) -> list[tuple[int, Unit]]:
    """Where a sentence of ``text`` names a lead, and which unit: "Giao X ...", "X chủ trì
    ...", "X được giao ...", "gửi X tổng hợp, chủ trì ..."."""
    hits: list[tuple[int, Unit]] = []
    for m in _GIAO.finditer(text):
        if m["lead"].startswith("giao") and _allots(text, m.start()):
            continue
        if m["lead"].startswith(("đề nghị", "yêu cầu")) and _COORDINATES.match(
            text, _unit_span_end(text, m.end())
        ):
            continue  # "đề nghị Công an tỉnh, Sở Y tế phối hợp bảo đảm ...": coordinating
        if not m["lead"].startswith("giao") and _ONLY_CARRY_OUT.search(
            text, m.end(), _sentence_end(text, m.end())
        ):
            continue
        hits.extend((m.start(), u) for u in _giao_units(text, m.end(), by_key))
    hits.extend(_giao_known(text, by_key, hits))
    for m in _SUBJECT.finditer(text):
        if m.group("unit").lower().startswith(("giao ", "chủ trì")):
            continue
        if any(abs(s - m.start()) < 3 for s, _ in hits):
            continue
        if any(m.start("unit") < s < m.end("unit") for s, _ in hits):
            continue  # "Sở giao Phòng X chủ trì ...": the lead is the one given the task
        passive = text[m.end("unit") : m.end()].lstrip().startswith("được giao")
        if passive and not _given_work(text, m.end()):
            continue
        if _modifies_a_collective(m.group("unit"), text, m.end()):
            continue
        units = _units(m.group("unit"), after_giao=passive)
        if not units:
            # "Phó Hiệu trưởng phụ trách chuyên môn chủ trì ...": a post the plan heads a
            # section with leads, though a post alone is too weak a name elsewhere.
            headed = by_key.get(unit_key(Unit(name=m.group("unit").strip())))
            units = [headed.unit] if headed is not None else []
        start = m.start("unit")
        # "Sở Lao động, Thương binh và Xã hội chủ trì": what follows the comma is the end of
        # one name, whatever the tagger makes of it alone.
        after_comma = text[:start].rstrip().endswith(",")
        if (not units or after_comma) and ", " in text[max(0, start - 80) : start]:
            units, start = _wide_subject(text, start, m.end("unit"), units, by_key)
            if any(_LEAD_ONLY.fullmatch(text, s, start) for s, _ in hits if s <= start):
                continue  # "giao Sở Văn hóa, Thể thao và Du lịch chủ trì": found by "giao"
        hits.extend((start, u) for u in units)
    for m in _SUBJECT_VERB.finditer(text):
        # Not where a hit already stands, nor around one ("Bộ Y tế giao Cục X là đơn vị
        # đầu mối, chủ trì ...": the lead is the one given the task).
        if not any(m.start("unit") - 3 < s < m.end("unit") for s, _ in hits):
            hits.extend((m.start("unit"), u) for u in _units(m.group("unit"), after_giao=False))
    return hits


def extract_sentence_tasks(ctx: Context, assignments: list[Assignment]) -> list[Assignment]:
    """Add the tasks sentences assign to ``assignments`` (new units appended), in place."""
    by_key: dict[str, Assignment] = {}
    for a in assignments:
        by_key[unit_key(a.unit)] = a
        if a.unit.code:
            by_key.setdefault(a.unit.code.upper(), a)
            by_key.setdefault(name_key(a.unit), a)
    seen: set[tuple[str, int]] = set()
    for node in ctx.nodes():
        text = node.text
        if len(node.line.gaps) >= 2:
            continue  # a table's row ("TT | Nội dung | Đơn vị chủ trì"): read as a table
        if (
            "giao" not in text.lower()
            and not any(m in text for m in ("chủ trì", "thường trực", "đầu mối", "đề nghị"))
            and not ("yêu cầu" in text and _ASKS.search(text))
        ):
            continue
        owner = ctx.unit_nodes.get(id(node.line))
        hits = _hits(text, by_key)
        for start, unit in sorted(hits, key=lambda h: h[0]):
            key = unit_key(unit)
            target = (
                by_key.get(key)
                or (by_key.get(unit.code.upper()) if unit.code else None)
                or _named_form(key, assignments)
            )
            if target is not None:
                key = unit_key(target.unit)
            if owner is not None and (owner == key or (target is None and is_person(unit))):
                # The unit's own section already counts this; in another unit's section, a
                # person named nowhere else ("- Giao đồng chí X ... thực hiện") is how that
                # unit shares out its own task among its members.
                continue
            if (key, node.line.start + start) in seen:
                continue
            seen.add((key, node.line.start + start))
            end = _sentence_end(text, start)
            sentence = text[start:end].strip()
            k = node.line.text.find(sentence[:30])
            task = Task(
                text=sentence,
                origin="sentence",
                via="sentence",
                deadline=deadline_of(sentence),
                recurrence=recurrence_of(sentence),
                coordinating=coordinating_units(sentence),
                span=node.line.span(k, k + len(sentence)) if k >= 0 else node.content_span(),
            )
            if target is None:
                target = Assignment(unit=unit, tasks=[], span=task.span)
                assignments.append(target)
                by_key[key] = target
            target.tasks.append(task)
    for unit, task in table_tasks(ctx.text):
        key = unit_key(unit)
        target = by_key.get(key) or next(
            (a for a in assignments if same_by_acronym(unit.name, a.unit.name)), None
        )
        if target is None:
            target = Assignment(unit=unit, tasks=[], span=task.span)
            assignments.append(target)
            by_key[key] = target
        target.tasks.append(task)
    fields: list[tuple[Node, Unit, Task]] = []
    _field_leads(ctx.tree, [], fields)
    _performers(ctx.tree, [], fields)
    for node, unit, task in fields:
        key = unit_key(unit)
        target = by_key.get(key)
        if target is not None:
            key = unit_key(target.unit)
        if ctx.unit_nodes.get(id(node.line)) == key:
            continue  # the unit's own section already counts this
        if target is None:
            target = Assignment(unit=unit, tasks=[], span=task.span)
            assignments.append(target)
            by_key[key] = target
        target.tasks.append(task)
    return assignments
