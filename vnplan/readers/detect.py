"""Choose a reader from a file's first bytes, never from its name."""

from __future__ import annotations

import io
import re
import zipfile

_TEXT_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}


def _is_pdf(data: bytes) -> bool:
    """``%PDF-`` at the start, or within the first kilobyte (PDF readers allow some junk
    before the header) and followed by a PDF's structure: an object and the end-of-file
    marker, or a cross-reference. A text that only quotes ``%PDF-`` is text."""
    if data[:5] == b"%PDF-":
        return True
    k = data[:1024].find(b"%PDF-")
    if k < 0:
        return False
    rest = data[k:]
    has_obj = _PDF_OBJ.search(rest[:65536]) is not None
    tail = rest[-2048:]
    return has_obj and (b"%%EOF" in tail or b"startxref" in tail or b"xref" in rest[:65536])


_PDF_OBJ = re.compile(rb"\d+[ \t\r\n]+\d+[ \t\r\n]+obj\b")


def utf16_without_bom(sample: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``sample`` is UTF-16 without a byte-order mark:
    Vietnamese text in UTF-16 has, in one of the two byte positions, mostly NULs (ASCII) or
    the 0x1E of the precomposed letters (U+1EA0-U+1EF9), and in the other almost none, and
    it decodes to text with no controls."""
    n = len(sample) - len(sample) % 2
    if n < 16:
        return None
    even, odd = sample[0:n:2], sample[1:n:2]
    for enc, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        zeros = high.count(0) + high.count(0x1E) + high.count(0x01)
        if zeros < 0.6 * len(high) or low.count(0) > 0.05 * len(low):
            continue
        try:
            text = sample[:n].decode(enc)
        except UnicodeDecodeError:
            continue
        bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
        if bad <= 0.01 * len(text):
            return enc
    return None


def sniff(data: bytes) -> tuple[str, str]:
    """``(format, description)`` for the bytes of a file.

    Formats: ``pdf``, ``docx``, ``odt``, ``ole`` (legacy .doc and other OLE files), ``rtf``,
    ``zip`` (some other zip), ``image`` (PNG, JPEG, TIFF: read by OCR), ``text``, ``binary``.
    """
    head = data[:8]
    if _is_pdf(data):
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
    if utf16_without_bom(sample) is not None:
        return "text", "UTF-16 text"
    if b"\x00" in sample:
        return "binary", "binary data"
    bad = sum(1 for b in sample if b in _TEXT_CONTROL)
    if sample and bad > len(sample) * 0.05:
        return "binary", "binary data"
    return "text", "text"
