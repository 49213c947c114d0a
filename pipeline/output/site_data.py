"""What the corpus overview shows, read from a batch store with plain SQL on its ``documents``,
``clauses``, ``failures``, ``alignments`` and ``divergences`` tables (``pipeline.batch.store``).

When the store holds no diffs, they are built for the overview from the stored paths: every file
is analysed again, paired with its parent (``pipeline.corpus.parents_of``) and diffed
(``pipeline.align.diff_notices``); the store itself is only read, never written.

>>> import os, tempfile
>>> from pipeline.batch import connect
>>> path = os.path.join(tempfile.mkdtemp(), "empty.duckdb")
>>> connect(path).close()
>>> view = read_store(path)
>>> view.documents, view.pairs, view.built
([], {}, True)
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from os import PathLike

import duckdb

from pipeline.model import Alignment, Diff, Divergence, Notice

__all__ = ["StoreView", "Document", "read_store", "diff_of"]


@dataclass(frozen=True)
class Document:
    """One row of ``documents``."""
    path: str
    title: str | None
    doc_number: str | None
    issuer: str | None
    date: str | None
    level: str | None
    province: str | None
    city: str | None
    county: str | None
    measure_count: int


@dataclass
class StoreView:
    """Documents (store order), failures, parent measure ids per path, and per (child, parent) pair
    its alignments and divergences; ``built`` tells whether the diffs came from the store or were
    computed for the overview (then ``diffs`` holds them, keyed like ``pairs``)."""
    documents: list[Document]
    failures: list[tuple[str, str, str]]
    measures: dict[str, list[str]]
    pairs: dict[tuple[str, str], tuple[list[Alignment], list[Divergence]]]
    built: bool = False
    diffs: dict[tuple[str, str], Diff] = field(default_factory=dict)

    def parents(self) -> dict[str, str]:
        """child path → the parent it is diffed against (the first stored, nearest-level one)."""
        out: dict[str, str] = {}
        for child, parent in self.pairs:
            out.setdefault(child, parent)
        return out

    def chain(self, path: str) -> list[str]:
        """``path`` and its parents upwards, as far as the store's pairs go."""
        up, out = self.parents(), [path]
        while out[-1] in up and up[out[-1]] not in out:
            out.append(up[out[-1]])
        return out


def read_store(db_path: str | PathLike, loader: Callable[[str], Notice] | None = None) -> StoreView:
    """Read the overview's data from ``db_path``; without stored diffs build them with ``loader``
    (default ``pipeline.analyze``)."""
    db = duckdb.connect(str(db_path), read_only=True)
    try:
        tables = {r[0] for r in db.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        docs = [Document(*r[:6], *r[6:9], int(r[9] or 0)) for r in db.execute(
            "SELECT path, title, doc_number, issuer, CAST(date AS VARCHAR), level, province, city, county, "
            "measure_count FROM documents ORDER BY province NULLS LAST, city NULLS LAST, county NULLS LAST, path"
        ).fetchall()]
        failures = (db.execute("SELECT path, error_kind, message FROM failures ORDER BY path").fetchall()
                    if "failures" in tables else [])
        measures: dict[str, list[str]] = {}
        for path, cid in db.execute("SELECT path, id FROM clauses WHERE kind IN ('measure', 'table_row') "
                                    "ORDER BY path, rowid").fetchall():
            measures.setdefault(path, []).append(cid)
        pairs = _stored_pairs(db) if {"alignments", "divergences"} <= tables else {}
    finally:
        db.close()
    view = StoreView(docs, [tuple(f) for f in failures], measures, pairs)
    if not pairs:
        _build_diffs(view, loader)
    return view


def _stored_pairs(db) -> dict:
    pairs: dict[tuple[str, str], tuple[list, list]] = {}
    for cp, pp, c, p, score, evidence in db.execute(
            "SELECT child_path, parent_path, child, parent, score, evidence FROM alignments ORDER BY rowid").fetchall():
        pairs.setdefault((cp, pp), ([], []))[0].append(Alignment(c, p, float(score), tuple(evidence or ())))
    for cp, pp, kind, c, p, cv, pv, why in db.execute(
            "SELECT child_path, parent_path, type, child, parent, child_value, parent_value, explanation "
            "FROM divergences ORDER BY rowid").fetchall():
        pairs.setdefault((cp, pp), ([], []))[1].append(
            Divergence(kind, why or "", c, p, _loads(cv), _loads(pv)))
    return pairs


def _loads(value):
    return None if value is None else json.loads(value)


def _build_diffs(view: StoreView, loader) -> None:
    from pipeline.align import diff_notices
    from pipeline.corpus import parents_of
    from pipeline.errors import InputError
    load = loader or _analyze
    notices = []
    for d in view.documents:
        try:
            notices.append(load(d.path))
        except (InputError, OSError):
            continue      # a file moved or gone since the batch: listed, not diffed
    for n in notices:
        found = parents_of(n, notices)
        if found:
            diff = diff_notices(n, found[0])
            key = (str(n.path), str(found[0].path))
            view.pairs[key] = (list(diff.alignments), list(diff.divergences))
            view.diffs[key] = diff
    view.built = True


def diff_of(view: StoreView, pair: tuple[str, str], loader: Callable[[str], Notice] | None = None) -> Diff | None:
    """The Diff of a stored pair, its notices analysed again from their paths; None if a file is gone."""
    if pair in view.diffs:
        return view.diffs[pair]
    from pipeline.errors import InputError
    load = loader or _analyze
    try:
        child, parent = load(pair[0]), load(pair[1])
    except (InputError, OSError):
        return None
    alignments, divergences = view.pairs[pair]
    return Diff(child, parent, tuple(alignments), tuple(divergences))


def _analyze(path: str) -> Notice:
    from pipeline import analyze
    return analyze(path)
