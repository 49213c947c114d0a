"""The few figures every report states the same way: how much of the parent the child implements.

>>> implemented_share(["一/（一）", "一/（二）", "一/（三）", "二/（一）"], ["一/（一）", "一/（三）", "一/（三）"])
0.5
>>> implemented_share([], ["一/（一）"]) is None
True
"""
from __future__ import annotations

from collections.abc import Iterable

__all__ = ["implemented_share", "cell_state", "CELL_STATES"]

# A parent measure seen from one child: aligned with no divergence on it, aligned with one, or not aligned.
CELL_STATES = ("implemented", "diverged", "missing")


def implemented_share(parent_measures: Iterable[str], aligned_parents: Iterable[str]) -> float | None:
    """Share of ``parent_measures`` (ids) that at least one alignment implements; None without measures."""
    measures = set(parent_measures)
    if not measures:
        return None
    return len(measures & set(aligned_parents)) / len(measures)


def cell_state(aligned: bool, diverged: bool) -> str:
    """``implemented`` / ``diverged`` / ``missing`` for one parent measure of one child.

    >>> cell_state(True, False), cell_state(True, True), cell_state(False, True)
    ('implemented', 'diverged', 'missing')
    """
    if not aligned:
        return "missing"
    return "diverged" if diverged else "implemented"
