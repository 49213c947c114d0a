"""The divergences an analyst would flag, given the alignment.

``missing_in_child`` / ``added_in_child`` for unaligned measures; ``unit_changed``
where the labelled lead/responsible roles differ; for each parent measure, its dated,
targeted and modal duties matched to the same duties in its aligned child clauses
(``duties``): ``deadline_*``, ``target_*``, ``obligation_*``. For a parent aligned to
several children (or the reverse) each parent value is compared with its best match
among all of them.
"""
from __future__ import annotations

from pipeline.align.duties import duty, match, segments
from pipeline.align.measures import Measure
from pipeline.align.wording import Wording, overlap
from pipeline.model import Alignment, Clause, Divergence, DivergenceType

__all__ = ["find_divergences"]


def find_divergences(c_measures: list[Measure], p_measures: list[Measure], alignments: tuple[Alignment, ...],
                     w: Wording) -> tuple[Divergence, ...]:
    """Contract divergences (tests/contract/README.md) of the child's measures against the parent's."""
    cm = {m.id: m for m in c_measures}
    pm = {m.id: m for m in p_measures}
    aligned_c = {a.child for a in alignments}
    aligned_p = {a.parent for a in alignments}
    out: list[Divergence] = []
    for pid, p in pm.items():
        if pid not in aligned_p:
            out.append(Divergence(DivergenceType.MISSING_IN_CHILD, f"父文件措施 {pid}「{p.clause.title}」在子文件中无对应条款",
                                  parent=pid))
    for cid, c in cm.items():
        if cid not in aligned_c:
            out.append(Divergence(DivergenceType.ADDED_IN_CHILD, f"子文件措施 {cid}「{c.clause.title}」在父文件中无对应条款",
                                  child=cid))
    for a in alignments:
        out += _unit_changes(cm[a.child], pm[a.parent])
    for pid, p in pm.items():
        pairs = sorted((a for a in alignments if a.parent == pid), key=lambda a: -a.score)
        if not pairs:
            continue
        kids = [cm[a.child] for a in pairs]
        out += _deadline_changes(p, kids, w)
        out += _target_changes(p, kids, w)
        out += _obligation_changes(p, kids, w)
    return tuple(out)


def _roles_value(m: Measure) -> dict:
    return {"lead": sorted(m.roles("lead")), "responsible": sorted(m.roles("responsible"))}


def _unit_changes(c: Measure, p: Measure) -> list[Divergence]:
    """The labelled lead/responsible role sets differ (compared only where both clauses carry labels)."""
    cv, pv = _roles_value(c), _roles_value(p)
    if not (cv["lead"] or cv["responsible"]) or not (pv["lead"] or pv["responsible"]) or cv == pv:
        return []
    changes = []
    for slot, name in (("lead", "牵头"), ("responsible", "责任")):
        added = sorted(set(cv[slot]) - set(pv[slot]))
        removed = sorted(set(pv[slot]) - set(cv[slot]))
        if added:
            changes.append(f"{name}单位增加{'、'.join(added)}")
        if removed:
            changes.append(f"{name}单位去掉{'、'.join(removed)}")
    return [Divergence(DivergenceType.UNIT_CHANGED, "；".join(changes), child=c.id, parent=p.id, child_value=cv, parent_value=pv)]


def _dated(ms: list[Measure], w: Wording) -> list:
    return [((m, part, d), duty(part, d.start, d.end, w)[1])
            for m in ms for part in m.parts for d in part.deadlines if d.date]


def _deadline_changes(p: Measure, kids: list[Measure], w: Wording) -> list[Divergence]:
    out = []
    matched = match(_dated([p], w), _dated(kids, w), lambda a, b: a[2].date == b[2].date, w.rules.model)
    for (_, p_part, pd), hit, _sim in matched:
        if hit is None:
            out.append(Divergence(DivergenceType.DEADLINE_DROPPED, f"父文件「{pd.text}」的时限在子文件中未保留",
                                  child=kids[0].id, parent=p.id, parent_value=pd.date))
            continue
        c, c_part, cd = hit
        if cd.date != pd.date:
            kind = DivergenceType.DEADLINE_LATER if cd.date > pd.date else DivergenceType.DEADLINE_EARLIER
            out.append(Divergence(kind, f"同一任务时限由「{pd.text}」改为「{cd.text}」", child=c.id, parent=p.id,
                                  child_value=cd.date, parent_value=pd.date))
        out += _actor_change(c, c_part, cd, p, p_part, pd, w.rules.model)
    return out


