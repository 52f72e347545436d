"""Converting whole archives: parallel, resumable, and nothing lost.

Every input ends as exactly one record in ``OUT/plans.jsonl`` (or one file per document with
``fmt="json"``) or one line in ``OUT/failures.jsonl``. The parent process is the only writer:
each record is appended and fsynced before the next; a record cut short by a kill is removed
when the batch starts again, and inputs already recorded (same path, same SHA-256) are
skipped, so running the same command after a SIGKILL finishes the job with no document
missing and none twice. One batch at a time holds ``OUT`` (an ``fcntl`` lock on
``OUT/.lock``): a second one refuses (``BatchLockedError``) or, with ``wait=True``, waits.

Documents are parsed in worker processes, one at a time each. A worker reads the file once
(regular files only: a FIFO or a device is a failure, never read), hashes those bytes and
parses those bytes, so a record's ``sha256`` is the hash of the text it holds. A document that
takes longer than ``timeout`` seconds, or whose worker dies (a crash, the memory limit),
becomes a failure record; the worker is replaced and the batch goes on. Workers die with
their parent (``PR_SET_PDEATHSIG`` on Linux, and a watch on the parent's pid). ``engine="dask"``
runs the same job on a Dask cluster (``pip install '.[dask]'``) with the same outputs; each
Dask task parses in a child process of its worker, so ``timeout`` holds there too.

File names that are not UTF-8 are kept: ``source`` shows them with ``\\xNN`` escapes and
``source_b64`` holds the exact bytes of the path (base64).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib
import json
import multiprocessing as mp
import os
import queue
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from vnplan.errors import VnplanError, unreadable

if TYPE_CHECKING:
    from vnplan.models import Plan

#: Formats a directory walk takes (from the file's content, as ``vnplan parse`` decides).
PLAN_FORMATS = frozenset({"pdf", "docx", "odt", "ole", "rtf", "text"})

#: Kept for compatibility: ``patterns`` now only narrow a walk when given (content decides).
DEFAULT_PATTERNS: tuple[str, ...] = ()

LOCK_NAME = ".lock"


class BatchError(VnplanError):
    """A document's failure in a batch that is not one of the parser's own errors: its worker
    died (``code="crash"``), it needed more memory than allowed (``"memory"``), ..."""

    def __init__(self, message: str, *, code: str = "error", source: str | None = None) -> None:
        super().__init__(message, source=source)
        self.code = code


class BatchLockedError(RuntimeError):
    """Another batch holds ``OUT``."""


class MissingExtraError(RuntimeError):
    """An optional dependency the options need is not installed (checked before any work)."""


@dataclass
class BatchSummary:
    """What a batch did."""

    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    #: of ``skipped``: inputs an earlier run recorded as failures
    skipped_failed: int = 0
    #: files of a directory walk that are not documents vnplan reads (``skipped:`` lines)
    unsupported: int = 0
    seconds: float = 0.0
    by_format: dict[str, int] = field(default_factory=dict)
    by_error: dict[str, int] = field(default_factory=dict)
    #: the signal that stopped the batch (SIGINT, SIGTERM), else None
    interrupted: int | None = None

    @property
    def any_failed(self) -> bool:
        """Some input of this command ends as a failure (in this run or an earlier one)."""
        return bool(self.failed or self.skipped_failed)

    def line(self) -> str:
        rate = self.done / self.seconds if self.seconds else 0.0
        fmts = ", ".join(f"{k} {v}" for k, v in sorted(self.by_format.items()))
        errs = ", ".join(f"{k} {v}" for k, v in sorted(self.by_error.items()))
        before = f" ({self.skipped_failed} of them failed)" if self.skipped_failed else ""
        return (
            f"{self.total} inputs: {self.done} parsed, {self.failed} failed, {self.skipped} "
            f"already done{before}"
            + (f", {self.unsupported} not documents (skipped)" if self.unsupported else "")
            + f"; {self.seconds:.1f} s ({rate:.1f} docs/s)"
            + (f"; formats: {fmts}" if fmts else "")
            + (f"; errors: {errs}" if errs else "")
        )


# -- paths ------------------------------------------------------------------------------------


def display_path(path: str) -> str:
    """A path as valid Unicode: bytes that are not UTF-8 shown as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _source_fields(path: str) -> dict[str, str]:
    """``source`` (printable) and, for a name that is not UTF-8, ``source_b64`` (exact)."""
    raw = os.fsencode(path)
    try:
        return {"source": raw.decode("utf-8")}
    except UnicodeDecodeError:
        return {
            "source": raw.decode("utf-8", "backslashreplace"),
            "source_b64": base64.b64encode(raw).decode("ascii"),
        }


