"""Readers: bytes of a file → a ``Document`` (its text and what the reader noticed).

The format is chosen from magic bytes (``sniff()``).
"""

from __future__ import annotations

from vnplan.errors import UnreadableError, UnsupportedFormatError
from vnplan.readers.base import Document
from vnplan.readers.detect import sniff
from vnplan.readers.ocr import OCR_MODES, OcrLimits
from vnplan.readers.text import decode
from vnplan.text import legacy


def read_bytes(
    data: bytes,
    *,
    pdf_engine: str = "pdfium",
    max_chars: int | None = None,
    ocr: str = "auto",
    ocr_limits: OcrLimits | None = None,
) -> Document:
    """Read a file's bytes with the reader its magic bytes call for.

    ``max_chars`` caps the text a reader may produce (a small file can expand to much more
    text than its size): ``TooLargeError`` past it. ``ocr`` (``"auto"``,
    ``"always"``, ``"never"``): whether PDF pages are OCR'd (see
    ``read_pdf()``); images are read by OCR unless it is ``"never"``."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    fmt, what = sniff(data)
    if fmt == "pdf":
        from vnplan.readers.pdf import read_pdf

        if pdf_engine not in ("pdfium", "pdfplumber"):
            raise ValueError(f"unknown pdf_engine {pdf_engine!r}: use 'pdfium' or 'pdfplumber'")
        return read_pdf(
            data,
            engine=pdf_engine,  # type: ignore[arg-type]
            ocr=ocr,  # type: ignore[arg-type]
            ocr_limits=ocr_limits,
        )
    if fmt == "image":
        if ocr == "never":
            raise UnsupportedFormatError(
                f"the file is {what}: reading images needs OCR (ocr='never')"
            )
        from vnplan.readers.ocr import read_image

        return read_image(data, what, ocr_limits)
    if fmt == "docx":
        from vnplan.readers.docx import read_docx

        return read_docx(data, max_chars=max_chars)
    if fmt == "text":
        text, enc = decode(data)
        if enc == "cp1258":
            # Legacy font bytes are code points 0-255: read them as Latin-1, not as cp1258
            # (whose combining tone marks would eat some of them).
            as_latin1 = data.decode("latin-1")
            if legacy.detect(as_latin1) is not None:
                text, enc = as_latin1, "latin-1"
        doc = Document(text=text, format="text")
        legacy_enc = legacy.detect(text)
        if legacy_enc is not None:
            doc.text = legacy.convert(text, legacy_enc)
            doc.notes.append(
                (
                    "legacy_encoding",
                    f"text was in the legacy {legacy_enc.upper()} encoding; converted to Unicode",
                )
            )
        if enc == "cp1258":
            doc.notes.append(("encoding_cp1258", "text decoded as Windows-1258"))
        elif enc == "utf-8-replace":
            doc.notes.append(
                ("encoding_invalid", "text is neither UTF-8 nor Windows-1258; bad bytes replaced")
            )
        return doc
    if fmt == "zip" and "damaged" in what:
        raise UnreadableError(f"the file looks like {what}")
    if fmt in ("odt", "ole", "rtf"):
        from vnplan.readers.office import read_office

        return read_office(data, "doc" if fmt == "ole" else fmt)
    raise UnsupportedFormatError(f"the file is {what}, not a document vnplan can read")


__all__ = ["Document", "read_bytes", "sniff"]
