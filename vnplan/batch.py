"""Converting whole archives: parallel, resumable, and nothing lost.

Every input ends as exactly one record in ``OUT/plans.jsonl`` (or one file per document with
``fmt="json"``) or one line in ``OUT/failures.jsonl``. The parent process is the only writer:
each record is appended and fsynced before the next; a record cut short by a kill is removed
when the batch starts again, and inputs already recorded (same path, same SHA-256) are
skipped, so running the same command after a SIGKILL finishes the job with no document
missing and none twice.

Documents are parsed in worker processes, one at a time each. A document that takes longer
than ``timeout`` seconds, or whose worker dies (a crash, the memory limit), becomes a failure
record; the worker is replaced and the batch goes on. ``engine="dask"`` runs the same job on
a Dask cluster (``pip install vnplan[dask]``) with the same outputs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TextIO

#: File endings a directory walk picks up (content still decides the reader).
DEFAULT_PATTERNS = ("*.txt", "*.docx", "*.doc", "*.pdf", "*.rtf", "*.odt", "*.md")


@dataclass
class BatchSummary:
    """What a batch did."""

    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    by_format: dict[str, int] = field(default_factory=dict)
    by_error: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.done / self.seconds if self.seconds else 0.0
        fmts = ", ".join(f"{k} {v}" for k, v in sorted(self.by_format.items()))
        errs = ", ".join(f"{k} {v}" for k, v in sorted(self.by_error.items()))
        return (
            f"{self.total} inputs: {self.done} parsed, {self.failed} failed, {self.skipped} "
            f"already done; {self.seconds:.1f} s ({rate:.1f} docs/s)"
            + (f"; formats: {fmts}" if fmts else "")
            + (f"; errors: {errs}" if errs else "")
        )


# -- inputs ---------------------------------------------------------------------------------


def expand_inputs(
    inputs: Iterable[str | os.PathLike[str]], patterns: Iterable[str] = DEFAULT_PATTERNS
) -> list[Path]:
    """Files, directories (walked recursively for ``patterns``) and ``@list.txt`` files of
    paths, in a stable order, each once."""
    out: list[Path] = []
    seen: set[str] = set()
    pats = tuple(patterns)

    def add(p: Path) -> None:
        key = str(p)
        if key not in seen:
            seen.add(key)
            out.append(p)

    for item in inputs:
        s = os.fspath(item)
        if s.startswith("@"):
            listing = Path(s[1:])
            for line in listing.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    add(Path(line))
            continue
        p = Path(s)
        if p.is_dir():
            found = {f for pat in pats for f in p.rglob(pat) if f.is_file()}
            for f in sorted(found):
                add(f)
        else:
            add(p)  # a missing or unreadable path becomes a failure record, not an exception
    return out


def _sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


# -- the work of one document ----------------------------------------------------------------


def parse_one(path: str, options: dict[str, Any]) -> dict[str, Any]:
    """Parse one file: ``{"ok": True, "plan": {...}}`` or ``{"ok": False, ...}``.

    Never raises: every error, expected or not, becomes a failure description.
    """
    import vnplan

    try:
        plan = vnplan.parse(
            path,
            max_bytes=options.get("max_bytes"),
            pdf_engine=options.get("pdf_engine", "pdfium"),
            ocr=options.get("ocr", "auto"),
        )
        return {
            "ok": True,
            "format": plan.source_format or "?",
            "plan": plan.model_dump(mode="json"),
        }
    except vnplan.VnplanError as e:
        return {"ok": False, "error": type(e).__name__, "code": e.code, "message": e.message}
    except MemoryError:
        return {
            "ok": False,
            "error": "MemoryError",
            "code": "memory",
            "message": "the document needed more memory than allowed",
        }
    except BaseException as e:  # a worker must answer, whatever happened
        return {"ok": False, "error": type(e).__name__, "code": "internal", "message": str(e)}


def _worker(conn: Connection, options: dict[str, Any]) -> None:
    import vnplan  # noqa: F401  - imported before "ready": import time is not parse time

    limit = options.get("max_memory_mb")
    if limit:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (int(limit) << 20, int(limit) << 20))
        except (ImportError, ValueError, OSError):
            pass
    from vnplan.readers import ocr

    # Before OCR, the parent hears how many pages: their time is added to the document's.
    ocr.pages_hook = lambda n: conn.send({"ocr_pages": n})
    conn.send("ready")
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        conn.send(parse_one(path, options))


# -- output -----------------------------------------------------------------------------------


class _Sink:
    """The single writer: records and failures appended, flushed and fsynced one by one."""

    def __init__(self, out: Path, fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        out.mkdir(parents=True, exist_ok=True)
        name = "done.jsonl" if fmt == "json" else "plans.jsonl"
        self.records_path = out / name
        self.failures_path = out / "failures.jsonl"
        self.done: set[tuple[str, str]] = set()
        for p in (self.records_path, self.failures_path):
            self.done |= _recover(p)
        self._records: TextIO = self.records_path.open("a", encoding="utf-8")
        self._failures: TextIO = self.failures_path.open("a", encoding="utf-8")

    def _append(self, f: TextIO, obj: dict[str, Any]) -> None:
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())

    def record(self, path: str, sha: str, result: dict[str, Any]) -> None:
        plan = result["plan"]
        if self.fmt == "json":
            target = self.out / _json_name(path, sha)
            _atomic_write(target, json.dumps(plan, ensure_ascii=False, indent=2) + "\n")
            self._append(self._records, {"source": path, "sha256": sha, "output": target.name})
        else:
            self._append(self._records, {**plan, "source": path, "sha256": sha})

    def failure(self, path: str, sha: str | None, error: str, code: str, message: str) -> None:
        self._append(
            self._failures,
            {"source": path, "sha256": sha, "error": error, "code": code, "message": message},
        )

    def close(self) -> None:
        self._records.close()
        self._failures.close()


def _json_name(path: str, sha: str) -> str:
    stem = Path(path).name.replace(os.sep, "_")
    return f"{stem}.{sha[:12]}.json"


def _atomic_write(target: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)


def _recover(path: Path) -> set[tuple[str, str]]:
    """Keys of the complete records in a JSON Lines file; a torn last line (the process was
    killed while writing it) is cut off so that the file stays valid."""
    done: set[tuple[str, str]] = set()
    if not path.exists():
        return done
    good = 0
    with path.open("rb") as f:
        data = f.read()
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            break  # no newline: torn
        try:
            obj = json.loads(data[pos:nl])
        except ValueError:
            break
        if isinstance(obj, dict) and obj.get("source"):
            done.add((str(obj["source"]), str(obj.get("sha256") or "")))
        good = nl + 1
        pos = nl + 1
    if good < len(data):
        with path.open("r+b") as f:
            f.truncate(good)
            f.flush()
            os.fsync(f.fileno())
    return done


# -- progress ---------------------------------------------------------------------------------


class _Progress:
    def __init__(self, total: int, quiet: bool, stream: TextIO = sys.stderr) -> None:
        self.total = total
        self.quiet = quiet
        self.stream = stream
        self.tty = stream.isatty()
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0
        self.failed = 0

    def update(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        now = time.monotonic()
        if self.quiet or (now - self.last < (0.2 if self.tty else 10.0) and self.done < self.total):
            return
        self.last = now
        rate = self.done / max(now - self.start, 1e-9)
        eta = (self.total - self.done) / rate if rate else 0.0
        if self.tty:
            width = 30
            fill = int(width * self.done / max(self.total, 1))
            bar = "#" * fill + "-" * (width - fill)
            self.stream.write(
                f"\r[{bar}] {self.done}/{self.total} {rate:.1f} docs/s "
                f"{self.failed} failed ETA {eta:.0f}s "
            )
            if self.done >= self.total:
                self.stream.write("\n")
        else:
            self.stream.write(
                f"vnplan batch: {self.done}/{self.total} done, {self.failed} "
                f"failed, {rate:.1f} docs/s, ETA {eta:.0f}s\n"
            )
        self.stream.flush()


# -- engines ----------------------------------------------------------------------------------

Job = tuple[str, str]  # (path, sha256)
Handler = Callable[[str, str, dict[str, Any]], None]


#: Seconds added to a document's timeout for each page it OCRs (Tesseract takes 2-4 s on one).
OCR_SECONDS_PER_PAGE = 20.0


def ocr_budget(pages: int) -> float:
    """The time a document gets on top of ``timeout`` for ``pages`` pages of OCR."""
    return OCR_SECONDS_PER_PAGE * pages


def _run_local(
    jobs: list[Job], options: dict[str, Any], workers: int, timeout: float, handle: Handler
) -> None:
    ctx = mp.get_context("spawn")
    pending: Iterator[Job] = iter(jobs)
    slots: list[dict[str, Any]] = []

    def start() -> dict[str, Any]:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, options), daemon=True)
        proc.start()
        child.close()
        # Wait for the worker's imports, so that a document's clock starts with its parse.
        if parent.poll(120):
            with contextlib.suppress(EOFError, OSError):
                parent.recv()
        return {"proc": proc, "conn": parent, "job": None, "since": 0.0}

    def feed(slot: dict[str, Any]) -> None:
        job = next(pending, None)
        slot["job"] = job
        if job is not None:
            slot["since"] = time.monotonic()
            slot["budget"] = 0.0
            slot["conn"].send(job[0])

    for _ in range(max(1, min(workers, len(jobs)))):
        slot = start()
        slots.append(slot)
        feed(slot)
    try:
        while any(s["job"] is not None for s in slots):
            busy = [s for s in slots if s["job"] is not None]
            ready = wait(
                [s["conn"] for s in busy] + [s["proc"].sentinel for s in busy], timeout=0.5
            )
            now = time.monotonic()
            for i, s in enumerate(slots):
                job = s["job"]
                if job is None:
                    continue
                result: dict[str, Any] | None = None
                if s["conn"] in ready:
                    try:
                        result = s["conn"].recv()
                    except (EOFError, OSError):
                        result = None
                    if result is not None and "ocr_pages" in result:
                        # OCR'd pages get their own time (see ocr_budget) on top of timeout.
                        s["budget"] = ocr_budget(result["ocr_pages"])
                        result = None
                        continue
                if result is None and (s["proc"].sentinel in ready or not s["proc"].is_alive()):
                    code = s["proc"].exitcode
                    result = {
                        "ok": False,
                        "error": "WorkerCrash",
                        "code": "crash",
                        "message": f"the worker parsing it died (exit code {code})",
                    }
                    slots[i] = s = _replace(s, start)
                elif result is None and now - s["since"] > timeout + s.get("budget", 0.0):
                    result = {
                        "ok": False,
                        "error": "ParseTimeoutError",
                        "code": "timeout",
                        "message": f"parsing took over {timeout + s.get('budget', 0.0):g} s",
                    }
                    slots[i] = s = _replace(s, start)
                if result is not None:
                    handle(job[0], job[1], result)
                    feed(s)
    finally:
        for s in slots:
            with contextlib.suppress(OSError, BrokenPipeError):
                s["conn"].send(None)
        for s in slots:
            s["proc"].join(timeout=2)
            if s["proc"].is_alive():
                s["proc"].kill()


def _replace(slot: dict[str, Any], start: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    slot["proc"].kill()
    slot["proc"].join(timeout=5)
    slot["conn"].close()
    return start()


def _parse_with_deadline(path: str, options: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Run on a Dask worker: parse in a thread, give up after ``timeout`` seconds."""
    import concurrent.futures as cf

    with cf.ThreadPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(parse_one, path, options)
        try:
            return fut.result(timeout=timeout)
        except cf.TimeoutError:
            return {
                "ok": False,
                "error": "ParseTimeoutError",
                "code": "timeout",
                "message": f"parsing took over {timeout:g} s",
            }


