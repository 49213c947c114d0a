"""Build the layout zoo: tests/fixtures/zoo/NN_name.ext and tests/gold/structure/NN_name.json.

    .venv/bin/python tools/zoo/build.py            # everything (PDFs need soffice)
    .venv/bin/python tools/zoo/build.py 03 14      # only these notices
    .venv/bin/python tools/zoo/build.py --no-pdf   # skip the LibreOffice step

TXT/HTML/DOCX/gold rebuild byte-identically; PDFs embed LibreOffice's creation time.
The notices are invented (real place names, invented 文号 and dates); their measures are
reworded from the State Council plan and the seeds (see measures.py).
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "tests", "fixtures", "zoo")
GOLD = os.path.join(ROOT, "tests", "gold", "structure")

import measures as ms  # noqa: E402
from render import Builder, role, cn_date, to_txt, to_html, to_docx, docx_to_pdf, garble  # noqa: E402

from specs import SPECS  # noqa: E402


# ---------------------------------------------------------------- gold
ASCIIish = re.compile(r"[0-9A-Za-z%.\s]")


def norm_full(b: Builder) -> str:
    parts = []
    for kind, text, ex in b.blocks:
        if kind == "table":
            parts.append("\t".join(ex["header"]))
            for r in ex["rows"]:
                parts.append("\t".join(r.values() if False else [r["n"], r["group"], r["task"], r["lead"], r["resp"], r["when"]]))
        elif text:
            parts.append(text)
    return "\n".join(parts)


def _spans(full, avoid):
    out = []
    for a in avoid:
        i = full.find(a)
        while i >= 0:
            out.append((i, i + len(a)))
            i = full.find(a, i + 1)
    return out


def pick_anchor(text, full, avoid, used, lo=12, hi=20, start=None):
    best = None
    rng = range(start if start is not None else 0, max(1, len(text) - lo))
    for i in rng:
        for L in (lo, 14, 16, hi):
            w = text[i:i + L]
            if len(w) < lo or "\n" in w or "\t" in w:
                continue
            if w[0] in "，。；、：）" or any(a in w for a in avoid):
                continue
            pos = full.find(w)
            if any(pos < e and s < pos + len(w) for s, e in _spans(full, avoid)):
                continue
            if re.match(r"^[（(]?[一二三四五六七八九十0-9①-⑩]", w) or w.startswith(("其", "第")):
                continue
            if full.count(w) != 1 or w in used:
                continue
            if ASCIIish.search(w):
                if best is None:
                    best = w
                continue
            return w
    if best:
        return best
    raise ValueError(f"no anchor in {text[:40]}")


def gold_for(spec, b: Builder):
    full = norm_full(b)
    avoid = list(spec.get("avoid", []))
    used = set()
    measures = []
    for g in b.gold:
        m = g["m"]
        text = g["text"]
        # anchor inside the measure's own duty text (after its run-in title)
        start = None
        first = m["parts"][0][:6]
        if first in text:
            start = text.index(first)
        a = pick_anchor(text, full, avoid, used, start=start)
        used.add(a)
        lead_roles, resp_roles = [], []
        for u in g["lead"]:
            r, known = role(u)
            if not known:
                b.unknown.add(u.replace("{p}", spec["p"]))
            if r not in lead_roles:
                lead_roles.append(r)
        for u in g["resp"]:
            r, known = role(u)
            if not known:
                b.unknown.add(u.replace("{p}", spec["p"]))
            if r not in resp_roles:
                resp_roles.append(r)
        dls = []
        for d in m["dl"]:
            if d not in dls:
                dls.append(d)
        tgs = []
        for t in m["tg"]:
            if t not in tgs:
                tgs.append(t)
        measures.append({"id": g["id"], "anchor": a, "lead_roles": lead_roles, "responsible_roles": resp_roles,
                         "deadlines": dls, "targets": tgs})
    ids = [x["id"] for x in measures]
    assert len(ids) == len(set(ids)), (spec["key"], ids)
    non = []
    cands = []
    for kind, text, ex in b.blocks:
        if kind == "p" and spec["issuer"] not in text and "印发给你们" in text:
            cands.append(text)
    for kind, text, ex in b.blocks:
        if kind == "p" and "制定本方案" in text:
            cands.append(text)
    cands += [h for h in b.headings]
    cands += b.items[:3]
    for c in cands:
        if len(c) < 6:
            continue
        try:
            pos = full.find(c)
            if (len(c) <= 20 and full.count(c) == 1 and not any(a in c for a in avoid)
                    and not any(pos < e and s < pos + len(c) for s, e in _spans(full, avoid))):
                w = c
            else:
                w = pick_anchor(c, full, avoid, used, lo=10, hi=16)
        except ValueError:
            continue
        # a non-measure anchor must not lie inside a measure's text
        if any(w in g["text"] for g in b.gold) and c not in b.items:
            continue
        if any(w in x or x in w for x in non):
            continue
        used.add(w)
        non.append(w)
        if len(non) >= 6:
            break
    for a in [x["anchor"] for x in measures] + non:
        assert full.count(a) == 1, (spec["key"], a)
    md = spec["gold_meta"]
    notes = spec.get("notes", "")
    if b.unknown:
        notes += (" Units without a row in roles.tsv, given as the name minus its level prefix: "
                  + "、".join(sorted(b.unknown)) + ".")
    notes += COMMON_NOTES
    return {"file": spec["file"], "layouts": spec["layouts"], "metadata": md, "measures": measures,
            "non_measures": non, "notes": notes.strip()}


COMMON_NOTES = (" Conventions: anchors are substrings of the clean normalized text (the notice as written, before "
                "any rendition damage: pinyin annotations, mojibake, hard wraps, page furniture and running headers are "
                "not part of it; anchors were chosen not to cross an annotated word); roles only from the unit lists "
                "(牵头单位/责任单位/配合单位/…负责 and table columns), never from actors named in prose; "
                "各镇人民政府（街道办事处） and 乡镇（街道） are 乡镇街道; targets and deadlines are sets per measure; "
                "每年…一次 is yearly + {=,1,次}, 每年至少N次 yearly + {>=,N,次}, 不超过N次 {<=,N,次}; a rate 达到N% is {=,N,%}, 达到N%以上 and 不低于N% are {>=,N,%}; "
                "到2025年底 in the plan's goal is in no measure; a table's 时限 cell restates the row's own dates.")


def build(keys=None, pdf=True):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    rows = []
    for spec in SPECS:
        num = spec["key"].split("_")[0]
        if keys and num not in keys:
            continue
        b = Builder(spec).run()
        fmt = spec["fmt"]
        o = dict(spec.get("render", {}))
        o.setdefault("date", spec["date"])
        o.setdefault("core_title", spec["gold_meta"]["title"] or "")
        path = os.path.join(OUT, spec["file"])
        if fmt == "txt":
            data = to_txt(b, o)
        elif fmt == "html":
            data = to_html(b, o)
        elif fmt == "docx":
            data = to_docx(b, o)
        elif fmt == "pdf":
            if not pdf:
                data = None
            else:
                data = docx_to_pdf(to_docx(b, o), spec["key"])
        if data is not None:
            with open(path, "wb") as f:
                f.write(data)
        g = gold_for(spec, b)
        with open(os.path.join(GOLD, spec["key"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        rows.append((spec, len(g["measures"])))
        print(f"{spec['file']:32s} {len(g['measures']):3d} measures")
    return rows


HOW = {
    "txt": "build.py writes the text itself (UTF-8, no BOM)",
    "html": "build.py: a county/city site page (top bar, nav, breadcrumb, 信息公开 table, <h1>, div#zoom, footer), UTF-8",
    "docx": "python-docx (仿宋_GB2312/黑体/楷体_GB2312/方正小标宋简体 east-asian fonts, footer PAGE field); zip re-written with fixed timestamps",
    "pdf": "python-docx DOCX, then LibreOffice 7.4 `soffice --headless --convert-to pdf` (Noto CJK via fontconfig fallback)",
}


def readme(rows):
    lines = [
        "# Layout zoo: notices in layouts the five seeds do not cover",
        "",
        "Invented but realistic implementation notices of 国办发〔2023〕27号 (real place names, invented 文号/dates, measures reworded "
        "from the State Council plan and the seeds), one layout mix each, with hand-annotated structure gold in "
        "`tests/gold/structure/NN_name.json` (ids, anchors, roles, deadlines, targets, metadata; conventions in each file's `notes`).",
        "",
        "Rebuild: `.venv/bin/python tools/zoo/build.py` (all; needs `soffice` for the PDFs) or `build.py 03 14` / `--no-pdf`. "
        "TXT, HTML, DOCX and gold rebuild byte-identically; the PDFs embed LibreOffice's creation time. "
        "Score the current parser: `.venv/bin/python tools/zoo/report.py`.",
        "",
        "| file | measures | layout features | place | how made |",
        "|---|---|---|---|---|",
    ]
    for spec, n in rows:
        r = spec["region"]
        place = "".join(x for x in r if x) + f" ({spec['level']})"
        how = HOW[spec["fmt"]]
        ro = spec.get("render", {})
        extra = []
        if ro.get("wrap") and ro["wrap"] < 1000:
            extra.append(f"hard-wrapped every {ro['wrap']} chars")
        if ro.get("page_fmt"):
            extra.append("page numbers " + ro["page_fmt"].replace("{n}", "N").replace("{total}", "M"))
        if ro.get("running_header"):
            extra.append(f"running header {ro['running_header']}")
        if ro.get("newline") == "\r\n":
            extra.append("CRLF line ends")
        if extra:
            how += "; " + ", ".join(extra)
        lines.append(f"| {spec['file']} | {n} | {', '.join(spec['layouts'])} | {place} | {how} |")
    inv = {}
    for spec, n in rows:
        for t in spec["layouts"]:
            inv.setdefault(t, []).append(spec["key"].split("_")[0])
    lines += ["", "## Layout tags → notices", ""]
    lines += [f"- `{t}`: {', '.join(v)}" for t, v in sorted(inv.items())]
    lines += ["", "Known gaps: each table flavour (tab, spaces, pipes, stacked, DOCX merged, PDF ruled/unruled, HTML) has one or two "
              "notices; GBK encoding, CRLF, the provincial and the municipal level have one or two each. "
              "In the PDF tables (15, 16) cell text is interleaved line by line with the neighbouring cells, so a few anchors are "
              "contiguous only once a reader rebuilds the cells.", ""]
    lines += ["Sources: `tools/zoo/specs.py` (one dict per notice: metadata, layout, measures, rendition options), "
              "`tools/zoo/measures.py` (wording + hand-annotated deadlines/targets), `tools/zoo/render.py` (renderers, "
              "unit → role table). The gold is written from the same specs, so text and gold cannot drift apart; "
              "every anchor is checked to occur exactly once in the clean text of its notice.", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = build(args or None, pdf="--no-pdf" not in sys.argv)
    if not args:
        readme(rows)
