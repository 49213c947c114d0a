"""The one document model that flows through every stage.

    ingest(path)            -> RawDoc    what the file says, decoded, in reading order
    normalize(raw)          -> Text      normalized text + offset map back to RawDoc.text
    parse(text)             -> Notice    metadata + clause tree (no spans yet)
    extract(notice)         -> Notice    the same clauses, each with its spans filled in
    align(child, parent)    -> Diff      alignments + divergences

Every object here is a frozen dataclass: a stage returns a new object rather
than mutating the one it was given, so a Notice can be cached, hashed into a
batch store and compared across runs.

Offsets: ``Clause.start/end`` index ``Text.text``; spans inside a clause
(``Unit.start`` …) index ``Clause.text``. ``Text.to_source(i, j)`` turns a
normalized range into a range of ``RawDoc.text``, so a finding can always be
shown in the original.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Mapping

from extractors.spans import Citation, Deadline, ModalCue, Target, Unit

__all__ = [
    "Cell", "Table", "RawDoc", "Text", "Region", "Metadata", "Clause", "Notice",
    "Alignment", "Divergence", "Diff", "Citation", "Deadline", "ModalCue", "Target", "Unit",
]


@dataclass(frozen=True)
class Cell:
    """One table cell, as ``RawDoc.text[start:end]`` (or ``Text.text`` after normalize)."""
    start: int
    end: int


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
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Text:
    """Normalized text with a map back to the raw text.

    ``offsets[i]`` is the index in ``raw.text`` of normalized character ``i``;
    ``offsets`` has ``len(text) + 1`` entries (the last maps the end).
    """
    raw: RawDoc
    text: str
    offsets: tuple[int, ...]
    script: str = "simplified"           # simplified | traditional | mixed (of the source)
    tables: tuple[Table, ...] = ()       # cells in normalized offsets

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Normalized [start, end) -> raw [start, end)."""
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1 if end > start else s
        return s, e

    def source_line(self, start: int) -> int:
        """1-based line number in the raw text of normalized index ``start``."""
        return self.raw.text.count("\n", 0, self.offsets[start]) + 1

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
    level: str | None = None               # national | provincial | municipal | county
    region: Region = Region()
    cites: tuple[Citation, ...] = ()
    addressees: str | None = None          # 主送


@dataclass(frozen=True)
class Clause:
    """One numbered unit of the notice (or a task-list table row).

    ``id`` is the numbering path as the contract defines it (``二/（三）``,
    ``一/1/（1）``); ``parent_id`` the id of the enclosing clause. ``text`` is
    the clause's own normalized text including its number and title, without
    its children's text; ``start/end`` locate it in ``Text.text``.
    """
    id: str
    kind: str                      # section | measure | item | table_row | preamble | closing
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
    obligation: str | None = None
    modal_cues: tuple[ModalCue, ...] = ()
    cites: tuple[Citation, ...] = ()
    unit_cell: tuple[int, int] | None = None   # a table row's 责任分工/责任单位 cell in Text.text (carried down)
    restates: str | None = None                # a schedule row (配档表) restating this body measure id

    @property
    def depth(self) -> int:
        """How deep in the tree: 0 for 一, 1 for 一/（一）."""
        return self.id.count("/")

    @property
    def is_measure(self) -> bool:
        """True for clauses that carry a duty an implementing notice can take up.

        Items (（1）, ① inside a measure) are parts of their measure; a schedule
        row that restates a body measure is not a measure of its own."""
        return self.kind in ("measure", "table_row") and self.restates is None


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

    def clause(self, clause_id: str) -> Clause:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise KeyError(clause_id)


@dataclass(frozen=True)
class Alignment:
    """Child clause ``child`` implements parent clause ``parent`` with ``score`` in [0, 1]."""
    child: str
    parent: str
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Divergence:
    type: str
    explanation: str
    child: str | None = None
    parent: str | None = None
    child_value: object = None
    parent_value: object = None


@dataclass(frozen=True)
class Diff:
    child: Notice
    parent: Notice
    alignments: tuple[Alignment, ...]
    divergences: tuple[Divergence, ...]
