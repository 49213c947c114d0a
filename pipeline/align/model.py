"""The alignment model: one logistic score per pair, the same for every pair of documents
(``corpora/lexicons/align_model.json``, calibrated by ``tools/calibrate_model.py``), and which
pairs are kept.

Which pairs: a global one-to-one assignment (``scipy.optimize.linear_sum_assignment``) over a
cost matrix padded with an "unaligned" option for every measure, whose cost is that of a pair
scoring ``threshold``: a measure whose best counterpart is taken by a better pair, or scores
below the threshold, stays unaligned rather than taking a poor match. Then merges and splits: a
measure the assignment left out joins its best counterpart when that pair scores at least
``extra_threshold`` and the counterpart's text covers it (``extra_cover``) — a child merging two
parents (n→1), a parent split over two children (1→n). Section order is a feature
(``position``), never a constraint.
"""
from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

__all__ = ["scores", "select"]

_NEVER = 1e6


def scores(feats: dict[str, np.ndarray], model: dict) -> np.ndarray:
    z = model["bias"] + sum(w * feats[f] for f, w in model["weights"].items())
    return 1 / (1 + np.exp(-z))


def select(score: np.ndarray, model: dict, cover: tuple[np.ndarray, np.ndarray] | None = None) -> list[tuple[int, int]]:
    """(child, parent) index pairs kept: the assignment, then merges and splits (module docstring).

    ``cover`` is (cover_child, cover_parent): how much of each side the other's text covers.

    >>> s = np.array([[0.9, 0.75, 0.1], [0.2, 0.3, 0.1]])     # child 0 merges parents 0 and 1
    >>> select(s, {"threshold": 0.5, "extra_threshold": 0.7, "extra_cover": 0.0})
    [(0, 0), (0, 1)]
    """
    if score.size == 0:
        return []
    n, m = score.shape
    cost = np.full((n + m, m + n), _NEVER)
    cost[:n, :m] = np.where(score >= model["threshold"], -score, _NEVER)
    # leaving child i and parent j both unaligned costs 2 × (−threshold/2): a pair beats it above threshold
    cost[np.arange(n), m + np.arange(n)] = -model["threshold"] / 2      # child i unaligned
    cost[n + np.arange(m), np.arange(m)] = -model["threshold"] / 2      # parent j unaligned
    cost[n:, m:] = 0.0
    rows, cols = linear_sum_assignment(cost)
    kept = {(int(i), int(j)) for i, j in zip(rows, cols) if i < n and j < m and cost[i, j] < _NEVER}
    cc, cp = cover if cover is not None else (np.ones_like(score), np.ones_like(score))
    lo = model["extra_threshold"]
    child_in = {i for i, _ in kept}
    parent_in = {j for _, j in kept}
    for j in range(m):                       # a parent merged into a child that implements another
        i = int(score[:, j].argmax())
        if j not in parent_in and score[i, j] >= lo and cp[i, j] >= model["extra_cover"]:
            kept.add((i, j))
    for i in range(n):                       # a child that implements part of an already taken parent
        j = int(score[i].argmax())
        if i not in child_in and score[i, j] >= lo and cc[i, j] >= model["extra_cover"]:
            kept.add((i, j))
    return sorted(kept)
