"""Make the docx and pdf fixtures from the text seeds, with real tools.

    python tests/data/make_fixtures.py          # needs python-docx; PDFs need LibreOffice

Each seed becomes a Word document laid out as a real plan is: a borderless two-column header
table (issuer and number | motto, place and date), the title centred in bold, body paragraphs
(headings bold), and a two-column closing table (Nơi nhận | signature). The ``-autonum``
variant removes the printed heading numbers and bullets and numbers the same paragraphs with
Word automatic numbering instead (upperRoman / decimal / lowerLetter levels and a dash bullet
list), as many real plans do. LibreOffice then prints each docx to PDF. The outputs are
committed so that the tests need neither tool.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "corpora" / "seeds"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_NUM = re.compile(r"^(?P<num>[IVX]+\.|\d+\.|[a-zđ]\)|-)\s+(?P<rest>.*)$")

NUMBERING_XML = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
    <w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>"""
BULLET_XML = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="91">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
    <w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>"""


def _split(text: str) -> dict[str, list[str]]:
    """Cut a seed into its parts by its fixed markers (this is fixture making, not parsing)."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    k = next(i for i, ln in enumerate(lines) if ln.strip() == "KẾ HOẠCH")
    header = [ln.strip() for ln in lines[:k] if ln.strip()]
    t_end = next(i for i in range(k + 1, len(lines)) if not lines[i].strip() and i > k + 1)
    title = [ln.strip() for ln in lines[k + 1 : t_end] if ln.strip()]
    c = next(i for i, ln in enumerate(lines) if ln.startswith("Nơi nhận"))
    body = [ln.strip() for ln in lines[t_end:c] if ln.strip()]
    closing = [ln.strip().replace("**", "") for ln in lines[c:] if ln.strip()]
    left = [ln for ln in closing if ln.startswith(("Nơi nhận", "-"))]
    right = [ln for ln in closing if ln not in left]
    return {"header": header, "title": title, "body": body, "recipients": left, "signature": right}


def _borderless(table) -> None:  # type: ignore[no-untyped-def]
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f'<w:{s} w:val="nil"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )


def _cell_lines(cell, lines: list[str], *, bold_first: int = 0, center: bool = True) -> None:  # type: ignore[no-untyped-def]
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = i < bold_first or ln.isupper()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _numbering(doc) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(BULLET_XML))
    numbering.insert(0, parse_xml(NUMBERING_XML))
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    )
    return "90", "91"


