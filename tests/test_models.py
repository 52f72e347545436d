from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import vnplan
from tests.conftest import plan_text
from vnplan.models import PartialDate

GOLD_KEYS = {
    "source",
    "kind",
    "doc_type",
    "number",
    "issuer",
    "place",
    "date",
    "title",
    "period",
    "purposes",
    "requirements",
    "recipients",
    "assignments",
    "phases",
    "signatories",
    "references",
    "abbreviations",
    "top_sections",
}


@pytest.mark.parametrize("iso", ["2025", "2025-Q3", "2025-05", "2025-05-31"])
def test_partial_date_round_trip(iso: str) -> None:
    d = PartialDate.model_validate(iso)
    assert str(d) == iso and d.model_dump() == iso


@pytest.mark.parametrize("bad", ["25", "2025-13", "2025-Q5", "2025-5", "May 2025"])
def test_partial_date_rejects(bad: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.model_validate(bad)


def test_json_has_gold_keys_and_no_text() -> None:
    data = vnplan.parse_text(plan_text("I. A")).model_dump(mode="json")
    assert set(data) >= GOLD_KEYS
    assert "text" not in data
    json.dumps(data)


def test_decree_30_aliases() -> None:
    p = vnplan.parse_text(plan_text("I. A"))
    d = p.model_dump(mode="json", by_alias=True)
    assert d["IssuedDate"] == "2024-12-04"
    assert d["TypeName"] == "KẾ HOẠCH" and d["Subject"] == "Thử nghiệm"
    assert d["issuer"]["OrganName"] == "SỞ Y TẾ"
    assert d["number"]["CodeNumber"] == "12" and d["number"]["CodeNotation"] == "KH-SYT"
    assert d["SignerInfo"][0]["name"] == "Nguyễn Văn An"
    again = vnplan.Plan.model_validate(d)
    assert again.date == p.date and again.issuer == p.issuer
