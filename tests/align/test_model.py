"""The assignment with a null option (pipeline.align.model.select): one-to-one first, a measure with
no counterpart left unaligned, merges and splits only where the score and the cover support them."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.align.model import select

MODEL = {"threshold": 0.5, "extra_threshold": 0.6, "extra_cover": 0.3}
CASES = [
    ("one-to-one", [[0.9, 0.2], [0.3, 0.8]], None, [(0, 0), (1, 1)]),
    ("nothing-close", [[0.3, 0.2], [0.1, 0.4]], None, []),
    ("taken-parent-leaves-child-unaligned", [[0.9, 0.1], [0.55, 0.2]], None, [(0, 0)]),
    ("global-beats-greedy", [[0.9, 0.85], [0.88, 0.1]], None, [(0, 1), (1, 0)]),
    ("merge", [[0.9, 0.7], [0.1, 0.2]], None, [(0, 0), (0, 1)]),
    ("split", [[0.9, 0.1], [0.7, 0.2]], None, [(0, 0), (1, 0)]),
    ("split-without-cover", [[0.9, 0.1], [0.7, 0.2]], (np.zeros((2, 2)), np.zeros((2, 2))), [(0, 0)]),
]


@pytest.mark.parametrize("name,score,cover,expected", CASES, ids=[c[0] for c in CASES])
def test_select(name, score, cover, expected):
    assert select(np.array(score), MODEL, cover) == expected


def test_empty():
    assert select(np.zeros((0, 3)), MODEL) == []
