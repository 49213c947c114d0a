"""Ruled tables on a scanned page: the regions their rules enclose (OpenCV morphology), each one
cell, so a merged cell comes out once (used by ``ocr``)."""
from __future__ import annotations

import numpy as np

__all__ = ["_tables", "_axis"]


SHORT_RULE = 40        # px: the shortest row rule looked for inside a table (a CJK 一 is shorter at 200 dpi)


RULE_INK = 215         # grey level below which a pixel may belong to a rule


RULE = 0.25            # share of the page width (height) a horizontal (vertical) rule spans at least


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
