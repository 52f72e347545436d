"""The pydantic models that a parse returns.

The JSON form (``Plan.model_dump(mode="json")``) is the public contract described in
``GOLD_FORMAT.md``: key names never change silently. Where the metadata vocabulary of
Decree 30/2020/NĐ-CP (Appendix VI) has a name for a field, the field carries it as an alias:
``Plan.model_dump(by_alias=True)`` gives ``IssuedDate``, ``OrganName``, ``CodeNumber`` …, and
the models accept either spelling on input.

Every extracted value carries a ``Span``: offsets into ``Plan.text`` (the normalised text
the parser read), so that ``plan.text[span.start:span.end]`` shows where the value came from.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    model_serializer,
    model_validator,
)

_CFG = ConfigDict(populate_by_name=True, extra="forbid", use_attribute_docstrings=True)


def _alias(name: str, decree: str) -> Any:
    """A field alias in the Decree 30/2020 vocabulary, accepted on input under both names."""
    return Field(
        default=None,
        validation_alias=AliasChoices(name, decree),
        serialization_alias=decree,
    )


class Span(BaseModel):
    """Half-open character range ``[start, end)`` in ``Plan.text``."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)
    start: int = Field(ge=0)
    """Offset of the first character in the normalised text (plan.text)."""
    end: int = Field(ge=0)
    """Offset just past the last character."""
    page: int | None = Field(default=None, ge=1, exclude_if=lambda v: v is None)
    """The PDF page the span starts on (1-based); absent for other formats."""
    paragraph: int | None = Field(default=None, ge=0, exclude_if=lambda v: v is None)
    """The .docx body element (paragraph or table, 0-based, in document order) the span
    starts in; absent for other formats."""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end before start")
        return self


_ISO = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")


class PartialDate(BaseModel):
    """A date that may be known only to the year, quarter or month.

    Serialised as ``"2025"``, ``"2025-Q3"``, ``"2025-05"`` or ``"2025-05-31"``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)
    year: int = Field(ge=1000, le=9999)
    """The year."""
    quarter: int | None = Field(default=None, ge=1, le=4)
    """The quarter, for dates given by quarter."""
    month: int | None = Field(default=None, ge=1, le=12)
    """The month, when printed."""
    day: int | None = Field(default=None, ge=1, le=31)
    """The day, when printed."""

    @model_validator(mode="before")
    @classmethod
    def _from_iso(cls, value: Any) -> Any:
        if isinstance(value, str):
            m = _ISO.match(value.strip())
            if not m:
                raise ValueError(f"not a partial ISO date: {value!r}")
            y, q, mo, d = m.groups()
            return {
                "year": int(y),
                "quarter": int(q) if q else None,
                "month": int(mo) if mo else None,
                "day": int(d) if d else None,
            }
        return value

    @model_validator(mode="after")
    def _consistent(self) -> PartialDate:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.quarter is not None and self.month is not None:
            raise ValueError("give a quarter or a month, not both")
        return self

    @model_serializer
    def _to_iso(self) -> str:
        return self.iso()

    def iso(self) -> str:
        if self.quarter is not None:
            return f"{self.year:04d}-Q{self.quarter}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()


class Warning(BaseModel):
    """Something the parser could not find, had to guess, or repaired."""

    model_config = _CFG
    code: str
    """The warning's code (see the catalogue in the data model)."""
    message: str
    """What happened, in English."""
    span: Span | None = None
    """Where, when it concerns a place in the text."""


class DocumentNumber(BaseModel):
    """Number and symbol as printed after ``Số`` (``563/KH-BCA-C11``, ``05-KH/TU``)."""

    model_config = _CFG
    raw: str
    """Number and symbol as printed, spaces removed: 563/KH-BCA-C11, 05-KH/TU."""
    number: str | None = _alias("number", "CodeNumber")
    """The number part: 563."""
    notation: str | None = _alias("notation", "CodeNotation")
    """The symbol after the number: KH-BCA-C11."""
    type_code: str | None = None
    """The document-type code in the symbol: KH."""
    year: int | None = None
    """The year in the symbol, when it has one (47/2020/NĐ-CP)."""
    style: Literal["state", "party"] = "state"
    """state (Decree 30/2020) or party (Party guides)."""
    span: Span | None = None
    """Where it was read."""


