"""Flat tables of parsed plans (plans, assignments, tasks, phases, signatories, recipients,
references) for DuckDB, polars or a spreadsheet; Parquet with pyarrow (``pip install
'.[parquet]'``).

Every row carries ``doc``, the key of its record: a short hash of the record's source path and
content hash, so the same file at two paths is two documents, and a table joins to ``plans``
on ``doc`` alone. Columns have fixed types (lists of strings for ``coordinating``,
``budget_sources``, ``budget_amounts`` and ``warnings``), whatever the values seen."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def _s(v: Any) -> Any:
    return None if v is None else str(v)


def doc_key(plan: dict[str, Any]) -> str:
    """The key of a record: 16 hex digits of the SHA-256 of its source path (exact bytes when
    it has ``source_b64``) and its content hash."""
    source = plan.get("source_b64") or plan.get("source") or ""
    return hashlib.sha256(f"{source}\0{plan.get('sha256') or ''}".encode()).hexdigest()[:16]


def flatten(plan: dict[str, Any]) -> dict[str, list[Row]]:
    """One plan (its JSON form, as a batch record) as rows of the flat tables, each keyed by
    ``doc`` (``doc_key()``)."""
    doc = doc_key(plan)
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
            "sha256": plan.get("sha256"),
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
            "budget_sources": list((plan.get("budget") or {}).get("sources") or []),
            # The sums as written: a total and its parts may both be there, so none is added up.
            "budget_amounts": [a["raw"] for a in (plan.get("budget") or {}).get("amounts") or []],
            "n_purposes": len(plan.get("purposes") or []),
            "n_requirements": len(plan.get("requirements") or []),
            "n_warnings": len(plan.get("warnings") or []),
            "warnings": [w["code"] for w in plan.get("warnings") or []],
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
                    "coordinating": list(t.get("coordinating") or []),
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


_S, _I, _B, _L = "string", "int64", "bool", "list<string>"

#: The columns of each table and their types (Arrow type names).
COLUMNS: dict[str, dict[str, str]] = {
    "plans": {
        "doc": _S,
        "source": _S,
        "sha256": _S,
        "format": _S,
        "kind": _S,
        "doc_type": _S,
        "number": _S,
        "type_code": _S,
        "issuer": _S,
        "issuer_parent": _S,
        "issuer_inferred": _B,
        "place": _S,
        "date": _S,
        "title": _S,
        "period_start": _S,
        "period_end": _S,
        "budget_sources": _L,
        "budget_amounts": _L,
        "n_purposes": _I,
        "n_requirements": _I,
        "n_warnings": _I,
        "warnings": _L,
    },
    "assignments": {
        "doc": _S,
        "assignment": _I,
        "unit": _S,
        "code": _S,
        "collective": _B,
        "n_tasks": _I,
    },
    "tasks": {
        "doc": _S,
        "assignment": _I,
        "task": _I,
        "unit": _S,
        "code": _S,
        "origin": _S,
        "via": _S,
        "text": _S,
        "deadline": _S,
        "recurrence": _S,
        "coordinating": _L,
    },
    "phases": {"doc": _S, "label": _S, "start": _S, "end": _S, "condition": _S},
    "signatories": {
        "doc": _S,
        "authority": _S,
        "on_behalf_of": _S,
        "position": _S,
        "rank": _S,
        "name": _S,
    },
    "recipients": {"doc": _S, "text": _S, "archive": _B},
    "references": {"doc": _S, "raw": _S, "type": _S, "date": _S, "issuer": _S},
}


def arrow_schema(name: str) -> Any:
    """The pyarrow schema of table ``name``."""
    import pyarrow as pa

    types = {_S: pa.string(), _I: pa.int64(), _B: pa.bool_(), _L: pa.list_(pa.string())}
    return pa.schema([(col, types[t]) for col, t in COLUMNS[name].items()])


def write_parquet(jsonl: Path, out_dir: Path) -> list[Path]:
    """Write the flat tables of the plans in a JSON Lines file as Parquet files."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise RuntimeError("Parquet output needs pyarrow: pip install '.[parquet]'") from e
    with jsonl.open(encoding="utf-8") as f:
        tables = collect(json.loads(line) for line in f if line.strip())
    written = []
    for name in COLUMNS:
        target = out_dir / f"{name}.parquet"
        schema = arrow_schema(name)
        table = pa.Table.from_pylist(tables.get(name, []), schema=schema)
        tmp = target.with_name(f".tmp-{target.name}")
        pq.write_table(table, tmp)
        tmp.replace(target)
        written.append(target)
    return written
