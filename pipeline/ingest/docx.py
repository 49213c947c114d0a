"""DOCX reader: the body's paragraphs and tables in document order.

Read from the WordprocessingML itself rather than python-docx's convenience
views, because those lose what a notice depends on: ``document.paragraphs``
skips tables, and ``table.rows[i].cells`` repeats a merged cell for every
row and column it spans. Headers and footers (page numbers) are left out;
empty and page-break-only paragraphs are dropped; ``w:br`` is a line break
and ``w:tab`` a tab. A table cell's paragraphs are joined with "".

>>> from pathlib import Path
>>> doc = read(Path("tests/fixtures/formats/000.docx").read_bytes(), "000.docx")
>>> doc.tables[0].header_rows, len(doc.tables[0].rows[0]), doc.tables[0].rows[0][0].header
(1, 4, True)
"""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from pipeline.errors import CorruptFile
from pipeline.ingest._layout import Layout
from pipeline.model import RawDoc

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_TR, _TC = qn("w:tr"), qn("w:tc")
_VAL = qn("w:val")
# What a run contributes to the text; deleted text (w:delText) and field codes
# (w:instrText) are different tags and so never read.
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
             qn("w:noBreakHyphen"): "-"}
_OFF = {"0", "false", "off"}
# A text box is stored twice (DrawingML and a VML fallback); read it once.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text(element) -> str:
    """The text of a paragraph (or cell), in order."""
    out = []
    for node in element.iter(*_RUN_TEXT):
        if next(node.iterancestors(_FALLBACK), None) is not None:
            continue
        out.append(node.text or "" if _RUN_TEXT[node.tag] is None else _RUN_TEXT[node.tag])
    return "".join(out)


def _paragraph(p) -> str:
    """A paragraph's lines with their indentation and trailing spaces trimmed."""
    lines = (ln.strip(" \t\u3000\xa0") for ln in _text(p).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _int(element, tag: str, default: int) -> int:
    """An integer property such as ``w:gridSpan``; a missing or garbled one is ``default``."""
    el = element.find(tag) if element is not None else None
    value = el.get(_VAL, "") if el is not None else ""
    return int(value) if value.isdigit() else default


def _on(element, tag: str) -> bool:
    """True when the toggle property ``tag`` is present and not switched off."""
    el = element.find(tag)
    return el is not None and el.get(_VAL, "true").lower() not in _OFF


def _grid(tbl) -> tuple[list[list[str]], int, list[list[tuple[int, int]]]]:
    """The table as a grid of cell texts, each merged cell given once; its header row count;
    and each grid position's (row span, column span).

    A cell spanning columns (``w:gridSpan``) sits in its first column, the
    others empty; a vertically merged cell (``w:vMerge``) sits in its first
    row, later rows hold "" there. A covered position has span (1, 1).
    """
    ncols = len(tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}"))
    rows, spans, header_rows, in_header = [], [], 0, True
    origin: dict[int, tuple[int, int]] = {}     # column -> (row, column) of the merge it continues
    for tr in tbl.findall(_TR):          # direct rows: a nested table is its cell's text
        trpr = tr.find(qn("w:trPr"))
        in_header = in_header and trpr is not None and _on(trpr, qn("w:tblHeader"))
        header_rows += in_header
        row = [""] * _int(trpr, qn("w:gridBefore"), 0)
        row_spans = [(1, 1)] * len(row)
        for tc in tr.findall(_TC):
            tcpr = tc.find(qn("w:tcPr"))
            span = max(1, _int(tcpr, qn("w:gridSpan"), 1))
            vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            merged = vmerge is not None and vmerge.get(_VAL, "continue") != "restart"
            col = len(row)
            if merged and col in origin:
                r0, c0 = origin[col]
                spans[r0][c0] = (spans[r0][c0][0] + 1, spans[r0][c0][1])
            elif vmerge is not None:
                origin[col] = (len(rows), col)
            else:
                origin.pop(col, None)
            cell = "" if merged else "".join(_text(p) for p in tc.iter(_P))
            row += [cell] + [""] * (span - 1)
            row_spans += [(1, 1) if merged else (1, span)] + [(1, 1)] * (span - 1)
        rows.append(row)
        spans.append(row_spans)
    width = max([ncols] + [len(r) for r in rows])
    return ([r + [""] * (width - len(r)) for r in rows], header_rows,
            [s + [(1, 1)] * (width - len(s)) for s in spans])


def _blocks(container):
    """Body-level paragraphs and tables in order, looking inside content controls."""
    for child in container:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)


def read(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    """Body text and tables of a .docx; ``fields["标题"]`` from the core title when set."""
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 — python-docx fails on a damaged package in many ways
        # (BadZipFile, KeyError, XMLSyntaxError, AttributeError on a malformed part); all of them
        # mean the same to the user, and the cause is named in the message.
        raise CorruptFile(path, f"cannot be opened as a Word document ({type(e).__name__}: {e})") from None
    lay = Layout()
    for block in _blocks(document.element.body):
        if block.tag == _P:
            lay.paragraph(_paragraph(block))
        else:
            rows, header_rows, spans = _grid(block)
            lay.table(rows, header_rows, spans=spans)
    title = (document.core_properties.title or "").strip()
    return lay.build(path, "docx", data, fields={"标题": title} if title else {})
