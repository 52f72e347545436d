"""Peer document converters on the same files as vnplan, run inside their own virtualenv.

Set up once (the peers never enter vnplan's dependencies)::

    python -m venv benchmarks/.peers
    benchmarks/.peers/bin/pip install -r benchmarks/peers-requirements.txt

``bench.py`` runs this script with that venv's Python and folds the result into RESULTS.md;
by hand: ``benchmarks/.peers/bin/python benchmarks/peers.py FILE...`` prints one JSON object.
A peer that cannot run offline is a result, not an error: its row says what it raised.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # fail fast instead of retrying a network
os.environ.setdefault("UNSTRUCTURED_DISABLE_NOTICE", "1")


def _run(name: str, load: Callable[[], Callable[[str], Any]], files: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = {"tool": name, "files": len(files)}
    t0 = time.perf_counter()
    try:
        convert = load()
        row["import_s"] = round(time.perf_counter() - t0, 3)
        convert(files[0])  # warm-up: lazy model loading is not per-document cost
        sizes, times = [], []
        for f in files:  # one pass: the peers are slow, and per-file times show the spread
            t1 = time.perf_counter()
            sizes.append(convert(f))
            times.append(time.perf_counter() - t1)
        row["ms_per_doc"] = round(sum(times) / len(files) * 1e3, 2)
        row["median_ms"] = round(statistics.median(times) * 1e3, 2)
        row["output_chars"] = sum(sizes)
        if not any(sizes):
            row["error"] = "returned no text"
    except BaseException as e:  # a peer's failure is the measurement
        if isinstance(e, KeyboardInterrupt):
            raise
        row["error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:160] if str(e) else ''}"
    return row


def _docling() -> Callable[[str], Any]:
    from docling.document_converter import DocumentConverter

    conv = DocumentConverter()
    return lambda f: len(conv.convert(f).document.export_to_markdown())


def _unstructured_docx() -> Callable[[str], Any]:
    from unstructured.partition.docx import partition_docx

    return lambda f: sum(len(str(e)) for e in partition_docx(filename=f))


def _unstructured_pdf() -> Callable[[str], Any]:
    from unstructured.partition.pdf import partition_pdf

    return lambda f: sum(len(str(e)) for e in partition_pdf(filename=f, strategy="fast"))


def main(argv: list[str]) -> int:
    files = [str(Path(a).resolve()) for a in argv]
    docx = [f for f in files if f.endswith(".docx")]
    pdf = [f for f in files if f.endswith(".pdf")]
    rows = []
    if docx:
        rows.append({"format": "docx", **_run("docling", _docling, docx)})
        rows.append({"format": "docx", **_run("unstructured", _unstructured_docx, docx)})
    if pdf:
        rows.append({"format": "pdf", **_run("docling", _docling, pdf)})
        rows.append({"format": "pdf", **_run("unstructured (fast)", _unstructured_pdf, pdf)})
    print(json.dumps(rows, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