def _set_num(p, num_id: str, ilvl: int) -> None:  # type: ignore[no-untyped-def]
    p._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def build_docx(seed: Path, out: Path, *, autonum: bool = False) -> None:
    parts = _split(seed.read_text(encoding="utf-8"))
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(3), Cm(2)

    left = [
        ln
        for ln in parts["header"]
        if ln not in MOTTO and ", ngày" not in ln and not ln.endswith(", ngày")
    ]
    right = [ln for ln in parts["header"] if ln not in left]
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(table)
    _cell_lines(table.cell(0, 0), left or [""])
    _cell_lines(table.cell(0, 1), right)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("KẾ HOẠCH").bold = True
    for ln in parts["title"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(ln).bold = True

    heads = bullets = ""
    if autonum:
        heads, bullets = _numbering(doc)
    for ln in parts["body"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        m = _NUM.match(ln)
        heading = bool(m) and m.group("num") != "-" and len(ln) < 140
        text = ln
        if autonum and m:
            num, text = m.group("num"), m.group("rest")
            if num == "-":
                _set_num(p, bullets, 0)
            else:
                level = 0 if re.match(r"^[IVX]+\.$", num) else 2 if num.endswith(")") else 1
                if level == 1 and text.isupper():
                    level = 0  # an upper-case "1." heading is a top-level section
                _set_num(p, heads, level)
        run = p.add_run(text)
        run.bold = heading

    table = doc.add_table(rows=1, cols=2)
    _borderless(table)
    rec = table.cell(0, 0)
    rec.paragraphs[0].text = ""
    for i, ln in enumerate(parts["recipients"]):
        p = rec.paragraphs[0] if i == 0 else rec.add_paragraph()
        r = p.add_run(ln)
        r.bold = i == 0
        r.italic = i == 0
        r.font.size = Pt(11)
    sig = parts["signature"]
    _cell_lines(table.cell(0, 1), [*sig[:-1], "", "", "", *sig[-1:]])
    doc.save(str(out))


def convert(src: Path, target: str, out_dir: Path | None = None) -> Path | None:
    """LibreOffice: ``src`` converted to ``target`` (an extension, optionally with filter
    options) in ``out_dir`` (default: beside ``src``)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"LibreOffice not found: {src.name} -> {target} not made", file=sys.stderr)
        return None
    out_dir = out_dir or src.parent
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return out_dir / (src.stem + "." + target.split(":")[0])


def to_pdf(docx: Path) -> Path | None:
    return convert(docx, "pdf")


def encrypted_pdf(docx: Path, out: Path) -> None:
    """A PDF that needs the password 'secret' to open (LibreOffice's PDF export)."""
    opts = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
    )
    with tempfile.TemporaryDirectory() as tmp:
        made = convert(docx, opts, Path(tmp))
        if made is not None:
            shutil.copy(made, out)


def scanned_pdf(pdf: Path, out: Path) -> None:
    """An image-only PDF (what a scanner gives): page 1 rendered to pixels and saved as PDF."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    image = doc[0].render(scale=1.2).to_pil().convert("L")
    image.save(str(out), "PDF", resolution=86)


def scanned_set(pdf: Path, stem: str) -> None:
    """The OCR fixtures, from a PDF LibreOffice printed, as a scanner saves pages: black and
    white at 200 dpi (CCITT G4). ``{stem}-scan.pdf``: every page an image;
    ``{stem}-lastscan.pdf``: the text PDF with its last page (the signatures) an image;
    ``{stem}-scan.tiff``: the last two pages, a multi-page TIFF; ``{stem}-photo.jpg``: page
    1 in gray at 150 dpi, turned 0.8 degrees, JPEG quality 50, like a phone photo."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    gray = [
        doc[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))
    ]
    bw = [g.point(lambda v: 255 if v > 150 else 0).convert("1") for g in gray]
    bw[0].save(
        HERE / f"{stem}-scan.pdf", "PDF", resolution=200, save_all=True, append_images=bw[1:]
    )
    with tempfile.TemporaryDirectory() as tmp:
        last = Path(tmp) / "last.pdf"
        bw[-1].save(last, "PDF", resolution=200)
        mixed = pdfium.PdfDocument.new()
        mixed.import_pages(doc, list(range(len(doc) - 1)))
        mixed.import_pages(pdfium.PdfDocument(str(last)))
        mixed.save(str(HERE / f"{stem}-lastscan.pdf"))
    bw[-2].copy().save(
        HERE / f"{stem}-scan.tiff",
        "TIFF",
        save_all=True,
        append_images=[bw[-1].copy()],
        compression="group4",
        dpi=(200, 200),
    )
    photo = doc[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    photo = photo.rotate(0.8, expand=True, fillcolor=255, resample=3)
    photo.save(HERE / f"{stem}-photo.jpg", "JPEG", quality=50)


def main() -> int:
    for seed in sorted(SEEDS.glob("00[34]_*.txt")):
        stem = "seed-" + seed.name[:3]
        for autonum in (False, True):
            out = HERE / f"{stem}{'-autonum' if autonum else ''}.docx"
            build_docx(seed, out, autonum=autonum)
            pdf = to_pdf(out)
            print(out.name, pdf.name if pdf else "(no pdf)")
    base = HERE / "seed-004.docx"
    for ext in ("doc", "rtf", "odt"):
        made = convert(base, ext)
        print(made.name if made else f"(no {ext})")
    encrypted_pdf(base, HERE / "encrypted.pdf")
    scanned_pdf(HERE / "seed-003.pdf", HERE / "scanned.pdf")
    scanned_set(HERE / "seed-004.pdf", "seed-004")
    print("encrypted.pdf scanned.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
