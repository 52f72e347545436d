"""Score a parse against a gold file, by the rules of GOLD_FORMAT.md.

A gold file is a subset of ``Plan.model_dump(mode="json")``; keys it leaves out are not
scored. Scalars are right or wrong; lists get precision, recall and F1.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnplan.text.normalize import fold

SCALARS = (
    "kind",
    "doc_type",
    "number",
    "issuer.name",
    "issuer.parent",
    "place",
    "date",
    "title",
    "period",
)
PREFIX_LISTS = ("purposes", "requirements", "recipients")
LISTS = (
    *PREFIX_LISTS,
    "assignments",
    "phases",
    "references",
    "abbreviations",
    "signatories",
    "top_sections",
)


def norm(value: Any) -> str | None:
    """GOLD_FORMAT's ``norm`` (None stays None)."""
    if value is None:
        return None
    return fold(str(value))


@dataclass
class PRF:
    """Precision, recall and F1 of one list in one document."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    """The score of one document."""

    scalars: dict[str, bool] = field(default_factory=dict)
    lists: dict[str, PRF] = field(default_factory=dict)
    task_counts: tuple[int, int] | None = None  # (right, matched units)
    misses: list[str] = field(default_factory=list)

    @property
    def fully_correct(self) -> bool:
        tasks_ok = self.task_counts is None or self.task_counts[0] == self.task_counts[1]
        return (
            all(self.scalars.values())
            and all(p.f1 == 1.0 for p in self.lists.values())
            and tasks_ok
        )


def _get(d: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if d is None:
            return None
        d = d.get(part) if isinstance(d, dict) else None
    return d


def _has(d: dict[str, Any], dotted: str) -> bool:
    head, _, rest = dotted.partition(".")
    if head not in d:
        return False
    if not rest:
        return True
    sub = d[head]
    return sub is None or (isinstance(sub, dict) and rest in sub)


def _scalar(key: str, gold: Any, pred: Any) -> bool:
    if key == "number":
        g = None if gold is None else norm(gold.get("raw"))
        p = None if pred is None else norm(pred.get("raw"))
        g = g.replace(" ", "") if g else g
        p = p.replace(" ", "") if p else p
        return g == p
    if key == "period":
        gs, ge = (gold or {}).get("start"), (gold or {}).get("end")
        ps, pe = (pred or {}).get("start"), (pred or {}).get("end")
        return norm(gs) == norm(ps) and norm(ge) == norm(pe)
    return norm(gold) == norm(pred)


def _ordered_prefix(gold: list[str], pred: list[str], prefix: bool) -> int:
    """Pair items one to one in order; a pred matches when it starts with (or equals) gold."""
    tp = 0
    j = 0
    for g in gold:
        k = j
        while k < len(pred):
            ok = pred[k].startswith(g) if prefix else pred[k] == g
            if ok:
                tp += 1
                j = k + 1
                break
            k += 1
    return tp


def _set_match(gold: list[tuple[Any, ...]], pred: list[tuple[Any, ...]]) -> int:
    left = list(pred)
    tp = 0
    for g in gold:
        if g in left:
            left.remove(g)
            tp += 1
    return tp


def score(gold: dict[str, Any], pred: dict[str, Any]) -> DocScore:
    """Score one parse (``Plan.model_dump(mode="json")``) against one gold file."""
    s = DocScore()
    for key in SCALARS:
        if _has(gold, key):
            ok = _scalar(key, _get(gold, key), _get(pred, key))
            s.scalars[key] = ok
            if not ok:
                s.misses.append(f"{key}: gold {_get(gold, key)!r} != {_get(pred, key)!r}")
    for key in PREFIX_LISTS:
        if key in gold:
            g = [norm(x["text"]) or "" for x in gold[key] or []]
            p = [norm(x["text"]) or "" for x in pred.get(key) or []]
            s.lists[key] = PRF(_ordered_prefix(g, p, True), len(p), len(g))
    if "top_sections" in gold:
        g = [norm(x) or "" for x in gold["top_sections"] or []]
        p = [norm(x) or "" for x in pred.get("top_sections") or []]
        s.lists["top_sections"] = PRF(_ordered_prefix(g, p, False), len(p), len(g))
    if "phases" in gold:
        g_ph = [
            (norm(x.get("label")), norm(x.get("start")), norm(x.get("end")))
            for x in gold["phases"] or []
        ]
        p_ph = [
            (norm(x.get("label")), norm(x.get("start")), norm(x.get("end")))
            for x in pred.get("phases") or []
        ]
        s.lists["phases"] = PRF(_set_match(g_ph, p_ph), len(p_ph), len(g_ph))
    if "references" in gold:
        g_r = [(norm(x["raw"]),) for x in gold["references"] or []]
        p_r = [(norm(x["raw"]),) for x in pred.get("references") or []]
        s.lists["references"] = PRF(_set_match(g_r, p_r), len(p_r), len(g_r))
    if "abbreviations" in gold:
        g_a = [(norm(x["short"]), norm(x["full"])) for x in gold["abbreviations"] or []]
        p_a = [(norm(x["short"]), norm(x["full"])) for x in pred.get("abbreviations") or []]
        s.lists["abbreviations"] = PRF(_set_match(g_a, p_a), len(p_a), len(g_a))
    if "signatories" in gold:
        fields = ("authority", "on_behalf_of", "position", "rank", "name")
        g_s = [tuple(norm(x.get(f)) for f in fields) for x in gold["signatories"] or []]
        p_s = [tuple(norm(x.get(f)) for f in fields) for x in pred.get("signatories") or []]
        s.lists["signatories"] = PRF(_set_match(g_s, p_s), len(p_s), len(g_s))
    if "assignments" in gold:
        _score_assignments(gold["assignments"] or [], pred.get("assignments") or [], s)
    for key, prf in s.lists.items():
        if prf.f1 < 1.0:
            s.misses.append(f"{key}: P={prf.precision:.2f} R={prf.recall:.2f}")
    return s


def _score_assignments(gold: list[dict[str, Any]], pred: list[dict[str, Any]], s: DocScore) -> None:
    uses_sentences = any("sentence_tasks" in g for g in gold)
    used: set[int] = set()
    tp = right = 0
    for g in gold:
        gname, gcode = norm(g["unit"]["name"]), g["unit"].get("code")
        for i, p in enumerate(pred):
            if i in used:
                continue
            pname, pcode = norm(p["unit"]["name"]), p["unit"].get("code")
            if gname == pname or (gcode and pcode and norm(gcode) == norm(pcode)):
                used.add(i)
                tp += 1
                tasks = p.get("tasks") or []
                n_sec = sum(1 for t in tasks if t.get("origin", "section") == "section")
                n_sen = sum(1 for t in tasks if t.get("origin") == "sentence")
                ok = n_sec == g.get("tasks", n_sec)
                if uses_sentences:
                    ok = ok and n_sen == g.get("sentence_tasks", 0)
                right += ok
                if not ok:
                    s.misses.append(
                        f"assignments: {g['unit']['name']!r} tasks "
                        f"{n_sec}/{n_sen} != {g.get('tasks')}/"
                        f"{g.get('sentence_tasks', 0)}"
                    )
                break
    s.lists["assignments"] = PRF(tp, len(pred), len(gold))
    s.task_counts = (right, tp)


def gold_view(pred: dict[str, Any]) -> dict[str, Any]:
    """A parse in the shape of a gold file (task lists become counts), e.g. to compare two
    parses of the same plan with ``score()``."""
    out = dict(pred)
    out["assignments"] = [
        {
            "unit": a["unit"],
            "tasks": sum(1 for t in a.get("tasks", []) if t.get("origin") == "section"),
            "sentence_tasks": sum(1 for t in a.get("tasks", []) if t.get("origin") == "sentence"),
        }
        for a in pred.get("assignments") or []
    ]
    return out


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def resolve_source(gold: dict[str, Any], gold_path: Path, shared: Path | None) -> Path:
    """Where a gold file's document is: under ``shared/``, else beside the gold directory
    (``corpora/seeds/`` holds copies of the seeds)."""
    src = Path(gold.get("source", ""))
    candidates = []
    if shared is not None:
        candidates.append(shared / src)
    candidates += [
        gold_path.parent.parent / src,
        gold_path.parent.parent / "seeds" / src.name,
        Path("../shared") / src,
    ]
    for c in candidates:
        if c.is_file():
            return c
    return candidates[0]


# What an unreadable document yields: no values at all.
_NOTHING: dict[str, Any] = {
    "kind": None,
    "doc_type": None,
    "number": None,
    "issuer": None,
    "place": None,
    "date": None,
    "title": None,
    "period": None,
    "purposes": [],
    "requirements": [],
    "assignments": [],
    "phases": [],
    "recipients": [],
    "signatories": [],
    "references": [],
    "abbreviations": [],
    "top_sections": [],
}


def evaluate_dir(gold_dir: Path, shared: Path | None = None) -> dict[str, Any]:
    """Parse each gold file's source and score it; aggregate per field and per format."""
    from vnplan.api import parse
    from vnplan.errors import VnplanError

    docs: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    skipped: list[dict[str, str]] = []
    scalar_tot: dict[str, list[int]] = {}
    list_tot: dict[str, list[float]] = {}
    tasks_right = tasks_all = 0
    by_format: dict[str, list[int]] = {}
    # What the skipped documents' gold files would have scored, per field: the thresholds
    # are set on the whole set, and a machine without an optional tool scores fewer.
    skipped_n: dict[str, int] = {}

    def tally(s: DocScore) -> None:
        nonlocal tasks_right, tasks_all
        for k, ok in s.scalars.items():
            t = scalar_tot.setdefault(k, [0, 0])
            t[0] += ok
            t[1] += 1
        for k, prf in s.lists.items():
            list_tot.setdefault(k, []).extend([prf.precision, prf.recall, prf.f1])
        if s.task_counts:
            tasks_right += s.task_counts[0]
            tasks_all += s.task_counts[1]

    for gp in sorted(gold_dir.glob("*.json")):
        gold = load_gold(gp)
        src = resolve_source(gold, gp, shared)
        fmt = src.suffix.lstrip(".") or "?"
        try:
            plan = parse(src)
        except VnplanError as e:
            missing_tool = type(e).__name__ == "OcrUnavailableError" or (
                type(e).__name__ == "UnsupportedFormatError" and "LibreOffice" in e.message
            )
            if missing_tool:
                skipped.append({"gold": gp.name, "source": str(src), "reason": e.message})
                blank = score(gold, _NOTHING)
                for k in (*blank.scalars, *blank.lists):
                    skipped_n[k] = skipped_n.get(k, 0) + 1
                if blank.task_counts:
                    skipped_n["assignments.tasks"] = (
                        skipped_n.get("assignments.tasks", 0) + blank.task_counts[1]
                    )
                continue  # a tool this machine lacks, not a parse failure: in no average
            errors.append({"gold": gp.name, "source": str(src), "error": str(e)})
            by_format.setdefault(fmt, [0, 0])[1] += 1
            # A document vnplan cannot read counts against every field its gold file scores.
            tally(score(gold, _NOTHING))
            continue
        s = score(gold, plan.model_dump(mode="json"))
        tally(s)
        f = by_format.setdefault(fmt, [0, 0])
        f[0] += s.fully_correct
        f[1] += 1
        docs.append(
            {"gold": gp.name, "format": fmt, "fully_correct": s.fully_correct, "misses": s.misses}
        )
    fields: dict[str, dict[str, float]] = {}
    for k, (right, n_docs) in scalar_tot.items():
        fields[k] = {"accuracy": right / n_docs, "n": n_docs}
    for k, vals in list_tot.items():
        n = len(vals) // 3
        fields[k] = {
            "precision": sum(vals[0::3]) / n,
            "recall": sum(vals[1::3]) / n,
            "f1": sum(vals[2::3]) / n,
            "n": n,
        }
    if tasks_all:
        fields["assignments.tasks"] = {"accuracy": tasks_right / tasks_all, "n": tasks_all}
    for k, n_skipped in skipped_n.items():
        if k in fields:
            fields[k]["skipped"] = n_skipped
    total = len(docs) + len(errors)
    full = sum(d["fully_correct"] for d in docs)
    return {
        "documents": total,
        "fully_correct": full / total if total else 0.0,
        "fields": fields,
        "by_format": {
            k: {"fully_correct": v[0] / v[1] if v[1] else 0.0, "n": v[1]}
            for k, v in by_format.items()
        },
        "docs": docs,
        "errors": errors,
        "skipped": skipped,
    }


