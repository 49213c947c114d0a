"""policyalign: hold Chinese government notices against each other.

    ingest(path) -> RawDoc -> normalize -> Text -> parse -> Notice -> extract -> Notice
    align.diff_notices(child, parent) -> Diff

One package per stage (``ingest``, ``normalize``, ``parse``, ``extract``,
``align``), then ``corpus`` (graph, parents), ``batch`` (the DuckDB store) and
``output`` (contract JSON, text, HTML, Excel). ``model`` is the document model
every stage passes on, ``lexicon`` the rule tables, ``errors`` every error a
user can cause.

>>> from pipeline import analyze
>>> notice = analyze("corpora/notices/003_b9bae5fd1a95c124.txt")
>>> notice.metadata.doc_number, len(notice.measures)
('鲁政办字〔2024〕9号', 18)
"""
from __future__ import annotations

__all__ = ["analyze", "diff", "load", "nlp"]


def analyze(path, *, lexicon=None, **ingest_options):
    """All four stages on one file: the extracted ``Notice``.

    ``ingest_options`` go to ``pipeline.ingest.ingest`` (``max_bytes``, ``password`` …);
    ``lexicon`` (a ``pipeline.lexicon.Lexicon``, default the bundled one) to every stage.
    Each stage is also importable on its own: ``pipeline.ingest.ingest``,
    ``pipeline.normalize.normalize``, ``pipeline.parse.parse``, ``pipeline.extract.extract``."""
    from pipeline.extract import extract
    from pipeline.ingest import ingest
    from pipeline.normalize import normalize
    from pipeline.parse import parse
    return extract(parse(normalize(ingest(path, **ingest_options), lexicon), lexicon), lexicon)


def nlp():
    """The spaCy pipeline (blank zh + jieba + policyalign components), built once per process.

    >>> nlp() is nlp()
    True
    """
    from pipeline.spacy_pipeline import build
    return build()


def load(db):
    """Every table of a batch store (``policyalign batch``) as a pandas DataFrame, by table name."""
    from pipeline.batch.frames import load as load_store
    return load_store(db)


def diff(child, parent, *, lexicon=None):
    """``child`` diffed with ``parent`` (paths or Notices): ``.to_frame()``, ``.to_html()``, ``.to_json()``, ``.diff``.

    >>> view = diff("corpora/notices/004_15c10991a4afbfa2.txt", "corpora/notices/003_b9bae5fd1a95c124.txt")
    >>> view.to_frame().columns[0], view.to_json().startswith("{")
    ('type', True)
    """
    from pipeline.batch.frames import diff as diff_view
    return diff_view(child, parent, lexicon=lexicon)
