"""Score `policyalign diff CHILD PARENT --format json` against the alignment gold.

    .venv/bin/python tools/align_gold/measure.py [GOLD.json ...]
    POLICYALIGN="python -m pipeline.cli" .venv/bin/python tools/align_gold/measure.py   # another command

Per pair: alignment precision/recall (gold `pairs`; predicted pairs that are in
`acceptable_extra_pairs` are not counted as false positives; `doubtful_pairs` count as gold
for precision but are left out of recall) and divergence precision/recall on the key
(type, child, parent) (a gold divergence with `acceptable_as` also matches those ids).
Also counts predicted divergences that land on a (child, parent) listed in `noise`.
"""
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold" / "align"
SEEDS = ROOT / "corpora" / "notices"
FIXT = ROOT / "tests" / "fixtures" / "align"


def locate(name):
    for d in (SEEDS, FIXT):
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(name)


def run_diff(child, parent):
    cmd = shlex.split(os.environ.get("POLICYALIGN", str(ROOT / ".venv" / "bin" / "policyalign")))
    out = subprocess.run(cmd + ["diff", str(child), str(parent), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout)


def pr(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    return p, r


def score(gold, pred):
    g_pairs = {(p["child"], p["parent"]) for p in gold["pairs"]}
    doubt = {(p["child"], p["parent"]) for p in gold.get("doubtful_pairs", [])}
    extra = {(p["child"], p["parent"]) for p in gold.get("acceptable_extra_pairs", [])}
    p_pairs = {(a["child"], a["parent"]) for a in pred["alignments"]}
    counted = p_pairs - extra
    tp_p = len(counted & g_pairs)
    ap = tp_p / len(counted) if counted else float("nan")
    sure = g_pairs - doubt
    ar = len(p_pairs & sure) / len(sure) if sure else 1.0

    g_div = {}
    for d in gold["divergences"]:
        keys = {(d["type"], d["child"], d["parent"])}
        for alt in d.get("acceptable_as", []):
            keys.add((d["type"], alt["child"], alt["parent"]))
        g_div.setdefault((d["type"], d["child"], d["parent"]), set()).update(keys)
    p_div = {(d["type"], d.get("child"), d.get("parent")) for d in pred["divergences"]}
    hit = {k for k, alts in g_div.items() if alts & p_div}
    matched_pred = {k for k in p_div if any(k in alts for alts in g_div.values())}
    dp, dr = pr(len(matched_pred), len(p_div), len(g_div))
    noise_keys = {(n["child"], n["parent"]) for n in gold.get("noise", []) if n["child"] and n["parent"]}
    fp = sorted(p_div - matched_pred)
    fn = sorted(set(g_div) - hit, key=str)
    on_noise = [k for k in fp if (k[1], k[2]) in noise_keys]
    by_type = {}
    for k in g_div:
        t = by_type.setdefault(k[0], [0, 0, 0])
        t[1] += 1
        t[0] += k in hit
    for k in p_div:
        by_type.setdefault(k[0], [0, 0, 0])[2] += 1
    return {
        "align_p": ap, "align_r": ar, "n_gold_pairs": len(g_pairs), "n_pred_pairs": len(p_pairs),
        "div_p": dp, "div_r": dr, "n_gold_div": len(g_div), "n_pred_div": len(p_div),
        "fp": fp, "fn": fn, "fp_on_noise": on_noise, "by_type": by_type,
        "missed_pairs": sorted(sure - p_pairs), "extra_pairs": sorted(counted - g_pairs),
    }


def main(argv):
    files = [Path(a) for a in argv] or sorted(GOLD_DIR.glob("*.json"))
    rows = []
    for f in files:
        gold = json.loads(Path(f).read_text(encoding="utf-8"))
        if not {"child", "parent", "pairs", "divergences"} <= set(gold):
            continue
        pred = run_diff(locate(gold["child"]), locate(gold["parent"]))
        s = score(gold, pred)
        rows.append((Path(f).name, s))
        print(f"{Path(f).name:40s} align P {s['align_p']:.2f} R {s['align_r']:.2f} "
              f"({s['n_pred_pairs']} pred / {s['n_gold_pairs']} gold)   "
              f"div P {s['div_p']:.2f} R {s['div_r']:.2f} ({s['n_pred_div']} pred / {s['n_gold_div']} gold)   "
              f"FP on noise {len(s['fp_on_noise'])}")
        if os.environ.get("VERBOSE"):
            for k in ("missed_pairs", "extra_pairs", "fn", "fp", "fp_on_noise"):
                print(f"   {k}: {s[k]}")
            print("   by_type (hit, gold, pred):", s["by_type"])
    if os.environ.get("JSON_OUT"):
        Path(os.environ["JSON_OUT"]).write_text(json.dumps(dict(rows), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
