"""Task-list tables: one clause per data row, its id from the row's own numbering.

A header row (every filled cell a header word, ``tables.json``) names the columns'
roles: number, section, task, item, measure, units, lead units, deadline. A cell
opening with 一、 opens a section, with ``1.`` a task under it; a row numbered
（1） or with a 序号 is a ``table_row`` clause under them. A merged cell (empty in
the rows it covers) carries down: the task and the 责任分工 cell apply to every
row below until another is given. A schedule row (配档表) whose task reads as a
body measure's title ``restates`` that measure and is not a measure itself.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from pipeline.model import ClauseKind, Table
from pipeline.parse.numbering import match_marker, title_of
from pipeline.parse.tree import OpenClause, TreeBuilder

__all__ = ["read_table"]


def read_table(b: TreeBuilder, table: Table) -> None:
    """Add ``table``'s rows (and the sections/tasks its cells open) to ``b.done``."""
    r, text = b.r, b.text.text
    title_max = r["cell_title_max"]
    roles: list[str | None] | None = None
    units: tuple[int, int] | None = None
    task_carry: str | None = None
    section_id: str | None = None
    task_id: str | None = None
    body_titles = {o.title: o.id for o in b.done.values() if o.title and o.rank > 1}
    for row in table.rows:
        values = [text[c.start:c.end] for c in row]
        if _is_header(values, r):
            if roles is None and len(values) > 1:
                roles = [r["header_roles"].get(v) for v in values]
            continue
        role_of = (lambda i: roles[i] if roles and len(roles) == len(row) and i < len(roles) else None)
        item: tuple[int, str, str] | None = None
        number: str | None = None
        measure_i = units_i = task_i = None
        for i, v in enumerate(values):
            marker = match_marker(v, "chinese", r)
            role = role_of(i)
            if marker and marker[0]["rank"] == 1:
                section_id = _section(b, marker[2], None, row[i], title_of(v, marker[1], title_max))
                task_id = None
            elif marker and marker[0]["name"] == "arabic_dot" and measure_i is None:
                task_id = _section(b, marker[2], section_id, row[i], title_of(v, marker[1], title_max))
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
        title = title_of(values[item[0]], item[1], title_max) if item else task_carry
        restates = _restated(task_carry, body_titles, r["restated_similarity"]) if task_carry and not item else None
        node = OpenClause(b.unique(b.path(parent, item[2] if item else number)), r["item_rank"],
                          item[1] if item else number, first.start, last.end, parent, title,
                          kind=ClauseKind.TABLE_ROW, unit_cell=units, restates=restates)
        b.done[node.id] = node


def _section(b: TreeBuilder, comp: str, parent: str | None, cell, title) -> str:
    cid = b.path(parent, comp)
    if cid not in b.done:
        b.done[cid] = OpenClause(cid, 1 if parent is None else 3, comp, cell.start, cell.end,
                                 parent, title, has_measure_children=True, kind=ClauseKind.SECTION)
    return cid


def _is_header(values: list[str], r: dict) -> bool:
    filled = [v.strip() for v in values if v.strip()]
    return bool(filled) and all(v in r["header_roles"] for v in filled)


def _restated(task: str, body_titles: dict[str, str], similarity: float) -> str | None:
    """The body measure a schedule row (配档表) restates: the one whose title reads nearly the same."""
    best = max(body_titles, key=lambda t: SequenceMatcher(None, task, t).ratio(), default=None)
    if best and SequenceMatcher(None, task, best).ratio() >= similarity:
        return body_titles[best]
    return None
