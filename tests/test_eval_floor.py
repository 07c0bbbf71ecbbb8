"""Regression floor: the dev question set on an index of the whole shared corpus (built once per
session by the ``full_index`` fixture). The floors are the targets of issue 4 — figure ≥ 90%,
derived ≥ 85%, contains ≥ 85%, none ≥ 90%, wrong numbers ≤ 2% of all questions — which the dev
set reached when this was written (figure 93%, derived 100%, contains 100%, none 100%, 0 wrong)."""
from __future__ import annotations

import pytest

from assistant.core import Assistant
from assistant.evaluate import run_eval

# accuracy floors by question type (fractions) and the wrong-number ceiling
FLOOR = {"figure": 0.90, "derived": 0.85, "contains": 0.85, "none": 0.90}
MAX_WRONG_RATE = 0.02


@pytest.fixture(scope="module")
def report(full_index, dev_set):
    return run_eval(Assistant(full_index), dev_set, details=True)


@pytest.mark.parametrize("qtype", sorted(FLOOR))
def test_accuracy_floor(report, qtype):
    by_type = report.by_type()[qtype]
    assert by_type["n"] > 0
    assert by_type["accuracy"] >= FLOOR[qtype], report.to_text()


def test_wrong_numbers_ceiling(report):
    d = report.to_dict()
    assert d["wrong_number_rate"] <= MAX_WRONG_RATE, report.to_text()
