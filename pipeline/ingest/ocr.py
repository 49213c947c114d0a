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
import re
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

DPI = 200
MODES = ("auto", "on", "off")
ENGINE = "rapidocr-onnxruntime (PP-OCRv4 ch)"
MIN_SCORE = 0.5        # boxes the recogniser is less sure of are dropped (engine default)
ROW_OVERLAP = 0.5      # two boxes share a row when they overlap this share of the lower height
GUTTER = 0.04          # a vertical blank band this share of the page wide splits two columns
SHORT_RULE = 40        # px: the shortest row rule looked for inside a table (a CJK 一 is shorter at 200 dpi)
RULE_INK = 215         # grey level below which a pixel may belong to a rule
RULE = 0.25            # share of the page width (height) a horizontal (vertical) rule spans at least

#: the ``ocr`` mode of the ingest in progress (set by ``pipeline.ingest.ingest``)
MODE: contextvars.ContextVar[str] = contextvars.ContextVar("policyalign_ocr", default="auto")

# What the recogniser confuses in official notices (every fix keeps the text's length,
# so offsets stay valid): a 〔〕 bracket read as 【】/[]/「」 in a document number, an em
# dash between years read as 一/－, 〈〉 read as <>. In a document set in full-width
# punctuation (most are; 003 is not), ASCII , : ; ( ) next to CJK are full-width too.
_FIXES = [
    (re.compile("丶"), "、"),     # U+4E36 for the enumeration comma (五丶全面…)
    (re.compile(r"[〔【\[［「(（]\s?(\d{4})\s?[〕】\]］」)）](?=\s?\d{1,4}\s?号)"), r"〔\1〕"),
    (re.compile(r"《([^《》<>〈〉]{0,60})<"), r"《\1〈"),
    (re.compile(r"<([^<>《》\n]{1,60})[〉>]"), r"〈\1〉"),
    (re.compile(r"〈([^〈〉<>\n]{1,60})>"), r"〈\1〉"),
]
_FULL_WIDTH_FIXES = [
    (re.compile(r"(\d{4})[一－\-–~](?=\d{4})"), r"\1—"),
    (re.compile(r"(?<=[\u4e00-\u9fff]),"), "，"),
    (re.compile(r"(?<=[\u4e00-\u9fff]):"), "："),
    (re.compile(r"(?<=[\u4e00-\u9fff]);"), "；"),
    (re.compile(r"\((?=[\u4e00-\u9fff\d])"), "（"),
    (re.compile(r"(?<=[\u4e00-\u9fff\d])\)"), "）"),
]
_OPENING = "《（“‘〈【「『〔"
_CLOSING = "，。、；：）》”’〉】」』〕！？"
_PAGE_NUMBER = re.compile(r"[—一\-–－~]{1,2}\s?(\d{1,4})\s?[—一\-–－~]{1,2}")
DESKEW_MIN = 0.2       # degrees: a smaller skew is left alone
_SPECKS = set("·.,，、：:;；'\"`^~-_丶")
# a speck read inside a line after a real mark: 。· 。， 、、 (never two such marks in a row)
_DOUBLE_MARK = re.compile(r"([。，、；：！？])[·，、：:;；.,]+")
_LEADING_MARK = re.compile(r"^[·，、：:;；.,]+(?=\S)")   # no line opens with a comma or colon
SNAP = 0.3             # em: line ends this close to the page's common margin are on it
SAME_SIZE = 0.2        # a line height within this share of the body height is body text


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


def fix_text(text: str) -> str:
    """The recogniser's known confusions undone (length-preserving)."""
    full = sum(text.count(c) for c in "，（）：；")
    half = sum(text.count(c) for c in ",():;")
    for pat, rep in _FIXES + (_FULL_WIDTH_FIXES if full >= half else []):
        text = pat.sub(rep, text)
    return text


def _densest(values: list[float], window: float) -> float | None:
    """The mean of the most populated ``window``-wide run of values."""
    values = sorted(values)
    best, j = (0, 0, 0), 0
    for i in range(len(values)):
        while values[i] - values[j] > window:
            j += 1
        if i - j + 1 > best[0]:
            best = (i - j + 1, j, i)
    n, j, i = best
    return sum(values[j:i + 1]) / n if n else None


def _normalize_lines(pages: list[pdf_reader._Page]) -> None:
    """Make OCR lines measure like text-layer lines before the PDF flow reads them.

    Box heights jitter by a few pixels: a height within SAME_SIZE of the
    document's body height becomes that height. Ink is not the glyph box: an
    opening bracket's ink starts half an em right of its box, a closing
    punctuation mark's ends half an em early. Line starts/ends within SNAP em
    of the page's common margin are put on it. Page numbers misread
    (``—2一``) are written as ``— 2 —``.
    """
    lines = [it for p in pages for it in p.items if isinstance(it, pdf_reader._Line)]
    if not lines:
        return
    body = float(np.median([ln.size for ln in lines]))
    for ln in lines:
        if abs(ln.size - body) < SAME_SIZE * body:
            ln.size = body
        if ln.text[:1] in _OPENING:
            ln.x0 -= 0.5 * ln.size
        if ln.text[-1:] in _CLOSING:
            ln.x1 += 0.5 * ln.size
        m = _PAGE_NUMBER.fullmatch(ln.text.replace(" ", ""))
        if m:
            ln.text = f"— {m.group(1)} —"
    for p in pages:
        mine = [it for it in p.items if isinstance(it, pdf_reader._Line)]
        if len(mine) < 3:
            continue
        left = _densest([ln.x0 for ln in mine], SNAP * body)
        right = _densest([ln.x1 for ln in mine], SNAP * body)
        for ln in mine:
            if left is not None and abs(ln.x0 - left) < SNAP * body:
                ln.x0 = left
            if right is not None and abs(ln.x1 - right) < SNAP * body:
                ln.x1 = right


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

