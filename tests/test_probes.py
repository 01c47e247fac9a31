"""The blind probes (tests/data/probes): articles written for testing, scored against their gold.

The rules were fixed on these sets' misses, so they guard against regressions; the
first-sight scores, the honest ones, are in tests/data/probes/README.md.
"""

from pathlib import Path

import pytest

from analysis.engine import run
from analysis.evaluate import evaluate

PROBES = Path(__file__).resolve().parent / "data" / "probes"

# F1 floors per set: (task, level) -> minimum.
FLOORS = {
    ("meetings", "detection"): 0.95,
    ("quotes", "detection"): 0.95,
    ("quotes", "end_to_end"): 0.93,
    ("statistics", "detection"): 0.95,
}


@pytest.fixture(scope="module", params=["p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"])
def scored(request):
    name = request.param
    tables = run([PROBES / name]).tables
    return name, tables, evaluate(PROBES / f"{name}.jsonl", tables)


def test_every_probe_article_is_analysed(scored):
    name, tables, _ = scored
    assert len(tables["articles"]) == 16 and tables["errors"].empty
    assert sorted(tables["articles"]["source"]) == [f"{name}{i:02d}" for i in range(1, 17)]


@pytest.mark.parametrize("task, level", sorted(FLOORS))
def test_probe_scores_stay_above_their_floor(scored, task, level):
    name, _, scores = scored
    df = scores.summary()
    row = df[(df.task == task) & (df.level == level) & (df.subset == "all")].iloc[0]
    assert row.f1 >= FLOORS[(task, level)], (name, task, level, row.to_dict())
