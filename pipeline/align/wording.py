"""One wording for both notices, so wording noise moves neither the alignment nor a divergence.

Numbering and (牵头单位：…) labels are stripped (the roles compare those), the
notices' own place names dropped, synonyms (``align_wording.tsv``) and level
prefixes (省/市/县) put in one form. The genre's stopwords (``align_stopwords.txt``)
say nothing about which duty a text states.

>>> w = Wording(align_rules(None), ("金乡县",))
>>> w.canon("（一）金乡县全县各级行政执法机关")
'全域各级行政执法机关'
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from collections import Counter

from extractors.lexicon import Lexicon, rules
from pipeline.model import Notice

__all__ = ["AlignRules", "align_rules", "Wording", "place_names", "bigrams", "overlap", "CJK"]

CJK = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True, eq=False)
class AlignRules:
    """The aligner's tables, compiled once per lexicon (``align_*`` files, ``obligation.json``)."""
    model: dict
    wording: tuple[tuple[str, str], ...]
    stopwords: frozenset[str]
    stopwords_longest_first: tuple[str, ...]
    concept_rx: re.Pattern
    concepts: dict[str, str]
    strip: tuple[re.Pattern, ...]
    level_prefix: re.Pattern
    obligation: dict
    governing_cues: frozenset[str]
    features: Callable[[str], Counter] = field(default=None)


def _build(lex: Lexicon) -> AlignRules:
    from pipeline.align.features import FEATURES, token_features
    m = lex.json("align_model")
    unknown = set(m["weights"]) - set(FEATURES)
    if unknown:
        from extractors.lexicon import LexiconError
        raise LexiconError(lex.directory / "align_model.json", "weights",
                           f"no such pair feature {sorted(unknown)} (known: {list(FEATURES)})")
    table = {r["phrase"]: r["concept"] for r in lex.table("align_concepts")}
    stop = frozenset(lex.list("align_stopwords"))
    ob = lex.json("obligation")
    r = AlignRules(
        model=m,
        wording=tuple(sorted(((r["variant"], r["canonical"]) for r in lex.table("align_wording")),
                             key=lambda r: -len(r[0]))),
        stopwords=stop, stopwords_longest_first=tuple(sorted(stop, key=len, reverse=True)),
        concept_rx=re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True))), concepts=table,
        strip=tuple(re.compile(p) for p in m["strip_patterns"]), level_prefix=re.compile(m["level_prefix"]),
        obligation=_obligation_states(ob),
        governing_cues=frozenset(r["cue"] for r in lex.table("modal_cues") if r.get("governs") == "1"))
    # cached by text: a parent's measures are tokenized again for every child it is held against
    object.__setattr__(r, "features", lru_cache(maxsize=4096)(lambda text: token_features(text, r)))
    return r


def _obligation_states(ob: dict) -> dict:
    """obligation.json plus the aligner's ``states`` (the strengths, strongest first, with a cue-less
    ``declarative`` duty after ``declarative_after``) and their ``tiers`` (1 binding: before
    ``optional_from``; 0 optional)."""
    strengths = list(ob["strengths"])
    states = strengths[:strengths.index(ob["declarative_after"]) + 1] + ["declarative"] + \
        strengths[strengths.index(ob["declarative_after"]) + 1:]
    cut = states.index(ob["optional_from"])
    return {**ob, "states": states, "tiers": {s: int(i < cut) for i, s in enumerate(states)}}


def align_rules(lexicon: Lexicon | None) -> AlignRules:
    return rules(lexicon, _build)


def place_names(*notices: Notice) -> tuple[str, ...]:
    """Both notices' own place names (山东省, 山东, 市中区, 市中 …): local, never a difference."""
    names = set()
    for n in notices:
        r = n.metadata.region
        for name in (r.province, r.city, r.county):
            if name:
                names.add(name)
                if len(name) > 2:
                    names.add(name[:-1])
    return tuple(sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class Wording:
    """The rules and the place names of one child/parent pair."""
    rules: AlignRules
    places: tuple[str, ...]

    def strip(self, text: str) -> str:
        """``text`` without its numbering and its (牵头单位：…) labels, which the roles compare."""
        for rx in self.rules.strip:
            text = rx.sub("", text)
        return text

    def canon(self, text: str) -> str:
        """``text`` in one wording: stripped, place names out, synonyms, level prefixes."""
        text = self.strip(text)
        for name in self.places:
            text = text.replace(name, "")
        for variant, canonical in self.rules.wording:
            text = text.replace(variant, canonical)
        return self.rules.level_prefix.sub("", text)

    def duty_grams(self, canon: str) -> set[str]:
        """Bigrams of a duty's words once the genre's stopwords are cut out (行政执法, 建立, 机制 say nothing)."""
        for word in self.rules.stopwords_longest_first:
            canon = canon.replace(word, "|")
        return bigrams(canon)


def bigrams(text: str) -> set[str]:
    return {run[i:i + 2] for run in CJK.findall(text) for i in range(len(run) - 1)}


def overlap(a: set, b: set, min_size: int = 3) -> float:
    """Set cosine of two duties' bigrams; a duty of fewer than ``min_size`` bigrams matches nothing."""
    if len(a) < min_size or len(b) < min_size:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))
