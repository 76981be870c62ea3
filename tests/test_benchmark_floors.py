"""Regression gate: cleaner's accuracy on the shared sets must not fall below the pinned floors.

Runs cleaner alone (no peers, in this process) over every page of ``../shared/datasets`` from HTML and
from the text dump, scores it with the benchmark's own code and compares with
``benchmark_floors.json``. Floors only go up: when quality improves, raise them in the same commit;
lowering one needs a stated reason in that commit, never a silent edit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks import report as R
from benchmarks.datasets import DatasetsMissing, load_truth, resolve_root
from benchmarks.extraction import run_in_process

FLOORS_PATH = Path(__file__).with_name("benchmark_floors.json")
FLOORS: dict[str, Any] = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
METRICS = ("body_f1", "bow_f1", "title_exact", "date_acc")

pytestmark = [pytest.mark.datasets, pytest.mark.slow]


def _cases() -> list[tuple[str, str, str]]:
    return [
        (s, kind, metric)
        for s, kinds in FLOORS["floors"].items()
        for kind, floors in kinds.items()
        for metric in floors
    ]


@pytest.fixture(scope="module")
def measured() -> dict[tuple[str, str], dict[str, float | None]]:
    try:
        root = resolve_root()
    except DatasetsMissing as exc:
        pytest.skip(f"benchmark datasets absent, floors not checked: {exc}")
    out: dict[tuple[str, str], dict[str, float | None]] = {}
    for s, kinds in FLOORS["floors"].items():
        truths = load_truth(root, s)
        tasks = [(s, kind, t.id) for kind in kinds for t in truths]
        recs = run_in_process("cleaner", root, tasks)
        for kind in kinds:
            rows = [R.score_page(t, recs[(s, kind, t.id)]) for t in truths]
            summ = R.summarise("cleaner", rows)
            out[(s, kind)] = {
                "body_f1": summ.shingle.f1,
                "bow_f1": summ.bow_f1,
                "title_exact": summ.title_exact,
                "date_acc": summ.date_acc,
            }
    return out


def test_floors_file_names_only_known_metrics() -> None:
    for s, kind, metric in _cases():
        assert metric in METRICS, f"{FLOORS_PATH.name}: unknown metric {metric!r} for {s}/{kind}"


@pytest.mark.parametrize(("set_name", "kind", "metric"), _cases())
def test_cleaner_stays_above_floor(
    measured: dict[tuple[str, str], dict[str, float | None]], set_name: str, kind: str, metric: str
) -> None:
    floor = FLOORS["floors"][set_name][kind][metric]
    value = measured[(set_name, kind)][metric]
    assert value is not None, f"{set_name}/{kind}: {metric} has no gold data to measure"
    assert value >= floor, (
        f"cleaner {metric} on {set_name} from {kind} fell to {value:.4f}, below the floor {floor:.4f} "
        f"pinned in {FLOORS_PATH.name}; run `python -m benchmarks.run --systems cleaner --worst 20` to see why"
    )
