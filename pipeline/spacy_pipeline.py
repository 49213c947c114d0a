"""spaCy wraps, it does not hide: a blank Chinese pipeline whose components put
the extractors' spans on the Doc.

``build()`` gives ``spacy.blank("zh")`` with the jieba segmenter (shipped in
the jieba package, so it works offline) and one component, ``policyalign``,
that runs the pure extractors and stores their spans:

* ``doc.spans["units"]``, ``["deadlines"]``, ``["targets"]``, ``["modal_cues"]``
  (labels: role, ISO date or recurrence, ``>=60学时``, strength);
* ``doc._.units`` / ``doc._.deadlines`` / ``doc._.targets`` — the typed spans
  themselves, with their parsed values; ``doc._.obligation``.

>>> doc = build()("县司法局要于2024年6月底前完成培训，每年不少于60学时。")
>>> [(s.text, s.label_) for s in doc.spans["deadlines"]]
[('2024年6月底前', '2024-06-30'), ('每年', 'yearly')]
"""
from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors import get_actors, get_deadlines, get_modal_cues, get_targets, get_units, obligation_of

for name in ("units", "deadlines", "targets", "modal_cues", "obligation"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


@Language.component("policyalign")
def policyalign_component(doc: Doc) -> Doc:
    text = doc.text
    units = tuple(get_units(text)) + tuple(get_actors(text))
    deadlines = tuple(get_deadlines(text))
    targets = tuple(get_targets(text))
    cues = tuple(get_modal_cues(text))
    doc._.units, doc._.deadlines, doc._.targets = units, deadlines, targets
    doc._.modal_cues, doc._.obligation = cues, obligation_of(cues)
    doc.spans["units"] = _spans(doc, units, lambda u: u.role)
    doc.spans["deadlines"] = _spans(doc, deadlines, lambda d: d.date or d.recurrence or d.text)
    doc.spans["targets"] = _spans(doc, targets, lambda t: f"{t.comparator}{t.value:g}{t.unit}")
    doc.spans["modal_cues"] = _spans(doc, cues, lambda q: q.strength)
    return doc


def _spans(doc: Doc, items, label):
    # jieba's word boundaries will not always meet a regex match: expand to whole tokens.
    out = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=label(item), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


@lru_cache(maxsize=1)
def build() -> Language:
    """The pipeline, built once per process (jieba's dictionary load is the slow part)."""
    import jieba
    jieba.setLogLevel(logging.WARNING)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("policyalign")
    return nlp


def render_clause(clause_text: str) -> str:
    """displaCy markup of one clause with its units, deadlines and targets highlighted."""
    from spacy import displacy
    doc = build()(clause_text)
    doc.spans["sc"] = [*doc.spans["units"], *doc.spans["deadlines"], *doc.spans["targets"]]
    return displacy.render(doc, style="span", options={"spans_key": "sc"}, page=True, jupyter=False)
