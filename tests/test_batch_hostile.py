"""``vnplan batch`` against hostile inputs and misuse (issue 17 items 1-5, issue 18): real
files, FIFOs, devices, names that are not UTF-8, concurrent runs, SIGKILL, SIGINT, SIGTERM."""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import vnplan
from tests import hostile_batch as hb
from tests.conftest import ROOT
from vnplan import batch
from vnplan.batch import convert

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(
    *args: str, timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnplan", *args],
        capture_output=True,
        timeout=timeout,
        check=False,
        env=env or ENV,
    )


def popen(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "vnplan", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,
    )


def lines(p: Path) -> list[dict]:  # type: ignore[type-arg]
    """The records of a JSON Lines file; read while a batch is still writing it, a last
    line not yet ended by its newline is not a record yet."""
    if not p.exists():
        return []
    text = p.read_text(encoding="utf-8")
    done = text[: text.rfind("\n") + 1]
    return [json.loads(x) for x in done.splitlines() if x.strip()]


def keys(out: Path) -> Counter[str]:
    """How many records (plans and failures, not skipped lines) each input has."""
    c: Counter[str] = Counter()
    for r in lines(out / "plans.jsonl") + lines(out / "failures.jsonl"):
        if not r.get("skipped"):
            c[batch._record_key(r)] += 1
    return c


