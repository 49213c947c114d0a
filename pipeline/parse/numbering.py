"""Clause numbers: which scheme a line opens with, the inline runs (一是…二是…) inside a
paragraph, and the run-in title after the number.

>>> from pipeline.parse.rules import parse_rules
>>> r = parse_rules(None)
>>> [match_marker(line, r)[2] for line in ("（三）全面提升…", "第五条 严格…", "2．加强…")]
['（三）', '第五条', '2']
>>> [(at, comp) for at, _, comp in inline_markers("（一）强化素质。一是加强培训；二是严格管理。", r)]
[(8, '一是'), (15, '二是')]
>>> inline_markers("要统一是非标准，二是", r)
[]
>>> to_chinese(12)
'十二'
"""
from __future__ import annotations

import re

from extractors.numerals import parse_number

__all__ = ["match_marker", "inline_markers", "run_member", "to_chinese", "title_of", "past_title"]


def match_marker(line: str, r: dict, *, in_table: bool = False) -> tuple[dict, str, str] | None:
    """The numbering scheme a line opens with, its printed number and id component."""
    for scheme in r["schemes"]:
        m = scheme["rx"].match(line)
        if not m:
            continue
        num = m.group("num")
        chinese = in_table and scheme.get("table_component") == "chinese"
        return scheme, num, to_chinese(int(num)) if chinese else num
    return None


def inline_markers(line: str, r: dict, *, after: tuple[str, int] | None = None,
                   then: str = "") -> list[tuple[int, dict, str]]:
    """(offset, scheme, number) of an inline run 一是…二是… (or 其一…其二…) in ``line``.

    A run begins at ``inline_start`` (一) and numbers up, with at least two members, or one
    when the next paragraph ``then`` opens with the second; a lone 一是, or 是 after another
    character (统一是), is prose. ``after`` (scheme name, last number) continues a run of
    the paragraph before: the line must open with its next member."""
    for scheme in r["inline_schemes"]:
        if after and after[0] != scheme["name"]:
            continue
        run: list[tuple[int, dict, str]] = []
        last = after[1] if after else 0
        for m in scheme["rx"].finditer(line):
            n = int(parse_number(m.group("n")))
            first = (m.group("n") == r["inline_start"]) if not after else (m.start("num") == 0 and n == last + 1)
            if (not run and first) or (run and n == last + 1):
                run.append((m.start("num"), scheme, m.group("num")))
                last = n
        nxt = scheme["rx"].match(then)
        if len(run) >= 2 or (run and (after or (nxt and int(parse_number(nxt.group("n"))) == last + 1))):
            return run
    return []


def run_member(number: str) -> int:
    """The ordinal of an inline member: 一是 -> 1, 其三 -> 3.

    >>> run_member("三是"), run_member("其二")
    (3, 2)
    """
    return int(parse_number(number.strip("其是")))


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
    rest = line[len(number):].lstrip("、.．，：").strip()
    stop = re.search("[。；]", rest)
    if stop and stop.start() <= max_chars:
        return rest[:stop.start()] or None
    if len(rest) <= max_chars and not stop:
        return rest or None
    return None


def past_title(line: str, number: str, max_chars: int) -> str:
    """What a clause's first line says after its number and run-in title (the duty it states).

    >>> past_title("1.强化政治能力建设。坚持把习近平法治思想作为必修课。", "1", 40)
    '坚持把习近平法治思想作为必修课。'
    >>> past_title("（一）规范执法行为", "（一）", 40)
    ''
    """
    rest = line[len(number):].lstrip("、.．，：").strip()
    title = title_of(line, number, max_chars)
    return rest[len(title):].lstrip("。；") if title and rest.startswith(title) else rest
