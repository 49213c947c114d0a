# -*- coding: utf-8 -*-
"""Score `policyalign diff CHILD PARENT --format json` against the p003_* gold pairs.

    .venv/bin/python tools/align_gold/eval_p003.py [--cmd "policyalign"] [GOLD.json ...]

Alignment: precision/recall of (child, parent) pairs; predicted pairs listed in
acceptable_extra_pairs or doubtful_pairs are ignored (neither TP nor FP; doubtful gold pairs are not required).
Divergences: precision/recall of (type, child, parent) triples; missing_in_child/added_in_child included.
"""
import argparse
import glob
import json
import os
import shlex
import subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def resolve(name):
    for d in ("tests/fixtures/align", "corpora/notices"):
        p = os.path.join(ROOT, d, name)
        if os.path.exists(p):
            return p
    raise FileNotFoundError(name)


def prf(pred, gold, ignore=()):
    pred = {p for p in pred if p not in ignore}
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 1.0
    return tp, len(pred), len(gold), p, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=os.path.join(ROOT, ".venv", "bin", "policyalign"))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("gold", nargs="*")
    a = ap.parse_args()
    files = a.gold or sorted(glob.glob(os.path.join(ROOT, "tests", "gold", "align", "p003_*__*.json")))
    tot = dict(a=[0, 0, 0], d=[0, 0, 0])
    import collections
    bytype = collections.defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    print(f"{'pair':45} {'align P':>8} {'align R':>8} {'div P':>7} {'div R':>7}  (tp/pred/gold)")
    for f in files:
        g = json.load(open(f, encoding="utf-8"))
        out = subprocess.run(shlex.split(a.cmd) + ["diff", resolve(g["child"]), resolve(g["parent"]), "--format", "json"],
                             capture_output=True, text=True)
        if out.returncode:
            print(os.path.basename(f), "TOOL FAILED", out.stderr.strip().splitlines()[-1:])
            continue
        d = json.loads(out.stdout)
        ign = {(x["child"], x["parent"]) for x in g["acceptable_extra_pairs"] + g["doubtful_pairs"]}
        gp = {(x["child"], x["parent"]) for x in g["pairs"]} - ign  # doubtful gold pairs count neither way
        pp = {(x["child"], x["parent"]) for x in d["alignments"]}
        ta = prf(pp, gp, ign)
        gd = {(x["type"], x["child"], x["parent"]) for x in g["divergences"]}
        pd = {(x["type"], x["child"], x["parent"]) for x in d["divergences"]}
        td = prf(pd, gd)
        for t in {x[0] for x in gd | pd}:
            G = {x for x in gd if x[0] == t}
            P = {x for x in pd if x[0] == t}
            bytype[t][0] += len(G & P)
            bytype[t][1] += len(P)
            bytype[t][2] += len(G)
        for k, t in (("a", ta), ("d", td)):
            for i in range(3):
                tot[k][i] += t[i]
        name = os.path.basename(f)[:-5]
        print(f"{name:45} {ta[3]:8.2f} {ta[4]:8.2f} {td[3]:7.2f} {td[4]:7.2f}  ({ta[0]}/{ta[1]}/{ta[2]}; {td[0]}/{td[1]}/{td[2]})")
        if a.verbose:
            print("   align FN:", sorted(gp - pp))
            print("   align FP:", sorted(pp - gp - ign))
            print("   div FN:", sorted(gd - pd, key=str))
            print("   div FP:", sorted(pd - gd, key=str))
    print("per type (tp/pred/gold):", ", ".join(f"{t} {v[0]}/{v[1]}/{v[2]}" for t, v in sorted(bytype.items())))
    for k, lab in (("a", "alignment"), ("d", "divergence")):
        tp, n, m = tot[k]
        print(f"micro {lab}: P={tp / n if n else 0:.2f} R={tp / m if m else 0:.2f} ({tp}/{n}/{m})")


if __name__ == "__main__":
    main()
