"""Everything an analyst or a program reads: the JSON contract (``contract``), the terminal
views (``text``), the side-by-side HTML report (``html``) and the Excel workbook (``excel``).

>>> from pipeline import analyze
>>> document_json(analyze("corpora/notices/003_b9bae5fd1a95c124.txt"))["measure_count"]
18
"""
from pipeline.output.contract import DIFF_SCHEMA, DOCUMENT_SCHEMA, diff_json, docref, document_json

__all__ = ["DOCUMENT_SCHEMA", "DIFF_SCHEMA", "document_json", "diff_json", "docref"]
