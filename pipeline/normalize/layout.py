"""Hard line breaks: which ones end a paragraph and which are a layout wrap to be joined.

A break is kept when the next line opens a block (a numbering marker, 附件, 抄送 …),
when the paragraph so far ends a sentence, or is a heading, a title or a standalone
line (发文字号, a date); in hard-wrapped text (copied from a PDF) a short last line
ends its paragraph and a full one is a wrap. Tables (``tables``) are rendered one row
per line in between.

>>> from pipeline.model import RawDoc
>>> from pipeline.normalize import normalize
>>> normalize(RawDoc(path="x.txt", format="txt", sha256="0"*64, text="一、总体要求\\n加强行政\\n执法。")).text
'一、总体要求\\n加强行政执法。'
"""
from __future__ import annotations

import re
import statistics

from pipeline.model import Table
from pipeline.normalize.noise import line_spans
from pipeline.normalize.tables import render_table, table_regions
from pipeline.normalize.tracked import Tracked

__all__ = ["join_lines"]


def join_lines(t: Tracked, r: dict, real_tables: tuple[Table, ...] = ()) -> tuple[Tracked, tuple[Table, ...]]:
    """Join hard-wrapped lines into paragraphs and render tables one row per line."""
    spans = line_spans(t.text)
    lines = [t.text[s:e] for s, e in spans]
    regions = {a: (a, b, kind) for a, b, kind in table_regions(lines, r["max_cell_lines"])}
    in_tables = {i for a, b, _ in regions.values() for i in range(a, b)}
    wrap = _wrap_width([ln for i, ln in enumerate(lines) if ln and i not in in_tables], r["wrap"])

    parts: list[Tracked] = []     # output pieces, "\n" pieces between paragraphs
    tables: list[Table] = []
    pos = 0                        # length of output so far
    para: str | None = None        # the paragraph being built (None after a table / at start)
    last = ""                      # its last physical line
    i = 0
    while i < len(lines):
        region = regions.get(i)
        if region:
            a, b, kind = region
            if parts:
                parts.append(_newline(t, spans[a][0]))
                pos += 1
            rendered, table = render_table(t, spans[a:b], lines[a:b], kind, pos, real_tables)
            parts.append(rendered)
            tables.append(table)
            pos += len(rendered.text)
            para, i = None, b
            continue
        line = lines[i]
        if not line.strip("\t"):
            i += 1
            continue
        s, e = spans[i]
        piece = t.slice(s, e)
        if para is not None and not _keeps_break(para, last, line, wrap, r):
            parts.append(piece)
            para += line
        else:
            if parts:
                parts.append(_newline(t, s))
                pos += 1
            parts.append(piece)
            para = line
        last = line
        pos += len(piece.text)
        i += 1
    out = Tracked.join(parts) if parts else Tracked("", [0])
    return out, tuple(tables)


def _newline(t: Tracked, at: int) -> Tracked:
    src = t.offsets[at - 1] if at > 0 else 0
    return Tracked("\n", [src, src])


def _keeps_break(para: str, last: str, nxt: str, wrap: float | None, r) -> bool:
    """Whether the break after ``para`` (whose last physical line is ``last``) ends the paragraph
    before line ``nxt``, or is a layout wrap to be joined.

    Paragraph-level cues (a bare marker, an open bracket, a heading or title) look at ``para``;
    layout cues (a full or a short line in hard-wrapped text) look at ``last``."""
    if r["marker_only"].match(para.strip()):
        return False
    if r["continuation"].match(nxt) or para.count("（") > para.count("）"):
        return False
    full_width = bool(wrap) and len(last) >= r["wrap"]["full_share"] * wrap
    if r["block_start"].match(nxt) or (r["sentence_end"].search(para) and not (full_width and para[-1] in "：:，")):
        return True
    if r["standalone"].match(para) or r["standalone"].match(nxt):
        return True
    short = len(para) <= r["heading_max"]
    if short and r["block_start"].match(para) and not re.search("[。；]", para) and not full_width:
        return True            # a numbered heading, unless a full line of hard-wrapped text runs on
    if short and r["title_suffix"].search(para) and not full_width and not (
            len(nxt) <= r["heading_max"] and r["title_suffix"].search(nxt)):
        return True
    return bool(wrap and len(last) < r["wrap"]["short_share"] * wrap)


def _wrap_width(lines: list[str], w: dict) -> float | None:
    """The layout's line width when the text was hard-wrapped (e.g. copied from a PDF), else None."""
    lengths = [len(ln) for ln in lines if len(ln) >= w["min_line_chars"]]
    if len(lengths) < w["min_lines"]:
        return None
    med = statistics.median(lengths)
    near = sum(abs(n - med) <= w["near_chars"] for n in lengths) / len(lengths)
    if med <= w["max_median"] and near >= w["near_share"]:
        return float(sorted(lengths)[int(len(lengths) * w["width_quantile"])])
    # long paragraphs wrapped wide (40) leave many short last lines: the width is then the
    # commonest length, when enough lines reach it and hardly any run past it
    mode = max(set(lengths), key=lambda n: (lengths.count(n), n))
    full = sum(mode - w["near_chars"] <= n <= mode for n in lengths) / len(lengths)
    longer = sum(n > mode + w["near_chars"] for n in lengths) / len(lengths)
    if mode <= w["max_median"] and full >= w["mode_share"] and longer <= w["longer_share"]:
        return float(mode)
    return None
