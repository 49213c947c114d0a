"""TXT tables written with ``|`` pipes or runs of spaces, rewritten as tab-separated rows so
``tables`` reads them like any tab-laid table.

A pipe table is a run of lines opening and closing with ``|`` (its ``|---|`` rule dropped);
a space table a run of at least ``min_rows`` lines with ``min_gaps`` runs of two or more
spaces between cells. Inside either, a line of at most ``stacked_max_chars`` characters
(a narrow column written one character per line, 执/法/队/伍) becomes a row of one cell.

>>> from pipeline.normalize.rules import normalize_rules
>>> from pipeline.normalize.tracked import Tracked
>>> t = Tracked.of("表\\n| 序号 | 任务 |\\n|---|---|\\n| 1 | 培训 |\\n正文")
>>> columns(t, normalize_rules(None)).text
'表\\n序号\\t任务\\n1\\t培训\\n正文'
>>> columns(Tracked.of("一、总体要求  加强\\n二、工作  任务"), normalize_rules(None)).text
'一、总体要求  加强\\n二、工作  任务'
"""
from __future__ import annotations

import re

from pipeline.normalize.noise import line_spans
from pipeline.normalize.tracked import Tracked

__all__ = ["columns"]

_BAR = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*")


def columns(t: Tracked, r: dict) -> Tracked:
    """``t`` with its pipe and space tables as tab-separated rows (offsets kept)."""
    spans = line_spans(t.text)
    lines = [t.text[s:e] for s, e in spans]
    edits: list[tuple[int, int, str]] = []
    c = r["columns"]
    kinds = ["pipe" if r["pipe_row"].match(ln) else
             "space" if len(r["space_gap"].findall(ln.strip())) >= c["min_gaps"] else None for ln in lines]
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind is None:
            i += 1
            continue
        j, rows = i, []
        while j < len(lines) and (kinds[j] == kind or _stacked(lines[j], c) or not lines[j].strip()):
            if kinds[j] == kind:
                rows.append(j)
            j += 1
        while j > i and kinds[j - 1] != kind:      # trailing blank / short lines are not the table's
            j -= 1
        if len(rows) >= (2 if kind == "pipe" else c["min_rows"]):
            for k in range(i, j):
                edits += _row_edits(t.text, spans[k], kinds[k], kind, r, c)
        i = max(j, i + 1)
    return t.replace_spans(sorted(edits)) if edits else t


def _stacked(line: str, c: dict) -> bool:
    s = line.strip()
    return 0 < len(s) <= c["stacked_max_chars"]


def _row_edits(text: str, span: tuple[int, int], kind: str | None, table_kind: str, r: dict, c: dict):
    s, e = span
    line = text[s:e]
    if not line.strip():
        return []
    if kind is None:                               # a stacked piece of the narrow first column
        return [(e, e, "\t")]
    if table_kind == "pipe":
        if r["pipe_rule"].match(line):
            return [(s, min(e + 1, len(text)), "")]
        bars = list(_BAR.finditer(line))
        return [(s + m.start(), s + m.end(), "" if k in (0, len(bars) - 1) else "\t")
                for k, m in enumerate(bars)]
    return [(s + m.start(), s + m.end(), "\t") for m in r["space_gap"].finditer(line)
            if line[:m.start()].strip()]
