"""How binding a duty is, parent against child: ``obligation_weaker`` / ``obligation_stronger``.

Each stretch of a clause (``duties.segments``) has a state: the strength of its own strongest
cue, or of an auxiliary earlier in its sentence that governs it (``要加强A，健全B``), or
``declarative`` (a plan's plain 深化X改革 is a duty as well). Cues that say when, not whether
(``timing_cues``: 适时, 逐步) set no state. A parent duty is compared with its closest child
restatements (set cosine of cue-free bigrams at or above ``obligation_match``); it has changed
when none of them keeps a state the ``flagged`` table passes. ``flagged`` (obligation.json,
written by ``tools/calibrate_model.py`` from the gold) lists the (parent>child) state changes
an analyst flags; the direction comes from the order of ``states``.

>>> order = ("mandatory", "expected", "declarative", "encouraged", "exploratory")
>>> direction("declarative", "encouraged", order), direction("exploratory", "mandatory", order)
('obligation_weaker', 'obligation_stronger')
"""
from __future__ import annotations

from pipeline.align.duties import segments
from pipeline.align.measures import Measure
from pipeline.align.wording import Wording, overlap
from pipeline.model import Divergence, DivergenceType

__all__ = ["duty_states", "transitions", "obligation_changes", "direction"]


def direction(parent_state: str, child_state: str, order) -> str:
    weaker = list(order).index(child_state) > list(order).index(parent_state)
    return DivergenceType.OBLIGATION_WEAKER if weaker else DivergenceType.OBLIGATION_STRONGER


def duty_states(m: Measure, w: Wording) -> list:
    """((measure, state, segment text), cue-free duty bigrams) for every segment of ``m``."""
    model, ob = w.rules.model, w.rules.obligation
    governing = w.rules.governing_cues
    timing = set(ob["timing_cues"])
    ranks = list(ob["states"])
    out = []
    for part in m.parts:
        carried, sentence = None, -1
        for seg in segments(part, model):
            if seg.sentence != sentence:
                carried, sentence = None, seg.sentence
            cues = [q for q in part.modal_cues if seg.start <= q.start < seg.end]
            binding = [q for q in cues if q.text not in timing]
            state = min((q.strength for q in binding), key=ranks.index, default=None) or carried
            if any(q.text in governing for q in binding):
                carried = min((q.strength for q in binding if q.text in governing), key=ranks.index)
            text = part.text[seg.start:seg.end]
            for q in sorted(cues, key=lambda q: -q.start):
                text = text[:q.start - seg.start] + text[q.end - seg.start:]
            out.append(((m, state or "declarative", part.text[seg.start:seg.end]), w.duty_grams(w.canon(text))))
    return out


def transitions(p: Measure, kids: list[Measure], w: Wording, flagged) -> list[tuple]:
    """(parent state, parent text, child measure, child state, child text) for each parent duty
    none of whose close child restatements keeps an unflagged state."""
    child_duties = [x for k in kids for x in duty_states(k, w)]
    out = []
    for (_, ps, ptext), pb in duty_states(p, w):
        close = sorted(((overlap(pb, cb), hit) for hit, cb in child_duties), key=lambda t: -t[0])
        close = [hit for sim, hit in close if sim >= w.rules.model["obligation_match"]]
        if close and all(cs != ps and f"{ps}>{cs}" in flagged for _, cs, _ in close):
            c, cs, ctext = close[0]
            out.append((ps, ptext, c, cs, ctext))
    return out


def obligation_changes(p: Measure, kids: list[Measure], w: Wording) -> list[Divergence]:
    """One divergence per (kind, child measure) of ``transitions`` under the lexicon's ``flagged`` table."""
    ob = w.rules.obligation
    flagged = set(w.rules.model.get("obligation_flagged") or ob["flagged"])
    out, seen = [], set()
    for ps, ptext, c, cs, ctext in transitions(p, kids, w, flagged):
        kind = direction(ps, cs, ob["states"])
        if (kind, c.id) not in seen:
            seen.add((kind, c.id))
            out.append(Divergence(kind, f"同一义务由「{ptext.strip('，。；')}」({ps})改为「{ctext.strip('，。；')}」({cs})",
                                  child=c.id, parent=p.id, child_value=cs, parent_value=ps))
    return out
