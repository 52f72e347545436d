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
