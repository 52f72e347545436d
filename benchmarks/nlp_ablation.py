"""NLP ablation: parse every gold document with underthesea on and off (VNPLAN_NLP) and say
what changes: per-field differences of the outputs, the gold scores both ways, and the time.

    python benchmarks/nlp_ablation.py [--gold corpora/gold] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import vnplan
from vnplan.evaluate import evaluate_dir

_IGNORED = ("warnings", "spans", "sections", "preamble", "appendices", "units")


def _outputs(gold: Path, shared: Path) -> tuple[dict[str, dict[str, object]], float]:
    out: dict[str, dict[str, object]] = {}
    t0 = time.perf_counter()
    for g in sorted(gold.glob("*.json")):
        src = shared / json.loads(g.read_text("utf-8"))["source"]
        try:
            d = vnplan.parse(src).model_dump(mode="json")
        except vnplan.VnplanError as e:
            d = {"error": e.code}
        out[g.stem] = {k: v for k, v in d.items() if k not in _IGNORED}
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="corpora/gold")
    ap.add_argument("--shared", default="../shared")
    a = ap.parse_args()
    gold, shared = Path(a.gold), Path(a.shared)
    runs = {}
    for mode in ("1", "0"):
        os.environ["VNPLAN_NLP"] = mode
        _outputs(gold, shared)  # warm: the import and caches, not the comparison
        outs, secs = _outputs(gold, shared)
        report = evaluate_dir(gold, shared=shared)
        runs[mode] = (outs, secs, report)
    on, off = runs["1"][0], runs["0"][0]
    changed = {
        doc: sorted(k for k in on[doc] if on[doc].get(k) != off[doc].get(k))
        for doc in on
        if on[doc] != off[doc]
    }
    print(f"documents: {len(on)}; outputs that differ with NLP off: {len(changed)}")
    for doc, keys in changed.items():
        print(f"  {doc}: {', '.join(keys)}")
    for mode, label in (("1", "NLP on "), ("0", "NLP off")):
        _, secs, rep = runs[mode]
        print(f"{label}: fully correct {rep['fully_correct']:.1%}, {secs:.2f} s for the set")


if __name__ == "__main__":
    main()
