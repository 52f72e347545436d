"""Make the small hostile inputs of tests/data/hostile/ (issue 17): real tools where there
are some (python-docx and zipfile for Word files), PDF bytes written here with a correct xref.

    python tests/data/hostile/make_hostile.py

Each file's expected result is in EXPECTED.json: ``plan`` or the name of the typed error
(several joined by ``|`` when either is right). tests/test_hostile.py parses each in a fresh
process under 2 GB of address space and 20 s. The sizes that grow with an input (lines,
words on one line) are made by ``lines_text`` and ``one_line_pdf``, also used by
benchmarks/adversarial.py.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PLAN = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH HÀ NAM",
    "Số: 12/KH-UBND",
    "Hà Nam, ngày 10 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Thực hiện chuyển đổi số năm 2025",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao hiệu quả quản lý nhà nước.",
    "II. NHIỆM VỤ",
    "Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành triển khai.",
]


# -- Word --------------------------------------------------------------------------------
def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for t in paragraphs:
        d.add_paragraph(t)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in zin.infolist():
            body = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, body)
        for name, body in (add or {}).items():
            zout.writestr(name, body)
    return out.getvalue()


def _numbering(ilvl: str, start: str, fmt: str) -> bytes:
    return (
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        '<w:lvlText w:val="%1%2%3%4%5%6%7%8%9."/></w:lvl>'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        '<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        "</w:num></w:numbering>"
    ).encode()


def numbered_docx(ilvl: str, start: str, fmt: str, paragraphs: int = 400) -> bytes:
    """A plan whose last paragraphs are in a list with level ``ilvl`` starting at ``start``."""
    base = _docx(PLAN)
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        doc = z.read("word/document.xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
        types = z.read("[Content_Types].xml").decode()
    items = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{lv}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        f"<w:r><w:t>Nhiệm vụ {k}</w:t></w:r></w:p>"
        for k in range(paragraphs)
        for lv in (ilvl, "0")
    )
    doc = doc.replace("<w:sectPr", items + "<w:sectPr", 1)
    rel = (
        '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/numbering" Target="numbering.xml"/>'
    )
    ctype = (
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.numbering+xml"/>'
    )
    replace = {"word/document.xml": doc.encode()}
    if "numbering.xml" not in rels:
        replace["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>", rel + "</Relationships>"
        ).encode()
        replace["[Content_Types].xml"] = types.replace("</Types>", ctype + "</Types>").encode()
        return _rezip(base, replace, {"word/numbering.xml": _numbering(ilvl, start, fmt)})
    replace["word/numbering.xml"] = _numbering(ilvl, start, fmt)
    return _rezip(base, replace)


def many_rels_docx(n: int = 3000) -> bytes:
    """``n`` relationships that all point at one footnotes part."""
    base = _docx(PLAN)
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        types = z.read("[Content_Types].xml").decode()
    extra = "".join(
        f'<Relationship Id="rIdFn{k}" Type="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships/footnotes" Target="footnotes.xml"/>'
        for k in range(n)
    )
    notes = (
        f'<w:footnotes xmlns:w="{W_NS}">'
        + "".join(
            f'<w:footnote w:id="{k}"><w:p><w:r><w:t>Chú thích {k} theo Quyết định số '
            f"0{k}/2025/QĐ-UBND và các văn bản liên quan.</w:t></w:r></w:p></w:footnote>"
            for k in range(1, 300)
        )
        + "</w:footnotes>"
    )
    ctype = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/>'
    )
    return _rezip(
        base,
        {
            "word/_rels/document.xml.rels": rels.replace(
                "</Relationships>", extra + "</Relationships>"
            ).encode(),
            "[Content_Types].xml": types.replace("</Types>", ctype + "</Types>").encode(),
        },
        {"word/footnotes.xml": notes.encode()},
    )


def merged_cells_docx(rows: int = 20_000, cell_chars: int = 60_000) -> bytes:
    """A table whose first cell (``cell_chars`` of text) is merged down over ``rows`` rows:
    each row holds the text again, so the file expands to rows × cell_chars characters."""
    base = _docx(PLAN)
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        doc = z.read("word/document.xml").decode()
    cell = "Sở Y tế " * (cell_chars // 8)
    first = (
        '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r>'
        f"<w:t>{cell}</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"
    )
    rest = (
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>x</w:t>"
        "</w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"
    ) * rows
    doc = doc.replace("<w:sectPr", f"<w:tbl>{first}{rest}</w:tbl><w:sectPr", 1)
    return _rezip(base, {"word/document.xml": doc.encode()})


# -- PDF ---------------------------------------------------------------------------------
def pdf(objects: dict[int, bytes], root: int = 1, junk: bytes = b"") -> bytes:
    """A PDF of the given objects (number -> body, without ``obj``/``endobj``), with a
    correct cross-reference table."""
    out = bytearray(junk + b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num] if num in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"", *, compress: bool = True) -> bytes:
    if compress:
        content = zlib.compress(content, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _page_objects(content: bytes, resources: bytes, first: int = 1) -> dict[int, bytes]:
    return {
        first: b"<< /Type /Catalog /Pages %d 0 R >>" % (first + 1),
        first + 1: b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (first + 2),
        first + 2: b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s "
        b"/Contents %d 0 R >>" % (first + 1, resources, first + 3),
        first + 3: _stream(content),
    }


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_pdf(lines: list[str], *, tounicode: bytes | None = None, junk: bytes = b"") -> bytes:
    """A one-page PDF of text lines in Helvetica (Latin-1 text), with an optional
    ToUnicode map on the font."""
    ops = [b"BT /F1 11 Tf 14 TL 50 800 Td"]
    for ln in lines:
        esc = ln.encode("cp1252", "replace").replace(b"\\", b"\\\\")
        esc = esc.replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + esc + b") Tj T*")
    ops.append(b"ET")
    objs = _page_objects(b"\n".join(ops), b"<< /Font << /F1 5 0 R >> >>")
    font = _FONT
    if tounicode is not None:
        font = font[:-2] + b" /ToUnicode 6 0 R >>"
        objs[6] = _stream(tounicode)
    objs[5] = font
    return pdf(objs, junk=junk)


def shifted_tounicode(shift: int = 3) -> bytes:
    """A ToUnicode map that sends each letter to the letter ``shift`` places on (a font
    whose map is wrong but Latin: every glyph maps, to the wrong letter)."""
    pairs = []
    for lo, hi in ((0x41, 0x5A), (0x61, 0x7A)):
        for c in range(lo, hi + 1):
            t = lo + (c - lo + shift) % 26
            pairs.append(b"<%02X> <%04X>" % (c, t))
    body = b"\n".join(pairs)
    return (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Shift def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        + b"%d beginbfchar\n" % len(pairs)
        + body
        + b"\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )


def nested_forms_pdf(levels: int = 5, fanout: int = 60) -> bytes:
    """Form XObjects ``levels`` deep, each drawing the one below ``fanout`` times."""
    objs = _page_objects(
        b"BT /F1 11 Tf 50 800 Td (KE HOACH) Tj ET\n" + b"/X0 Do\n" * 4,
        b"<< /Font << /F1 5 0 R >> /XObject << /X0 6 0 R >> >>",
    )
    objs[5] = _FONT
    for lv in range(levels):
        num = 6 + lv
        if lv + 1 < levels:
            content = b"0.5 0 0 0.5 1 1 cm /X Do\n" * fanout
            res = b"/Resources << /XObject << /X %d 0 R >> >>" % (num + 1)
        else:
            content = b"0 0 m 10 10 l S\n" * fanout
            res = b""
        objs[num] = _stream(content, b" /Type /XObject /Subtype /Form /BBox [0 0 100 100] " + res)
    return pdf(objs)


def self_form_pdf() -> bytes:
    """A form XObject that draws itself twice."""
    objs = _page_objects(b"/X0 Do\n", b"<< /XObject << /X0 5 0 R >> >>")
    objs[5] = _stream(
        b"/Me Do /Me Do\n",
        b" /Type /XObject /Subtype /Form /BBox [0 0 100 100] "
        b"/Resources << /XObject << /Me 5 0 R >> >>",
    )
    return pdf(objs)


def self_reference_pdf() -> bytes:
    """A page whose resources are object 21, which is only a reference to itself."""
    objs = _page_objects(b"BT /F1 11 Tf 50 800 Td (KE HOACH) Tj ET", b"21 0 R")
    objs[21] = b"21 0 R"
    return pdf(objs)


def one_line_pdf(words: int) -> bytes:
    """``words`` words on one line, each drawn over the last (overlapping text boxes)."""
    syllables = [b"ke", b"hoach", b"thuc", b"hien", b"nhiem", b"vu", b"nam", b"so"]
    ops = [b"BT /F1 9 Tf 30 800 Td"]
    for k in range(words):
        w = syllables[k % len(syllables)]
        ops.append(b"(%s) Tj -6 0 Td" % w if k % 2 else b"(%s) Tj 10 0 Td" % w)
    ops.append(b"ET")
    objs = _page_objects(b"\n".join(ops), b"<< /Font << /F1 5 0 R >> >>")
    objs[5] = _FONT
    return pdf(objs)


def lines_text(n: int) -> str:
    """A plan whose body is ``n`` short lines that a hard-wrapped copy would join."""
    return "\n".join(PLAN) + "\n" + "\n".join(f"phối hợp thực hiện {k % 10}" for k in range(n))


# -- text --------------------------------------------------------------------------------
def plan_text() -> str:
    return "\n".join(PLAN) + "\n"


def main() -> int:
    files: dict[str, tuple[bytes, str]] = {
        "numbering-ilvl.docx": (numbered_docx("1000000000", "1", "decimal"), "plan"),
        "numbering-start.docx": (numbered_docx("1", "2000000000", "lowerLetter"), "plan"),
        "numbering-roman.docx": (numbered_docx("8", "2000000000", "upperRoman"), "plan"),
        "many-rels.docx": (many_rels_docx(), "plan"),
        "merged-bomb.docx": (merged_cells_docx(), "TooLargeError"),
        "nested-forms.pdf": (nested_forms_pdf(), "TooComplexError"),
        "self-form.pdf": (self_form_pdf(), "TooComplexError"),
        "self-reference.pdf": (self_reference_pdf(), "UnreadableError"),
        "latin-tounicode.pdf": (
            text_pdf(
                PLAN[4:5] + [PLAN[8]] * 30 + ["Ke hoach trien khai nhiem vu"] * 30,
                tounicode=shifted_tounicode(),
            ),
            "BrokenTextLayerError",
        ),
        "junk-before-header.pdf": (
            text_pdf(["KE HOACH", "Thuc hien nhiem vu nam 2025"], junk=b"\r\n\x00junk\n"),
            "plan",
        ),
        "pdf-magic-in-text.txt": (
            ("Ghi chú: tệp gốc là %PDF-1.7 nhưng đây là văn bản.\n" + plan_text()).encode(),
            "plan",
        ),
        "utf16le-nobom.txt": (plan_text().encode("utf-16-le"), "plan"),
        "utf16be-nobom.txt": (plan_text().encode("utf-16-be"), "plan"),
    }
    expected = {}
    for name, (data, want) in files.items():
        (HERE / name).write_bytes(data)
        expected[name] = want
    (HERE / "EXPECTED.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    for name, (data, want) in files.items():
        print(f"{name:28} {len(data):8} bytes  -> {want}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
