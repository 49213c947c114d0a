"""Single notices and diffs into the store by hand (a batch does the same in bulk, ``runner``).

``store_notice`` replaces every document-table row of one notice, ``store_diff`` the
alignments, divergences and patterns of one (child, parent) pair, each in one transaction.
A diff stored by hand is not a batch's: the next batch replaces it with the child's
resolved parent's diff.

>>> from pipeline import analyze
>>> db = connect(":memory:")
>>> store_notice(db, analyze("corpora/notices/003_b9bae5fd1a95c124.txt"))
>>> db.execute("SELECT doc_number, measure_count FROM documents").fetchone()
('鲁政办字〔2024〕9号', 18)
"""
from __future__ import annotations

import duckdb

from pipeline.batch.rows import diff_rows, notice_rows, path_key
from pipeline.batch.schema import DOCUMENT_TABLES, connect
from pipeline.batch.writer import delete_keys, transaction, write
from pipeline.model import Diff, Notice

__all__ = ["connect", "store_notice", "store_diff"]


def store_notice(db: duckdb.DuckDBPyConnection, notice: Notice, *, path: str | None = None) -> None:
    """Replace every row of ``notice`` (keyed by ``path``, default ``notice.path``) in one transaction."""
    key = path_key(path or notice.path)
    rows = notice_rows(notice, key)
    with transaction(db):
        delete_keys(db, DOCUMENT_TABLES, "path", [key])
        for table, table_rows in rows.items():
            write(db, table, table_rows)


def store_diff(db: duckdb.DuckDBPyConnection, diff: Diff) -> None:
    """Replace the alignments, divergences and patterns stored for this (child, parent) pair."""
    child, parent = path_key(diff.child.path), path_key(diff.parent.path)
    with transaction(db):
        for table in ("alignments", "divergences", "patterns"):
            db.execute(f"DELETE FROM {table} WHERE child_path = ? AND parent_path = ?", [child, parent])
        for table, rows in diff_rows(diff, child, parent).items():
            write(db, table, rows)
