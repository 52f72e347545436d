"""Throughput of vnplan on real documents: documents/s and MB/s, and the scaling check.

Run: ``python benchmarks/bench.py [--shared ../shared] [--repeat 5] [--out benchmarks/RESULTS.md]``
(peers from ``benchmarks/.peers`` when set up as ``peers.py`` says; ``--no-peers`` skips them).
Timing lives here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import vnplan


def _files(shared: Path) -> list[Path]:
    repo = Path(__file__).resolve().parent.parent
    files = sorted((repo / "corpora" / "seeds").glob("*.txt"))
    files += sorted((shared / "corpus" / "docs").glob("*.txt"))
    return files


def _time(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t0)
    return min(best)


def _formats(repeat: int) -> list[str]:
    """ms per PDF page and per docx, vnplan end to end against the raw extraction floors."""
    import io

    import docx
    import pdfplumber
    import pypdfium2 as pdfium

    from vnplan.readers.docx import read_docx
    from vnplan.readers.pdf import read_pdf

    repo = Path(__file__).resolve().parent.parent
    pdfs = [p.read_bytes() for p in sorted((repo / "tests" / "data").glob("seed-00*.pdf"))]
    pages = sum(len(pdfium.PdfDocument(d)) for d in pdfs)

    def v(engine: str) -> None:
        for d in pdfs:
            vnplan.parse(d, pdf_engine=engine)

    def reader() -> None:
        for d in pdfs:
            read_pdf(d)

    def raw_pdfium() -> None:
        for d in pdfs:
            for pg in pdfium.PdfDocument(d):
                pg.get_textpage().get_text_range()

    def plumber_words() -> None:
        for d in pdfs:
            with pdfplumber.open(io.BytesIO(d)) as pdf:
                for pg in pdf.pages:
                    pg.extract_words()

    pdf_paths = sorted((repo / "tests" / "data").glob("seed-00*.pdf"))

    def pdftotext() -> None:
        for pth in pdf_paths:
            subprocess.run(["pdftotext", "-layout", str(pth), "-"], capture_output=True, check=True)

    rows = [
        "",
        f"PDF ({len(pdfs)} files, {pages} pages: the seed renderings in tests/data):",
        "",
        "| what | ms/page |",
        "|---|---|",
    ]
    slow = max(1, repeat // 3)
    for name, fn, n in (
        ("vnplan parse, pdfium engine (default)", lambda: v("pdfium"), repeat),
        ("vnplan reader only, pdfium", reader, repeat),
        ("pypdfium2 get_text_range (floor)", raw_pdfium, repeat),
        ("vnplan parse, pdfplumber engine", lambda: v("pdfplumber"), slow),
        ("pdfplumber extract_words (floor)", plumber_words, slow),
    ):
        rows.append(f"| {name} | {_time(fn, n) / pages * 1e3:.2f} |")
    if shutil.which("pdftotext"):
        rows.append(
            f"| poppler pdftotext -layout, a process per file (floor) | "
            f"{_time(pdftotext, repeat) / pages * 1e3:.2f} |"
        )
    else:
        rows.append("| poppler pdftotext | not installed on this machine |")

    shared = repo.parent / "shared" / "corpus" / "docs"
    rows += _printed_pdfs(shared, repeat)
    docs = [p.read_bytes() for p in sorted((repo / "tests" / "data").glob("seed-00*.docx"))]
    docs += [p.read_bytes() for p in sorted(shared.glob("*.docx"))]

    def bare() -> None:
        for d in docs:
            doc = docx.Document(io.BytesIO(d))
            for b in doc.iter_inner_content():
                if isinstance(b, docx.table.Table):
                    for r in b.rows:
                        for c in r.cells:
                            _ = c.text
                else:
                    _ = b.text

    t_bare = _time(bare, repeat)
    t_read = _time(lambda: [read_docx(d) for d in docs], repeat)
    t_all = _time(lambda: [vnplan.parse(d) for d in docs], repeat)
    rows += [
        "",
        f"DOCX ({len(docs)} files: seed renderings and the corpus originals):",
        "",
        "| what | ms/doc | vs python-docx walk |",
        "|---|---|---|",
        f"| python-docx open + paragraphs/tables walk (floor) | {t_bare / len(docs) * 1e3:.1f}"
        " | 1.00 |",
        f"| vnplan reader only | {t_read / len(docs) * 1e3:.1f} | {t_read / t_bare:.2f} |",
        f"| vnplan parse end to end | {t_all / len(docs) * 1e3:.1f} | {t_all / t_bare:.2f} |",
    ]
    return rows


def _printed_pdfs(shared: Path, repeat: int) -> list[str]:
    """ms per page on the corpus's Word originals printed to PDF by LibreOffice: real plans
    with their task tables, which the PDF reader reads as grids."""
    import tempfile

    import pypdfium2 as pdfium

    from vnplan.readers.pdf import read_pdf

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    originals = sorted([*shared.glob("*.docx"), *shared.glob("*.doc")])
    if not soffice or not originals:
        return ["", "PDF printed from the corpus's Word originals: LibreOffice not installed"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, *map(str, originals)],
            capture_output=True,
            timeout=900,
            check=False,
        )
        pdfs = [p.read_bytes() for p in sorted(Path(tmp).glob("*.pdf"))]
    pages = sum(len(pdfium.PdfDocument(d)) for d in pdfs)
    if not pages:
        return ["", "PDF printed from the corpus's Word originals: LibreOffice converted none"]

    def floor() -> None:
        for d in pdfs:
            for pg in pdfium.PdfDocument(d):
                pg.get_textpage().get_text_range()

    rows = [
        "",
        f"PDF ({len(pdfs)} files, {pages} pages: the corpus's Word originals printed to PDF by "
        "LibreOffice, task tables on many pages):",
        "",
        "| what | ms/page |",
        "|---|---|",
    ]
    for name, fn in (
        ("vnplan parse, pdfium engine (default)", lambda: [vnplan.parse(d) for d in pdfs]),
        ("vnplan reader only, tables read as grids", lambda: [read_pdf(d) for d in pdfs]),
        ("pypdfium2 get_text_range (floor)", floor),
    ):
        rows.append(f"| {name} | {_time(fn, repeat) / pages * 1e3:.2f} |")
    return rows


def _startup(argv: list[str], runs: int) -> tuple[float, float]:
    """Best wall and best CPU (user + system) seconds of ``argv`` over fresh processes: on a
    shared machine the CPU time is the steadier of the two."""
    import resource

    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def _startup_rows(runs: int) -> list[str]:
    """``import vnplan``, ``vnplan --version`` and the first parse, each in a fresh process,
    against a bare interpreter."""
    repo = Path(__file__).resolve().parent.parent
    seed = repo / "corpora" / "seeds" / "003_dc1aff751526fa60.txt"
    py = sys.executable
    rows = [
        "",
        f"Start-up (fresh processes, best of {runs}; wall and CPU = user + system seconds):",
        "",
        "| what | wall s | CPU s |",
        "|---|---|---|",
    ]
    for name, argv in (
        ("python -c pass (floor)", [py, "-c", "pass"]),
        ("python -c 'import vnplan'", [py, "-c", "import vnplan"]),
        ("python -m vnplan --version", [py, "-m", "vnplan", "--version"]),
        ("first parse_text of seed 003 (import included)", [py, "-c", _FIRST, str(seed)]),
    ):
        wall, cpu = _startup(argv, runs)
        rows.append(f"| {name} | {wall:.3f} | {cpu:.3f} |")
    return rows


_FIRST = """
import sys, vnplan
vnplan.parse(sys.argv[1])
"""


# Peak RSS from VmHWM: ru_maxrss would carry the parent's peak across fork+exec.
_CHILD = """
import re, sys, time
t0 = time.perf_counter()
import vnplan
for f in sys.argv[1:]:
    try:
        vnplan.parse(f)
    except vnplan.VnplanError:
        pass
