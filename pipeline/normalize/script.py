"""Script conversion: traditional → simplified by character (OpenCC ``t2s``), then Taiwan
vocabulary only when the text shows it, then the small fixes t2s does not make.

>>> detect_script("山東省提升行政執法質量若干措施")
'traditional'
"""
from __future__ import annotations

from functools import lru_cache

import opencc

from extractors.lexicon import Lexicon
from pipeline.normalize.rules import normalize_rules
from pipeline.normalize.tracked import Tracked

__all__ = ["detect_script", "to_simplified"]


@lru_cache(maxsize=None)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def detect_script(text: str, lexicon: Lexicon | None = None) -> str:
    """``simplified``, ``traditional`` or ``mixed``: the share of CJK characters t2s would change."""
    s = normalize_rules(lexicon)["script"]
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return "simplified"
    sample = "".join(cjk[:s["sample_chars"]])
    changed = sum(a != b for a, b in zip(sample, _t2s().convert(sample)))
    share = changed / len(sample)
    return "traditional" if share >= s["traditional_share"] else "mixed" if share >= s["mixed_share"] else "simplified"


def to_simplified(t: Tracked, lexicon: Lexicon | None = None) -> Tracked:
    """t2s by character, then Taiwan vocabulary (only if the text shows it), then fixes."""
    r = normalize_rules(lexicon)
    t = t.map_chars(_t2s().convert)
    if len(r["taiwan_markers"].findall(t.text)) >= r["script"]["taiwan_min_markers"]:
        t = t.sub(r["taiwan_rx"], lambda m: r["taiwan"][m.group()])
    return t.sub(r["fixes_rx"], lambda m: r["fixes"][m.group()])
