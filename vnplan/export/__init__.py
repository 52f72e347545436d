"""Exports of a :class:`~vnplan.models.Plan`: JSON (the contract) and a Markdown summary."""

from vnplan.export.json import to_json
from vnplan.export.markdown import to_markdown

__all__ = ["to_json", "to_markdown"]
