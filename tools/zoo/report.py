"""Run the current tool on every zoo notice and score it against tests/gold/structure/.

    .venv/bin/python tools/zoo/report.py              # table for all notices
    .venv/bin/python tools/zoo/report.py 03 14        # only these
    .venv/bin/python tools/zoo/report.py --json out.json
    .venv/bin/python tools/zoo/report.py --code /tmp/head   # pipeline from another checkout

Per notice:
  cov_id   share of gold measures whose anchor lies in exactly one predicted measure, and that
           measure has the gold id;
  cov_any  the same ignoring ids;
  1to1     the same ignoring ids, and that predicted measure holds no other gold measure's anchor
           (a predicted clause that swallows several gold measures counts for none of them);
  pred     predicted measures; spur = predicted measures that hold no gold measure's anchor;
  fields   for measures found (cov_any), share with lead roles / responsible roles / deadlines /
           targets all equal to the gold (as sets);
  meta     metadata fields exactly right out of 9 (title, doc_number, issuer, date, level,
           province, city, county, cites as a set of 文号), then the wrong ones.
Then, per layout tag, the mean 1to1 coverage of the notices carrying it (weakest first).

Reads only the gold JSON and the fixtures; imports nothing from tests/.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# --code DIR: score the pipeline in another checkout (e.g. `git archive HEAD | tar -x -C DIR`) while the
# working tree is mid-change; the zoo and its gold are still read from this checkout.
CODE = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else ROOT
sys.path.insert(0, os.path.abspath(CODE))
ZOO = os.path.join(ROOT, "tests", "fixtures", "zoo")
GOLD = os.path.join(ROOT, "tests", "gold", "structure")
WS = re.compile(r"\s+")


def squash(s: str | None) -> str:
    return WS.sub("", s or "")


def document(path: str) -> dict:
    """The contract JSON of one file (policyalign/document@1)."""
    from pipeline import analyze
    notice = analyze(path)
    try:
        try:
            from pipeline.output.contract import document_json
        except ImportError:     # an older checkout (--code)
            from pipeline.serialize import document_json
        return json.loads(json.dumps(document_json(notice), ensure_ascii=False, default=str))
    except ImportError:     # the module moved: fall back to the model's fields
        m = notice.metadata
        return {"metadata": {"title": m.title, "doc_number": m.doc_number, "issuer": m.issuer, "date": m.date,
                             "level": m.level, "region": vars(m.region),
                             "cites": [{"doc_number": c.doc_number} for c in m.cites]},
                "clauses": [{"id": c.id, "kind": str(c.kind), "title": c.title, "text": c.text,
                             "restates": getattr(c, "restates", None),
                             "lead_units": [{"role": u.role} for u in c.lead_units],
                             "responsible_units": [{"role": u.role} for u in c.responsible_units],
                             "deadlines": [{"date": d.date, "recurrence": d.recurrence} for d in c.deadlines],
                             "targets": [{"comparator": t.comparator, "value": t.value, "unit": t.unit}
                                         for t in c.targets]} for c in notice.clauses]}


def measures_of(doc: dict) -> list[dict]:
    out = []
    for c in doc["clauses"]:
        kind = str(c.get("kind", "")).split(".")[-1].lower()
        if kind in ("measure", "table_row") and not c.get("restates"):
            out.append(c)
    return out


def _set(xs):
    return sorted(json.dumps(x, ensure_ascii=False, sort_keys=True) for x in xs)


def fields_equal(g: dict, p: dict) -> bool:
    lead = sorted({u["role"] for u in p.get("lead_units", [])})
    resp = sorted({u["role"] for u in p.get("responsible_units", [])})
    dls = _set({"date": d.get("date"), "recurrence": d.get("recurrence")} for d in p.get("deadlines", []))
    tgs = _set({"comparator": t["comparator"], "value": float(t["value"]), "unit": t["unit"]} for t in p.get("targets", []))
    gdl = _set(g["deadlines"])
    gtg = _set({"comparator": t["comparator"], "value": float(t["value"]), "unit": t["unit"]} for t in g["targets"])
    return (lead == sorted(set(g["lead_roles"])) and resp == sorted(set(g["responsible_roles"]))
            and sorted(set(dls)) == sorted(set(gdl)) and sorted(set(tgs)) == sorted(set(gtg)))


META = ["title", "doc_number", "issuer", "date", "level", "province", "city", "county", "cites"]


def meta_score(gold: dict, pred: dict) -> tuple[int, list[str]]:
    wrong = []
    for k in META:
        if k in ("province", "city", "county"):
            g, p = gold["region"].get(k), (pred.get("region") or {}).get(k)
        elif k == "cites":
            g = sorted(set(gold["cites"]))
            p = sorted({c.get("doc_number") for c in pred.get("cites", []) if c.get("doc_number")})
        else:
            g, p = gold.get(k), pred.get(k)
        if (squash(g) if isinstance(g, str) else g) != (squash(p) if isinstance(p, str) else p):
            wrong.append(k)
    return len(META) - len(wrong), wrong


def score(gold: dict) -> dict:
    path = os.path.join(ZOO, gold["file"])
    try:
        doc = document(path)
    except Exception as e:  # noqa: BLE001 - a crash is a result here
        return {"file": gold["file"], "error": f"{type(e).__name__}: {str(e)[:80]}",
                "trace": traceback.format_exc(limit=3), "n_gold": len(gold["measures"]),
                "layouts": gold["layouts"]}
    preds = measures_of(doc)
    texts = [squash((p.get("title") or "") + (p.get("text") or "")) for p in preds]
    hit_id = hit_any = same = one = 0
    holders = {}
    where = []
    for g in gold["measures"]:
        a = squash(g["anchor"])
        inside = [i for i, t in enumerate(texts) if a in t]
        where.append(inside)
        for i in inside:
            holders[i] = holders.get(i, 0) + 1
    for g, inside in zip(gold["measures"], where):
        if len(inside) == 1 and holders[inside[0]] == 1:
            one += 1
        if len(inside) == 1:
            hit_any += 1
            p = preds[inside[0]]
            if p["id"] == g["id"]:
                hit_id += 1
            if fields_equal(g, p):
                same += 1
    n = len(gold["measures"])
    ok, wrong = meta_score(gold["metadata"], doc["metadata"])
    return {"file": gold["file"], "n_gold": n, "pred": len(preds), "spur": len(preds) - len(holders),
            "cov_id": hit_id / n, "cov_any": hit_any / n, "cov_1to1": one / n, "fields": (same / hit_any) if hit_any else 0.0,
            "meta_ok": ok, "meta_wrong": wrong, "layouts": gold["layouts"]}


def main(argv):
    skip = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--code", "--json")}
    keys = [a for a in argv if not a.startswith("--") and a not in skip]
    out_json = argv[argv.index("--json") + 1] if "--json" in argv else None
    rows = []
    for gp in sorted(glob.glob(os.path.join(GOLD, "*.json"))):
        gold = json.load(open(gp, encoding="utf-8"))
        if keys and gold["file"].split("_")[0] not in keys:
            continue
        rows.append(score(gold))
    print(f"{'file':31s} {'gold':>4s} {'pred':>4s} {'spur':>4s} {'cov_id':>6s} {'cov_any':>7s} {'1to1':>5s} {'fields':>6s} meta  wrong")
    for r in rows:
        if "error" in r:
            print(f"{r['file']:31s} {r['n_gold']:4d}  ERROR {r['error']}")
            continue
        print(f"{r['file']:31s} {r['n_gold']:4d} {r['pred']:4d} {r['spur']:4d} {r['cov_id']:6.2f} {r['cov_any']:7.2f} "
              f"{r['cov_1to1']:5.2f} {r['fields']:6.2f} {r['meta_ok']}/9  {','.join(r['meta_wrong'])}")
    good = [r for r in rows if "error" not in r]
    if good:
        tot = sum(r["n_gold"] for r in good)
        cid = sum(r["cov_id"] * r["n_gold"] for r in good) / tot
        cany = sum(r["cov_any"] * r["n_gold"] for r in good) / tot
        meta = sum(r["meta_ok"] for r in good) / (9 * len(good))
        c11 = sum(r["cov_1to1"] * r["n_gold"] for r in good) / tot
        print(f"{'ALL (measure-weighted)':31s} {tot:4d} {sum(r['pred'] for r in good):4d} {sum(r['spur'] for r in good):4d} "
              f"{cid:6.2f} {cany:7.2f} {c11:5.2f} {'':6s} {meta:.2f} of metadata fields right")
        by = {}
        for r in rows:
            for t in (r.get("layouts") or []):
                by.setdefault(t, []).append(r.get("cov_1to1", 0.0))
        print("\nlayout tags, mean 1to1 coverage (weakest first; errors count 0):")
        items = sorted(by.items(), key=lambda kv: (sum(kv[1]) / len(kv[1]), kv[0]))
        print("  " + "; ".join(f"{t} {sum(v) / len(v):.2f} (n={len(v)})" for t, v in items))
    if out_json:
        with open(out_json, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
