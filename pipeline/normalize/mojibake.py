"""GBK byte-shift mojibake: text decoded one byte off reads as rare characters between '?'s.

A page's GBK bytes read one byte late decode as other, mostly rare, characters
(一、总体要求 -> ?弧⒆芴逡?求) until the decoder resynchronises. Re-encoding the garbled
run and dropping its first and last byte gives back every character whose two bytes
both survived; the run is repaired only when the garbled text holds a character outside
the common GB2312 rows and the repair holds none. The character whose first byte was
lost is restored where exactly one of the marker characters (``mojibake.json``
``restorable``: numerals, brackets) ends in the surviving byte; any other lost
character is dropped, as is a run of '?' that cannot be repaired.

>>> from pipeline.normalize.rules import normalize_rules
>>> from pipeline.normalize.tracked import Tracked
>>> r = normalize_rules(None)
>>> [repair(Tracked.of(s), r).text for s in ("?弧⒆芴逡?求", "?ㄒ唬┲傅?思想", "?纸?《方案》", "是否?")]
['一、总体求', '（一）指思想', '《方案》', '是否?']
"""
from __future__ import annotations

from pipeline.normalize.tracked import Tracked

__all__ = ["repair"]


def repair(t: Tracked, r: dict) -> Tracked:
    """``t`` with its GBK byte-shift runs repaired where certain and dropped otherwise."""
    return t.sub(r["mojibake_run"], lambda m: _fixed(m.group("run"), bool(m.group("close")), r))


def _fixed(garbled: str, closed: bool, r: dict) -> str:
    g = garbled.replace("\n", "")
    try:
        raw = g.encode("gbk")
    except UnicodeEncodeError:
        return "?" + garbled + ("?" if closed else "")
    rare = any(not _common(c, r) for c in g)
    inner = raw[1:-1] if closed else raw[1:]
    try:
        fixed = inner.decode("gbk") if len(inner) % 2 == 0 else ""
    except UnicodeDecodeError:
        fixed = ""
    if not rare or not all(_common(c, r) for c in fixed):
        return "" if closed else "?" + garbled
    lost = [c for c in r["mojibake_restorable"] if c.encode("gbk")[1] == raw[0]]
    return (lost[0] if len(lost) == 1 else "") + fixed


def _common(c: str, r: dict) -> bool:
    """In the GB2312 rows of everyday text: level-1 hanzi, common punctuation, ASCII."""
    if ord(c) < 128:
        return True
    try:
        b = c.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and (r["mojibake_hanzi"][0] <= b[0] <= r["mojibake_hanzi"][1] or b[0] in r["mojibake_punct_rows"])
