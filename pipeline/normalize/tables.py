"""Tables in the text: found (tab-laid rows, or one cell per line) and rendered one row per
line, cells joined by a tab, as ``Table``s in normalized offsets.

A table the container gave (DOCX, PDF: ``RawDoc.tables``) keeps what the container knew —
header rows, row and column spans — once its rendering is located in the normalized text.

>>> table_regions(["序号\\t任务", "1\\t培训", "正文"], 12)
[(0, 2, 'rows')]
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.model import Cell, Table
from pipeline.normalize.tracked import Tracked

__all__ = ["table_regions", "render_table"]


def table_regions(lines: list[str], max_cell_lines: int) -> list[tuple[int, int, str]]:
    """Runs of lines laid out as a table: ``rows`` (one row per line, tab-separated cells)
    or ``cells`` (one cell per line, each opened by a tab, rows separated by blank lines).

    A line without a tab belongs to the table when it continues a cell: it follows a
    tab-opened cell line (or another continuation) with no blank line between, as text
    written one or two characters per line in a narrow column does (``加\\n快\\n构\\n建``);
    a narrow column stacks at most ``max_cell_lines`` such lines."""
    regions = []
    i, n = 0, len(lines)
    while i < n:
        if "\t" not in lines[i]:
            i += 1
            continue
        end = j = last_tab = i
        while j < n:
            ln, prev = lines[j], lines[j - 1]
            if "\t" in ln:
                end = last_tab = j
            elif ln.strip() and (prev.startswith("\t") or "\t" not in prev) \
                    and j - last_tab <= max_cell_lines and _opened_by_tab(lines, j):
                end = j
            elif ln.strip():
                break
            j += 1
        tabbed = [ln for ln in lines[i:end + 1] if "\t" in ln]
        cell_per_line = sum(ln.startswith("\t") and ln.count("\t") == 1 for ln in tabbed) > 0.6 * len(tabbed)
        if len(tabbed) >= 2:
            regions.append((i, end + 1, "cells" if cell_per_line else "rows"))
        i = end + 1
    return regions


def _opened_by_tab(lines: list[str], j: int) -> bool:
    k = j - 1
    while k >= 0 and lines[k].strip() and "\t" not in lines[k]:
        k -= 1
    return k >= 0 and "\t" in lines[k] and lines[k].strip() != ""


def _rows(t: Tracked, spans, lines, kind: str) -> list[list[Tracked]]:
    rows: list[list[Tracked]] = []
    if kind == "rows":
        for (s, e), ln in zip(spans, lines):
            if not ln.strip():
                continue
            cells, p = [], s
            for cell in ln.split("\t"):
                cells.append(t.slice(p, p + len(cell)))
                p += len(cell) + 1
            rows.append(cells)
        return rows
    current: list[Tracked] = []
    for (s, e), ln in zip(spans, lines):
        if ln == "":          # a lone tab is an empty cell; only an empty line ends a row
            if current:
                rows.append(current)
                current = []
            continue
        if ln.startswith("\t"):
            current.append(t.slice(s + 1, e))
        elif current:
            current[-1] = Tracked.join([current[-1], t.slice(s, e)])
        else:
            current.append(t.slice(s, e))
    if current:
        rows.append(current)
    return rows


def render_table(t: Tracked, spans, lines, kind: str, base: int,
                 real_tables: tuple[Table, ...] = ()) -> tuple[Tracked, Table]:
    """Rows as lines, cells joined by tabs; a cell's own line breaks are joined without a space."""
    rows = _rows(t, spans, lines, kind)
    parts: list[Tracked] = []
    table_rows = []
    pos = base
    for ri, cells in enumerate(rows):
        if ri:
            parts.append(Tracked("\n", [cells[0].offsets[0]] * 2))
            pos += 1
        row_cells = []
        for ci, cell in enumerate(cells):
            if ci:
                parts.append(Tracked("\t", [cell.offsets[0]] * 2))
                pos += 1
            cell = cell.sub(r"\t", "")
            parts.append(cell)
            row_cells.append(Cell(pos, pos + len(cell.text)))
            pos += len(cell.text)
        table_rows.append(tuple(row_cells))
    rendered = Tracked.join(parts)
    table = Table(start=base, end=base + len(rendered.text), rows=tuple(table_rows))
    source = _source_table(rendered.offsets[0] if rendered.text else -1, real_tables)
    return rendered, _with_structure(table, source) if source else table


def _source_table(raw_start: int, real_tables: tuple[Table, ...]) -> Table | None:
    return next((rt for rt in real_tables if rt.start <= raw_start < max(rt.end, rt.start + 1)), None)


def _with_structure(table: Table, source: Table) -> Table:
    """``table`` with the header rows and cell spans of the container's table it renders,
    where the two have the same shape (a cell-per-line TXT table has none to take)."""
    if [len(r) for r in table.rows] != [len(r) for r in source.rows]:
        return table
    rows = tuple(tuple(replace(c, row_span=sc.row_span, col_span=sc.col_span, header=sc.header)
                       for c, sc in zip(row, srow)) for row, srow in zip(table.rows, source.rows))
    return replace(table, rows=rows, header_rows=source.header_rows)
