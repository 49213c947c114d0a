"""A DuckDB store for batches of notices and their diffs.

Tables (one row per …), every one keyed by the document's ``path``:

    documents(path, sha256, format, title, doc_number, issuer, date, level,
              province, city, county, measure_count, analysed_at)      … analysed file
    clauses(path, id, kind, parent_id, title, text, obligation)          … clause
    units(path, clause_id, name, role, level, slot)                      … unit named in a clause
    deadlines(path, clause_id, text, date, recurrence)                   … deadline
    targets(path, clause_id, text, comparator, value, unit, subject)     … numeric target
    cites(path, title, doc_number)                                       … document the notice cites
    failures(path, error_kind, message, at)                              … file that could not be read
    alignments(child_path, parent_path, child, parent, score, evidence)  … aligned clause pair
    divergences(child_path, parent_path, type, child, parent,
                child_value, parent_value, explanation)                  … divergence (values as JSON)

A document's rows are replaced whole, in one transaction: a re-run gives the
same rows, and an interrupted write leaves the previous ones. A file that is
bad input (``InputError``) is recorded in ``failures`` and the batch goes on;
any other exception is a defect and stops the batch.

>>> report = run_batch(["corpora/notices"], "notices.duckdb", analyze)
>>> report.ok, report.failures
(5, [])
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from os import PathLike
from pathlib import Path
from typing import Callable, Iterable

import duckdb

from pipeline.corpus.files import notice_files
from pipeline.errors import InputError
from pipeline.model import Diff, Notice, thaw

__all__ = ["BatchReport", "connect", "notice_files", "run_batch", "store_diff", "store_notice"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents(path VARCHAR PRIMARY KEY, sha256 VARCHAR, format VARCHAR, title VARCHAR,
    doc_number VARCHAR, issuer VARCHAR, date DATE, level VARCHAR, province VARCHAR, city VARCHAR, county VARCHAR,
    measure_count INTEGER, analysed_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS clauses(path VARCHAR, id VARCHAR, kind VARCHAR, parent_id VARCHAR, title VARCHAR,
    text VARCHAR, obligation VARCHAR, PRIMARY KEY(path, id));
CREATE TABLE IF NOT EXISTS units(path VARCHAR, clause_id VARCHAR, name VARCHAR, role VARCHAR, level VARCHAR,
    slot VARCHAR);
CREATE TABLE IF NOT EXISTS deadlines(path VARCHAR, clause_id VARCHAR, text VARCHAR, date DATE, recurrence VARCHAR);
CREATE TABLE IF NOT EXISTS targets(path VARCHAR, clause_id VARCHAR, text VARCHAR, comparator VARCHAR, value DOUBLE,
    unit VARCHAR, subject VARCHAR);
CREATE TABLE IF NOT EXISTS cites(path VARCHAR, title VARCHAR, doc_number VARCHAR);
CREATE TABLE IF NOT EXISTS failures(path VARCHAR PRIMARY KEY, error_kind VARCHAR, message VARCHAR,
    "at" TIMESTAMP);
CREATE TABLE IF NOT EXISTS alignments(child_path VARCHAR, parent_path VARCHAR, child VARCHAR, parent VARCHAR,
    score DOUBLE, evidence VARCHAR[]);
CREATE TABLE IF NOT EXISTS divergences(child_path VARCHAR, parent_path VARCHAR, type VARCHAR, child VARCHAR,
    parent VARCHAR, child_value JSON, parent_value JSON, explanation VARCHAR);
"""

_DOCUMENT_TABLES = ("documents", "clauses", "units", "deadlines", "targets", "cites", "failures")


@dataclass
class BatchReport:
    """What a batch did: how many notices were stored and which files failed, with their error."""
    ok: int = 0
    failures: list[tuple[str, InputError]] = field(default_factory=list)


