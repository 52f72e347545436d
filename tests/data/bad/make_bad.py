"""Make the hostile and broken inputs of tests/data/bad/ from the real fixtures.

    python tests/data/bad/make_bad.py

Each file's expected error is in EXPECTED.json (the test reads it).
"""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
DOCX = DATA / "seed-003.docx"
PDF = DATA / "seed-003.pdf"


def _rezip(src: Path, out: Path, replace: dict[str, bytes], *, stored: bool = False) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(
                item.filename, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            )


def main() -> int:
    rng = random.Random(2026)
    expected: dict[str, str] = {}

    (HERE / "empty.txt").write_bytes(b"")
    expected["empty.txt"] = "EmptyDocumentError"
    (HERE / "junk.bin").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    expected["junk.bin"] = "UnsupportedFormatError"
    data = DOCX.read_bytes()
    (HERE / "truncated.docx").write_bytes(data[: len(data) // 2])
    expected["truncated.docx"] = "UnreadableError"
    data = PDF.read_bytes()
    (HERE / "truncated.pdf").write_bytes(data[: len(data) // 3])
    expected["truncated.pdf"] = "UnreadableError"

    # A member whose compressed bytes are damaged (the zip directory is intact).
    buf = bytearray(DOCX.read_bytes())
    with zipfile.ZipFile(DOCX) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 40
    for k in range(start, start + 200):
        buf[k] ^= 0x5A
    (HERE / "corrupt-member.docx").write_bytes(bytes(buf))
    expected["corrupt-member.docx"] = "UnreadableError"

    # A zip bomb: 300 MB of document.xml in a few hundred kilobytes.
    bomb = (
        b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
        + b" " * 300_000_000
        + b"</w:t></w:r></w:p></w:body></w:document>"
    )
    _rezip(DOCX, HERE / "bomb.docx", {"word/document.xml": bomb})
    expected["bomb.docx"] = "TooLargeError"

    # XML entity expansion ("billion laughs") and an external entity: neither may expand.
    with zipfile.ZipFile(DOCX) as z:
        doc = z.read("word/document.xml").decode("utf-8")
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    dtype = "<!DOCTYPE w:document [" + "".join(ents) + '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    head, sep, rest = doc.partition("?>")
    evil = head + sep + dtype + rest.replace("KẾ HOẠCH", "KẾ HOẠCH &lol9; &xxe;", 1)
    _rezip(DOCX, HERE / "entities.docx", {"word/document.xml": evil.encode("utf-8")})
    expected["entities.docx"] = "plan-or-UnreadableError"

    shutil.copy(DATA / "encrypted.pdf", HERE / "encrypted.pdf")
    expected["encrypted.pdf"] = "EncryptedError"
    shutil.copy(DATA / "scanned.pdf", HERE / "scanned.pdf")
    expected["scanned.pdf"] = "NoTextLayerError"

    # A page tree that contains itself.
    loop = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    (HERE / "loop.pdf").write_bytes(loop)
    expected["loop.pdf"] = "UnreadableError|NoTextLayerError"

    # A .pdf that is really a PNG, and a .docx that is really text.
    (HERE / "image.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    expected["image.pdf"] = "UnsupportedFormatError"
    (HERE / "text.docx").write_text(
        (DATA.parent.parent / "corpora" / "seeds" / "004_af83268f5c199244.txt").read_text("utf-8"),
        "utf-8",
    )
    expected["text.docx"] = "plan"

    (HERE / "EXPECTED.json").write_text(json.dumps(expected, indent=2) + "\n", "utf-8")
    print("\n".join(f"{k}: {v}" for k, v in expected.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