def _actor_change(c, c_part, cd, p, p_part, pd, model: dict) -> list[Divergence]:
    """Who does a dated duty: the actor named in the deadline's own segment, where both name one."""
    def actors(part: Clause, span) -> frozenset[str]:
        seg = next((s for s in segments(part, model) if s.start <= span.start < s.end), None)
        return frozenset(u.role for u in part.actors if seg and seg.start <= u.start < span.start)
    ca, pa = actors(c_part, cd), actors(p_part, pd)
    if not ca or not pa or ca == pa:
        return []
    return [Divergence(DivergenceType.UNIT_CHANGED, f"「{pd.text}」任务的承担者由{'、'.join(sorted(pa))}改为{'、'.join(sorted(ca))}",
                       child=c.id, parent=p.id, child_value=sorted(ca), parent_value=sorted(pa))]


def _targets(ms: list[Measure], w: Wording) -> list:
    return [((m, t), duty(part, t.start, t.end, w)[1] | ({t.subject} if t.subject else set()))
            for m in ms for part in m.parts for t in part.targets]


def _target_changes(p: Measure, kids: list[Measure], w: Wording) -> list[Divergence]:
    out = []
    by_unit: dict[str, tuple[list, list]] = {}
    for item in _targets([p], w):
        by_unit.setdefault(item[0][1].unit, ([], []))[0].append(item)
    for item in _targets(kids, w):
        if item[0][1].unit in by_unit:
            by_unit[item[0][1].unit][1].append(item)
    for p_items, c_items in by_unit.values():
        for (_, pt), hit, _sim in match(p_items, c_items, lambda a, b: a[1].value == b[1].value, w.rules.model):
            pv = {"comparator": pt.comparator, "value": pt.value, "unit": pt.unit}
            if hit is None:
                out.append(Divergence(DivergenceType.TARGET_DROPPED, f"父文件指标「{pt.text}」在子文件中未保留",
                                      child=kids[0].id, parent=p.id, parent_value=pv))
                continue
            c, ct = hit
            if ct.value == pt.value:
                continue
            lower_is_weaker = pt.comparator not in ("<=", "<")
            weaker = (ct.value < pt.value) == lower_is_weaker
            out.append(Divergence(DivergenceType.TARGET_WEAKER if weaker else DivergenceType.TARGET_STRONGER,
                                  f"同一指标由「{pt.text}」改为「{ct.text}」", child=c.id, parent=p.id,
                                  child_value={"comparator": ct.comparator, "value": ct.value, "unit": ct.unit},
                                  parent_value=pv))
    return out


def _strengths(m: Measure, w: Wording) -> list:
    """(segment strength, cue-free duty bigrams) for every segment a modal cue governs.

    A segment's own strongest cue governs it; otherwise an auxiliary (要, 应当, 可以 …)
    earlier in the same sentence does (``要加强A，健全B``), while an adverb (严格, 适时)
    binds only its own segment."""
    model = w.rules.model
    governing = set(model["governing_cues"])
    ranks = list(w.rules.strengths)
    out = []
    for part in m.parts:
        carried, sentence = None, -1
        for seg in segments(part, model):
            if seg.sentence != sentence:
                carried, sentence = None, seg.sentence
            cues = [q for q in part.modal_cues if seg.start <= q.start < seg.end]
            own = min((q.strength for q in cues), key=ranks.index, default=None)
            strength = own or carried
            if any(q.text in governing for q in cues):
                carried = min((q.strength for q in cues if q.text in governing), key=ranks.index)
            if strength is None:
                continue
            text = part.text[seg.start:seg.end]
            for q in sorted(cues, key=lambda q: -q.start):
                text = text[:q.start - seg.start] + text[q.end - seg.start:]
            out.append(((m, strength, part.text[seg.start:seg.end]), w.duty_grams(w.canon(text))))
    return out


def _obligation_changes(p: Measure, kids: list[Measure], w: Wording) -> list[Divergence]:
    """A parent duty whose every close child restatement sits in the other tier (binding vs optional).

    Not a one-to-one match: a child that restates a duty twice (适时组织X … 要组织X) keeps it
    as long as one restatement keeps the parent's tier."""
    model = w.rules.model
    tiers = w.rules.tiers
    child_duties = [x for k in kids for x in _strengths(k, w)]
    out, seen = [], set()
    for (_, ps, ptext), pb in _strengths(p, w):
        close = sorted(((overlap(pb, cb), hit) for hit, cb in child_duties), key=lambda t: -t[0])
        close = [hit for sim, hit in close if sim >= model["obligation_match"]]
        if not close or any(tiers[cs] == tiers[ps] for _, cs, _ in close):
            continue
        c, cs, ctext = close[0]
        kind = DivergenceType.OBLIGATION_STRONGER if tiers[cs] > tiers[ps] else DivergenceType.OBLIGATION_WEAKER
        if (kind, c.id) not in seen:
            seen.add((kind, c.id))
            out.append(Divergence(kind, f"同一义务由「{ptext.strip('，。；')}」({ps})改为「{ctext.strip('，。；')}」({cs})",
                                  child=c.id, parent=p.id, child_value=cs, parent_value=ps))
    return out
