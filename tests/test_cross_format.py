"""The same plan gives the same fields whichever format it arrives in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vnplan
from tests.conftest import CORPORA, ROOT, SHARED
from vnplan.evaluate import gold_view, load_gold, score

DATA = ROOT / "tests" / "data"
VARIANTS = [
    (seed, f"{stem}{suffix}", engine)
    for seed, stem in (("seed-003", "seed-003"), ("seed-004", "seed-004"))
    for suffix in (".docx", "-autonum.docx", ".pdf", "-autonum.pdf")
    for engine in (("pdfium", "pdfplumber") if suffix.endswith(".pdf") else ("pdfium",))
]


@pytest.mark.parametrize(("seed", "name", "engine"), VARIANTS)
def test_docx_and_pdf_renderings_match_gold(seed: str, name: str, engine: str) -> None:
    gold = load_gold(CORPORA / "gold" / f"{seed}.json")
    plan = vnplan.parse(DATA / name, pdf_engine=engine)
    s = score(gold, plan.model_dump(mode="json"))
    assert s.misses == []


@pytest.mark.parametrize("seed", ["seed-003", "seed-004"])
def test_same_fields_as_the_text(seed: str) -> None:
    gold = load_gold(CORPORA / "gold" / f"{seed}.json")
    text_plan = vnplan.parse(CORPORA / "seeds" / Path(gold["source"]).name)
    keys = [k for k in gold if k != "source"]
    as_gold = {k: gold_view(text_plan.model_dump(mode="json"))[k] for k in keys}
    for ext in (".docx", ".pdf"):
        other = vnplan.parse(DATA / f"{seed}{ext}").model_dump(mode="json")
        s = score(as_gold, other)
        assert s.fully_correct, (ext, s.misses)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("ext", ["doc", "rtf", "odt"])
def test_legacy_formats_through_libreoffice(ext: str) -> None:
    gold = load_gold(CORPORA / "gold" / "seed-004.json")
    plan = vnplan.parse(DATA / f"seed-004.{ext}")
    assert plan.source_format == ext
    assert score(gold, plan.model_dump(mode="json")).misses == []


def test_doc_without_libreoffice_names_the_tool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(vnplan.UnsupportedFormatError, match="LibreOffice"):
        vnplan.parse(DATA / "seed-004.doc")


def _corpus(ext: str) -> list[Path]:
    d = SHARED / "corpus" / "docs"
    return sorted(d.glob(f"*.{ext}")) if d.is_dir() else []


@pytest.mark.parametrize("path", _corpus("docx"), ids=lambda p: p.name)
def test_real_docx_originals_parse(path: Path) -> None:
    plan = vnplan.parse(path)
    assert plan.kind == "plan" and plan.doc_type == "KẾ HOẠCH"
    assert plan.issuer is not None and plan.title and plan.signatories


@pytest.mark.parametrize("path", _corpus("pdf") + _corpus("doc"), ids=lambda p: p.name)
def test_real_pdf_and_doc_originals_give_a_plan_or_a_clear_error(path: Path) -> None:
    if path.suffix == ".doc" and shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    try:
        plan = vnplan.parse(path)
    except vnplan.VnplanError as e:
        # A scan on a machine without Tesseract: the error says what to install.
        clear = vnplan.BrokenTextLayerError | vnplan.NoTextLayerError | vnplan.OcrUnavailableError
        assert isinstance(e, clear), e
        return
    assert plan.title
