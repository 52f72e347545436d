"""CSV: one row per task, for spreadsheet users (source, unit, code, origin, deadline, text ...).

Several plans go into one table (``to_csv_many()``): one header, a ``source`` column saying
which file each row comes from. ``bom=True`` starts the text with a UTF-8 byte-order mark, which
Excel needs to read UTF-8 as UTF-8.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from vnplan.export.tables import flatten
from vnplan.models import Plan

COLUMNS = (
    "source",
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

BOM = "\ufeff"


def to_csv_many(plans: Iterable[Plan], *, bom: bool = False) -> str:
    """The tasks of several plans as one CSV table with one header."""
    buf = io.StringIO()
    if bom:
        buf.write(BOM)
    w = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for plan in plans:
        data = plan.model_dump(mode="json")
        rows = flatten(data)
        head = rows["plans"][0]
        for t in rows["tasks"]:
            w.writerow(
                {
                    **t,
                    "source": plan.source,
                    "number": head["number"],
                    "issuer": head["issuer"],
                    "date": head["date"],
                    "coordinating": "; ".join(t["coordinating"]),
                }
            )
    return buf.getvalue()


def to_csv(plan: Plan, *, bom: bool = False) -> str:
    """The plan's tasks as CSV rows, with the plan's source, number, issuer and date on each."""
    return to_csv_many([plan], bom=bom)
