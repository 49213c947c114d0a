"""Score one diff (contract JSON) against one alignment gold file, as counts that add up over pairs.

    score(gold, pred) -> {"align": Counts, "div": Counts, "typed": Counts, "missing_in_child": Counts,
                          "added_in_child": Counts, "<type>": Counts, ..., "noise_fp": Counts}

Conventions (those of ``measure.py``, plus two the golds' notes state):

* alignment: predicted pairs in ``acceptable_extra_pairs`` count neither way; ``doubtful_pairs``
  count neither way (a predicted one is not a false pair, a missed one not a miss);
* divergences: the key is (type, child, parent); a gold entry's ``acceptable_as`` ids also match;
* a gold ``unit_changed`` (aspect labels) whose only difference is the cascade role added to the
  responsible units is the notice-level cascade pattern (p003b_yutai_county notes (2): 004_003.json
  "still lists such pairs as unit_changed and could be moved over"), so it is not expected;
* ``noise_fp``: predicted divergences on a (child, parent) the gold lists under ``noise``.

>>> gold = {"pairs": [{"child": "a", "parent": "A"}], "divergences": []}
>>> s = score(gold, {"alignments": [{"child": "a", "parent": "A"}], "divergences": []})
>>> s["align"].f1, s["div"].precision
(1.0, 1.0)
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Counts", "score", "CASCADE_ROLES", "gold_divergences", "TYPED"]

CASCADE_ROLES = frozenset({"乡镇街道", "下级人民政府"})
UNALIGNED = ("missing_in_child", "added_in_child")
TYPED = ("deadline_later", "deadline_earlier", "deadline_dropped", "target_weaker", "target_stronger",
         "target_dropped", "unit_changed", "obligation_weaker", "obligation_stronger")


@dataclass(frozen=True)
class Counts:
    """True positives, predictions, gold items; ``+`` adds them (micro-averaging over pairs)."""
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _cascade_only(d: dict) -> bool:
    added = set(d.get("responsible_added") or ())
    return (d["type"] == "unit_changed" and d.get("aspect") == "labels" and added and added <= CASCADE_ROLES
            and not d.get("lead_added") and not d.get("lead_removed") and not d.get("responsible_removed"))


def gold_divergences(gold: dict) -> dict[tuple, set[tuple]]:
    """Each expected divergence key with the keys that also match it (``acceptable_as``)."""
    out: dict[tuple, set[tuple]] = {}
    for d in gold["divergences"]:
        if _cascade_only(d):
            continue
        key = (d["type"], d["child"], d["parent"])
        out.setdefault(key, {key}).update((d["type"], a["child"], a["parent"]) for a in d.get("acceptable_as", ()))
    return out


def score(gold: dict, pred: dict) -> dict[str, Counts]:
    """Counts per measure (see the module docstring) of ``pred`` (diff JSON) against ``gold``."""
    g_pairs = {(p["child"], p["parent"]) for p in gold["pairs"]}
    doubt = {(p["child"], p["parent"]) for p in gold.get("doubtful_pairs", ())}
    extra = {(p["child"], p["parent"]) for p in gold.get("acceptable_extra_pairs", ())} - g_pairs
    p_pairs = {(a["child"], a["parent"]) for a in pred["alignments"]} - extra
    sure = g_pairs - doubt
    # a predicted doubtful pair counts neither way (eval_p003.py's convention)
    out = {"align": Counts(len(p_pairs & sure), len(p_pairs - doubt), len(sure))}
    g_div = gold_divergences(gold)
    p_div = {(d["type"], d.get("child"), d.get("parent")) for d in pred["divergences"]}
    hit = {k for k, alts in g_div.items() if alts & p_div}
    right = {k for k in p_div if any(k in alts for alts in g_div.values())}
    for t in UNALIGNED + TYPED:
        out[t] = Counts(sum(1 for k in hit if k[0] == t), sum(1 for k in p_div if k[0] == t),
                        sum(1 for k in g_div if k[0] == t))
    out["typed"] = sum((out[t] for t in TYPED), Counts())
    out["div"] = sum((out[t] for t in UNALIGNED + TYPED), Counts())
    noise = {(n["child"], n["parent"]) for n in gold.get("noise", ()) if n.get("child") and n.get("parent")}
    wrong = p_div - right
    out["noise_fp"] = Counts(0, sum(1 for k in wrong if (k[1], k[2]) in noise), 0)
    out["_fp"] = tuple(sorted(wrong, key=str))
    out["_fn"] = tuple(sorted(set(g_div) - hit, key=str))
    out["_missed_pairs"] = tuple(sorted(sure - p_pairs))
    out["_extra_pairs"] = tuple(sorted(p_pairs - g_pairs))
    return out
