"""Documents the plan cites by number and symbol (``Nghị định số 47/2020/NĐ-CP ngày
09/4/2020``, ``Quyết định số 471/QĐ-TTg ... của Thủ tướng Chính phủ``, ``kết luận số
631-KL/BTGTU``, ``Nghị quyết số 57-NQ/TW``)."""

from __future__ import annotations

import regex

from vnplan.extract.context import Context
from vnplan.extract.dates import find_dates
from vnplan.grammar.tree import is_heading
from vnplan.models import PartialDate, Reference
from vnplan.patterns import SYMBOL, SYMBOL_IN_TEXT
from vnplan.text.lines import Line
from vnplan.text.normalize import fold
from vnplan.vocab import CITED_TYPES, DOC_TYPES, LAW_NAME_STOPS, alternation

_REF = regex.compile(
    rf"(?:(?P<type>{alternation(CITED_TYPES)})\s+(?:số\s*)?|\b[Ss]ố\s*)" + f"(?P<raw>{SYMBOL})",
    regex.IGNORECASE,
)
_FORM_BEFORE = regex.compile(r"(?:[Mm]ẫu|[Bb]iểu|[Pp]hụ lục)\s+số\s*$|(?:[Mm]ẫu|[Bb]iểu)\s+số\s*\d")
_AFTER_DATE = regex.compile(r"^\s*,?\s*(?:ban hành\s+)?(?:ngày|ngay)\b")
_ISSUER = regex.compile(
    r"^\s*,?\s*(?:của|do)\s+(?P<who>[^,;.()]{3,80}?)"
    r"(?=\s+(?:về|ban hành|quy định|hướng dẫn|phê duyệt|triển khai|thực hiện|"
    r"tại|ngày|năm)\b|[,;.()]|$)"
)
# A law cited by its name alone: "Luật An toàn thông tin mạng", "Bộ luật Lao động". A comma
# stays in the name before a lower-case word that goes on naming the subject ("Luật Phòng,
# chống tham nhũng", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"), not
# before one that starts a list of other documents ("Luật Đầu tư, các văn bản ...").
_LAW = regex.compile(
    r"(?<![\p{L}])(?P<type>Bộ luật|Luật|Pháp lệnh)\s+(?P<name>\p{Lu}[\p{L}]*(?:[ \t]+"
    r"(?!(?:Bộ luật|Luật)\b)(?:\p{L}+|-)"
    r"|,(?=[ \t]+(?!(?:các|những|và|văn bản|nghị định|thông tư|quyết định|hướng dẫn|chỉ thị|"
    r"luật|quy định|phấn đấu|bảo đảm|đảm bảo|triển khai|thực hiện|nhằm|để|góp phần|nâng cao|"
    r"tăng cường)\b)\p{Ll})){0,16})"
)
# "Luật sửa đổi, bổ sung một số điều của Luật Bầu cử ...": an amending law is cited by the
# name of the law it amends.
_AMENDING = regex.compile(
    r"(?<![\p{L}])Luật\s+sửa đổi,\s+bổ sung(?:\s+một số điều)?(?:\s+của)?\s+(?=(?:Bộ luật|Luật)\s)"
)
_OF_ASSEMBLY = " của Quốc hội và Hội đồng nhân dân"
_LAW_STOP = regex.compile(
    rf"\s(?:{alternation(LAW_NAME_STOPS)})(?=\s|$)|\s(?:Luật|Bộ luật)\s|\s(?=số\s*\d)"
)
_CODE_TYPES = {code.upper(): name.capitalize() for name, code in DOC_TYPES.items()}
_CODE_TYPES.update(
    {
        "NĐ": "Nghị định",
        "TT": "Thông tư",
        "QH": "Luật",
        "TTLT": "Thông tư liên tịch",
        "CV": "Công văn",
        "QĐ": "Quyết định",
    }
)


def _type_from_symbol(raw: str) -> str | None:
    """The type a symbol's code names: ``47/2020/NĐ-CP`` → Nghị định, ``85/2015/QH13`` →
    Luật, ``57-NQ/TW`` → Nghị quyết."""
    if regex.match(r"^\d+\s?-", raw):
        code = raw.split("/")[0].split("-", 1)[1]
    else:
        code = raw.split("/")[-1].split("-")[0]
    m = regex.match(r"[\p{Lu}]+", code.strip())
    return _CODE_TYPES.get(m.group().upper()) if m else None


# The opening of a plan cites its legal bases ("Căn cứ ...", "Thực hiện ..."): in a news report
# about one, a sentence that gives the basis.
_BASIS = regex.compile(
    r"(?:^|[.;:]\s+|\*\s*)(?:Căn cứ|Thực hiện|Triển khai)\b|\bcăn cứ\b"
    r"|\b(?:nhằm|để)\s+(?:triển khai\s+)?(?:thực hiện|triển khai)\b"
    # "Kế hoạch được xây dựng trên cơ sở Chỉ thị ... và Hướng dẫn ...": what it rests on.
    r"|\btrên cơ sở\b"
    # "Kế hoạch cụ thể hóa Chỉ thị số 35-CT/TW ...": what it puts into practice.
    r"|\bcụ thể hóa\b"
)
_BASIS_HEADING = regex.compile(r"^(?:căn cứ|cơ sở)\b")