def connect(db_path: str | PathLike) -> duckdb.DuckDBPyConnection:
    """Open (or create) the store at ``db_path`` with every table in place; ``":memory:"`` works too."""
    if str(db_path) != ":memory:":
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = duckdb.connect(str(db_path))
    db.execute(_SCHEMA)
    return db


def run_batch(dirs: Iterable[str | PathLike], db_path: str | PathLike,
              loader: Callable[[str], Notice]) -> BatchReport:
    """Analyse every notice under ``dirs`` with ``loader(path)`` and store it in ``db_path``.

    >>> run_batch(["corpora/notices", "incoming/"], "notices.duckdb", analyze).ok
    5
    """
    report = BatchReport()
    db = connect(db_path)
    try:
        for path in notice_files(dirs):
            key = str(path)
            try:
                notice = loader(key)
            except InputError as e:
                _store_failure(db, key, e)
                report.failures.append((key, e))
                continue
            store_notice(db, notice, path=key)
            report.ok += 1
    finally:
        db.close()
    return report


def store_notice(db: duckdb.DuckDBPyConnection, notice: Notice, *, path: str | None = None) -> None:
    """Replace every row of ``notice`` (keyed by ``path``, default ``notice.path``) in one transaction."""
    key = path or notice.path
    m, raw = notice.metadata, notice.text.raw
    with _transaction(db):
        _delete(db, key)
        db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [key, raw.sha256, raw.format, m.title, m.doc_number, m.issuer, m.date, m.level,
                    m.region.province, m.region.city, m.region.county, len(notice.measures), _now()])
        _insert(db, "clauses", [(key, c.id, c.kind, c.parent_id, c.title, c.text, c.obligation)
                                for c in notice.clauses])
        _insert(db, "units", [(key, c.id, u.name, u.role, u.level, u.slot) for c in notice.clauses
                              for u in (*c.lead_units, *c.responsible_units, *c.actors)])
        _insert(db, "deadlines", [(key, c.id, d.text, d.date, d.recurrence)
                                  for c in notice.clauses for d in c.deadlines])
        _insert(db, "targets", [(key, c.id, t.text, t.comparator, t.value, t.unit, t.subject)
                                for c in notice.clauses for t in c.targets])
        _insert(db, "cites", [(key, x.title, x.doc_number) for x in m.cites])


def store_diff(db: duckdb.DuckDBPyConnection, diff: Diff) -> None:
    """Replace the alignments and divergences stored for this (child, parent) pair, in one transaction."""
    pair = (diff.child.path, diff.parent.path)
    with _transaction(db):
        for table in ("alignments", "divergences"):
            db.execute(f"DELETE FROM {table} WHERE child_path = ? AND parent_path = ?", list(pair))
        _insert(db, "alignments", [(*pair, a.child, a.parent, a.score, list(a.evidence)) for a in diff.alignments])
        _insert(db, "divergences", [(*pair, d.type, d.child, d.parent, _json(d.child_value), _json(d.parent_value),
                                     d.explanation) for d in diff.divergences])


def _store_failure(db: duckdb.DuckDBPyConnection, path: str, error: InputError) -> None:
    # A file that now fails loses the rows of its last good analysis: the store shows the latest run.
    with _transaction(db):
        _delete(db, path)
        db.execute("INSERT INTO failures VALUES (?, ?, ?, ?)", [path, error.kind, str(error), _now()])


def _delete(db: duckdb.DuckDBPyConnection, path: str) -> None:
    for table in _DOCUMENT_TABLES:
        db.execute(f"DELETE FROM {table} WHERE path = ?", [path])


def _insert(db: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


@contextmanager
def _transaction(db: duckdb.DuckDBPyConnection):
    """Commit what the block wrote, or roll all of it back if the block raises."""
    db.begin()
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    db.commit()


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(thaw(value), ensure_ascii=False, default=str)


def _now() -> datetime:
    # Stored as a naive UTC TIMESTAMP: reading a TIMESTAMPTZ back into Python needs pytz.
    return datetime.now(timezone.utc).replace(tzinfo=None)