hwm = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())
print(time.perf_counter() - t0, int(hwm.group(1)) / 1024 if hwm else float("nan"),
      "underthesea" in sys.modules)
"""


def _nlp_rows(shared: Path) -> list[str]:
    """Fresh processes (imports and model loading included), NLP on and off, with peak RSS."""
    files = sorted((shared / "corpus" / "docs").glob("*"))
    rows = [
        "",
        f"NLP on vs off: a fresh process parses every corpus document ({len(files)}, all "
        "formats; import, tagger load and parsing; best of 3). The rules settle most "
        "clauses, so the tagger loads only when one needs it:",
        "",
        "| VNPLAN_NLP | seconds | peak RSS MB | tagger loaded |",
        "|---|---|---|---|",
    ]
    for flag in ("1", "0"):
        best: tuple[float, float, str] | None = None
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, *map(str, files)],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "VNPLAN_NLP": flag},
            ).stdout.split()
            got = (float(out[0]), float(out[1]), out[2])
            best = got if best is None or got[0] < best[0] else best
        assert best is not None
        rows.append(f"| {flag} | {best[0]:.2f} | {best[1]:.0f} | {best[2]} |")
    return rows


def _peer_rows(peers_python: Path, repeat: int) -> list[str]:
    """docling and unstructured on the docx/pdf files vnplan is timed on (peers.py, own venv)."""
    repo = Path(__file__).resolve().parent.parent
    shared = repo.parent / "shared" / "corpus" / "docs"
    docx_files = sorted((repo / "tests" / "data").glob("seed-00*.docx")) + sorted(
        shared.glob("*.docx")
    )
    pdf_files = sorted((repo / "tests" / "data").glob("seed-00*.pdf"))
    rows = ["", "Peers on the same files (benchmarks/peers.py in benchmarks/.peers; offline):", ""]
    if not peers_python.exists():
        return [*rows, f"Not run: {peers_python} is missing (see benchmarks/peers.py)."]
    out = subprocess.run(
        [
            str(peers_python),
            str(repo / "benchmarks" / "peers.py"),
            *map(str, docx_files + pdf_files),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    v_docx = _time(lambda: [vnplan.parse(p) for p in docx_files], repeat) / len(docx_files)
    v_pdf = _time(lambda: [vnplan.parse(p) for p in pdf_files], repeat) / len(pdf_files)
    rows += [
        "| format | tool | files | import s | ms/doc | median ms/doc | vs vnplan | result |",
        "|---|---|---|---|---|---|---|---|",
        f"| docx | vnplan parse (whole Plan) | {len(docx_files)} | | {v_docx * 1e3:.1f} | | 1.0 "
        "| ok |",
        f"| pdf | vnplan parse (whole Plan) | {len(pdf_files)} | | {v_pdf * 1e3:.1f} | | 1.0 "
        "| ok |",
    ]
    for r in json.loads(out):
        base = v_docx if r["format"] == "docx" else v_pdf
        ms = r.get("ms_per_doc")
        ratio = f"{ms / 1e3 / base:.0f}×" if ms is not None else ""
        result = r.get("error", "ok (text only, no plan structure)")
        rows.append(
            f"| {r['format']} | {r['tool']} | {r['files']} | {r.get('import_s', '')} | "
            f"{ms if ms is not None else ''} | {r.get('median_ms', '')} | {ratio} | "
            f"{result.replace('|', '/')} |"
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", default=None)
    ap.add_argument(
        "--peers-python",
        default=str(Path(__file__).resolve().parent / ".peers" / "bin" / "python"),
        help="the Python of the peers' venv (see peers.py); missing → the peers row says so",
    )
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="text, seed 003 and start-up only (no PDF/DOCX, NLP or peers rows)",
    )
    args = ap.parse_args()
    files = _files(Path(args.shared))
    datas = [f.read_bytes() for f in files]
    total = sum(len(d) for d in datas)

    def run_all() -> None:
        for d in datas:
            vnplan.parse(d)

    t = _time(run_all, args.repeat)
    per_doc = [_time(lambda d=d: vnplan.parse(d), args.repeat) for d in datas]  # type: ignore[misc]
    seed = (
        Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "003_dc1aff751526fa60.txt"
    ).read_text(encoding="utf-8")
    body = seed[seed.index("I. NỘI DUNG") if "I. NỘI DUNG" in seed else 0 :]
    scaling = []
    for k in (1, 4, 16, 64):
        text = seed + ("\n\n" + body) * (k - 1)
        s = _time(lambda text=text: vnplan.parse_text(text), max(1, args.repeat // 2))  # type: ignore[misc]
        scaling.append((k, len(text), s))

    lines = [
        "# vnplan benchmark",
        "",
        f"Machine: {platform.machine()}, {platform.processor() or '?'}, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}",
        f"Command: `python benchmarks/bench.py --repeat {args.repeat}` (best of the repeats)",
        "",
        "| input | docs | MB | seconds | docs/s | MB/s | median ms/doc | max ms/doc |",
        "|---|---|---|---|---|---|---|---|",
        f"| text (seeds + corpus .txt) | {len(datas)} | {total / 1e6:.2f} | {t:.3f} | "
        f"{len(datas) / t:.0f} | {total / 1e6 / t:.2f} | {statistics.median(per_doc) * 1e3:.1f} | "
        f"{max(per_doc) * 1e3:.1f} |",
        "",
        "Scaling (seed 003 with its body repeated k times):",
        "",
        "| k | chars | seconds | µs/char |",
        "|---|---|---|---|",
    ]
    lines += [f"| {k} | {n} | {s:.4f} | {s / n * 1e6:.2f} |" for k, n, s in scaling]
    seed_runs = max(50, args.repeat * 20)
    t_seed = _time(lambda: vnplan.parse_text(seed), seed_runs)
    lines += [
        "",
        f"Seed 003 ({len(seed)} chars), parse_text, best of {seed_runs}: "
        f"{t_seed * 1e3:.2f} ms/doc ({1 / t_seed:.0f} docs/s)",
    ]
    lines += _startup_rows(max(10, args.repeat * 2))
    if args.quick:
        print("\n".join(lines))
        return 0
    lines += _formats(args.repeat)
    lines += _nlp_rows(Path(args.shared))
    if not args.no_peers:
        lines += _peer_rows(Path(args.peers_python), args.repeat)
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        Path(args.out).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
