"""The one writer: rows from any number of workers into DuckDB, in bulk, one transaction a flush.

A flush replaces every table's rows of the files (or children) it holds: delete by key, then
one Arrow table per store table inserted with ``INSERT … SELECT``. A flush that fails (a row
the schema refuses) is written again file by file, and the file that still fails is stored as
a ``StoreError`` failure: the batch goes on. Killed mid-flush, the store keeps the last commit.

>>> from pipeline.batch.schema import connect
>>> db = connect(":memory:")
>>> write(db, "meta", [("owner", "docs")])
>>> db.execute("SELECT value FROM meta WHERE key = 'owner'").fetchone()
('docs',)
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager, suppress

import duckdb
import pyarrow as pa

from pipeline.batch.rows import Rows, failure_rows, now
from pipeline.batch.schema import DIFF_TABLES, DOCUMENT_TABLES, TABLES
from pipeline.batch.tasks import ANALYSER, DiffResult, FileResult

__all__ = ["Writer", "write", "transaction", "delete_keys", "unregister"]

_ARROW = {"VARCHAR": pa.string(), "DATE": pa.string(), "JSON": pa.string(), "TIMESTAMP": pa.timestamp("us"),
          "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(), "BLOB": pa.binary(),
          "VARCHAR[]": pa.list_(pa.string())}


class Writer:
    """Collects worker results and writes them ``batch_size`` files (or diffs) at a time."""

    def __init__(self, db: duckdb.DuckDBPyConnection, batch_size: int = 256):
        self.db, self.batch_size = db, batch_size
        self.seconds = 0.0      # spent writing, for the benchmark's "into DuckDB" figure
        # a checkpoint at every few commits would rewrite the file while the batch runs; closing does it once
        db.execute("SET checkpoint_threshold = '1GB'")
        self._files: list[FileResult] = []
        self._diffs: list[DiffResult] = []

    def add_file(self, result: FileResult) -> None:
        self._files.append(result)
        if len(self._files) >= self.batch_size:
            self.flush()

    def add_diff(self, result: DiffResult) -> None:
        self._diffs.append(result)
        if len(self._diffs) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        start = time.perf_counter()
        files, self._files = self._files, []
        diffs, self._diffs = self._diffs, []
        if files:
            _robust(self.db, files, _write_files)
        if diffs:
            _robust(self.db, diffs, _write_diffs)
        self.seconds += time.perf_counter() - start


def _robust(db, results: list, write_all) -> None:
    try:
        with transaction(db):
            write_all(db, results)
    except (duckdb.Error, pa.ArrowException, UnicodeError):
        for r in results:   # find the one the store refuses; the others are written as usual
            try:
                with transaction(db):
                    write_all(db, [r])
            except (duckdb.Error, pa.ArrowException, UnicodeError) as e:
                with transaction(db):
                    write_all(db, [_refused(r, e)])


def _refused(result, error: Exception):
    message = f"the store refused its rows: {type(error).__name__}: {error}"
    if isinstance(result, FileResult):
        return FileResult(result.task, "failed", failure_rows(result.task.key, "StoreError", message, None, "store"))
    return DiffResult(result.task, "failed", {}, ("StoreError", message, None))


def _write_files(db, results: list[FileResult]) -> None:
    keys = [r.task.key for r in results]
    delete_keys(db, (*DOCUMENT_TABLES, "files"), "path", keys)
    for table in DOCUMENT_TABLES:
        write(db, table, [row for r in results for row in r.rows.get(table, ())])
    write(db, "files", [(r.task.key, os.fsencode(r.task.path), r.task.sha, r.task.size, r.status, ANALYSER, now())
                        for r in results])


def _write_diffs(db, results: list[DiffResult]) -> None:
    delete_keys(db, DIFF_TABLES, "child_path", [r.task.child.key for r in results])
    for table in DIFF_TABLES[1:]:
        write(db, table, [row for r in results for row in r.rows.get(table, ())])
    rows = []
    for r in results:
        kind, message, tb = r.error or (None, None, None)
        rows.append((r.task.child.key, r.task.parent.key, r.task.child.sha, r.task.parent.sha,
                     len(r.rows.get("alignments", ())), len(r.rows.get("divergences", ())),
                     r.status, kind, message, tb, now()))
    write(db, "diffs", rows)


def write(db: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in ``TABLES[table]`` column order) as one Arrow table."""
    if not rows:
        return
    columns = TABLES[table]
    arrow = pa.table({name: pa.array([r[i] for r in rows], type=_ARROW[kind])
                      for i, (name, kind) in enumerate(columns)})
    exprs = ", ".join(f'TRY_CAST("{n}" AS DATE)' if k == "DATE" else f'CAST("{n}" AS JSON)' if k == "JSON"
                      else f'"{n}"' for n, k in columns)
    names = ", ".join(f'"{n}"' for n, _ in columns)
    db.register("_batch_rows", arrow)
    try:
        db.execute(f"INSERT OR REPLACE INTO {table} ({names}) SELECT {exprs} FROM _batch_rows"
                   if table == "meta" else f"INSERT INTO {table} ({names}) SELECT {exprs} FROM _batch_rows")
    finally:
        unregister(db, "_batch_rows")


def delete_keys(db: duckdb.DuckDBPyConnection, tables, column: str, keys: list[str]) -> None:
    """Delete every row of ``tables`` whose ``column`` is one of ``keys``."""
    if not keys:
        return
    db.register("_batch_keys", pa.table({"k": pa.array(keys, type=pa.string())}))
    try:
        for table in tables:
            db.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT k FROM _batch_keys)")
    finally:
        unregister(db, "_batch_keys")


def unregister(db: duckdb.DuckDBPyConnection, name: str) -> None:
    # inside an aborted transaction DuckDB refuses even this; the rollback that follows drops the view
    with suppress(duckdb.Error):
        db.unregister(name)


@contextmanager
def transaction(db: duckdb.DuckDBPyConnection):
    """Commit what the block wrote, or roll all of it back if the block raises."""
    db.begin()
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    db.commit()
