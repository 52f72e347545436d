"""Hostile and broken input: typed errors, bounded resources, no stray exceptions."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path

import pytest

import vnplan
from tests.conftest import ROOT

BAD = ROOT / "tests" / "data" / "bad"
EXPECTED: dict[str, str] = json.loads((BAD / "EXPECTED.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_inputs_give_their_error(name: str) -> None:
    want = EXPECTED[name].split("|")
    try:
        plan = vnplan.parse(BAD / name)
    except vnplan.VnplanError as e:
        assert type(e).__name__ in want or "plan-or-UnreadableError" in want, e
        return
    assert "plan" in want or "plan-or-UnreadableError" in want
    assert "root:" not in plan.text  # an external entity was never fetched


def test_entities_never_expand() -> None:
    try:
        plan = vnplan.parse(BAD / "entities.docx")
    except vnplan.UnreadableError:
        return
    assert "lollol" not in plan.text and "root:" not in plan.text


def test_zip_that_lies_about_sizes_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"A" * 20_000_000)
    data = bytearray(buf.getvalue())
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (k := data.find(sig, start)) >= 0:
            name_len = struct.unpack_from("<H", data, k + (26 if sig == b"PK\x03\x04" else 28))[0]
            hdr = 30 if sig == b"PK\x03\x04" else 46
            if data[k + hdr : k + hdr + name_len] == b"word/document.xml":
                struct.pack_into("<I", data, k + off, 1000)  # declares 1 kB
            start = k + 4
    with pytest.raises(vnplan.UnreadableError):
        vnplan.parse(bytes(data))


def test_huge_text_file_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # a sparse 200 MB file: nothing is really written
        f.truncate(200 * 1024 * 1024)
    with pytest.raises(vnplan.TooLargeError):
        vnplan.parse(big)
    with pytest.raises(vnplan.TooLargeError):
        vnplan.parse(big, max_bytes=1000)


@pytest.mark.parametrize(
    "text",
    [
        " " * 100_000,
        "(" * 50_000,
        ".".join(["1"] * 10_000) + " Mục",
        "Sở Y tế" + ", a" * 50_000 + " chủ trì",
        "Văn phòng " + "Sở " * 40_000 + "chủ trì",
        "Giao " + "Sở Y tế và " * 10_000 + "chủ trì.",
        "Hà Nội, " + "ngày " * 30_000,
        "Luật " + "Ab " * 30_000,
        "phối hợp với " + "Sở A, " * 20_000,
        "KẾ HOẠCH\n" * 20_000,
        "\t" * 50_000 + "x",
        "**" * 50_000,
        "|" * 50_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_lines_finish(text: str) -> None:
    # A hang guard, not a timing assertion: catastrophic backtracking would take hours.
    try:
        vnplan.parse_text(text, timeout=60)
    except vnplan.ParseTimeoutError:
        pytest.fail("parsing did not finish within a minute")
    except vnplan.VnplanError:
        pass


def test_timeout_raises_a_typed_error() -> None:
    with pytest.raises(vnplan.ParseTimeoutError):
        vnplan.parse_text("- a\n" * 300_000, timeout=0.05)
    assert vnplan.parse_text("I. A\n- b", timeout=30).sections


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("KẾ HOẠCH", encoding="utf-8")
    f.chmod(0)
    with pytest.raises(vnplan.UnreadableError, match="permission"):
        vnplan.parse(f)


def test_zip_with_a_mangled_version_field() -> None:
    # Found by the fuzzer: zipfile raised NotImplementedError ("zip file version 10.3").
    data = bytearray((ROOT / "tests" / "data" / "seed-004.docx").read_bytes())
    cd = data.find(b"PK\x01\x02")
    data[cd + 6] = 103  # "version needed to extract" = 10.3
    with pytest.raises(vnplan.UnreadableError):
        vnplan.parse(bytes(data))


def _with_footnotes(notes_xml: str) -> bytes:
    """A python-docx document with a footnotes part holding ``notes_xml``."""
    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Thử nghiệm chú thích")
    src = io.BytesIO()
    d.save(src)
    out = io.BytesIO()
    rel = (
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/>'
    )
    ctype = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    )
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", ctype.encode() + b"</Types>")
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", notes_xml)
    return out.getvalue()


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_footnotes_are_read_and_their_entities_never_expand() -> None:
    good = (
        f'<w:footnotes {_W_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Theo Quyết định số '
        "01/2025/QĐ-UBND.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    plan = vnplan.parse(_with_footnotes(good))
    assert plan.text.rstrip().endswith("[1] Theo Quyết định số 01/2025/QĐ-UBND.")
    for entity in ('<!ENTITY x SYSTEM "file:///etc/passwd">', ""):
        evil = (
            f'<?xml version="1.0"?><!DOCTYPE w:footnotes [{entity}<!ENTITY a "lol">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            f'<w:footnotes {_W_NS}><w:footnote w:id="1"><w:p><w:r><w:t>{"&x;" if entity else ""}'
            "&b;</w:t></w:r></w:p></w:footnote></w:footnotes>"
        )
        plan = vnplan.parse(_with_footnotes(evil))
        assert "root:" not in plan.text and "lollol" not in plan.text
        assert "Thử nghiệm chú thích" in plan.text
