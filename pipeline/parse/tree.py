"""The clause stack: a numbered line opens a clause (``parse.lines`` reads them), a marker
of rank r closes every open clause of rank >= r, other lines extend the innermost open clause.

A scheme's rank is the order its family first appears in the document (the first met
is the outermost; a family declared to outrank another, 第一节 over 第一条, goes above it), so any nesting of 一、/（一）/1./（1）/①/第一章/第一条 reads right, a
scheme may restart under each parent, and a number out of sequence (（五） after （三）)
is just the next sibling. An inline run (一是…；二是…) splits its paragraph into
clauses one rank deeper. A units line (牵头单位：…) after numbered items belongs to
their parent, which it closes them into.

Lines before the first clause are the header and preamble; 落款, 主办, 抄送, 印发
lines after the body are the closing. Tables are read by ``parse.tables``.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import ClauseKind, Text
from extractors.numerals import parse_number
from pipeline.parse.numbering import to_chinese

__all__ = ["OpenClause", "TreeBuilder"]


@dataclass
class OpenClause:
    """A clause while its lines are still being read; ``duty`` once its own text states one."""
    id: str
    rank: int
    number: str
    start: int
    end: int
    parent_id: str | None
    title: str | None = None
    kind: ClauseKind | None = None
    unit_cell: tuple[int, int] | None = None
    restates: str | None = None
    duty: bool = False
    has_units: bool = False       # its own text names its units (（牵头单位：…）)
    kid_units: bool = False       # one of its numbered children did


class TreeBuilder:
    """The clauses read so far: ``open`` (the stack) and ``done`` (id -> OpenClause).

    ``parse.lines.read_lines`` fills it from a normalized text, ``parse.tables`` adds table rows."""

    def __init__(self, text: Text, r: dict, read_table):
        self.text, self.r, self.read_table = text, r, read_table
        self.open: list[OpenClause] = []          # stack, outermost first
        self.done: dict[str, OpenClause] = {}
        self.ranks: dict[str, int] = {}           # scheme family -> rank, in order of first appearance
        self.suffixes: dict[str, int] = {}        # id -> last #n given, so renumbering stays linear
        self.prefix: list[str] = []
        self.in_body = False
        self.closing: list[tuple[int, int]] = []
        self.pre_lines: list[tuple[int, int, str]] = []
        self.last_number: dict[str, int] = {}             # family -> the last number it printed
        self.inline_run: tuple[str, int] | None = None    # the inline run the last paragraph ended in

    def open_clause(self, scheme: dict, number: str, component: str, s: int, e: int, title: str | None) -> None:
        family = scheme["family"]
        rank = self.ranks.get(family) or self._rank_new(family, scheme.get("outranks", ()))
        if scheme.get("number") == "next":
            number = component = to_chinese(self.last_number.get(family, 0) + 1)
        self.last_number[family] = _ordinal(component, self.last_number.get(family, 0))
        while self.open and self.open[-1].rank >= rank:
            self.close()
        parent = self.open[-1] if self.open else None
        if scheme.get("id") == "alone":
            cid = self.unique("/".join(self.prefix + [component]))
        else:
            cid = self.unique(self.path(parent.id if parent else None, component))
        self.open.append(OpenClause(cid, rank, number, s, e, parent.id if parent else None, title))
        self.in_body = True
        self.closing = []

    def _rank_new(self, family: str, outranks) -> int:
        """A family met for the first time ranks below every family met before it, unless it
        outranks one of them (第一节 met after 第一条 still sits between 章 and 条)."""
        below = [self.ranks[f] for f in outranks if f in self.ranks]
        rank = min(below) if below else len(self.ranks) + 1
        for f, r in self.ranks.items():
            if r >= rank:
                self.ranks[f] = r + 1
        for o in self.open + [o for o in self.done.values() if o.kind is None]:
            if o.rank >= rank:
                o.rank += 1
        self.ranks[family] = rank
        return rank

    def path(self, parent_id: str | None, component: str) -> str:
        """A clause id: its parent's id (or the attachment prefix) plus its own number."""
        return "/".join((parent_id.split("/") if parent_id else self.prefix) + [component])

    def unique(self, cid: str) -> str:
        """``cid``, or ``cid#2``, ``cid#3`` … when a clause of that id was already read."""
        if cid not in self.done and all(o.id != cid for o in self.open):
            return cid
        n = self.suffixes.get(cid, 1) + 1
        while f"{cid}#{n}" in self.done:
            n += 1
        self.suffixes[cid] = n
        return f"{cid}#{n}"

    def close(self) -> None:
        node = self.open.pop()
        if self.open:
            self.open[-1].kid_units = self.open[-1].kid_units or node.has_units
        self.done[node.id] = node

    def close_all(self) -> None:
        while self.open:
            self.close()


def _ordinal(component: str, default: int) -> int:
    """The number a clause component prints (（三） -> 3, 第五条 -> 5), else ``default``."""
    core = component.strip("（）").removeprefix("第").rstrip("章节条部分是").removeprefix("其")
    try:
        return int(parse_number(core))
    except (ValueError, KeyError, TypeError):
        return default
