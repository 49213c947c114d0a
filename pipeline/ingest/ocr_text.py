"""Text repairs after OCR: known misreads, punctuation specks, line sizes and margins evened
out, numbered lines the recogniser cut (used by ``ocr``)."""
from __future__ import annotations

import re

import numpy as np

from pipeline.ingest import pdf as pdf_reader


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


_DOUBLE_MARK = re.compile(r"([。，、；：！？])[·，、：:;；.,]+")


_LEADING_MARK = re.compile(r"^[·，、：:;；.,]+(?=\S)")   # no line opens with a comma or colon


SNAP = 0.3             # em: line ends this close to the page's common margin are on it


SAME_SIZE = 0.2        # a line height within this share of the body height is body text


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
