"""Scanned renderings of the real gold documents, read back by OCR and scored against gold.

Every real Word (.docx, .doc) or PDF gold document of the corpus is printed to PDF by
LibreOffice (as ``render_check.py --originals`` does; a PDF is taken as it is), then made
into what an archive holds:

* ``scan200``: each page rasterised at 200 dpi in gray and saved as an image-only PDF (the
  page a flatbed scanner gives, JPEG inside, as Pillow writes it);
* ``photo150``: each page at 150 dpi, turned by 0.7° (alternately left and right), saved as
  JPEG at quality 60 and those JPEGs put in an image-only PDF (a phone photo of each page).

Each is parsed (``ocr="auto"``) and scored: the header fields number, issuer and date,
signatories (F1 over the documents), fully correct; and timed: OCR alone (Tesseract, the
page already rendered) and all of it (rendering, OCR, layout, parse), in seconds per page.
Nothing is written to the repository: the files go to ``--out`` (default /tmp/vnplan-ocr).

Run: ``python benchmarks/ocr_bench.py [--shared ../shared] [--out DIR] [--dpi 300] [ids...]``
(``--dpi`` is the OCR's rendering of those image PDFs, vnplan's ``OcrLimits.dpi``).
``--batch`` then converts a mixed archive with ``vnplan batch``'s engine — the corpus's text,
Word and PDF files, the printed PDFs and the ``scan200`` scans — once with OCR and once
without, and gives the share of the time that OCR takes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import vnplan
from vnplan.evaluate import load_gold, score
from vnplan.readers import ocr

REPO = Path(__file__).resolve().parent.parent
HEADER = ("number", "issuer.name", "date")


def print_pdf(src: Path, out: Path) -> Path | None:
    """``src`` printed to PDF by LibreOffice (a PDF is copied)."""
    dst = out / f"{src.stem}.pdf"
    if src.suffix == ".pdf":
        shutil.copyfile(src, dst)
        return dst
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(src),
            ],
            capture_output=True,
            timeout=180,
            check=False,
        )
    return dst if dst.exists() else None


def scans(pdf: Path, out: Path) -> dict[str, Path]:
    """The image-only renderings of ``pdf``: ``scan200`` and ``photo150``."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(pdf))
    gray = [
        doc[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))
    ]
    made = {
        "scan200": out / f"{pdf.stem}.scan200.pdf",
        "photo150": out / f"{pdf.stem}.photo150.pdf",
    }
    gray[0].save(made["scan200"], "PDF", resolution=200, save_all=True, append_images=gray[1:])
    photos = []
    for i in range(len(doc)):
        page = doc[i].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
        page = page.rotate(0.7 if i % 2 == 0 else -0.7, expand=True, fillcolor=255, resample=3)
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=60)
        photos.append(Image.open(io.BytesIO(buf.getvalue())))
    photos[0].save(made["photo150"], "PDF", resolution=150, save_all=True, append_images=photos[1:])
    return made