def _tables(gray: np.ndarray) -> list[tuple[tuple[int, int, int, int], list[tuple[int, int, int, int]]]]:
    """Ruled tables: (bbox, cell boxes) each, boxes as (x0, y0, x1, y1) in pixels."""
    import cv2
    h, w = gray.shape
    ink = (gray < RULE_INK).astype(np.uint8) * 255   # thin rules render light grey
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(w * RULE / 2), 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(h * RULE / 8))))
    rules = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((3, 3), np.uint8))
    out = []
    n, labels, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
    for i in range(1, n):
        x, y, bw, bh, _area = stats[i]
        if bw < w * RULE or bh < h * 0.03:
            continue
        grid = (labels[y:y + bh, x:x + bw] == i).astype(np.uint8)
        v = vert[y:y + bh, x:x + bw]
        if cv2.countNonZero(grid & (v > 0)) == 0:
            continue
        # short rules: column lines between two row lines, row lines between two column
        # lines (beside a merged cell), found inside the table only; twice, as each finds the other
        sub = ink[y:y + bh, x:x + bw]
        hmask, vmask = horiz[y:y + bh, x:x + bw] > 0, v > 0
        for _ in range(2):
            hd = cv2.dilate(hmask.astype(np.uint8), np.ones((9, 1), np.uint8)) > 0
            vmask = vmask | _short(sub, (1, SHORT_RULE), hd, vertical=True)
            vd = cv2.dilate(vmask.astype(np.uint8), np.ones((1, 9), np.uint8)) > 0
            hmask = hmask | _short(sub, (SHORT_RULE, 1), vd, vertical=False)
        grid = grid | hmask.astype(np.uint8) | vmask.astype(np.uint8)
        # a table the page break cut has no closing rule: its bounding box closes it
        grid[0, :] = grid[-1, :] = grid[:, 0] = grid[:, -1] = 1
        grid = cv2.dilate(grid, np.ones((3, 3), np.uint8))
        m, cl, cs, _ = cv2.connectedComponentsWithStats(1 - grid, connectivity=4)
        cells = []
        for j in range(1, m):
            cx, cy, cw, ch, area = cs[j]
            touches = cx == 0 or cy == 0 or cx + cw >= bw or cy + ch >= bh
            if not touches and cw > 8 and ch > 8:
                cells.append((x + cx, y + cy, x + cx + cw, y + cy + ch))
        if len(cells) >= 2:
            out.append(((x, y, x + bw, y + bh), cells))
    return out


def _short(ink: np.ndarray, kernel: tuple[int, int], ends: np.ndarray, vertical: bool) -> np.ndarray:
    """Rule segments at least ``kernel`` long whose both ends touch ``ends`` (the crossing rules)."""
    import cv2
    seg = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
    k, lab, st, _ = cv2.connectedComponentsWithStats(seg, connectivity=8)
    out = np.zeros(ink.shape, dtype=bool)
    h, w = ink.shape
    for j in range(1, k):
        sx, sy, sw, sh, _a = st[j]
        if vertical:
            col = sx + sw // 2
            ok = sw <= 6 and ends[max(0, sy - 2), col] and ends[min(h - 1, sy + sh + 1), col]
        else:
            row = sy + sh // 2
            ok = sh <= 6 and ends[row, max(0, sx - 2)] and ends[row, min(w - 1, sx + sw + 1)]
        if ok:
            out |= lab == j
    return out


def _axis(values: list[float], tol: float) -> list[float]:
    values = sorted(values)
    out: list[float] = []
    for v in values:
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


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


_NUMBERED = re.compile(r"\s*([（(]\d{1,3}[）)]|\d{1,3}[.．、]|[一二三四五六七八九十]{1,3}、)")


def _uncut_numbered(pages: list[pdf_reader._Page]) -> None:
    """A cell is not cut by the page break when the next page's cell in its column opens
    with a new number (``（46）``, ``16.``): that is the next item, not the rest of this one.
    (OCR boxes sit looser than text-layer characters, so the PDF reader's geometric
    "cut" test alone joins a full item title to the next page's.)"""
    for page, nxt in zip(pages, pages[1:]):
        last = page.items[-1] if page.items else None
        first = nxt.items[0] if nxt.items else None
        if not (isinstance(last, list) and isinstance(first, list)) or len(first[0]) != len(last[0]):
            continue
        header = {tuple("" if c is None else c.text for c in row) for row in last[:3]}
        body = [row for row in first if tuple("" if c is None else c.text for c in row) not in header]
        for col in range(len(last[0])):
            cell = next((row[col] for row in reversed(last) if row[col] is not None), None)
            if cell is None or not cell.cut:
                continue
            nxt_cell = next((row[col] for row in body if row[col] is not None), None)
            if nxt_cell is not None and _NUMBERED.match(nxt_cell.text):
                cell.cut = False


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
