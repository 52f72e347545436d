"""vnplan: Vietnamese official plan documents (Kế hoạch) → structured, validated objects.

>>> import vnplan
>>> plan = vnplan.parse("plan.txt")          # a path or a file's bytes
>>> plan = vnplan.parse_text(text)           # text you already hold
>>> plan.number.raw, plan.issuer.name, plan.date
>>> plan.model_dump(mode="json")             # the public JSON contract
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The errors are plain classes without dependencies: imported now, so that ``except
# vnplan.VnplanError`` costs nothing. Everything else (the parser, its compiled patterns, the
# pydantic models, the readers) loads on first use of a name below (PEP 562), which keeps
# ``import vnplan`` and ``vnplan --version`` fast.
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

if TYPE_CHECKING:
    from vnplan import batch as batch
    from vnplan.api import DEFAULT_MAX_BYTES, InternalError, parse, parse_file, parse_text
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


#: Public name → the module that defines it, imported when the name is first asked for.
_LAZY: dict[str, str] = {
    "DEFAULT_MAX_BYTES": "vnplan.api",
    "InternalError": "vnplan.api",
    "parse": "vnplan.api",
    "parse_file": "vnplan.api",
    "parse_text": "vnplan.api",
    "Abbreviation": "vnplan.models",
    "Amount": "vnplan.models",
    "Assignment": "vnplan.models",
    "Authority": "vnplan.models",
    "Budget": "vnplan.models",
    "DocumentNumber": "vnplan.models",
    "Issuer": "vnplan.models",
    "Item": "vnplan.models",
    "PartialDate": "vnplan.models",
    "Period": "vnplan.models",
    "Phase": "vnplan.models",
    "Plan": "vnplan.models",
    "Recipient": "vnplan.models",
    "Reference": "vnplan.models",
    "Section": "vnplan.models",
    "Signatory": "vnplan.models",
    "Span": "vnplan.models",
    "Task": "vnplan.models",
    "Unit": "vnplan.models",
    "Warning": "vnplan.models",
    "OcrLimits": "vnplan.readers.ocr",
}

#: Submodules that ``vnplan.NAME`` gives without an ``import vnplan.NAME`` first.
_SUBMODULES = frozenset(
    {"api", "batch", "check", "cli", "evaluate", "export", "extract", "models", "nlp", "readers"}
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later look-ups skip this hook
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"vnplan.{name}")
    raise AttributeError(f"module 'vnplan' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
