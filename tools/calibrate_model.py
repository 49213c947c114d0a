"""Refit the alignment model's weights on the 004→003 gold and rewrite ``align_model.json``.

    .venv/bin/python tests/align/calibrate_model.py [--write]

L2-regularised logistic regression over ``pipeline.align.pair_features``: gold
pairs are positives, every other pair a negative, the gold's acceptable extra
pairs are left out. The threshold and margin stay as set by hand in the json
(checked by ``test_gold_004_003`` and the self-diff tests). Without ``--write``
it only prints the fitted weights.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline import analyze  # noqa: E402
from pipeline.align import _model, pair_features  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "align" / "004_003.json"
MODEL = ROOT / "corpora" / "lexicons" / "align_model.json"
L2 = 0.05


def fit(x: np.ndarray, y: np.ndarray, steps: int = 20000, lr: float = 0.5) -> tuple[np.ndarray, float]:
    """Weights and bias minimising class-balanced log-loss + L2 (positives are ~1/18 of all pairs)."""
    w, b = np.zeros(x.shape[1]), 0.0
    sample = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * sample / len(y)
        w -= lr * (x.T @ g + L2 * w)
        b -= lr * g.sum()
    return w, b


def main(write: bool) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    child = analyze(ROOT / "corpora" / "notices" / gold["child"])
    parent = analyze(ROOT / "corpora" / "notices" / gold["parent"])
    cids, pids, feats = pair_features(child, parent)
    names = _model()["features"]
    pos = {(p["child"], p["parent"]) for p in gold["pairs"]}
    skip = {(p["child"], p["parent"]) for p in gold.get("acceptable_extra_pairs", [])}
    rows, labels = [], []
    for i, c in enumerate(cids):
        for j, p in enumerate(pids):
            if (c, p) not in skip:
                rows.append([feats[f][i, j] for f in names])
                labels.append(1.0 if (c, p) in pos else 0.0)
    w, b = fit(np.array(rows), np.array(labels))
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    model["weights"] = {f: round(float(v), 3) for f, v in zip(names, w)}
    model["bias"] = round(float(b), 3)
    print(json.dumps({"weights": model["weights"], "bias": model["bias"]}, ensure_ascii=False))
    if write:
        MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main("--write" in sys.argv)
