"""Batches of notices into one DuckDB store: documents, failures, parents resolved in the store,
every child diffed with its parent; keyed by content, resumable, run on a process pool or dask.

    schema   tables, schema version, ``connect`` (one writer; migration)
    rows     a notice / failure / diff as rows         tasks    per-file work (picklable)
    writer   the one writer, bulk Arrow inserts        engines  in-process, process pool, dask
    parents  parents and due diffs, in the store       runner   ``run_batch``
    frames   ``load`` (tables as DataFrames), ``diff`` (a Diff as frame/HTML/JSON), ``export_parquet``

>>> import tempfile, os
>>> with tempfile.TemporaryDirectory() as d:
...     report = run_batch(["corpora/notices"], os.path.join(d, "n.duckdb"), progress=False)
...     tables = load(os.path.join(d, "n.duckdb"))
>>> report.ok, report.failures, len(tables["documents"])
(5, [], 5)
"""
from pipeline.batch.frames import DiffView, diff, export_parquet, load
from pipeline.batch.runner import DEFAULT_DB, BatchReport, MissingPath, run_batch
from pipeline.batch.schema import SCHEMA_VERSION, StoreLocked, StoreVersion, connect
from pipeline.batch.store import store_diff, store_notice

__all__ = ["BatchReport", "DEFAULT_DB", "DiffView", "MissingPath", "SCHEMA_VERSION", "StoreLocked", "StoreVersion",
           "connect", "diff", "export_parquet", "load", "run_batch", "store_diff", "store_notice"]
