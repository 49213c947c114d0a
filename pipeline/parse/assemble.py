"""From the read tree to ``Clause``s: each clause's kind, the preamble and the closing.

Kinds are decided by content, top down (the rule and its examples: ``pipeline.parse``):
a clause of the outermost rank is a ``section``; a clause with numbered children is a
``measure`` when its own text states a duty (``OpenClause.duty``) and a ``section``
(a heading) when it only names a topic; a clause inside a measure is an ``item`` (a
part of that measure, reachable by ``parent_id``); any other clause is a ``measure``.
A measure's text runs over its items. Table clauses keep the kind ``parse.tables`` gave.
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
    kids: dict[str | None, list[OpenClause]] = {}
    for o in nodes:
        kids.setdefault(o.parent_id, []).append(o)
    kinds = _kinds(kids)
    for o in nodes:
        kind = kinds[o.id]
        end = _subtree_end(o, kids) if kind == ClauseKind.MEASURE and o.kind is None else o.end
        out.append(Clause(id=o.id, kind=kind, number=o.number, title=o.title,
                          text=text[o.start:end], start=o.start, end=end, parent_id=o.parent_id,
                          unit_cell=o.unit_cell, restates=o.restates))
    if b.closing:
        s, e = b.closing[0][0], b.closing[-1][1]
        out.append(Clause(id="closing", kind=ClauseKind.CLOSING, number=None, title=None,
                          text=text[s:e], start=s, end=e))
    return tuple(out)


def _kinds(kids: dict[str | None, list[OpenClause]]) -> dict[str, ClauseKind]:
    kinds: dict[str, ClauseKind] = {}

    def visit(o: OpenClause, in_measure: bool) -> None:
        children = kids.get(o.id, [])
        if o.kind is not None:
            kind = o.kind
        elif in_measure:
            kind = ClauseKind.ITEM
        elif o.rank == 1:
            kind = ClauseKind.SECTION
        elif children and any(c.kind is None for c in children):
            kind = ClauseKind.MEASURE if o.duty else ClauseKind.SECTION
        else:
            kind = ClauseKind.MEASURE
        kinds[o.id] = kind
        for c in children:
            visit(c, in_measure or kind == ClauseKind.MEASURE)

    for root in kids.get(None, []):
        visit(root, False)
    orphans = [o for group in kids.values() for o in group if o.id not in kinds]
    for o in orphans:            # a parent id outside the tree (an attachment prefix): read as a root
        if o.id not in kinds:
            visit(o, False)
    return kinds


def _subtree_end(o: OpenClause, kids: dict[str | None, list[OpenClause]]) -> int:
    return max([o.end] + [_subtree_end(c, kids) for c in kids.get(o.id, [])])


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
