"""Recognising unit names: ``Văn phòng Sở``, ``Cục Kế hoạch và Tài chính (H01)``,
``Công an các tỉnh, thành phố trực thuộc Trung ương``, ``Các phòng chuyên môn khác``."""

from __future__ import annotations

import regex

from vnplan import nlp
from vnplan.models import Assignment, Unit
from vnplan.patterns import ADVERB_END, UNIT_CODE, UNIT_PREFIX, UNIT_PREFIX_ONLY
from vnplan.text.normalize import fold
from vnplan.vocab import (
    AMBIGUOUS_UNIT_HEADS,
    COLLECTIVE_ONLY_HEADS,
    FUNCTION_NAMED_HEADS,
    GRASSROOTS_LEVELS,
    LEAD_ADVERBS,
    LEVEL_LIST_CONTINUATIONS,
    LEVEL_WORDS,
    NAME_END_WORDS,
    NAMED_LATER_HEADS,
    ORGANISATION_KINDS,
    REQUEST_PREFIXES,
    ROLE_HEADS,
    SECTOR_ABBREVIATIONS,
    SHARED_OFFICE_BODIES,
    TASK_VERBS,
    UNIT_HEADS,
    UNIT_LEVEL_QUALIFIERS,
    UNIT_NAME_STOPS,
    alternation,
)

_HEAD = regex.compile(
    rf"^(?P<coll>[Cc]ác\s+)?(?:{alternation(UNIT_LEVEL_QUALIFIERS)}\s+(?=\p{{Lu}}))?"
    rf"(?P<head>{alternation(UNIT_HEADS)})(?=\s|$|,)",
    regex.IGNORECASE,
)
# Heads that name assignees only in a collective ("Các tổ chức chính trị - xã hội").
# "Thuế tỉnh", "Công an huyện": an administrative level right after a head names a unit.
_ADMIN_AFTER = regex.compile(rf"^(?:{alternation((*LEVEL_WORDS, 'Trung ương'))})\b")
# "Ban điều hành các khu phố", "Ban chỉ đạo xã": a lower-case name that closes on a level.
_LEVEL_WORD = alternation((*LEVEL_WORDS, *GRASSROOTS_LEVELS))
_LEVEL_END = regex.compile(rf"(?:^|\s)(?:(?:các|những)\s+)?(?:{_LEVEL_WORD})$")
_AND_NAME = regex.compile(r"^và\s+\p{Lu}")
# A head word, a comma and a lower-case word that heads no unit: the head was a verb
# ("Phòng, chống tai nạn thương tích" = prevent and combat), not a list of bodies.
_HEAD_THEN_VERB = regex.compile(
    rf"^,\s*(?!(?i:{alternation((*UNIT_HEADS, *LEVEL_WORDS, 'các', 'những'))})(?!\p{{L}}))\p{{Ll}}"
)
# A post printed alone ("Hiệu trưởng", "Phó Giám đốc"): a task table's lead cell names whoever
# leads by post; in running text such a bare word is too weak to be a unit.
# A chief named by the word after his field ("Kế toán trưởng", "Điều dưỡng trưởng") too.
_POST_ONLY = regex.compile(
    rf"^(?:(?:{alternation(ROLE_HEADS)})|\p{{Lu}}\p{{Ll}}*(?:\s+\p{{Ll}}+){{0,2}}\s+trưởng)$",
    regex.IGNORECASE,
)
_POST_ONLY_START = regex.compile(rf"^(?:{alternation(ROLE_HEADS)})(?:$|\s)")
# "Giao đồng chí Phó Bí thư chi bộ chủ trì ...": a post may follow "đồng chí" in lower case.
_ROLE = regex.compile(rf"^(?:(?:các\s+)?đồng chí\s+\p{{Lu}}|(?:{alternation(ROLE_HEADS)})\s+\S)")
# A longer "name" is a sentence; joint headings name up to about four bodies
# ("Ủy ban MTTQ Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ chức ...").
_MAX_WORDS = 30
_DUTY = regex.compile(
    rf"\s(?=(?:{alternation(LEAD_ADVERBS)}|có trách nhiệm|chịu trách nhiệm)(?:\s|$))"
)
_REMARK = regex.compile(r"\s*\([^()]{2,200}\)")
_MEMBERS = regex.compile(r"\s(?:bao\s+)?gồm(?:\s+có)?$")
_CODE = regex.compile(rf"\s*\((?P<code>{UNIT_CODE}|[A-ZĐ][A-ZĐ&]{{1,11}})\)\s*$")
# A verb that ends the name; "các tổ chức" is a noun, not the verb "tổ chức", and "chủ đầu tư
# xây dựng" (construction investors) names who invests.
_STOP = regex.compile(
    rf"(?<!(?:^|\s)(?:[Cc]ác|[Nn]hững|và|việc)|cơ quan,|đầu tư)\s"
    rf"(?!tổ chức,?\s+(?:{alternation(ORGANISATION_KINDS)})\b)"
    rf"(?:{alternation(UNIT_NAME_STOPS)})(?:\s|,|$)"
)  # case matters: "Sở Xây dựng" is a name, "xây dựng" a verb; "cơ quan, tổ chức" a name
_COLLECTIVE = regex.compile(r"(?:^|\s)(?:các|những|mỗi|từng)\s", regex.IGNORECASE)
# A verb of the weaker class (TASK_VERBS) ends a name only where the name can end: after a
# proper word, a code or an administrative level ("... UBND các xã, phường bố trí ..."), never
# inside a noun phrase ("các tổ chức cung cấp dịch vụ", "Cán bộ phụ trách lĩnh vực giám sát").
_VERB_STOP = regex.compile(
    rf"(?<=(?:^|\s)(?:\p{{Lu}}[\p{{L}}\d&.\-]*|\S*\)|{alternation(NAME_END_WORDS)}))\s"
    rf"(?:{alternation(TASK_VERBS)})(?:\s|,|$)"
)
# A capitalised head named by its function just before a stop ("Ban xây dựng Đảng"), unless
# it is one of a list of heads ("các phòng, Ban tổ chức ...": the verb of a task).
_FUNCTION_HEAD = regex.compile(
    rf"(?:(?<!(?:[Cc]ác|,)\s+)(?<!\p{{L}})(?:{alternation(FUNCTION_NAMED_HEADS)})"
    # "Phó Trưởng ban xây dựng Đảng": after a post, a head in lower case too.
    rf"|[Tt]rưởng\s+(?i:{alternation(FUNCTION_NAMED_HEADS)}))$"
)


