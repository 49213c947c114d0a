"""Growth of work with input size, measured as a ratio inside one run (never a wall-clock limit).

``growth(run, make, n)`` times ``run(make(n))`` and ``run(make(4 * n))``, median
of three each, and returns the ratio: about 4 for linear work, about 16 for
quadratic. Both sizes run on the same machine in the same moment, so a slow
or busy machine changes both alike.

>>> growth(sorted, lambda n: list(range(n, 0, -1)), 20_000) < 8
True
"""
from __future__ import annotations

import statistics
import time

#: the largest accepted ratio for 4× the input: linear work gives ~4, n log n ~4.5, quadratic ~16
MAX_GROWTH = 6.0


def _median_seconds(run, arg, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(arg)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def growth(run, make, n: int) -> float:
    """Time ratio of ``run`` on inputs of size 4n and n (inputs built before timing starts)."""
    small, large = make(n), make(4 * n)
    run(small)                              # warm caches (lexicon, compiled rules) outside the timing
    return _median_seconds(run, large) / max(_median_seconds(run, small), 1e-9)