def format_table(report: dict[str, Any]) -> str:
    """A plain-text table of an ``evaluate_dir()`` report."""
    lines = [
        f"documents: {report['documents']}   fully correct: {report['fully_correct']:.1%}",
        "",
        f"{'field':<22} {'score':>8} {'n':>4}",
    ]
    for k, v in sorted(report["fields"].items()):
        val = v.get("accuracy", v.get("f1", 0.0))
        kind = "acc" if "accuracy" in v else "F1"
        lines.append(f"{k:<22} {val:>7.1%} {int(v['n']):>4}  {kind}")
    lines += ["", "by format:"]
    for k, v in sorted(report["by_format"].items()):
        lines.append(f"  {k:<6} fully correct {v['fully_correct']:.1%} of {v['n']}")
    misses = [d for d in report["docs"] if not d["fully_correct"]]
    if misses:
        lines += ["", "misses:"]
        for d in misses:
            lines.append(f"  {d['gold']}: " + "; ".join(d["misses"]))
    for e in report["errors"]:
        lines.append(f"  ERROR {e['gold']}: {e['error']}")
    for sk in report.get("skipped", []):
        lines.append(f"  skipped {sk['gold']}: {sk['reason']}")
    return "\n".join(lines)


def below_thresholds(report: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """The fields whose score in ``report`` is below its threshold.

    Keys are field names (``date``, ``assignments``, ``assignments.tasks`` ...) scored as
    accuracy or F1, and ``fully_correct`` for the share of fully correct documents.

    Thresholds are measured on the whole gold set. Documents skipped for an optional tool
    this machine lacks (LibreOffice for .doc) are in no average, so a score can drop only by
    leaving out a document that was right; the test is therefore on the misses: the scored
    documents may miss no more than the threshold allows over the whole set, ``(1 - score)
    × scored ≤ (1 - threshold) × (scored + skipped)``. With nothing skipped this is the
    plain ``score ≥ threshold``. Messages give the score unrounded, with its counts.
    """
    out = []
    for key, minimum in thresholds.items():
        if key.startswith("_"):
            continue
        if key == "fully_correct":
            got = float(report["fully_correct"])
            n = int(report["documents"])
            skipped = len(report.get("skipped", []))
        else:
            field = report["fields"].get(key)
            if field is None:
                out.append(f"{key}: not scored (no gold file has it)")
                continue
            got = float(field.get("accuracy", field.get("f1", 0.0)))
            n = int(field["n"])
            skipped = int(field.get("skipped", 0))
        if (1 - got) * n > (1 - minimum) * (n + skipped) + 1e-9:
            note = f", {skipped} skipped" if skipped else ""
            out.append(
                f"{key}: {got:.6f} < {minimum} (misses {(1 - got) * n:.3f} of {n} scored"
                f"{note}; the threshold allows {(1 - minimum) * (n + skipped):.3f})"
            )
    return out
