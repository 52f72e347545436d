"""OCR: scanned PDFs, PDFs with a scanned last page, a garbled text layer (c007), images.

The fixtures (tests/data/seed-004-scan.pdf, -lastscan.pdf, -scan.tiff, -photo.jpg) were made
from seed-004.pdf, which LibreOffice printed, by tests/data/make_fixtures.py. Tests that run
Tesseract skip, saying what is missing, when it is not installed (CI installs it).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import vnplan
from tests.conftest import shared_path
from vnplan.readers import ocr, sniff
from vnplan.readers.layout import Page, layout

DATA = Path(__file__).parent / "data"
MISSING = ocr.available()
needs_ocr = pytest.mark.skipif(MISSING is not None, reason=f"no OCR here: {MISSING}")


def _key(plan: vnplan.Plan) -> tuple[object, ...]:
    return (
        plan.kind,
        plan.doc_type,
        plan.issuer.name if plan.issuer else None,
        plan.issuer.parent if plan.issuer else None,
        plan.place,
        [(s.authority, s.position, s.name) for s in plan.signatories],
        # The recipients but the archive's ("Lưu: VT, TTKHCN" is read "Lưu: VI, ...").
        [r.text for r in plan.recipients][:-1],
        len(plan.recipients),
    )


@pytest.fixture(scope="module")
def text_plan() -> vnplan.Plan:
    return vnplan.parse(DATA / "seed-004.pdf")


def _ocr_warning(plan: vnplan.Plan) -> str:
    (w,) = [w for w in plan.warnings if w.code == "ocr"]
    return w.message


# -- without Tesseract ------------------------------------------------------------------------


def test_tesseract_words_go_through_the_pdf_layout_code() -> None:
    # Two columns (issuer | motto) on one line, then a paragraph the page width wrapped.
    tsv = "\n".join(
        "\t".join(str(c) for c in row)
        for row in [
            (5, 1, 1, 1, 1, 1, 100, 100, 60, 20, 96, "BỘ"),
            (5, 1, 1, 1, 1, 2, 170, 102, 90, 18, 95, "CÔNG"),
            (5, 1, 1, 1, 1, 3, 270, 100, 50, 20, 95, "AN"),
            (5, 1, 2, 1, 1, 1, 900, 101, 200, 20, 91, "ĐỘC"),
            (5, 1, 2, 1, 1, 2, 1120, 100, 100, 20, 92, "LẬP"),
            (5, 1, 3, 1, 1, 1, 100, 300, 1450, 20, 90, "Một"),
            (5, 1, 3, 1, 2, 1, 100, 340, 300, 20, 90, "hai."),
        ]
    )
    segs, confs = ocr.tsv_segments(tsv, 0.36)  # 200 dpi: 0.36 points a pixel
    assert len(segs) == 7 and confs[0] == 96
    text, _ = layout([Page(612, 792, segs)])
    assert text.split("\n")[:4] == ["", "BỘ CÔNG AN", "", "ĐỘC LẬP"]
    assert text.rstrip().endswith("Một hai.")


def test_images_are_chosen_by_magic_bytes() -> None:
    assert sniff((DATA / "seed-004-photo.jpg").read_bytes())[0] == "image"
    assert sniff((DATA / "seed-004-scan.tiff").read_bytes()) == ("image", "a TIFF image")
    assert sniff(b"\x89PNG\r\n\x1a\n" + bytes(8)) == ("image", "a PNG image")
    with pytest.raises(vnplan.UnsupportedFormatError, match="ocr='never'"):
        vnplan.parse(DATA / "seed-004-photo.jpg", ocr="never")
    with pytest.raises(vnplan.NoTextLayerError, match="OCR"):
        vnplan.parse(DATA / "seed-004-scan.pdf", ocr="never")
    with pytest.raises(ValueError, match="ocr"):
        vnplan.parse(DATA / "seed-004.pdf", ocr="sometimes")


def test_a_missing_engine_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setitem(sys.modules, "tesserocr", None)  # import fails
    with pytest.raises(vnplan.OcrUnavailableError, match=r"pip install 'vnplan\[ocr\]'"):
        vnplan.parse(DATA / "seed-004-scan.pdf")
    monkeypatch.delitem(sys.modules, "tesserocr")
    pytest.importorskip("tesserocr")
    monkeypatch.setattr(ocr, "tessdata_dir", lambda: None)
    with pytest.raises(vnplan.OcrUnavailableError, match="apt-get install tesseract-ocr-vie"):
        vnplan.parse(DATA / "seed-004-photo.jpg")


def test_a_missing_engine_leaves_a_scanned_last_page_unread(
    monkeypatch: pytest.MonkeyPatch, text_plan: vnplan.Plan
) -> None:
    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setitem(sys.modules, "tesserocr", None)
    plan = vnplan.parse(DATA / "seed-004-lastscan.pdf")
    assert plan.title == text_plan.title and not plan.signatories
    assert any(w.code == "ocr_unavailable" and "page(s) 4" in w.message for w in plan.warnings)


def test_pixel_limit_is_checked_before_decoding() -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (8000, 8000), 1).save(buf, "PNG")  # 64 Mpx in a few kB
    with pytest.raises(vnplan.ImageTooLargeError, match="pixels"):
        vnplan.parse(buf.getvalue())
    small = vnplan.OcrLimits(max_pixels=1000)
    with pytest.raises(vnplan.ImageTooLargeError):
        vnplan.parse(DATA / "seed-004-photo.jpg", ocr_limits=small)
    # A scanned PDF's pages are measured when they are rendered for OCR: with no OCR binding
    # the parse stops earlier, with the error that says what to install.
    raises = (
        pytest.raises(vnplan.ImageTooLargeError, match="page 1 at 300 dpi")
        if ocr.available() is None
        else pytest.raises(vnplan.OcrUnavailableError)
    )
    with raises:
        vnplan.parse(DATA / "seed-004-scan.pdf", ocr_limits=small)


def test_page_limit() -> None:
    limits = vnplan.OcrLimits(max_pages=1)
    with pytest.raises(vnplan.TooManyPagesError, match="2 pages"):
        vnplan.parse(DATA / "seed-004-scan.tiff", ocr_limits=limits)
    with pytest.raises(vnplan.TooManyPagesError, match="4 pages"):
        vnplan.parse(DATA / "seed-004-scan.pdf", ocr_limits=limits)


# -- with Tesseract ---------------------------------------------------------------------------


@needs_ocr
def test_a_scanned_pdf_parses_as_its_text_pdf(text_plan: vnplan.Plan) -> None:
    plan = vnplan.parse(DATA / "seed-004-scan.pdf")
    assert _key(plan) == _key(text_plan)
    assert plan.source_format == "pdf"
    msg = _ocr_warning(plan)
    assert "page(s) 1-4" in msg and "mean word confidence" in msg


@needs_ocr
def test_auto_reads_only_the_scanned_last_page(text_plan: vnplan.Plan) -> None:
    plan = vnplan.parse(DATA / "seed-004-lastscan.pdf")
    assert _key(plan) == _key(text_plan) and plan.title == text_plan.title
    assert "page(s) 4;" in _ocr_warning(plan)
    assert not vnplan.parse(DATA / "seed-004-lastscan.pdf", ocr="never").signatories


@needs_ocr
def test_images_multipage_tiff_and_a_phone_photo(text_plan: vnplan.Plan) -> None:
    tiff = vnplan.parse(DATA / "seed-004-scan.tiff")  # the last two pages
    assert tiff.source_format == "image" and "page(s) 1-2" in _ocr_warning(tiff)
    assert [(s.position, s.name) for s in tiff.signatories] == [
        (s.position, s.name) for s in text_plan.signatories
    ]
    photo = vnplan.parse(DATA / "seed-004-photo.jpg")  # page 1, turned 0.8°, 150 dpi
    assert photo.issuer is not None and text_plan.issuer is not None
    assert (photo.issuer.name, photo.issuer.parent) == (
        text_plan.issuer.name,
        text_plan.issuer.parent,
    )
    assert photo.title == text_plan.title


@needs_ocr
def test_time_per_page_is_bounded() -> None:
    with pytest.raises(vnplan.OcrTimeoutError):
        vnplan.parse(DATA / "seed-004-photo.jpg", ocr_limits=vnplan.OcrLimits(page_seconds=0.001))


@needs_ocr
def test_a_garbled_text_layer_is_ocr_d() -> None:
    # corpus c007: "SỞ CÔNG THƯƠNG" in its text layer reads "6Ӣ CÔNG 7+ѬѪ1*".
    plan = vnplan.parse(shared_path("corpus/docs/c007.pdf"))
    codes = [w.code for w in plan.warnings]
    assert "garbled_text_layer" in codes and "ocr" in codes
    assert plan.kind == "plan" and plan.doc_type == "KẾ HOẠCH"
    assert plan.place == "Lào Cai" and str(plan.date) == "2026-03-10"


def test_roman_heading_numbers_tesseract_misreads() -> None:
    fixed = [ocr._roman(w) for w in ("HI.", "VH.", "Il.", "II.", "11.", "VHI.", "Hà")]
    assert fixed == ["III.", "VII.", "II.", "II.", "11.", "VIII.", "Hà"]


def test_known_phrases_get_their_marks_back() -> None:
    words = ["-", "Lưu:", "VT,", "KT.", "CHU", "TỊCH"]
    assert ocr._known_phrases(words) == ["-", "Lưu:", "VT,", "KT.", "CHỦ", "TỊCH"]
    assert ocr._known_phrases(["PHÓ", "CHỦ", "TICH"]) == ["PHÓ", "CHỦ", "TỊCH"]
    assert ocr._known_phrases(["KÉ", "HOẠCH"]) == ["KẾ", "HOẠCH"]
    assert ocr._known_phrases(["Chu", "tich"]) == ["Chu", "tich"]  # upper case only


@needs_ocr
def test_batch_gives_ocr_d_pages_their_own_time(tmp_path: Path) -> None:
    from vnplan.batch import convert

    # The scanned last page takes about a second of Tesseract: over the 0.8 s timeout, within
    # timeout + ocr_budget(1).
    s = convert([DATA / "seed-004-lastscan.pdf"], tmp_path / "out", workers=1, timeout=0.8)
    assert (s.done, s.failed) == (1, 0)
