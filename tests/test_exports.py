"""Exports: JSON Schema (kept in docs/, never stale), Akoma Ntoso (valid against the official
XSD), CSV rows of tasks, Markdown."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from lxml import etree

import vnplan
from tests.conftest import CORPORA, ROOT
from vnplan.export import plan_schema, to_csv, to_markdown
from vnplan.export.akn import to_akn

SCHEMA = etree.XMLSchema(etree.parse(str(ROOT / "tests" / "data" / "schemas" / "akomantoso30.xsd")))
DOCS = sorted((CORPORA / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data").glob("seed-*.docx")
)


def test_schema_in_docs_is_current() -> None:
    on_disk = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert on_disk == plan_schema(), (
        "docs/schema.json is stale: run `vnplan schema > docs/schema.json`"
    )


def test_schema_describes_the_contract() -> None:
    props = plan_schema()["properties"]
    assert isinstance(props, dict)
    assert {"kind", "doc_type", "number", "issuer", "date", "assignments", "signatories"} <= set(
        props
    )


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_akoma_ntoso_is_valid(path: Path) -> None:
    xml = to_akn(vnplan.parse(path))
    doc = etree.fromstring(xml.encode("utf-8"))
    assert SCHEMA.validate(doc), SCHEMA.error_log.last_error


def test_akoma_ntoso_content() -> None:
    plan = vnplan.parse(CORPORA / "seeds" / "003_dc1aff751526fa60.txt")
    doc = etree.fromstring(to_akn(plan).encode("utf-8"))
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert doc.find("a:doc", ns).get("name") == "plan"
    assert doc.find(".//a:FRBRWork/a:FRBRnumber", ns).get("value") == "563/KH-BCA-C11"
    assert doc.find(".//a:docDate", ns).get("date") == "2024-12-04"
    headings = [h.text for h in doc.findall("a:doc/a:mainBody/a:hcontainer/a:heading", ns)]
    assert headings == plan.top_sections
    assert doc.find(".//a:conclusions//a:person", ns).text == "Thiếu tướng Nguyễn Ngọc Lâm"


def test_csv_rows_per_task() -> None:
    plan = vnplan.parse(CORPORA / "seeds" / "004_af83268f5c199244.txt")
    rows = list(csv.DictReader(io.StringIO(to_csv(plan))))
    assert len(rows) == sum(len(a.tasks) for a in plan.assignments)
    assert rows[0]["unit"] == "Văn phòng Sở" and rows[0]["origin"] == "section"
    assert any(r["origin"] == "sentence" for r in rows)


def test_markdown_summary() -> None:
    md = to_markdown(vnplan.parse(CORPORA / "seeds" / "003_dc1aff751526fa60.txt"))
    assert "| Number | 563/KH-BCA-C11 |" in md and "## Assignments" in md


def test_markdown_names_a_reference_type_once() -> None:
    from vnplan.export.markdown import _reference

    assert _reference("Luật", "Luật sửa đổi, bổ sung một số điều") == (
        "Luật sửa đổi, bổ sung một số điều"
    )
    assert _reference("Quyết định", "số 12/QĐ-UBND") == "Quyết định số 12/QĐ-UBND"
    assert _reference(None, "số 12/QĐ-UBND") == "số 12/QĐ-UBND"


@pytest.mark.parametrize("decree_names", [False, True])
@pytest.mark.parametrize("include_text", [False, True])
def test_every_json_output_validates_against_its_published_schema(
    decree_names: bool, include_text: bool
) -> None:
    """``--include-text`` and ``--decree-names`` output match ``vnplan schema
    [--decree-names]`` (docs/schema.json, docs/schema-decree-names.json), versions included."""
    jsonschema = pytest.importorskip("jsonschema")
    from vnplan.export.json import to_json

    name = "schema-decree-names.json" if decree_names else "schema.json"
    schema = json.loads((ROOT / "docs" / name).read_text(encoding="utf-8"))
    assert schema == plan_schema(decree_names=decree_names)
    for path in DOCS:
        out = json.loads(
            to_json(vnplan.parse(path), decree_names=decree_names, include_text=include_text)
        )
        jsonschema.validate(out, schema)
        assert out["vnplan_version"] == vnplan.__version__ and out["schema_version"]
        assert ("text" in out) is include_text


@pytest.mark.parametrize(
    ("lang", "heading"), [("en", "## Assignments"), ("vi", "## Phân công nhiệm vụ")]
)
def test_markdown_labels_in_either_language(lang: str, heading: str) -> None:
    md = to_markdown(vnplan.parse(CORPORA / "seeds" / "003_dc1aff751526fa60.txt"), lang=lang)
    assert heading in md.splitlines()


def test_the_labels_of_both_languages_are_the_same_keys() -> None:
    from vnplan.export.labels import LABELS

    assert LABELS["en"].keys() == LABELS["vi"].keys()


def test_every_property_of_the_schema_is_described() -> None:
    """The schema's descriptions come from the models' field docstrings, so the API reference
    and the schema say the same thing."""
    schema = plan_schema()
    models = [("Plan", schema), *schema["$defs"].items()]  # type: ignore[union-attr]
    missing = [
        f"{name}.{key}"
        for name, model in models
        for key, prop in model.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert missing == []
