"""The divergences an analyst would flag, given the alignment.

``missing_in_child`` / ``added_in_child`` for unaligned measures; ``unit_changed``
where a labelled parent role is dropped or replaced (``roles``); for each parent measure, its dated,
targeted and modal duties matched to the same duties in its aligned child clauses
(``duties``): ``deadline_*``, ``target_*``, ``obligation_*``. For a parent aligned to
several children (or the reverse) each parent value is compared with its best match
among all of them.
"""
from __future__ import annotations

from pipeline.align.duties import duty, match, segments
from pipeline.align.measures import Measure
from pipeline.align.obligations import obligation_changes
from pipeline.align.roles import unit_changes
from pipeline.align.wording import Wording
from pipeline.model import Alignment, Clause, Divergence, DivergenceType

__all__ = ["find_divergences"]


def find_divergences(c_measures: list[Measure], p_measures: list[Measure], alignments: tuple[Alignment, ...],
                     w: Wording, levels: tuple = (None, None)) -> tuple[Divergence, ...]:
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
    out += unit_changes(cm, pm, alignments, levels, w.rules.model)
    for pid, p in pm.items():
        pairs = sorted((a for a in alignments if a.parent == pid), key=lambda a: -a.score)
        if not pairs:
            continue
        kids = [cm[a.child] for a in pairs]
        out += _deadline_changes(p, kids, w)
        out += _target_changes(p, kids, w)
        out += obligation_changes(p, kids, w)
    return tuple(out)


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
    generic = set(w.rules.model["generic_target_units"])
    for item in _targets(kids, w):
        unit = item[0][1].unit
        # 课时不少于30个: a bare classifier stands for the unit its parent names
        for key in (by_unit if unit in generic else (unit,) if unit in by_unit else ()):
            by_unit[key][1].append(item)
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
