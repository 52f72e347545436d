"""Flat tables of parsed plans (plans, assignments, tasks, phases, signatories, recipients,
references) for DuckDB, polars or a spreadsheet; Parquet with pyarrow (``vnplan[parquet]``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def _s(v: Any) -> Any:
    return None if v is None else str(v)


def flatten(plan: dict[str, Any]) -> dict[str, list[Row]]:
    """One plan (its JSON form) as rows of the flat tables, keyed by ``doc`` (its SHA-256,
    else its source)."""
    doc = plan.get("sha256") or plan.get("source")
    number = plan.get("number") or {}
    issuer = plan.get("issuer") or {}
    period = plan.get("period") or {}
    tables: dict[str, list[Row]] = {
        k: []
        for k in (
            "plans",
            "assignments",
            "tasks",
            "phases",
            "signatories",
            "recipients",
            "references",
        )
    }
    tables["plans"].append(
        {
            "doc": doc,
            "source": plan.get("source"),
            "format": plan.get("source_format"),
            "kind": plan.get("kind"),
            "doc_type": plan.get("doc_type"),
            "number": number.get("raw"),
            "type_code": number.get("type_code"),
            "issuer": issuer.get("name"),
            "issuer_parent": issuer.get("parent"),
            "issuer_inferred": issuer.get("inferred"),
            "place": plan.get("place"),
            "date": _s(plan.get("date")),
            "title": plan.get("title"),
            "period_start": _s(period.get("start")),
            "period_end": _s(period.get("end")),
            "budget_sources": "; ".join((plan.get("budget") or {}).get("sources") or []),
            # The sums as written: a total and its parts may both be there, so none is added up.
            "budget_amounts": "; ".join(
                a["raw"] for a in (plan.get("budget") or {}).get("amounts") or []
            ),
            "n_purposes": len(plan.get("purposes") or []),
            "n_requirements": len(plan.get("requirements") or []),
            "n_warnings": len(plan.get("warnings") or []),
            "warnings": ",".join(w["code"] for w in plan.get("warnings") or []),
        }
    )
    for i, a in enumerate(plan.get("assignments") or []):
        unit = a["unit"]
        tables["assignments"].append(
            {
                "doc": doc,
                "assignment": i,
                "unit": unit["name"],
                "code": unit.get("code"),
                "collective": unit.get("collective", False),
                "n_tasks": len(a.get("tasks") or []),
            }
        )
        for j, t in enumerate(a.get("tasks") or []):
            tables["tasks"].append(
                {
                    "doc": doc,
                    "assignment": i,
                    "task": j,
                    "unit": unit["name"],
                    "code": unit.get("code"),
                    "origin": t.get("origin"),
                    "via": t.get("via"),
                    "text": t.get("text"),
                    "deadline": _s(t.get("deadline")),
                    "recurrence": t.get("recurrence"),
                    "coordinating": "; ".join(t.get("coordinating") or []),
                }
            )
    for ph in plan.get("phases") or []:
        tables["phases"].append(
            {
                "doc": doc,
                "label": ph.get("label"),
                "start": _s(ph.get("start")),
                "end": _s(ph.get("end")),
                "condition": ph.get("condition"),
            }
        )
    for s in plan.get("signatories") or []:
        tables["signatories"].append(
            {
                "doc": doc,
                **{k: s.get(k) for k in ("authority", "on_behalf_of", "position", "rank", "name")},
            }
        )
    for r in plan.get("recipients") or []:
        tables["recipients"].append(
            {"doc": doc, "text": r.get("text"), "archive": r.get("archive", False)}
        )
    for r in plan.get("references") or []:
        tables["references"].append(
            {
                "doc": doc,
                "raw": r.get("raw"),
                "type": r.get("type"),
                "date": _s(r.get("date")),
                "issuer": r.get("issuer"),
            }
        )
    return tables


def collect(plans: Iterable[dict[str, Any]]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for p in plans:
        for name, rows in flatten(p).items():
            out.setdefault(name, []).extend(rows)
    return out


def write_parquet(jsonl: Path, out_dir: Path) -> list[Path]:
    """Write the flat tables of the plans in a JSON Lines file as Parquet files."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise RuntimeError(
            "Parquet output needs pyarrow: pip install '.[parquet]' (or 'vnplan[parquet]')"
        ) from e
    with jsonl.open(encoding="utf-8") as f:
        tables = collect(json.loads(line) for line in f if line.strip())
    written = []
    for name, rows in tables.items():
        target = out_dir / f"{name}.parquet"
        table = pa.Table.from_pylist(rows) if rows else pa.table({"doc": pa.array([], pa.string())})
        pq.write_table(table, target)
        written.append(target)
    return written