def _run_dask(
    jobs: list[Job],
    options: dict[str, Any],
    workers: int,
    timeout: float,
    handle: Handler,
    scheduler: str | None,
) -> None:
    import importlib

    try:
        dd: Any = importlib.import_module("dask.distributed")  # untyped: used through Any
    except ImportError as e:  # pragma: no cover - depends on the extra
        raise RuntimeError("engine 'dask' needs dask.distributed: pip install vnplan[dask]") from e
    Client, LocalCluster, as_completed = dd.Client, dd.LocalCluster, dd.as_completed
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        futures = {
            client.submit(
                _parse_with_deadline,
                path,
                options,
                timeout,
                pure=False,
                key=f"vnplan-{sha[:16]}-{i}",
            ): (path, sha)
            for i, (path, sha) in enumerate(jobs)
        }
        for fut in as_completed(futures):
            path, sha = futures[fut]
            try:
                result = fut.result()
            except Exception as e:  # the worker died (KilledWorker) or the task failed
                result = {
                    "ok": False,
                    "error": type(e).__name__,
                    "code": "crash",
                    "message": str(e)[:300],
                }
            handle(path, sha, result)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _unreadable(p: Path) -> tuple[str, str, str]:
    if not p.exists():
        return "no such file", "UnreadableError", "unreadable"
    if p.is_dir():
        return "is a directory, not a file", "UnreadableError", "unreadable"
    return "cannot be read (permission denied?)", "UnreadableError", "unreadable"


