"""OCR: page images → words with their boxes → the PDF reader's layout code.

Scanned plans (PDFs whose pages are images, PDFs whose text layer is garbled, page images in
PNG, JPEG or TIFF) are read with Tesseract and its Vietnamese model through the ``tesserocr``
binding (the optional extra ``vnplan[ocr]``): it calls Tesseract's C API in this process, about
2 s for a 200 dpi A4 page here, where ``pytesseract`` starts the ``tesseract`` program for each
page and took 4.4-8 s (see docs/evaluation.md).

Each page is rendered by pypdfium2 (or decoded by Pillow), Tesseract's words come back as TSV
with their boxes, and each word becomes a ``Segment`` in PDF points
(origin top left), with its Tesseract line's top and bottom, so that the same layout code as
for a text PDF's character boxes writes the two-column header and signature blocks column by
column and joins the lines the page width wrapped.

Bounded: pixels per page (``ImageTooLargeError``, before any pixel is decoded), pages per
document (``TooManyPagesError``) and Tesseract's time per page (``OcrTimeoutError``).
"""

from __future__ import annotations

import io
import itertools
import os
import re
import statistics
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vnplan.catalogue import WarningCode
from vnplan.errors import (
    ImageTooLargeError,
    OcrTimeoutError,
    OcrUnavailableError,
    TooManyPagesError,
    UnreadableError,
)
from vnplan.readers.base import Document
from vnplan.readers.layout import Page, Segment, layout_pages
from vnplan.vocab import AUTHORITY_PREFIXES, DOC_TYPES, MOTTO_LINES, POSITION_HEADS

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[str, ...] = ("auto", "always", "never")

#: Where Debian/Ubuntu, Fedora, Homebrew and source builds put Tesseract's models.
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
    "/opt/homebrew/share/tessdata",
)
LANG = "vie"
INSTALL_BINDING = "pip install 'vnplan[ocr]' (the tesserocr binding)"
INSTALL_MODEL = (
    "apt-get install tesseract-ocr-vie (Debian/Ubuntu; elsewhere put vie.traineddata in a "
    "directory and name it in TESSDATA_PREFIX)"
)


@dataclass(frozen=True, slots=True)
class OcrLimits:
    """What one document's OCR may cost.

    ``dpi``: the resolution PDF pages are rendered at (300: at 200 Tesseract read c007's
    ``KẾ HOẠCH`` as ``KÉ HOẠCH`` and lost the slash of its number; 400 read no better).
    ``max_pixels``: most pixels of one page image (rendered or decoded); an A4 page at 300 dpi
    has 8.7 million, an A3 17.5.
    ``max_pages``: most pages OCR'd in one document. ``page_seconds``: Tesseract's time per
    page."""

    dpi: int = 300
    max_pixels: int = 40_000_000
    max_pages: int = 100
    page_seconds: float = 30.0


DEFAULT_LIMITS = OcrLimits()


@dataclass(slots=True)
class OcrResult:
    """The pages OCR read (1-based numbers) and their words' confidences (0-100)."""

    pages: list[int] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    version: str = ""

    def note(self) -> tuple[WarningCode, str]:
        mean = statistics.fmean(self.confidences) if self.confidences else 0.0
        code: WarningCode = "ocr"
        return (
            code,
            f"read by OCR (Tesseract {self.version}, {LANG}): page(s) {_ranges(self.pages)}; "
            f"mean word confidence {mean:.1f}% over {len(self.confidences)} words",
        )


def _ranges(pages: list[int]) -> str:
    runs: list[list[int]] = []
    for p in sorted(pages):
        if runs and runs[-1][1] + 1 == p:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


# -- the engine ------------------------------------------------------------------------------

_lock = threading.Lock()
_engine: Any = None
_version = ""
#: Called with the number of pages about to be OCR'd (the batch worker tells its parent, which
#: extends the document's time budget).
pages_hook: Callable[[int], None] | None = None


def tessdata_dir() -> str | None:
    """The directory holding ``vie.traineddata``: ``TESSDATA_PREFIX`` (or its ``tessdata``
    subdirectory), else the usual system places."""
    candidates: list[str] = []
    env = os.environ.get("TESSDATA_PREFIX")
    if env:
        candidates += [env, os.path.join(env, "tessdata")]
    candidates += TESSDATA_DIRS
    for d in candidates:
        if Path(d, f"{LANG}.traineddata").is_file():
            return d
    return None


