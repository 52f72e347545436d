"""PDFs as real software writes them (made with reportlab at test time): every variant gives
the plan the plain one gives, and the layout step neither repeats nor loses words."""

from __future__ import annotations

import collections
import unicodedata
from pathlib import Path

import pytest

import vnplan

pytest.importorskip("reportlab", reason="reportlab makes the PDFs (pip install '.[dev]')")

from tests.pdf_software import VARIANTS, make_all

FIELDS = ("number", "issuer", "place", "date", "title", "recipients", "signatories")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("software"))


def _facts(path: Path) -> dict[str, object]:
    d = vnplan.parse(path).model_dump(mode="json")
    out: dict[str, object] = {}
    for k in FIELDS:
        v = d[k]
        if isinstance(v, dict):
            v = {a: b for a, b in v.items() if a != "span"}
        elif isinstance(v, list):
            v = [{a: b for a, b in x.items() if a not in ("span", "chain")} for x in v]
        out[k] = v
    out["assignments"] = [(a["unit"]["name"], len(a["tasks"])) for a in d["assignments"]]
    return out


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "plain"])
def test_software_variants_give_the_plain_plan(pdfs: dict[str, Path], variant: str) -> None:
    assert _facts(pdfs[variant]) == _facts(pdfs["plain"])


def test_the_plain_plan_is_read_right(pdfs: dict[str, Path]) -> None:
    got = _facts(pdfs["plain"])
    assert got["number"] == {
        "raw": "230/KH-SNV",
        "number": "230",
        "notation": "KH-SNV",
        "type_code": "KH",
        "year": None,
        "style": "state",
    }
    assert (got["place"], got["date"]) == ("Hà Giang", "2026-03-14")
    assert got["assignments"] == [("Phòng Cải cách hành chính", 2), ("Văn phòng Sở", 1)]


def _words(text: str) -> collections.Counter[str]:
    return collections.Counter(unicodedata.normalize("NFC", w) for w in text.split())


@pytest.mark.parametrize("variant", ["plain", "fakebold", "headerlast", "esign"])
def test_layout_words_are_the_raw_text_words(pdfs: dict[str, Path], variant: str) -> None:
    """An invariant for every PDF: what the layout step writes is pdfium's own text, each word
    once (no syllable repeated, none dropped), whatever order it arranges them in."""
    import pypdfium2 as pdfium

    from vnplan.readers import read_bytes

    data = pdfs[variant].read_bytes()
    pdf = pdfium.PdfDocument(data)
    raw = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert _words(read_bytes(data).text) == _words(raw)


def test_layout_words_are_the_raw_text_words_of_a_plain_export(tmp_path: Path) -> None:
    """The same invariant on pages of one text object per line, where pdfium places some
    rectangles at no character (its index lookup fails) and the characters are shared out
    to the rectangles in one pass: the line breaks pdfium adds belong to none of them."""
    import pypdfium2 as pdfium

    from tests.pdf_software import make_pages
    from vnplan.readers import read_bytes

    lines = [
        "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
        "Số: 31/KH-UBND",
        "- Chủ động ứng phó với thiên tai.",
        "- Bảo đảm an toàn cho Nhân dân.",
    ]
    path = tmp_path / "export.pdf"
    make_pages(str(path), [lines * 3, lines])
    data = path.read_bytes()
    pdf = pdfium.PdfDocument(data)
    raw = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert _words(read_bytes(data).text) == _words(raw)


def test_text_the_page_does_not_show_is_left_out(pdfs: dict[str, Path]) -> None:
    from vnplan.readers import read_bytes

    assert "chữ ký số" not in read_bytes(pdfs["invisible"].read_bytes()).text


def _corpus_pdfs() -> list[Path]:
    from tests.conftest import ROOT, SHARED

    # Not corpora/heldout: no test reads a set that waits to be scored once.
    found = sorted((ROOT / "corpora").glob("*/docs/*.pdf"))
    return found + sorted((SHARED / "corpus" / "docs").glob("*.pdf"))


@pytest.mark.parametrize("path", _corpus_pdfs(), ids=lambda p: p.name)
def test_layout_words_are_the_raw_text_words_of_every_corpus_pdf(path: Path) -> None:
    """The invariant on every real and made-up PDF the corpora hold (LibreOffice exports with
    bold runs, tables, two-column headers): no word joined, split, repeated or dropped."""
    import pypdfium2 as pdfium

    from vnplan.errors import VnplanError
    from vnplan.readers import read_bytes

    data = path.read_bytes()
    try:
        text = read_bytes(data, ocr="never").text
    except VnplanError:
        pytest.skip("no usable text layer (a scan or a garbled font): OCR's case")
    from vnplan.readers.pdf import _PDFIUM_CHARS

    pdf = pdfium.PdfDocument(data)
    raw = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    raw = raw.translate(_PDFIUM_CHARS)  # pdfium's soft hyphens and line breaks, as read
    ours, theirs = _words(text), _words(raw)
    assert ours - theirs == collections.Counter()  # nothing joined, split or repeated
    dropped = theirs - ours
    if dropped:
        # Only a task table's header row, repeated on each page, is left out after its
        # first time: whole copies of one row of the text.
        rows = [_words(line) for line in text.splitlines() if "\t" in line]
        assert any(
            set(row) == set(dropped) and len({dropped[w] / row[w] for w in row}) == 1
            for row in rows
        ), dropped
