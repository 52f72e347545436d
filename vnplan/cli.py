"""The ``vnplan`` command: ``parse`` (and ``eval``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from vnplan import __version__
from vnplan.api import parse
from vnplan.errors import VnplanError
from vnplan.export import plan_schema, to_csv, to_json, to_markdown
from vnplan.models import Plan


def _render(plan: Plan, fmt: str, *, compact: bool, args: argparse.Namespace) -> str:
    if fmt == "md":
        return to_markdown(plan)
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


def _cmd_parse(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    many = len(files) > 1
    out_dir: Path | None = None
    if args.output and (many or Path(args.output).is_dir()):
        out_dir = Path(args.output)
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    chunks: list[str] = []
    for f in files:
        try:
            if f == "-":
                plan = parse(
                    sys.stdin.buffer.read(),
                    name="<stdin>",
                    max_bytes=args.max_bytes,
                    pdf_engine=args.pdf_engine,
                    ocr=args.ocr,
                )
            else:
                plan = parse(f, max_bytes=args.max_bytes, pdf_engine=args.pdf_engine, ocr=args.ocr)
        except VnplanError as e:
            failed += 1
            msg = e.message.replace("\n", " ")
            print(f"vnplan: error: {f}: {msg} [{e.code}]", file=sys.stderr)
            continue
        text = _render(plan, args.format, compact=many and out_dir is None, args=args)
        if out_dir is not None:
            stem = "stdin" if f == "-" else Path(f).name
            suffix = {"md": ".md", "csv": ".csv", "akn": ".xml"}.get(args.format, ".json")
            (out_dir / (stem + suffix)).write_text(text + "\n", encoding="utf-8")
        else:
            chunks.append(text)
    if out_dir is None and chunks:
        joined = "\n".join(chunks) + "\n"
        if args.output:
            Path(args.output).write_text(joined, encoding="utf-8")
        else:
            sys.stdout.write(joined)
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


def _cmd_batch(args: argparse.Namespace) -> int:
    from vnplan.batch import DEFAULT_PATTERNS, convert

    summary = convert(
        args.inputs,
        args.out,
        fmt=args.format,
        workers=args.workers,
        timeout=args.timeout,
        resume=not args.no_resume,
        patterns=args.glob or DEFAULT_PATTERNS,
        engine=args.engine,
        scheduler=args.scheduler,
        pdf_engine=args.pdf_engine,
        max_bytes=args.max_bytes,
        max_memory_mb=args.max_memory,
        quiet=args.quiet,
        ocr=args.ocr,
    )
    print(summary.line(), file=sys.stderr)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from vnplan.check import check

    worst = 0
    for f in args.files:
        try:
            plan = parse(f, max_bytes=args.max_bytes)
        except VnplanError as e:
            print(f"vnplan: error: {f}: {e.message} [{e.code}]", file=sys.stderr)
            worst = max(worst, 2)
            continue
        findings = check(plan)
        if args.format == "json":
            print(
                json.dumps(
                    {"source": f, "findings": [x.as_dict() for x in findings]}, ensure_ascii=False
                )
            )
        else:
            for x in findings:
                where = f"@{x.span.start}" if x.span else ""
                msg = x.message_vi if args.lang == "vi" else x.message_en
                print(f"{f}{where}: {x.severity} {x.code}: {msg}")
            if not findings:
                print(f"{f}: ok")
        if any(x.severity == "error" for x in findings):
            worst = max(worst, 1)
    return worst


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(plan_schema(), ensure_ascii=False, indent=2))
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


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="vnplan",
        description="Parse Vietnamese official plan documents (Kế hoạch) into structured data.",
    )
    ap.add_argument("--version", action="version", version=f"vnplan {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

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
        help="write to OUT (a directory when several files are given)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help="refuse inputs larger than this many bytes (default 50 MB)",
    )
    p.add_argument(
        "--pdf-engine",
        choices=("pdfium", "pdfplumber"),
        default="pdfium",
        help="how PDFs are read: pdfium (fast, default) or pdfplumber (same result, slower)",
    )
    _ocr_option(p)
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

    b = sub.add_parser("batch", help="convert many documents: parallel, resumable, loses nothing")
    b.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, directories (recursive) or @list.txt files of paths",
    )
    b.add_argument("--out", required=True, metavar="OUT_DIR")
    b.add_argument(
        "--format",
        choices=("jsonl", "json", "parquet"),
        default="jsonl",
        help="jsonl: OUT/plans.jsonl (default); json: one file per document; "
        "parquet: flat tables (needs pyarrow)",
    )
    b.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="file pattern for directories (repeatable; default: the usual endings)",
    )
    b.add_argument("--workers", type=int, default=None, help="processes (default: CPU count)")
    b.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds per document (60); a document read by OCR gets 20 s more per OCR'd page",
    )
    b.add_argument(
        "--no-resume",
        action="store_true",
        help="start over instead of skipping what OUT already holds",
    )
    b.add_argument("--engine", choices=("local", "dask"), default="local")
    b.add_argument("--scheduler", metavar="URL", help="Dask scheduler (tcp://HOST:8786)")
    b.add_argument("--pdf-engine", choices=("pdfium", "pdfplumber"), default="pdfium")
    b.add_argument("--max-bytes", type=int, default=None)
    b.add_argument(
        "--max-memory",
        type=int,
        default=None,
        metavar="MB",
        help="memory limit of each worker process",
    )
    _ocr_option(b)
    b.add_argument("--quiet", action="store_true", help="no progress output")
    b.set_defaults(func=_cmd_batch)

    c = sub.add_parser("check", help="conformance with Decree 30/2020 (and the Party guides)")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--lang", choices=("vi", "en"), default="vi")
    c.add_argument("--max-bytes", type=int, default=None)
    c.set_defaults(func=_cmd_check)

    sc = sub.add_parser("schema", help="print the JSON Schema of the parse output")
    sc.set_defaults(func=_cmd_schema)

    e = sub.add_parser("eval", help="score parses against gold files (GOLD_FORMAT.md)")
    e.add_argument("gold_dir", metavar="GOLD_DIR")
    e.add_argument("--format", choices=("table", "json"), default="table")
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
    return ap


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
