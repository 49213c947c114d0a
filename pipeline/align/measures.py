"""A notice's measures as the aligner compares them: each with its items and its canonical text."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.align.wording import Wording
from pipeline.model import Clause, Notice

__all__ = ["Measure", "measures_of"]


@dataclass(frozen=True)
class Measure:
    """A measure with its items (（1）, ① under it): what a child clause is compared on."""
    clause: Clause
    parts: tuple[Clause, ...]
    raw: str        # the parts' text without numbering and unit labels: where evidence is found
    canon: str      # ``raw`` in one wording: what is compared
    position: float

    @property
    def id(self) -> str:
        return self.clause.id

    def roles(self, slot: str) -> frozenset[str]:
        attr = "lead_units" if slot == "lead" else "responsible_units"
        return frozenset(u.role for p in self.parts for u in getattr(p, attr))

    def values(self) -> set:
        return ({("date", d.date) for p in self.parts for d in p.deadlines if d.date}
                | {("target", t.unit, t.value) for p in self.parts for t in p.targets})


def measures_of(notice: Notice, w: Wording) -> list[Measure]:
    """``notice``'s measures in document order, each with the non-measure clauses under it."""
    kids: dict[str | None, list[Clause]] = {}
    for c in notice.clauses:
        kids.setdefault(c.parent_id, []).append(c)

    def subtree(c: Clause) -> list[Clause]:
        out = [c]
        for k in kids.get(c.id, ()):
            # an item the parser already folded into its measure's text (and spans) is not a part twice
            if not k.is_measure and not (c.start <= k.start and k.end <= c.end):
                out += subtree(k)
        return out

    measures = notice.measures
    out = []
    for i, c in enumerate(measures):
        parts = tuple(subtree(c))
        raw = "".join(w.strip(p.text) for p in parts)
        out.append(Measure(clause=c, parts=parts, raw=raw, canon=w.canon(raw),
                           position=i / max(1, len(measures) - 1)))
    return out
