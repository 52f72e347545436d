"""The public entry points: :func:`parse`, :func:`parse_text`, :func:`parse_file`."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

from vnplan.errors import (
    EmptyDocumentError,
    ParseTimeoutError,
    TooLargeError,
    UnreadableError,
    VnplanError,
)
from vnplan.extract import extract_plan
from vnplan.grammar.zones import looks_hard_wrapped
from vnplan.models import Plan, Warning
from vnplan.readers import read_bytes
from vnplan.readers.ocr import OCR_MODES, OcrLimits
from vnplan.text.lines import clean_lines
from vnplan.text.normalize import normalize_chars

#: The PDF engines: pypdfium2 (fast, default) and pdfplumber; both give the same plan.
PDF_ENGINES = ("pdfium", "pdfplumber")

#: Inputs larger than this are refused with :class:`TooLargeError` (override per call).
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
    :class:`ParseTimeoutError` when parsing takes longer (see :func:`parse`).
    """
    with _deadline(timeout, source):
        return _parse_text(text, source=source, max_bytes=max_bytes)


def _parse_text(text: str, *, source: str | None, max_bytes: int | None) -> Plan:
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
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
) -> Plan:
    try:
        norm = normalize_chars(text)
        if not norm.strip():
            raise EmptyDocumentError("the document holds no text", source=source)
        lines = clean_lines(norm)
        if blank_separated:
            for ln in lines:
                ln.hints["blank_separated"] = True
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


def parse(
    source: str | os.PathLike[str] | bytes,
    *,
    max_bytes: int | None = None,
    name: str | None = None,
    pdf_engine: str = "pdfium",
    timeout: float | None = None,
    ocr: str = "auto",
    ocr_limits: OcrLimits | None = None,
) -> Plan:
    """Parse a plan from a path or from a file's bytes.

    The format is chosen from the content's magic bytes, not the file name. A ``str`` is a
    path; use :func:`parse_text` for text you already hold. ``pdf_engine`` chooses how PDFs
    are read: ``"pdfium"`` (fast, the default) or ``"pdfplumber"``; both give the same plan.
    ``timeout`` (seconds) raises :class:`ParseTimeoutError` when reading and parsing take
    longer; it uses a timer signal, so it applies in the main thread of a process (elsewhere,
    and for hard isolation, use :mod:`vnplan.batch`, which kills the worker process).

    ``ocr``: ``"auto"`` (default) reads the pages of a PDF that are images of text, or whose
    text layer is garbled, and PNG/JPEG/TIFF page images, with Tesseract (``vnplan[ocr]``);
    ``"always"`` OCRs every PDF page; ``"never"`` raises :class:`NoTextLayerError` or
    :class:`BrokenTextLayerError` instead. An OCR'd plan carries an ``ocr`` warning with its
    pages and mean word confidence. ``ocr_limits`` bounds the work (:class:`OcrLimits`: dpi,
    pixels and seconds per page, pages per document).
    """
    with _deadline(
        timeout,
        name if isinstance(source, bytes | bytearray | memoryview) else name or os.fspath(source),
    ):
        return _parse(
            source,
            max_bytes=max_bytes,
            name=name,
            pdf_engine=pdf_engine,
            ocr=ocr,
            ocr_limits=ocr_limits,
        )


def _parse(
    source: str | os.PathLike[str] | bytes,
    *,
    max_bytes: int | None,
    name: str | None,
    pdf_engine: str,
    ocr: str = "auto",
    ocr_limits: OcrLimits | None = None,
) -> Plan:
    if pdf_engine not in PDF_ENGINES:
        raise ValueError(f"pdf_engine must be one of {PDF_ENGINES}, not {pdf_engine!r}")
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name
    else:
        label = name or os.fspath(source)
        data = _read_path(Path(source), limit, label)
    if len(data) > limit:
        raise TooLargeError(f"{len(data)} bytes exceeds max_bytes={limit}", source=label)
    if not data.strip():
        raise EmptyDocumentError("the file is empty", source=label)
    try:
        doc = read_bytes(data, pdf_engine=pdf_engine, ocr=ocr, ocr_limits=ocr_limits)
    except VnplanError as e:
        e.source = e.source or label
        raise
    except Exception as e:
        raise InternalError(
            f"internal error while reading ({type(e).__name__}: {e})", source=label
        ) from e
    plan = _parse_normalised(
        doc.text,
        source=label,
        fmt=doc.format,
        paragraph_lines=doc.paragraph_lines,
        blank_separated=doc.blank_separated,
    )
    plan.warnings[:0] = [Warning(code=c, message=m) for c, m in doc.notes]
    return plan


@contextlib.contextmanager
def _deadline(seconds: float | None, source: str | None) -> Iterator[None]:
    """Raise ParseTimeoutError in the block after ``seconds`` (main thread, Unix)."""
    usable = (
        seconds is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ParseTimeoutError(f"parsing took over {seconds:g} s", source=source)

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds or 0))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def parse_file(
    path: str | os.PathLike[str], *, max_bytes: int | None = None, pdf_engine: str = "pdfium"
) -> Plan:
    """Parse the file at ``path`` (the same as :func:`parse` with a path)."""
    return parse(path, max_bytes=max_bytes, pdf_engine=pdf_engine)


def _read_path(path: Path, limit: int, label: str) -> bytes:
    try:
        if path.is_dir():
            raise UnreadableError("is a directory, not a file", source=label)
        size = path.stat().st_size
        if size > limit:
            raise TooLargeError(f"{size} bytes exceeds max_bytes={limit}", source=label)
        with path.open("rb") as f:
            return f.read(limit + 1)
    except FileNotFoundError as e:
        raise UnreadableError("no such file", source=label) from e
    except PermissionError as e:
        raise UnreadableError("permission denied", source=label) from e
    except OSError as e:
        raise UnreadableError(f"cannot read: {e.strerror or e}", source=label) from e
