"""Batch figures against the targets: ``.venv/bin/python bench/bench_batch.py [--sizes 500 1000 2000]``.

For each N a corpus is generated (``make_corpus.py N --seed 1``, TXT only: the target is stated for
TXT), batched into a fresh store by each engine (local process pool, dask LocalCluster; both with
``--workers``), then batched again unchanged. Printed and written to ``bench/results/batch.json``:
notices/s of the analysis phase (files → rows in DuckDB) and end to end (with parents and diffs),
the writer's own rate, seconds per notice relative to the smallest N (1.0 = linear), peak memory of
the batch's processes, and the unchanged rerun as a share of the first run. One mixed-format
corpus (TXT/DOCX/HTML/PDF) at the smallest N is run too. Timings vary with the machine and its
load: compare runs on the same machine.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import make_corpus  # noqa: E402

from pipeline.batch import run_batch  # noqa: E402

TARGETS = {"analyse_notices_per_s": 150, "peak_memory_mb": 1024, "rerun_share": 0.05}


class PeakMemory:
    """Highest total PSS of this process and its children (pool or cluster workers), sampled every 200 ms.

    PSS, not RSS: forked workers share the parent's pages, and RSS would count those once per process."""

    def __init__(self):
        self.peak, self._stop = 0, threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self):
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_full_info().pss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.2)   # memory_full_info reads smaps: not too often

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def measure(corpus: Path, n: int, engine: str, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with PeakMemory() as memory:
            start = time.perf_counter()
            first = run_batch([corpus], db, workers=workers, engine=engine, progress=False)
            total = time.perf_counter() - start
        start = time.perf_counter()
        again = run_batch([corpus], db, workers=workers, engine=engine, progress=False)
        rerun = time.perf_counter() - start
    s = first.seconds
    return {"n": n, "engine": engine, "workers": workers, "stored": first.stored, "failed": first.failed,
            "diffs": first.diffs, "seconds": round(total, 2), "analyse_s": round(s["analyse"], 2),
            "diff_s": round(s["diff"], 2), "write_s": round(s["write"], 2),
            "analyse_notices_per_s": round(first.stored / s["analyse"], 1),
            "end_to_end_notices_per_s": round(n / total, 1),
            "writer_notices_per_s": round(first.stored / max(s["write"], 1e-9), 1),
            "peak_memory_mb": round(memory.peak / 2**20), "rerun_s": round(rerun, 2),
            "rerun_share": round(rerun / total, 3), "rerun_skipped": again.skipped}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--engines", nargs="+", default=["local", "dask"], choices=("local", "dask"))
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "batch.json"))
    args = ap.parse_args(argv)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        mixed = Path(tmp) / "mixed"
        make_corpus(min(args.sizes), 1, mixed)
        for n in args.sizes:
            corpus = Path(tmp) / f"txt{n}"
            make_corpus(n, 1, corpus, txt_only=True)
            for engine in args.engines:
                runs.append({"corpus": "txt", **measure(corpus, n, engine, args.workers)})
                _report(runs, args)
        runs.append({"corpus": "mixed", **measure(mixed, min(args.sizes), "local", args.workers)})
        _report(runs, args)
    print(f"wrote {args.out}")


def _report(runs: list[dict], args) -> None:
    """Print the last run and rewrite the results file: a long benchmark stopped early keeps what it measured."""
    _print(runs[-1])
    for engine in args.engines:    # seconds per notice relative to the smallest N: 1.0 is linear
        mine = [r for r in runs if r["engine"] == engine and r["corpus"] == "txt"]
        for r in mine:
            r["per_notice_vs_smallest"] = round((r["seconds"] / r["n"]) / (mine[0]["seconds"] / mine[0]["n"]), 2)
    result = {"machine": {"cpus": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30),
                          "load_average_1min": round(os.getloadavg()[0], 1)},
              "targets": TARGETS, "runs": runs}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _print(r: dict) -> None:
    print(f"{r['corpus']:5} N={r['n']:<5} {r['engine']:5} analyse {r['analyse_notices_per_s']:6.1f}/s "
          f"(target ≥{TARGETS['analyse_notices_per_s']})  end-to-end {r['end_to_end_notices_per_s']:6.1f}/s  "
          f"writer {r['writer_notices_per_s']:7.1f}/s  peak {r['peak_memory_mb']} MB "
          f"(≤{TARGETS['peak_memory_mb']})  rerun {r['rerun_share']:.1%} (≤{TARGETS['rerun_share']:.0%})",
          flush=True)


if __name__ == "__main__":
    main()