_SECTOR_NAME = regex.compile(
    rf"\s*(?i:{alternation(sorted(set(SECTOR_ABBREVIATIONS.values()), key=len, reverse=True))})"
    r"(?=\s|,|$)"
)


# A proper word right after the head or after "và" ("Báo và Phát thanh, Truyền hình X"):
# the name is a proper one, whose end the tagger finds.
_PROPER_SOON = regex.compile(r"\s*(?:và\s+)?\p{Lu}")


_LEVELS_THEN_TASK = regex.compile(
    rf"(?<=\s)(?:các|những)\s+(?:{_LEVEL_WORD})(?:\s*,\s*(?:{_LEVEL_WORD}))+"
    rf"(?:\s+và\s+(?:{_LEVEL_WORD}))?"
    # not a place or a scope that goes on with the name ("... có rừng", "... trên địa bàn")
    rf"(?=\s+(?!(?:{alternation(LEVEL_LIST_CONTINUATIONS)})\b)\p{{Ll}})"
)


_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}]*$")


def _inside_a_word(t: str, space: int) -> bool:
    """Whether the verb after the space at ``space`` is the second syllable of a capitalised
    word of the name ("Trợ giúp"). Only after a capitalised syllable is the tagger asked, so a
    plan whose names stand alone ("Sở Y tế chủ trì") never loads it."""
    return bool(_CAPITAL_BEFORE.search(t, 0, space)) and nlp.inside_a_word(t, space + 1)


