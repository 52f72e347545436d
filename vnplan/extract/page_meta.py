"""The metadata table a legal-documents site prints above a document it holds (``Số hiệu:
980/KH-UBND | Loại văn bản: Kế hoạch | Nơi ban hành: Tỉnh Nghệ An | Người ký: ... | Ngày ban
hành: 18/11/2025``): evidence about the document, never the document itself. The parse keeps
what the document says; where the document gives no number or date, the page's are taken
with a warning, and where the two disagree a warning says so."""

from __future__ import annotations

import regex

from vnplan.extract.context import Context
from vnplan.extract.dates import find_dates
from vnplan.extract.header import parse_number
from vnplan.models import DocumentNumber, PartialDate, Signatory
from vnplan.text.normalize import fold
from vnplan.vocab import PAGE_METADATA_LABELS

_LABEL = regex.compile(
    r"^(?P<label>"
    + "|".join(regex.escape(k) for k in PAGE_METADATA_LABELS)
    + r")\s*:?\s*(?P<rest>.*)$",
    regex.IGNORECASE,
)


def page_metadata(ctx: Context) -> dict[str, str]:
    """The page's fields (``number``, ``date``, ``place``, ``signer``, ``type``) as printed."""
    items = [
        " ".join(col.text.strip(" *|").split()) for ln in ctx.zones.chrome for col in ln.columns()
    ]
    items = [t for t in items if t]
    out: dict[str, str] = {}
    i = 0
    while i < len(items):
        m = _LABEL.match(items[i])
        i += 1
        if not m:
            continue
        key = PAGE_METADATA_LABELS[fold(m.group("label"))]
        value = m.group("rest").strip(" :")
        if not value and i < len(items) and not _LABEL.match(items[i]):
            value = items[i]
            i += 1
        if value and key not in out:
            out[key] = value
    return out


def reconcile(
    ctx: Context,
    number: DocumentNumber | None,
    date: PartialDate | None,
    signatories: list[Signatory],
    *,
    number_seen: bool,
    date_seen: bool,
) -> tuple[DocumentNumber | None, PartialDate | None]:
    """The document's number and date, completed or checked against the page's metadata."""
    meta = page_metadata(ctx)
    if not meta:
        return number, date
    page_no = parse_number(meta["number"])[0] if "number" in meta else None
    if page_no is not None:
        if number is None and not number_seen:
            number = page_no
            ctx.warn("number_from_page", f"the number is the page's metadata: {page_no.raw!r}")
        elif number is not None and fold(number.raw) != fold(page_no.raw):
            ctx.warn(
                "page_metadata_disagrees",
                f"the page says number {page_no.raw!r}, the document {number.raw!r}",
            )
    hits = find_dates(meta.get("date", ""))
    if hits:
        page_date = hits[0].date
        if date is None and not date_seen:
            date = page_date
            ctx.warn("date_from_page", f"the date is the page's metadata: {page_date}")
        elif date is not None and date.day is not None and date != page_date:
            ctx.warn(
                "page_metadata_disagrees",
                f"the page says date {page_date}, the document {date}",
            )
    signer = meta.get("signer")
    names = [s.name for s in signatories if s.name]
    if signer and names and fold(signer) not in {fold(n) for n in names}:
        ctx.warn(
            "page_metadata_disagrees",
            f"the page says the signer is {signer!r}, the document {', '.join(names)!r}",
        )
    return number, date