def _api() -> Any:
    """The process's Tesseract (made once: loading the model takes about 0.3 s)."""
    global _engine
    if _engine is not None:
        return _engine
    try:
        import tesserocr
    except ImportError as e:
        lib = "libtesseract" in str(e) or "liblept" in str(e)
        raise OcrUnavailableError(
            "this document needs OCR, and Tesseract's library is missing: apt-get install "
            "tesseract-ocr (tesserocr was built against it)"
            if lib
            else f"this document needs OCR, and the OCR binding is not installed: {INSTALL_BINDING}"
        ) from e
    path = tessdata_dir()
    if path is None:
        raise OcrUnavailableError(
            f"this document needs OCR, and Tesseract's Vietnamese model ({LANG}.traineddata) is "
            f"not installed: {INSTALL_MODEL}; looked in "
            + ", ".join(
                ([os.environ["TESSDATA_PREFIX"]] if "TESSDATA_PREFIX" in os.environ else [])
                + list(TESSDATA_DIRS)
            )
        )
    try:
        _engine = tesserocr.PyTessBaseAPI(path=path, lang=LANG, psm=tesserocr.PSM.AUTO)
    except RuntimeError as e:
        raise OcrUnavailableError(
            f"Tesseract cannot load its Vietnamese model from {path} ({e}): {INSTALL_MODEL}"
        ) from e
    global _version
    _version = str(tesserocr.tesseract_version()).split()[1]
    return _engine


def available() -> str | None:
    """``None`` when OCR can run, else what to install (for tests and diagnostics)."""
    try:
        _api()
    except OcrUnavailableError as e:
        return e.message
    return None


# -- words → segments ------------------------------------------------------------------------


def tsv_segments(tsv: str, scale: float) -> tuple[list[Segment], list[float]]:
    """Tesseract's TSV → one segment per word in points (``scale`` points per pixel), and the
    words' confidences.

    Each word keeps a trailing space (Tesseract's words are apart by definition) so the layout
    code never glues two of them. All words of a Tesseract line get one box: around the
    middle of the line's words, 1.25 times their median height, which is the height pdfium
    gives the same line's text in the PDF (13.1 points for Times 13; the words' boxes
    measure 10.4). Their own boxes differ too much (``a`` is shorter than ``Hồ``, a bracket
    taller than both) and, with a small font, those of two lines overlap enough for the
    layout code to take them for one line."""
    words: dict[tuple[str, ...], list[tuple[str, float, float, float, float, float]]] = {}
    for row in tsv.splitlines():
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip().translate(_OCR_CHARS)
        conf = float(cols[10])
        if not text or conf < 0:
            continue
        left, top, width, height = (float(c) for c in cols[6:10])
        words.setdefault(tuple(cols[1:5]), []).append(
            (text, left, left + width, top, top + height, conf)
        )
    segs: list[Segment] = []
    confs: list[float] = []
    for line in words.values():
        line[0] = (_roman(line[0][0]), *line[0][1:])
        known = _known_phrases([w[0] for w in line])
        line = [(k, *w[1:]) for k, w in zip(known, line, strict=True)]
        mid = statistics.median((w[3] + w[4]) / 2 for w in line)
        half = 0.625 * statistics.median(w[4] - w[3] for w in line)
        for text, x0, x1, _, _, conf in line:
            segs.append(
                Segment(
                    text + " ", x0 * scale, x1 * scale, (mid - half) * scale, (mid + half) * scale
                )
            )
            confs.append(conf)
    return segs, confs


_ROMAN_LIKE = re.compile(r"^[IVXHl]{2,5}\.$")
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.$")


def _roman(word: str) -> str:
    """A heading's Roman number as Tesseract misreads it at a line's start: ``HI.`` (III),
    ``VH.`` (VII), ``Il.`` (II)."""
    if _ROMAN_LIKE.match(word) and not _ROMAN.match(word):
        fixed = word.replace("H", "II").replace("l", "I")
        if _ROMAN.match(fixed):
            return fixed
    return word