def _name_stop(t: str) -> int | None:
    """Where the verb that ends the unit name ``t`` opens with starts, if anywhere (see
    _STOP); the tagger's first verb when it comes before the vocabulary's."""
    h = _HEAD.match(t)
    at = h.end() - 1 if h else 0
    if h is not None and (sector := _SECTOR_NAME.match(t, h.end())):
        # "Sở Giao thông vận tải quan tâm ...": a sector's name, often written in lower case
        # after its first word, is the body's name, whatever the tagger makes of "vận tải".
        at = sector.end() - 1
    # Not a verb that is the second half of a word ("Trung tâm Trợ giúp pháp lý": the
    # "giúp" of "trợ giúp"): the tagger's word segmentation decides.
    stop = next(
        (
            m
            for m in _STOP.finditer(t, at)
            if not _FUNCTION_HEAD.search(t, 0, m.start()) and not _inside_a_word(t, m.start())
        ),
        None,
    )
    found = stop.start() if stop else None
    # A task verb before that stop ends the name sooner (searched only up to it).
    for verb in _VERB_STOP.finditer(t, at, stop.start() + 1 if stop else len(t)):
        if not _FUNCTION_HEAD.search(t, 0, verb.start()) and not _inside_a_word(t, verb.start()):
            found = verb.start()
            break
    if h is not None and not h.group("coll") and _PROPER_SOON.match(t, h.end()):
        tagged = _tagged_stop(
            t, h.end(), found if found is not None else len(t), after=max(h.end(), at + 1)
        )
        if tagged is not None:
            return tagged
    if h is not None and h.group("coll") and found is None:
        return _tagged_collective_stop(t, h.end())
    # "Đài Truyền thanh các huyện, thị xã, thành phố tiếp âm ...": a list of levels closes
    # the name; what follows in lower case is the task, whatever verb opens it.
    levels = _LEVELS_THEN_TASK.search(t, h.end() if h else 0)
    if levels is not None and (found is None or levels.end() < found):
        return int(levels.end())
    return found


_LONG_LOWER = regex.compile(r"(?:\s+\p{Ll}[\p{L}\d]*){6}")


def _tagged_collective_stop(t: str, start: int) -> int | None:
    """ "các trường tiểu học bàn giao hồ sơ ...": in a collective in lower case, the tagger's
    first verb that follows a noun modifying the head and takes a noun object ends the name.
    Not a verb right after the head, which is the head's own modifier ("các cơ sở giáo dục
    mầm non", "các đơn vị sản xuất")."""
    if not _LONG_LOWER.match(t, start):
        return None
    clause_end = regex.search(r"[,;:.]|$", t[start:])
    tokens = [tok for tok in nlp.tag(t[: start + clause_end.start()]) if tok.start >= start]
    for i in range(1, len(tokens) - 1):
        tok, prev, nxt = tokens[i], tokens[i - 1], tokens[i + 1]
        if tok.tag == "V" and prev.tag in _NOUN_TAGS and nxt.tag in _NOUN_TAGS:
            return tok.start - 1 if t[tok.start - 1 : tok.start] == " " else tok.start
    return None


# Lower-case words after a word in capitals, six of them or two before a comma: a verb the
# vocabulary does not know may start there ("Phòng Kế hoạch - Tài vụ bảo đảm kinh phí, ...",
# "Phòng Biên tập chương trình bố trí khung giờ phát sóng").
# (The capitalised word is matched, not looked behind at: a variable-width lookbehind would
# be tried at every character of every heading.)
_LOWER_RUN = regex.compile(
    r"\p{Lu}[\p{L}\d&.\-]*\s+"
    r"(?:(?:\p{Ll}[\p{L}\d]*(?:\s+|$)){6}|\p{Ll}[\p{L}\d]*(?:\s+\p{Ll}[\p{L}\d]*)+[,;])"
)


_NOUN_TAGS = frozenset({"N", "Np", "Nc", "Ny"})
_TASK_SYLLABLES = 4  # "khu vực 14", "thực vật", ", cá nhân" close names
_SYLLABLE = regex.compile(r"[\p{L}\d]+")


