"""The one document model that flows through every stage.

    ingest(path)            -> RawDoc    what the file says, decoded, in reading order
    normalize(raw)          -> Text      normalized text + offset map back to RawDoc.text
    parse(text)             -> Notice    metadata + clause tree (no spans yet)
    extract(notice)         -> Notice    the same clauses, each with its spans filled in
    align(child, parent)    -> Diff      alignments + divergences

Every object here is a frozen dataclass, hashable (mappings are ``FrozenMap``s,
sequences tuples): a stage returns a new object rather than mutating the one it
was given, so a Notice can be cached, hashed into a batch store and compared
across runs. Kinds are ``Kind`` enums (``ClauseKind``, ``DivergenceType``,
``Level``, ``Strength``, ``Slot``), each member equal to its JSON string.

Offsets: ``Clause.start/end`` index ``Text.text``; spans inside a clause
(``Unit.start`` …) are relative to ``Clause.start``: ``Text.text[c.start +
u.start : c.start + u.end] == u.text`` for every span, including a table row's
units read from its 责任分工 cell. ``Text.to_source(i, j)`` turns a normalized
range into a range of ``RawDoc.text`` and ``Text.source_page(i)`` gives its
page, so a finding can always be shown in the original
(``Notice.source_of(clause, span)``).

>>> from pipeline import analyze
>>> n = analyze("corpora/notices/000_bf6de6025eb46aa4.txt")
>>> hash(n) == hash(analyze("corpora/notices/000_bf6de6025eb46aa4.txt"))
True
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Sequence

from extractors.spans import Citation, Deadline, Kind, Level, ModalCue, Slot, Span, Strength, Target, Unit
from pipeline.frozen import FrozenMap, freeze, thaw

__all__ = [
    "Cell", "Table", "RawDoc", "Text", "Region", "Metadata", "Clause", "Notice", "ClauseKind",
    "Alignment", "Divergence", "DivergenceType", "Diff", "Pattern", "FrozenMap", "freeze", "thaw", "Citation", "Deadline",
    "Kind", "Level", "ModalCue", "Slot", "Span", "Strength", "Target", "Unit",
]


class ClauseKind(Kind):
    SECTION = "section"
    MEASURE = "measure"
    ITEM = "item"
    TABLE_ROW = "table_row"
    PREAMBLE = "preamble"
    CLOSING = "closing"


class DivergenceType(Kind):
    """The contract's divergence types (tests/contract/README.md)."""
    MISSING_IN_CHILD = "missing_in_child"
    ADDED_IN_CHILD = "added_in_child"
    DEADLINE_LATER = "deadline_later"
    DEADLINE_EARLIER = "deadline_earlier"
    DEADLINE_DROPPED = "deadline_dropped"
    TARGET_WEAKER = "target_weaker"
    TARGET_STRONGER = "target_stronger"
    TARGET_DROPPED = "target_dropped"
    UNIT_CHANGED = "unit_changed"
    OBLIGATION_WEAKER = "obligation_weaker"
    OBLIGATION_STRONGER = "obligation_stronger"


@dataclass(frozen=True)
class Cell:
    """One table cell, as ``RawDoc.text[start:end]`` (or ``Text.text`` after normalize).

    ``row_span``/``col_span`` are how many grid rows and columns a merged cell
    covers (the covered positions hold empty cells); ``header`` marks a header cell."""
    start: int
    end: int
    row_span: int = 1
    col_span: int = 1
    header: bool = False


@dataclass(frozen=True)
class Table:
    """A real table from the container (DOCX, PDF); rows of cells, merged cells given once.

    A vertically merged cell appears in its first row only; later rows hold an
    empty Cell at that column (``start == end``), so "carry down" is the
    consumer's explicit choice, not something the reader silently did.
    """
    start: int
    end: int
    rows: tuple[tuple[Cell, ...], ...]
    header_rows: int = 0


