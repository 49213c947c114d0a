"""A notice's parent: the corpus notice it cites (by 文号, else by title), nearest level above first.

>>> above("county")
('municipal', 'provincial', 'national')
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.corpus.files import load_corpus
from pipeline.errors import ParentNotFound
from pipeline.model import Citation, Notice

__all__ = ["parents_of", "resolve_parent", "matches", "above", "norm_title"]

_ABOVE = {"county": ("municipal", "provincial", "national"), "municipal": ("provincial", "national"),
          "provincial": ("national",), "national": ()}


def above(level: str | None) -> tuple[str, ...]:
    """Levels a notice's parent may have, nearest first; an unknown level may sit under any of them."""
    return _ABOVE.get(level or "", ("municipal", "provincial", "national"))


def norm_title(title: str | None) -> str:
    return "".join(ch for ch in (title or "") if ch not in "《》〈〉<>“”\"' ")


def matches(cite: Citation, notice: Notice) -> bool:
    """文号 first; a citation without one matches on its title."""
    m = notice.metadata
    if cite.doc_number:
        return cite.doc_number == m.doc_number
    t, own = norm_title(cite.title), norm_title(m.title)
    return bool(t and own and (t == own or own in t))


def parents_of(notice: Notice, notices: Iterable[Notice]) -> list[Notice]:
    """Corpus notices ``notice`` cites, nearest level above first (county → municipal → provincial → national)."""
    levels = above(notice.metadata.level)
    found = [n for n in notices if n is not notice and n.path != notice.path
             and any(matches(c, n) for c in notice.metadata.cites)]
    order = {lvl: i for i, lvl in enumerate(levels)}
    return sorted(found, key=lambda n: order.get(n.metadata.level, len(order)))


def resolve_parent(child: Notice, corpus_dir, loader: Callable[[Path], Notice]) -> Notice:
    """The parent a diff should use: the nearest-level corpus notice the child cites."""
    notices, _ = load_corpus(corpus_dir, loader)
    parents = parents_of(child, notices)
    if not parents:
        cited = [c.doc_number or c.title for c in child.metadata.cites if c.doc_number or c.title]
        raise ParentNotFound(child.path, cited, str(corpus_dir))
    return parents[0]
