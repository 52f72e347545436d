"""Exports of a ``Plan``: JSON (the contract), JSON Schema, a Markdown
summary, CSV rows of tasks, and Akoma Ntoso 3.0 XML."""

from vnplan.export.csv import to_csv
from vnplan.export.json import plan_schema, to_json
from vnplan.export.markdown import to_markdown

__all__ = ["plan_schema", "to_csv", "to_json", "to_markdown"]
