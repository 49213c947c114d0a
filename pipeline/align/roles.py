"""Who a measure names in its (牵头单位/责任单位) labels, compared the way an analyst reads them.

Two notice-level habits are not a changed role and are reported once, as ``Pattern``s:

* ``cascade`` — a unit below the notice's own level (a county's 各镇（街道）, a city's
  各县（市、区）人民政府) added to the units of its measures: the duty handed one level down;
* ``internal_units`` — a department's plan naming its own 科室/所队 (``internal_unit_pattern``):
  the parent's units keep their role outside the child, so labels are not compared at all.

``unit_changed`` is reported only where a parent role is dropped or replaced for the same duty:
a role the child adds is no departure. A merged child is compared with the union of its
parents' roles; two roles with the same stem (大数据部门, 大数据中心) are one role.

>>> from pipeline.model import Level
>>> below(Level.TOWNSHIP, Level.COUNTY), below(Level.COUNTY, Level.COUNTY), below(None, Level.COUNTY)
(True, False, False)
"""
from __future__ import annotations

import re

from pipeline.align.measures import Measure
from pipeline.model import Alignment, Divergence, DivergenceType, Level, Pattern, Slot, Unit

__all__ = ["below", "unit_changes", "patterns"]

_LEVELS = list(Level)
_SLOTS = ((Slot.LEAD, "lead_units", "牵头"), (Slot.RESPONSIBLE, "responsible_units", "责任"))


def below(level: Level | None, own: Level | None) -> bool:
    """True when ``level`` lies under ``own`` (a township unit in a county's notice)."""
    return level is not None and own is not None and _LEVELS.index(level) > _LEVELS.index(own)


def _internal(u: Unit, model: dict) -> bool:
    return bool(re.search(model["internal_unit_pattern"], u.name)) and (u.level is None or not u.known)


def _units(m: Measure, attr: str) -> list[Unit]:
    return [u for p in m.parts for u in getattr(p, attr)]


def _kind(u: Unit, own: Level | None, model: dict) -> str | None:
    if _internal(u, model):
        return "internal_units"
    if below(u.level, own) or u.role in model["cascade_roles"]:
        return "cascade"
    return None


def _stem(role: str, model: dict) -> str:
    return re.sub(model["role_suffix_pattern"], "", role) or role


def _compared(m: Measure, attr: str, own: Level | None, model: dict) -> dict[str, list[str]]:
    """Role -> the names the measure writes it with, cascade and internal units left out."""
    out: dict[str, list[str]] = {}
    for u in _units(m, attr):
        if _kind(u, own, model) is None:
            out.setdefault(u.role, []).append(u.name)
    return out


def _labelled(m: Measure) -> bool:
    return any(_units(m, attr) for _, attr, _ in _SLOTS)


def unit_changes(cm: dict[str, Measure], pm: dict[str, Measure], alignments: tuple[Alignment, ...],
                 levels: tuple[Level | None, Level | None], model: dict) -> list[Divergence]:
    """``unit_changed`` for each aligned child measure that drops or replaces a role its parent(s) label."""
    child_level, parent_level = levels
    if any(_internal(u, model) for m in cm.values() for _, attr, _ in _SLOTS for u in _units(m, attr)):
        return []
    parents: dict[str, list[str]] = {}
    for a in alignments:
        parents.setdefault(a.child, []).append(a.parent)
    out = []
    for cid, pids in parents.items():
        c, ps = cm[cid], [pm[p] for p in pids if _labelled(pm[p])]
        if not _labelled(c) or not ps:
            continue
        for p in ps:
            drops = {}
            for slot, attr, _ in _SLOTS:
                # a slot the child leaves empty is not stated (a task table without a 牵头 column), not dropped
                # every unit the child names keeps a role, whatever its level (县司法局 for 省司法厅)
                kept = {_stem(u.role, model) for u in _units(c, attr)}
                own = _compared(p, attr, parent_level, model) if _units(c, attr) else {}
                drops[slot] = sorted(r for r in own if _stem(r, model) not in kept)
            if any(drops.values()):
                out.append(_divergence(c, p, drops, levels, model))
    return out


def _divergence(c: Measure, p: Measure, drops: dict, levels, model: dict) -> Divergence:
    said = []
    for slot, attr, name in _SLOTS:
        if drops[slot]:
            cn = "、".join(n for ns in _compared(c, attr, levels[0], model).values() for n in ns) or "无"
            pn = "、".join(n for ns in _compared(p, attr, levels[1], model).values() for n in ns)
            said.append(f"{name}单位由「{pn}」改为「{cn}」，去掉{'、'.join(drops[slot])}")
    return Divergence(DivergenceType.UNIT_CHANGED, "；".join(said), child=c.id, parent=p.id,
                      child_value=_roles_value(c, levels[0], model), parent_value=_roles_value(p, levels[1], model))


def _roles_value(m: Measure, level: Level | None, model: dict) -> dict[str, list[str]]:
    """{"lead": [...], "responsible": [...]}: the compared roles (cascade and internal units left out)."""
    return {slot.value: sorted(_compared(m, attr, level, model)) for slot, attr, _ in _SLOTS}


def patterns(cm: dict[str, Measure], pm: dict[str, Measure], alignments: tuple[Alignment, ...],
             levels: tuple[Level | None, Level | None], model: dict) -> tuple[Pattern, ...]:
    """The child's cascade and internal-unit habits, each once per (role, slot), in measure order."""
    child_level, parent_level = levels
    parents: dict[str, list[Measure]] = {}
    for a in alignments:
        parents.setdefault(a.child, []).append(pm[a.parent])
    found: dict[tuple, dict] = {}
    for cid, c in cm.items():
        for slot, attr, _ in _SLOTS:
            held = {u.role for p in parents.get(cid, ()) for u in _units(p, attr)}
            for u in _units(c, attr):
                kind = _kind(u, child_level, model)
                if kind is None or u.role in held:      # the parent names it too: nothing new
                    continue
                role = model["internal_unit_role"] if kind == "internal_units" else u.role
                entry = found.setdefault((kind, role, slot), {"measures": [], "unit": u.name})
                if cid not in entry["measures"]:
                    entry["measures"].append(cid)
    replaced = {(slot, u.role) for p in pm.values() for slot, attr, _ in _SLOTS for u in _units(p, attr)
                if _kind(u, parent_level, model) == "cascade"}
    out = []
    for (kind, role, slot), e in found.items():
        if len(e["measures"]) < model["pattern_min_measures"]:
            continue
        repl = next((r for s, r in sorted(replaced) if s == slot and r != role), None)
        name = dict((s, n) for s, _, n in _SLOTS)[slot]
        what = (f"{role}（{e['unit']}）列入{len(e['measures'])}项措施的{name}单位：任务向下一级分解，不是单位变更"
                if kind == "cascade" else
                f"{len(e['measures'])}项措施的{name}单位为本单位内设机构（如{e['unit']}），上级文件的单位不再列出")
        out.append(Pattern(kind, role, slot, tuple(e["measures"]), what,
                           unit=e["unit"] if kind == "cascade" else None,
                           replaces=repl if kind == "cascade" else None))
    return tuple(out)
