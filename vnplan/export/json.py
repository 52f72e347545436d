"""JSON: ``Plan.model_dump(mode="json")``, the public contract of ``vnplan parse``."""

from __future__ import annotations

import json

from vnplan.models import SCHEMA_VERSION, Plan


def to_json(
    plan: Plan, *, indent: int | None = 2, decree_names: bool = False, include_text: bool = False
) -> str:
    """The plan as JSON. ``decree_names`` uses the Decree 30/2020 metadata names
    (``IssuedDate``, ``OrganName`` ...); ``include_text`` adds the normalised text that the
    spans point into."""
    data = plan.model_dump(mode="json", by_alias=decree_names)
    if include_text:
        data["text"] = plan.text
    return json.dumps(data, ensure_ascii=False, indent=indent)


def plan_schema(*, decree_names: bool = False) -> dict[str, object]:
    """The JSON Schema of ``vnplan parse --format json`` output (``Plan`` as serialised):
    with ``decree_names``, of the output of ``--decree-names`` (Decree 30/2020's metadata
    names). Both allow the ``text`` that ``--include-text`` adds."""
    schema = Plan.model_json_schema(mode="serialization", by_alias=decree_names)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    variant = "decree-names" if decree_names else "plan"
    schema["$id"] = f"urn:vnplan:schema:{variant}:{SCHEMA_VERSION}"
    schema["title"] = "vnplan Plan" + (" (Decree 30/2020 names)" if decree_names else "")
    props = schema["properties"]
    assert isinstance(props, dict)
    props["text"] = {
        "type": "string",
        "title": "Text",
        "description": "The normalised text every span points into (with --include-text)",
    }
    return schema
