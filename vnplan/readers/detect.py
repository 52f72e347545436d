"""Choose a reader from a file's first bytes, never from its name."""

from __future__ import annotations

import io
import zipfile

_TEXT_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}


def sniff(data: bytes) -> tuple[str, str]:
    """``(format, description)`` for the bytes of a file.

    Formats: ``pdf``, ``docx``, ``odt``, ``ole`` (legacy .doc and other OLE files), ``rtf``,
    ``zip`` (some other zip), ``image`` (PNG, JPEG, TIFF: read by OCR), ``text``, ``binary``.
    """
    head = data[:8]
    if data.lstrip()[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") >= 0:
        return "pdf", "a PDF document"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except Exception:  # BadZipFile, NotImplementedError (a mangled version field), ...
            return "zip", "a damaged zip archive (a truncated or corrupt .docx?)"
        if "word/document.xml" in names:
            return "docx", "a Word .docx document"
        if "mimetype" in names and "content.xml" in names:
            return "odt", "an OpenDocument file"
        if "xl/workbook.xml" in names:
            return "zip", "an Excel .xlsx workbook"
        if "ppt/presentation.xml" in names:
            return "zip", "a PowerPoint .pptx presentation"
        return "zip", "a zip archive"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole", "a legacy Office (OLE) file such as a Word .doc"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf", "an RTF document"
    for magic, what in (
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"II*\x00", "a TIFF image"),
        (b"MM\x00*", "a TIFF image"),
    ):
        if head.startswith(magic):
            return "image", what
    for magic, what in (
        (b"GIF8", "a GIF image"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xbc\xaf", "a 7-zip archive"),
        (b"\x7fELF", "an executable"),
    ):
        if head.startswith(magic):
            return "binary", what
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return "text", "text"
    sample = data[:4096]
    if b"\x00" in sample:
        return "binary", "binary data"
    bad = sum(1 for b in sample if b in _TEXT_CONTROL)
    if sample and bad > len(sample) * 0.05:
        return "binary", "binary data"
    return "text", "text"