def _bare(text: str) -> str:
    """Upper-case letters without their marks (``CHỦ TỊCH`` → ``CHU TICH``)."""
    decomposed = unicodedata.normalize("NFD", text.upper().replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _phrases() -> dict[str, list[str]]:
    heads = [*POSITION_HEADS, *(f"PHÓ {h}" for h in POSITION_HEADS), *DOC_TYPES, MOTTO_LINES[0]]
    out: dict[str, list[str]] = {}
    for h in heads:
        out.setdefault(_bare(h), h.split())
        for a in AUTHORITY_PREFIXES:
            out.setdefault(_bare(f"{a} {h}"), f"{a} {h}".split())
    return out


_PHRASES = _phrases()


def _known_phrases(words: list[str]) -> list[str]:
    """``words`` (a Tesseract line) with each run of upper-case words that is, but for its
    marks, a signer's position, a document type or the motto (``KT. CHU TỊCH``, ``PHÓ CHỦ
    TICH``, ``KÉ HOẠCH``) written as the vocabulary has it: the Vietnamese model drops or
    swaps marks on capitals, and the closing and header readers know these phrases only as
    written. The line may hold other columns' words too (``- Lưu: VT`` ... ``KT. CHU TỊCH``)."""
    out = list(words)
    i = 0
    while i < len(out):
        for n in range(min(8, len(out) - i), 1, -1):
            run = out[i : i + n]
            if not all(w.isupper() or not any(c.isalpha() for c in w) for w in run):
                continue
            known = _PHRASES.get(_bare(" ".join(run)))
            if known is not None and len(known) == n:
                out[i : i + n] = known
                i += n - 1
                break
        i += 1
    return out


# Tesseract reads the slash of a document number as a fraction slash ("1105⁄KH-ĐKT").
_OCR_CHARS = str.maketrans({"\u2044": "/", "\u2215": "/"})


def _ink(image: Any) -> Any:
    """The page in gray; of a colour page, its red channel: a red seal stamped over the
    signature and the signer's name turns pale in it, black print stays black. (Making its
    light grays white as well read c007 worse: measured.)"""
    if image.mode == "L":
        return image
    if image.mode in ("RGB", "RGBA", "P", "CMYK"):
        return image.convert("RGB").getchannel("R")
    return image.convert("L")


def ocr_image(image: Any, width_pt: float, limits: OcrLimits, result: OcrResult) -> Page:
    """OCR one page image (a PIL image) whose page is ``width_pt`` points wide."""
    api = _api()
    gray = _ink(image)
    scale = width_pt / gray.width
    with _lock:
        api.SetImage(gray)
        ok = api.Recognize(timeout=max(1, int(limits.page_seconds * 1000)))
        if not ok:
            raise OcrTimeoutError(
                f"Tesseract took over {limits.page_seconds:g} s on page {len(result.pages) + 1}"
            )
        tsv = api.GetTSVText(0)
        api.Clear()
    segs, confs = tsv_segments(tsv, scale)
    result.confidences += confs
    result.version = _version
    return Page(width_pt, gray.height * scale, segs)


def _check_pixels(w: float, h: float, limits: OcrLimits, what: str) -> None:
    if w * h > limits.max_pixels:
        raise ImageTooLargeError(
            f"{what} is {w:.0f} × {h:.0f} pixels, over the OCR limit of {limits.max_pixels} "
            "pixels (OcrLimits.max_pixels)"
        )


def _check_pages(n: int, limits: OcrLimits) -> None:
    if n > limits.max_pages:
        raise TooManyPagesError(
            f"{n} pages need OCR, over the limit of {limits.max_pages} (OcrLimits.max_pages)"
        )
    if pages_hook is not None:
        pages_hook(n)


# -- PDFs ------------------------------------------------------------------------------------


def image_pages(data: bytes, pages: list[Page]) -> list[int]:
    """The pages (0-based) that are a picture of text: next to no text layer (under 20
    characters: a stamped page number at most) and images covering a quarter of the page."""
    low = [i for i, p in enumerate(pages) if sum(len(s.text.strip()) for s in p.segments) < 20]
    if not low:
        return []
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out: list[int] = []
    pdf = pdfium.PdfDocument(data)
    try:
        for i in low:
            page = pdf[i]
            w, h = page.get_size()
            area = 0.0
            for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
                left, bottom, right, top = obj.get_bounds()
                area += max(0.0, min(right, w) - max(left, 0.0)) * max(
                    0.0, min(top, h) - max(bottom, 0.0)
                )
            if area >= 0.25 * w * h:
                out.append(i)
            page.close()
    finally:
        pdf.close()
    return out


def ocr_pdf_pages(
    data: bytes, indices: list[int], limits: OcrLimits, result: OcrResult
) -> dict[int, Page]:
    """Render the pages ``indices`` (0-based) at ``limits.dpi`` and OCR them."""
    import pypdfium2 as pdfium

    _check_pages(len(indices), limits)
    _api()  # fail on a missing engine before rendering anything
    scale = limits.dpi / 72
    out: dict[int, Page] = {}
    pdf = pdfium.PdfDocument(data)
    try:
        for i in indices:
            page = pdf[i]
            w, h = page.get_size()
            _check_pixels(w * scale, h * scale, limits, f"page {i + 1} at {limits.dpi} dpi")
            image = page.render(scale=scale).to_pil()
            page.close()
            out[i] = ocr_image(image, w, limits, result)
            result.pages.append(i + 1)
    finally:
        pdf.close()
    return out


# -- images ----------------------------------------------------------------------------------

_A4_SHORT_INCHES = 8.27


def _frames(data: bytes, what: str, limits: OcrLimits) -> Iterator[tuple[Any, float]]:
    """Each frame of an image file (a multi-page TIFF has several) and its width in points,
    after checking its size from the header, before its pixels are decoded."""
    import warnings

    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as e:
            raise ImageTooLargeError(f"the image is a decompression bomb ({e})") from e
        except Exception as e:  # UnidentifiedImageError, a truncated header ...
            raise UnreadableError(f"the file looks like {what} but cannot be decoded") from e
        n = int(getattr(im, "n_frames", 1))
        _check_pages(n, limits)
        for k in range(n):
            try:
                im.seek(k)
                w, h = im.size
                _check_pixels(w, h, limits, f"page {k + 1} of the image")
                frame = _ink(im)
            except (ImageTooLargeError, TooManyPagesError):
                raise
            except Exception as e:  # a truncated or corrupt image, a DecompressionBombWarning
                raise UnreadableError(f"{what}, page {k + 1}, cannot be decoded: {e}") from e
            dpi = im.info.get("dpi", (0, 0))[0] if isinstance(im.info.get("dpi"), tuple) else 0
            if not 100 <= float(dpi or 0) <= 1200:
                # No usable resolution (photos, screenshots): take the page for A4.
                dpi = min(w, h) / _A4_SHORT_INCHES
            yield frame, w * 72 / float(dpi)


def ocr_image_file(
    data: bytes, limits: OcrLimits, result: OcrResult, what: str = "an image"
) -> list[Page]:
    """OCR every page of a PNG, JPEG or TIFF file."""
    pages: list[Page] = []
    frames = _frames(data, what, limits)
    first = next(frames, None)  # the header checks come before the engine's
    if first is None:
        return pages
    _api()
    for k, (frame, width_pt) in enumerate(itertools.chain([first], frames)):
        pages.append(ocr_image(frame, width_pt, limits, result))
        result.pages.append(k + 1)
    return pages


__all__ = [
    "DEFAULT_LIMITS",
    "OCR_MODES",
    "OcrLimits",
    "OcrMode",
    "OcrResult",
    "available",
    "image_pages",
    "ocr_image_file",
    "ocr_pdf_pages",
    "read_image",
    "tessdata_dir",
    "tsv_segments",
]


def read_image(data: bytes, what: str = "an image", limits: OcrLimits | None = None) -> Document:
    """A PNG, JPEG or TIFF page image (or pages) read by OCR and laid out as a PDF's pages."""
    result = OcrResult()
    pages = ocr_image_file(data, limits or DEFAULT_LIMITS, result, what)
    text, paragraphs, origins = layout_pages(pages)
    return Document(
        text=text,
        format="image",
        notes=[result.note()],
        paragraph_lines=paragraphs,
        blank_separated=not paragraphs,
        origins=origins,
        origin_kind="page" if origins else None,
    )