class Timer:
    """Time spent in Tesseract (``ocr_image``) and in rendering, by wrapping them."""

    def __init__(self) -> None:
        self.ocr = 0.0
        self.pages = 0
        inner = ocr.ocr_image

        def timed(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return inner(*a, **k)
            finally:
                self.ocr += time.perf_counter() - t
                self.pages += 1

        ocr.ocr_image = timed  # type: ignore[assignment]


def summary(kind: str, rs: list[dict[str, Any]]) -> str:
    """One Markdown table row of a set's scores and times."""
    n = len(rs)
    scored = [r["score"] for r in rs if r["score"] is not None]
    head = {k: sum(bool(s.scalars.get(k)) for s in scored) / n for k in HEADER}
    sig = [s.lists["signatories"] for s in scored if "signatories" in s.lists]
    tp, npred, ngold = (
        sum(x.tp for x in sig),
        sum(x.n_pred for x in sig),
        sum(x.n_gold for x in sig),
    )
    f1 = 2 * tp / (npred + ngold) if npred + ngold else 1.0
    full = sum(s.fully_correct for s in scored) / n
    pages = sum(r["pages"] for r in rs) or 1
    ocr_s = sum(r["ocr_s"] for r in rs) / pages
    total_s = sum(r["total_s"] for r in rs) / pages
    return (
        f"| {kind} | {n} | {pages} | {head['number']:.2f} | {head['issuer.name']:.2f} "
        f"| {head['date']:.2f} | {f1:.2f} | {full:.0%} | {ocr_s:.2f} | {total_s:.2f} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ids", nargs="*", help="gold ids (default: every real .docx/.doc/.pdf one)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--gold", type=Path, default=REPO / "corpora" / "gold")
    ap.add_argument("--out", type=Path, default=Path("/tmp/vnplan-ocr"))
    ap.add_argument("--dpi", type=int, default=ocr.DEFAULT_LIMITS.dpi)
    ap.add_argument("--batch", action="store_true", help="also time a mixed batch")
    args = ap.parse_args()
    missing = ocr.available()
    if missing:
        print(missing)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    limits = vnplan.OcrLimits(dpi=args.dpi)
    timer = Timer()
    rows: dict[str, list[dict[str, Any]]] = {"scan200": [], "photo150": []}
    for g in sorted(args.gold.glob("*.json")):
        gold = load_gold(g)
        src = args.shared / gold["source"]
        if src.suffix not in (".docx", ".doc", ".pdf") or not src.exists():
            continue
        if args.ids and g.stem not in args.ids:
            continue
        printed = print_pdf(src, args.out)
        if printed is None:
            print(f"{g.stem}: not printed (LibreOffice missing?)")
            continue
        for kind, f in scans(printed, args.out).items():
            ocr0, pages0 = timer.ocr, timer.pages
            t = time.perf_counter()
            try:
                plan = vnplan.parse(f, ocr_limits=limits)
                s = score(gold, plan.model_dump(mode="json"))
                err = None
            except vnplan.VnplanError as e:
                s, err = None, f"{type(e).__name__}: {e.message}"
            total = time.perf_counter() - t
            row = {
                "id": g.stem,
                "pages": timer.pages - pages0,
                "ocr_s": timer.ocr - ocr0,
                "total_s": total,
                "score": s,
                "error": err,
            }
            rows[kind].append(row)
            misses = err or ("OK" if s and s.fully_correct else "; ".join(s.misses if s else []))
            print(f"{kind} {g.stem} {row['pages']}p {total:.1f}s {misses[:240]}", flush=True)
    print()
    print(
        "| set | docs | pages | number | issuer | date | signatories F1 | fully correct "
        "| OCR s/page | total s/page |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for kind, rs in rows.items():
        if rs:
            print(summary(kind, rs))
    if args.batch:
        mixed_batch(args)
    return 0


def mixed_batch(args: argparse.Namespace) -> None:
    from vnplan.batch import convert

    files = sorted((args.shared / "corpus" / "docs").glob("*"))
    files += sorted(args.out.glob("c???.pdf")) + sorted(args.out.glob("*.scan200.pdf"))
    scanned = len(list(args.out.glob("*.scan200.pdf")))
    times = {}
    for mode in ("never", "auto"):
        with tempfile.TemporaryDirectory() as out:
            t = time.perf_counter()
            s = convert([str(f) for f in files], out, workers=2, ocr=mode, resume=False)
            times[mode] = time.perf_counter() - t
            print(f"batch ocr={mode}: {s.line()} in {times[mode]:.1f} s")
    share = (times["auto"] - times["never"]) / times["auto"]
    print(
        f"mixed batch of {len(files)} files ({scanned} scanned): OCR takes {share:.0%} "
        f"of the time ({times['auto']:.0f} s with OCR, {times['never']:.0f} s without)"
    )


if __name__ == "__main__":
    sys.exit(main())
