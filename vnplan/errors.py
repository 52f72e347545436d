"""Typed errors raised by vnplan.

Every failure that ``vnplan.parse*`` can raise is a ``VnplanError``; no other
exception escapes the public API.
"""

from __future__ import annotations


class VnplanError(Exception):
    """Base class of every error vnplan raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class UnsupportedFormatError(VnplanError):
    """The input is not a format vnplan can read (the message says what it looks like)."""

    code = "unsupported_format"


class UnreadableError(VnplanError):
    """The input claims a supported format but cannot be read (corrupt, truncated, I/O error)."""

    code = "unreadable"


class EmptyDocumentError(VnplanError):
    """The input holds no text at all."""

    code = "empty"


class TooLargeError(VnplanError):
    """The input is larger than the configured ``max_bytes`` limit."""

    code = "too_large"


class EncryptedError(UnreadableError):
    """The input is encrypted and needs a password."""

    code = "encrypted"


class NoTextLayerError(UnreadableError):
    """The input (a scanned PDF) has no text layer; OCR is needed first."""

    code = "no_text_layer"


class BrokenTextLayerError(UnreadableError):
    """The PDF has text, but its fonts map glyphs to no real characters: the text is garbage
    and OCR is needed."""

    code = "broken_text_layer"


class TooComplexError(VnplanError):
    """The input is small but its structure would cost unbounded time or memory to read
    (form XObjects drawn inside each other many times, a reference that loops)."""

    code = "too_complex"


class InvalidArgumentError(VnplanError, ValueError):
    """An argument of the API has a value it cannot take (a NUL in a path, a negative
    timeout, text passed where a path is expected). A wrong *type* raises TypeError."""

    code = "invalid_argument"


class ParseTimeoutError(VnplanError):
    """Parsing took longer than the ``timeout`` given."""

    code = "timeout"


class OcrUnavailableError(VnplanError):
    """The document needs OCR and the OCR engine is missing: the message names what to install
    (the ``tesserocr`` binding, ``pip install 'vnplan[ocr]'``; Tesseract's Vietnamese model,
    ``apt-get install tesseract-ocr-vie``)."""

    code = "ocr_unavailable"


class ImageTooLargeError(TooLargeError):
    """A page image (or a page to render for OCR) has more pixels than the OCR limit allows
    (a decompression bomb, or a page far larger than paper)."""

    code = "image_too_large"


class TooManyPagesError(TooLargeError):
    """More pages need OCR than the limit per document allows."""

    code = "too_many_pages"


class OcrTimeoutError(ParseTimeoutError):
    """Tesseract took longer than the time allowed for one page."""

    code = "ocr_timeout"


def unreadable(e: OSError, source: str | None) -> UnreadableError:
    """The ``UnreadableError`` that an operating-system error opening or reading a file
    means (one wording for the API's reads and the batch's)."""
    if isinstance(e, FileNotFoundError):
        return UnreadableError("no such file", source=source)
    if isinstance(e, PermissionError):
        return UnreadableError("permission denied", source=source)
    return UnreadableError(f"cannot read: {e.strerror or e}", source=source)


__all__ = [
    "BrokenTextLayerError",
    "EmptyDocumentError",
    "EncryptedError",
    "ImageTooLargeError",
    "InvalidArgumentError",
    "NoTextLayerError",
    "OcrTimeoutError",
    "OcrUnavailableError",
    "ParseTimeoutError",
    "TooComplexError",
    "TooLargeError",
    "TooManyPagesError",
    "UnreadableError",
    "UnsupportedFormatError",
    "VnplanError",
]