class Issuer(BaseModel):
    """The issuing body and the superior body printed above it."""

    model_config = _CFG
    name: str = Field(
        validation_alias=AliasChoices("name", "OrganName"), serialization_alias="OrganName"
    )
    """The issuing body as printed."""
    parent: str | None = Field(
        default=None,
        validation_alias=AliasChoices("parent", "OrganNameParent"),
        serialization_alias="OrganNameParent",
    )
    """The superior body printed above it."""
    inferred: bool = False
    """True when the header prints no issuer and the text or title names it."""
    span: Span | None = None
    """Where it was read."""


class Item(BaseModel):
    """One purpose or requirement: a bullet, numbered item or paragraph."""

    model_config = _CFG
    text: str
    """The item's text, without its bullet or number."""
    span: Span | None = None
    """Where it was read."""


class Section(BaseModel):
    """A node of the section tree.

    ``kind`` is the grammar token that opened it (``roman``, ``arabic``, ``letter``, ``paren``,
    ``dash``, ``plus``, ``upper`` heading, ``part``) or ``paragraph`` for unnumbered text.
    ``num`` is the numbering as printed (``II.``, ``1.2.``, ``a)``), ``title`` the heading part
    of the line (before a ``:`` that starts its first sentence), ``text`` the whole line after
    the numbering.
    """

    model_config = _CFG
    kind: str
    """The heading token: part, roman, arabic, letter, dash, upper, paragraph ...."""
    num: str | None = None
    """The numbering as printed: II., 1.2., a)."""
    title: str | None = None
    """The heading's text (for a heading)."""
    text: str = ""
    """The line's text after its numbering."""
    level: int = 0
    """Depth in the tree (0: top level)."""
    period: Period | None = None
    """The period the section's heading gives itself, if any."""
    children: list[Section] = Field(default_factory=list)
    """The sections under it."""
    span: Span | None = None
    """Where it was read."""


class Unit(BaseModel):
    """A unit (body, department, office) that is assigned work."""

    model_config = _CFG
    name: str
    """The unit's name as printed where it is given work."""
    code: str | None = None
    """Its short code, e.g. C11."""
    collective: bool = False
    """True for a collective (các sở, ban, ngành ...)."""
    aliases: list[str] = Field(default_factory=list)
    """Other names the plan uses for it."""


class Task(BaseModel):
    """One task; ``origin`` says whether a unit heading (``section``) or something elsewhere
    (``sentence``) assigned it, and ``via`` which: the unit's heading, a sentence
    (``Sở Y tế chủ trì ...``), a field line (``Đơn vị chủ trì: ...``) or a task-table row."""

    model_config = _CFG
    text: str
    """The task as printed."""
    origin: Literal["section", "sentence"] = "section"
    """section: an item under the unit's heading; sentence: given elsewhere."""
    via: Literal["heading", "sentence", "field", "table"] = "heading"
    """How a sentence task was found: sentence, field, table."""
    deadline: PartialDate | None = None
    """When it is due, if the task says."""
    recurrence: str | None = None
    """How often it recurs, if the task says (hằng tháng ...)."""
    coordinating: list[str] = Field(default_factory=list)
    """The coordinating units (phối hợp)."""
    span: Span | None = None
    """Where it was read."""


class Assignment(BaseModel):
    """The tasks a plan assigns to one unit."""

    model_config = _CFG
    unit: Unit
    """The unit given the work."""
    tasks: list[Task] = Field(default_factory=list)
    """Its tasks, each with where it came from (origin, via)."""
    span: Span | None = None
    """Where the unit's heading or first task was read."""


class Period(BaseModel):
    """The whole implementation period."""

    model_config = _CFG
    start: PartialDate | None = None
    """The period's start (a partial date)."""
    end: PartialDate | None = None
    """The period's end (a partial date; null when open)."""
    span: Span | None = None
    """Where it was read."""


