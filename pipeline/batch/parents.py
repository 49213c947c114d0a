"""Parents resolved inside the store, and the diffs that are due.

A child's parents are the stored notices it cites (by 文号, else by title), at a level
above its own, nearest level first (``pipeline.corpus.parents``); rank 0 is the one it is
diffed with. ``lineage`` follows rank-0 parents upwards. SQL narrows the candidates (equal
文号, or one title inside the other), then ``parents_of`` decides exactly as a single diff would.

>>> from pipeline.batch.schema import connect
>>> resolve(connect(":memory:"))
0
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace

import duckdb
import pyarrow as pa

from pipeline.batch.tasks import ANALYSER, DiffTask, FileTask
from pipeline.batch.schema import DIFF_TABLES
from pipeline.batch.writer import delete_keys, transaction, unregister, write
from pipeline.corpus.parents import above, matches, parents_of
from pipeline.model import Citation, Metadata

__all__ = ["resolve", "due_diffs", "drop_stale_diffs", "with_notices"]

_CANDIDATES = """
SELECT DISTINCT c.path, d.path FROM cites c JOIN documents d ON d.path <> c.path AND (
    (coalesce(c.doc_number, '') <> '' AND c.doc_number = d.doc_number)
    OR (coalesce(c.doc_number, '') = '' AND coalesce(d.title_key, '') <> ''
        AND coalesce(c.title_key, '') <> '' AND contains(c.title_key, d.title_key)))
"""


@dataclass(frozen=True)
class _Stub:
    """Just what ``parents_of`` reads of a Notice: its path and metadata."""
    path: str
    metadata: Metadata


def resolve(db: duckdb.DuckDBPyConnection) -> int:
    """Replace ``parents`` and ``lineage`` from the stored documents; how many children have a parent."""
    # every stored notice counts, a vanished one too (its analysis is cached) until it is pruned
    pairs = db.execute(_CANDIDATES).fetchall()
    docs = _stubs(db, {k for pair in pairs for k in pair})
    candidates: dict[str, list[_Stub]] = {}
    for child, parent in sorted(pairs):
        candidates.setdefault(child, []).append(docs[parent])
    rows, primary = [], {}
    for child in sorted(candidates):
        stub = docs[child]
        levels = above(stub.metadata.level)
        ranked = [p for p in parents_of(stub, candidates[child]) if p.metadata.level in levels]
        for rank, p in enumerate(ranked):
            via = "doc_number" if any(c.doc_number and matches(c, p) for c in stub.metadata.cites) else "title"
            rows.append((child, p.path, rank, via))
        if ranked:
            primary[child] = ranked[0].path
    with transaction(db):
        db.execute("DELETE FROM parents")
        db.execute("DELETE FROM lineage")
        write(db, "parents", rows)
        write(db, "lineage", _lineage(primary))
    return len(primary)


def _lineage(primary: dict[str, str]) -> list[tuple]:
    rows = []
    for doc in sorted(primary):
        chain = [doc]
        while chain[-1] in primary and primary[chain[-1]] not in chain:
            chain.append(primary[chain[-1]])
        rows += [(doc, ancestor, depth) for depth, ancestor in enumerate(chain[1:], 1)]
    return rows


def _stubs(db, keys: set[str]) -> dict[str, _Stub]:
    if not keys:
        return {}
    cites: dict[str, list[Citation]] = {}
    for path, title, number in db.execute("SELECT path, title, doc_number FROM cites ORDER BY ALL").fetchall():
        if path in keys:
            cites.setdefault(path, []).append(Citation(text=title or number or "", start=0, end=0, title=title,
                                                       doc_number=number))
    stubs = {}
    for path, title, number, level in db.execute("SELECT path, title, doc_number, level FROM documents").fetchall():
        if path in keys:
            stubs[path] = _Stub(path, Metadata(title=title, doc_number=number, level=level,
                                               cites=tuple(cites.get(path, ()))))
    return stubs


def due_diffs(db: duckdb.DuckDBPyConnection) -> list[DiffTask]:
    """Every child whose rank-0 parent pair has no diff of the current contents of both files, by parent."""
    rows = db.execute("""
        SELECT p.child_path, fc.raw_path, fc.file_sha256, fc.size, p.parent_path, fp.raw_path, fp.file_sha256, fp.size
        FROM parents p JOIN files fc ON fc.path = p.child_path JOIN files fp ON fp.path = p.parent_path
        WHERE p.rank = 0 AND NOT EXISTS (SELECT 1 FROM diffs d WHERE d.child_path = p.child_path
              AND d.parent_path = p.parent_path AND d.child_sha = fc.file_sha256 AND d.parent_sha = fp.file_sha256)
        ORDER BY p.parent_path, p.child_path""").fetchall()
    return [DiffTask(FileTask(os.fsdecode(bytes(cr)), ck, cs, cz), FileTask(os.fsdecode(bytes(pr)), pk, ps, pz))
            for ck, cr, cs, cz, pk, pr, ps, pz in rows]


def drop_stale_diffs(db: duckdb.DuckDBPyConnection) -> int:
    """Delete the diff rows of children whose rank-0 parent is no longer the one they were diffed with."""
    stale = [r[0] for r in db.execute("""
        SELECT DISTINCT d.child_path FROM diffs d WHERE NOT EXISTS (SELECT 1 FROM parents p
        WHERE p.rank = 0 AND p.child_path = d.child_path AND p.parent_path = d.parent_path)""").fetchall()]
    with transaction(db):
        delete_keys(db, DIFF_TABLES, "child_path", stale)
    return len(stale)


def with_notices(db: duckdb.DuckDBPyConnection, tasks: list[DiffTask]) -> list[DiffTask]:
    """``tasks`` with the cached analyses of both sides attached (where the cache holds the file's content)."""
    keys = sorted({k for t in tasks for k in (t.child.key, t.parent.key)})
    if not keys:
        return tasks
    db.register("_batch_want", pa.table({"k": pa.array(keys, type=pa.string())}))
    try:
        cached = {(k, sha): blob for k, sha, blob in db.execute(
            "SELECT path, file_sha256, notice FROM notice_cache WHERE analyser = ? "
            "AND path IN (SELECT k FROM _batch_want)", [ANALYSER]).fetchall()}
    finally:
        unregister(db, "_batch_want")
    return [replace(t, child_notice=cached.get((t.child.key, t.child.sha)),
                    parent_notice=cached.get((t.parent.key, t.parent.sha))) for t in tasks]
