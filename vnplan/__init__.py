"""vnplan: Vietnamese official plan documents (Kế hoạch) → structured, validated objects.

>>> import vnplan
>>> plan = vnplan.parse("plan.txt")          # a path or a file's bytes
>>> plan = vnplan.parse_text(text)           # text you already hold
>>> plan.number.raw, plan.issuer.name, plan.date
>>> plan.model_dump(mode="json")             # the public JSON contract
"""

from vnplan.api import DEFAULT_MAX_BYTES, InternalError, parse, parse_file, parse_text
from vnplan.errors import (
    BrokenTextLayerError,
    EmptyDocumentError,
    EncryptedError,
    ImageTooLargeError,
    InvalidArgumentError,
    NoTextLayerError,
    OcrTimeoutError,
    OcrUnavailableError,
    ParseTimeoutError,
    TooComplexError,
    TooLargeError,
    TooManyPagesError,
    UnreadableError,
    UnsupportedFormatError,
    VnplanError,
)
from vnplan.models import (
    Abbreviation,
    Amount,
    Assignment,
    Authority,
    Budget,
    DocumentNumber,
    Issuer,
    Item,
    PartialDate,
    Period,
    Phase,
    Plan,
    Recipient,
    Reference,
    Section,
    Signatory,
    Span,
    Task,
    Unit,
    Warning,
)
from vnplan.readers.ocr import OcrLimits

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Abbreviation",
    "Amount",
    "Assignment",
    "Authority",
    "BrokenTextLayerError",
    "Budget",
    "DocumentNumber",
    "EmptyDocumentError",
    "EncryptedError",
    "ImageTooLargeError",
    "InternalError",
    "InvalidArgumentError",
    "Issuer",
    "Item",
    "NoTextLayerError",
    "OcrLimits",
    "OcrTimeoutError",
    "OcrUnavailableError",
    "ParseTimeoutError",
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
    "TooComplexError",
    "TooLargeError",
    "TooManyPagesError",
    "Unit",
    "UnreadableError",
    "UnsupportedFormatError",
    "VnplanError",
    "Warning",
    "__version__",
    "parse",
    "parse_file",
    "parse_text",
]