class Phase(BaseModel):
    """A phase (``Giai đoạn 1``, ``Đợt 2``) with its dates or its triggering condition."""

    model_config = _CFG
    label: str
    """The phase's label: Giai đoạn 1, Đợt 2."""
    start: PartialDate | None = None
    """Its start (a partial date)."""
    end: PartialDate | None = None
    """Its end (a partial date)."""
    condition: str | None = None
    """An event that starts it (Khi ...), for phases not dated."""
    text: str = ""
    """The phase's line as printed."""
    span: Span | None = None
    """Where it was read."""


class Amount(BaseModel):
    """A sum of money the text names (``500 triệu đồng``, ``1,5 tỷ đồng``), in đồng."""

    model_config = _CFG
    raw: str
    """The sum as printed, e.g. 1,5 tỷ đồng."""
    value: float = Field(ge=0, description="the sum in đồng (VND)")
    """The sum in đồng."""
    span: Span | None = None
    """Where it was read."""


class Budget(BaseModel):
    """The funding section (``KINH PHÍ THỰC HIỆN``): its text, the sources of funds it names
    (``ngân sách nhà nước``, ``xã hội hóa``) and the sums it states."""

    model_config = _CFG
    text: str
    """The funding section's text."""
    sources: list[str] = Field(default_factory=list)
    """The sources of funds it names."""
    amounts: list[Amount] = Field(default_factory=list)
    """The sums it states."""
    span: Span | None = None
    """Where the section was read."""


class Recipient(BaseModel):
    """One line of ``Nơi nhận`` (``archive`` for the ``Lưu: VT, ...`` line)."""

    model_config = _CFG
    text: str
    """The recipient line without its dash."""
    archive: bool = False
    """True for the Lưu (archive) line."""
    span: Span | None = None
    """Where it was read."""


class Authority(BaseModel):
    """One signing-authority line: ``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``."""

    model_config = _CFG
    authority: str | None = None
    """The signing prefix in GOLD_FORMAT's form: KT., TM., TL., TUQ., Q. (null for a body
    line); a Party document's ``T/M``, ``K/T``, ``T/L`` is ``TM.``, ``KT.``, ``TL.`` here."""
    on_behalf_of: str | None = None
    """The body or office signed for."""
    printed: str | None = Field(default=None, exclude_if=lambda v: v is None)
    """The prefix as the document prints it, where that differs from ``authority``
    (``T/M``, ``K/T``, ``KT`` with its dot lost)."""


class Signatory(BaseModel):
    """A signature block: authority prefix, on-behalf-of line, position, rank and name."""

    model_config = _CFG
    authority: str | None = None
    """The last signing prefix: KT., TM., TL., TUQ., Q., or null."""
    on_behalf_of: str | None = None
    """The body or office of the last authority line."""
    position: str | None = None
    """The signer's position: PHÓ CHỦ TỊCH."""
    rank: str | None = None
    """A rank or title above the name: Thiếu tướng."""
    name: str | None = None
    """The signer's name."""
    chain: list[Authority] = Field(default_factory=list)
    """Every authority line of the block, in order."""
    span: Span | None = None
    """Where the block was read."""


class Reference(BaseModel):
    """A document the plan cites."""

    model_config = _CFG
    raw: str
    """The cited document's number and symbol, or a law's name."""
    type: str | None = None
    """Its type: Nghị định, Quyết định, Luật ...."""
    date: PartialDate | None = None
    """Its date, when printed with it."""
    issuer: str | None = None
    """Its issuer, when printed with it (của ...)."""
    span: Span | None = None
    """Where it was cited first."""


class Abbreviation(BaseModel):
    """An abbreviation the document defines."""

    model_config = _CFG
    short: str
    """The short form as the document writes it."""
    full: str
    """The full form it stands for."""
    span: Span | None = None
    """Where the definition was read."""


#: The version of the JSON contract: raised when a key changes meaning or goes away.
SCHEMA_VERSION = "1.1"


