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

_CFG = ConfigDict(populate_by_name=True, extra="forbid")


def _alias(name: str, decree: str) -> Any:
    """A field alias in the Decree 30/2020 vocabulary, accepted on input under both names."""
    return Field(
        default=None,
        validation_alias=AliasChoices(name, decree),
        serialization_alias=decree,
    )


class Span(BaseModel):
    """Half-open character range ``[start, end)`` in ``Plan.text``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(ge=0)

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

    model_config = ConfigDict(frozen=True, extra="forbid")
    year: int = Field(ge=1000, le=9999)
    quarter: int | None = Field(default=None, ge=1, le=4)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

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
    message: str
    span: Span | None = None


class DocumentNumber(BaseModel):
    """Number and symbol as printed after ``Số`` (``563/KH-BCA-C11``, ``05-KH/TU``)."""

    model_config = _CFG
    raw: str
    number: str | None = _alias("number", "CodeNumber")
    notation: str | None = _alias("notation", "CodeNotation")
    type_code: str | None = None
    year: int | None = None
    style: Literal["state", "party"] = "state"
    span: Span | None = None


class Issuer(BaseModel):
    """The issuing body and the superior body printed above it."""

    model_config = _CFG
    name: str = Field(
        validation_alias=AliasChoices("name", "OrganName"), serialization_alias="OrganName"
    )
    parent: str | None = Field(
        default=None,
        validation_alias=AliasChoices("parent", "OrganNameParent"),
        serialization_alias="OrganNameParent",
    )
    inferred: bool = False
    span: Span | None = None


class Item(BaseModel):
    """One purpose or requirement: a bullet, numbered item or paragraph."""

    model_config = _CFG
    text: str
    span: Span | None = None


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
    num: str | None = None
    title: str | None = None
    text: str = ""
    level: int = 0
    period: Period | None = None
    children: list[Section] = Field(default_factory=list)
    span: Span | None = None


class Unit(BaseModel):
    """A unit (body, department, office) that is assigned work."""

    model_config = _CFG
    name: str
    code: str | None = None
    collective: bool = False
    aliases: list[str] = Field(default_factory=list)


class Task(BaseModel):
    """One task; ``origin`` says whether a unit heading (``section``) or something elsewhere
    (``sentence``) assigned it, and ``via`` which: the unit's heading, a sentence
    (``Sở Y tế chủ trì ...``), a field line (``Đơn vị chủ trì: ...``) or a task-table row."""

    model_config = _CFG
    text: str
    origin: Literal["section", "sentence"] = "section"
    via: Literal["heading", "sentence", "field", "table"] = "heading"
    deadline: PartialDate | None = None
    recurrence: str | None = None
    coordinating: list[str] = Field(default_factory=list)
    span: Span | None = None


class Assignment(BaseModel):
    """The tasks a plan assigns to one unit."""

    model_config = _CFG
    unit: Unit
    tasks: list[Task] = Field(default_factory=list)
    span: Span | None = None


class Period(BaseModel):
    """The whole implementation period."""

    model_config = _CFG
    start: PartialDate | None = None
    end: PartialDate | None = None
    span: Span | None = None


class Phase(BaseModel):
    """A phase (``Giai đoạn 1``, ``Đợt 2``) with its dates or its triggering condition."""

    model_config = _CFG
    label: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    condition: str | None = None
    text: str = ""
    span: Span | None = None


class Amount(BaseModel):
    """A sum of money the text names (``500 triệu đồng``, ``1,5 tỷ đồng``), in đồng."""

    model_config = _CFG
    raw: str
    value: float = Field(ge=0, description="the sum in đồng (VND)")
    span: Span | None = None


class Budget(BaseModel):
    """The funding section (``KINH PHÍ THỰC HIỆN``): its text, the sources of funds it names
    (``ngân sách nhà nước``, ``xã hội hóa``) and the sums it states."""

    model_config = _CFG
    text: str
    sources: list[str] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    span: Span | None = None


class Recipient(BaseModel):
    """One line of ``Nơi nhận`` (``archive`` for the ``Lưu: VT, ...`` line)."""

    model_config = _CFG
    text: str
    archive: bool = False
    span: Span | None = None


class Authority(BaseModel):
    """One signing-authority line: ``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``."""

    model_config = _CFG
    authority: str | None = None
    on_behalf_of: str | None = None


class Signatory(BaseModel):
    """A signature block: authority prefix, on-behalf-of line, position, rank and name."""

    model_config = _CFG
    authority: str | None = None
    on_behalf_of: str | None = None
    position: str | None = None
    rank: str | None = None
    name: str | None = None
    chain: list[Authority] = Field(default_factory=list)
    span: Span | None = None


class Reference(BaseModel):
    """A document the plan cites."""

    model_config = _CFG
    raw: str
    type: str | None = None
    date: PartialDate | None = None
    issuer: str | None = None
    span: Span | None = None


class Abbreviation(BaseModel):
    """An abbreviation the document defines."""

    model_config = _CFG
    short: str
    full: str
    span: Span | None = None


#: The version of the JSON contract: raised when a key changes meaning or goes away.
SCHEMA_VERSION = "1.1"


def _vnplan_version() -> str:
    from vnplan import __version__

    return __version__


class Plan(BaseModel):
    """A parsed plan (``kind="plan"``) or a news report about one (``kind="news"``)."""

    model_config = _CFG
    source: str | None = None
    source_format: str | None = None
    kind: Literal["plan", "news"] = "plan"
    doc_type: str | None = _alias("doc_type", "TypeName")
    number: DocumentNumber | None = None
    issuer: Issuer | None = None
    place: str | None = None
    date: PartialDate | None = _alias("date", "IssuedDate")
    title: str | None = _alias("title", "Subject")
    period: Period | None = None
    purposes: list[Item] = Field(default_factory=list)
    requirements: list[Item] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    phases: list[Phase] = Field(default_factory=list)
    budget: Budget | None = None
    recipients: list[Recipient] = Field(default_factory=list)
    signatories: list[Signatory] = Field(
        default_factory=list,
        validation_alias=AliasChoices("signatories", "SignerInfo"),
        serialization_alias="SignerInfo",
    )
    references: list[Reference] = Field(
        default_factory=list,
        description="Documents cited in the opening part (Căn cứ, Thực hiện): the plan's bases",
    )
    citations: list[Reference] = Field(
        default_factory=list,
        description="Every document the text cites, anywhere (body, appendices), once, in order",
    )
    abbreviations: list[Abbreviation] = Field(default_factory=list)
    top_sections: list[str] = Field(default_factory=list)
    units: list[Unit] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    preamble: list[Section] = Field(default_factory=list)
    appendices: list[Section] = Field(default_factory=list)
    spans: dict[str, Span] = Field(default_factory=dict)
    warnings: list[Warning] = Field(default_factory=list)
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
