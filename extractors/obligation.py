"""How binding a clause's duties are: modal cues and the clause's strength.

Strengths, strongest first: ``mandatory`` (必须, 严禁, 不得, 严格, 坚决, 一律),
``expected`` (要, 应当, 确保, 落实, 需), ``encouraged`` (鼓励, 支持, 可以),
``exploratory`` (探索, 试点, 适时, 逐步, 研究建立…).

>>> [(c.text, c.strength) for c in get_modal_cues("县司法局要加强培训，鼓励跨部门联合开展培训。")]
[('要', 'expected'), ('鼓励', 'encouraged')]
>>> obligation_of(get_modal_cues("县司法局要加强培训，鼓励跨部门联合开展培训。"))
'expected'

Cue table with its false-hit guards (重要, 要求, 可能, 许可, 相应, 应用 …):
``corpora/lexicons/modal_cues.tsv``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from extractors.lexicon import Lexicon, LexiconError, rules
from extractors.spans import ModalCue, Strength


def _build(lex: Lexicon) -> tuple[re.Pattern, dict[str, dict], int, tuple[str, ...]]:
    """The cue alternation (longest first); per cue its strength and compiled guards (None when empty);
    the guard window; the strengths, strongest first."""
    strengths = tuple(lex.json("obligation")["strengths"])
    if set(strengths) != {s.value for s in Strength}:
        raise LexiconError(lex.directory / "obligation.json", "strengths",
                           f"{strengths} are not the strengths {[s.value for s in Strength]}")
    def guard(pattern: str) -> re.Pattern | None:
        return re.compile(pattern) if pattern else None

    rows = {row["cue"]: {"strength": row["strength"],
                         "not_after": guard(row["not_after"] and f"(?:{row['not_after']})$"),
                         "not_before": guard(row["not_before"]),
                         "only_before": guard(row["only_before"])}
            for row in lex.table("modal_cues")}
    for cue, row in rows.items():
        if row["strength"] not in strengths:
            raise LexiconError(lex.directory / "modal_cues.tsv", f"cue {cue}", f"unknown strength {row['strength']!r}")
    alt = "|".join(sorted(map(re.escape, rows), key=len, reverse=True))
    return re.compile(alt), rows, lex.json("obligation")["guard_window"], strengths


def _guarded(text: str, m: re.Match, row: dict, window: int) -> bool:
    """True when the cue is part of another word (重要, 要求, 可能, 集体研究)."""
    lo, hi = max(0, m.start() - window), m.end() + window
    return bool((row["not_after"] and row["not_after"].search(text, lo, m.start()))
                or (row["not_before"] and row["not_before"].match(text, m.end(), hi))
                or (row["only_before"] and not row["only_before"].match(text, m.end(), hi)))


def get_modal_cues(text: str, *, lexicon: Lexicon | None = None) -> Iterator[ModalCue]:
    """Modal cues in ``text``, in order, false hits (重要, 需要, 许可, 相应 …) left out."""
    rx, rows, window, _ = rules(lexicon, _build)
    for m in rx.finditer(text):
        row = rows[m.group()]
        if not _guarded(text, m, row, window):
            yield ModalCue(start=m.start(), end=m.end(), text=m.group(), strength=Strength(row["strength"]))


def obligation_of(cues: Iterable[ModalCue], *, lexicon: Lexicon | None = None) -> Strength | None:
    """The clause's strength: its strongest cue; None without cues.

    The strongest cue governs because a clause's duties are only as soft as its
    weakest *binding* words allow: 要…，鼓励… is ``expected`` (the 鼓励 adds an
    option, it does not soften the 要), 必须…要… is ``mandatory``, and a clause
    is ``encouraged``/``exploratory`` only when it has no binding cue at all
    (探索… alone). So a softened child clause (必须 -> 探索) compares weaker.

    >>> obligation_of(get_modal_cues("积极探索建立统筹调用机制，逐步推开。"))
    'exploratory'
    """
    strengths = rules(lexicon, _build)[3]
    ranks = [strengths.index(c.strength) for c in cues]
    return Strength(strengths[min(ranks)]) if ranks else None
