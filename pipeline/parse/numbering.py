"""Clause numbers: which scheme a line opens with, and the run-in title after the number.

>>> from pipeline.parse.rules import parse_rules
>>> match_marker("（三）全面提升…", None, parse_rules(None))[1:]
('（三）', '（三）')
>>> to_chinese(12)
'十二'
"""
from __future__ import annotations

import re

__all__ = ["match_marker", "to_chinese", "title_of"]


def match_marker(line: str, previous_top: str | None, r: dict) -> tuple[dict, str, str] | None:
    """The numbering scheme a line opens with, its printed number and id component."""
    for scheme in r["schemes"]:
        m = scheme["rx"].match(line)
        if not m:
            continue
        if scheme.get("only_among") and previous_top != scheme["only_among"]:
            continue
        num = m.group("num")
        component = to_chinese(int(num)) if scheme["name"] == "arabic_dunhao" else num
        return scheme, num, component
    return None


_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """1..99 as a Chinese numeral, the way clause numbers are printed (5 -> 五, 12 -> 十二)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def title_of(line: str, number: str, max_chars: int) -> str | None:
    """A clause's run-in title: what follows its number up to the first 。 if short, or the whole line if short.

    >>> title_of("（三）全面提升行政执法人员业务素质。加强对…", "（三）", 40)
    '全面提升行政执法人员业务素质'
    """
    rest = line[len(number):].lstrip("、.．").strip()
    stop = re.search("[。；]", rest)
    if stop and stop.start() <= max_chars:
        return rest[:stop.start()] or None
    if len(rest) <= max_chars and not stop:
        return rest or None
    return None
