"""PDF reader: the text layer, re-flowed into paragraphs, with ruled tables kept as tables.

A PDF has no paragraphs, only positioned characters. This reader rebuilds
what the author wrote, page by page:

* **Lines** from the characters (pdfplumber ``page.chars``). Spaces are the
  PDF's own space characters only: the gap LibreOffice/Word leave between a
  CJK character and a digit or Latin letter in another font (``2025 年``,
  ``〔2023〕27 号``) is layout, not a space. A gap between two Latin/digit
  characters wider than ``LATIN_GAP`` em does count as a space.
* **Page furniture** — page numbers such as ``— 3 —``, ``第 3 页 共 12 页``
  (patterns in ``corpora/lexicons/ingest_pdf.json``) and running lines
  repeated on most pages — is dropped when it sits in the top or bottom
  ``MARGIN_BAND`` of the page.
* **Paragraphs**: a line continues into the next (across pages too) when it
  reaches within ``FULL_LINE`` em of the right margin and the next line is
  not indented; in a document whose paragraphs carry no first-line indent, a
  full line ending a sentence (``sentence_end``) also ends its paragraph.
* **Tables**: ``page.find_tables()`` (ruled tables); their cells are read from
  the characters inside each cell box, merged cells once (pdfplumber gives
  ``None`` for a covered cell). A table that opens the next page continues
  the previous one; the header rows the page repeats are dropped and counted
  as ``header_rows``.

Raises ScannedPDF (no text layer on any page), EncryptedPDF (password missing
or wrong) and CorruptFile (pdfminer cannot parse the file).

>>> raw = read(Path("001.pdf").read_bytes(), "001.pdf")   # doctest: +SKIP
>>> raw.page_starts[:2]                                  # doctest: +SKIP
(0, 391)
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils import cluster_objects
from pdfplumber.utils.exceptions import PdfminerException

from extractors.lexicon import load_json
from pipeline.errors import CorruptFile, EncryptedPDF, ScannedPDF
from pipeline.ingest._layout import Layout
from pipeline.model import RawDoc

LINE_TOLERANCE = 0.5   # em: characters whose vertical centres differ less share a line
LATIN_GAP = 0.25       # em: a wider gap between two non-CJK characters is a word space
FULL_LINE = 1.0        # em: a line ending this close to the right margin is full
INDENT = 0.5           # em: a line starting this far right of the left margin is indented
PARA_GAP = 1.2         # em: a wider vertical gap between lines starts a new paragraph
MARGIN_BAND = 0.12     # share of the page height at top and bottom where furniture lives
RUNNING_SHARE = 0.5    # a margin line on at least this share of pages (3 or more) is running

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_SPACE = re.compile(r"\s+")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class _Page:
    width: float
    height: float
    items: list        # (top, _Line | list[list[str]]) in reading order


def _rules() -> dict:
    return load_json("ingest_pdf")


def _lines(chars: list[dict]) -> list[_Line]:
    """Characters grouped into lines, top to bottom, each read left to right."""
    if not chars:
        return []
    size = Counter(round(c["size"]) for c in chars).most_common(1)[0][0] or 10
    out = []
    rows = cluster_objects(chars, lambda c: (c["top"] + c["bottom"]) / 2, LINE_TOLERANCE * size)
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        parts = [row[0]["text"]]
        for a, b in zip(row, row[1:]):
            gap = b["x0"] - a["x1"]
            if (gap > LATIN_GAP * b["size"] and not a["text"].isspace() and not b["text"].isspace()
                    and not _CJK.match(a["text"]) and not _CJK.match(b["text"])):
                parts.append(" ")
            parts.append(b["text"])
        text = "".join(parts).strip()
        if text:
            ink = [c for c in row if not c["text"].isspace()]
            out.append(_Line(text, ink[0]["x0"], ink[-1]["x1"], min(c["top"] for c in row),
                             max(c["bottom"] for c in row),
                             Counter(round(c["size"]) for c in ink).most_common(1)[0][0]))
    out.sort(key=lambda ln: ln.top)
    return out


def _inside(c: dict, bbox) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _table_rows(table, chars: list[dict]) -> list[list[str]]:
    """Cell texts row by row; a cell's own lines joined with "" (vertical text too)."""
    mine = [c for c in chars if _inside(c, table.bbox)]
    rows = []
    for row in table.rows:
        rows.append(["" if cell is None else
                     "".join(ln.text for ln in _lines([c for c in mine if _inside(c, cell)]))
                     for cell in row.cells])
    return rows


def _page(page) -> _Page:
    chars = page.dedupe_chars().chars
    tables = page.find_tables()
    free = [c for c in chars if not any(_inside(c, t.bbox) for t in tables)]
    items = [(ln.top, ln) for ln in _lines(free)]
    items += [(t.bbox[1], _table_rows(t, chars)) for t in tables]
    items.sort(key=lambda it: it[0])
    return _Page(page.width, page.height, items)


