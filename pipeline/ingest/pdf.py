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
  ``None`` for a covered cell). A table that opens a page right after a table
  continues it: the header rows the page repeats are dropped and counted as
  ``header_rows``; a cell the page break cut — the last in its column, its
  text down at the bottom edge with a full last line and no closing
  punctuation (``cell_end``) — takes back the text of the next page's first
  cell in that column. A wide gap inside a line (``TAB_GAP``) is a "\\t".

Raises ScannedPDF (no text layer on any page), EncryptedPDF (password missing
or wrong) and CorruptFile (pdfminer cannot parse the file).

>>> from pathlib import Path
>>> raw = read(Path("tests/fixtures/formats/001.pdf").read_bytes(), "001.pdf")
>>> raw.text[raw.page_starts[1]:][:11]
'1. 加强思想政治建设'
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

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
TAB_GAP = 2.0          # em: a wider gap inside a line is a tab stop (版记: 印发机关 ⇥ 印发日期)
FULL_LINE = 1.0        # em: a line ending this close to the right margin is full
INDENT = 0.5           # em: a line starting this far right of the left margin is indented
PARA_GAP = 1.2         # em: a wider vertical gap between lines starts a new paragraph
CELL_EDGE = 2.0        # em: text this close to a cell's bottom edge touches it
FULL_CELL_LINE = 0.25  # em: a cell line this close to the cell's widest line is full
MARGIN_BAND = 0.12     # share of the page height at top and bottom where furniture lives
RUNNING_SHARE = 0.5    # a margin line on at least this share of pages (3 or more) is running
INDENTED_SHARE = 0.05  # a document with fewer indented lines has no first-line indents

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
class _Cell:
    text: str
    cut: bool = False   # its text fills the box to the page bottom: the page break cut it


@dataclass
class _Page:
    width: float
    height: float
    items: list        # _Line | list[list[_Cell | None]] (a table), top to bottom


@dataclass
class _Block:
    """A paragraph (parts of text) or a table (rows) being assembled across pages."""
    parts: list[str] | None = None
    rows: list[list[str]] | None = None
    header_rows: int = 0
    breaks: list[int] = field(default_factory=list)   # text offsets / row indexes opening a page
    open_cells: dict[int, int] = field(default_factory=dict)   # column -> row of a cut cell


def _rules() -> dict:
    return load_json("ingest_pdf")


def _size(chars: list[dict]) -> float:
    return Counter(round(c["size"]) for c in chars).most_common(1)[0][0] or 10


def _lines(chars: list[dict]) -> list[_Line]:
    """Characters grouped into lines, top to bottom, each read left to right."""
    ink = [c for c in chars if not c["text"].isspace()]
    if not ink:
        return []
    out = []
    rows = cluster_objects(chars, lambda c: (c["top"] + c["bottom"]) / 2, LINE_TOLERANCE * _size(ink))
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        parts = [row[0]["text"]]
        for a, b in zip(row, row[1:]):
            gap = b["x0"] - a["x1"]
            if a["text"].isspace() or b["text"].isspace():
                pass
            elif gap > TAB_GAP * b["size"]:
                parts.append("\t")
            elif gap > LATIN_GAP * b["size"] and not _CJK.match(a["text"]) and not _CJK.match(b["text"]):
                parts.append(" ")
            parts.append(b["text"])
        text = "".join(parts).strip()
        row_ink = [c for c in row if not c["text"].isspace()]
        if text and row_ink:
            out.append(_Line(text, row_ink[0]["x0"], row_ink[-1]["x1"], min(c["top"] for c in row_ink),
                             max(c["bottom"] for c in row_ink), _size(row_ink)))
    out.sort(key=lambda ln: ln.top)
    return out


