"""Batch conversion: every input exactly once, resumable after SIGKILL, failures isolated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import CORPORA, ROOT
from vnplan.batch import convert, expand_inputs

DATA = ROOT / "tests" / "data"


def _corpus(d: Path, n: int) -> list[Path]:
    """``n`` distinct plans made from the seeds (each with its own line, so its own hash)."""
    d.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((CORPORA / "seeds").glob("*.txt"))]
    out = []
    for i in range(n):
        p = d / f"plan-{i:04d}.txt"
        p.write_text(seeds[i % len(seeds)] + f"\n\nBản sao số {i}.\n", encoding="utf-8")
        out.append(p)
    return out


def _records(out: Path) -> tuple[list[dict], list[dict]]:  # type: ignore[type-arg]
    def read(name: str) -> list[dict]:  # type: ignore[type-arg]
        p = out / name
        if not p.exists():
            return []
        return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]

    return read("plans.jsonl"), read("failures.jsonl")


def test_every_input_ends_as_one_record_or_one_failure(tmp_path: Path) -> None:
    docs = _corpus(tmp_path / "in", 6)
    listing = tmp_path / "list.txt"
    listing.write_text(
        f"{DATA / 'scanned.pdf'}\n{tmp_path / 'missing.txt'}\n# comment\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    s = convert(
        [tmp_path / "in", f"@{listing}", DATA / "seed-003.docx"], out, workers=2, ocr="never"
    )
    plans, failures = _records(out)
    assert (s.total, s.done, s.failed) == (9, 7, 2)
    assert sorted(p["source"] for p in plans) == sorted(
        [str(d) for d in docs] + [str(DATA / "seed-003.docx")]
    )
    assert {f["code"] for f in failures} == {"no_text_layer", "unreadable"}
    assert all(len(p["sha256"]) == 64 and p["kind"] in ("plan", "news") for p in plans)
    # Run again: everything is already done.
    again = convert(
        [tmp_path / "in", f"@{listing}", DATA / "seed-003.docx"], out, workers=2, ocr="never"
    )
    assert (again.done, again.failed, again.skipped) == (0, 0, 9)
    assert [len(x) for x in _records(out)] == [7, 2]


def test_torn_last_record_is_cut_and_redone(tmp_path: Path) -> None:
    docs = _corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    convert([tmp_path / "in"], out, workers=1)
    text = (out / "plans.jsonl").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    (out / "plans.jsonl").write_text("".join(lines[:2]) + lines[2][:50], encoding="utf-8")
    s = convert([tmp_path / "in"], out, workers=1)
    plans, _ = _records(out)
    assert s.done == 1 and sorted(p["source"] for p in plans) == sorted(map(str, docs))


def test_timeout_and_memory_limit_become_failures(tmp_path: Path) -> None:
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    seed = (CORPORA / "seeds" / "003_dc1aff751526fa60.txt").read_text(encoding="utf-8")
    big.write_text(seed * 600, encoding="utf-8")  # ~7 MB: takes several seconds
    small = _corpus(tmp_path / "in", 2)
    s = convert([tmp_path / "in"], tmp_path / "out", workers=2, timeout=1.0)
    plans, failures = _records(tmp_path / "out")
    assert [f["code"] for f in failures] == ["timeout"]
    assert sorted(p["source"] for p in plans) == sorted(map(str, small))
    s = convert([small[0]], tmp_path / "out2", workers=1, max_memory_mb=40)
    _, failures = _records(tmp_path / "out2")
    assert s.failed == 1 and failures[0]["code"] in ("crash", "memory", "internal")


def test_json_per_document_and_parquet_tables(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 2)
    convert([tmp_path / "in"], tmp_path / "json", fmt="json", workers=1)
    files = sorted((tmp_path / "json").glob("plan-*.json"))
    assert len(files) == 2 and json.loads(files[0].read_text("utf-8"))["doc_type"] == "KẾ HOẠCH"
    pq = pytest.importorskip("pyarrow.parquet")
    convert([CORPORA / "seeds"], tmp_path / "pq", fmt="parquet", workers=1)
    tasks = pq.read_table(tmp_path / "pq" / "tasks.parquet").to_pylist()
    assert {t["origin"] for t in tasks} == {"section", "sentence"}
    plans = pq.read_table(tmp_path / "pq" / "plans.parquet").to_pylist()
    assert len(plans) == 5


def test_expand_inputs_glob_and_order(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "a" / "y.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "a" / "z.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    got = expand_inputs([tmp_path / "a", tmp_path / "a" / "x.txt"])
    assert [p.name for p in got] == ["x.txt", "y.pdf"]
    assert [p.name for p in expand_inputs([tmp_path / "a"], ["*.pdf"])] == ["y.pdf"]


def test_sigkill_at_any_moment_then_rerun_loses_and_repeats_nothing(tmp_path: Path) -> None:
    docs = _corpus(tmp_path / "in", 160)
    out = tmp_path / "out"
    cmd = [
        sys.executable,
        "-m",
        "vnplan",
        "batch",
        str(tmp_path / "in"),
        "--out",
        str(out),
        "--workers",
        "2",
        "--quiet",
    ]
    for delay_records in (15, 70):
        proc = subprocess.Popen(cmd, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            p = out / "plans.jsonl"
            if p.exists() and p.read_bytes().count(b"\n") >= delay_records:
                break
            if proc.poll() is not None:
                break
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, mid-write
        proc.wait()
    r = subprocess.run(cmd, capture_output=True, timeout=300, check=False)
    assert r.returncode == 0, r.stderr
    plans, failures = _records(out)
    sources = Counter(p["source"] for p in plans) + Counter(f["source"] for f in failures)
    assert sorted(sources) == sorted(map(str, docs))
    assert set(sources.values()) == {1}


def test_dask_local_cluster_gives_the_same_records(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    inputs = [CORPORA / "seeds", DATA / "seed-004.pdf", DATA / "scanned.pdf"]
    convert(inputs, tmp_path / "local", workers=2)
    convert(inputs, tmp_path / "dask", workers=2, engine="dask")
    a_plans, a_fail = _records(tmp_path / "local")
    b_plans, b_fail = _records(tmp_path / "dask")
    key = lambda r: r["source"]  # noqa: E731
    assert sorted(a_plans, key=key) == sorted(b_plans, key=key)
    assert sorted(a_fail, key=key) == sorted(b_fail, key=key)
