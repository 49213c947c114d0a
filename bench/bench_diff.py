"""Time ``diff_notices`` on the bundled pairs (000→003, 004→003), extraction excluded.

    .venv/bin/python bench/bench_diff.py [N]

Prints the median and max of N runs (default 20) per pair, after one warm-up
run that also loads jieba's dictionary. Goal: well under a second per pair.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import analyze  # noqa: E402
from pipeline.align import diff_notices  # noqa: E402

PAIRS = (("000", "003"), ("004", "003"))


def main(runs: int) -> None:
    notices = {p.name[:3]: analyze(p) for p in sorted((ROOT / "corpora" / "notices").glob("*.txt"))}
    t0 = time.perf_counter()
    diff_notices(notices["004"], notices["003"])
    print(f"first call (loads jieba): {time.perf_counter() - t0:.3f} s")
    for child, parent in PAIRS:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            diff = diff_notices(notices[child], notices[parent])
            times.append(time.perf_counter() - t)
        print(f"{child}→{parent}: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
              f"over {runs} runs ({len(diff.alignments)} alignments, {len(diff.divergences)} divergences)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
