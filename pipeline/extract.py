"""extract(Notice) -> Notice: every clause with its units, deadlines, targets and duty strength.

The extractors are pure functions over a clause's text (``extractors/``);
this stage only decides what text each one reads and where the spans go.
Span offsets index ``Clause.text``; a table row's units come from its
责任分工 cell (``Clause.unit_cell``, possibly carried down from a row above),
so their offsets are relative to ``Clause.start`` and may fall outside the
clause's own text.

>>> notice = extract(parse(normalize(ingest("corpora/notices/000_bf6de6025eb46aa4.txt"))))
>>> notice.clause("二/（二）").responsible_units[0].role
'行政执法机关'
"""
from __future__ import annotations

from dataclasses import replace

from extractors import (get_actors, get_citations, get_deadlines, get_modal_cues, get_targets,
                        get_units, obligation_of, units_in_list)
from pipeline.model import Clause, Notice


def extract(notice: Notice) -> Notice:
    """The same notice with every clause's spans filled in."""
    year = int(notice.metadata.date[:4]) if notice.metadata.date else None
    text = notice.text.text
    return replace(notice, clauses=tuple(_clause(c, text, year) for c in notice.clauses))


def _clause(c: Clause, text: str, base_year: int | None) -> Clause:
    if c.kind == "closing":
        return c
    units = list(get_units(c.text))
    if c.unit_cell:
        s, e = c.unit_cell
        units += [replace(u, start=u.start - c.start, end=u.end - c.start)
                  for u in units_in_list(text, offset=s, end=e, slot="responsible")]
    cues = tuple(get_modal_cues(c.text))
    return replace(
        c,
        lead_units=_dedupe(u for u in units if u.slot == "lead"),
        responsible_units=_dedupe(u for u in units if u.slot in ("responsible", "supervising")),
        actors=_dedupe(get_actors(c.text)),
        deadlines=tuple(get_deadlines(c.text, base_year=base_year)),
        targets=tuple(get_targets(c.text)),
        modal_cues=cues,
        obligation=obligation_of(cues) if c.kind in ("measure", "item", "table_row") else None,
        cites=tuple(get_citations(c.text)),
    )


def _dedupe(units):
    seen, out = set(), []
    for u in units:
        if u.name not in seen:
            seen.add(u.name)
            out.append(u)
    return tuple(out)