def opening_lines(ctx: Context, news: bool) -> list[Line]:
    """The part of a document that states what it is based on: the title, a decision's
    preamble and the body's paragraphs before its first section (with a section headed
    ``CĂN CỨ ...`` / ``CƠ SỞ ...``); in a news report, the sentences that say ``căn cứ`` or open
    with ``Thực hiện`` and the first one that reports the plan."""
    if news:
        lines = [*ctx.zones.header, *ctx.zones.title, *ctx.zones.body]
        out = [ln for ln in lines if _BASIS.search(ln.text)]
        issued = [ln for ln in lines if _PLAN_ISSUED.search(ln.text)]
        # The sentence that gives the plan's number, not a headline that paraphrases it.
        first = next((ln for ln in issued if SYMBOL_IN_TEXT.search(ln.text)), None) or next(
            iter(issued), None
        )
        return ([first] if first is not None and first not in out else []) + out
    out = [*ctx.zones.title, *ctx.zones.preamble]
    for node in ctx.tree:
        if is_heading(node) and not _BASIS_HEADING.match(fold(node.title or node.text)):
            break
        out.extend(n.line for n in node.walk())
    return out


_PLAN_ISSUED = regex.compile(
    r"\b(?:ban hành|ký)\b.{0,80}?\b[Kk]ế hoạch\b|\b[Kk]ế hoạch\b.{0,200}?\bban hành\b"
)


def extract_citations(ctx: Context, own_number: str | None) -> list[Reference]:
    """Every document the text cites anywhere (body, appendices), once, in order."""
    lines = list(ctx.zones.title) + list(ctx.zones.body) + list(ctx.zones.appendix)
    return extract_references(ctx, own_number, lines, named_laws=True)


def extract_references(
    ctx: Context, own_number: str | None, lines: list[Line], *, named_laws: bool = False
) -> list[Reference]:
    """Every document cited in ``lines`` by number and symbol (and, with ``named_laws``, laws
    cited by name alone), once, in order of first citation."""
    seen: set[str] = set()
    if own_number:
        seen.add(fold(own_number).replace(" ", ""))
    out: list[Reference] = []
    by_key: dict[str, Reference] = {}
    if named_laws:
        for ln in lines:
            out.extend(_named_laws(ln, seen))
    for ln in lines:
        if "/" not in ln.text:
            continue  # every number-and-symbol has a slash: skip the regex where none can match
        for m in _REF.finditer(ln.text):
            if _FORM_BEFORE.search(ln.text, max(0, m.start() - 12), m.start() + 4):
                continue  # "Mẫu số 01/BCĐBHĐND-MT": a form, not a document
            raw = regex.sub(r"\s+", "", m.group("raw")).rstrip(".")
            key = fold(raw)
            if "/" not in raw:
                continue
            if key in seen:
                _refine(by_key.get(key), ln.text[m.end() : m.end() + 200])
                continue
            seen.add(key)
            typ = m.group("type")
            typ = typ[0].upper() + typ[1:].lower() if typ else _type_from_symbol(raw)
            tail = ln.text[m.end() : m.end() + 200]
            date, tail = _date_after(tail)
            issuer = None
            w = _ISSUER.match(tail)
            if w:
                issuer = w.group("who").strip()
            ref = Reference(
                raw=raw, type=typ, date=date, issuer=issuer, span=ln.span(m.start(), m.end())
            )
            by_key[key] = ref
            out.append(ref)
    return out


def _date_after(tail: str) -> tuple[PartialDate | None, str]:
    """The date printed right after a number-and-symbol, and the text after it."""
    hits = find_dates(tail[:60])
    if hits and hits[0].start <= 25 and (hits[0].start <= 8 or _AFTER_DATE.match(tail)):
        return hits[0].date, tail[hits[0].end :]
    return None, tail


def _refine(ref: Reference | None, tail: str) -> None:
    """A later citation of the same document may print its full date (``Kế hoạch 22/KH-TLĐ
    năm 2025`` then ``Kế hoạch 22/KH-TLĐ ngày 29/8/2025``): keep the more precise one."""
    if ref is None:
        return
    date, _ = _date_after(tail)
    if date is not None and date.day is not None and (ref.date is None or ref.date.day is None):
        ref.date = date


def _named_laws(ln: Line, seen: set[str]) -> list[Reference]:
    """Laws cited by name without a number (those with one are found by number)."""
    out: list[Reference] = []
    if "uật" not in ln.text and "Pháp lệnh" not in ln.text:
        return out  # no "Luật", "Bộ luật" or "Pháp lệnh" for _LAW to start at
    for m in _LAW.finditer(ln.text):
        amended = None
        for a in _AMENDING.finditer(ln.text, max(0, m.start() - 60), m.start() + 10):
            if a.end() == m.start():
                amended = a
        name = m.group("name")
        stop = _LAW_STOP.search(name)
        # "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân": "của" names the body.
        while stop and name[stop.start() :].startswith(_OF_ASSEMBLY):
            stop = _LAW_STOP.search(name, stop.start() + len(_OF_ASSEMBLY))
        if stop:
            name = name[: stop.start()]
        if "," in name and len(name.split(",")[0].split()) > 2:
            name = name.split(",")[0]  # such commas come early: "Thi đua, khen thưởng"
        name = regex.sub(r"\s+(?:và|hoặc|,)$", "", name.strip(" -"))
        tail = ln.text[m.start("name") + len(name) : m.start("name") + len(name) + 30]
        if not name or regex.match(r"^\s*(?:số\s*\d|\d+\s*/)", tail):
            continue  # numbered: the number is the reference (a bare year is not a number)
        raw = f"{m.group('type')} {name}"
        start = m.start()
        if amended is not None:
            raw = f"{ln.text[amended.start() : amended.end()].strip()} {raw}"
            start = amended.start()
        key = fold(raw).replace(",", "")  # "Luật Thi đua, khen thưởng" = "... Thi đua khen thưởng"
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Reference(
                raw=raw,
                type=m.group("type").capitalize(),
                span=ln.span(start, m.start("name") + len(name)),
            )
        )
    return out
