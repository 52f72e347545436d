"""A returned Plan is a valid model: its dump validates back to the same plan.

The parser builds its models on the way; whatever shortcuts it takes for speed, what it hands
back must pass ``Plan.model_validate`` and give the same dump, on every gold document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import vnplan
from tests.conftest import CORPORA, SHARED
from vnplan.evaluate import load_gold, resolve_source
from vnplan.models import Plan

GOLD = sorted((CORPORA / "gold").glob("*.json")) + sorted((CORPORA / "synthetic").glob("*.json"))


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_plan_round_trips_through_validation(gold_path: Path) -> None:
    src = resolve_source(load_gold(gold_path), gold_path, SHARED)
    if not src.is_file():
        pytest.skip(f"{src} is not here (CI keeps ../shared beside the repo)")
    try:
        plan = vnplan.parse(src)
    except vnplan.VnplanError as e:
        pytest.skip(f"not parsed here: {e.code}")  # eval reports it; no plan to check
    for by_alias in (False, True):
        dumped = plan.model_dump(by_alias=by_alias)
        again = Plan.model_validate(dumped)
        assert again.model_dump(by_alias=by_alias) == dumped
    restored = Plan.model_validate(plan.model_dump(mode="json"))
    assert restored.model_dump(mode="json") == plan.model_dump(mode="json")
    assert restored == plan.model_copy(update={"text": ""})
