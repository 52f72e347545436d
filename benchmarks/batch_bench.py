"""Batch throughput: docs/s with 1 and 2 workers against a plain parse loop, on a corpus of
real plans with their body sections reshuffled, plus broken files.

Run: ``python benchmarks/batch_bench.py [--n 2000] [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import vnplan
from vnplan.batch import convert

REPO = Path(__file__).resolve().parent.parent


def make_corpus(d: Path, n: int, shared: Path, seed: int = 7) -> int:
    rng = random.Random(seed)
    sources = sorted((REPO / "corpora" / "seeds").glob("*.txt"))
    sources += sorted((shared / "corpus" / "docs").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    binaries = sorted((REPO / "tests" / "data").glob("seed-*.docx"))
    binaries += sorted((REPO / "tests" / "data").glob("seed-*.pdf"))
    broken = 0
    for i in range(n):
        r = rng.random()
        if r < 0.02:
            (d / f"broken-{i:05d}.pdf").write_bytes(b"%PDF-1.7\n" + rng.randbytes(500))
            broken += 1
            continue
        if r < 0.03:
            (d / f"empty-{i:05d}.txt").write_bytes(b"")
            broken += 1
            continue
        if r < 0.08:
            src = rng.choice(binaries)
            shutil.copy(src, d / f"copy-{i:05d}{src.suffix}")
            continue
        blocks = rng.choice(texts).split("\n\n")
        head, body, tail = blocks[:8], blocks[8:-6], blocks[-6:]
        rng.shuffle(body)
        (d / f"plan-{i:05d}.txt").write_text(
            "\n\n".join(head + body + tail) + f"\n\n{i}\n", encoding="utf-8"
        )
    return broken


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        corpus.mkdir()
        broken = make_corpus(corpus, args.n, Path(args.shared))
        files = sorted(corpus.iterdir())
        t0 = time.perf_counter()
        failed = 0
        for f in files:
            try:
                vnplan.parse(f)
            except vnplan.VnplanError:
                failed += 1
        loop = time.perf_counter() - t0
        rows = [("parse() in a loop, 1 process", loop, failed, None)]
        for w in (1, 2):
            t0 = time.perf_counter()
            s = convert([corpus], Path(tmp) / f"out{w}", workers=w, quiet=True)
            dt = time.perf_counter() - t0
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            rows.append((f"vnplan batch, {w} worker(s)", dt, s.failed, rss))
        print(
            f"# Batch benchmark\n\n{len(files)} documents ({broken} broken), "
            f"2 cores; command: `python benchmarks/batch_bench.py --n {args.n}`\n"
        )
        print("| run | seconds | docs/s | failures | peak RSS of a worker (MB) |")
        print("|---|---|---|---|---|")
        for name, dt, f, rss in rows:
            print(
                f"| {name} | {dt:.1f} | {len(files) / dt:.0f} | {f} | "
                f"{'' if rss is None else f'{rss:.0f}'} |"
            )
        one, two = rows[1][1], rows[2][1]
        print(
            f"\nScaling 1 -> 2 workers: {one / two:.2f}x ({one / two / 2:.0%} efficiency); "
            f"batch machinery vs the plain loop with 1 worker: {one / loop:.2f}x."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
