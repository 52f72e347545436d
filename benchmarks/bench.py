"""Throughput of vnplan on real documents: documents/s and MB/s, and the scaling check.

Run: ``python benchmarks/bench.py [--shared ../shared] [--repeat 5] [--out benchmarks/RESULTS.md]``.
Timing lives here, never in tests.
"""

from __future__ import annotations

import argparse
import platform
import statistics
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", default=None)
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
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        Path(args.out).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
