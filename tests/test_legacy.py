"""Legacy Vietnamese encodings (TCVN3/ABC, VNI-Windows) in text files and Word runs."""

from __future__ import annotations

import io
import unicodedata

import pytest
from docx import Document

import vnplan
from tests.conftest import CORPORA
from vnplan.evaluate import load_gold, score
from vnplan.text.legacy import convert, detect, restore_case

CHARMAPS = pytest.importorskip("viparse.normalize.encodings").CHARMAPS


def legacy_copy(text: str, encoding: str) -> str:
    """``text`` as an old document typed in a TCVN3 or VNI font has it. TCVN3 has no
    accented capitals: they are the lower-case codes (drawn as capitals by .VnTimeH)."""
    inv: dict[str, str] = {}
    for src, uni in CHARMAPS[encoding].pairs:
        inv.setdefault(uni, src)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in inv:
            out.append(inv[ch])
        elif encoding == "tcvn3" and ch.lower() in inv:
            out.append(inv[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("seed", ["003_dc1aff751526fa60", "004_af83268f5c199244"])
def test_legacy_text_files_give_the_same_plan(seed: str, encoding: str) -> None:
    src = (CORPORA / "seeds" / f"{seed}.txt").read_text(encoding="utf-8")
    copy = legacy_copy(src, encoding)
    assert detect(copy) == encoding
    gold = load_gold(CORPORA / "gold" / f"seed-{seed[:3]}.json")
    for data in (copy.encode("utf-8"), copy.encode("latin-1", errors="replace")):
        plan = vnplan.parse(data)
        assert "legacy_encoding" in [w.code for w in plan.warnings]
        assert score(gold, plan.model_dump(mode="json")).misses == []


def test_unicode_text_is_left_alone() -> None:
    for p in sorted((CORPORA / "seeds").glob("*.txt")):
        assert detect(p.read_text(encoding="utf-8")) is None


def test_tcvn3_case_repair() -> None:
    assert convert("C¤NG HOµ X· HéI CHñ NGHÜA ViÖt Nam", "tcvn3") == (
        "CÔNG HOÀ XÃ HỘI CHỦ NGHĨA Việt Nam"
    )
    assert convert("Bé C«ng an ban hµnh", "tcvn3") == "Bộ Công an ban hành"
    assert restore_case("Bộ CÔNG AN") == "BỘ CÔNG AN"


def test_docx_runs_in_legacy_fonts() -> None:
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(legacy_copy("sở y tế", "tcvn3"))
    r.font.name = ".VnTimeH"  # an upper-case TCVN3 font
    p = doc.add_paragraph()
    r = p.add_run(legacy_copy("Cộng hòa xã hội chủ nghĩa Việt Nam", "vni"))
    r.font.name = "VNI-Times"
    doc.add_paragraph("KẾ HOẠCH")
    p = doc.add_paragraph()
    r = p.add_run(legacy_copy("Tuyên truyền pháp luật", "tcvn3"))
    r.font.name = ".VnTime"
    buf = io.BytesIO()
    doc.save(buf)
    plan = vnplan.parse(buf.getvalue())
    assert plan.issuer is not None and plan.issuer.name == "SỞ Y TẾ"
    assert plan.title == "Tuyên truyền pháp luật"
    assert "legacy_encoding" in [w.code for w in plan.warnings]