@dataclass(frozen=True)
class RawDoc:
    """A decoded input file: its text in reading order plus what the container told us.

    ``text`` joins paragraphs with "\\n"; a table is laid out one row per line
    with cells separated by "\\t", and also listed in ``tables`` with offsets.
    ``fields`` holds metadata the container states outright (HTML 信息公开
    table: 发文字号, 成文日期, 发文机关, 标题; DOCX core title), keyed in Chinese.
    """
    path: str
    format: str                    # txt | pdf | docx | html
    sha256: str
    text: str
    encoding: str | None = None
    tables: tuple[Table, ...] = ()
    page_starts: tuple[int, ...] = ()   # offset in text where each page begins (PDF)
    fields: FrozenMap = field(default_factory=FrozenMap)

    def __post_init__(self):
        if not isinstance(self.fields, FrozenMap):
            object.__setattr__(self, "fields", FrozenMap(self.fields))


@dataclass(frozen=True)
class Text:
    """Normalized text with a map back to the raw text.

    ``offsets[i]`` is the index in ``raw.text`` of normalized character ``i``;
    ``offsets`` has ``len(text) + 1`` entries (the last maps the end). It is
    derived from ``raw`` and ``text``, so equality and hashing leave it out.
    """
    raw: RawDoc
    text: str
    offsets: Sequence[int] = field(compare=False, repr=False)
    script: str = "simplified"           # simplified | traditional | mixed (of the source)
    tables: tuple[Table, ...] = ()       # cells in normalized offsets

    def __post_init__(self):
        if len(self.offsets) != len(self.text) + 1:
            raise ValueError(f"offset map of {len(self.offsets)} entries for {len(self.text)} characters")

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Normalized [start, end) -> raw [start, end)."""
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1 if end > start else s
        return s, e

    def source_line(self, start: int) -> int:
        """1-based line number in the raw text of normalized index ``start``."""
        return bisect.bisect_right(self._line_starts, self.offsets[start])

    @property
    def _line_starts(self) -> list[int]:
        # computed once: one pass over the raw text, then a binary search per lookup
        starts = self.__dict__.get("_line_starts_cache")
        if starts is None:
            raw, pos, starts = self.raw.text, 0, [0]
            while (pos := raw.find("\n", pos) + 1) > 0:
                starts.append(pos)
            object.__setattr__(self, "_line_starts_cache", starts)
        return starts

    def source_page(self, start: int) -> int | None:
        """1-based page of normalized index ``start`` for paged formats, else None."""
        if not self.raw.page_starts:
            return None
        return bisect.bisect_right(self.raw.page_starts, self.offsets[start])


@dataclass(frozen=True)
class Region:
    province: str | None = None
    city: str | None = None
    county: str | None = None


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    doc_number: str | None = None          # 发文字号, brackets normalized: 鲁政办字〔2024〕9号
    issuer: str | None = None
    date: str | None = None                # ISO date of issue (落款 / 成文日期)
    level: Level | None = None
    region: Region = Region()
    cites: tuple[Citation, ...] = ()
    addressees: str | None = None          # 主送
    notice_title: str | None = None        # the cover notice's own title (…关于印发《X》的通知)
    plan_title: str | None = None          # the plan it issues (X), None without a cover notice


@dataclass(frozen=True)
class Clause:
    """One numbered unit of the notice (or a task-list table row).

    ``id`` is the numbering path as the contract defines it (``二/（三）``,
    ``一/1/（1）``); ``parent_id`` the id of the enclosing clause. ``text`` is
    the clause's own normalized text including its number and title, without
    its children's text; ``start/end`` locate it in ``Text.text``.
    """
    id: str
    kind: ClauseKind
    number: str | None
    title: str | None
    text: str
    start: int
    end: int
    parent_id: str | None = None
    lead_units: tuple[Unit, ...] = ()
    responsible_units: tuple[Unit, ...] = ()
    actors: tuple[Unit, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    targets: tuple[Target, ...] = ()
    obligation: Strength | None = None
    modal_cues: tuple[ModalCue, ...] = ()
    cites: tuple[Citation, ...] = ()
    unit_cell: tuple[int, int] | None = None   # a table row's 责任分工/责任单位 cell in Text.text (carried down)
    restates: str | None = None                # a schedule row (配档表) restating this body measure id

    def __post_init__(self):
        object.__setattr__(self, "kind", ClauseKind(self.kind))
        if self.obligation is not None:
            object.__setattr__(self, "obligation", Strength(self.obligation))

    @property
    def depth(self) -> int:
        """How deep in the tree: 0 for 一, 1 for 一/（一）."""
        return self.id.count("/")

    @property
    def is_measure(self) -> bool:
        """True for clauses that carry a duty an implementing notice can take up.

        Items (（1）, ① inside a measure) are parts of their measure; a schedule
        row that restates a body measure is not a measure of its own."""
        return self.kind in (ClauseKind.MEASURE, ClauseKind.TABLE_ROW) and self.restates is None

    def spans(self) -> Iterator[Span]:
        """Every extracted span of the clause, in no particular order."""
        for group in (self.lead_units, self.responsible_units, self.actors, self.deadlines, self.targets,
                      self.modal_cues, self.cites):
            yield from group


@dataclass(frozen=True)
class Notice:
    """A parsed notice: where it came from, its metadata, its clauses in document order."""
    text: Text
    metadata: Metadata
    clauses: tuple[Clause, ...]

    @property
    def path(self) -> str:
        return self.text.raw.path

    @property
    def measures(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.is_measure)

    @property
    def tables(self) -> tuple[Table, ...]:
        """The notice's tables in ``Text.text`` offsets, with header rows and cell spans."""
        return self.text.tables

    def clause(self, clause_id: str) -> Clause:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise KeyError(clause_id)

    def source_of(self, clause: Clause, span: Span) -> tuple[tuple[int, int], int | None]:
        """Where ``span`` of ``clause`` lies in the source file: (raw start, raw end), page or None."""
        start = clause.start + span.start
        end = clause.start + span.end
        return self.text.to_source(start, end), self.text.source_page(start)


