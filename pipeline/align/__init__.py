"""align(child, parent) -> Diff: which parent measure(s) each child measure implements,
and where the child departs.

    diff_notices(child, parent) -> Diff
    align(child, parent)        -> tuple[Alignment, ...]
    divergences(child, parent, alignments) -> tuple[Divergence, ...]

The stages, one module each: ``wording`` (both texts in one wording), ``measures``
(a measure with its items), ``features`` (pair features), ``model`` (the logistic
score and the assignment with a null option), ``evidence`` (shared phrases), ``duties``
(the duty a value belongs to), ``roles`` (labels compared; cascade and internal-unit
patterns), ``divergences`` (the detectors) and ``chain`` (a measure traced up the
levels). The model's parameters are ``corpora/lexicons/align_model.json``, calibrated
on the whole alignment gold set (``tests/gold/align/``) by ``tools/calibrate_model.py``;
``tools/eval_align.py`` (``make eval``) scores it, held out pair by pair.

>>> from pipeline import analyze
>>> diff = diff_notices(analyze("corpora/notices/004_15c10991a4afbfa2.txt"),
...                     analyze("corpora/notices/003_b9bae5fd1a95c124.txt"))
>>> [d.type for d in diff.divergences if d.parent == "二/（四）"]     # the 专项监督 moved to other hands
['unit_changed']
>>> [(p.pattern, p.role) for p in diff.patterns]                        # +各镇街, once for the notice
[('cascade', '乡镇街道')]
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from extractors.lexicon import Lexicon
from pipeline.align.divergences import find_divergences
from pipeline.align.evidence import common_phrases, shared_concepts
from pipeline.align.features import matrices
from pipeline.align.measures import Measure, measures_of
from pipeline.align.model import scores, select
from pipeline.align.roles import patterns
from pipeline.align.wording import Wording, align_rules, place_names
from pipeline.model import Alignment, Diff, Divergence, Notice

__all__ = ["diff_notices", "align", "divergences", "pair_features", "compared"]


def diff_notices(child: Notice, parent: Notice, *, lexicon: Lexicon | None = None,
                 params: dict | None = None) -> Diff:
    """Alignments of ``child``'s measures with ``parent``'s, and the divergences they show.

    ``params`` overrides values of the lexicon's ``align_model.json`` (calibration tools try
    weights and the ``obligation_flagged`` table this way before writing them)."""
    cm, pm, w = compared(child, parent, lexicon)
    if params:
        w = Wording(replace(w.rules, model={**w.rules.model, **params}), w.places)
    alignments = _align(cm, pm, w)
    levels = (child.metadata.level, parent.metadata.level)
    return Diff(child=child, parent=parent, alignments=alignments,
                divergences=find_divergences(cm, pm, alignments, w, levels),
                patterns=patterns({m.id: m for m in cm}, {m.id: m for m in pm}, alignments, levels, w.rules.model))


def align(child: Notice, parent: Notice, *, lexicon: Lexicon | None = None) -> tuple[Alignment, ...]:
    """Which parent measure(s) each child measure implements, with score and shared phrases."""
    cm, pm, w = compared(child, parent, lexicon)
    return _align(cm, pm, w)


def divergences(child: Notice, parent: Notice, alignments: tuple[Alignment, ...], *,
                lexicon: Lexicon | None = None) -> tuple[Divergence, ...]:
    """Contract divergences (tests/contract/README.md) of ``child`` against ``parent`` given the alignment."""
    cm, pm, w = compared(child, parent, lexicon)
    return find_divergences(cm, pm, alignments, w, (child.metadata.level, parent.metadata.level))


def pair_features(child: Notice, parent: Notice, *,
                  lexicon: Lexicon | None = None) -> tuple[list[str], list[str], dict[str, np.ndarray]]:
    """Child ids, parent ids and one (children × parents) matrix per model feature."""
    cm, pm, w = compared(child, parent, lexicon)
    return [m.id for m in cm], [m.id for m in pm], matrices(cm, pm, w.rules)


def compared(child: Notice, parent: Notice, lexicon: Lexicon | None = None) -> tuple[list[Measure], list[Measure], Wording]:
    """Both notices' measures as compared, and the pair's wording (rules + place names)."""
    w = Wording(align_rules(lexicon), place_names(child, parent))
    return measures_of(child, w), measures_of(parent, w), w


def _align(cm: list[Measure], pm: list[Measure], w: Wording) -> tuple[Alignment, ...]:
    m = w.rules.model
    feats = matrices(cm, pm, w.rules)
    score = scores(feats, m)
    return tuple(Alignment(child=cm[i].id, parent=pm[j].id, score=float(score[i, j]),
                           evidence=common_phrases(cm[i].raw, pm[j].raw, m["evidence_min_chars"], m["evidence_max"])
                           or shared_concepts(cm[i].raw, pm[j].raw, w.rules))
                 for i, j in select(score, m, (feats["cover_child"], feats["cover_parent"])))
