"""policyalign: hold Chinese government notices against each other.

    ingest(path) -> RawDoc -> normalize -> Text -> parse -> Notice -> extract -> Notice
    diff_notices(child, parent) -> Diff

>>> from pipeline import analyze
>>> notice = analyze("corpora/notices/003_b9bae5fd1a95c124.txt")
>>> notice.metadata.doc_number, len(notice.measures)
('鲁政办字〔2024〕9号', 18)
"""
from __future__ import annotations

__all__ = ["analyze", "nlp"]


def analyze(path, *, max_bytes: int = 50 * 2**20, password: str | None = None):
    """All four stages on one file: the extracted ``Notice``.

    Each stage is also importable on its own: ``pipeline.ingest.ingest``,
    ``pipeline.normalize.normalize``, ``pipeline.structure.parse``,
    ``pipeline.extract.extract``."""
    from pipeline.extract import extract
    from pipeline.ingest import ingest
    from pipeline.normalize import normalize
    from pipeline.structure import parse
    return extract(parse(normalize(ingest(path, max_bytes=max_bytes, password=password))))


def nlp():
    """The spaCy pipeline (blank zh + jieba + policyalign components); imported lazily, spaCy is slow to load."""
    from pipeline.nlp import build
    return build()
