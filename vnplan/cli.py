"""The ``vnplan`` command: ``parse``, ``batch``, ``check``, ``schema`` and ``eval``."""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from vnplan import __version__
from vnplan.errors import VnplanError

if TYPE_CHECKING:
    from vnplan.models import Plan

# The parser, the exports and the models load inside the commands that use them, so that
# ``vnplan --version`` and ``--help`` stay fast.

_SUFFIX = {"md": ".md", "csv": ".csv", "akn": ".xml", "json": ".json"}


def _render(plan: Plan, fmt: str, *, compact: bool, args: argparse.Namespace) -> str:
    from vnplan.export import to_csv, to_json, to_markdown

    if fmt == "md":
        return to_markdown(plan, lang=args.lang)
    if fmt == "csv":
        return to_csv(plan).rstrip("\n")
    if fmt == "akn":
        from vnplan.export.akn import to_akn

        return to_akn(plan).rstrip("\n")
    return to_json(
        plan,
        indent=None if compact else 2,
        decree_names=args.decree_names,
        include_text=args.include_text,
    )


def _output_names(files: list[str], suffix: str) -> dict[str, Path]:
    """A distinct output path (relative to ``-o DIR``) for each input: its path relative to
    the inputs' common directory, so ``a/x.txt`` and ``b/x.txt`` give ``a/x.txt.json`` and
    ``b/x.txt.json``; standard input is ``stdin``."""
    real = [f for f in files if f != "-"]
    names: dict[str, Path] = {"-": Path("stdin" + suffix)}
    if real:
        absolute = [os.path.abspath(f) for f in real]
        common = os.path.commonpath([os.path.dirname(a) for a in absolute])
        for f, a in zip(real, absolute, strict=True):
            names[f] = Path(os.path.relpath(a, common) + suffix)
    return names


