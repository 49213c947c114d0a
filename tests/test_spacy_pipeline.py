"""Issue #3: pipeline.nlp() works offline and displaCy renders a clause of 000 with its spans."""
from __future__ import annotations


def test_nlp_wraps_the_extractors(seeds):
    from pipeline import nlp
    clause = seeds["000"].clause("二/（二）")
    doc = nlp()(clause.text)
    assert len(doc) > 20 and sum(len(t.text) > 1 for t in doc) > len(doc) / 3   # jieba words, not characters
    assert {s.label_ for s in doc.spans["units"]} >= {u.role for u in clause.responsible_units}
    assert {s.label_ for s in doc.spans["deadlines"]} >= {d.date for d in clause.deadlines if d.date}
    assert {s.label_ for s in doc.spans["targets"]} == {f"{t.comparator}{t.value:g}{t.unit}" for t in clause.targets}
    assert doc._.obligation == clause.obligation


def test_displacy_renders_a_clause(seeds):
    from pipeline.spacy_pipeline import render_clause
    clause = seeds["000"].clause("二/（二）")
    html = render_clause(clause.text)
    assert "行政执法机关" in html and "2024-06-30" in html
    assert "&gt;=30学时" in html or ">=30学时" in html
