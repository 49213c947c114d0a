"""Typed spans the extractors yield.

Every span carries ``start``/``end`` character offsets into the text the
extractor was given and ``text == given[start:end]``, so a caller can map it
back to the page it came from. Values are already parsed (ISO dates, floats,
level-free roles); nothing here imports spaCy or ``pipeline``.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """A closed set of names; each member is its own string value (``Strength.EXPECTED == "expected"``)
    and shows as that string, so printed spans read as the JSON does."""

    def __repr__(self) -> str:
        return repr(self.value)


class Level(Kind):
    """Administrative level of an issuer or a unit (``township`` only for units)."""
    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"
    TOWNSHIP = "township"


class Slot(Kind):
    """Where a unit was named: after 牵头单位 (lead), 责任单位/主办 (responsible), 督办 (supervising),
    or as the subject of a duty in the prose (actor)."""
    LEAD = "lead"
    RESPONSIBLE = "responsible"
    SUPERVISING = "supervising"
    ACTOR = "actor"


class Strength(Kind):
    """How binding a duty is, strongest first (``corpora/lexicons/obligation.json`` keeps the order)."""
    MANDATORY = "mandatory"
    EXPECTED = "expected"
    ENCOURAGED = "encouraged"
    EXPLORATORY = "exploratory"


@dataclass(frozen=True)
class Span:
    """``text == given[start:end]`` for the text the extractor was given."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Unit(Span):
    """An organisation named in a clause.

    >>> Unit(start=0, end=4, text="县司法局", name="县司法局", role="司法行政部门", level="county").slot
    'responsible'

    ``slot`` is where it was named: ``lead`` (牵头单位), ``responsible``
    (责任单位/责任分工/主办), ``supervising`` (督办), ``actor`` (subject of a
    duty in the prose). ``known`` is False when the role table did not know
    the name (its role is then the name minus the level prefix).
    """
    name: str
    role: str
    level: Level | None = None
    slot: Slot = Slot.RESPONSIBLE
    known: bool = True


@dataclass(frozen=True)
class Deadline(Span):
    """A time limit on a duty.

    ``date`` is the last day allowed (ISO) or None for a recurring or relative
    duty; ``recurrence`` is yearly | half-yearly | quarterly | monthly | None;
    ``start_date`` is set for ranges (``2024年3月开始，12月底结束``);
    ``relative_to`` names the base event of a relative deadline
    (``下放实施1年后`` -> relative_to="下放实施", offset="P1Y").
    """
    date: str | None
    recurrence: str | None = None
    start_date: str | None = None
    relative_to: str | None = None
    offset: str | None = None


@dataclass(frozen=True)
class Target(Span):
    """A numeric target: ``comparator value unit`` constraining ``subject``.

    >>> t = Target(start=0, end=7, text="不少于60学时", comparator=">=", value=60.0, unit="学时", subject="年度培训")
    >>> t.comparator, t.value, t.unit
    ('>=', 60.0, '学时')
    """
    comparator: str                 # >= <= = > <
    value: float
    unit: str
    subject: str | None = None


@dataclass(frozen=True)
class ModalCue(Span):
    """A word that sets how binding a duty is (必须, 要, 鼓励, 探索 …) and the strength it signals."""
    strength: Strength


@dataclass(frozen=True)
class Citation(Span):
    """A document cited by title and/or 发文字号 (brackets normalized to 〔〕)."""
    title: str | None
    doc_number: str | None
    issuer: str | None = None
