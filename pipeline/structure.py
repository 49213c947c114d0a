"""parse(Text) -> Notice: the clause tree and the notice's metadata.

Clauses come from numbered lines (一、 / （一） / 1. / （1） / ①, schemes in
``corpora/lexicons/numbering.json``) and from task-list tables (one clause per
row, id from the row's own numbering, ``一/1/（1）``). Lines before the first
numbered clause are the header (metadata) and the preamble; 落款, 主办,
抄送, 印发 lines are the closing and never a measure.

>>> notice = parse(normalize(ingest("corpora/notices/003_b9bae5fd1a95c124.txt")))
>>> [c.id for c in notice.measures][:3]
['一/（一）', '一/（二）', '一/（三）']
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from dataclasses import dataclass
from functools import lru_cache

from extractors.lexicon import load_json
from pipeline.metadata import read_metadata
from pipeline.model import Clause, Notice, Table, Text


@lru_cache(maxsize=None)
def _rules():
    num = load_json("numbering")
    tab = load_json("tables")
    return {
        "schemes": [dict(s, rx=re.compile(s["pattern"])) for s in num["schemes"]],
        "item_rank": num["item_rank"],
        "attachment": re.compile(num["attachment"]),
        "closing": re.compile("|".join(f"(?:{p})" for p in num["closing"])),
        "signature": re.compile(num["signature"]),
        "title_max": num["title_max_chars"],
        "cell_title_max": num["table_title_max_chars"],
        "header_roles": tab["header_roles"],
        "header_words": frozenset(tab["header_words"]),
    }


@dataclass
class _Open:
    """A clause while its lines are still being read."""
    id: str
    rank: int
    number: str
    start: int
    end: int
    parent_id: str | None
    title: str | None = None
    has_measure_children: bool = False
    kind: str | None = None
    unit_cell: tuple[int, int] | None = None
    restates: str | None = None


def parse(text: Text) -> Notice:
    """Metadata and clause tree of a normalized notice (no extraction yet)."""
    builder = _TreeBuilder(text)
    builder.run()
    clauses = builder.clauses()
    first_body = min((c.start for c in clauses if c.kind not in ("preamble", "closing")), default=len(text.text))
    metadata = read_metadata(text, header_end=first_body)
    return Notice(text=text, metadata=metadata, clauses=clauses)


def match_marker(line: str, previous_top: str | None = None) -> tuple[dict, str, str] | None:
    """The numbering scheme a line opens with, its printed number and id component.

    >>> match_marker("（三）全面提升…")[1:]
    ('（三）', '（三）')
    """
    for scheme in _rules()["schemes"]:
        m = scheme["rx"].match(line)
        if not m:
            continue
        if scheme.get("only_among") and previous_top != scheme["only_among"]:
            continue
        num = m.group("num")
        component = to_chinese(int(num)) if scheme["name"] == "arabic_dunhao" else num
        return scheme, num, component
    return None


class _TreeBuilder:
    def __init__(self, text: Text):
        self.text = text
        self.r = _rules()
        self.open: list[_Open] = []          # stack, outermost first
        self.done: dict[str, _Open] = {}     # id -> clause, insertion order = document order
        self.prefix: list[str] = []
        self.top_scheme: str | None = None
        self.in_body = False
        self.closing: list[tuple[int, int]] = []
        self.pre_lines: list[tuple[int, int, str]] = []

    # -- reading -----------------------------------------------------------
    def run(self) -> None:
        tables = {t.start: t for t in self.text.tables}
        pos = 0
        text = self.text.text
        while pos <= len(text):
            if pos in tables:
                self._table(tables[pos])
                pos = tables[pos].end + 1
                continue
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if end > pos:
                self._line(pos, end, text[pos:end])
            pos = end + 1

    def _line(self, s: int, e: int, line: str) -> None:
        r = self.r
        att = r["attachment"].match(line)
        if att:
            self._close_all()
            if self.done:
                self.prefix = ["附件" + att.group("num")]
            self.in_body = False
            return
        marker = match_marker(line, self.top_scheme)
        if marker:
            scheme, number, component = marker
            self._open(scheme, number, component, s, e, _title(line, number, r["title_max"]))
            return
        if self.in_body and (self.closing or r["closing"].match(line) or r["signature"].match(line)):
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
        cid = self._unique(self._path(parent.id if parent else None, component))
        if parent and rank < self.r["item_rank"]:
            parent.has_measure_children = True
        self.open.append(_Open(cid, rank, number, s, e, parent.id if parent else None, title))
        self.in_body = True
        self.closing = []

    def _path(self, parent_id: str | None, component: str) -> str:
        """A clause id: its parent's id (or the attachment prefix) plus its own number."""
        return "/".join((parent_id.split("/") if parent_id else self.prefix) + [component])

    def _unique(self, cid: str) -> str:
        if cid not in self.done and all(o.id != cid for o in self.open):
            return cid
        n = 2
        while f"{cid}#{n}" in self.done:
            n += 1
        return f"{cid}#{n}"

    def _close(self) -> None:
        node = self.open.pop()
        self.done[node.id] = node

    def _close_all(self) -> None:
        while self.open:
            self._close()

    # -- tables ------------------------------------------------------------
    def _table(self, table: Table) -> None:
        """One clause per data row; section/task cells open (or carry) their own clauses."""
        self._close_all()
        text = self.text.text
        title_max = self.r["cell_title_max"]
        roles: list[str] | None = None
        units: tuple[int, int] | None = None
        task_carry: str | None = None
        section_id: str | None = None
        task_id: str | None = None
        body_titles = {o.title: o.id for o in self.done.values() if o.title and o.rank > 1}
        for row in table.rows:
            values = [text[c.start:c.end] for c in row]
            if self._is_header(values):
                if roles is None and len(values) > 1:
                    roles = [self.r["header_roles"].get(v) for v in values]
                continue
            role_of = (lambda i: roles[i] if roles and len(roles) == len(row) and i < len(roles) else None)
            item: tuple[int, str, str] | None = None
            number: str | None = None
            measure_i = units_i = task_i = None
            for i, v in enumerate(values):
                marker = match_marker(v, "chinese")
                role = role_of(i)
                if marker and marker[0]["rank"] == 1:
                    section_id = self._table_section(marker[2], None, row[i], _title(v, marker[1], title_max))
                    task_id = None
                elif marker and marker[0]["name"] == "arabic_dot" and measure_i is None:
                    task_id = self._table_section(marker[2], section_id, row[i], _title(v, marker[1], title_max))
                elif marker and marker[0]["name"] == "paren_arabic" and item is None:
                    item = (i, marker[1], marker[2])
                elif role == "number" and v.strip():
                    number = v.strip()
                elif role == "task":
                    task_i = i
                elif role in ("units", "lead_units"):
                    units_i = i
                elif role == "measure" or (role is None and v.strip() and measure_i is None and (item or number)):
                    measure_i = i
                elif role is None and v.strip() and measure_i is not None and units_i is None:
                    units_i = i
            if units_i is not None and values[units_i].strip():
                units = (row[units_i].start, row[units_i].end)
            if task_i is not None and values[task_i].strip():
                task_carry = values[task_i].strip()
            if item is None and number is None:
                continue
            parent = task_id or section_id
            first = row[item[0]] if item else row[measure_i] if measure_i is not None else row[0]
            last = row[measure_i] if measure_i is not None else first
            title = _title(values[item[0]], item[1], title_max) if item else task_carry
            node = _Open(self._unique(self._path(parent, item[2] if item else number)), self.r["item_rank"],
                         item[1] if item else number, first.start, last.end, parent, title, kind="table_row",
                         unit_cell=units, restates=_restated(task_carry, body_titles) if task_carry and not item else None)
            self.done[node.id] = node
        self.in_body = True

    def _table_section(self, comp: str, parent: str | None, cell, title) -> str:
        cid = self._path(parent, comp)
        if cid not in self.done:
            self.done[cid] = _Open(cid, 1 if parent is None else 3, comp, cell.start, cell.end,
                                   parent, title, has_measure_children=True, kind="section")
        return cid

    def _is_header(self, values: list[str]) -> bool:
        filled = [v.strip() for v in values if v.strip()]
        return bool(filled) and all(v in self.r["header_words"] for v in filled)

    # -- result ------------------------------------------------------------
    def clauses(self) -> tuple[Clause, ...]:
        self._close_all()
        text = self.text.text
        out: list[Clause] = []
        nodes = sorted(self.done.values(), key=lambda o: o.start)
        preamble = self._preamble(nodes[0].start if nodes else len(text))
        if preamble:
            s, e = preamble
            out.append(Clause(id="preamble", kind="preamble", number=None, title=None, text=text[s:e], start=s, end=e))
        for o in nodes:
            out.append(Clause(id=o.id, kind=o.kind or self._kind(o), number=o.number, title=o.title,
                              text=text[o.start:o.end], start=o.start, end=o.end, parent_id=o.parent_id,
                              unit_cell=o.unit_cell, restates=o.restates))
        if self.closing:
            s, e = self.closing[0][0], self.closing[-1][1]
            out.append(Clause(id="closing", kind="closing", number=None, title=None, text=text[s:e], start=s, end=e))
        return tuple(out)

    def _kind(self, o: _Open) -> str:
        if o.rank == 1 or o.has_measure_children:
            return "section"
        parent = self.done.get(o.parent_id) if o.parent_id else None
        if o.rank >= self.r["item_rank"] and parent is not None and parent.rank < self.r["item_rank"] \
                and not parent.has_measure_children and parent.rank > 1:
            return "item"
        return "measure"

    def _preamble(self, body_start: int) -> tuple[int, int] | None:
        """The paragraphs right before the first clause, back to the first title-like or header line."""
        lines = [ln for ln in self.pre_lines if ln[1] <= body_start]
        picked = []
        for s, e, line in reversed(lines):
            if len(line) <= self.r["title_max"] or self.r["closing"].match(line) or (line.endswith("：") and not line.endswith("如下：")):
                break
            picked.append((s, e))
        if not picked:
            return None
        return picked[-1][0], picked[0][1]


def _restated(task: str, body_titles: dict[str, str]) -> str | None:
    """The body measure a schedule row (配档表) restates: the one whose title reads nearly the same."""
    best = max(body_titles, key=lambda t: SequenceMatcher(None, task, t).ratio(), default=None)
    if best and SequenceMatcher(None, task, best).ratio() >= 0.8:
        return body_titles[best]
    return None


_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """1..99 as a Chinese numeral, the way clause numbers are printed (5 -> 五, 12 -> 十二)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _title(line: str, number: str, max_chars: int) -> str | None:
    """A clause's run-in title: what follows its number up to the first 。 if short, or the whole line if short.

    >>> _title("（三）全面提升行政执法人员业务素质。加强对…", "（三）", 40)
    '全面提升行政执法人员业务素质'
    """
    rest = line[len(number):].lstrip("、.．").strip()
    stop = re.search("[。；]", rest)
    if stop and stop.start() <= max_chars:
        return rest[:stop.start()] or None
    if len(rest) <= max_chars and not stop:
        return rest or None
    return None
