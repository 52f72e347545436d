"""PDF: text with positions from pypdfium2 (default) or pdfplumber, then layout analysis.

pypdfium2 (already installed as pdfplumber's own dependency) gives the text rectangles of a
page — runs of text with their boxes — at about a millisecond per page; pdfplumber gives the
same characters and boxes at about fifty. Both feed ``vnplan.readers.layout``, so the two
engines give the same text and the same ``Plan``.

Pages that are images of text (a scan, or a text PDF whose signature page was scanned) and
pages whose fonts have no usable Unicode map (``SỞ CÔNG THƯƠNG`` extracted as
``6Ӣ CÔNG 7+ѬѪ1*``) are OCR'd (``vnplan.readers.ocr``) and laid out by the same code; with
``ocr="never"`` they raise ``NoTextLayerError`` and ``BrokenTextLayerError`` rather
than returning nothing or garbage. One that needs a password raises ``EncryptedError``.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import itertools
import re
from dataclasses import dataclass
from typing import Any, Literal

import regex

from vnplan.catalogue import WarningCode
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
from vnplan.readers.layout import Page, Segment, layout_pages
from vnplan.readers.ocr import (
    DEFAULT_LIMITS,
    OcrLimits,
    OcrMode,
    OcrResult,
    image_pages,
    ocr_pdf_pages,
)
from vnplan.readers.pdfscan import check_pdf
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
            # rectangle). get_index costs a pass over the page per rectangle: on a page where
            # that would be quadratic (thousands of boxes), and where the starts it gives are
            # out of order, each rectangle takes the run of characters that lie in it instead.
            runs: list[tuple[int, int]] | None = None
            if len(rects) * count > _MAX_BOX_CHAR_PASSES:
                runs = _char_runs(raw, tp, count, rects)
                starts: list[Any] = [a for a, _ in runs]
            else:
                starts = [
                    tp.get_index(left + 0.5, (bottom + top) / 2, 2, 2)
                    for left, bottom, right, top in rects
                ]
                ordered = all(isinstance(k, int) and k >= 0 for k in starts) and all(
                    a < b for a, b in itertools.pairwise(starts)
                )
                if not ordered:
                    # Boxes whose positions disagree with the character order (text drawn
                    # over text): each character still goes to one box, once, so the layout
                    # repeats no syllable that pdfium's own text has once.
                    runs = _char_runs(raw, tp, count, rects)
                    starts = [a for a, _ in runs]
            page_text = _PageText(tp, rects, starts, runs, full, count, height)
            segs, hidden = _segments(page_text, drop_invisible=True)
            if hidden and not segs:
                # Only invisible text: an OCR layer over a scan, which is the page's text.
                segs, _ = _segments(page_text, drop_invisible=False)
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


#: Rectangles × characters of a page above which its text is read in one pass (see
#: _char_runs): real pages stay far below (500 rectangles × 5,000 characters).
_MAX_BOX_CHAR_PASSES = 20_000_000


def _char_runs(raw: Any, tp: Any, count: int, rects: list[Any]) -> list[tuple[int, int]]:
    """Each rectangle's characters ``(start, end)``: the rectangle takes, in page order, the
    characters whose centre lies in it from where the last one stopped (pdfium makes the
    rectangles of runs of characters, in order). Linear in characters and rectangles."""
    left, right = ctypes.c_double(), ctypes.c_double()
    bottom, top = ctypes.c_double(), ctypes.c_double()
    out: list[tuple[int, int]] = []
    k = 0
    for r, (x0, y0, x1, y1) in enumerate(rects):
        start = k
        if r == len(rects) - 1:
            k = count
        while k < count:
            ok = raw.FPDFText_GetCharBox(
                tp.raw, k, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom),
                ctypes.byref(top),
            )  # fmt: skip
            cx = (left.value + right.value) / 2
            cy = (bottom.value + top.value) / 2
            inside = x0 - 0.5 <= cx <= x1 + 0.5 and y0 - 0.5 <= cy <= y1 + 0.5
            if ok and not inside:
                if k > start:
                    break
                start = k + 1  # a character of no rectangle (a line break pdfium made)
            k += 1
        out.append((start, k))
    return out


@dataclass(frozen=True, slots=True)
class _PageText:
    """What pdfium says of one page's text: its rectangles, where each one's characters start
    (or, when those are out of order or the page is dense, each one's run of characters) and
    the page's text."""

    tp: Any
    rects: list[tuple[float, float, float, float]]
    starts: list[Any]
    runs: list[tuple[int, int]] | None
    full: str
    count: int
    height: float


def _segments(page: _PageText, *, drop_invisible: bool) -> tuple[list[Segment], int]:
    """The text rectangles of a page as segments, and how many invisible ones were dropped."""
    import pypdfium2.raw as raw

    tp, starts, full, height = page.tp, page.starts, page.full, page.height
    name_buf = ctypes.create_string_buffer(96)
    segs: list[Segment] = []
    hidden = 0
    for r, (left, bottom, right, top) in enumerate(page.rects):
        if page.runs is not None:
            text = full[page.runs[r][0] : page.runs[r][1]]
        else:  # in order: each box's text runs to where the next box's starts
            end = starts[r + 1] if r + 1 < len(starts) else page.count
            text = full[starts[r] : end]
        raw_text = text.translate(_PDFIUM_CHARS)
        text = raw_text.strip()
        if text and raw_text[-1:].isspace():
            # The rectangle takes in the word space after it ("Kiểm " / "tra,"):
            # keep one, as the next rectangle starts right where this one ends.
            text += " "
        if text and raw_text[:1].isspace():
            # Or the one before it, after a run in another font ("Kiên Giang" in bold,
            # " chỉ đạo ..." not): keep that one too.
            text = " " + text
        if text:
            k = starts[r]
            if drop_invisible and isinstance(k, int) and k >= 0 and _invisible(raw, tp.raw, k):
                hidden += 1
                continue
            bold = isinstance(k, int) and k >= 0 and _is_bold(raw, tp.raw, k, name_buf)
            segs.append(Segment(text, left, right, height - top, height - bottom, bold))
    return segs, hidden


_INVISIBLE_MODE = 3  # FPDF_TEXTRENDERMODE_INVISIBLE


def _invisible(raw: Any, textpage: Any, index: int) -> bool:
    """Text drawn in render mode 3 (neither filled nor stroked): words in the text layer that
    the page does not show (a signing system's hidden data, a search layer)."""
    obj = raw.FPDFText_GetTextObject(textpage, index)
    return bool(obj) and raw.FPDFTextObj_GetTextRenderMode(obj) == _INVISIBLE_MODE


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


_WORD = regex.compile(r"\p{L}{2,}")
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_PLAIN = str.maketrans("đĐ", "dD")


def syllable_share(text: str) -> tuple[float, int]:
    """Share of the words (runs of two or more letters) that are Vietnamese syllables in
    form (an initial consonant, one to three vowels, a final), and how many words there are.
    A Vietnamese plan scores well above 0.8 (its abbreviations and names are the rest); the
    text of a font whose Unicode map is wrong but Latin (``Nh krdfk`` for ``Ke hoach``) well
    below one half."""
    import unicodedata

    words = _WORD.findall(text)
    if not words:
        return 1.0, 0
    good = 0
    for w in words:
        plain = "".join(
            c
            for c in unicodedata.normalize("NFD", w.translate(_PLAIN))
            if not unicodedata.combining(c)
        ).lower()
        if _SYLLABLE.fullmatch(plain):
            good += 1
    return good / len(words), len(words)


#: Below this share of Vietnamese syllables (over at least _MIN_WORDS words) a PDF's text is
#: not language: a font's map sends glyphs to the wrong letters.
MIN_SYLLABLE_SHARE = 0.5
_MIN_WORDS = 40


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
    ``NoTextLayerError`` or ``BrokenTextLayerError`` as those pages need OCR."""
    check_pdf(data)  # before pdfium or pdfminer run: they cannot be stopped once they do
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
    notes: list[tuple[WarningCode, str]] = []
    with contextlib.suppress(Exception):  # a table the finder cannot read stays as lines
        apply_tables(data, text_pages)
    text, paragraphs, origins = layout_pages(text_pages)
    share = garbled_share(text)
    syllables, words = syllable_share(text)
    if chars and (
        share > 0.02
        or sum(map_errors) > 0.05 * chars
        or (words >= _MIN_WORDS and syllables < MIN_SYLLABLE_SHARE)
    ):
        sample = " ".join(text.split()[:6])
        if ocr == "never":
            raise BrokenTextLayerError(
                f"the PDF's text layer is garbled (fonts without a usable Unicode map, or one "
                f"that maps glyphs to the wrong letters; it reads {sample!r}): run OCR on "
                "the page images instead (ocr='auto')"
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
            text, paragraphs, origins = layout_pages(text_pages)
            notes.append(result.note())
    return Document(
        text=text,
        format="pdf",
        notes=notes,
        paragraph_lines=paragraphs,
        blank_separated=not paragraphs,
        origins=origins,
        origin_kind="page" if origins else None,
    )


def pdf_engines() -> tuple[str, ...]:
    return ("pdfium", "pdfplumber")


__all__: list[Any] = ["PdfEngine", "garbled_share", "pdf_engines", "read_pdf"]
