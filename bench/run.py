"""Time each pipeline stage on the seeds and on every readable format rendition, then the diffs.

    .venv/bin/python bench/run.py [--repeat N]

Prints tables to standard output and writes nothing. Each time is the median
of N runs (default 3) after one untimed warm-up pass over every input, so
lexicon loading, jieba's dictionary and imports are not charged to the first
file; that one-off cost is printed on its own line. Inputs the pipeline
refuses (scans, encrypted or truncated PDFs, a broken .docx, an empty file)
are listed as skipped with the error kind.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.errors import InputError  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.parse import parse  # noqa: E402

NOTICES = ROOT / "corpora" / "notices"
FORMATS = ROOT / "tests" / "fixtures" / "formats"
STAGES = ("ingest", "normalize", "parse", "extract")
DIFFS = (("000", "003"), ("004", "003"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per input; the median is shown (default 3)")
    args = ap.parse_args(argv)

    inputs = sorted(NOTICES.glob("*.txt")) + sorted(p for p in FORMATS.iterdir() if p.suffix != ".md")
    t0 = time.perf_counter()
    readable, skipped = [], []
    for path in inputs:          # the warm-up pass, which also sorts out the inputs the pipeline refuses
        try:
            _stages(path)
            readable.append(path)
        except InputError as e:
            skipped.append((path, e))
    print(f"warm-up (imports, lexicons, every input once): {time.perf_counter() - t0:.2f} s\n")

    rows = []
    for path in readable:
        runs = [_stages(path) for _ in range(args.repeat)]
        times = {s: statistics.median(r[0][s] for r in runs) for s in STAGES}
        notice = runs[-1][1]
        rows.append([path.relative_to(ROOT).as_posix(), notice.text.raw.format, f"{path.stat().st_size / 1024:.1f}",
                     str(len(notice.text.text)), str(len(notice.clauses)), str(len(notice.measures)),
                     *(f"{times[s] * 1000:.1f}" for s in STAGES), f"{sum(times.values()) * 1000:.1f}"])
    print(_table(["input", "format", "KB", "chars", "clauses", "measures",
                  *(f"{s} ms" for s in STAGES), "total ms"], rows))
    if skipped:
        print("\nskipped (refused as bad input, as they should be):")
        for path, e in skipped:
            print(f"  {path.relative_to(ROOT).as_posix():<40} {e.kind}")

    _bench_diffs(args.repeat)
    return 0


def _stages(path: Path):
    """({stage: seconds}, the extracted Notice) for one pass over ``path``."""
    times, value = {}, str(path)
    for name, stage in zip(STAGES, (ingest, normalize, parse, extract)):
        t = time.perf_counter()
        value = stage(value)
        times[name] = time.perf_counter() - t
    return times, value


def _bench_diffs(repeat: int) -> None:
    try:
        from pipeline.align import diff_notices
    except ImportError:
        print("\ndiff: pipeline.align is not available; skipped")
        return
    from pipeline import analyze
    from pipeline.output.html import diff_html
    seeds = {p.name[:3]: analyze(p) for p in NOTICES.glob("*.txt")}
    rows = []
    for child_key, parent_key in DIFFS:
        child, parent = seeds[child_key], seeds[parent_key]
        diff_notices(child, parent)   # warm-up
        align_s = _median(repeat, lambda: diff_notices(child, parent))
        diff = diff_notices(child, parent)
        html_s = _median(repeat, lambda: diff_html(diff))
        rows.append([f"{child_key} → {parent_key}", f"{len(child.measures)}×{len(parent.measures)}",
                     str(len(diff.alignments)), str(len(diff.divergences)),
                     f"{align_s * 1000:.1f}", f"{html_s * 1000:.1f}"])
    print()
    print(_table(["diff", "measures", "alignments", "divergences", "diff_notices ms", "diff_html ms"], rows))


def _median(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells):
        # the first column is text (left-aligned), the rest numbers (right-aligned)
        return "  ".join(c + " " * (w - _width(c)) if i == 0 else " " * (w - _width(c)) + c
                         for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def _width(s: str) -> int:
    # CJK and the arrow occupy two terminal columns
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)


if __name__ == "__main__":
    sys.exit(main())
