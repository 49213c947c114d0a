"""OCR for scans: page images -> positioned lines -> the PDF reader's paragraph flow.

The engine is RapidOCR (``rapidocr-onnxruntime``): PP-OCRv4 Chinese detection
and recognition ONNX models that ship inside the wheel (``models/`` next to
its ``config.yaml``); nothing is downloaded, ever. Pages are rendered by
pypdfium2 at ``DPI`` (the recogniser resizes each text line to 48 px high; at
200 dpi a 16 pt line is ~44 px) and recognised in a bounded pool of
``workers`` threads (ONNX Runtime releases the GIL; pdfium is not
thread-safe, so rendering stays in the calling thread and at most
``2 * workers`` rendered pages wait in memory).

Lines become ``pdf._Line`` objects in page pixels and go through the PDF
reader's own furniture removal (``ingest_pdf.json`` page numbers, running
lines) and paragraph flow (full lines continue, indents and gaps start a
paragraph), so an OCR'd page reads exactly as a text layer would. Reading
order: boxes sharing a text row are merged left to right; a page whose lines
fall into two columns (a clear vertical gutter) is read column by column.
Ruled tables are found from their lines (OpenCV morphology) and rebuilt as
tables: every enclosed region between the rules is one cell, so merged cells
come out once, and a table continued on the next page is joined by the PDF
reader's rules.

``read_pdf``/``read_images`` return the RawDoc plus ``OCRStats`` (engine,
mean confidence, per-page seconds); ``RawDoc.fields`` gets ``ocr_engine`` and
``ocr_mean_confidence`` (a string, as every field is).
"""
from __future__ import annotations

import contextvars
import dataclasses
import os
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import numpy as np

from pipeline.errors import OCRUnavailable
from pipeline.ingest import pdf as pdf_reader
from pipeline.ingest._layout import Layout
from pipeline.model import RawDoc
from pipeline.ingest.ocr_tables import _axis, _tables
from pipeline.ingest.ocr_text import (_CLOSING, _DOUBLE_MARK, _LEADING_MARK, _OPENING, _SPECKS, DESKEW_MIN,
                                      _normalize_lines, _uncut_numbered, fix_text)

DPI = 200
MODES = ("auto", "on", "off")
ENGINE = "rapidocr-onnxruntime (PP-OCRv4 ch)"
MIN_SCORE = 0.5        # boxes the recogniser is less sure of are dropped (engine default)
ROW_OVERLAP = 0.5      # two boxes share a row when they overlap this share of the lower height
GUTTER = 0.04          # a vertical blank band this share of the page wide splits two columns

#: the ``ocr`` mode of the ingest in progress (set by ``pipeline.ingest.ingest``)
MODE: contextvars.ContextVar[str] = contextvars.ContextVar("policyalign_ocr", default="auto")

# What the recogniser confuses in official notices (every fix keeps the text's length,
# so offsets stay valid): a 〔〕 bracket read as 【】/[]/「」 in a document number, an em
# dash between years read as 一/－, 〈〉 read as <>. In a document set in full-width
# punctuation (most are; 003 is not), ASCII , : ; ( ) next to CJK are full-width too.
# a speck read inside a line after a real mark: 。· 。， 、、 (never two such marks in a row)


@dataclass
class OCRStats:
    engine: str = ENGINE
    dpi: int = DPI
    seconds: list[float] = field(default_factory=list)      # recognition time per page
    confidences: list[float] = field(default_factory=list)  # per kept line

    @property
    def mean_confidence(self) -> float:
        return round(sum(self.confidences) / len(self.confidences), 4) if self.confidences else 0.0

    def as_field(self) -> dict:
        return {"engine": self.engine, "mean_confidence": self.mean_confidence}


_engine = None
_engine_lock = threading.Lock()


