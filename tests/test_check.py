"""Conformance rules, each on a real document and on small variants of a correct plan."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import vnplan
from tests.conftest import CORPORA, plan_text, shared_path
from vnplan.check import check, is_party

TODAY = dt.date(2026, 11, 24)


def codes(text: str) -> dict[str, str]:
    return {f.code: f.severity for f in check(vnplan.parse_text(text), TODAY)}


def test_a_correct_plan_has_no_findings() -> None:
    assert codes(plan_text("I. A\n- b")) == {}
    assert check(vnplan.parse(CORPORA / "seeds" / "003_dc1aff751526fa60.txt"), TODAY) == []


def test_real_draft_without_header() -> None:
    got = {
        f.code for f in check(vnplan.parse(CORPORA / "seeds" / "004_af83268f5c199244.txt"), TODAY)
    }
    assert got == {"MOTTO_MISSING", "ISSUER_NOT_IN_HEADER", "NUMBER_BLANK", "DATE_BLANK"}


def test_real_docx_draft_date_to_the_month() -> None:
    got = {f.code for f in check(vnplan.parse(shared_path("corpus/docs/c001.docx")), TODAY)}
    assert got == {"NUMBER_BLANK", "DATE_INCOMPLETE"}


@pytest.mark.parametrize(
    ("old", "new", "code", "severity"),
    [
        (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
            "",
            "MOTTO_MISSING",
            "error",
        ),
        ("Độc lập - Tự do - Hạnh phúc", "Độc lập, Tự do, Hạnh phúc", "MOTTO_MALFORMED", "warning"),
        ("Số: 12/KH-SYT\n", "", "NUMBER_MISSING", "error"),
        ("Số: 12/KH-SYT", "Số: KH12", "NUMBER_MALFORMED", "error"),
        ("Số: 12/KH-SYT", "Số: 12/QĐ-SYT", "TYPE_CODE_MISMATCH", "error"),
        ("Số: 12/KH-SYT", "Số: 12/kh-syt", "NUMBER_MALFORMED", "error"),
        (
            "Đắk Nông, ngày 04 tháng 12 năm 2024",
            "Đắk Nông, ngày 04 tháng 12 năm 2030",
            "DATE_IN_FUTURE",
            "error",
        ),
        ("KẾ HOẠCH\nThử nghiệm\n", "KẾ HOẠCH\n\n", "TITLE_MISSING", "error"),
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n", "", "RECIPIENTS_MISSING", "error"),
        ("- Lưu: VT.\n", "", "ARCHIVE_MISSING", "warning"),
        ("PHÓ GIÁM ĐỐC", "GIÁM ĐỐC SỞ", "PREFIX_MISMATCH", "error"),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n", "", "SIGNATURE_MISSING", "error"),
    ],
)
def test_rules_on_variants(old: str, new: str, code: str, severity: str) -> None:
    text = plan_text("I. A\n- b")
    assert old in text
    got = codes(text.replace(old, new, 1))
    assert got.get(code) == severity, got


def test_party_documents() -> None:
    header = (
        "ĐẢNG BỘ TỈNH ĐẮK NÔNG\nTỈNH ỦY\n*\nSố 05-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Đắk Nông, ngày 4/12/2024\n"
    )
    closing = (
        "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n"
        "Trần Văn Bình\n"
    )
    plan = vnplan.parse_text(plan_text("I. A", header=header, closing=closing))
    assert is_party(plan) and check(plan, TODAY) == []
    plan = vnplan.parse_text(
        plan_text("I. A", header=header, closing=closing.replace("T/M", "TM."))
    )
    assert [f.code for f in check(plan, TODAY)] == ["PARTY_PREFIX_STYLE"]


def test_every_finding_is_bilingual_and_serialisable() -> None:
    text = plan_text("I. A").replace("Số: 12/KH-SYT", "Số: 12/QĐ-SYT")
    for f in check(vnplan.parse_text(text), TODAY):
        d = f.as_dict()
        assert d["message_vi"] and d["message_en"] and d["severity"] in ("error", "warning")
        json.dumps(d)


def test_check_command_exit_codes() -> None:
    def run(path: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "vnplan", "check", path, "--format", "json"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    ok = run(str(CORPORA / "seeds" / "003_dc1aff751526fa60.txt"))
    assert ok.returncode == 0 and json.loads(ok.stdout)["findings"] == []
    bad = run(str(CORPORA / "seeds" / "004_af83268f5c199244.txt"))
    assert bad.returncode == 1
    assert "MOTTO_MISSING" in {f["code"] for f in json.loads(bad.stdout)["findings"]}
