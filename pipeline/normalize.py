"""normalize(RawDoc) -> Text: one canonical text for every rendition of a notice.

What it does, in order (each step keeps the offset map, see ``tracked``):

1. debris: ``[bookmark: _GoBack]``, markdown ``**``, pinyin glosses ``印发(fā)``;
2. script: traditional -> simplified with OpenCC ``t2s`` (character level, so
   mainland words such as 建立/执行/档案 survive), then the Taiwan vocabulary
   table only when the text shows Taiwan vocabulary, then small fixes;
3. web and page noise: encyclopedia heads/tails, page footers;
4. punctuation: full-width Chinese punctuation in prose, 〔〕 in 发文字号,
   ASCII digits, no spaces inside numbers and dates;
5. layout: hard line breaks inside sentences joined, real paragraphs kept;
   tables (real ones from DOCX/PDF, or tab-laid ones in TXT) rendered one row
   per line, cells separated by a tab, and listed in ``Text.tables``.

>>> normalize(RawDoc(path="x.txt", format="txt", sha256="0"*64, text="(一)最佳化程式,2024 年 6 月底前")).text
'（一）优化程序，2024年6月底前'
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from functools import lru_cache

import opencc

from extractors.lexicon import load_json, load_table
from pipeline.model import Cell, RawDoc, Table, Text
from pipeline.tracked import Tracked

_CJK = "\u3400-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=None)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=None)
def _rules():
    """Compiled normalization rules from corpora/lexicons (loaded once)."""
    noise = load_json("normalize")
    layout = load_json("layout")
    taiwan = load_table("taiwan_vocabulary")
    fixes = load_table("vocabulary_fixes")
    alt = lambda words: re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    return {
        "debris": [re.compile(p) for p in noise["debris"]],
        "head_noise": [re.compile(p) for p in noise["head_noise_lines"]],
        "head_window": noise["head_noise_window"],
        "head_min": noise["head_noise_min_lines"],
        "tail": [re.compile(p) for p in noise["tail_markers"]],
        "noise": [re.compile(p) for p in noise["noise_lines"]],
        "taiwan": {r["taiwan"]: r["mainland"] for r in taiwan},
        "taiwan_rx": alt(r["taiwan"] for r in taiwan),
        "taiwan_markers": alt(r["taiwan"] for r in taiwan if r["marker"] == "1"),
        "fixes": {r["from"]: r["to"] for r in fixes},
        "fixes_rx": alt(r["from"] for r in fixes),
        "block_start": re.compile("|".join(f"(?:{p})" for p in layout["block_start"])),
        "marker_only": re.compile(layout["marker_only"]),
        "standalone": re.compile("|".join(f"(?:{p})" for p in layout["standalone"])),
        "sentence_end": re.compile(layout["sentence_end"]),
        "heading_max": layout["heading_max_chars"],
        "title_suffix": re.compile(layout["title_suffix"]),
        "continuation": re.compile(layout["continuation_start"]),
    }


def detect_script(text: str) -> str:
    """``simplified``, ``traditional`` or ``mixed``: the share of CJK characters t2s would change."""
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return "simplified"
    sample = "".join(cjk[:20000])
    changed = sum(a != b for a, b in zip(sample, _t2s().convert(sample)))
    share = changed / len(sample)
    return "traditional" if share >= 0.05 else "mixed" if share >= 0.003 else "simplified"


def normalize(raw: RawDoc) -> Text:
    """The normalized text of ``raw`` with its offset map and tables (see module doc)."""
    r = _rules()
    t = Tracked.of(raw.text)
    for rx in r["debris"]:
        t = t.sub(rx, "")
    script = detect_script(t.text)
    if script != "simplified":
        t = to_simplified(t)
    t = _drop_noise_lines(t)
    t = _punctuation(t)
    t = _spaces(t)
    t, tables = _layout(t)
    return Text(raw=raw, text=t.text, offsets=tuple(t.offsets), script=script, tables=tables)


def to_simplified(t: Tracked) -> Tracked:
    """t2s by character, then Taiwan vocabulary (only if the text shows it), then fixes."""
    r = _rules()
    t = t.map_chars(_t2s().convert)
    if len(r["taiwan_markers"].findall(t.text)) >= 2:
        t = t.sub(r["taiwan_rx"], lambda m: r["taiwan"][m.group()])
    return t.sub(r["fixes_rx"], lambda m: r["fixes"][m.group()])


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _drop_noise_lines(t: Tracked) -> Tracked:
    """Remove web-page heads/tails (encyclopedia mirrors) and page footers, whole lines at a time."""
    r = _rules()
    spans = _line_spans(t.text)
    lines = [t.text[s:e] for s, e in spans]
    drop = set()
    head = [i for i, ln in enumerate(lines[: r["head_window"]]) if any(rx.search(ln) for rx in r["head_noise"])]
    if len(head) >= r["head_min"]:
        drop.update(range(0, head[-1] + 1))
    for i, ln in enumerate(lines):
        if any(rx.search(ln) for rx in r["tail"]) and i > len(lines) // 2:
            drop.update(range(i, len(lines)))
            break
        if any(rx.search(ln) for rx in r["noise"]):
            drop.add(i)
    if not drop:
        return t
    # Whole lines with their line end: the cuts abut but never overlap.
    return t.replace_spans((spans[i][0], min(spans[i][1] + 1, len(t.text)), "") for i in sorted(drop))


_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _punctuation(t: Tracked) -> Tracked:
    # Full-width digits and Latin letters to ASCII (one char each, offsets kept).
    t = t.map_chars(lambda s: "".join(unicodedata.normalize("NFKC", c) if "\uff10" <= c <= "\uff5a" else c for c in s))
    # ASCII punctuation in Chinese prose; not between digits (1,000 / 12:30).
    t = t.sub(r"(?<![0-9A-Za-z])[,:;?!]|[,:;?!](?![0-9])|[()]",
              lambda m: _HALF_TO_FULL[m.group()])
    # 发文字号 brackets: 鲁政办字[2024]9号 / (2024) / 【2024】 -> 〔2024〕
    t = t.sub(r"[\[［【（〔]\s*((?:19|20)\d{2})\s*[\]］】）〕](?=\s*\d{1,4}\s*号)", r"〔\1〕")
    t = t.sub(r"((?:19|20)\d{2})\s*[-－~～–]\s*((?:19|20)\d{2})\s*年", r"\1—\2年")
    t = t.sub(r"<([^<>\n]{1,80})>", r"〈\1〉")
    return t


def _spaces(t: Tracked) -> Tracked:
    """No spaces except between two Latin words; line ends and tabs are kept."""
    return t.sub(r"(?<=[A-Za-z])[ \u3000\xa0]+(?=[A-Za-z])|([ \u3000\xa0\r]+)",
                 lambda m: "" if m.group(1) else " ")


# ---------------------------------------------------------------- layout

def _layout(t: Tracked) -> tuple[Tracked, tuple[Table, ...]]:
    """Join hard-wrapped lines into paragraphs and render tables one row per line."""
    r = _rules()
    spans = _line_spans(t.text)
    lines = [t.text[s:e] for s, e in spans]
    regions = {a: (a, b, kind) for a, b, kind in _table_regions(lines)}
    in_tables = {i for a, b, _ in regions.values() for i in range(a, b)}
    wrap = _wrap_width([ln for i, ln in enumerate(lines) if ln and i not in in_tables])

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
            rendered, table = _render_table(t, spans[a:b], lines[a:b], kind, pos)
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
    full_width = bool(wrap) and len(last) >= 0.85 * wrap
    if r["block_start"].match(nxt) or (r["sentence_end"].search(para) and not (full_width and para[-1] in "：:，")):
        return True
    if r["standalone"].match(para) or r["standalone"].match(nxt):
        return True
    short = len(para) <= r["heading_max"]
    if short and r["block_start"].match(para) and not re.search("[。；]", para):
        return True
    if short and r["title_suffix"].search(para) and not (
            len(nxt) <= r["heading_max"] and r["title_suffix"].search(nxt)):
        return True
    return bool(wrap and len(last) < 0.7 * wrap)


def _wrap_width(lines: list[str]) -> float | None:
    """The layout's line width when the text was hard-wrapped (e.g. copied from a PDF), else None."""
    lengths = [len(ln) for ln in lines if len(ln) >= 4]
    if len(lengths) < 30:
        return None
    med = statistics.median(lengths)
    if med > 40:
        return None
    near = sum(abs(n - med) <= 4 for n in lengths) / len(lengths)
    return float(sorted(lengths)[int(len(lengths) * 0.75)]) if near >= 0.5 else None


def _table_regions(lines: list[str]) -> list[tuple[int, int, str]]:
    """Runs of lines laid out as a table: ``rows`` (one row per line, tab-separated cells)
    or ``cells`` (one cell per line, each opened by a tab, rows separated by blank lines).

    A line without a tab belongs to the table when it continues a cell: it follows a
    tab-opened cell line (or another continuation) with no blank line between, as text
    written one or two characters per line in a narrow column does (``加\n快\n构\n建``)."""
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
                    and j - last_tab <= _MAX_CELL_LINES and _opened_by_tab(lines, j):
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


# A narrow column can stack a cell's text one or two characters a line; longer runs are prose.
_MAX_CELL_LINES = 12


def _opened_by_tab(lines: list[str], j: int) -> bool:
    k = j - 1
    while k >= 0 and lines[k].strip() and "\t" not in lines[k]:
        k -= 1
    return k >= 0 and "\t" in lines[k] and lines[k].strip() != ""


def _render_table(t: Tracked, spans, lines, kind: str, base: int) -> tuple[Tracked, Table]:
    """Rows as lines, cells joined by tabs; a cell's own line breaks are joined without a space."""
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
    else:
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
    return rendered, Table(start=base, end=base + len(rendered.text), rows=tuple(table_rows))