def _is_regular_file(stream: TextIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


def _cmd_parse(args: argparse.Namespace) -> int:
    from vnplan.api import parse
    from vnplan.batch import display_path
    from vnplan.export.csv import to_csv_many

    files: list[str] = args.files
    many = len(files) > 1
    out_dir: Path | None = None
    out_file: Path | None = None
    if args.output:
        o = args.output
        if os.path.isdir(o) or o.endswith(("/", os.sep)) or (many and not Path(o).suffix):
            out_dir = Path(o)
        else:
            out_file = Path(o)
    if many and out_dir is None and args.format == "akn":
        print(
            "vnplan: error: an Akoma Ntoso file holds one document: give -o DIR for one file "
            "per input, or parse them one at a time",
            file=sys.stderr,
        )
        return 2
    suffix = _SUFFIX[args.format]
    names = _output_names(files, suffix) if out_dir is not None else {}
    failed = 0
    chunks: list[str] = []
    plans: list[Plan] = []
    for f in files:
        label = "<stdin>" if f == "-" else display_path(f)
        try:
            if f == "-":
                plan = parse(
                    sys.stdin.buffer.read(),
                    name=label,
                    max_bytes=args.max_bytes,
                    pdf_engine=args.pdf_engine,
                    ocr=args.ocr,
                )
            else:
                plan = parse(
                    f,
                    name=label,
                    max_bytes=args.max_bytes,
                    pdf_engine=args.pdf_engine,
                    ocr=args.ocr,
                )
        except VnplanError as e:
            failed += 1
            msg = e.message.replace("\n", " ")
            print(f"vnplan: error: {label}: {msg} [{e.code}]", file=sys.stderr)
            continue
        if out_dir is not None:
            target = out_dir / names[f]
            target.parent.mkdir(parents=True, exist_ok=True)
            text = _render(plan, args.format, compact=False, args=args)
            bom = "\ufeff" if args.format == "csv" else ""
            target.write_text(bom + text + "\n", encoding="utf-8")
        elif args.format == "csv":
            plans.append(plan)
        else:
            chunks.append(_render(plan, args.format, compact=many, args=args))
    if out_dir is None:
        stream = sys.stdout
        if args.format == "csv" and plans:
            # A BOM for Excel when the table goes to a file, none down a pipe.
            to_file = out_file is not None or _is_regular_file(stream)
            joined = to_csv_many(plans, bom=to_file)
        elif chunks:
            joined = "\n".join(chunks) + "\n"
        else:
            joined = ""
        if joined and out_file is not None:
            out_file.write_text(joined, encoding="utf-8")
        elif joined:
            stream.write(joined)
    return 1 if failed else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from vnplan.evaluate import evaluate_dir

    report = evaluate_dir(Path(args.gold_dir), shared=Path(args.shared) if args.shared else None)
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        from vnplan.evaluate import format_table

        print(format_table(report))
    code = 1 if report["errors"] else 0
    if args.min:
        from vnplan.evaluate import below_thresholds

        failures = below_thresholds(report, json.loads(Path(args.min).read_text("utf-8")))
        for f in failures:
            print(f"vnplan: below threshold: {f}", file=sys.stderr)
        # With thresholds, they decide: an unreadable document already counts against the
        # fields its gold file scores.
        code = 1 if failures else 0
    return code


#: Exit codes of ``vnplan batch``.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _cmd_batch(args: argparse.Namespace) -> int:
    from vnplan.batch import BatchLockedError, MissingExtraError, convert

    if args.workers is not None and args.workers < 1:
        print("vnplan: error: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if not args.timeout > 0:
        print("vnplan: error: --timeout must be a positive number of seconds", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = convert(
            args.inputs,
            args.out,
            fmt=args.format,
            workers=args.workers,
            timeout=args.timeout,
            resume=not args.no_resume,
            retry_failed=args.retry_failed,
            patterns=args.glob or (),
            engine=args.engine,
            scheduler=args.scheduler,
            pdf_engine=args.pdf_engine,
            max_bytes=args.max_bytes,
            max_memory_mb=args.max_memory,
            wait=args.wait,
            quiet=args.quiet,
            ocr=args.ocr,
            handle_signals=True,
        )
    except (BatchLockedError, MissingExtraError) as e:
        print(f"vnplan: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    print(summary.line(), file=sys.stderr)
    if summary.interrupted is not None:
        n = summary.done + summary.failed
        print(f"interrupted: {n} done, re-run the same command to resume", file=sys.stderr)
        return 128 + summary.interrupted
    if summary.total == 0:
        print("vnplan: error: no documents found in the inputs", file=sys.stderr)
        return EXIT_OK if args.allow_failures else EXIT_FAILED
    if summary.any_failed and not args.allow_failures:
        return EXIT_FAILED
    return EXIT_OK


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _cmd_check(args: argparse.Namespace) -> int:
    from vnplan.api import parse
    from vnplan.batch import display_path
    from vnplan.check import check

    worst = 0
    for f in args.files:
        label = "<stdin>" if f == "-" else display_path(f)
        try:
            if f == "-":
                plan = parse(sys.stdin.buffer.read(), name=label, max_bytes=args.max_bytes)
            else:
                plan = parse(f, name=label, max_bytes=args.max_bytes)
        except VnplanError as e:
            msg = e.message.replace("\n", " ")
            print(f"vnplan: error: {label}: {msg} [{e.code}]", file=sys.stderr)
            worst = 1
            continue
        findings = check(plan)
        if args.format == "json":
            items = []
            for x in findings:
                d = x.as_dict()
                d["line"] = _line_of(plan.text, x.span.start) if x.span else None
                items.append(d)
            print(json.dumps({"source": label, "findings": items}, ensure_ascii=False))
        else:
            for x in findings:
                where = f":{_line_of(plan.text, x.span.start)}" if x.span else ""
                msg = x.message_vi if args.lang == "vi" else x.message_en
                print(f"{label}{where}: {x.severity} {x.code}: {msg}")
            if not findings:
                print(f"{label}: ok")
        if any(x.severity == "error" for x in findings):
            worst = 1
    return worst


def _cmd_schema(args: argparse.Namespace) -> int:
    from vnplan.export import plan_schema

    print(json.dumps(plan_schema(decree_names=args.decree_names), ensure_ascii=False, indent=2))
    return 0


def _ocr_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ocr",
        choices=("auto", "always", "never"),
        default="auto",
        help="auto (default): read scanned PDF pages, garbled text layers and PNG/JPEG/TIFF "
        "images with Tesseract (pip install 'vnplan[ocr]', apt-get install tesseract-ocr-vie); "
        "always: OCR every PDF page; never: report them as errors",
    )


def _max_bytes_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="refuse inputs larger than N bytes (default 50 MB)",
    )


def _pdf_engine_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pdf-engine",
        choices=("pdfium", "pdfplumber"),
        default="pdfium",
        help="how PDFs are read: pdfium (fast, default) or pdfplumber (same result, slower)",
    )


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="vnplan",
        description="Parse Vietnamese official plan documents (Kế hoạch) into structured data.",
    )
    ap.add_argument("--version", action="version", version=f"vnplan {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    for add in (_add_parse, _add_batch, _add_check, _add_schema, _add_eval):
        add(sub)
    return ap


_Subparsers = argparse._SubParsersAction  # the type add_subparsers returns


def _add_parse(sub: _Subparsers[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("parse", help="parse plan files and print them as JSON or Markdown")
    p.add_argument("files", nargs="+", metavar="FILE", help="a file to parse; '-' reads stdin")
    p.add_argument(
        "--format",
        choices=("json", "md", "csv", "akn"),
        default="json",
        help="json (the public contract, default), md (a readable summary), csv (one row per "
        "task) or akn (Akoma Ntoso 3.0 XML)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT: a directory (when it is one, ends in '/', or several files are "
        "given and it has no extension), one file each, named by the input's path relative "
        "to the inputs' common directory; otherwise one file (several inputs as JSON Lines, "
        "one CSV table with a source column)",
    )
    _max_bytes_option(p)
    _pdf_engine_option(p)
    _ocr_option(p)
    p.add_argument(
        "--lang",
        choices=("en", "vi"),
        default="en",
        help="language of the Markdown labels (--format md): en (default) or vi",
    )
    p.add_argument(
        "--decree-names",
        action="store_true",
        help="use Decree 30/2020 metadata names (IssuedDate, OrganName ...) as keys",
    )
    p.add_argument(
        "--include-text",
        action="store_true",
        help="include the normalised text that spans point into",
    )
    p.set_defaults(func=_cmd_parse)


def _batch_resume_options(b: argparse.ArgumentParser) -> None:
    """What a run does with what an earlier run of the same OUT_DIR left."""
    b.add_argument(
        "--no-resume",
        action="store_true",
        help="start over: delete OUT_DIR's records instead of skipping what they hold",
    )
    b.add_argument(
        "--retry-failed",
        action="store_true",
        help="parse again the inputs that failures.jsonl holds as failed (after installing "
        "LibreOffice, a longer --timeout ...)",
    )
    b.add_argument(
        "--allow-failures",
        action="store_true",
        help="exit 0 even when some inputs failed (archive runs that expect some)",
    )
    b.add_argument(
        "--wait",
        action="store_true",
        help="when another batch is writing to OUT_DIR, wait for it instead of refusing",
    )


def _batch_engine_options(b: argparse.ArgumentParser) -> None:
    b.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local worker processes (default) or a Dask cluster (needs pip install '.[dask]')",
    )
    b.add_argument(
        "--scheduler",
        metavar="URL",
        help="the Dask scheduler to use (tcp://HOST:8786); default: a local cluster",
    )


def _add_batch(sub: _Subparsers[argparse.ArgumentParser]) -> None:
    b = sub.add_parser(
        "batch",
        help="convert many documents: parallel, resumable, loses nothing",
        description="Convert many documents into OUT_DIR. Every input ends as one record "
        "(OUT_DIR/plans.jsonl, or one file each with --format json) or one line in "
        "OUT_DIR/failures.jsonl; running the same command again after a kill or Ctrl-C "
        "finishes the job, skipping what is already recorded. Exit status: 0 every input "
        "parsed, 1 some input failed (see failures.jsonl; --allow-failures makes it 0), "
        "2 usage error or nothing could start (OUT_DIR in use, a missing optional package), "
        "130 interrupted by Ctrl-C (143 by SIGTERM).",
    )
    b.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, directories (walked recursively; files are taken by content: PDF, Word, "
        "OpenDocument, RTF, text) or @list.txt files of paths, one a line",
    )
    b.add_argument("--out", required=True, metavar="OUT_DIR", help="where the records go (created)")
    b.add_argument(
        "--format",
        choices=("jsonl", "json", "parquet"),
        default="jsonl",
        help="jsonl: OUT_DIR/plans.jsonl (default); json: one file per document; "
        "parquet: plans.jsonl plus flat tables (needs pyarrow: pip install '.[parquet]')",
    )
    b.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="take only files of a directory whose name matches PATTERN, case-insensitive "
        "('*.pdf'; repeatable; default: every file whose content is a document)",
    )
    b.add_argument(
        "--workers", type=int, default=None, help="parallel processes (default: CPU count)"
    )
    b.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds a document may take; then its worker is killed and it is recorded as "
        "a timeout failure (default 60); a document read by OCR gets 20 s more per OCR'd page",
    )
    _batch_resume_options(b)
    _batch_engine_options(b)
    _pdf_engine_option(b)
    _max_bytes_option(b)
    b.add_argument(
        "--max-memory",
        type=int,
        default=None,
        metavar="MB",
        help="address-space limit of each worker process; a document that needs more is "
        "recorded as a memory failure and its worker replaced",
    )
    _ocr_option(b)
    b.add_argument("--quiet", action="store_true", help="no progress output")
    b.set_defaults(func=_cmd_batch)


