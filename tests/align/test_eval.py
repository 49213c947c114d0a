"""The alignment gold set (tests/gold/align/) through tools/eval_align.py: held-out figures of a
model calibrated on the other pairs (leave-one-pair-out), the bundled model in-sample, and the scorer.

The floors are the figures reached (see the report of ``make eval``), a little under them so that a
change that makes any of them worse fails here.
"""
from __future__ import annotations

import pytest

from tools.align_gold.score import Counts, score
from tools.eval_align import evaluate, gold_pairs, leave_one_out, parse_share, total


@pytest.fixture(scope="module")
def held_out():
    return total(leave_one_out(gold_pairs()))


@pytest.fixture(scope="module")
def in_sample():
    return total(evaluate(gold_pairs()))


LOO_FLOORS = [("align", "f1", 0.94), ("align", "precision", 0.95), ("align", "recall", 0.93),
              ("typed", "precision", 0.84), ("typed", "recall", 0.75), ("div", "f1", 0.82),
              ("missing_in_child", "f1", 0.90), ("added_in_child", "f1", 0.62),
              ("unit_changed", "precision", 0.90), ("deadline_later", "recall", 0.95)]


@pytest.mark.parametrize("measure,figure,floor", LOO_FLOORS, ids=[f"{m}-{f}" for m, f, _ in LOO_FLOORS])
def test_held_out_figures(held_out, measure, figure, floor):
    assert getattr(held_out[measure], figure) >= floor, held_out[measure]


def test_noise_rarely_flagged(held_out):
    assert held_out["noise_fp"].pred <= 8


@pytest.mark.parametrize("measure,floor", [("align", 0.95), ("typed", 0.78), ("div", 0.84)])
def test_bundled_model_in_sample(in_sample, measure, floor):
    assert in_sample[measure].f1 >= floor, in_sample[measure]


def test_every_gold_child_parses_to_the_gold_ids():
    assert {p.name: round(parse_share(p), 2) for p in gold_pairs() if parse_share(p) < 0.9} == {}


GOLD = {"pairs": [{"child": "a", "parent": "A"}, {"child": "b", "parent": "B"}],
        "acceptable_extra_pairs": [{"child": "c", "parent": "A"}],
        "divergences": [{"type": "missing_in_child", "child": None, "parent": "C"},
                        {"type": "unit_changed", "child": "a", "parent": "A", "aspect": "labels",
                         "responsible_added": ["乡镇街道"], "lead_added": [], "lead_removed": []}],
        "noise": [{"child": "b", "parent": "B"}]}
CASES = [
    ({"alignments": [{"child": "a", "parent": "A"}, {"child": "b", "parent": "B"}, {"child": "c", "parent": "A"}],
      "divergences": [{"type": "missing_in_child", "child": None, "parent": "C"}]},
     {"align": Counts(2, 2, 2), "div": Counts(1, 1, 1), "noise_fp": Counts(0, 0, 0)}),
    ({"alignments": [], "divergences": []},
     {"align": Counts(0, 0, 2), "div": Counts(0, 0, 1), "noise_fp": Counts(0, 0, 0)}),
    ({"alignments": [{"child": "a", "parent": "B"}],
      "divergences": [{"type": "deadline_later", "child": "b", "parent": "B"},
                      {"type": "unit_changed", "child": "a", "parent": "A"}]},
     {"align": Counts(0, 1, 2), "div": Counts(0, 2, 1), "noise_fp": Counts(0, 1, 0)}),
]


@pytest.mark.parametrize("pred,expected", CASES, ids=["exact", "finds-nothing", "wrong"])
def test_scorer(pred, expected):
    got = score(GOLD, pred)
    assert {k: got[k] for k in expected} == expected
