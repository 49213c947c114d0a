"""align(child, parent) -> Diff: which parent measure(s) each child measure implements,
and where the child departs.

    diff_notices(child, parent) -> Diff
    align(child, parent)        -> tuple[Alignment, ...]
    divergences(child, parent, alignments) -> tuple[Divergence, ...]

The stages, one module each: ``wording`` (both texts in one wording), ``measures``
(a measure with its items), ``features`` (pair features), ``model`` (the logistic
score and which pairs are kept), ``evidence`` (shared phrases), ``duties`` (the
duty a value belongs to) and ``divergences`` (the detectors). The model's
parameters are ``corpora/lexicons/align_model.json``, calibrated on
``tests/gold/align/004_003.json`` by ``tools/calibrate_model.py``.

>>> from pipeline import analyze
>>> diff = diff_notices(analyze("corpora/notices/004_15c10991a4afbfa2.txt"),
...                     analyze("corpora/notices/003_b9bae5fd1a95c124.txt"))
>>> sorted(d.type for d in diff.divergences if d.parent == "二/（四）")
['unit_changed', 'unit_changed']
"""
from __future__ import annotations

import numpy as np

from extractors.lexicon import Lexicon
from pipeline.align.divergences import find_divergences
from pipeline.align.evidence import common_phrases, shared_concepts
from pipeline.align.features import matrices
from pipeline.align.measures import Measure, measures_of
from pipeline.align.model import scores, select
from pipeline.align.wording import Wording, align_rules, place_names
from pipeline.model import Alignment, Diff, Divergence, Notice

__all__ = ["diff_notices", "align", "divergences", "pair_features"]


def diff_notices(child: Notice, parent: Notice, *, lexicon: Lexicon | None = None) -> Diff:
    """Alignments of ``child``'s measures with ``parent``'s, and the divergences they show."""
    cm, pm, w = _compared(child, parent, lexicon)
    alignments = _align(cm, pm, w)
    return Diff(child=child, parent=parent, alignments=alignments,
                divergences=find_divergences(cm, pm, alignments, w))


def align(child: Notice, parent: Notice, *, lexicon: Lexicon | None = None) -> tuple[Alignment, ...]:
    """Which parent measure(s) each child measure implements, with score and shared phrases."""
    cm, pm, w = _compared(child, parent, lexicon)
    return _align(cm, pm, w)


def divergences(child: Notice, parent: Notice, alignments: tuple[Alignment, ...], *,
                lexicon: Lexicon | None = None) -> tuple[Divergence, ...]:
    """Contract divergences (tests/contract/README.md) of ``child`` against ``parent`` given the alignment."""
    cm, pm, w = _compared(child, parent, lexicon)
    return find_divergences(cm, pm, alignments, w)


def pair_features(child: Notice, parent: Notice, *,
                  lexicon: Lexicon | None = None) -> tuple[list[str], list[str], dict[str, np.ndarray]]:
    """Child ids, parent ids and one (children × parents) matrix per model feature."""
    cm, pm, w = _compared(child, parent, lexicon)
    return [m.id for m in cm], [m.id for m in pm], matrices(cm, pm, w.rules)


def _compared(child: Notice, parent: Notice, lexicon: Lexicon | None) -> tuple[list[Measure], list[Measure], Wording]:
    """Both notices' measures as compared, and the pair's wording (rules + place names)."""
    w = Wording(align_rules(lexicon), place_names(child, parent))
    return measures_of(child, w), measures_of(parent, w), w


def _align(cm: list[Measure], pm: list[Measure], w: Wording) -> tuple[Alignment, ...]:
    m = w.rules.model
    score = scores(matrices(cm, pm, w.rules), m)
    return tuple(Alignment(child=cm[i].id, parent=pm[j].id, score=float(score[i, j]),
                           evidence=common_phrases(cm[i].raw, pm[j].raw, m["evidence_min_chars"], m["evidence_max"])
                           or shared_concepts(cm[i].raw, pm[j].raw, w.rules))
                 for i, j in select(score, m))