def _inside(c: dict, bbox) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _cell(chars: list[dict], bbox, table_bottom: float, stops: tuple[str, ...]) -> _Cell:
    """The cell's lines joined with ""; ``cut`` when it ends the table on this page with a
    full last line down at the bottom edge and no closing punctuation (text flowed on)."""
    lines = _lines([c for c in chars if _inside(c, bbox)])
    if not lines:
        return _Cell("")
    text, last, em = "".join(ln.text for ln in lines), lines[-1], lines[-1].size
    full = max(ln.x1 - ln.x0 for ln in lines) - (last.x1 - last.x0) < FULL_CELL_LINE * em
    cut = (full and table_bottom - bbox[3] < 1 and bbox[3] - last.bottom < CELL_EDGE * em
           and not text.endswith(stops))
    return _Cell(text, cut)


def _page(page) -> _Page:
    chars = page.dedupe_chars().chars
    tables = page.find_tables()
    stops = tuple(_rules()["cell_end"])
    free = [c for c in chars if not any(_inside(c, t.bbox) for t in tables)]
    items = [(ln.top, ln) for ln in _lines(free)]
    for t in tables:
        mine = [c for c in chars if _inside(c, t.bbox)]
        items.append((t.bbox[1], [[None if box is None else _cell(mine, box, t.bbox[3], stops)
                                   for box in row.cells] for row in t.rows]))
    items.sort(key=lambda it: it[0])
    return _Page(page.width, page.height, [it for _, it in items])


def is_page_number(line: str) -> bool:
    """True for a page-number line: ``— 3 —``, ``- 3 -``, ``第3页``, ``第 3 页 共 12 页``."""
    text = _SPACE.sub("", line)
    return any(re.fullmatch(p, text) for p in _rules()["page_furniture"])


def _drop_furniture(pages: list[_Page]) -> None:
    """Remove page numbers and running header/footer lines in the margin bands."""
    def in_band(page: _Page, ln) -> bool:
        return isinstance(ln, _Line) and (ln.bottom < page.height * MARGIN_BAND
                                          or ln.top > page.height * (1 - MARGIN_BAND))

    def key(ln: _Line) -> str:
        return re.sub(r"\d+", "#", _SPACE.sub("", ln.text))

    seen = Counter(k for p in pages for k in {key(ln) for ln in p.items if in_band(p, ln)})
    running = {k for k, n in seen.items() if n >= 3 and n >= RUNNING_SHARE * len(pages)}
    for p in pages:
        p.items = [it for it in p.items
                   if not (in_band(p, it) and (key(it) in running or is_page_number(it.text)))]


def _margins(pages: list[_Page]) -> dict[float, tuple[float, float]]:
    """(left, right) text margins for each page width (portrait and landscape differ)."""
    out = {}
    for width in {p.width for p in pages}:
        lines = [ln for p in pages if p.width == width for ln in p.items if isinstance(ln, _Line)]
        if lines:
            left = Counter(round(ln.x0) for ln in lines).most_common(1)[0][0]
            out[width] = (left, max(ln.x1 for ln in lines))
    return out


def _joiner(a: str, b: str) -> str:
    """"" between wrapped CJK lines; a space between two Latin words split by the wrap."""
    return " " if a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum() else ""


def _repeated_header(texts: list[list[str]], rows: list[list[str]]) -> int:
    """How many leading rows of a page's table part repeat the rows the table began with."""
    repeated = 0
    while repeated < min(len(texts) - 1, len(rows)) and texts[repeated] == rows[repeated]:
        repeated += 1
    return repeated