def children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
    return out


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(cond: object, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


# -- the generated inputs, end to end ------------------------------------------------------------


def test_every_hostile_input_ends_as_expected(tmp_path: Path) -> None:
    paths = hb.make(tmp_path / "in")
    out = tmp_path / "out"
    args = [str(tmp_path / "in" / "plans"), str(paths["fifo"]), str(paths["zero"])]
    r = cli("batch", *args, "--out", str(out), "--workers", "2", "--quiet", timeout=120)
    assert r.returncode == 1, r.stderr  # the FIFO and the device failed
    assert b"Traceback" not in r.stderr
    got: dict[str, str] = {}
    for rec in lines(out / "plans.jsonl"):
        got[batch._record_key(rec)] = "plan"
    for rec in lines(out / "failures.jsonl"):
        got[batch._record_key(rec)] = "skipped" if rec.get("skipped") else f"failure:{rec['code']}"
    assert got == {str(paths[name]): want for name, want in hb.EXPECTED.items()}
    assert b"1 not documents (skipped)" in r.stderr
    again = cli("batch", *args, "--out", str(out), "--quiet", timeout=120)
    assert again.returncode == 1 and b"0 parsed, 0 failed" in again.stderr
    assert set(keys(out).values()) == {1}
    assert len(lines(out / "failures.jsonl")) == 3  # the skipped line is not written again


# -- item 1: --max-memory ----------------------------------------------------------------------


def test_a_document_over_the_memory_limit_does_not_poison_its_worker(tmp_path: Path) -> None:
    # 35 MB of text: fails fast under 260 MB; a small plan needs under 200 MB in a worker.
    big = hb.big_plan(tmp_path / "in" / "0-big.txt", copies=3000)
    small = hb.plans(tmp_path / "in", 6)
    s = convert([tmp_path / "in"], tmp_path / "out", workers=1, max_memory_mb=260)
    plans, failures = (
        lines(tmp_path / "out" / "plans.jsonl"),
        lines(tmp_path / "out" / "failures.jsonl"),
    )
    assert [f["source"] for f in failures] == [str(big)]
    assert failures[0]["code"] in ("memory", "crash")
    assert sorted(p["source"] for p in plans) == sorted(map(str, small))
    assert (s.done, s.failed) == (6, 1)


# -- item 2: file names that are not UTF-8 -------------------------------------------------------


def test_a_name_that_is_not_utf8_is_kept_exactly(tmp_path: Path) -> None:
    d = tmp_path / "in"
    hb.plans(d, 2)
    raw = os.fsencode(d) + b"/b-\xff.txt"
    with open(raw, "wb") as f:
        f.write(hb.seed_texts()[1].encode() + "\nKhác.\n".encode())
    out = tmp_path / "out"
    r = cli("batch", str(d), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    recs = lines(out / "plans.jsonl")
    assert len(recs) == 3
    odd = [x for x in recs if "source_b64" in x]
    assert len(odd) == 1 and base64.b64decode(odd[0]["source_b64"]) == raw
    assert odd[0]["source"].endswith("b-\\xff.txt")
    r = cli("batch", str(d), "--out", str(out), "--quiet")
    assert r.returncode == 0 and b"3 already done" in r.stderr
    # One file per document too, and vnplan parse -o.
    r = cli("batch", str(d), "--out", str(tmp_path / "json"), "--format", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    r = cli("parse", os.fsdecode(raw), "-o", str(tmp_path / "x.json"))
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "x.json").read_text("utf-8"))["source"].endswith("\\xff.txt")


# -- item 3: FIFOs and devices -------------------------------------------------------------------


def test_a_fifo_or_a_device_never_blocks_the_batch(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "inner.fifo")
    good = hb.plans(tmp_path / "in", 1)
    out = tmp_path / "out"
    r = cli(
        "batch",
        str(fifo),
        "/dev/zero",
        str(tmp_path / "in"),
        "--out",
        str(out),
        "--quiet",
        timeout=60,
    )
    assert r.returncode == 1, r.stderr
    fails = {f["source"]: f for f in lines(out / "failures.jsonl")}
    assert "FIFO" in fails[str(fifo)]["message"] and fails[str(fifo)]["code"] == "unreadable"
    assert "character device" in fails["/dev/zero"]["message"]
    assert fails[str(tmp_path / "in" / "inner.fifo")]["skipped"] == "unsupported_format"
    assert [p["source"] for p in lines(out / "plans.jsonl")] == [str(good[0])]


def test_the_worker_reads_only_regular_files() -> None:
    res = batch.parse_one("/dev/zero", {})
    assert res["ok"] is False and "character device" in res["message"]


# -- item 4: one batch per OUT -------------------------------------------------------------------


def test_a_second_batch_on_the_same_out_refuses(tmp_path: Path) -> None:
    hb.plans(tmp_path / "in", 2)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        r = cli("batch", str(tmp_path / "in"), "--out", str(out), "--quiet")
        assert r.returncode == 2
        err = r.stderr.decode().strip()
        assert len(err.splitlines()) == 1 and "in use by another vnplan batch" in err
        assert not lines(out / "plans.jsonl")
    r = cli("batch", str(tmp_path / "in"), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr


def test_two_batches_at_once_with_wait_record_each_input_once(tmp_path: Path) -> None:
    docs = hb.plans(tmp_path / "in", 60)
    out = tmp_path / "out"
    args = ("batch", str(tmp_path / "in"), "--out", str(out), "--workers", "2", "--quiet")
    a, b = popen(*args, "--wait"), popen(*args, "--wait")
    assert a.wait(240) == 0 and b.wait(240) == 0
    assert keys(out) == Counter({str(d): 1 for d in docs})


# -- item 5: the Dask engine's timeout, the parent's death, signals, edits -------------------------


def test_dask_engine_honours_the_timeout(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    hb.big_plan(tmp_path / "in" / "big.txt")
    small = hb.plans(tmp_path / "in", 2)
    t = time.monotonic()
    s = convert([tmp_path / "in"], tmp_path / "out", workers=2, timeout=1.0, engine="dask")
    assert time.monotonic() - t < 60
    failures = lines(tmp_path / "out" / "failures.jsonl")
    assert [f["code"] for f in failures] == ["timeout"]
    assert s.done == len(small)


def test_sigkill_of_the_parent_alone_ends_its_workers(tmp_path: Path) -> None:
    hb.big_plan(tmp_path / "in" / "big.txt", copies=3000)  # a minute or more of parsing
    proc = popen(
        "batch",
        str(tmp_path / "in"),
        "--out",
        str(tmp_path / "out"),
        "--workers",
        "1",
        "--timeout",
        "600",
        "--quiet",
    )
    assert wait_for(lambda: children(proc.pid), 30)
    time.sleep(3)  # the worker is ready and parsing
    workers = children(proc.pid)
    assert workers
    os.kill(proc.pid, signal.SIGKILL)  # the parent only, not its process group
    proc.wait()
    assert wait_for(lambda: not any(alive(w) for w in workers), 10)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_cleanly_and_a_rerun_finishes(tmp_path: Path, sig: int) -> None:
    docs = hb.plans(tmp_path / "in", 150)
    out = tmp_path / "out"
    args = ("batch", str(tmp_path / "in"), "--out", str(out), "--workers", "2")
    proc = popen(*args)
    assert wait_for(lambda: len(lines(out / "plans.jsonl")) >= 10, 120)
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C: the whole foreground group
    else:
        os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err
    assert b"Traceback" not in err
    assert b"re-run the same command to resume" in err.splitlines()[-1]
    n_done = len(lines(out / "plans.jsonl"))
    r = cli(*args, "--quiet")
    assert r.returncode == 0, r.stderr
    assert f"{n_done} already done".encode() in r.stderr
    assert keys(out) == Counter({str(d): 1 for d in docs})


def test_a_file_edited_during_the_batch_is_hashed_from_the_bytes_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = hb.plans(tmp_path / "in", 1)[0]
    old = doc.read_bytes()
    new = old + "Sửa sau khi liệt kê.\n".encode()
    listed = batch._hash_regular

    def listed_then_edited(path: str) -> str:  # the file changes after it is listed
        sha = listed(path)
        doc.write_bytes(new)
        return sha

    monkeypatch.setattr(batch, "_hash_regular", listed_then_edited)
    convert([doc], tmp_path / "out", workers=1)
    monkeypatch.undo()
    (rec,) = lines(tmp_path / "out" / "plans.jsonl")
    assert rec["sha256"] == hashlib.sha256(new).hexdigest()
    assert "Sửa sau khi liệt kê." in vnplan.parse(new).text
    again = convert([doc], tmp_path / "out", workers=1)
    assert again.skipped == 1 and len(lines(tmp_path / "out" / "plans.jsonl")) == 1


# -- issue 18: exit codes, the walk, resume, extras ----------------------------------------------


def test_batch_exit_codes(tmp_path: Path) -> None:
    good = hb.plans(tmp_path / "in", 1)
    assert cli("batch", str(good[0]), "--out", str(tmp_path / "a"), "--quiet").returncode == 0
    missing = str(tmp_path / "missing.txt")
    r = cli("batch", missing, "--out", str(tmp_path / "b"), "--quiet")
    assert r.returncode == 1
    r = cli("batch", str(good[0]), missing, "--out", str(tmp_path / "c"), "--quiet")
    assert r.returncode == 1
    r = cli("batch", missing, "--out", str(tmp_path / "c"), "--quiet")  # failed before
    assert r.returncode == 1 and b"1 of them failed" in r.stderr
    r = cli("batch", missing, "--out", str(tmp_path / "c"), "--allow-failures", "--quiet")
    assert r.returncode == 0
    assert cli("batch", str(good[0]), "--quiet").returncode == 2  # no --out
    r = cli("batch", str(good[0]), "--out", str(tmp_path / "d"), "--workers", "0")
    assert r.returncode == 2
    (tmp_path / "empty").mkdir()
    r = cli("batch", str(tmp_path / "empty"), "--out", str(tmp_path / "e"), "--quiet")
    assert r.returncode == 1 and b"no documents found" in r.stderr


def test_progress_counts_only_what_is_left_to_do(tmp_path: Path) -> None:
    hb.plans(tmp_path / "in", 4)
    out = tmp_path / "out"
    convert([tmp_path / "in"], out, workers=1)
    hb.plans(tmp_path / "in", 2, start=4)
    buf = io.StringIO()
    s = convert([tmp_path / "in"], out, workers=1, quiet=False, progress_stream=buf)
    assert (s.skipped, s.done) == (4, 2)
    assert buf.getvalue().splitlines()[-1].startswith("vnplan batch: 2/2 done")


def test_retry_failed_parses_the_failures_again(tmp_path: Path) -> None:
    slow = hb.big_plan(tmp_path / "in" / "slow.txt", copies=200)
    hb.plans(tmp_path / "in", 1)
    out = tmp_path / "out"
    s = convert([tmp_path / "in"], out, workers=1, timeout=0.3)
    assert [f["source"] for f in lines(out / "failures.jsonl")] == [str(slow)]
    s = convert([tmp_path / "in"], out, workers=1)
    assert (s.skipped, s.skipped_failed, s.done) == (2, 1, 0)
    s = convert([tmp_path / "in"], out, workers=1, retry_failed=True)
    assert (s.done, s.failed, s.skipped) == (1, 0, 1)
    assert lines(out / "failures.jsonl") == []
    assert len(lines(out / "plans.jsonl")) == 2


def test_missing_extras_fail_before_the_first_document(tmp_path: Path) -> None:
    fake = tmp_path / "fake"
    for mod in ("pyarrow", "dask"):
        (fake / mod).mkdir(parents=True)
        (fake / mod / "__init__.py").write_text(f"raise ImportError('no {mod} here')\n")
    hb.plans(tmp_path / "in", 2)
    env = {**ENV, "PYTHONPATH": f"{fake}{os.pathsep}{ROOT}"}
    for extra, opt in (("parquet", ["--format", "parquet"]), ("dask", ["--engine", "dask"])):
        out = tmp_path / f"out-{extra}"
        r = cli("batch", str(tmp_path / "in"), "--out", str(out), *opt, env=env)
        assert r.returncode == 2
        err = r.stderr.decode().strip()
        assert len(err.splitlines()) == 1 and f"pip install '.[{extra}]'" in err, err
        assert not lines(out / "plans.jsonl")


def test_iter_parse_yields_plans_and_errors(tmp_path: Path) -> None:
    good = hb.plans(tmp_path / "in", 3)
    png = tmp_path / "photo.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    got = list(batch.iter_parse([*good, png, tmp_path / "missing.txt"], workers=2))
    plans = [r for r in got if isinstance(r, vnplan.Plan)]
    errors = {r.source: r for r in got if isinstance(r, vnplan.VnplanError)}
    assert sorted(p.source or "" for p in plans) == sorted(map(str, good))
    assert isinstance(errors[str(png)], vnplan.UnreadableError)  # a PNG that cannot be decoded
    assert errors[str(tmp_path / "missing.txt")].code == "unreadable"


def test_iter_parse_stops_its_workers_when_the_loop_breaks(tmp_path: Path) -> None:
    good = hb.plans(tmp_path / "in", 6)
    it: Iterator[object] = batch.iter_parse(good, workers=2)
    next(it)
    workers = [c for c in children(os.getpid()) if b"spawn_main" in cmdline(c)]
    assert len(workers) == 2
    it.close()  # type: ignore[attr-defined]
    assert wait_for(lambda: not any(alive(c) for c in workers), 10)