def _vnplan_version() -> str:
    from vnplan import __version__

    return __version__


class Plan(BaseModel):
    """A parsed plan (``kind="plan"``) or a news report about one (``kind="news"``)."""

    model_config = _CFG
    source: str | None = None
    """The file or label the plan was read from."""
    source_format: str | None = None
    """The format it was read as: text, docx, pdf, image, doc, rtf, odt."""
    kind: Literal["plan", "news"] = "plan"
    """plan: the plan itself; news: a report about a plan."""
    doc_type: str | None = _alias("doc_type", "TypeName")
    """The document-type line, e.g. KẾ HOẠCH."""
    number: DocumentNumber | None = None
    """The number and symbol printed after Số (null for a blank draft number)."""
    issuer: Issuer | None = None
    """The issuing body and the superior body printed above it."""
    place: str | None = None
    """The place of issue, as printed before the date."""
    date: PartialDate | None = _alias("date", "IssuedDate")
    """The date of issue (a partial date when the day or month is blank)."""
    title: str | None = _alias("title", "Subject")
    """The title (trích yếu) under the document type, its lines joined."""
    period: Period | None = None
    """The whole implementation period."""
    purposes: list[Item] = Field(default_factory=list)
    """The purposes (Mục đích), one item each."""
    requirements: list[Item] = Field(default_factory=list)
    """The requirements (Yêu cầu), one item each."""
    assignments: list[Assignment] = Field(default_factory=list)
    """Each unit the plan gives work to, with its tasks."""
    phases: list[Phase] = Field(default_factory=list)
    """The phases (Giai đoạn, Đợt ...) with their dates or conditions."""
    budget: Budget | None = None
    """The funding section: sources of funds and sums."""
    recipients: list[Recipient] = Field(default_factory=list)
    """The lines of Nơi nhận, the Lưu line included."""
    signatories: list[Signatory] = Field(
        default_factory=list,
        validation_alias=AliasChoices("signatories", "SignerInfo"),
        serialization_alias="SignerInfo",
    )
    """The signature blocks."""
    references: list[Reference] = Field(
        default_factory=list,
        description="Documents cited in the opening part (Căn cứ, Thực hiện): the plan's bases",
    )
    citations: list[Reference] = Field(
        default_factory=list,
        description="Every document the text cites, anywhere (body, appendices), once, in order",
    )
    abbreviations: list[Abbreviation] = Field(default_factory=list)
    """Abbreviations and short names the document defines."""
    top_sections: list[str] = Field(default_factory=list)
    """The headings of the top-level body sections, without their numbers."""
    units: list[Unit] = Field(default_factory=list)
    """Every unit named in the assignments, once, with its aliases."""
    sections: list[Section] = Field(default_factory=list)
    """The body's section tree."""
    preamble: list[Section] = Field(default_factory=list)
    """A decision's own articles when the plan is attached to it."""
    appendices: list[Section] = Field(default_factory=list)
    """What follows the signature (appendices, task tables)."""
    spans: dict[str, Span] = Field(default_factory=dict)
    """Where each header field was read: offsets into the normalised text."""
    warnings: list[Warning] = Field(default_factory=list)
    """What was missing, guessed or unusual (codes in the data model)."""
    text: str = Field(default="", exclude=True, repr=False)
    vnplan_version: str = Field(
        default_factory=_vnplan_version, description="The vnplan release that made this output"
    )
    schema_version: str = Field(
        default=SCHEMA_VERSION, description="The version of this JSON contract (vnplan schema)"
    )

    def snippet(self, span: Span | None) -> str:
        """The text a span points at (empty for ``None``)."""
        return "" if span is None else self.text[span.start : span.end]


__all__ = [
    "Abbreviation",
    "Amount",
    "Assignment",
    "Authority",
    "Budget",
    "DocumentNumber",
    "Issuer",
    "Item",
    "PartialDate",
    "Period",
    "Phase",
    "Plan",
    "Recipient",
    "Reference",
    "Section",
    "Signatory",
    "Span",
    "Task",
    "Unit",
    "Warning",
]