class _Flow:
    """Pages -> blocks: lines joined into paragraphs, tables continued across pages."""

    def __init__(self, pages: list[_Page]):
        self.margins = _margins(pages)
        lines = [(p.width, ln) for p in pages for ln in p.items if isinstance(ln, _Line)]
        indented = sum(self._indented(w, ln) for w, ln in lines)
        # Without first-line indents, a full line ending a sentence is the best paragraph cue left.
        self.sentence_end = (tuple(_rules()["sentence_end"])
                             if indented < INDENTED_SHARE * len(lines) else None)
        self.blocks: list[_Block] = []
        self.prev: tuple[_Line, _Page] | None = None

    def _indented(self, width: float, ln: _Line) -> bool:
        return ln.x0 - self.margins[width][0] > INDENT * ln.size

    def _continues(self, ln: _Line, page: _Page) -> bool:
        """Does ``ln`` carry on the paragraph of ``self.prev``: that line full, of the same size and
        close above, ``ln`` not indented? (A wrapped centred title stays split.)"""
        if self.prev is None:
            return False
        p_ln, p_page = self.prev
        full = self.margins[p_page.width][1] - p_ln.x1 < FULL_LINE * p_ln.size
        gap = ln.top - p_ln.bottom if p_page is page else 0
        ends = self.sentence_end is not None and p_ln.text.endswith(self.sentence_end)
        return (full and not ends and not self._indented(page.width, ln)
                and gap < PARA_GAP * ln.size and abs(ln.size - p_ln.size) < 1)

    def line(self, ln: _Line, page: _Page, new_page: bool) -> None:
        if self._continues(ln, page):
            para = self.blocks[-1].parts
            para.append(_joiner(para[-1], ln.text))
        else:
            self.blocks.append(_Block(parts=[]))
        block = self.blocks[-1]
        if new_page:
            block.breaks.append(sum(map(len, block.parts)))
        block.parts.append(ln.text)
        self.prev = (ln, page)

    def table(self, part: list[list[_Cell | None]], new_page: bool) -> None:
        texts = [["" if c is None else c.text for c in row] for row in part]
        last = self.blocks[-1] if self.blocks else None
        if new_page and self.prev is None and last is not None and last.rows \
                and len(texts[0]) == len(last.rows[0]):
            repeated = _repeated_header(texts, last.rows)
            part, texts = part[repeated:], texts[repeated:]
            for col, row in last.open_cells.items():
                if part and part[0][col] is not None and part[0][col].text:
                    last.rows[row][col] += part[0][col].text
                    texts[0][col] = ""
            last.header_rows = max(last.header_rows, repeated)
            block = last
        else:
            block = _Block(rows=[])
            self.blocks.append(block)
        if new_page:
            block.breaks.append(len(block.rows))
        offset = len(block.rows)
        block.rows += texts
        block.open_cells = {}
        for col in range(len(part[-1]) if part else 0):
            row = max((r for r in range(len(part)) if part[r][col] is not None), default=None)
            if row is not None and part[row][col].cut:
                block.open_cells[col] = offset + row
        self.prev = None

    def run(self, pages: list[_Page], lay: Layout) -> None:
        for page in pages:
            if not page.items:    # a blank page still counts, and ends the paragraph before it
                self.blocks.append(_Block(parts=[], breaks=[0]))
                self.prev = None
            for n, item in enumerate(page.items):
                if isinstance(item, _Line):
                    self.line(item, page, n == 0)
                else:
                    self.table(item, n == 0)
        _lay_out(self.blocks, lay)


def _lay_out(blocks: list[_Block], lay: Layout) -> None:
    """The flowed blocks, in order, into the RawDoc layout."""
    for b in blocks:
        if b.rows is not None:
            lay.table(b.rows, b.header_rows, b.breaks)
        elif b.parts:
            lay.paragraph("".join(b.parts), b.breaks)
        else:
            lay.new_page()


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
    if not any(p.items for p in pages):
        # --- OCR hook (pipeline/ingest/ocr.py): a scan is OCR'd unless ocr="off" ---
        from pipeline.ingest import ocr
        if ocr.MODE.get() == "off":
            raise ScannedPDF(path, f"no text layer on any of {len(pages)} pages")
        return ocr.read_pdf(data, path, password=password)
        # --- end OCR hook ---
    _drop_furniture(pages)
    lay = Layout()
    _Flow(pages).run(pages, lay)
    return lay.build(path, "pdf", data)