def _tagged_stop(t: str, start: int, end: int, *, after: int = 0) -> int | None:
    """The first verb in lower case after the head (``start``) and before ``end`` that opens
    a task: the tagger's, as the vocabulary of task verbs can never be complete. A verb in
    capitals is part of a name ("Sở Kế hoạch và Đầu tư"); one whose object runs on to an
    administrative level is inside the name ("Ban Chỉ đạo phòng, chống dịch huyện",
    "Ban Quản lý dự án đầu tư xây dựng huyện"). ``after``: no verb before it (a sector's
    name)."""
    # Only where a run of lower-case words is long enough to hold a verb and a task's
    # object (see below) is the tagger asked; it costs a second's import and a hundred MB
    # once per process, which a plan whose names are all capitals never pays.
    if not _LOWER_RUN.search(t, start, end):
        return None
    cut = t[:end]
    # To the clause's end, or to a comma before the next body of a list ("..., Sở Văn hóa");
    # a name may hold a comma ("Báo và Phát thanh, Truyền hình Lào Cai mở chuyên mục ...").
    clause_end = next(
        m
        for m in regex.finditer(r"[;:.]|,\s*|$", cut[start:])
        if m.group()[:1] != "," or _HEAD.match(cut[start + m.end() :])
    )
    tokens = nlp.tag(cut[: start + (clause_end.start() if clause_end else len(cut))])
    for i, tok in enumerate(tokens):
        if tok.start < max(start, after) or tok.tag != "V" or not tok.text[:1].islower() or i == 0:
            continue
        prev = tokens[i - 1]
        if prev.tag == "CH":
            return None  # after a comma: a list's next item, not the name's end
        if prev.start < after:
            return tok.start  # the first verb after a sector's name ends the body's name
        if not (prev.text[:1].isupper() or prev.tag in _NOUN_TAGS or prev.text.endswith(")")):
            continue
        # A short object closes a name ("Tổ Dịch vụ bảo vệ thực vật", "Cục Nhà giáo và Cán
        # bộ quản lý giáo dục"); a task's runs on, or on to the next task ("bảo đảm kinh
        # phí, hướng dẫn ...").
        # A short object with a task verb after it ("bố trí trợ giúp viên" / "tham gia ...")
        # is a task's too.
        obj = t[tok.end : end].rstrip()
        more = t[end:].strip(" .;:")
        if (
            len(_SYLLABLE.findall(obj)) < _TASK_SYLLABLES
            and not obj.endswith((",", ";"))
            and not more
        ):
            return None
        return tok.start
    return None


def head_is_verb(name: str) -> bool:
    """ "Phòng, chống tai nạn thương tích" opens with the verb pair prevent-and-combat, not a
    list of bodies ("Doanh nghiệp, cộng đồng, tổ chức, cá nhân"): the word after the comma
    is a verb. The tagger decides; without it, no head word is taken for a verb."""
    h = _HEAD.match(name)
    if h is None or not _HEAD_THEN_VERB.match(name[h.end() :].strip()):
        return False
    tokens = nlp.tag(name[: h.end() + 40])
    after = [tok for tok in tokens if tok.start > h.end() and tok.tag != "CH"]
    return bool(after) and after[0].tag == "V"


def unit_head(name: str) -> str:
    """The head word a unit name opens with (``Các sở``, ``Đoàn kiểm tra``), or ''."""
    h = _HEAD.match(name)
    return name[: h.end()] if h else ""


def lists_members(title: str) -> bool:
    """``Ban Chỉ đạo ... gồm``: a heading over a committee's members, no assignment."""
    return bool(_MEMBERS.search(title.strip(" :.")))


def is_heading_prefix(title: str) -> bool:
    """``Đề nghị`` / ``Trách nhiệm của`` alone: the unit's name follows the colon."""
    return bool(UNIT_PREFIX_ONLY.match(title.strip()))


# "Đề nghị X ...", "Khuyến khích X ...": a request to the body that follows.
_ASKED = regex.compile(rf"^(?:{alternation(REQUEST_PREFIXES)})\s", regex.IGNORECASE)