def engine(path: str = "<ocr>"):
    """The shared RapidOCR instance (loaded once, ~0.3 s; models from the wheel)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as e:   # pragma: no cover - depends on the environment
                raise OCRUnavailable(path, f"needs OCR but the engine is not installed ({e})") from None
            threads = max(1, (os.cpu_count() or 2) // workers())
            _engine = RapidOCR(use_cls=False, intra_op_num_threads=threads, inter_op_num_threads=1,
                               print_verbose=False)
        return _engine


def workers() -> int:
    return max(1, min(4, int(os.environ.get("POLICYALIGN_OCR_WORKERS", 0)) or (os.cpu_count() or 2) // 2))


@dataclass
class _Box:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    score: float


def skew(quads: list) -> float:
    """The page's skew in radians: the median slope of the long text boxes' top edges."""
    angles = []
    for q in quads:
        (x0, y0), (x1, y1) = q[0], q[1]
        height = abs(q[3][1] - q[0][1]) or 1
        if x1 - x0 > 3 * height:
            angles.append(np.arctan2(y1 - y0, x1 - x0))
    return float(np.median(angles)) if len(angles) >= 3 else 0.0


def _boxes(img: np.ndarray) -> list[_Box]:
    result, _ = engine()(img)
    result = list(result or ())
    # a copier's skew (1-2°) makes a line's box as tall as two lines: undo it on the coordinates
    theta = skew([r[0] for r in result])
    if abs(theta) > np.radians(DESKEW_MIN):
        cx, cy = img.shape[1] / 2, img.shape[0] / 2
        c, s_ = np.cos(-theta), np.sin(-theta)
        result = [([[cx + (x - cx) * c - (y - cy) * s_, cy + (x - cx) * s_ + (y - cy) * c] for x, y in quad], t, sc)
                  for quad, t, sc in result]
    out = []
    for quad, text, score in result:
        xs, ys = [p[0] for p in quad], [p[1] for p in quad]
        if float(score) >= MIN_SCORE and text.strip():
            out.append(_Box(min(xs), max(xs), min(ys), max(ys), text.strip(), float(score)))
    return out


# --- tables -------------------------------------------------------------------------


def _grid(cells, boxes: list[_Box], em: float):
    """Cell boxes -> rows of pdf._Cell | None (a merged-away position is None)."""
    tol = max(6.0, em * 0.5)
    xs, ys = _axis([c[0] for c in cells], tol), _axis([c[1] for c in cells], tol)

    def index(axis, v):
        return min(range(len(axis)), key=lambda k: abs(axis[k] - v))

    rows: list[list] = [[None] * len(xs) for _ in ys]
    bottom = max(c[3] for c in cells)
    for c in cells:
        mine = [b for b in boxes if c[0] <= (b.x0 + b.x1) / 2 <= c[2] and c[1] <= (b.top + b.bottom) / 2 <= c[3]]
        lines = _rows(mine)
        text = "".join("".join(b.text for b in ln) for ln in lines)
        cut = False
        if lines:
            widths = [ln[-1].x1 - ln[0].x0 + 0.5 * em * ((ln[0].text[:1] in _OPENING) + (ln[-1].text[-1:] in _CLOSING))
                      for ln in lines]
            last = lines[-1]
            full = max(widths) - widths[-1] < em * (pdf_reader.FULL_CELL_LINE + 0.25)   # + OCR box jitter
            cut = (full and bottom - c[3] < tol and c[3] - max(b.bottom for b in last) < pdf_reader.CELL_EDGE * em
                   and not text.endswith(tuple(pdf_reader._rules()["cell_end"])))
        rows[index(ys, c[1])][index(xs, c[0])] = pdf_reader._Cell(text, cut)
    # a position no cell starts at is covered by a merged cell: None, as pdfplumber gives
    return rows


# --- lines and reading order --------------------------------------------------------

def _rows(boxes: list[_Box]) -> list[list[_Box]]:
    """Boxes grouped into text rows (top to bottom), each left to right."""
    rows: list[list[_Box]] = []
    for b in sorted(boxes, key=lambda b: (b.top + b.bottom) / 2):
        if rows:
            last = rows[-1]
            top, bot = min(x.top for x in last), max(x.bottom for x in last)
            overlap = min(bot, b.bottom) - max(top, b.top)
            if overlap > ROW_OVERLAP * min(bot - top, b.bottom - b.top):
                last.append(b)
                continue
        rows.append([b])
    return [sorted(r, key=lambda b: b.x0) for r in rows]


def _columns(boxes: list[_Box], width: float) -> list[list[_Box]]:
    """Split into two columns when a blank vertical band crosses the page's text middle."""
    if len(boxes) < 8:
        return [boxes]
    lo, hi = width * 0.3, width * 0.7
    cover = np.zeros(int(width) + 1, dtype=bool)
    for b in boxes:
        cover[int(max(0, b.x0)):int(min(width, b.x1)) + 1] = True
    free = [x for x in range(int(lo), int(hi)) if not cover[x]]
    if not free:
        return [boxes]
    # the widest run of free pixels in the middle band
    runs, start = [], free[0]
    for a, b in zip(free, free[1:] + [None]):
        if b is None or b != a + 1:
            runs.append((start, a))
            start = b
    s, e = max(runs, key=lambda r: r[1] - r[0])
    if e - s < GUTTER * width:
        return [boxes]
    mid = (s + e) / 2
    left, right = [b for b in boxes if b.x1 <= mid], [b for b in boxes if b.x0 >= mid]
    return [left, right] if len(left) >= 4 and len(right) >= 4 else [boxes]


def _joined(row: list[_Box]) -> str:
    parts = [row[0].text]
    em = max(1.0, sum(b.bottom - b.top for b in row) / len(row))
    for a, b in zip(row, row[1:]):
        gap = b.x0 - a.x1
        if gap > pdf_reader.TAB_GAP * em:
            parts.append("\t")
        elif a.text[-1:].isascii() and a.text[-1:].isalnum() and b.text[:1].isascii() and b.text[:1].isalnum():
            parts.append(" ")
        parts.append(b.text)
    return "".join(parts)


