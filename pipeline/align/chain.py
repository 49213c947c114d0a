"""A notice held against its nearest parent in a corpus, each of its measures traced up the chain.

    diff_chain(child, notices) -> Diff   divergences against the nearest parent, plus ``ancestry``

The nearest parent is the nearest-level notice the child cites (``pipeline.corpus.parents_of``);
then that parent's own nearest parent, and so on while the corpus has one. ``Diff.ancestry``
maps each aligned child measure to one tuple of ids per level up: the parent measures it
implements, then the grandparent measures those implement …  A measure whose parent is the
parent's own addition has an empty tuple from there on.
"""
from __future__ import annotations

from typing import Iterable

from extractors.lexicon import Lexicon
from pipeline.model import Diff, FrozenMap, Notice

__all__ = ["chain_of", "diff_chain"]


def chain_of(child: Notice, notices: Iterable[Notice]) -> list[Notice]:
    """``child``'s ancestors in ``notices``, nearest first (each the nearest parent of the one before)."""
    from pipeline.corpus.parents import parents_of
    pool = list(notices)
    out, here = [], child
    while True:
        found = [n for n in parents_of(here, pool) if n is not child and n not in out]
        if not found:
            return out
        here = found[0]
        out.append(here)


def diff_chain(child: Notice, notices: Iterable[Notice], *, lexicon: Lexicon | None = None) -> Diff:
    """The diff of ``child`` against its nearest parent in ``notices``, with each measure's ancestry."""
    from pipeline.align import align, diff_notices
    from pipeline.errors import ParentNotFound
    ancestors = chain_of(child, notices)
    if not ancestors:
        cited = [c.doc_number or c.title for c in child.metadata.cites if c.doc_number or c.title]
        raise ParentNotFound(child.path, cited, "the corpus")
    diff = diff_notices(child, ancestors[0], lexicon=lexicon)
    steps = [_links(diff.alignments)]
    for lower, upper in zip(ancestors, ancestors[1:]):
        steps.append(_links(align(lower, upper, lexicon=lexicon)))
    ancestry = {}
    for cid in dict.fromkeys(a.child for a in diff.alignments):
        levels, ids = [], (cid,)
        for links in steps:
            ids = tuple(dict.fromkeys(p for i in ids for p in links.get(i, ())))
            levels.append(ids)
        ancestry[cid] = tuple(levels)
    return Diff(diff.child, diff.parent, diff.alignments, diff.divergences, diff.patterns, FrozenMap(ancestry))


def _links(alignments) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in alignments:
        out.setdefault(a.child, []).append(a.parent)
    return out
