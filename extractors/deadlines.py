"""Deadlines: the last day a duty allows, or its recurrence.

>>> [(d.text, d.date) for d in get_deadlines("2024年6月底前完成全员轮训，12月月底前完成评估")]
[('2024年6月底前', '2024-06-30'), ('12月月底前', '2024-12-31')]

Conventions (see the JSON contract): a month -> its last day; 年底 -> 12-31;
上半年 -> 06-30; 第三季度 -> 09-30; 每年/每半年/每季度/每月 -> date None with a
recurrence; ``2024年3月开始，12月底结束`` -> date 2024-12-31, start_date
2024-03-01; ``下放实施1年后`` -> relative_to 下放实施, offset P1Y. A period
without a year takes the last year written earlier in the text (not one
of a span of years, ``（2023—2025年）``), else ``base_year``, else its date
is None. Not deadlines: a bare year or 年度
(``2024年度“…提升年”``), a period in a title (``（2023—2025年）``), a full
date without 前 (the 落款 date), a start (``2024年3月起``) with no end.
Patterns: ``corpora/lexicons/deadlines.json``.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from extractors.lexicon import Lexicon, rules
from extractors.numerals import parse_number
from extractors.spans import Deadline


def _build(lex: Lexicon) -> dict:
    r = dict(lex.json("deadlines"))
    r["lex"] = lex

    def expand(p: str) -> str:
        for name, frag in r["fragments"].items():
            p = p.replace("{" + name + "}", frag)
        return p

    r["compiled"] = tuple((p["kind"], re.compile(expand(p["pattern"]))) for p in r["patterns"])
    r["year_re"] = re.compile(expand("{Y}"))
    r["year_span_re"] = re.compile(expand(r["year_span"]))
    for key in ("event_boundary", "event_strip", "range_between", "range_end", "start_only"):
        r[key + "_re"] = re.compile(r[key])
    return r


def _period(kind: str, m: re.Match, year: int | None, r: dict) -> tuple[str, str] | None:
    """(first day, last day) of the period a match names, in ISO; None without a year."""
    g = m.groupdict()
    if year is None:
        return None
    if kind == "day":
        iso = f"{year:04d}-{int(g['month']):02d}-{int(g['day']):02d}"
        return iso, iso
    if kind == "month":
        first = last = int(parse_number(g.get("month") or g["cn_month"], r["lex"]))
    elif kind == "half":
        first, last = (1, 6) if g["half"] == "上" else (7, 12)
    elif kind == "quarter":
        q = int(parse_number(g["quarter"], r["lex"]))
        first, last = 3 * q - 2, 3 * q
    else:  # year_end
        first, last = 1, 12
    end_day = calendar.monthrange(year, last)[1]
    return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{end_day:02d}"


def _matches(text: str, r: dict) -> list[tuple[str, re.Match]]:
    """Non-overlapping pattern matches in text order; the longest wins an overlap."""
    found = [(kind, m) for kind, rx in r["compiled"] for m in rx.finditer(text)]
    found.sort(key=lambda km: (km[1].start(), -(km[1].end() - km[1].start())))
    kept, end = [], 0
    for kind, m in found:
        if m.start() >= end:
            kept.append((kind, m))
            end = m.end()
    return kept


def _relative(text: str, m: re.Match, r: dict) -> Deadline:
    """``下放实施1年后``: the event is the words before the number, back to a clause break."""
    lo = max(0, m.start() - r["event_max"])
    breaks = [b.end() for b in r["event_boundary_re"].finditer(text, lo, m.start())]
    start = breaks[-1] if breaks else lo
    strip = r["event_strip_re"].match(text[start:m.start()])
    start += strip.end() if strip else 0
    offset = f"P{int(parse_number(m['num'], r['lex']))}{r['offset_unit'][m['unit']]}"
    return Deadline(start=start, end=m.end(), text=text[start:m.end()], date=None,
                    relative_to=text[start:m.start()] or None, offset=offset)


def get_deadlines(text: str, base_year: int | None = None, *,
                  lexicon: Lexicon | None = None) -> Iterator[Deadline]:
    """Deadlines in ``text``, in order; ``base_year`` dates periods written without a year.

    >>> d, = get_deadlines("自2024年3月开始，12月底结束")
    >>> d.start_date, d.date
    ('2024-03-01', '2024-12-31')
    """
    r = rules(lexicon, _build)
    years = _reference_years(text, r)
    matches = _matches(text, r)
    i = 0
    while i < len(matches):
        kind, m = matches[i]
        i += 1
        if kind == "recurring":
            yield Deadline(start=m.start(), end=m.end(), text=m.group(), date=None,
                           recurrence=r["recurrence"][m["rec"]])
            continue
        if kind == "relative":
            yield _relative(text, m, r)
            continue
        period = _period(kind, m, _year_for(m, years, base_year, r), r)
        start, end, first = m.start(), m.end(), period
        if i < len(matches) and matches[i][0] not in ("recurring", "relative") \
                and r["range_between_re"].match(text[end:matches[i][1].start()]):
            kind, m = matches[i]
            i += 1
            period = _period(kind, m, _year_for(m, years, base_year, r), r)
            end = m.end()
            tail = r["range_end_re"].match(text, end)
            end = tail.end() if tail else end
        elif r["start_only_re"].match(text, end):
            continue  # a start with no end is no deadline
        yield Deadline(start=start, end=end, text=text[start:end],
                       date=period[1] if period else None,
                       start_date=first[0] if first and start != m.start() else None)


def _reference_years(text: str, r: dict) -> list[tuple[int, int]]:
    """(end, year) of every year written in ``text`` that can date a later period.

    A span of years (``（2023—2025年）``) names no single year, so its years are left out.
    """
    spans = [m.span() for m in r["year_span_re"].finditer(text)]
    return [(y.end(), int(parse_number(y["year"], r["lex"]))) for y in r["year_re"].finditer(text)
            if not any(s <= y.start() < e for s, e in spans)]


def _year_for(m: re.Match, years: list[tuple[int, int]], base_year: int | None, r: dict) -> int | None:
    """The year of a period: its own, else relative to ``base_year`` (今年), else the last written before it."""
    g = m.groupdict()
    if g.get("year"):
        return int(parse_number(g["year"], r["lex"]))
    if g.get("rel_year"):
        return None if base_year is None else base_year + r["relative_year"][g["rel_year"]]
    earlier = [y for end, y in years if end <= m.start()]
    return earlier[-1] if earlier else base_year
