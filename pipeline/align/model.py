"""The alignment model: one logistic score per pair, the same for every pair of documents
(``corpora/lexicons/align_model.json``), and which pairs are kept.

A pair is kept when its score reaches ``threshold`` and lies within ``margin`` of the
best score in the child's row or the parent's column: one child may implement several
parents (1→n) and several children one parent (n→1); a measure with nothing close
stays unaligned (``added_in_child`` / ``missing_in_child``).
"""
from __future__ import annotations

import numpy as np

__all__ = ["scores", "select"]


def scores(feats: dict[str, np.ndarray], model: dict) -> np.ndarray:
    z = model["bias"] + sum(model["weights"][f] * feats[f] for f in model["features"])
    return 1 / (1 + np.exp(-z))


def select(score: np.ndarray, model: dict) -> list[tuple[int, int]]:
    """Pairs at or above the threshold and within the margin of their row's or column's best.

    >>> select(np.array([[0.9, 0.2], [0.3, 0.1]]), {"threshold": 0.5, "margin": 0.05})
    [(0, 0)]
    """
    if score.size == 0:
        return []
    row_best = score.max(axis=1, keepdims=True)
    col_best = score.max(axis=0, keepdims=True)
    keep = (score >= model["threshold"]) & ((score >= row_best - model["margin"])
                                             | (score >= col_best - model["margin"]))
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(keep))]
