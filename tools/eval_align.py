"""Hold the aligner against every alignment gold pair (tests/gold/align/), in-sample and held out.

    .venv/bin/python tools/eval_align.py            # per pair and overall, model as bundled
    .venv/bin/python tools/eval_align.py --loo      # + leave-one-pair-out: calibrate on the others
    .venv/bin/python tools/eval_align.py -v 004_003 # one pair, with its misses and false alarms

Columns: alignment P/R/F1; divergences P/R overall and for the typed ones (everything but
missing/added); missing_in_child and added_in_child F1; ``noise`` = false alarms on a pair the
gold lists as noise; ``parse`` = share of the gold's child measure ids the parser produced (a pair
under 1.00 is scored on a child the parser does not number as the gold does). Then P/R per type.
Scoring: ``tools/align_gold/score.py``; calibration: ``tools/calibrate_model.py``.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.align_gold.score import TYPED, Counts, score  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold" / "align"
PLACES = (ROOT / "corpora" / "notices", ROOT / "tests" / "fixtures" / "align")
COLUMNS = ("align", "div", "typed", "missing_in_child", "added_in_child")


@dataclass(frozen=True, eq=False)
class GoldPair:
    """One gold file: its name (file stem), content and the child and parent files it pairs."""
    name: str
    gold: dict
    child: Path
    parent: Path


def locate(name: str) -> Path:
    for d in PLACES:
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(name)


def gold_pairs(names: tuple[str, ...] = ()) -> list[GoldPair]:
    """Every gold file with child, parent, pairs and divergences (the chain file is not a pair)."""
    out = []
    for f in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        if {"child", "parent", "pairs", "divergences"} <= set(gold) and (not names or f.stem in names):
            out.append(GoldPair(f.stem, gold, locate(gold["child"]), locate(gold["parent"])))
    return out


@lru_cache(maxsize=None)
def notice(path: Path):
    from pipeline import analyze
    return analyze(path)


@lru_cache(maxsize=None)
def features(pair: GoldPair):
    """(child ids, parent ids, feature matrices) of a pair; they do not depend on the weights."""
    from pipeline.align import pair_features
    return pair_features(notice(pair.child), notice(pair.parent))


def diff_of(pair: GoldPair, params: dict | None = None) -> dict:
    """The pair's diff JSON, with ``params`` (calibrated model values) over align_model.json's."""
    from pipeline.align import diff_notices
    from pipeline.output import diff_json
    return diff_json(diff_notices(notice(pair.child), notice(pair.parent), params=params))


def parse_share(pair: GoldPair) -> float:
    gold_ids = set(pair.gold["child_measures"])
    got = {m.id for m in notice(pair.child).measures}
    return len(gold_ids & got) / len(gold_ids) if gold_ids else 1.0


def evaluate(pairs: list[GoldPair], params_for=lambda pair: None) -> list[tuple[GoldPair, dict]]:
    """Each pair scored with ``params_for(pair)`` (None: the bundled model)."""
    return [(p, score(p.gold, diff_of(p, params_for(p)))) for p in pairs]


def leave_one_out(pairs: list[GoldPair]) -> list[tuple[GoldPair, dict]]:
    """Each pair scored with a model calibrated on all the other pairs."""
    from tools.calibrate_model import calibrate
    return evaluate(pairs, lambda held: calibrate([p for p in pairs if p is not held]))


def total(rows: list[tuple[GoldPair, dict]]) -> dict[str, Counts]:
    keys = [k for k in rows[0][1] if not k.startswith("_")] if rows else []
    return {k: sum((s[k] for _, s in rows), Counts()) for k in keys}


def table(rows: list[tuple[GoldPair, dict]], title: str, verbose: bool = False) -> str:
    head = (f"{title:42s} {'alignP':>6} {'R':>5} {'F1':>5} | {'divP':>5} {'R':>5} | {'typP':>5} {'R':>5} |"
            f" {'missF1':>6} {'addF1':>5} | {'noise':>5} {'parse':>5}")
    lines = [head, "-" * len(head)]
    for pair, s in rows:
        lines.append(_row(pair.name, s, f"{parse_share(pair):5.2f}"))
        if verbose:
            for k in ("_missed_pairs", "_extra_pairs", "_fn", "_fp"):
                lines.append(f"    {k[1:]}: {list(s[k])}")
    t = total(rows)
    lines += ["-" * len(head), _row("overall (micro)", t, "")]
    lines.append("per type P/R (tp/pred/gold): " + ", ".join(
        f"{k} {t[k].precision:.2f}/{t[k].recall:.2f} ({t[k].tp}/{t[k].pred}/{t[k].gold})"
        for k in ("missing_in_child", "added_in_child") + TYPED))
    return "\n".join(lines)


def _row(name: str, s: dict, parse: str) -> str:
    a, d, ty = s["align"], s["div"], s["typed"]
    return (f"{name[:42]:42s} {a.precision:6.2f} {a.recall:5.2f} {a.f1:5.2f} | {d.precision:5.2f} {d.recall:5.2f} |"
            f" {ty.precision:5.2f} {ty.recall:5.2f} | {s['missing_in_child'].f1:6.2f} {s['added_in_child'].f1:5.2f} |"
            f" {s['noise_fp'].pred:5d} {parse:>5}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    names = tuple(a for a in argv if not a.startswith("-"))
    pairs = gold_pairs(names)
    print(table(evaluate(pairs), "in-sample (align_model.json)", verbose))
    if "--loo" in argv:
        print()
        print(table(leave_one_out(gold_pairs()) if not names else
                    [r for r in leave_one_out(gold_pairs()) if r[0].name in names],
                    "leave-one-pair-out (held out)", verbose))


if __name__ == "__main__":
    main(sys.argv[1:])