def _drop_furniture(pages: list[_Page]) -> None:
    """Remove page numbers and running header/footer lines in the margin bands."""
    patterns = [re.compile(p) for p in _rules()["page_furniture"]]

    def in_band(page: _Page, ln: _Line) -> bool:
        return ln.bottom < page.height * MARGIN_BAND or ln.top > page.height * (1 - MARGIN_BAND)

    def key(ln: _Line) -> str:
        return re.sub(r"\d+", "#", _SPACE.sub("", ln.text))

    band_keys = Counter(k for p in pages for k in {key(ln) for _, ln in p.items
                                                   if isinstance(ln, _Line) and in_band(p, ln)})
    running = {k for k, n in band_keys.items()
               if n >= 3 and n >= RUNNING_SHARE * len(pages)}
    for p in pages:
        p.items = [(top, it) for top, it in p.items
                   if not (isinstance(it, _Line) and in_band(p, it)
                           and (key(it) in running
                                or any(rx.fullmatch(_SPACE.sub("", it.text)) for rx in patterns)))]


def _margins(pages: list[_Page]) -> dict[float, tuple[float, float]]:
    """(left, right) text margins for each page width (portrait and landscape differ)."""
    out = {}
    for width in {p.width for p in pages}:
        lines = [it for p in pages if p.width == width for _, it in p.items if isinstance(it, _Line)]
        if lines:
            left = Counter(round(ln.x0) for ln in lines).most_common(1)[0][0]
            out[width] = (left, max(ln.x1 for ln in lines))
    return out


def _joiner(a: str, b: str) -> str:
    return " " if a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum() else ""


def _continues(p_ln: _Line, p_width: float, ln: _Line, left: float, same_page: bool,
               margins: dict, sentence_end: tuple[str, ...] | None) -> bool:
    """Does ``ln`` carry on the paragraph whose last line is ``p_ln``?"""
    full = margins[p_width][1] - p_ln.x1 < FULL_LINE * p_ln.size
    indented = ln.x0 - left > INDENT * ln.size
    gap = ln.top - p_ln.bottom if same_page else 0
    ends = sentence_end is not None and p_ln.text.endswith(sentence_end)
    return (full and not indented and not ends and gap < PARA_GAP * ln.size
            and abs(ln.size - p_ln.size) < 1)


def _flow(pages: list[_Page], lay: Layout) -> None:
    """Lay pages out: lines joined into paragraphs, tables continued across pages."""
    margins = _margins(pages)
    lines = [(p, ln) for p in pages for _, ln in p.items if isinstance(ln, _Line)]
    indented = sum(ln.x0 - margins[p.width][0] > INDENT * ln.size for p, ln in lines)
    # Without first-line indents, a full line ending a sentence is the best paragraph cue left.
    sentence_end = None if indented >= 0.05 * len(lines) else tuple(_rules()["sentence_end"])
    para: list[str] = []
    prev: tuple[_Line, _Page] | None = None
    head: list[list[str]] | None = None    # first rows of the table the text ends with

    def close() -> None:
        if para:
            lay.paragraph("".join(para))
            para.clear()

    for page in pages:
        lay.new_page(carry=sum(map(len, para)))
        for n, (_, item) in enumerate(page.items):
            if isinstance(item, list):
                close()
                prev = None
                if head is not None and n == 0 and len(item[0]) == len(head[0]):
                    repeated = 0
                    while repeated < min(len(item) - 1, len(head)) and item[repeated] == head[repeated]:
                        repeated += 1
                    lay.table(item[repeated:], repeated, continue_last=True)
                else:
                    lay.table(item)
                    head = item
                continue
            head = None
            if prev is not None and _continues(prev[0], prev[1].width, item, margins[page.width][0],
                                               prev[1] is page, margins, sentence_end):
                para.append(_joiner(para[-1], item.text) + item.text)
            else:
                close()
                para.append(item.text)
            prev = (item, page)
    close()


def read(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    """The text layer of a PDF in reading order, with ``page_starts`` and ruled tables."""
    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            pages = [_page(page) for page in pdf.pages]
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, PDFPasswordIncorrect):
            problem = "the password given is wrong" if password else "is encrypted with a password"
            raise EncryptedPDF(path, problem) from None
        if isinstance(cause, PDFEncryptionError):
            raise EncryptedPDF(path, f"uses an encryption pdfminer cannot open ({cause})",
                               "decrypt it first (e.g. `qpdf --decrypt in.pdf out.pdf`)") from None
        raise CorruptFile(path, f"cannot be parsed as a PDF ({type(cause).__name__}: {cause})") from None
    if not any(isinstance(it, list) or it.text for p in pages for _, it in p.items):
        raise ScannedPDF(path, f"no text layer on any of {len(pages)} pages")
    _drop_furniture(pages)
    lay = Layout()
    _flow(pages, lay)
    return lay.build(path, "pdf", data)
