"""From the read tree to ``Clause``s: each clause's kind, the preamble and the closing.

A clause of rank 1 or with numbered children below the item rank is a ``section``;
a clause of item rank (（1）, ①) directly inside a measure is an ``item`` (a part of
that measure); every other numbered clause is a ``measure``.
"""
from __future__ import annotations

from pipeline.model import Clause, ClauseKind
from pipeline.parse.tree import OpenClause, TreeBuilder

__all__ = ["assemble"]


def assemble(b: TreeBuilder) -> tuple[Clause, ...]:
    text = b.text.text
    out: list[Clause] = []
    nodes = sorted(b.done.values(), key=lambda o: o.start)
    preamble = _preamble(b, nodes[0].start if nodes else len(text))
    if preamble:
        s, e = preamble
        out.append(Clause(id="preamble", kind=ClauseKind.PREAMBLE, number=None, title=None,
                          text=text[s:e], start=s, end=e))
    for o in nodes:
        out.append(Clause(id=o.id, kind=o.kind or _kind(b, o), number=o.number, title=o.title,
                          text=text[o.start:o.end], start=o.start, end=o.end, parent_id=o.parent_id,
                          unit_cell=o.unit_cell, restates=o.restates))
    if b.closing:
        s, e = b.closing[0][0], b.closing[-1][1]
        out.append(Clause(id="closing", kind=ClauseKind.CLOSING, number=None, title=None,
                          text=text[s:e], start=s, end=e))
    return tuple(out)


def _kind(b: TreeBuilder, o: OpenClause) -> ClauseKind:
    item_rank = b.r["item_rank"]
    if o.rank == 1 or o.has_measure_children:
        return ClauseKind.SECTION
    parent = b.done.get(o.parent_id) if o.parent_id else None
    if o.rank >= item_rank and parent is not None and parent.rank < item_rank \
            and not parent.has_measure_children and parent.rank > 1:
        return ClauseKind.ITEM
    return ClauseKind.MEASURE


def _preamble(b: TreeBuilder, body_start: int) -> tuple[int, int] | None:
    """The paragraphs right before the first clause, back to the first title-like or header line."""
    lines = [ln for ln in b.pre_lines if ln[1] <= body_start]
    picked = []
    for s, e, line in reversed(lines):
        if len(line) <= b.r["title_max"] or b.r["closing"].match(line) \
                or (line.endswith("：") and not line.endswith("如下：")):
            break
        picked.append((s, e))
    if not picked:
        return None
    return picked[-1][0], picked[0][1]
