"""Laying out a decoded document as ``RawDoc.text``: paragraphs, tables, pages.

Every reader feeds a ``Layout`` in reading order and gets back a ``RawDoc``,
so the text conventions (paragraphs joined by "\\n", a table one row per line
with cells joined by "\\t", merged cells given once) live in one place.

>>> lay = Layout()
>>> lay.paragraph("一、总体要求")
>>> lay.table([["序号", "目标任务"], ["1", "全面加强"]], header_rows=1)
>>> lay.text
'一、总体要求\\n序号\\t目标任务\\n1\\t全面加强'
"""
from __future__ import annotations

import hashlib
import re
from typing import Mapping, Sequence

from pipeline.model import Cell, RawDoc, Table

# Cell text cannot hold the row/cell separators: a cell's own line breaks are
# layout (CJK needs no space when rejoined), its tabs are spacing.
_CELL_BREAK = re.compile(r"\s*\n\s*")


def clean_cell(text: str) -> str:
    """One cell's text on one line: breaks joined with "", tabs as spaces, ends trimmed."""
    return _CELL_BREAK.sub("", text.strip()).replace("\t", " ")


class Layout:
    """Accumulates paragraphs and tables in reading order (see module docstring)."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._tables: list[Table] = []
        self._page_starts: list[int] = []

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def _next_line_start(self) -> int:
        return self._len + 1 if self._len else 0

    def _line(self, line: str) -> tuple[int, int]:
        if self._len:
            self._parts.append("\n")
            self._len += 1
        start = self._len
        self._parts.append(line)
        self._len += len(line)
        return start, self._len

    def new_page(self) -> None:
        """Mark that a new page begins with the next line (paged formats)."""
        self._page_starts.append(self._next_line_start())

    def paragraph(self, text: str, page_breaks: Sequence[int] = ()) -> None:
        """Add a paragraph; its own "\\n" (a hard line break) is kept. Blank text is dropped.

        ``page_breaks``: offsets in ``text`` where a new page begins.
        """
        if text.strip():
            start, _ = self._line(text)
            self._page_starts += [start + b for b in page_breaks]

    def table(self, rows: Sequence[Sequence[str]], header_rows: int = 0,
              page_breaks: Sequence[int] = (), *,
              spans: Sequence[Sequence[tuple[int, int]]] | None = None) -> None:
        """Add a table of cell texts ("" for a merged-away cell), one line per row.

        ``page_breaks``: indexes of the rows that begin a new page; ``spans``: each cell's
        (row span, column span) where the container knows them. The first ``header_rows``
        rows' cells are header cells.
        """
        rows = [[clean_cell(c) for c in row] for row in rows]
        if not any(any(row) for row in rows):
            return
        table_rows = []
        for i, row in enumerate(rows):
            start, end = self._line("\t".join(row))
            if i in page_breaks:
                self._page_starts.append(start)
            cells, pos = [], start
            for j, c in enumerate(row):
                rs, cs = spans[i][j] if spans and i < len(spans) and j < len(spans[i]) else (1, 1)
                cells.append(Cell(pos, pos + len(c), row_span=rs, col_span=cs, header=i < header_rows))
                pos += len(c) + 1
            table_rows.append(tuple(cells))
        self._tables.append(Table(table_rows[0][0].start, end, tuple(table_rows), header_rows))

    def build(self, path: str, fmt: str, data: bytes, *, encoding: str | None = None,
              fields: Mapping[str, str] | None = None) -> RawDoc:
        text = self.text
        return RawDoc(
            path=path, format=fmt, sha256=hashlib.sha256(data).hexdigest(), text=text,
            encoding=encoding,
            tables=tuple(self._tables),
            page_starts=tuple(min(p, len(text)) for p in self._page_starts),
            fields=dict(fields or {}))