@dataclass(frozen=True)
class Alignment:
    """Child clause ``child`` implements parent clause ``parent`` with ``score`` in [0, 1]."""
    child: str
    parent: str
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Divergence:
    """One way the child departs from its parent; values are frozen (``freeze``) so it hashes."""
    type: DivergenceType
    explanation: str
    child: str | None = None
    parent: str | None = None
    child_value: object = None
    parent_value: object = None

    def __post_init__(self):
        object.__setattr__(self, "type", DivergenceType(self.type))
        object.__setattr__(self, "child_value", freeze(self.child_value))
        object.__setattr__(self, "parent_value", freeze(self.parent_value))


@dataclass(frozen=True)
class Pattern:
    """A notice-level way the child names its units, reported once instead of a divergence per measure:
    ``cascade`` (the next level down, e.g. 乡镇街道, added to the units of many measures) or
    ``internal_units`` (a department plan naming its own 科室/所队)."""
    pattern: str
    role: str
    slot: Slot
    measures: tuple[str, ...]
    explanation: str
    unit: str | None = None        # the name as the child writes it (各镇人民政府（街道办事处）)
    replaces: str | None = None    # the parent's cascade role it stands for (下级人民政府)


@dataclass(frozen=True)
class Diff:
    """``ancestry`` (a chain diff only): child measure id -> ancestor ids, nearest parent's first,
    one tuple per level up (``(("二/（三）",), ("一/（三）",))``)."""
    child: Notice
    parent: Notice
    alignments: tuple[Alignment, ...]
    divergences: tuple[Divergence, ...]
    patterns: tuple[Pattern, ...] = ()
    ancestry: FrozenMap = field(default_factory=FrozenMap)
