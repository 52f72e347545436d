"""PDF: text with positions from pypdfium2 (default) or pdfplumber, then layout analysis.

pypdfium2 (already installed as pdfplumber's own dependency) gives the text rectangles of a
page — runs of text with their boxes — at about a millisecond per page; pdfplumber gives the
same characters and boxes at about fifty. Both feed :mod:`vnplan.readers.layout`, so the two
engines give the same text and the same ``Plan``.

Pages that are images of text (a scan, or a text PDF whose signature page was scanned) and
pages whose fonts have no usable Unicode map (``SỞ CÔNG THƯƠNG`` extracted as
``6Ӣ CÔNG 7+ѬѪ1*``) are OCR'd (:mod:`vnplan.readers.ocr`) and laid out by the same code; with
``ocr="never"`` they raise :class:`NoTextLayerError` and :class:`BrokenTextLayerError` rather
than returning nothing or garbage. One that needs a password raises :class:`EncryptedError`.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import itertools
import re
from typing import Any, Literal

import regex

from vnplan.errors import (
    BrokenTextLayerError,
    EncryptedError,
    NoTextLayerError,
    OcrUnavailableError,
    TooLargeError,
    UnreadableError,
    VnplanError,
)
from vnplan.readers.base import Document
from vnplan.readers.layout import Page, Segment, layout
from vnplan.readers.ocr import (
    DEFAULT_LIMITS,
    OcrLimits,
    OcrMode,
    OcrResult,
    image_pages,
    ocr_pdf_pages,
)
from vnplan.readers.pdftables import apply_tables

# pdfium marks a hyphen that ends a line as U+FFFE or U+0002: it is the text's own hyphen
# ("1472/KH-" / "CĐNH"), as Vietnamese hyphenates no words.
_PDFIUM_CHARS = str.maketrans({"\r": " ", "\n": " ", "\ufffe": "-", "\x02": "-"})

PdfEngine = Literal["pdfium", "pdfplumber"]
#: Most pages read from one PDF (a guard against page-count bombs).
DEFAULT_MAX_PAGES = 2000


def _pdfium_pages(data: bytes, max_pages: int) -> tuple[list[Page], list[int]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise EncryptedError("the PDF is encrypted and needs a password") from e
        raise UnreadableError(f"corrupt PDF: {msg}") from e
    pages: list[Page] = []
    map_errors: list[int] = []  # per page
    name_buf = ctypes.create_string_buffer(96)
    try:
        n = len(pdf)
        if n > max_pages:
            raise TooLargeError(f"the PDF has {n} pages, over the limit of {max_pages}")
        for i in range(n):
            try:
                page = pdf[i]
                width, height = page.get_size()
                tp = page.get_textpage()
            except pdfium.PdfiumError as e:
                raise UnreadableError(f"corrupt PDF: page {i + 1} cannot be read ({e})") from e
            count = tp.count_chars()
            full = tp.get_text_range(0, count) if count else ""
            rects = [tp.get_rect(r) for r in range(tp.count_rects())]
            # Rectangles come in character order: each one's text is the page text from its
            # first character to the next one's (one call for the page instead of one per
            # rectangle); if positions disagree, ask pdfium for the bounded text instead.
            starts = [
                tp.get_index(left + 0.5, (bottom + top) / 2, 2, 2)
                for left, bottom, right, top in rects
            ]
            ordered = all(isinstance(k, int) and k >= 0 for k in starts) and all(
                a < b for a, b in itertools.pairwise(starts)
            )
            segs: list[Segment] = []
            for r, (left, bottom, right, top) in enumerate(rects):
                if ordered:
                    end = starts[r + 1] if r + 1 < len(starts) else count
                    text = full[starts[r] : end]
                else:
                    text = tp.get_text_bounded(left, bottom, right, top)
                raw_text = text.translate(_PDFIUM_CHARS)
                text = raw_text.strip()
                if text and raw_text[-1:].isspace():
                    # The rectangle takes in the word space after it ("Kiểm " / "tra,"):
                    # keep one, as the next rectangle starts right where this one ends.
                    text += " "
                if text:
                    k = starts[r]
                    bold = isinstance(k, int) and k >= 0 and _is_bold(raw, tp.raw, k, name_buf)
                    segs.append(Segment(text, left, right, height - top, height - bottom, bold))
            # Characters whose font maps glyphs to no real Unicode (a sparse sample).
            step = max(1, count // 24)
            map_errors.append(
                sum(raw.FPDFText_HasUnicodeMapError(tp.raw, k) == 1 for k in range(0, count, step))
                * step
            )
            pages.append(Page(width, height, segs))
            tp.close()
            page.close()
    finally:
        pdf.close()
    return pages, map_errors


def _is_bold(raw: Any, textpage: Any, index: int, buf: Any) -> bool:
    """Bold by weight or, as pdfium often reports 400 for bold fonts, by the font's name."""
    if raw.FPDFText_GetFontWeight(textpage, index) >= 600:
        return True
    flags = ctypes.c_int()
    n = raw.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    return n > 0 and b"bold" in buf.value.lower()


