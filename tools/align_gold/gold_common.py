"""Helpers shared by the alignment-gold builders (tools/align_gold/build_gold.py).

The gold files are the artefact (tests/gold/align/*.json); these helpers only keep the
JSON shape identical to tests/gold/align/004_003.json and avoid typing errors.
"""

M000 = ["二/（一）", "二/（二）", "二/（三）", "三/（四）", "三/（五）", "三/（六）", "四/（七）",
        "五/（八）", "五/（九）", "五/（十）", "六/（十一）", "六/（十二）", "六/（十三）",
        "六/（十四）", "七/（十五）", "七/（十六）", "七/（十七）"]
M003 = ["一/（一）", "一/（二）", "一/（三）", "二/（四）", "二/（五）", "二/（六）", "三/（七）",
        "三/（八）", "四/（九）", "四/（十）", "四/（十一）", "四/（十二）", "五/（十三）",
        "五/（十四）", "五/（十五）", "六/（十六）", "六/（十七）", "六/（十八）"]
M004 = ["二/（%s）" % n for n in "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六".split()] + \
       ["三/（%s）" % n for n in "一 二 三 四 五".split()] + ["四/（%s）" % n for n in "一 二 三".split()]

SEED = {"000": "000_bf6de6025eb46aa4.txt", "003": "003_b9bae5fd1a95c124.txt", "004": "004_15c10991a4afbfa2.txt"}
SEED_MEASURES = {"000": M000, "003": M003, "004": M004}


def P(child, parent, why):
    return {"child": child, "parent": parent, "why": why}


def D(type_, child, parent, why, child_value=None, parent_value=None, **extra):
    d = {"type": type_, "child": child, "parent": parent}
    if type_ not in ("missing_in_child", "added_in_child"):
        d["child_value"] = child_value
        d["parent_value"] = parent_value
    d.update(extra)
    d["why"] = why
    return d


def T(comparator, value, unit, recurrence=None):
    t = {"comparator": comparator, "value": value, "unit": unit}
    if recurrence:
        t["recurrence"] = recurrence
    return t


def UL(child, parent, c_lead, c_resp, p_lead, p_resp, why, ignore=("乡镇街道",)):
    """unit_changed on the (牵头/责任) labels, sets of level-free roles.

    *_added / *_removed leave out the roles in `ignore` (cascade one level down, recorded
    under `patterns`, not a divergence)."""
    # the cascade role is left out of child_value too (as in the p003_* golds): it is a pattern
    cl, cr, pl, pr = (sorted(set(x) - (set(ignore) - set(p_lead + p_resp)))
                      for x in (c_lead, c_resp, p_lead, p_resp))
    return {
        "type": "unit_changed", "child": child, "parent": parent, "aspect": "labels",
        "child_value": {"lead": cl, "responsible": cr},
        "parent_value": {"lead": pl, "responsible": pr},
        "lead_added": [r for r in cl if r not in pl and r not in ignore],
        "lead_removed": [r for r in pl if r not in cl],
        "responsible_added": [r for r in cr if r not in pr and r not in ignore],
        "responsible_removed": [r for r in pr if r not in cr],
        "why": why,
    }


def UA(child, parent, c_actor, p_actor, why):
    """unit_changed on who performs one named duty inside the measure (aspect task_actor)."""
    return {"type": "unit_changed", "child": child, "parent": parent, "aspect": "task_actor",
            "child_value": c_actor, "parent_value": p_actor, "why": why}


def N(child, parent, what):
    return {"child": child, "parent": parent, "what": what}


def gold(child, parent, child_measures, parent_measures, pairs, missing, added, divergences,
         acceptable_extra_pairs=(), doubtful_pairs=(), noise=(), patterns=(), notes=""):
    ids_c, ids_p = set(child_measures), set(parent_measures)
    for p in pairs:
        assert p["child"] in ids_c, p
        assert p["parent"] in ids_p, p
    paired_p = {p["parent"] for p in pairs}
    paired_c = {p["child"] for p in pairs}
    assert set(missing) == ids_p - paired_p, (child, sorted(ids_p - paired_p), missing)
    assert set(added) == ids_c - paired_c, (child, sorted(ids_c - paired_c), added)
    pairset = {(p["child"], p["parent"]) for p in pairs}
    divs = [D("missing_in_child", None, m, w) for m, w in missing.items()] + \
           [D("added_in_child", a, None, w) for a, w in added.items()] + list(divergences)
    for d in divs:
        if d["child"] and d["parent"]:
            assert (d["child"], d["parent"]) in pairset, d
    for n in noise:
        assert n["child"] is None or n["child"] in ids_c, n
        assert n["parent"] is None or n["parent"] in ids_p, n
    for e in list(acceptable_extra_pairs) + list(doubtful_pairs):
        assert e["child"] in ids_c and e["parent"] in ids_p, e
    for d in doubtful_pairs:
        assert (d["child"], d["parent"]) in pairset, d
    return {
        "child": child, "parent": parent,
        "child_measures": list(child_measures), "parent_measures": list(parent_measures),
        "pairs": list(pairs),
        "missing_in_child": list(missing), "added_in_child": list(added),
        "divergences": divs,
        "doubtful_pairs": list(doubtful_pairs),
        "acceptable_extra_pairs": list(acceptable_extra_pairs),
        "noise": list(noise), "patterns": list(patterns), "notes": notes,
    }
