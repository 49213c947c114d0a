"""Calibrate the alignment model on the alignment gold set and (with ``--write``) store it in
``corpora/lexicons/align_model.json`` (and the obligation table in ``obligation.json``).

    .venv/bin/python tools/calibrate_model.py            # print the fitted parameters
    .venv/bin/python tools/calibrate_model.py --write    # and write them into align_model.json

``calibrate(pairs)`` is what ``tools/eval_align.py --loo`` calls with all pairs but one:

1. weights and bias: L2-regularised, class-balanced logistic regression over
   ``pipeline.align.pair_features`` of every gold pair (gold pairs positive, every other pair
   negative; ``acceptable_extra_pairs`` and ``doubtful_pairs`` left out);
2. ``threshold``, ``extra_threshold``, ``extra_cover`` of the assignment
   (``pipeline.align.model.select``): the grid point with the best micro alignment F1 over the
   same pairs (ties: the higher threshold, fewer extra pairs);
3. ``obligation_match`` and ``obligation_flagged`` (``obligation_table``): how close a child
   duty must be to restate a parent duty, and which parent>child state changes count, written
   into ``obligation.json`` as ``flagged``.
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.align_gold.score import Counts  # noqa: E402

MODEL = ROOT / "corpora" / "lexicons" / "align_model.json"
OBLIGATION = ROOT / "corpora" / "lexicons" / "obligation.json"
L2 = 0.05
IMPLICIT = "declarative"
OBLIGATION_MATCH = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
GRID = {"threshold": (0.3, 0.4, 0.5, 0.6, 0.7), "extra_threshold": (0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
        "extra_cover": (0.0, 0.2, 0.3, 0.4, 0.5)}


def bundled_model() -> dict:
    return json.loads(MODEL.read_text(encoding="utf-8"))


def fit(x: np.ndarray, y: np.ndarray, steps: int = 4000, lr: float = 0.5) -> tuple[np.ndarray, float]:
    """Weights and bias minimising class-balanced log-loss + L2 (positives are a few % of all pairs)."""
    w, b = np.zeros(x.shape[1]), 0.0
    sample = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * sample / len(y)
        w -= lr * (x.T @ g + L2 * w)
        b -= lr * g.sum()
    return w, b


def _labels(pair) -> tuple[set, set]:
    gold = pair.gold
    pos = {(p["child"], p["parent"]) for p in gold["pairs"]}
    skip = {(p["child"], p["parent"]) for p in gold.get("acceptable_extra_pairs", []) + gold.get("doubtful_pairs", [])}
    return pos - skip, skip


def _examples(pairs, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    from tools.eval_align import features
    rows, labels = [], []
    for pair in pairs:
        cids, pids, feats = features(pair)
        pos, skip = _labels(pair)
        for i, c in enumerate(cids):
            for j, p in enumerate(pids):
                if (c, p) not in skip:
                    rows.append([feats[f][i, j] for f in names])
                    labels.append(1.0 if (c, p) in pos else 0.0)
    return np.array(rows), np.array(labels)


def alignment_counts(pairs, params: dict) -> Counts:
    """Micro alignment counts of ``select`` with ``params`` over ``pairs`` (scoring as score.py)."""
    from pipeline.align.model import scores, select
    from tools.eval_align import features
    total = Counts()
    for pair in pairs:
        cids, pids, feats = features(pair)
        pos, skip = _labels(pair)
        got = {(cids[i], pids[j]) for i, j in select(scores(feats, params), params,
                                                     (feats["cover_child"], feats["cover_parent"]))} - skip
        total += Counts(len(got & pos), len(got), len(pos))
    return total


def _obligation_cases(pairs, match: float) -> list[tuple[str, bool]]:
    """(parent>child change, flagged by the gold) for every parent duty whose close restatements in
    its gold children all change state (``transitions`` with every change allowed) at ``match``."""
    from dataclasses import replace

    from pipeline.align import compared
    from pipeline.align.obligations import direction, transitions
    from pipeline.align.wording import Wording
    from tools.align_gold.score import gold_divergences
    from tools.eval_align import notice
    states = _states()["states"]
    every = {f"{a}>{b}" for a in states for b in states if a != b}
    cases = []
    for pair in pairs:
        cm, pm, w = compared(notice(pair.child), notice(pair.parent))
        w = Wording(replace(w.rules, model={**w.rules.model, "obligation_match": match}), w.places)
        expected = {alt for alts in gold_divergences(pair.gold).values() for alt in alts}
        kids: dict[str, list[str]] = {}
        for g in pair.gold["pairs"]:
            kids.setdefault(g["parent"], []).append(g["child"])
        by_id = {m.id: m for m in cm}
        for p in pm:
            found = set()
            for ps, _, c, cs, _ in transitions(p, [by_id[c] for c in kids.get(p.id, ()) if c in by_id], w, every):
                key = (direction(ps, cs, states), c.id, p.id)
                cases.append((f"{ps}>{cs}", key in expected and key not in found))
                found.add(key)
    return cases


def obligation_table(pairs) -> tuple[float, list[str]]:
    """``obligation_match`` and the ``flagged`` parent>child changes, fitted on the gold's aligned pairs.

    A change between two cues across obligation.json's ``tiers`` (binding, optional) is always flagged
    (要X → 可以X). A change to or from a cue-less ``declarative`` duty is ambiguous, so the gold decides:
    flagged when the gold flags it more often than not where it occurs, the tiers deciding a tie (or
    a change the pairs never show). A change within a tier is flagged when the gold flags it more often
    than not. The match threshold kept is the one whose table
    finds the gold's obligation divergences with the best F1 (ties: the middle of the tied ones)."""
    ob = _states()
    states, tiers = ob["states"], ob["tiers"]
    gold = _gold_obligations(pairs)
    results = []
    for match in OBLIGATION_MATCH:
        cases = _obligation_cases(pairs, match)
        seen = {f"{a}>{b}": [0, 0] for a in states for b in states if a != b}
        for k, hit in cases:
            seen[k][hit] += 1
        flagged = sorted(k for k, (miss, hit) in seen.items() if hit > miss or (
            tiers[k.split(">")[0]] != tiers[k.split(">")[1]] and (hit == miss or IMPLICIT not in k.split(">"))))
        tp = sum(1 for k, hit in cases if hit and k in flagged)
        results.append((round(Counts(tp, sum(1 for k, _ in cases if k in flagged), gold).f1, 4), match, flagged))
    top = max(f1 for f1, _, _ in results)
    plateau = [r for r in results if r[0] == top]
    _, match, flagged = plateau[(len(plateau) - 1) // 2]     # the middle of a plateau of equal F1: the most robust
    return match, flagged


def _states() -> dict:
    """The aligner's obligation states and tiers (derived from obligation.json by the align rules)."""
    from pipeline.align.wording import align_rules
    return align_rules(None).obligation


def _gold_obligations(pairs) -> int:
    from tools.align_gold.score import gold_divergences
    return sum(1 for p in pairs for k in gold_divergences(p.gold) if k[0].startswith("obligation_"))


def calibrate(pairs) -> dict:
    """Model parameters (weights, bias, threshold, extra_threshold, extra_cover) fitted on ``pairs``,
    and ``obligation_flagged`` (written into obligation.json as ``flagged``)."""
    model = bundled_model()
    from pipeline.align.features import FEATURES
    names = [f for f in FEATURES if f in model["weights"]]
    w, b = fit(*_examples(pairs, names))
    params = {"weights": {f: round(float(v), 3) for f, v in zip(names, w)},
              "bias": round(float(b), 3)}
    best = None
    for values in itertools.product(*GRID.values()):
        trial = dict(params, **dict(zip(GRID, values)))
        f1 = alignment_counts(pairs, trial).f1
        key = (round(f1, 4), values[0], values[1])
        if best is None or key > best[0]:
            best = (key, dict(zip(GRID, values)))
    match, flagged = obligation_table(pairs)
    return dict(params, **best[1], obligation_match=match, obligation_flagged=flagged)


def main(write: bool) -> None:
    from tools.eval_align import gold_pairs
    params = calibrate(gold_pairs())
    flagged = params.pop("obligation_flagged")
    print(json.dumps(dict(params, flagged=flagged), ensure_ascii=False))
    if write:
        model = bundled_model()
        model.update(params)
        MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        obligation = json.loads(OBLIGATION.read_text(encoding="utf-8"))
        obligation["flagged"] = flagged
        OBLIGATION.write_text(json.dumps(obligation, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main("--write" in sys.argv)