def _pdfplumber_pages(data: bytes, max_pages: int) -> tuple[list[Page], list[int]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    pages: list[Page] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > max_pages:
                raise TooLargeError(
                    f"the PDF has {len(pdf.pages)} pages, over the limit of {max_pages}"
                )
            for page in pdf.pages:
                words = page.extract_words(
                    keep_blank_chars=False,
                    use_text_flow=False,
                    x_tolerance=1.5,
                    y_tolerance=3,
                    extra_attrs=["fontname"],
                )
                segs = [
                    Segment(
                        w["text"],
                        float(w["x0"]),
                        float(w["x1"]),
                        float(w["top"]),
                        float(w["bottom"]),
                        "bold" in str(w["fontname"]).lower(),
                    )
                    for w in words
                ]
                pages.append(Page(float(page.width), float(page.height), segs))
    except PDFPasswordIncorrect as e:
        raise EncryptedError("the PDF is encrypted and needs a password") from e
    except PDFSyntaxError as e:
        raise UnreadableError(f"corrupt PDF: {e}") from e
    except VnplanError:
        raise
    except Exception as e:
        # pdfplumber wraps pdfminer's errors: look down the chain for a password error.
        cur: BaseException | None = e
        while cur is not None:
            if isinstance(cur, PDFPasswordIncorrect) or any(
                isinstance(a, PDFPasswordIncorrect) for a in cur.args
            ):
                raise EncryptedError("the PDF is encrypted and needs a password") from e
            cur = cur.__cause__ or cur.__context__
        raise UnreadableError(f"corrupt PDF: {type(e).__name__}: {e}") from e
    return pages, [0] * len(pages)


_CID = re.compile(r"\(cid:\d+\)")


_FOREIGN = regex.compile(r"[\u0370-\u058F\uE000-\uF8FF]|\p{Lo}")
_NOT_LETTER = regex.compile(r"\P{L}+")


def garbled_share(text: str) -> float:
    """Share of letters that no Vietnamese text contains (Greek, Cyrillic, Armenian, private
    use, other scripts' letters), or of glyphs pdfminer could not map (``(cid:54)``): the mark
    of a font whose glyphs were extracted without a Unicode map."""
    cids = len(_CID.findall(text))
    if cids:
        return cids / max(1, cids + len(_CID.sub("", text).split()))
    letters = len(_NOT_LETTER.sub("", text))
    return len(_FOREIGN.findall(text)) / letters if letters else 0.0


def _garbled(page: Page, map_errors: int) -> bool:
    chars = sum(len(s.text.strip()) for s in page.segments)
    text = " ".join(s.text for s in page.segments)
    return chars > 0 and (garbled_share(text) > 0.02 or map_errors > 0.05 * chars)


def read_pdf(
    data: bytes,
    *,
    engine: PdfEngine = "pdfium",
    max_pages: int = DEFAULT_MAX_PAGES,
    ocr: OcrMode = "auto",
    ocr_limits: OcrLimits | None = None,
) -> Document:
    """Read a PDF's text layer, laid out as one paragraph per line.

    ``ocr``: ``"auto"`` OCRs the pages that are images of text and, when the text layer is
    garbled, the pages it garbles; ``"always"`` OCRs every page; ``"never"`` raises
    :class:`NoTextLayerError` or :class:`BrokenTextLayerError` as those pages need OCR."""
    if engine == "pdfplumber":
        pages, map_errors = _pdfplumber_pages(data, max_pages)
    elif engine == "pdfium":
        pages, map_errors = _pdfium_pages(data, max_pages)
    else:
        raise ValueError(f"unknown PDF engine {engine!r}")
    todo: set[int] = set()
    if ocr == "always":
        todo = set(range(len(pages)))
    elif ocr == "auto":
        todo = set(image_pages(data, pages))
    text_pages = [Page(p.width, p.height, []) if i in todo else p for i, p in enumerate(pages)]
    chars = sum(len(s.text.strip()) for p in text_pages for s in p.segments)
    if chars == 0 and not todo:
        raise NoTextLayerError(
            f"the PDF has no text layer ({len(pages)} page(s) of images, a scan?): "
            + ("OCR is off (ocr='never')" if ocr == "never" else "run OCR on it first")
        )
    notes: list[tuple[str, str]] = []
    with contextlib.suppress(Exception):  # a table the finder cannot read stays as lines
        apply_tables(data, text_pages)
    text, paragraphs = layout(text_pages)
    share = garbled_share(text)
    if chars and (share > 0.02 or sum(map_errors) > 0.05 * chars):
        sample = " ".join(text.split()[:6])
        if ocr == "never":
            raise BrokenTextLayerError(
                f"the PDF's text layer is garbled (fonts without a usable Unicode map; "
                f"it reads {sample!r}): run OCR on the page images instead (ocr='auto')"
            )
        bad = {i for i, p in enumerate(text_pages) if _garbled(p, map_errors[i])}
        bad = bad or {i for i, p in enumerate(text_pages) if p.segments}
        notes.append(("garbled_text_layer", f"the text layer is garbled ({sample!r}): OCR'd"))
        for i in bad:
            text_pages[i] = Page(text_pages[i].width, text_pages[i].height, [])
        todo |= bad
    if todo:
        result = OcrResult()
        try:
            done = ocr_pdf_pages(data, sorted(todo), ocr_limits or DEFAULT_LIMITS, result)
        except OcrUnavailableError as e:
            if notes or not any(p.segments for p in text_pages):
                raise  # nothing (or only garbage) to read without OCR
            pages_ = ", ".join(str(i + 1) for i in sorted(todo))
            notes.append(("ocr_unavailable", f"page(s) {pages_} are images, not read: {e}"))
        else:
            text_pages = [done.get(i, p) for i, p in enumerate(text_pages)]
            text, paragraphs = layout(text_pages)
            notes.append(result.note())
    return Document(
        text=text,
        format="pdf",
        notes=notes,
        paragraph_lines=paragraphs,
        blank_separated=not paragraphs,
    )


def pdf_engines() -> tuple[str, ...]:
    return ("pdfium", "pdfplumber")


__all__: list[Any] = ["PdfEngine", "garbled_share", "pdf_engines", "read_pdf"]
