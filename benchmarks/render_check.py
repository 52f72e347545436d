"""Cross-format check: render the text gold documents to .docx and .pdf and score each
rendering against the text's own gold file.

A plan typed in Word and exported to PDF carries the same values as its text, so every
rendering must score like the text does. This finds what the docx and PDF readers lose
(columns of the header and the signature, ruled task tables, wrapped and hyphenated lines)
on documents the readers were not written for.

Run: ``python benchmarks/render_check.py [--shared ../shared] [--out /tmp/vnplan-render]
[--style table|tabs|lines] [--font "Times New Roman"] [--size 13] [--left-cm 3] [--no-pdf]
[--pdftotext] [--text-pdf] [--originals] [ids...]``

``--text-pdf`` prints each text file to PDF as it is (LibreOffice's text import: a paragraph
per line, its Markdown marks printed). ``--pdftotext`` also scores the text poppler's
``pdftotext -layout`` gives of each PDF, as an archive of text dumps would hold it.
``--originals`` instead converts the real .docx and .doc gold documents to PDF, as a user
printing them to PDF would, and scores those PDFs.

``lines`` makes each line of the text a paragraph, as a PDF converted to Word line by line
is. ``table`` puts the header's and the closing's two columns in a borderless table, as most
writers do; ``tabs`` types them as paragraphs with a centred tab stop. Task tables are ruled
(Table Grid). PDFs come from LibreOffice (``soffice``), skipped when it is not installed.
Rendering is python-docx from the text's lines: bold and italic from its Markdown markers,
one paragraph per text paragraph, tables from its ``|`` rows.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

import vnplan
from vnplan.evaluate import load_gold, score

REPO = Path(__file__).resolve().parent.parent
_ITEM = re.compile(r"^(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)\s")
_NUMBERED = re.compile(r"^\**(\d|[IVX]+\b|[A-Z]\b)")
_EMPHASIS = re.compile(r"(\*\*[^*]+\*\*|\*[^*]+\*)")


def blocks(text: str, per_line: bool = False) -> list[tuple[str, Any]]:
    """Paragraphs (``("p", text)``) and tables (``("t", rows)``) of a corpus text file, where
    a table is written one cell per line between lone ``|`` lines. With ``per_line`` each
    line of the text is a paragraph (a PDF converted to Word line by line); otherwise lines
    are joined up to a blank line or an item's start."""
    lines = text.split("\n")
    out: list[tuple[str, Any]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s == "|":
            flush()
            rows: list[list[str]] = []
            row: list[str] = []
            cell: list[str] = []
            bars = 0
            while i < len(lines):
                s = lines[i].strip()
                if s == "|":
                    if cell:
                        row.append(_cell_text(cell))
                        cell, bars = [], 1
                    else:
                        bars += 1
                        if row and bars >= 2:
                            rows.append(row)
                            row = []
                    i += 1
                    continue
                if not s:
                    break
                cell.append(s)
                i += 1
            if cell:
                row.append(_cell_text(cell))
            if row:
                rows.append(row)
            out.append(("t", rows))
            continue
        if not s:
            flush()
        else:
            if para and (per_line or _ITEM.match(s)):
                flush()
            para.append(s)
        i += 1
    flush()
    return out


def _cell_text(lines: list[str]) -> str:
    # A cell's line break is kept where the line is short (a header's lines, a recipient) or
    # the next line opens a bullet; long lines were wrapped by whoever made the text.
    out = [lines[0]]
    for ln in lines[1:]:
        if len(out[-1]) >= 55 and not re.match(r"^(?:[-–+•]|\*\*)", ln):
            out[-1] += " " + ln
        else:
            out.append(ln)
    return "\n".join(out)


def _runs(p: Any, text: str) -> None:
    for part in _EMPHASIS.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            p.add_run(part[2:-2]).bold = True
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            p.add_run(part[1:-1]).italic = True
        else:
            p.add_run(part.replace("**", ""))


def render(src: Path, dst: Path, args: argparse.Namespace) -> None:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = args.font  # type: ignore[attr-defined]
    normal.font.size = Pt(args.size)  # type: ignore[attr-defined]
    for sec in d.sections:
        sec.left_margin, sec.right_margin = Cm(args.left_cm), Cm(2)
    for kind, b in blocks(src.read_text(encoding="utf-8"), per_line=args.style == "lines"):
        if kind == "p":
            _runs(d.add_paragraph(), b)
            continue
        width = max(len(r) for r in b)
        if width == 1:
            for r in b:
                for t in r[0].split("\n"):
                    _runs(d.add_paragraph(), t)
            continue
        if width == 2 and args.style == "tabs":
            for r in b:
                left = r[0].split("\n")
                right = r[1].split("\n") if len(r) > 1 else []
                for k in range(max(len(left), len(right))):
                    a = left[k] if k < len(left) else ""
                    c = right[k] if k < len(right) else ""
                    para = d.add_paragraph()
                    para.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
                    _runs(para, f"{a}\t{c}" if c else a)
            continue
        # A header row one cell short of the table lost its number column's cell.
        b = [
            ["", *r] if len(r) == width - 1 and len(r) > 2 and not _NUMBERED.match(r[0]) else r
            for r in b
        ]
        t = d.add_table(rows=len(b), cols=width)
        if width > 2:
            t.style = "Table Grid"
        # Column widths from the text they hold, as a writer would set them.
        lens = [max(1, sum(len(r[j]) for r in b if j < len(r))) for j in range(width)]
        widths = [max(1.2, 16.0 * x / sum(lens)) for x in lens]
        scale = 16.0 / sum(widths)
        for i, r in enumerate(b):
            for j in range(width):
                t.cell(i, j).width = Cm(widths[j] * scale)
            for j, c in enumerate(r):
                parts = c.split("\n")
                cell = t.cell(i, j)
                _runs(cell.paragraphs[0], parts[0])
                for x in parts[1:]:
                    _runs(cell.add_paragraph(), x)
    d.save(str(dst))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ids", nargs="*", help="gold ids to check (default: every text one)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--gold", type=Path, default=REPO / "corpora" / "gold")
    ap.add_argument("--out", type=Path, default=Path("/tmp/vnplan-render"))
    ap.add_argument("--style", choices=("table", "tabs", "lines"), default="table")
    ap.add_argument("--font", default="Times New Roman")
    ap.add_argument("--size", type=float, default=13)
    ap.add_argument("--left-cm", type=float, default=3.0)
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument(
        "--pdftotext",
        action="store_true",
        help="also score each PDF's text from poppler's pdftotext -layout",
    )
    ap.add_argument(
        "--text-pdf",
        action="store_true",
        help="print each text file to PDF as it is (LibreOffice's text import), no DOCX",
    )
    ap.add_argument(
        "--originals",
        action="store_true",
        help="convert the real .docx/.doc gold documents to PDF instead of rendering the text ones",
    )
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    soffice = None if args.no_pdf else shutil.which("soffice") or shutil.which("libreoffice")
    results: dict[str, list[str]] = {}
    for g in sorted(args.gold.glob("*.json")):
        gold = load_gold(g)
        src = args.shared / gold["source"]
        wanted = (".docx", ".doc") if args.originals else (".txt",)
        if src.suffix not in wanted or not src.exists() or (args.ids and g.stem not in args.ids):
            continue
        if not args.ids and g.stem.startswith("seed"):
            continue  # the seeds have real renderings in tests/data (test_cross_format)
        if (args.originals or args.text_pdf) and not soffice:
            print("--originals and --text-pdf need LibreOffice (soffice)")
            return 2
        if args.originals or args.text_pdf:
            dx = args.out / f"{g.stem}{src.suffix}"  # printed as it is
            shutil.copyfile(src, dx)
            outputs = []
        else:
            dx = args.out / f"{g.stem}.docx"
            render(src, dx, args)
            outputs = [dx]
        if soffice:
            subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(args.out), str(dx)],
                capture_output=True,
                timeout=180,
                check=False,
            )
            outputs.append(dx.with_suffix(".pdf"))
            if args.pdftotext and shutil.which("pdftotext"):
                txt = dx.with_name(f"{dx.stem}.layout.txt")
                subprocess.run(
                    ["pdftotext", "-layout", str(dx.with_suffix(".pdf")), str(txt)],
                    capture_output=True,
                    timeout=60,
                    check=False,
                )
                outputs.append(txt)
        for f in outputs:
            try:
                misses = score(gold, vnplan.parse(f).model_dump(mode="json")).misses
            except Exception as e:  # a reader's failure is a result here
                misses = [f"ERROR {type(e).__name__}: {e}"]
            results[f.name] = misses
            print(f.name, "OK" if not misses else "; ".join(misses)[:300], flush=True)
    for ext in ("docx", "pdf", "layout.txt"):
        got = [m for k, m in results.items() if k.endswith(f".{ext}")]
        if got:
            ok = sum(not m for m in got)
            print(f"{ext}: {ok}/{len(got)} renderings fully correct")
    return 0


if __name__ == "__main__":
    sys.exit(main())
