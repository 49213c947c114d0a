"""extract(Notice) -> Notice: every clause with its units, deadlines, targets and duty strength.

The extractors are pure functions over a clause's text (``extractors/``);
this stage only decides what text each one reads and where the spans go.
Span offsets are relative to ``Clause.start`` (for prose spans they index
``Clause.text``); a table row's units come from its 责任分工 cell
(``Clause.unit_cell``, possibly carried down from a row above), so they may
lie outside the clause's own text but still index ``Text.text`` from
``Clause.start``.

>>> from pipeline.ingest import ingest
>>> from pipeline.normalize import normalize
>>> from pipeline.parse import parse
>>> notice = extract(parse(normalize(ingest("corpora/notices/000_bf6de6025eb46aa4.txt"))))
>>> notice.clause("二/（二）").responsible_units[0].role
'行政执法机关'
"""
from __future__ import annotations

from dataclasses import replace

from extractors import (get_actors, get_citations, get_deadlines, get_modal_cues, get_targets,
                        get_units, obligation_of, units_in_list)
from extractors.lexicon import Lexicon
from pipeline.model import Clause, ClauseKind, Notice, Slot

__all__ = ["extract"]

_DUTY_KINDS = (ClauseKind.MEASURE, ClauseKind.ITEM, ClauseKind.TABLE_ROW)


def extract(notice: Notice, lexicon: Lexicon | None = None) -> Notice:
    """The same notice with every clause's spans filled in."""
    year = int(notice.metadata.date[:4]) if notice.metadata.date else None
    text = notice.text.text
    return replace(notice, clauses=tuple(_clause(c, text, year, lexicon) for c in notice.clauses))


def _clause(c: Clause, text: str, base_year: int | None, lex: Lexicon | None) -> Clause:
    if c.kind == ClauseKind.CLOSING:
        return c
    units = list(get_units(c.text, lexicon=lex))
    if c.unit_cell:
        s, e = c.unit_cell
        units += [replace(u, start=u.start - c.start, end=u.end - c.start)
                  for u in units_in_list(text, offset=s, end=e, slot="responsible", lexicon=lex)]
    cues = tuple(get_modal_cues(c.text, lexicon=lex))
    return replace(
        c,
        lead_units=_dedupe(u for u in units if u.slot == Slot.LEAD),
        responsible_units=_dedupe(u for u in units if u.slot in (Slot.RESPONSIBLE, Slot.SUPERVISING)),
        actors=_dedupe(get_actors(c.text, lexicon=lex)),
        deadlines=tuple(get_deadlines(c.text, base_year=base_year, lexicon=lex)),
        targets=tuple(get_targets(c.text, lexicon=lex)),
        modal_cues=cues,
        obligation=obligation_of(cues, lexicon=lex) if c.kind in _DUTY_KINDS else None,
        cites=tuple(get_citations(c.text, lexicon=lex)),
    )


def _dedupe(units):
    seen, out = set(), []
    for u in units:
        if u.name not in seen:
            seen.add(u.name)
            out.append(u)
    return tuple(out)
