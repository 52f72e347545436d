"""What a new user meets at the command line (issue 18): output names, several files into one
stream, Parquet keys and types, ``vnplan check``'s exit codes, stdin and line numbers, --help."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPORA, ROOT
from vnplan.batch import convert
from vnplan.cli import build_parser

SEEDS = sorted(CORPORA.glob("seeds/*.txt"))
SEED = CORPORA / "seeds" / "003_dc1aff751526fa60.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnplan", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def two_of_a_name(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for p, src in ((a, SEEDS[0]), (b, SEEDS[1])):
        p.parent.mkdir(parents=True)
        shutil.copy(src, p)
    return a, b


def test_parse_o_dir_gives_each_input_its_own_file(tmp_path: Path) -> None:
    a, b = two_of_a_name(tmp_path)
    out = tmp_path / "out"
    r = run("parse", str(a), str(b), "-o", str(out))
    assert r.returncode == 0, r.stderr
    got = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert got == ["a/x.txt.json", "b/x.txt.json"]
    numbers = {json.loads(p.read_text("utf-8"))["source"] for p in out.rglob("*.json")}
    assert numbers == {str(a), str(b)}


def test_parse_o_file_jsonl_with_several_inputs(tmp_path: Path) -> None:
    a, b = two_of_a_name(tmp_path)
    target = tmp_path / "all.jsonl"
    r = run("parse", str(a), str(b), "-o", str(target))
    assert r.returncode == 0, r.stderr
    assert target.is_file()
    recs = [json.loads(x) for x in target.read_text("utf-8").splitlines()]
    assert [x["source"] for x in recs] == [str(a), str(b)]


def test_csv_of_several_files_has_one_header_a_source_column_and_a_bom(tmp_path: Path) -> None:
    target = tmp_path / "tasks.csv"
    three = SEEDS[2:5]
    r = run("parse", *map(str, three), "--format", "csv", "-o", str(target))
    assert r.returncode == 0, r.stderr
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.count("source,number,issuer") == 1
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["source"] for r in rows} == set(map(str, three[1:])) and len(rows) > 3
    piped = run("parse", *map(str, SEEDS[:2]), "--format", "csv")
    assert not piped.stdout.startswith(b"\xef\xbb\xbf")  # no BOM down a pipe
    assert piped.stdout.decode().count("source,number,issuer") == 1


def test_akn_of_several_files_into_one_stream_is_refused(tmp_path: Path) -> None:
    r = run("parse", *map(str, SEEDS[:2]), "--format", "akn")
    assert r.returncode == 2 and r.stdout == b""
    assert b"-o DIR" in r.stderr and len(r.stderr.splitlines()) == 1
    r = run("parse", *map(str, SEEDS[:2]), "--format", "akn", "-o", str(tmp_path / "akn"))
    assert r.returncode == 0
    files = sorted((tmp_path / "akn").glob("*.xml"))
    assert len(files) == 2 and all(f.read_text("utf-8").count("<?xml") == 1 for f in files)


def test_check_unreadable_is_1_stdin_and_line_numbers(tmp_path: Path) -> None:
    r = run("check", str(tmp_path / "missing.txt"))
    assert r.returncode == 1 and b"vnplan: error:" in r.stderr
    draft = CORPORA / "seeds" / "004_af83268f5c199244.txt"
    r = run("check", "-", "--lang", "en", stdin=draft.read_bytes())
    assert r.returncode == 1, r.stderr
    out = r.stdout.decode()
    assert "<stdin>" in out and "MOTTO_MISSING" in out
    located = [ln for ln in out.splitlines() if re.match(r"<stdin>:\d+: ", ln)]
    assert located, out
    r = run("check", str(draft), "--format", "json")
    findings = json.loads(r.stdout)["findings"]
    assert any(isinstance(f["line"], int) for f in findings)
    assert all(f["line"] is None for f in findings if f["span"] is None)


def test_every_option_has_help() -> None:
    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subs.choices.items():
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help, f"vnplan {name} {action.dest} has no help"


# -- Parquet ----------------------------------------------------------------------------------


def _parquet_out(tmp_path: Path) -> Path:
    pytest.importorskip("pyarrow.parquet")
    a, b = tmp_path / "in" / "a" / "x.txt", tmp_path / "in" / "b" / "x.txt"
    for p in (a, b):  # the same file at two paths
        p.parent.mkdir(parents=True)
        shutil.copy(SEED, p)
    out = tmp_path / "pq"
    convert([tmp_path / "in", CORPORA / "seeds"], out, fmt="parquet", workers=2)
    return out


def test_parquet_keys_are_unique_and_columns_typed(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = _parquet_out(tmp_path)
    plans = pq.read_table(out / "plans.parquet")
    assert plans.num_rows == 7 and len(set(plans.column("doc").to_pylist())) == 7
    tasks = pq.read_table(out / "tasks.parquet")
    per_doc = {}
    for row in tasks.select(["doc", "task", "assignment"]).to_pylist():
        per_doc.setdefault(row["doc"], set()).add((row["assignment"], row["task"]))
    assert sum(len(v) for v in per_doc.values()) == tasks.num_rows  # no task twice per key
    assert tasks.schema.field("coordinating").type == pa.list_(pa.string())
    assert pq.read_table(out / "phases.parquet").schema.field("condition").type == pa.string()
    empty = pq.read_table(out / "phases.parquet")
    assert empty.schema.names == ["doc", "label", "start", "end", "condition"]


def test_the_parquet_query_in_the_docs_runs(tmp_path: Path) -> None:
    out = _parquet_out(tmp_path)
    page = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    block = page.split("<!-- tested: parquet query -->", 1)[1]
    code = block.split("```python", 1)[1].split("```", 1)[0]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=out, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines and any("Cục Cảnh sát" in ln or "Sở" in ln for ln in lines), lines