def _head_is_a_noun(t: str, head: str) -> bool:
    """The head word is a word of its own and a noun ("Ban đại diện ...", not the verb "Ban
    hành ..."); the tagger decides, and without it a lower-case name is not taken."""
    tokens = nlp.tag(t[: len(head) + 40])
    return bool(tokens) and tokens[0].text == head and tokens[0].tag in _NOUN_TAGS


def unit_from_heading(
    title: str, *, whole: bool = False, roles: bool = False
) -> tuple[Unit, str] | None:
    """The unit a heading names, and the text after the name (``Sở Y tế chủ trì ...``).

    ``whole``: the title is all name (it stood before a colon), so no verb cuts it short.
    ``roles``: people named by position (``Cán bộ phụ trách ...``) count too, as they do in
    an assignment section.
    """
    t = " ".join(title.split()).strip(" :.-–")
    if lists_members(t):
        return None  # "Ban Chỉ đạo ... gồm: Trưởng ban ...": a committee's members, no work
    # "Đề nghị Ban đại diện cha mẹ học sinh vận động ...": a body that is asked to act, though
    # its name is all lower case after an ambiguous head.
    asked = bool(_ASKED.match(t))
    t = UNIT_PREFIX.sub("", t)
    # A remark in brackets is not part of the name: "Sở Nội vụ (Cơ quan thường trực ...)";
    # a code in brackets is kept for below: "Cục Kế hoạch và Tài chính (H01)".
    t = _REMARK.sub(lambda m: m.group() if _CODE.fullmatch(m.group()) else "", t).strip()
    rest = ""
    # A trailing code makes the heading a name as a whole, verbs and all:
    # "Phòng Tuyên truyền, hướng dẫn và điều tra ... (P3)".
    whole = whole or bool(_CODE.search(t))
    m = None if whole else _name_stop(t)
    if m is not None and t[m:].lstrip().startswith("được giao nhiệm vụ"):
        # "Cơ quan, đơn vị được giao nhiệm vụ theo dõi ... tại Phụ lục thường xuyên kiểm tra":
        # the clause says which units; their task starts at the adverb or duty after it.
        then = _DUTY.search(t, m + 1)
        if then:
            t, rest = t[: then.start()].rstrip(" ,"), t[then.start() :].strip()
            m = None
    if m is not None:
        t, rest = t[:m].rstrip(" ,"), t[m:].strip()
        # "... Ủy ban Kiểm tra Đảng ủy xã thường xuyên phối hợp": the adverb opens the task.
        adv = ADVERB_END.search(t)
        if adv:
            t, rest = t[: adv.start()], f"{t[adv.start() :].strip()} {rest}"
    code = None
    c = _CODE.search(t)
    if c:
        code = c.group("code")
        t = t[: c.start()].strip()
    h = _HEAD.match(t)
    if not h and roles and _ROLE.match(t) and len(t.split()) <= _MAX_WORDS:
        return Unit(name=t, code=code, collective=t.lower().startswith(("các ", "những "))), rest
    if not h or len(t.split()) > _MAX_WORDS:
        return None
    head = h.group("head")
    after = t[h.end() :].strip()
    canonical = next((u for u in UNIT_HEADS if u.lower() == head.lower()), head)
    if not h.group("coll") and head_is_verb(t):
        return None  # "Phòng, chống dịch bệnh": the head word is the verb of a topic
    if canonical in COLLECTIVE_ONLY_HEADS and not h.group("coll"):
        return None  # "Tổ chức Hội nghị ..." is a task; "Các tổ chức ..." are assignees
    named = any(w[:1].isupper() for w in after.split())
    if canonical in AMBIGUOUS_UNIT_HEADS and not (
        h.group("coll")
        or _ADMIN_AFTER.match(after)
        or code
        or after[:1].isupper()
        or (roles and named and canonical in NAMED_LATER_HEADS)
        or (
            roles
            and m is not None
            and (asked or _LEVEL_END.search(after))
            and _head_is_a_noun(t, head)
        )
        # "Báo và Phát thanh, Truyền hình Đồng Nai": a joint name.
        or _AND_NAME.match(after)
        # "Doanh nghiệp, cộng đồng, tổ chức, cá nhân:" heads a list of assignees.
        or (roles and after.startswith(",") and len(after.split()) >= 2)
    ):
        return None  # "Ban công tác Mặt trận ..." passes in an assignment section
    if not h.group("coll") and head[:1].islower():
        return None  # "phòng ..." in lower case is prose, not a unit heading
    if not after and not code and canonical in AMBIGUOUS_UNIT_HEADS:
        return None
    collective = bool(h.group("coll")) or bool(_COLLECTIVE.search(after))
    return Unit(name=t, code=code, collective=collective), rest


