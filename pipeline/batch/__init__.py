"""Batches of notices into one DuckDB store (``store``): every document's rows, failures recorded.

>>> import tempfile, os
>>> from pipeline import analyze
>>> with tempfile.TemporaryDirectory() as d:
...     report = run_batch(["corpora/notices"], os.path.join(d, "n.duckdb"), analyze)
>>> report.ok, report.failures
(5, [])
"""
from pipeline.batch.store import BatchReport, connect, run_batch, store_diff, store_notice

__all__ = ["BatchReport", "connect", "run_batch", "store_diff", "store_notice"]
