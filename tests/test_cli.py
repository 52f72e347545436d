from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPORA

DATA = Path(__file__).parent / "data"

SEED = CORPORA / "seeds" / "003_dc1aff751526fa60.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnplan", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_parse_json() -> None:
    r = run("parse", str(SEED))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["number"]["raw"] == "563/KH-BCA-C11"
    assert data["signatories"][0]["name"] == "Nguyễn Ngọc Lâm"


def test_parse_stdin_and_markdown() -> None:
    r = run("parse", "-", "--format", "md", stdin=SEED.read_bytes())
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.startswith("# KẾ HOẠCH: Tổ chức tuyên truyền")
    assert "| Cục Cảnh sát quản lý" in out


def test_several_files_json_lines_and_output_dir(tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in (CORPORA / "seeds").glob("00[34]*.txt"))
    r = run("parse", *seeds)
    assert r.returncode == 0
    assert len([json.loads(x) for x in r.stdout.decode().splitlines() if x.strip()]) == 2
    out = tmp_path / "out"
    r = run("parse", *seeds, "-o", str(out))
    assert r.returncode == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(s).name + ".json" for s in seeds)


def test_decree_names_flag() -> None:
    data = json.loads(run("parse", str(SEED), "--decree-names").stdout)
    assert data["IssuedDate"] == "2024-12-04"


def test_errors_are_one_line_and_nonzero(tmp_path: Path) -> None:
    bad = tmp_path / "photo.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    r = run("parse", str(SEED), str(bad), str(tmp_path / "missing.txt"))
    assert r.returncode == 1
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 2
    assert all(line.startswith("vnplan: error: ") for line in err)
    assert "unreadable" in err[0] and "PNG" in err[0] and "no such file" in err[1]
    assert json.loads(r.stdout.decode().splitlines()[0])["kind"] == "plan"


def test_usage_error_exit_code() -> None:
    assert run("parse").returncode == 2
    assert run("frobnicate").returncode == 2


def test_eval_command(tmp_path: Path) -> None:
    # Without thresholds, an unreadable document fails.
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(CORPORA / "gold" / "seed-003.json", gold / "seed-003.json")
    shutil.copy(DATA / "bad" / "truncated.pdf", tmp_path / "truncated.pdf")
    (gold / "broken.json").write_text('{"source": "truncated.pdf", "kind": "plan"}', "utf-8")
    r = run("eval", str(gold), "--shared", str(tmp_path))
    assert r.returncode == 1, r.stderr
    assert b"fully correct" in r.stdout and b"ERROR broken.json" in r.stdout
    # With them, the scores decide (the document already counts against its fields).
    r = run("eval", str(CORPORA / "gold"), "--min", str(CORPORA / "thresholds.json"))
    assert r.returncode == 0, r.stderr


def test_batch_command(tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = run("batch", str(CORPORA / "seeds"), "--out", str(out), "--workers", "1", "--quiet")
    assert r.returncode == 0, r.stderr
    assert b"5 parsed, 0 failed" in r.stderr
    assert len((out / "plans.jsonl").read_text(encoding="utf-8").splitlines()) == 5