def _add_check(sub: _Subparsers[argparse.ArgumentParser]) -> None:
    c = sub.add_parser(
        "check",
        help="conformance with Decree 30/2020 (and the Party guides)",
        description="Report how a plan departs from Decree 30/2020/NĐ-CP's layout (or the "
        "Party's guide). Each finding gives the line it is about. Exit status: 0 no errors, "
        "1 an error finding or a file that could not be read, 2 usage error.",
    )
    c.add_argument("files", nargs="+", metavar="FILE", help="a file to check; '-' reads stdin")
    c.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: 'FILE:LINE: severity CODE: message' lines (default); json: one object "
        "per file, findings with their span and line",
    )
    c.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="language of the messages (vi)"
    )
    _max_bytes_option(c)
    c.set_defaults(func=_cmd_check)


def _add_schema(sub: _Subparsers[argparse.ArgumentParser]) -> None:
    sc = sub.add_parser(
        "schema",
        help="print the JSON Schema of the parse output",
        description="Print the JSON Schema of 'vnplan parse --format json' (which also "
        "describes --include-text output).",
    )
    sc.add_argument(
        "--decree-names",
        action="store_true",
        help="the schema of 'vnplan parse --decree-names' output (Decree 30/2020's names)",
    )
    sc.set_defaults(func=_cmd_schema)


def _add_eval(sub: _Subparsers[argparse.ArgumentParser]) -> None:
    e = sub.add_parser("eval", help="score parses against gold files (GOLD_FORMAT.md)")
    e.add_argument(
        "gold_dir", metavar="GOLD_DIR", help="a directory of gold files (*.json, GOLD_FORMAT.md)"
    )
    e.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table: per-field scores (default); json: the full report",
    )
    e.add_argument(
        "--min",
        metavar="FILE",
        help="JSON of minimum scores per field (and 'fully_correct'); exit 1 when any drops",
    )
    e.add_argument(
        "--shared",
        metavar="DIR",
        help="where gold 'source' paths are relative to (default: ../shared)",
    )
    e.set_defaults(func=_cmd_eval)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except BrokenPipeError:
        return 1
    except OSError as e:
        print(f"vnplan: error: {e}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
