"""Task-list tables: one clause per data row, its id from the row's own numbering.

A header row names the columns' roles (number, section, task, item, measure, units,
lead units, deadline): a header word of ``tables.json`` ``header_roles``, else the
first ``column_keywords`` pattern the header contains (工作内容 -> measure, 牵头单位 ->
lead units); header rows of the data rows' width are merged, a later one naming the
cells an earlier one spans. A cell opening with 一、 opens a section, with ``1.`` a task
under it; a row numbered （1） or with a 序号 is a ``table_row`` clause under them. With
no measure column the task column holds the measure. A merged cell (empty in the rows
it covers) carries down: the task and the 责任 cell apply to every row below until
another is given. A schedule row (配档表) whose task reads as a body measure's title
``restates`` that measure and is not a measure itself.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from pipeline.model import ClauseKind, Table
from pipeline.parse.numbering import match_marker, title_of
from pipeline.parse.tree import OpenClause, TreeBuilder

__all__ = ["read_table", "column_role"]


def column_role(header: str, r: dict) -> str | None:
    """The role of a column headed ``header``.

    >>> from pipeline.parse.rules import parse_rules
    >>> [column_role(h, parse_rules(None)) for h in ("工作内容", "牵头单位", "协办单位", "完成时限", "说 明x")]
    ['measure', 'lead_units', 'units', 'deadline', 'status']
    """
    h = "".join(header.split())
    if h in r["header_roles"]:
        return r["header_roles"][h]
    return next((role for rx, role in r["column_keywords"] if rx.search(h)), None)


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
            if len(values) > 1:
                roles = _one_measure(_merge_roles(roles, [column_role(v, r) if v.strip() else None for v in values]))
            continue
        role_of = _roles_of(roles, len(row))
        task_holds_measure = bool(roles) and not {"measure", "item"} & set(roles)
        item: tuple[int, str, str] | None = None
        number: str | None = None
        measure_i = units_i = task_i = None
        for i, v in enumerate(values):
            marker = match_marker(v, r, in_table=True)
            part = marker[0].get("table") if marker else None
            role = role_of(i)
            if role == "task" and task_holds_measure and v.strip() and measure_i is None:
                role = "measure"
            if part == "section":
                section_id = _section(b, marker[2], None, row[i], title_of(v, marker[1], title_max))
                task_id = None
            elif part == "task" and measure_i is None and role != "number":
                task_id = _section(b, marker[2], section_id, row[i], title_of(v, marker[1], title_max))
            elif part == "row" and item is None:
                item = (i, marker[1], marker[2])
            elif role == "number" and v.strip():
                number = v.strip().rstrip(".．、")
            elif role == "task":
                task_i = i
            elif role in ("units", "lead_units"):
                if units_i is None or role == "units":
                    units_i = i
            elif role in ("deadline", "status", "section", "number"):
                continue
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


def _roles_of(roles: list[str | None] | None, width: int):
    """The role of each cell of a row ``width`` cells wide. A row of a text table one or two
    cells short lost its empty cells (a space-laid table cannot show them): its cells keep
    their header's roles from the left, its last cell the last column's role."""
    if not roles or width < 3 or not len(roles) - 2 <= width <= len(roles):
        return lambda i: None
    return lambda i: roles[i] if i < width - 1 or width == len(roles) else roles[-1]


def _one_measure(roles: list[str | None]) -> list[str | None]:
    """Of two measure-like columns (事项 | 举措) the last holds the measure, the first its task."""
    measures = [i for i, role in enumerate(roles) if role == "measure"]
    return [("task" if i in measures[:-1] else role) for i, role in enumerate(roles)]


def _merge_roles(roles: list[str | None] | None, new: list[str | None]) -> list[str | None]:
    """A header row's roles over the ones read so far: a second header row (牵头单位|配合单位
    under a spanning 责任单位) names what the first left general."""
    if roles is None or len(roles) != len(new):
        return new if roles is None or any(new) else roles
    return [n if n is not None else o for o, n in zip(roles, new)]


def _section(b: TreeBuilder, comp: str, parent: str | None, cell, title) -> str:
    cid = b.path(parent, comp)
    if cid not in b.done:
        b.done[cid] = OpenClause(cid, 1 if parent is None else 3, comp, cell.start, cell.end,
                                 parent, title, kind=ClauseKind.SECTION)
    return cid


def _is_header(values: list[str], r: dict) -> bool:
    filled = ["".join(v.split()) for v in values if v.strip()]
    return bool(filled) and all(
        v in r["header_roles"] or (len(v) <= r["header_max_chars"] and column_role(v, r) is not None)
        for v in filled)


def _restated(task: str, body_titles: dict[str, str], similarity: float) -> str | None:
    """The body measure a schedule row (配档表) restates: the one whose title reads nearly the same."""
    best = max(body_titles, key=lambda t: SequenceMatcher(None, task, t).ratio(), default=None)
    if best and SequenceMatcher(None, task, best).ratio() >= similarity:
        return body_titles[best]
    return None