_CODE_ONLY = regex.compile(r"^[A-ZĐ]{1,3}\d{1,3}[A-Z]?$")
_ACRONYM = regex.compile(r"^(?:UBND|HĐND|MTTQ|BCĐ|BCH)\b")


def is_person(unit: Unit) -> bool:
    """A unit named by a person's post ("đồng chí Phó Bí thư", "Trưởng các thôn"), not a
    body's name."""
    return bool(_ROLE.match(unit.name)) and not _HEAD.match(unit.name)


def is_post(text: str) -> bool:
    """``text`` is a post and nothing else (``Phó Hiệu trưởng``)."""
    return bool(_POST_ONLY.match(text.strip()))


def looks_like_unit(text: str) -> bool:
    """A unit name, a unit code (``C11``) or a collective (``các đơn vị có liên quan``)."""
    t = text.strip()
    if _CODE_ONLY.match(t) or _ACRONYM.match(t):
        return True
    if _HEAD.match(t):
        return True
    return bool(regex.match(r"^(?:[Cc]ác|[Nn]hững)\s+\p{Ll}", t))


_UBND = regex.compile(r"\bUBND\b")
_SECTOR = regex.compile(
    rf"(?<=\b(?:Sở|Bộ|Phòng|Ban|Ngành)\s+)(?:{alternation(SECTOR_ABBREVIATIONS)})(?![\w&])"
)
_HDND = regex.compile(r"\bHĐND\b")
_MTTQ = regex.compile(r"\b(?:UB)?MTTQ(?:VN)?\b")


def _mttq(m: regex.Match[str]) -> str:
    t = m.group()
    return (
        ("Ủy ban " if t.startswith("UB") else "")
        + "Mặt trận Tổ quốc"
        + (" Việt Nam" if t.endswith("VN") else "")
    )


def unit_key(unit: Unit) -> str:
    """The key one unit has across a document: its code, else its folded name with the usual
    abbreviations spelt out (``UBND`` = ``Ủy ban nhân dân``, ``MTTQ`` = ``Mặt trận Tổ quốc``)."""
    return unit.code.upper() if unit.code else name_key(unit)


def name_key(unit: Unit) -> str:
    """The folded name alone, code or not: "Phòng An toàn (HSE)" given work in a sentence
    without its code is the same unit as its coded heading."""
    name = _HDND.sub("Hội đồng nhân dân", _UBND.sub("Ủy ban nhân dân", unit.name))
    name = _MTTQ.sub(_mttq, name)
    name = _SECTOR.sub(lambda m: SECTOR_ABBREVIATIONS[m.group()], name)
    return fold(_KEY_PUNCT.sub(" ", name))


_SHARED = f"(?:{alternation(SHARED_OFFICE_BODIES)})"
# A list of units splits where the next part starts a unit name or a collective ("Sở A và
# Sở B", "V01, các đơn vị"), not at the "và" inside "Sở Giáo dục và Đào tạo" or the comma
# inside "Sở Văn hóa, Thể thao và Du lịch".
# A head over an administrative level ("Sở Y tế, Công an tỉnh") starts a name too.
_JOINT = regex.compile(
    rf"\s*(?:,|\svà)\s+(?=(?:(?:các|những)\s+(?:\p{{Ll}}|(?:{alternation(UNIT_HEADS)})\s)"
    rf"|(?:{alternation(UNIT_HEADS)})\s+"
    rf"(?:\p{{Lu}}|các\s|những\s|(?:{alternation(LEVEL_WORDS)})(?:$|[\s,;]))"
    r"|[A-ZĐ]{1,3}\d{1,3}\b|UBND\b|HĐND\b))"
)
# In a list of posts, the next post in capitals starts a name ("Phó Hiệu trưởng phụ trách
# chuyên môn, Tổ trưởng chuyên môn"); after a body's name it may be part of it ("Cục Nhà
# giáo và Cán bộ quản lý giáo dục").
_POST_JOINT = regex.compile(rf"\s*(?:,|\svà)\s+(?=(?:{alternation(ROLE_HEADS)})(?:$|[\s,;]))")


