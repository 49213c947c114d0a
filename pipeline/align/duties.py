"""Duties inside a clause: the stretch of text a deadline, target or modal cue belongs to,
and the matching of a parent's duties to the child's.

Divergences compare the SAME duty, not any two values: a value is located in its
clause segment (the text between ，。；), and the parent's segment is matched to the
most similar segment of the aligned child clause(s).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.align.wording import CJK, Wording, overlap
from pipeline.model import Clause

__all__ = ["Segment", "segments", "duty", "match"]


@dataclass(frozen=True)
class Segment:
    """One stretch of a clause between ，：。； — the unit a deadline, target or modal cue belongs to."""
    clause: Clause
    start: int
    end: int
    sentence: int


def segments(clause: Clause, model: dict) -> list[Segment]:
    out, text = [], clause.text
    pos = 0
    for s_idx, sentence in enumerate(re.split(f"(?<={model['segment_split']})", text)):
        s_start = pos
        pos += len(sentence)
        sub = 0
        for piece in re.split(f"(?<={model['clause_split']})", sentence):
            if piece:
                out.append(Segment(clause, s_start + sub, s_start + sub + len(piece), s_idx))
            sub += len(piece)
    return out


def duty(clause: Clause, start: int, end: int, w: Wording) -> tuple[str, set[str]]:
    """The duty text around span [start, end) of ``clause`` (span removed), and its bigrams.

    A segment that is little more than the span (``并于2024年11月底前向社会公布``)
    borrows the segment before it, where the object of the duty is."""
    model = w.rules.model
    segs = segments(clause, model)
    k = next((i for i, s in enumerate(segs) if s.start <= start < s.end), len(segs) - 1)
    text = clause.text
    lo, hi = segs[k].start, segs[k].end
    words = text[lo:start] + text[end:hi]
    if len("".join(CJK.findall(words))) < model["duty_min_chars"]:
        near = segs[k - 1] if k > 0 and segs[k - 1].sentence == segs[k].sentence else (
            segs[k + 1] if k + 1 < len(segs) else None)
        if near is not None:
            lo, hi = min(lo, near.start), max(hi, near.end)
            words = text[lo:start] + text[end:hi]
    canon = w.canon(words)
    return canon, w.duty_grams(canon)


def match(parent_items: list, child_items: list, same_value, model: dict) -> list[tuple[object, object | None, float]]:
    """Greedy one-to-one matching of (item, bigrams) lists by duty similarity (+ a bonus for equal values).

    Returns (parent_item, child_item or None, similarity) for every parent item."""
    cands = []
    for i, (p, pb) in enumerate(parent_items):
        for j, (c, cb) in enumerate(child_items):
            sim = overlap(pb, cb) + (model["same_value_bonus"] if same_value(p, c) else 0.0)
            if sim >= model["duty_match"]:
                cands.append((sim, i, j))
    used_p, used_c, out = set(), set(), {}
    for sim, i, j in sorted(cands, key=lambda t: -t[0]):
        if i not in used_p and j not in used_c:
            used_p.add(i)
            used_c.add(j)
            out[i] = (child_items[j][0], sim)
    # what the wording left unmatched: the same value is the same duty; one dated duty left on each side
    # (a table row restating its task in other words) is the same duty where it shares some words
    left_c = [j for j in range(len(child_items)) if j not in used_c]
    left_p = [i for i in range(len(parent_items)) if i not in used_p]
    for i in left_p:
        j = next((j for j in left_c if same_value(parent_items[i][0], child_items[j][0])), None)
        if j is not None:
            left_c.remove(j)
            out[i] = (child_items[j][0], 0.0)
    left_p = [i for i in left_p if i not in out]
    if len(left_p) == 1 == len(left_c):
        sim = overlap(parent_items[left_p[0]][1], child_items[left_c[0]][1], 1)
        if sim >= model["duty_fallback_match"]:
            out[left_p[0]] = (child_items[left_c[0]][0], sim)
    return [(p, *out.get(i, (None, 0.0))) for i, (p, _) in enumerate(parent_items)]
