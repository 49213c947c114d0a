"""Bracket depth over a clause: which characters stand outside every bracket.

A name or list may hold brackets with separators inside (``各县（市、区）政府``);
splitting on 、 or finding the end of a list has to look past them.

>>> text = "县（市、区）、乡）"
>>> [depth for _, depth in depths(text, 0, len(text))]
[0, 1, 1, 1, 1, 0, 0, 0, -1]
"""
from __future__ import annotations

from collections.abc import Iterator

OPEN, CLOSE = "（〔(［[【", "）〕)］]】"


def depths(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(i, how many brackets are open at text[i]) for i in [start, end).

    A closing bracket that closes none opened in the range gets -1 (it ends an
    enclosing bracket) and leaves the depth at 0.
    """
    depth = 0
    for i in range(start, end):
        c = text[i]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            if not depth:
                yield i, -1
                continue
            depth -= 1
        yield i, depth
