"""Why a pair was aligned, in the analyst's words: the phrases both texts share.

>>> common_phrases("建立行政执法人员培训制度", "健全行政执法人员培训机制", 4, 8)
('行政执法人员培训',)
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.align.wording import AlignRules

__all__ = ["common_phrases", "shared_concepts"]

_PUNCT_EDGES = re.compile(r"^[^\u4e00-\u9fff\w]+|[^\u4e00-\u9fff\w）》”]+$")


def common_phrases(a: str, b: str, min_len: int, limit: int) -> tuple[str, ...]:
    """Common substrings of ``a`` and ``b``, longest first; each found one is masked out of both."""
    found = []
    matcher = SequenceMatcher(None, autojunk=False)
    while len(found) < limit:
        matcher.set_seqs(a, b)
        m = matcher.find_longest_match(0, len(a), 0, len(b))
        if m.size < min_len:
            break
        phrase = _PUNCT_EDGES.sub("", a[m.a:m.a + m.size])
        if len(phrase) >= min_len:
            found.append(phrase)
        a = a[:m.a] + "\x00" * m.size + a[m.a + m.size:]
        b = b[:m.b] + "\x01" * m.size + b[m.b + m.size:]
    return tuple(found)


def shared_concepts(a: str, b: str, r: AlignRules) -> tuple[str, ...]:
    """For a loose restatement with no phrase in common: the genre concepts both name (督促落实: 检查验收≈督察)."""
    in_b: dict[str, str] = {}
    for hit in r.concept_rx.findall(b):
        in_b.setdefault(r.concepts[hit], hit)
    out = {}
    for hit in r.concept_rx.findall(a):
        c = r.concepts[hit]
        if c in in_b and c not in out:
            out[c] = f"{c}：{hit}≈{in_b[c]}"
    return tuple(out.values())
