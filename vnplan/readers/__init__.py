"""Readers: bytes of a file → a :class:`Document` (its text and what the reader noticed).

The format is chosen from magic bytes (:func:`vnplan.readers.detect.sniff`).
"""

from __future__ import annotations

from vnplan.errors import UnreadableError, UnsupportedFormatError
from vnplan.readers.base import Document
from vnplan.readers.detect import sniff
from vnplan.readers.text import decode


def read_bytes(data: bytes) -> Document:
    """Read a file's bytes with the reader its magic bytes call for."""
    fmt, what = sniff(data)
    if fmt == "docx":
        from vnplan.readers.docx import read_docx

        return read_docx(data)
    if fmt == "text":
        text, enc = decode(data)
        doc = Document(text=text, format="text")
        if enc == "cp1258":
            doc.notes.append(("encoding_cp1258", "text decoded as Windows-1258"))
        elif enc == "utf-8-replace":
            doc.notes.append(
                ("encoding_invalid", "text is neither UTF-8 nor Windows-1258; bad bytes replaced")
            )
        return doc
    if fmt == "zip" and "damaged" in what:
        raise UnreadableError(f"the file looks like {what}")
    if fmt in ("pdf", "odt", "ole", "rtf"):
        raise UnsupportedFormatError(
            f"the file is {what}; this version of vnplan reads plain text only "
            "(Word and PDF readers are planned)"
        )
    raise UnsupportedFormatError(f"the file is {what}, not a document vnplan can read")


__all__ = ["Document", "read_bytes", "sniff"]
