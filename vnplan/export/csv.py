"""CSV: one row per task, for spreadsheet users (unit, code, origin, deadline, text ...)."""

from __future__ import annotations

import csv
import io

from vnplan.export.tables import flatten
from vnplan.models import Plan

COLUMNS = (
    "number",
    "issuer",
    "date",
    "unit",
    "code",
    "origin",
    "via",
    "deadline",
    "recurrence",
    "coordinating",
    "text",
)


def to_csv(plan: Plan) -> str:
    """The plan's tasks as CSV rows, with the plan's number, issuer and date on each."""
    data = plan.model_dump(mode="json")
    rows = flatten(data)
    head = rows["plans"][0]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for t in rows["tasks"]:
        w.writerow({"number": head["number"], "issuer": head["issuer"], "date": head["date"], **t})
    return buf.getvalue()
