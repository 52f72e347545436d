"""JSON: ``Plan.model_dump(mode="json")``, the public contract of ``vnplan parse``."""

from __future__ import annotations

import json

from vnplan.models import Plan


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


def plan_schema() -> dict[str, object]:
    """The JSON Schema of ``vnplan parse --format json`` output (``Plan`` as serialised)."""
    schema = Plan.model_json_schema(mode="serialization", by_alias=False)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "vnplan Plan"
    return schema