def page_items(img: np.ndarray, stats: OCRStats | None = None) -> pdf_reader._Page:
    """One page image (grey or RGB array) -> the PDF reader's _Page of lines and tables."""
    gray = img if img.ndim == 2 else img.mean(axis=2).astype(np.uint8)
    rgb = np.stack([gray] * 3, axis=2) if img.ndim == 2 else img
    h, w = gray.shape
    boxes = _boxes(np.ascontiguousarray(rgb))
    if stats is not None:
        stats.confidences += [b.score for b in boxes]
    em = float(np.median([b.bottom - b.top for b in boxes])) if boxes else 20.0
    # dust on a copy is read as a lone mark (·，：) in a box of its own: not text
    boxes = [b for b in boxes if not (len(b.text) == 1 and b.text in _SPECKS and b.bottom - b.top < 0.7 * em)]
    for b in boxes:
        b.text = _LEADING_MARK.sub("", _DOUBLE_MARK.sub(r"\1", b.text)) or b.text
    items: list[tuple[float, object]] = []
    free = boxes
    for bbox, cells in _tables(gray):
        inside = [b for b in free if any(c[0] <= (b.x0 + b.x1) / 2 <= c[2] and c[1] <= (b.top + b.bottom) / 2 <= c[3]
                                         for c in cells)]
        free = [b for b in free if b not in inside]
        items.append((bbox[1], _grid(cells, inside, em)))
    columns = _columns(free, w)
    lines = []
    for col in columns:
        for row in _rows(col):
            size = float(np.median([b.bottom - b.top for b in row]))
            lines.append(pdf_reader._Line(_joined(row), row[0].x0, row[-1].x1,
                                          min(b.top for b in row), max(b.bottom for b in row), size))
    if len(columns) == 1:
        items += [(ln.top, ln) for ln in lines]
    else:   # two columns: the left column, then the right; a table before them
        items = [(-1.0, t) for _, t in items] + [(float(i), ln) for i, ln in enumerate(lines)]
    items.sort(key=lambda it: it[0])
    return pdf_reader._Page(float(w), float(h), [it for _, it in items])


def _pool(images: Iterable[np.ndarray], stats: OCRStats, path: str = "<ocr>") -> list[pdf_reader._Page]:
    """OCR pages in a bounded thread pool; images are pulled lazily (at most 2×workers in flight)."""
    n = workers()
    pending: deque = deque()
    out: list[pdf_reader._Page] = []

    def one(img):
        t = time.perf_counter()
        local = OCRStats()
        page = page_items(img, local)
        return page, local.confidences, time.perf_counter() - t

    engine(path)
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="ocr") as ex:
        for img in images:
            pending.append(ex.submit(one, img))
            while len(pending) >= 2 * n:
                out.append(_collect(pending.popleft(), stats))
        while pending:
            out.append(_collect(pending.popleft(), stats))
    return out


def _collect(fut, stats: OCRStats) -> pdf_reader._Page:
    page, conf, secs = fut.result()
    stats.confidences += conf
    stats.seconds.append(round(secs, 3))
    return page


def pages_to_rawdoc(pages: list[pdf_reader._Page], path: str, fmt: str, data: bytes,
                    stats: OCRStats, fields: dict | None = None) -> RawDoc:
    _normalize_lines(pages)
    pdf_reader._drop_furniture(pages)
    _uncut_numbered(pages)
    lay = Layout()
    if any(p.items for p in pages):
        pdf_reader._Flow(pages).run(pages, lay)
    fields = dict(fields or {})
    fields.update(ocr_engine=stats.engine, ocr_mean_confidence=f"{stats.mean_confidence:.4f}")
    raw = lay.build(path, fmt, data, fields=fields)
    return dataclasses.replace(raw, text=fix_text(raw.text))


def render_pdf(data: bytes, path: str, password: str | None = None, dpi: int = DPI) -> Iterator[np.ndarray]:
    """Each page of a PDF as a greyscale array at ``dpi``."""
    import pypdfium2 as pdfium
    try:
        doc = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as e:
        from pipeline.errors import CorruptFile
        raise CorruptFile(path, f"cannot be rendered for OCR ({e})") from None
    try:
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            arr = bitmap.to_numpy().copy()
            yield arr[:, :, 0] if arr.ndim == 3 else arr
            page.close()
    finally:
        doc.close()


def read_pdf(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    """A PDF read by OCR (its text layer, if any, ignored)."""
    stats = OCRStats()
    pages = _pool(render_pdf(data, path, password), stats, path)
    raw = pages_to_rawdoc(pages, path, "pdf", data, stats)
    last_stats[path] = stats
    return raw


def read_images(images: Iterable[np.ndarray], path: str, fmt: str, data: bytes,
                fields: dict | None = None) -> RawDoc:
    stats = OCRStats()
    pages = _pool(images, stats, path)
    raw = pages_to_rawdoc(pages, path, fmt, data, stats, fields)
    last_stats[path] = stats
    return raw


#: the OCRStats of the latest OCR read of each path (per-page seconds for scripts)
last_stats: dict[str, OCRStats] = {}
