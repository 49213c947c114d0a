"""Issue #3: extraction quality against hand-written gold (tests/gold/extract/*.json).

Precision and recall per field over every measure of seeds 000, 001, 002 and
004: units by level-free role (lead and responsible separately), deadlines by
(date, recurrence), targets by (comparator, value, unit). Each measure's items
are compared as sets, as the gold was written. Fails below 0.95.
"""
from __future__ import annotations

import json

import pytest

from tests.conftest import GOLD

THRESHOLD = 0.95
FIELDS = ("lead_roles", "responsible_roles", "deadlines", "targets")


def predicted(clause) -> dict[str, set]:
    return {
        "lead_roles": {u.role for u in clause.lead_units},
        "responsible_roles": {u.role for u in clause.responsible_units},
        "deadlines": {(d.date, d.recurrence) for d in clause.deadlines if d.date or d.recurrence},
        "targets": {(t.comparator, float(t.value), t.unit) for t in clause.targets},
    }


def expected(entry: dict) -> dict[str, set]:
    return {
        "lead_roles": set(entry["lead_roles"]),
        "responsible_roles": set(entry["responsible_roles"]),
        "deadlines": {(d["date"], d["recurrence"]) for d in entry["deadlines"]},
        "targets": {(t["comparator"], float(t["value"]), t["unit"]) for t in entry["targets"]},
    }


def score(seeds) -> tuple[dict[str, tuple[float, float, int, int, int]], list[str]]:
    counts = {f: [0, 0, 0] for f in FIELDS}      # true positives, predicted, gold
    misses = []
    for path in sorted(GOLD.glob("extract/*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        notice = seeds[path.stem]
        assert {c.id for c in notice.measures} == set(gold["measures"]), path.stem
        for cid, entry in gold["measures"].items():
            got, want = predicted(notice.clause(cid)), expected(entry)
            for f in FIELDS:
                counts[f][0] += len(got[f] & want[f])
                counts[f][1] += len(got[f])
                counts[f][2] += len(want[f])
                if got[f] != want[f]:
                    misses.append(f"{path.stem} {cid} {f}: extra {sorted(got[f] - want[f], key=str)} "
                                  f"missed {sorted(want[f] - got[f], key=str)}")
    figures = {f: (tp / p if p else 1.0, tp / g if g else 1.0, tp, p, g) for f, (tp, p, g) in counts.items()}
    return figures, misses


def test_extraction_precision_recall(seeds, capsys):
    figures, misses = score(seeds)
    with capsys.disabled():
        print("\nextraction vs gold (000, 001, 002, 004):")
        for f, (p, r, tp, npred, ngold) in figures.items():
            print(f"  {f:<18} precision {p:.3f} recall {r:.3f}  ({tp} of {npred} predicted, {ngold} gold)")
        for m in misses:
            print("   ", m)
    for f, (p, r, *_rest) in figures.items():
        assert p >= THRESHOLD and r >= THRESHOLD, f"{f}: precision {p:.3f} recall {r:.3f}"


def test_shared_sentence_same_extractions(seeds):
    """A sentence 004 copied from 003 yields the same extractions in both."""
    from extractors import get_deadlines, get_targets
    sentence = "行政执法机关要着重加强行政执法岗位能力训练，每年制定不少于60学时的年度培训计划"
    for key in ("003", "004"):
        assert sentence in seeds[key].text.text
    a = [(t.comparator, t.value, t.unit) for t in get_targets(sentence)]
    assert a == [(">=", 60.0, "学时")]
    for key in ("003", "004"):
        clause = next(c for c in seeds[key].measures if sentence in c.text)
        assert (">=", 60.0, "学时") in {(t.comparator, t.value, t.unit) for t in clause.targets}
        assert (None, "yearly") in {(d.date, d.recurrence) for d in clause.deadlines}
    d3 = {(d.date) for d in seeds["003"].clause("一/（三）").deadlines}
    d4 = {(d.date) for d in seeds["004"].clause("二/（三）").deadlines}
    assert "2024-06-30" in d3 & d4
