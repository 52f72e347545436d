"""The public entry points: ``parse()``, ``parse_text()``, ``parse_file()``."""

from __future__ import annotations

import bisect
import os
from pathlib import Path
from typing import IO, Any

from vnplan._deadline import check_timeout, deadline
from vnplan.errors import (
    EmptyDocumentError,
    InvalidArgumentError,
    TooLargeError,
    UnreadableError,
    VnplanError,
    unreadable,
)
from vnplan.extract import extract_plan
from vnplan.grammar.zones import looks_hard_wrapped
from vnplan.models import Plan, Warning
from vnplan.provenance import annotate
from vnplan.readers import read_bytes
from vnplan.readers.ocr import OCR_MODES, OcrLimits
from vnplan.text.lines import Line, clean_lines, line_starts
from vnplan.text.normalize import normalize_chars

#: The PDF engines: pypdfium2 (fast, default) and pdfplumber; both give the same plan.
PDF_ENGINES = ("pdfium", "pdfplumber")

#: Inputs larger than this are refused with ``TooLargeError`` (override per call).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class InternalError(VnplanError):
    """A bug in vnplan: reported as a typed error rather than a stray exception."""

    code = "internal"


def parse_text(
    text: str,
    *,
    source: str | None = None,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> Plan:
    """Parse the text of a plan.

    The text is normalised first (NFC, tone marks, invisible characters); ``Plan.text`` holds
    the normalised text and every span points into it. ``timeout`` (seconds) raises
    ``ParseTimeoutError`` when parsing takes longer (see ``parse()``).
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse_text() takes the text as a str, not {type(text).__name__}"
            + (": use vnplan.parse() for a file's bytes" if _is_binary(text) else "")
        )
    limit = _check_max_bytes(max_bytes)
    seconds = check_timeout(timeout)
    with deadline(seconds, source):
        return _parse_text(text, source=source, max_bytes=limit)


def _parse_text(text: str, *, source: str | None, max_bytes: int) -> Plan:
    limit = max_bytes
    if len(text) > limit:
        raise TooLargeError(
            f"text of {len(text)} characters exceeds max_bytes={limit}", source=source
        )
    return _parse_normalised(text, source=source, fmt="text", paragraph_lines=False)


def _parse_normalised(
    text: str,
    *,
    source: str | None,
    fmt: str,
    paragraph_lines: bool,
    blank_separated: bool = False,
    bold_lines: frozenset[int] = frozenset(),
) -> Plan:
    try:
        norm = normalize_chars(text)
        if not norm.strip():
            raise EmptyDocumentError("the document holds no text", source=source)
        lines = clean_lines(norm)
        if blank_separated:
            for ln in lines:
                ln.hints["blank_separated"] = True
        if bold_lines:
            _mark_bold(norm, lines, bold_lines)
        if paragraph_lines and not (fmt == "docx" and looks_hard_wrapped(lines)):
            # Each line is a whole paragraph (Word, PDF after layout): never re-join lines,
            # unless a Word file holds one paragraph per printed line (a converted PDF).
            for ln in lines:
                ln.hints["para_start"] = True
        return extract_plan(norm, lines, source=source, source_format=fmt)
    except VnplanError:
        raise
    except Exception as e:  # never let a stray exception escape the public API
        raise InternalError(
            f"internal error while parsing ({type(e).__name__}: {e})", source=source
        ) from e


def _mark_bold(text: str, lines: list[Line], bold: frozenset[int]) -> None:
    """Set ``bold`` on the cleaned lines that start on a line the reader marked bold."""
    starts = line_starts(text)
    for ln in lines:
        if ln.segs and bisect.bisect_right(starts, ln.segs[0][1]) - 1 in bold:
            ln.bold = True


#: A binary file object: what ``open(path, "rb")``, ``io.BytesIO`` or an upload gives.
BinaryFile = IO[bytes]


def parse(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryFile,
    *,
    max_bytes: int | None = None,
    name: str | None = None,
    pdf_engine: str = "pdfium",
    timeout: float | None = None,
    ocr: str = "auto",
    ocr_limits: OcrLimits | None = None,
) -> Plan:
    """Parse a plan from a path, a file's bytes or a binary file object.

    The format is chosen from the content's magic bytes, not the file name. A ``str`` is a
    path; use ``parse_text()`` for text you already hold. A file object is read from its
    current position (at most ``max_bytes`` + 1 bytes) and not closed. ``pdf_engine`` chooses
    how PDFs are read: ``"pdfium"`` (fast, the default) or ``"pdfplumber"``; both give the
    same plan. ``max_bytes`` caps the input's size and the text it expands to (default
    ``DEFAULT_MAX_BYTES``). ``timeout`` (seconds) raises ``ParseTimeoutError`` when
    reading and parsing take longer, and no plan is returned after it; it uses a timer signal,
    so it interrupts only in the main thread of a process (for hard isolation, use
    ``vnplan.batch``, which kills the worker process).

    ``ocr``: ``"auto"`` (default) reads the pages of a PDF that are images of text, or whose
    text layer is garbled, and PNG/JPEG/TIFF page images, with Tesseract (``vnplan[ocr]``);
    ``"always"`` OCRs every PDF page; ``"never"`` raises ``NoTextLayerError`` or
    ``BrokenTextLayerError`` instead. An OCR'd plan carries an ``ocr`` warning with its
    pages and mean word confidence. ``ocr_limits`` bounds the work (``OcrLimits``: dpi,
    pixels and seconds per page, pages per document).

    A wrong argument type raises ``TypeError``; a wrong value
    ``InvalidArgumentError``; everything else a ``VnplanError``.
    """
    limit = _check_max_bytes(max_bytes)
    seconds = check_timeout(timeout)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"name must be a str or None, not {type(name).__name__}")
    if not isinstance(pdf_engine, str):
        raise TypeError(f"pdf_engine must be a str, not {type(pdf_engine).__name__}")
    if pdf_engine not in PDF_ENGINES:
        raise InvalidArgumentError(
            f"pdf_engine must be one of {', '.join(PDF_ENGINES)}, not {pdf_engine!r}"
        )
    if not isinstance(ocr, str):
        raise TypeError(f"ocr must be a str, not {type(ocr).__name__}")
    if ocr not in OCR_MODES:
        raise InvalidArgumentError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    if isinstance(source, bytes | bytearray | memoryview):
        label = name
    elif isinstance(source, str | os.PathLike):
        label = name or _path_label(source)
    elif _is_binary_file(source):
        label = name or _file_label(source)
    else:
        raise TypeError(
            "parse() takes a path (str or os.PathLike), bytes or a binary file object, not "
            f"{type(source).__name__}"
            + (" (open the file in binary mode, 'rb')" if hasattr(source, "read") else "")
        )
    with deadline(seconds, label):
        return _parse(
            source,
            max_bytes=limit,
            label=label,
            pdf_engine=pdf_engine,
            ocr=ocr,
            ocr_limits=ocr_limits,
        )


def _parse(
    source: Any,
    *,
    max_bytes: int,
    label: str | None,
    pdf_engine: str,
    ocr: str = "auto",
    ocr_limits: OcrLimits | None = None,
) -> Plan:
    limit = max_bytes
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, str | os.PathLike):
        data = _read_path(_as_path(source), limit, label or "")
    else:
        data = _read_file(source, limit, label)
    if len(data) > limit:
        raise TooLargeError(f"{len(data)} bytes exceeds max_bytes={limit}", source=label)
    if not data.strip():
        raise EmptyDocumentError("the file is empty", source=label)
    try:
        doc = read_bytes(
            data, pdf_engine=pdf_engine, max_chars=limit, ocr=ocr, ocr_limits=ocr_limits
        )
    except VnplanError as e:
        e.source = e.source or label
        raise
    except Exception as e:
        raise InternalError(
            f"internal error while reading ({type(e).__name__}: {e})", source=label
        ) from e
    if len(doc.text) > limit:
        raise TooLargeError(
            f"the document expands to {len(doc.text)} characters of text, over max_bytes={limit}",
            source=label,
        )
    plan = _parse_normalised(
        doc.text,
        source=label,
        fmt=doc.format,
        paragraph_lines=doc.paragraph_lines,
        blank_separated=doc.blank_separated,
        bold_lines=doc.bold_lines,
    )
    plan.warnings[:0] = [Warning(code=c, message=m) for c, m in doc.notes]
    if doc.origin_kind is not None and doc.origins:
        annotate(plan, doc.text, doc.origins, doc.origin_kind)
    return plan


def _check_max_bytes(value: object) -> int:
    if value is None:
        return DEFAULT_MAX_BYTES
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_bytes must be an int or None, not {type(value).__name__}")
    if value < 1:
        raise InvalidArgumentError(f"max_bytes must be at least 1, not {value}")
    return value


def _is_binary(obj: object) -> bool:
    return isinstance(obj, bytes | bytearray | memoryview) or _is_binary_file(obj)


def _is_binary_file(obj: object) -> bool:
    """A readable file object that gives bytes (not a text-mode file)."""
    if not callable(getattr(obj, "read", None)):
        return False
    import io

    if isinstance(obj, io.TextIOBase):
        return False
    mode = getattr(obj, "mode", None)
    return not (isinstance(mode, str) and "b" not in mode and "r" in mode)


def _file_label(f: object) -> str | None:
    n = getattr(f, "name", None)
    return n if isinstance(n, str) else None


#: Longest path vnplan takes for a path: longer strings (and those with a line break) are
#: text that was meant for ``parse_text()``.
_MAX_PATH = 4096


def _looks_like_text(s: str) -> bool:
    if "\n" in s or len(s) > _MAX_PATH:
        return True
    return any(len(part.encode("utf-8", "surrogateescape")) > 255 for part in s.split(os.sep))


def _path_label(source: str | os.PathLike[str]) -> str:
    try:
        p = os.fspath(source)
    except TypeError as e:  # a PathLike that gives bytes
        raise TypeError(f"a path must be a str, not {type(source).__name__}") from e
    if not isinstance(p, str):
        raise TypeError("a path must be a str (for a file's content, pass bytes)")
    if isinstance(source, str) and _looks_like_text(p):
        return p[:60] + "…"
    return p


def _as_path(source: str | os.PathLike[str]) -> Path:
    p = os.fspath(source)
    if isinstance(p, str) and "\x00" in p:
        raise InvalidArgumentError("the path holds a NUL character; no file can have that name")
    if isinstance(source, str) and _looks_like_text(p) and not _exists(p):
        raise InvalidArgumentError(
            f"a text of {len(p)} characters was passed as a path: use vnplan.parse_text(text) "
            "for text you hold (vnplan.parse() takes a path, bytes or a binary file)"
        )
    return Path(p)


def _exists(p: str) -> bool:
    try:
        return os.path.exists(p)
    except (OSError, ValueError):
        return False


def _read_file(f: Any, limit: int, label: str | None) -> bytes:
    try:
        data = f.read(limit + 1)
    except VnplanError:
        raise
    except Exception as e:
        raise UnreadableError(
            f"cannot read the file object: {type(e).__name__}: {e}", source=label
        ) from e
    if isinstance(data, str):
        raise TypeError("the file object gives str: open the file in binary mode ('rb')")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"the file object's read() gave {type(data).__name__}, not bytes")
    return bytes(data)


def parse_file(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    pdf_engine: str = "pdfium",
    timeout: float | None = None,
) -> Plan:
    """Parse the file at ``path`` (the same as ``parse()`` with a path)."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"parse_file() takes a path, not {type(path).__name__}")
    return parse(path, max_bytes=max_bytes, pdf_engine=pdf_engine, timeout=timeout)


def _read_path(path: Path, limit: int, label: str) -> bytes:
    try:
        if path.is_dir():
            raise UnreadableError("is a directory, not a file", source=label)
        size = path.stat().st_size
        if size > limit:
            raise TooLargeError(f"{size} bytes exceeds max_bytes={limit}", source=label)
        with path.open("rb") as f:
            return f.read(limit + 1)
    except OSError as e:
        raise unreadable(e, label) from e
