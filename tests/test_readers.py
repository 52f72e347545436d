from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

import vnplan
from tests.conftest import plan_text

TEXT = plan_text("I. MỤC ĐÍCH\n- Nâng cao nhận thức.")


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "crlf"],
)
def test_text_encodings(data: bytes) -> None:
    p = vnplan.parse(data)
    assert p.issuer is not None and p.issuer.name == "SỞ Y TẾ"
    assert p.purposes[0].text == "Nâng cao nhận thức."


def _cp1258(text: str) -> bytes:
    """Windows-1258 stores letters with breve, circumflex and horn precomposed but tone marks
    as combining characters: split each letter that way before encoding."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        shape = "".join(c for c in d if c not in tones)
        tone = "".join(c for c in d if c in tones)
        out.append(unicodedata.normalize("NFC", shape) + tone)
    return "".join(out).encode("cp1258")


def test_windows_1258() -> None:
    data = _cp1258(TEXT)
    p = vnplan.parse(data)
    assert p.issuer is not None and p.issuer.name == "SỞ Y TẾ"
    assert p.place == "Đắk Nông"
    assert "encoding_cp1258" in [w.code for w in p.warnings]


def _docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "error", "says"),
    [
        (b"%PDF-1.7\n...", vnplan.UnreadableError, "corrupt PDF"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, vnplan.UnreadableError, "PNG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, vnplan.UnsupportedFormatError, "OLE"),
        (b"PK\x03\x04garbage", vnplan.UnreadableError, "zip"),
        (bytes(range(256)) * 4, vnplan.UnsupportedFormatError, "binary"),
        (b"", vnplan.EmptyDocumentError, "empty"),
        (b"  \n\t ", vnplan.EmptyDocumentError, "empty"),
    ],
)
def test_bad_bytes_give_typed_errors(data: bytes, error: type[Exception], says: str) -> None:
    with pytest.raises(error, match=says):
        vnplan.parse(data)


def test_format_from_magic_bytes_not_name(tmp_path: Path) -> None:
    f = tmp_path / "plan.pdf"
    f.write_text(TEXT, encoding="utf-8")
    assert vnplan.parse(f).source_format == "text"
    g = tmp_path / "plan.txt"
    g.write_bytes(_docx_bytes())  # a zip with word/document.xml, but no real Word parts
    with pytest.raises(vnplan.UnreadableError, match=r"corrupt \.docx"):
        vnplan.parse(g)


def test_too_large(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(TEXT, encoding="utf-8")
    with pytest.raises(vnplan.TooLargeError):
        vnplan.parse(f, max_bytes=100)
    with pytest.raises(vnplan.TooLargeError):
        vnplan.parse(TEXT.encode(), max_bytes=100)
    with pytest.raises(vnplan.TooLargeError):
        vnplan.parse_text(TEXT, max_bytes=100)


def test_path_errors(tmp_path: Path) -> None:
    with pytest.raises(vnplan.UnreadableError, match="no such file"):
        vnplan.parse(tmp_path / "missing.txt")
    with pytest.raises(vnplan.UnreadableError, match="directory"):
        vnplan.parse(tmp_path)


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True,
    reason="root reads files whatever their mode",
)
def test_permission_denied(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(TEXT, encoding="utf-8")
    f.chmod(0)
    with pytest.raises(vnplan.UnreadableError, match="permission"):
        vnplan.parse(f)


def test_errors_carry_the_source() -> None:
    with pytest.raises(vnplan.VnplanError) as e:
        vnplan.parse(b"\x89PNG\r\n\x1a\n0000", name="x.pdf")
    assert e.value.source == "x.pdf" and "x.pdf" in str(e.value)
