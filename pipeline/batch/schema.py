"""The store's tables, its schema version, and opening it (one writer at a time).

Tables (one row per …); document tables are keyed by the document's ``path``:

    documents(path, sha256, format, title, doc_number, issuer, date, level, province, city,
              county, measure_count, analysed_at, title_key)                … analysed file
    clauses(path, id, kind, parent_id, title, text, obligation)              … clause
    units(path, clause_id, name, role, level, slot)                          … unit named in a clause
    deadlines(path, clause_id, text, date, recurrence)                       … deadline
    targets(path, clause_id, text, comparator, value, unit, subject)         … numeric target
    cites(path, title, doc_number, title_key)                                … document the notice cites
    failures(path, error_kind, message, at, traceback, stage)                … file that could not be analysed
    files(path, raw_path, file_sha256, size, status, analyser, seen_at)      … file seen by a batch
    parents(child_path, parent_path, rank, via)                              … cited notice above the child
    lineage(path, ancestor_path, depth)                                      … chain of nearest parents
    diffs(child_path, parent_path, child_sha, parent_sha, alignments, divergences,
          status, error_kind, message, traceback, diffed_at)                 … child diffed with its parent
    alignments(child_path, parent_path, child, parent, score, evidence)      … aligned clause pair
    divergences(child_path, parent_path, type, child, parent, child_value, parent_value, explanation)
    patterns(child_path, parent_path, position, kind, value)                 … pattern of a diff (JSON)
    notice_cache(path, file_sha256, analyser, notice)                        … the analysed Notice, pickled
    meta(key, value)                                                         … schema_version

``notice_cache`` lets a diff reuse a child's or parent's analysis instead of reading the file
again; like any pickle it is for stores one trusts (one's own), and is ignored once the
analyser changes.

``path`` is the file's path as found; a name that is not valid UTF-8 is stored
with its undecodable bytes written ``\\xNN`` (``files.raw_path`` keeps the bytes).

>>> db = connect(":memory:")
>>> db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
True
"""
from __future__ import annotations

from os import PathLike
from pathlib import Path

import duckdb

from pipeline.errors import PolicyalignError

__all__ = ["SCHEMA_VERSION", "TABLES", "DOCUMENT_TABLES", "DIFF_TABLES", "connect", "StoreLocked", "StoreVersion"]

SCHEMA_VERSION = 2

V = "VARCHAR"
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("path", V), ("sha256", V), ("format", V), ("title", V), ("doc_number", V), ("issuer", V),
                  ("date", "DATE"), ("level", V), ("province", V), ("city", V), ("county", V),
                  ("measure_count", "INTEGER"), ("analysed_at", "TIMESTAMP"), ("title_key", V)),
    "clauses": (("path", V), ("id", V), ("kind", V), ("parent_id", V), ("title", V), ("text", V), ("obligation", V)),
    "units": (("path", V), ("clause_id", V), ("name", V), ("role", V), ("level", V), ("slot", V)),
    "deadlines": (("path", V), ("clause_id", V), ("text", V), ("date", "DATE"), ("recurrence", V)),
    "targets": (("path", V), ("clause_id", V), ("text", V), ("comparator", V), ("value", "DOUBLE"), ("unit", V),
                ("subject", V)),
    "cites": (("path", V), ("title", V), ("doc_number", V), ("title_key", V)),
    "failures": (("path", V), ("error_kind", V), ("message", V), ("at", "TIMESTAMP"), ("traceback", V), ("stage", V)),
    "files": (("path", V), ("raw_path", "BLOB"), ("file_sha256", V), ("size", "BIGINT"), ("status", V),
              ("analyser", V), ("seen_at", "TIMESTAMP")),
    "parents": (("child_path", V), ("parent_path", V), ("rank", "INTEGER"), ("via", V)),
    "lineage": (("path", V), ("ancestor_path", V), ("depth", "INTEGER")),
    "diffs": (("child_path", V), ("parent_path", V), ("child_sha", V), ("parent_sha", V), ("alignments", "INTEGER"),
              ("divergences", "INTEGER"), ("status", V), ("error_kind", V), ("message", V), ("traceback", V),
              ("diffed_at", "TIMESTAMP")),
    "alignments": (("child_path", V), ("parent_path", V), ("child", V), ("parent", V), ("score", "DOUBLE"),
                   ("evidence", "VARCHAR[]")),
    "divergences": (("child_path", V), ("parent_path", V), ("type", V), ("child", V), ("parent", V),
                    ("child_value", "JSON"), ("parent_value", "JSON"), ("explanation", V)),
    "patterns": (("child_path", V), ("parent_path", V), ("position", "INTEGER"), ("kind", V), ("value", "JSON")),
    "notice_cache": (("path", V), ("file_sha256", V), ("analyser", V), ("notice", "BLOB")),
    "meta": (("key", V), ("value", V)),
}
_KEYS = {"documents": "path", "clauses": "path, id", "failures": "path", "files": "path", "diffs": "child_path",
         "notice_cache": "path", "meta": "key"}
#: rows replaced whole when a file is analysed again (keyed by ``path``)
DOCUMENT_TABLES = ("documents", "clauses", "units", "deadlines", "targets", "cites", "failures", "notice_cache")
#: rows replaced whole when a child is diffed again (keyed by ``child_path``)
DIFF_TABLES = ("diffs", "alignments", "divergences", "patterns")


class StoreLocked(PolicyalignError):
    def __init__(self, path: str):
        super().__init__(f"another batch is writing {path} — wait for it to finish, or pass another --db")


class StoreVersion(PolicyalignError):
    def __init__(self, path: str, found: int):
        super().__init__(f"{path} is a store of schema version {found}, newer than this policyalign "
                         f"({SCHEMA_VERSION}) — upgrade policyalign, or pass another --db")


def connect(db_path: str | PathLike, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) the store at ``db_path``, migrated to ``SCHEMA_VERSION``; ``":memory:"`` works too.

    Raises ``StoreLocked`` when another process holds the file, ``StoreVersion`` for a newer store."""
    if str(db_path) != ":memory:" and not read_only:
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    try:
        db = duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as e:
        if "lock" in str(e).lower():
            raise StoreLocked(str(db_path)) from None
        raise
    if not read_only:
        _migrate(db, str(db_path))
    return db


def _migrate(db: duckdb.DuckDBPyConnection, path: str) -> None:
    """Create what is missing; a version-1 store (no ``meta``) gains the new columns and tables."""
    existing = {r[0] for r in db.execute("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_schema = 'main'").fetchall()}
    if "meta" in existing:
        found = int(db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise StoreVersion(path, found)
        if found == SCHEMA_VERSION:
            return
    db.begin()
    for table, columns in TABLES.items():
        if table not in existing:
            key = f", PRIMARY KEY({_KEYS[table]})" if table in _KEYS else ""
            cols = ", ".join(f'"{c}" {t}' for c, t in columns)
            db.execute(f"CREATE TABLE {table}({cols}{key})")
            continue
        have = {r[0] for r in db.execute("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = ?", [table]).fetchall()}
        for c, t in columns:
            if c not in have:   # version 1 → 2: columns added at the end, old rows get NULL
                db.execute(f'ALTER TABLE {table} ADD COLUMN "{c}" {t}')
    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    db.commit()