def _record_key(obj: dict[str, Any]) -> str:
    if obj.get("source_b64"):
        return os.fsdecode(base64.b64decode(obj["source_b64"]))
    return str(obj["source"])


# -- inputs -----------------------------------------------------------------------------------


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _open_regular(path: str) -> int:
    """A descriptor of ``path`` if it is a regular file; else ``UnreadableError``.

    The path is checked before it is opened (opening a device can have effects), opened
    without blocking (a FIFO with no writer), and checked again on the open file."""
    from vnplan.errors import UnreadableError

    label = display_path(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableError(f"{_kind(st.st_mode)}, not a regular file", source=label)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            raise UnreadableError(f"{_kind(st.st_mode)}, not a regular file", source=label)
        os.set_blocking(fd, True)
        return fd
    except OSError as e:
        raise unreadable(e, label) from e


def read_regular(path: str, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` (``TooLargeError`` beyond)."""
    from vnplan.errors import TooLargeError, UnreadableError

    fd = _open_regular(path)
    with os.fdopen(fd, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise TooLargeError(
                f"{size} bytes exceeds max_bytes={limit}", source=display_path(path)
            )
        try:
            data = f.read(limit + 1)
        except OSError as e:
            raise UnreadableError(
                f"cannot read: {e.strerror or e}", source=display_path(path)
            ) from e
    if len(data) > limit:  # it grew since fstat
        raise TooLargeError(f"over {limit} bytes (max_bytes)", source=display_path(path))
    return data


def _hash_regular(path: str) -> str:
    fd = _open_regular(path)
    h = hashlib.sha256()
    with os.fdopen(fd, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def classify(path: str) -> tuple[bool, str]:
    """``(is_document, description)`` of a file from its first bytes (as ``vnplan parse``
    chooses a reader); a non-regular file is not a document."""
    from vnplan.readers.detect import sniff

    try:
        fd = _open_regular(path)
    except VnplanError as e:
        return False, e.message
    with os.fdopen(fd, "rb") as f:
        try:
            head = f.read(4096)
        except OSError as e:
            return False, f"cannot read: {e.strerror or e}"
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            try:
                f.seek(0)
                with zipfile.ZipFile(f) as z:
                    names = set(z.namelist())
            except Exception:
                return True, "a damaged zip archive (a truncated .docx?)"
            if "word/document.xml" in names:
                return True, "a Word .docx document"
            if "mimetype" in names and "content.xml" in names:
                return True, "an OpenDocument file"
            return False, "a zip archive that is not a Word or OpenDocument file"
    fmt, what = sniff(head)
    return fmt in PLAN_FORMATS, what


@dataclass
class Walk:
    """What ``walk()`` found: the documents, and the files a directory walk passed over."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, what it is)


def walk(
    inputs: Iterable[str | os.PathLike[str]],
    patterns: Iterable[str] = (),
    *,
    exclude: Iterable[str | os.PathLike[str]] = (),
    check: Callable[[], None] | None = None,
) -> Walk:
    """Files, directories and ``@list.txt`` files of paths, in a stable order, each once.

    A directory is walked recursively (names starting with a dot are not entered or taken);
    its files are taken by content — a PDF, Word, OpenDocument, RTF or text file, whatever its
    name — and the others are reported in ``skipped``. ``patterns`` (``*.pdf``...,
    case-insensitive) narrow a walk further. Paths given by name are always taken: what they
    are is decided when they are read. ``exclude`` (the batch's own OUT) is never walked.
    """
    import fnmatch

    res = Walk()
    seen: set[str] = set()
    pats = [p.lower() for p in patterns]
    skip_dirs = {os.path.realpath(os.fspath(x)) for x in exclude}

    def add(p: str) -> None:
        if p not in seen:
            seen.add(p)
            res.files.append(p)

    for item in inputs:
        s = os.fspath(item)
        if s.startswith("@"):
            with open(s[1:], "rb") as f:
                for raw in f.read().splitlines():
                    line = os.fsdecode(raw.strip())
                    if line and not line.startswith("#"):
                        add(line)
            continue
        if not os.path.isdir(s):
            add(s)  # a missing or unreadable path becomes a failure record, not an exception
            continue
        found: list[str] = []
        for root, dirs, files in os.walk(s):
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".")
                and os.path.realpath(os.path.join(root, d)) not in skip_dirs
            )
            for name in files:
                if name.startswith("."):
                    continue
                if pats and not any(fnmatch.fnmatch(name.lower(), p) for p in pats):
                    continue
                found.append(os.path.join(root, name))
        for p in sorted(found):
            if check is not None:
                check()
            if p in seen:
                continue
            ok, what = classify(p)
            if ok:
                add(p)
            else:
                seen.add(p)
                res.skipped.append((p, what))
    return res


def expand_inputs(
    inputs: Iterable[str | os.PathLike[str]], patterns: Iterable[str] = DEFAULT_PATTERNS
) -> list[Path]:
    """The documents ``walk()`` finds, as paths."""
    return [Path(p) for p in walk(inputs, patterns).files]


# -- the work of one document ----------------------------------------------------------------


def _failure(error: str, code: str, message: str) -> dict[str, Any]:
    return {"ok": False, "error": error, "code": code, "message": message}


def parse_one(path: str, options: dict[str, Any]) -> dict[str, Any]:
    """Read one file once, hash those bytes and parse them: ``{"ok": True, "sha256": ...,
    "plan": {...}}`` or ``{"ok": False, "sha256": ... or None, ...}``.

    Never raises: every error, expected or not, becomes a failure description.
    """
    sha: str | None = None
    try:
        import vnplan

        limit = options.get("max_bytes") or vnplan.DEFAULT_MAX_BYTES
        data = read_regular(path, limit)
        sha = hashlib.sha256(data).hexdigest()
        plan = vnplan.parse(
            data,
            name=display_path(path),
            max_bytes=limit,
            pdf_engine=options.get("pdf_engine", "pdfium"),
            ocr=options.get("ocr", "auto"),
        )
        return {
            "ok": True,
            "sha256": sha,
            "format": plan.source_format or "?",
            "plan": plan.model_dump(mode="json"),
        }
    except MemoryError:
        res = _failure("MemoryError", "memory", "the document needed more memory than allowed")
    except VnplanError as e:
        if isinstance(e.__cause__, MemoryError):
            res = _failure("MemoryError", "memory", "the document needed more memory than allowed")
        else:
            res = _failure(type(e).__name__, e.code, e.message)
    except BaseException as e:  # a worker must answer, whatever happened
        res = _failure(type(e).__name__, "internal", str(e))
    res["sha256"] = sha
    return res


def _die_with_parent(parent_pid: int, *, deathsig: bool = True) -> None:
    """End this process when its parent ends, even by SIGKILL: PR_SET_PDEATHSIG on Linux
    (``deathsig``: it fires when the parent's *thread* that started this process ends, so not
    for a Dask worker's children), and everywhere a thread that watches the parent's pid."""
    if deathsig and sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="vnplan-parent-watch", daemon=True).start()


def _limit_memory(limit_mb: int | None) -> None:
    if limit_mb:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (int(limit_mb) << 20, int(limit_mb) << 20))
        except (ImportError, ValueError, OSError):
            pass


def _worker(conn: Connection, options: dict[str, Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what a Ctrl-C does
    _die_with_parent(options["parent_pid"])
    # The parser (vnplan.api, not just the lazy package) before "ready": import time is not
    # parse time.
    import vnplan.api  # noqa: F401

    _limit_memory(options.get("max_memory_mb"))
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
        name = "done.jsonl" if fmt == "json" else "plans.jsonl"
        self.records_path = out / name
        self.failures_path = out / "failures.jsonl"
        self.done: set[tuple[str, str]] = _recover(self.records_path)
        #: keys of failure lines (skipped lines apart)
        self.failed: set[tuple[str, str]] = set()
        self.skipped: set[tuple[str, str]] = set()
        for key, obj in _recover_objs(self.failures_path):
            (self.skipped if obj.get("skipped") else self.failed).add(key)
        self._records: TextIO = self.records_path.open("a", encoding="utf-8")
        self._failures: TextIO = self.failures_path.open("a", encoding="utf-8")

    def known(self, key: tuple[str, str]) -> bool:
        return key in self.done or key in self.failed

    def forget_failures(self, paths: set[str]) -> int:
        """Drop the failure lines of ``paths`` (for ``--retry-failed``); how many."""
        kept: list[str] = []
        dropped = 0
        with self.failures_path.open(encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                if not obj.get("skipped") and _record_key(obj) in paths:
                    dropped += 1
                else:
                    kept.append(line)
        if dropped:
            self._failures.close()
            _atomic_write(self.failures_path, "".join(kept))
            self._failures = self.failures_path.open("a", encoding="utf-8")
            self.failed = {k for k in self.failed if k[0] not in paths}
        return dropped

    def _append(self, f: TextIO, obj: dict[str, Any]) -> None:
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())

    def record(self, path: str, sha: str, result: dict[str, Any]) -> None:
        plan = result["plan"]
        src = _source_fields(path)
        if self.fmt == "json":
            target = self.out / _json_name(src["source"], sha)
            _atomic_write(target, json.dumps(plan, ensure_ascii=False, indent=2) + "\n")
            self._append(self._records, {**src, "sha256": sha, "output": target.name})
        else:
            self._append(self._records, {**plan, **src, "sha256": sha})
        self.done.add((path, sha))

    def failure(self, path: str, sha: str | None, error: str, code: str, message: str) -> None:
        self._append(
            self._failures,
            {
                **_source_fields(path),
                "sha256": sha,
                "error": error,
                "code": code,
                "message": message,
            },
        )
        self.failed.add((path, sha or ""))

    def skip(self, path: str, sha: str | None, what: str) -> None:
        key = (path, sha or "")
        if key in self.skipped:
            return
        self._append(
            self._failures,
            {
                **_source_fields(path),
                "sha256": sha,
                "skipped": "unsupported_format",
                "message": f"{what}, not a document vnplan reads",
            },
        )
        self.skipped.add(key)

    def close(self) -> None:
        self._records.close()
        self._failures.close()


def _json_name(source: str, sha: str) -> str:
    stem = Path(source).name.replace(os.sep, "_")
    return f"{stem}.{sha[:12]}.json"


def _atomic_write(target: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)


def _recover_objs(path: Path) -> list[tuple[tuple[str, str], dict[str, Any]]]:
    """The complete records of a JSON Lines file with their keys; a torn last line (the
    process was killed while writing it) is cut off so that the file stays valid."""
    out: list[tuple[tuple[str, str], dict[str, Any]]] = []
    if not path.exists():
        return out
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
            out.append(((_record_key(obj), str(obj.get("sha256") or "")), obj))
        good = nl + 1
        pos = nl + 1
    if good < len(data):
        with path.open("r+b") as f:
            f.truncate(good)
            f.flush()
            os.fsync(f.fileno())
    return out


def _recover(path: Path) -> set[tuple[str, str]]:
    return {key for key, _ in _recover_objs(path)}


@contextlib.contextmanager
def _locked(out: Path, wait: bool) -> Iterator[None]:
    """Hold ``OUT/.lock`` (``fcntl.flock``) for the block."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not Unix
        yield
        return
    path = out / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            with contextlib.suppress(OSError, ValueError):
                holder = os.pread(fd, 32, 0).decode().strip()
            raise BatchLockedError(
                f"{out} is in use by another vnplan batch"
                + (f" (pid {holder})" if holder else "")
                + ": wait for it to end, or pass --wait"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


# -- progress ---------------------------------------------------------------------------------


class _Progress:
    """One line: ``done/total`` of the documents this run has to do (not those done before)."""

    def __init__(self, total: int, quiet: bool, stream: TextIO = sys.stderr) -> None:
        self.total = total
        self.quiet = quiet
        self.stream = stream
        self.tty = stream.isatty()
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0
        self.failed = 0
        self.open_line = False

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
            self.open_line = True
        else:
            self.stream.write(
                f"vnplan batch: {self.done}/{self.total} done, {self.failed} "
                f"failed, {rate:.1f} docs/s, ETA {eta:.0f}s\n"
            )
        self.stream.flush()

    def close(self) -> None:
        if self.open_line:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False


# -- signals ----------------------------------------------------------------------------------


class Interrupted(Exception):
    """SIGINT or SIGTERM reached a batch that handles signals."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class _Signals:
    """SIGINT/SIGTERM raise ``Interrupted``, but never inside a write: a signal that
    comes during one is raised when it ends."""

    def __init__(self, active: bool) -> None:
        self.active = active and threading.current_thread() is threading.main_thread()
        self.pending: int | None = None
        self.depth = 0
        self.old: dict[int, Any] = {}

    def __enter__(self) -> _Signals:
        if self.active:
            for s in (signal.SIGINT, signal.SIGTERM):
                self.old[s] = signal.signal(s, self._on)
        return self

    def __exit__(self, *exc: object) -> None:
        for s, h in self.old.items():
            signal.signal(s, h)

    def _on(self, signum: int, frame: FrameType | None) -> None:
        if self.pending is None:
            self.pending = signum
        if self.depth == 0:
            raise Interrupted(signum)

    def check(self) -> None:
        if self.pending is not None and self.depth == 0:
            raise Interrupted(self.pending)

    @contextlib.contextmanager
    def critical(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        self.check()


# -- engines ----------------------------------------------------------------------------------

Job = tuple[str, str | None]  # (path, sha256 seen when the inputs were listed)
Outcome = tuple[Job, dict[str, Any]]


def _timeout_result(timeout: float) -> dict[str, Any]:
    return _failure("ParseTimeoutError", "timeout", f"parsing took over {timeout:g} s")


#: Seconds added to a document's timeout for each page it OCRs (Tesseract takes 2-4 s on one).
OCR_SECONDS_PER_PAGE = 20.0


def ocr_budget(pages: int) -> float:
    """The time a document gets on top of ``timeout`` for ``pages`` pages of OCR."""
    return OCR_SECONDS_PER_PAGE * pages


def _run_local(
    jobs: list[Job], options: dict[str, Any], workers: int, timeout: float
) -> Generator[Outcome, None, None]:
    """Parse ``jobs`` in worker processes; yield each job with its result as it ends."""
    ctx = mp.get_context("spawn")
    pending: list[Job] = list(reversed(jobs))
    slots: list[dict[str, Any]] = []
    options = {**options, "parent_pid": os.getpid()}

    def start() -> dict[str, Any]:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, options), daemon=True)
        proc.start()
        child.close()
        # Wait for the worker's imports, so that a document's clock starts with its parse.
        if parent.poll(120):
            with contextlib.suppress(EOFError, OSError):
                parent.recv()
        return {"proc": proc, "conn": parent, "job": None, "since": 0.0, "parsed": 0}

    def feed(slot: dict[str, Any]) -> None:
        job = pending.pop() if pending else None
        slot["job"] = job
        if job is not None:
            slot["since"] = time.monotonic()
            slot["budget"] = 0.0
            # A dead worker's sentinel says so below.
            with contextlib.suppress(OSError, BrokenPipeError):
                slot["conn"].send(job[0])

    try:
        for _ in range(max(1, min(workers, len(jobs)))):
            slot = start()
            slots.append(slot)
            feed(slot)
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
                    s["proc"].join(timeout=1)
                    code = s["proc"].exitcode
                    result = _failure(
                        "WorkerCrash", "crash", f"the worker parsing it died (exit code {code})"
                    )
                    slots[i] = s = _replace(s, start)
                elif result is None and now - s["since"] > timeout + s.get("budget", 0.0):
                    result = _timeout_result(timeout + s.get("budget", 0.0))
                    slots[i] = s = _replace(s, start)
                elif result is not None and result.get("code") == "memory":
                    # A worker that hit its memory limit is not trusted with another document;
                    # and if it had parsed others, their leftovers may be the cause: retry the
                    # document once in a fresh worker.
                    retry = s["parsed"] > 0
                    slots[i] = s = _replace(s, start)
                    if retry:
                        s["job"] = job
                        s["since"] = time.monotonic()
                        s["parsed"] = -1  # a retried document is not retried again
                        s["conn"].send(job[0])
                        continue
                if (
                    result is not None
                    and result.get("ok")
                    and now - s["since"] > timeout + s.get("budget", 0.0)
                ):
                    # The worker answered with a plan, but after the deadline (between two
                    # polls): as parse(timeout=) does, a late plan is a timeout, whatever the
                    # machine's speed makes of the polling interval.
                    result = {
                        **_timeout_result(timeout + s.get("budget", 0.0)),
                        "sha256": result.get("sha256"),
                    }
                if result is not None:
                    s["parsed"] = max(s["parsed"], 0) + 1
                    yield job, result
                    feed(s)
    finally:
        for s in slots:
            with contextlib.suppress(OSError, BrokenPipeError):
                s["conn"].send(None)
        for s in slots:
            s["proc"].join(timeout=2)
            if s["proc"].is_alive():
                s["proc"].kill()
                s["proc"].join(timeout=2)


def _replace(slot: dict[str, Any], start: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    slot["proc"].kill()
    slot["proc"].join(timeout=5)
    slot["conn"].close()
    return start()


# Dask: each task runs in a child process of its Dask worker (a Dask worker is a daemon
# process, and a thread cannot be stopped), talking JSON Lines over its stdin and stdout.


def _child_main() -> None:
    """The child process of a Dask worker: a request per line in, a result per line out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    options = json.loads(sys.stdin.readline())
    _die_with_parent(options["parent_pid"], deathsig=False)
    import vnplan.api  # noqa: F401  - the parser, loaded before "ready"

    _limit_memory(options.get("max_memory_mb"))
    out = sys.stdout
    out.write('"ready"\n')
    out.flush()
    for line in sys.stdin:
        path = json.loads(line)
        out.write(json.dumps(parse_one(path, options)) + "\n")
        out.flush()


class _Child:
    def __init__(self, options: dict[str, Any]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from vnplan.batch import _child_main; _child_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.buf = b""
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps({**options, "parent_pid": os.getpid()}) + "\n").encode())
        self.proc.stdin.flush()
        self.read_line(120)

    def read_line(self, timeout: float) -> Any:
        import select

        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        end = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError
            r, _, _ = select.select([fd], [], [], min(left, 1.0))
            if r:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise EOFError
                self.buf += chunk
        line, _, self.buf = self.buf.partition(b"\n")
        return json.loads(line)

    def run(self, path: str, timeout: float) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(path) + "\n").encode())
        self.proc.stdin.flush()
        result: dict[str, Any] = self.read_line(timeout)
        return result

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()


_IDLE: queue.SimpleQueue[_Child] = queue.SimpleQueue()


def _parse_in_child(path: str, options: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Run on a Dask worker: parse in a child process, killed after ``timeout`` seconds."""
    child: _Child | None = None
    while child is None:
        try:
            child = _IDLE.get_nowait()
        except queue.Empty:
            child = _Child(options)
            break
        if child.proc.poll() is not None:  # an idle child that died: not this document's fault
            child = None
    try:
        result = child.run(path, timeout)
    except TimeoutError:
        child.kill()
        return _timeout_result(timeout)
    except (EOFError, OSError, ValueError):
        child.kill()
        return _failure(
            "WorkerCrash",
            "crash",
            f"the process parsing it died (exit code {child.proc.returncode})",
        )
    if result.get("code") == "memory":
        child.kill()
    else:
        _IDLE.put(child)
    return result


def _run_dask(
    jobs: list[Job],
    options: dict[str, Any],
    workers: int,
    timeout: float,
    scheduler: str | None,
) -> Generator[Outcome, None, None]:
    dd: Any = _dask()
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
                _parse_in_child,
                path,
                options,
                timeout,
                pure=False,
                key=f"vnplan-{(sha or 'none')[:16]}-{i}",
            ): (path, sha)
            for i, (path, sha) in enumerate(jobs)
        }
        for fut in as_completed(futures):
            job = futures[fut]
            try:
                result = fut.result()
            except Exception as e:  # the worker died (KilledWorker) or the task failed
                result = _failure(type(e).__name__, "crash", str(e)[:300])
            yield job, result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask() -> Any:
    try:
        return importlib.import_module("dask.distributed")  # untyped: used through Any
    except ImportError as e:
        raise MissingExtraError(
            "--engine dask needs dask.distributed: pip install '.[dask]' "
            "(or pip install 'dask[distributed]')"
        ) from e


def check_extras(fmt: str = "jsonl", engine: str = "local") -> None:
    """Raise ``MissingExtraError`` now if ``fmt`` or ``engine`` needs a package that is
    not installed (before any document is read)."""
    if fmt == "parquet":
        try:
            importlib.import_module("pyarrow.parquet")
        except ImportError as e:
            raise MissingExtraError(
                "--format parquet needs pyarrow: pip install '.[parquet]' (or pip install pyarrow)"
            ) from e
    if engine == "dask":
        _dask()


def _unreadable(path: str) -> str:
    try:
        _open_regular(path)
    except VnplanError as e:
        return e.message
    return "cannot be read"


def _run(
    jobs: list[Job],
    options: dict[str, Any],
    workers: int | None,
    timeout: float,
    engine: str,
    scheduler: str | None,
) -> Generator[Outcome, None, None]:
    if not jobs:
        return
    n = workers or os.cpu_count() or 1
    if engine == "dask":
        yield from _run_dask(jobs, options, n, timeout, scheduler)
    else:
        yield from _run_local(jobs, options, n, timeout)


def _validate(fmt: str, engine: str, workers: int | None, timeout: float) -> None:
    if fmt not in ("jsonl", "json", "parquet"):
        raise ValueError(f"fmt must be jsonl, json or parquet, not {fmt!r}")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be local or dask, not {engine!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout}")


# -- the Python iterator -----------------------------------------------------------------------


def iter_parse(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    timeout: float = 60.0,
    engine: str = "local",
    scheduler: str | None = None,
    pdf_engine: str = "pdfium",
    max_bytes: int | None = None,
    max_memory_mb: int | None = None,
    ocr: str = "auto",
) -> Iterator[Plan | VnplanError]:
    """Parse files in worker processes and yield each as it is done: a ``Plan``,
    or the ``VnplanError`` it failed with (its ``source`` says which file).

    ``paths`` may name directories and ``@list.txt`` files as in ``convert()``. Results come
    in the order they finish, not the order given. Nothing is written; breaking out of the
    loop stops the workers.

    >>> for r in iter_parse(["a.txt", "b.pdf"], workers=2):  # doctest: +SKIP
    ...     print(r.source, "error" if isinstance(r, VnplanError) else r.title)
    """
    from vnplan import errors
    from vnplan.models import Plan

    _validate("jsonl", engine, workers, timeout)
    check_extras(engine=engine)
    files = walk(paths).files
    options = {
        "pdf_engine": pdf_engine,
        "max_bytes": max_bytes,
        "max_memory_mb": max_memory_mb,
        "ocr": ocr,
    }
    outcomes = _run([(p, None) for p in files], options, workers, timeout, engine, scheduler)
    with contextlib.closing(outcomes):
        for (path, _), result in outcomes:
            if result.get("ok"):
                yield Plan.model_validate(result["plan"])
                continue
            cls = getattr(errors, result.get("error", ""), None)
            label = display_path(path)
            if isinstance(cls, type) and issubclass(cls, VnplanError):
                yield cls(result.get("message", ""), source=label)
            else:
                yield BatchError(
                    result.get("message", ""), code=result.get("code", "error"), source=label
                )


# -- the job ----------------------------------------------------------------------------------


def convert(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    fmt: str = "jsonl",
    workers: int | None = None,
    timeout: float = 60.0,
    resume: bool = True,
    retry_failed: bool = False,
    patterns: Iterable[str] = DEFAULT_PATTERNS,
    engine: str = "local",
    scheduler: str | None = None,
    pdf_engine: str = "pdfium",
    max_bytes: int | None = None,
    max_memory_mb: int | None = None,
    wait: bool = False,
    quiet: bool = True,
    ocr: str = "auto",
    progress_stream: TextIO | None = None,
    handle_signals: bool = False,
) -> BatchSummary:
    """Convert many documents; see the module's description for the guarantees.

    ``retry_failed`` parses again the inputs that ``failures.jsonl`` holds as failed (their
    failure lines are dropped first). ``wait`` waits for another batch that holds ``out``
    instead of raising ``BatchLockedError``. With ``handle_signals`` (the CLI), SIGINT
    and SIGTERM end the batch after the record being written: the summary's ``interrupted``
    says so. Raises ``MissingExtraError`` before any work when ``fmt="parquet"`` or
    ``engine="dask"`` lacks its package.
    """
    _validate(fmt, engine, workers, timeout)
    check_extras(fmt, engine)
    t0 = time.monotonic()
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    with _locked(out_dir, wait), _Signals(handle_signals) as sig:
        try:
            _convert(
                inputs,
                out_dir,
                fmt,
                resume,
                retry_failed,
                patterns,
                engine,
                scheduler,
                pdf_engine,
                max_bytes,
                max_memory_mb,
                workers,
                timeout,
                quiet,
                progress_stream,
                sig,
                summary,
                ocr,
            )
        except Interrupted as e:
            summary.interrupted = e.signum
    summary.seconds = time.monotonic() - t0
    return summary


def _convert(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: Path,
    fmt: str,
    resume: bool,
    retry_failed: bool,
    patterns: Iterable[str],
    engine: str,
    scheduler: str | None,
    pdf_engine: str,
    max_bytes: int | None,
    max_memory_mb: int | None,
    workers: int | None,
    timeout: float,
    quiet: bool,
    progress_stream: TextIO | None,
    sig: _Signals,
    summary: BatchSummary,
    ocr: str = "auto",
) -> None:
    if not resume:
        for name in ("plans.jsonl", "failures.jsonl", "done.jsonl"):
            (out_dir / name).unlink(missing_ok=True)
    sink = _Sink(out_dir, "json" if fmt == "json" else "jsonl")
    fmt_count: Counter[str] = Counter()
    err_count: Counter[str] = Counter()
    progress: _Progress | None = None
    try:
        found = walk(inputs, patterns, exclude=[out_dir], check=sig.check)
        summary.total = len(found.files)
        if retry_failed:
            with sig.critical():
                sink.forget_failures(set(found.files))
        for p, what in found.skipped:
            sig.check()
            try:
                sha: str | None = _hash_regular(p)
            except VnplanError:
                sha = None
            with sig.critical():
                sink.skip(p, sha, what)
            summary.unsupported += 1
        jobs: list[Job] = []
        unreadable: list[str] = []
        for p in found.files:
            sig.check()
            try:
                sha = _hash_regular(p)
            except VnplanError:
                sha = None
            key = (p, sha or "")
            if sink.known(key):
                summary.skipped += 1  # recorded (or recorded as failed) by an earlier run
                summary.skipped_failed += key in sink.failed
            elif sha is None:
                unreadable.append(p)
            else:
                jobs.append((p, sha))
        progress = _Progress(len(jobs) + len(unreadable), quiet, progress_stream or sys.stderr)
        for p in unreadable:  # missing, a FIFO, no permission: a failure, not a crash
            with sig.critical():
                sink.failure(p, None, "UnreadableError", "unreadable", _unreadable(p))
            summary.failed += 1
            err_count["UnreadableError"] += 1
            progress.update(False)

        options = {
            "pdf_engine": pdf_engine,
            "max_bytes": max_bytes,
            "max_memory_mb": max_memory_mb,
            "ocr": ocr,
        }
        results = contextlib.closing(_run(jobs, options, workers, timeout, engine, scheduler))
        with results as outcomes:
            for (path, listed_sha), result in outcomes:
                # The hash of the bytes the worker parsed (the file may have changed since).
                sha = result.get("sha256") or listed_sha
                with sig.critical():
                    if result.get("ok") and sha:
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
    finally:
        if progress is not None:
            progress.close()
        summary.by_format = dict(fmt_count)
        summary.by_error = dict(err_count)
        sink.close()
    if fmt == "parquet":
        from vnplan.export.tables import write_parquet

        with sig.critical():
            write_parquet(sink.records_path, out_dir)


__all__ = [
    "BatchError",
    "BatchLockedError",
    "BatchSummary",
    "Interrupted",
    "MissingExtraError",
    "Walk",
    "classify",
    "convert",
    "expand_inputs",
    "iter_parse",
    "parse_one",
    "walk",
]
