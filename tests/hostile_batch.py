"""Hostile inputs for ``vnplan batch`` (issues 17 and 18), and what each must give.

``python -m tests.hostile_batch DIR`` writes them into DIR; the tests call :func:`make`.

- ``plans/``: good plans (distinct, from the seeds), one with a name that is not UTF-8
  (``b-\\xff.txt``), one upper-case ``c016.TXT``, a PDF ``scan.PDF``, a Word file with no
  extension, and a PNG that is not a document (skipped by a directory walk);
- ``fifo``: a named pipe with no writer (must not block the batch);
- ``zero``: a symbolic link to ``/dev/zero`` (a device: never read);
- ``big.txt``: a long plan (seconds to parse, and well over 100 MB of memory).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora" / "seeds"
DATA = ROOT / "tests" / "data"

#: What each input must end as: "plan", "failure:<code>" or "skipped".
EXPECTED = {
    "plans/plan-0.txt": "plan",
    "plans/plan-1.txt": "plan",
    "plans/b-\udcff.txt": "plan",
    "plans/c016.TXT": "plan",
    "plans/scan.PDF": "plan",
    "plans/word-no-extension": "plan",
    "plans/photo.png": "skipped",
    "fifo": "failure:unreadable",
    "zero": "failure:unreadable",
}


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def plans(d: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` distinct plans (each its own last line, so its own hash)."""
    d.mkdir(parents=True, exist_ok=True)
    seeds = seed_texts()
    out = []
    for i in range(start, start + n):
        p = d / f"plan-{i:04d}.txt"
        p.write_text(seeds[i % len(seeds)] + f"\n\nBản sao số {i}.\n", encoding="utf-8")
        out.append(p)
    return out


def big_plan(path: Path, copies: int = 600) -> Path:
    """A long plan: ~7 MB of text, several seconds to parse, hundreds of MB of memory."""
    seed = (SEEDS / "003_dc1aff751526fa60.txt").read_text(encoding="utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(seed * copies, encoding="utf-8")
    return path


def make(d: Path) -> dict[str, Path]:
    """Write the inputs of :data:`EXPECTED` into ``d``; their paths by name."""
    d.mkdir(parents=True, exist_ok=True)
    pl = d / "plans"
    pl.mkdir(exist_ok=True)
    seeds = seed_texts()
    paths: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        p = Path(os.fsdecode(os.path.join(os.fsencode(d), os.fsencode(name))))
        p.write_bytes(data)
        paths[name] = p

    put("plans/plan-0.txt", seeds[0].encode())
    put("plans/plan-1.txt", (seeds[1] + "\n\nBản sao.\n").encode())
    put("plans/b-\udcff.txt", (seeds[2] + "\n\nTên tệp không phải UTF-8.\n").encode())
    put("plans/c016.TXT", (seeds[3] + "\n\nChữ hoa.\n").encode())
    put("plans/scan.PDF", (DATA / "seed-004.pdf").read_bytes())
    put("plans/word-no-extension", (DATA / "seed-003.docx").read_bytes())
    put("plans/photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    fifo = d / "fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    paths["fifo"] = fifo
    zero = d / "zero"
    if not zero.is_symlink():
        zero.symlink_to("/dev/zero")
    paths["zero"] = zero
    return paths


if __name__ == "__main__":  # pragma: no cover
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-batch")
    if target.exists():
        shutil.rmtree(target)
    for name, p in make(target).items():
        print(f"{EXPECTED[name]:20} {os.fsencode(p)!r}")