# -- the job ----------------------------------------------------------------------------------


def convert(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    fmt: str = "jsonl",
    workers: int | None = None,
    timeout: float = 60.0,
    resume: bool = True,
    patterns: Iterable[str] = DEFAULT_PATTERNS,
    engine: str = "local",
    scheduler: str | None = None,
    pdf_engine: str = "pdfium",
    max_bytes: int | None = None,
    max_memory_mb: int | None = None,
    quiet: bool = True,
    ocr: str = "auto",
    progress_stream: TextIO | None = None,
) -> BatchSummary:
    """Convert many documents; see the module's description for the guarantees."""
    if fmt not in ("jsonl", "json", "parquet"):
        raise ValueError(f"fmt must be jsonl, json or parquet, not {fmt!r}")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be local or dask, not {engine!r}")
    t0 = time.monotonic()
    out_dir = Path(out)
    if not resume and out_dir.exists():
        for name in ("plans.jsonl", "failures.jsonl", "done.jsonl"):
            (out_dir / name).unlink(missing_ok=True)
    sink = _Sink(out_dir, "json" if fmt == "json" else "jsonl")
    paths = expand_inputs(inputs, patterns)
    summary = BatchSummary(total=len(paths))
    fmt_count: Counter[str] = Counter()
    err_count: Counter[str] = Counter()
    jobs: list[Job] = []
    progress = _Progress(len(paths), quiet, progress_stream or sys.stderr)
    for p in paths:
        sha = _sha256(p)
        if (str(p), sha or "") in sink.done:
            summary.skipped += 1  # recorded (or recorded as failed) by an earlier run
            continue
        if sha is None:  # missing, a directory, no permission: a failure, not a crash
            msg, err, code = _unreadable(p)
            sink.failure(str(p), None, err, code, msg)
            summary.failed += 1
            err_count[err] += 1
            progress.update(False)
            continue
        jobs.append((str(p), sha))

    options = {
        "pdf_engine": pdf_engine,
        "max_bytes": max_bytes,
        "max_memory_mb": max_memory_mb,
        "ocr": ocr,
    }

    def handle(path: str, sha: str, result: dict[str, Any]) -> None:
        if result.get("ok"):
            sink.record(path, sha, result)
            summary.done += 1
            fmt_count[result.get("format", "?")] += 1
        else:
            sink.failure(
                path,
                sha,
                result.get("error", "?"),
                result.get("code", "?"),
                result.get("message", ""),
            )
            summary.failed += 1
            err_count[result.get("error", "?")] += 1
        progress.update(bool(result.get("ok")))

    try:
        if jobs:
            n = workers or os.cpu_count() or 1
            if engine == "dask":
                _run_dask(jobs, options, n, timeout, handle, scheduler)
            else:
                _run_local(jobs, options, n, timeout, handle)
    finally:
        sink.close()
    if fmt == "parquet":
        from vnplan.export.tables import write_parquet

        write_parquet(sink.records_path, out_dir)
    summary.by_format = dict(fmt_count)
    summary.by_error = dict(err_count)
    summary.seconds = time.monotonic() - t0
    return summary
