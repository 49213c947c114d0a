"""The clause stack: numbered lines open clauses, a marker of rank r closes every open
clause of rank >= r, other lines extend the innermost open clause.

Lines before the first clause are the header and preamble; 落款, 主办, 抄送, 印发
lines after the body are the closing. Tables are read by ``parse.tables``.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import ClauseKind, Text
from pipeline.parse.numbering import match_marker, title_of

__all__ = ["OpenClause", "TreeBuilder"]


@dataclass
class OpenClause:
    """A clause while its lines are still being read."""
    id: str
    rank: int
    number: str
    start: int
    end: int
    parent_id: str | None
    title: str | None = None
    has_measure_children: bool = False
    kind: ClauseKind | None = None
    unit_cell: tuple[int, int] | None = None
    restates: str | None = None


class TreeBuilder:
    """Reads a normalized text line by line into ``done`` (id -> OpenClause, document order)."""

    def __init__(self, text: Text, r: dict, read_table):
        self.text, self.r, self.read_table = text, r, read_table
        self.open: list[OpenClause] = []          # stack, outermost first
        self.done: dict[str, OpenClause] = {}
        self.suffixes: dict[str, int] = {}        # id -> last #n given, so renumbering stays linear
        self.prefix: list[str] = []
        self.top_scheme: str | None = None
        self.in_body = False
        self.closing: list[tuple[int, int]] = []
        self.pre_lines: list[tuple[int, int, str]] = []

    def run(self) -> None:
        tables = {t.start: t for t in self.text.tables}
        pos, text = 0, self.text.text
        while pos <= len(text):
            if pos in tables:
                self.close_all()
                self.read_table(self, tables[pos])
                self.in_body = True
                pos = tables[pos].end + 1
                continue
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if end > pos:
                self._line(pos, end, text[pos:end])
            pos = end + 1
        self.close_all()

    def _line(self, s: int, e: int, line: str) -> None:
        r = self.r
        att = r["attachment"].match(line)
        if att:
            self.close_all()
            if self.done:
                self.prefix = ["附件" + att.group("num")]
            self.in_body = False
            return
        marker = match_marker(line, self.top_scheme, r)
        if marker:
            scheme, number, component = marker
            self._open(scheme, number, component, s, e, title_of(line, number, r["title_max"]))
            return
        signature = r["issuer_line"].match(line) and not line.endswith("文件")
        if self.in_body and (self.closing or r["closing"].match(line) or signature):
            self.closing.append((s, e))
            return
        if self.open:
            self.open[-1].end = e
        elif not self.in_body:
            self.pre_lines.append((s, e, line))

    def _open(self, scheme: dict, number: str, component: str, s: int, e: int, title: str | None) -> None:
        rank = scheme["rank"]
        while self.open and self.open[-1].rank >= rank:
            self._close()
        parent = self.open[-1] if self.open else None
        if rank == 1:
            self.top_scheme = "chinese" if scheme["name"] in ("chinese", "arabic_dunhao") else scheme["name"]
        cid = self.unique(self.path(parent.id if parent else None, component))
        if parent and rank < self.r["item_rank"]:
            parent.has_measure_children = True
        self.open.append(OpenClause(cid, rank, number, s, e, parent.id if parent else None, title))
        self.in_body = True
        self.closing = []

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

    def _close(self) -> None:
        node = self.open.pop()
        self.done[node.id] = node

    def close_all(self) -> None:
        while self.open:
            self._close()
