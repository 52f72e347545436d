"""Adversarial sizes: time grows linearly with the input (issue 17, item 10).

    PYTHONPATH=. python benchmarks/adversarial.py [--quick]

Two inputs that were quadratic: a text of n short lines that the wrap heuristics join into
one paragraph (``zones.join_wrapped``), and a PDF of n words on one line, each drawn over the
last (overlapping text boxes: pdfium's per-box text calls, the line grouping of the layout and
the table-header search). Each size is four times the last; the script prints the time of
each and the ratio to the last, and exits 1 when a ratio exceeds 6 (linear with some slack).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "hostile"))

from make_hostile import lines_text, one_line_pdf

import vnplan

MAX_RATIO = 6.0


def _time(make: Callable[[], object], parse: Callable[[object], object]) -> tuple[float, str]:
    data = make()
    t = time.perf_counter()
    try:
        parse(data)
        what = "plan"
    except vnplan.VnplanError as e:
        what = type(e).__name__
    return time.perf_counter() - t, what


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the two smaller sizes only")
    args = ap.parse_args()
    vnplan.parse_text("KẾ HOẠCH\nI. A\n- b")  # imports and NLP warm
    cases: list[tuple[str, list[int], Callable[[int], Callable[[], object]], Callable[..., object]]]
    cases = [
        (
            "text, short lines joined",
            [25_000, 100_000] if args.quick else [25_000, 100_000, 400_000],
            lambda n: lambda: lines_text(n),
            lambda d: vnplan.parse_text(d),
        ),
        (
            "PDF, words on one line",
            [2_500, 10_000] if args.quick else [2_500, 10_000, 40_000],
            lambda n: lambda: one_line_pdf(n),
            lambda d: vnplan.parse(d),
        ),
    ]
    bad = False
    print(f"{'input':28} {'n':>8} {'seconds':>9} {'ratio':>6}  result")
    for label, sizes, make, parse in cases:
        last = None
        for n in sizes:
            secs, what = _time(make(n), parse)
            ratio = secs / last if last else None
            print(
                f"{label:28} {n:8} {secs:9.2f} {'' if ratio is None else f'{ratio:6.1f}':>6}  "
                f"{what}",
                flush=True,
            )
            if ratio is not None and ratio > MAX_RATIO:
                bad = True
            last = secs
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