# "Văn phòng HĐND và UBND xã": one office of elected bodies, not an office and a committee.
_SHARED_OFFICE = regex.compile(rf"^Văn phòng\s+{_SHARED}(?:\s*,\s*{_SHARED})*$")
_SHARED_START = regex.compile(rf"^{_SHARED}(?!\p{{L}})")


def split_units(text: str) -> list[str]:
    """The unit names in a list of them; a semicolon always parts two."""
    out: list[str] = []
    for part in text.split(";"):
        # Pieces as (start, end) in ``part``, between the list's separators.
        bounds = [0]
        for m in _JOINT.finditer(part):
            bounds += [m.start(), m.end()]
        bounds.append(len(part))
        pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
        k = 0
        while k < len(pieces):
            start, end = pieces[k]
            # Re-join an office of elected bodies that the split cut at its "và" or ",".
            while (
                k + 1 < len(pieces)
                and _SHARED_OFFICE.match(part[start:end].strip(" ,"))
                and _SHARED_START.match(part[pieces[k + 1][0] :])
            ):
                k += 1
                end = pieces[k][1]
            name = part[start:end].strip(" ,")
            if _POST_ONLY_START.match(name):
                out.extend(p for p in (x.strip(" ,") for x in _POST_JOINT.split(name)) if p)
            elif name:
                out.append(name)
            k += 1
    return out


# Punctuation a name may be written with or without: "Sở Văn hóa, Thể thao và Du lịch",
# "Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II".
_KEY_PUNCT = regex.compile(r"\s*[,;\-–]+\s*")

_ACRONYM_TAIL = regex.compile(r"^(?P<head>\p{Lu}\p{Ll}+)\s+(?P<short>[\p{Lu}Đ][\p{Lu}Đ&]{1,11})$")


def same_by_acronym(short: str, full: str) -> bool:
    """``Phòng GDPT`` names ``Phòng Giáo dục phổ thông``: same head word, and the acronym
    spells the initials of the rest."""
    from vnplan.extract.abbreviations import initial, letters_of

    m = _ACRONYM_TAIL.match(short.strip())
    words = full.split()
    if not m or len(words) < 2 or words[0].lower() != m.group("head").lower():
        return False
    return letters_of(m.group("short")) == [initial(w) for w in words[1:]]


def unit_registry(assignments: list[Assignment]) -> list[Unit]:
    """Every unit the plan names, once: assigned units first (with their codes), then the
    coordinating units of their tasks; a unit mentioned by its code or an abbreviation is an
    alias of the named one."""
    reg: dict[str, Unit] = {}
    for a in assignments:
        key = unit_key(a.unit)
        if key not in reg:
            reg[key] = a.unit.model_copy(update={"aliases": []})
            if a.unit.code:
                reg.setdefault(fold(a.unit.name), reg[key])
    for a in assignments:
        for t in a.tasks:
            for c in t.coordinating:
                code = c if _CODE_ONLY.match(c) else None
                u = Unit(name=c, code=code, collective=bool(_COLLECTIVE.search(f" {c} ")))
                key = unit_key(u)
                known = reg.get(key) or reg.get(fold(c))
                if known is None:
                    reg[key] = u
                elif c != known.name and c not in known.aliases:
                    known.aliases.append(c)
    out: list[Unit] = []
    for u in reg.values():
        if all(u is not o for o in out):
            out.append(u)
    return out
