"""Numeric targets: comparator + number + unit, and the subject they constrain.

>>> [(t.comparator, t.value, t.unit, t.subject) for t in get_targets("每年制定不少于60学时的年度培训计划")]
[('>=', 60.0, '学时', '年度培训计划')]

Forms: ``不少于60学时``, ``至少开展一次`` (>=, 1, 次), ``不少于本单位…总数的5%``,
``公示率100%`` (=, 100, %), ``15个工作日以内`` (<=), ``1至2个`` (two targets:
>=1 and <=2). ``达到N%`` reads as >= (``达到100%`` as = 100). Numbers in names
and dates are never targets (二十大, 12345热线, 三项制度, 2024年, 近五年): a
target needs a comparator, a rate, a range or a 以内/以上 postfix, and a unit.
The subject is the noun after ``的`` (or after a count: ``一次专项监督``), else
the words before the comparator (``法制审核人员不少于…``); ``且不少于1人``
keeps the previous subject. Rules: ``corpora/lexicons/targets.json``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.brackets import depths
from extractors.lexicon import Lexicon, rules
from extractors.numerals import number_pattern, parse_number
from extractors.spans import Target


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _build(lex: Lexicon) -> dict:
    r = dict(lex.json("targets"))
    r["lex"] = lex
    n = number_pattern(lex)
    unit = "(?P<unit>" + "|".join(f"(?:{s})" for s, _ in r["units"]) + ")"
    pre = f"(?<!{r['not_before']})"
    r["forms"] = (
        ("cmp", re.compile(f"(?P<cmp>{_alt(r['comparators'])})(?P<mid>{r['mid']})(?P<num>{n})"
                           f"(?:(?P<link>{r['range_link']})(?P<num2>{n}))?{unit}(?P<post>{_alt(r['postfix'])})?")),
        ("range", re.compile(f"{pre}(?P<num>{n})(?P<link>{r['range_link']})(?P<num2>{n}){unit}")),
        ("rate", re.compile(f"{r['rate']}(?P<num>\\d+(?:\\.\\d+)?){unit}")),
        ("post", re.compile(f"{pre}(?P<num>{n}){unit}(?P<post>{_alt(r['postfix'])})")),
    )
    r["unit_map"] = tuple((re.compile(s), canon) for s, canon in r["units"])
    for key in ("subject_break", "subject_fillers", "subject_verbs", "same_subject_link"):
        r[key + "_re"] = re.compile(r[key])
    r["subject_start_re"] = re.compile(f"{r['subject_break']}|{r['subject_list_break']}")
    return r


def _canon_unit(surface: str, r: dict) -> str:
    return next(canon for rx, canon in r["unit_map"] if rx.fullmatch(surface))


def _subject_after(text: str, pos: int, unit: str, r: dict) -> str | None:
    """The noun phrase after ``的`` or after a count (``一次专项监督``), up to a clause break or a verb."""
    # after 的 a 、 list is one subject (公共法律知识、业务知识和…培训); after a count it starts the next count
    of = text.startswith("的", pos)
    if of:
        pos += 1
    elif unit not in r["count_units"]:
        return None
    end = min(len(text), pos + r["subject_max"])
    for i, depth in depths(text, pos, end):
        if r["subject_break_re"].match(text[i]) or (not of and depth == 0 and text[i] in r["subject_list_break"]) \
                or r["subject_verbs_re"].match(text, i):
            end = i
            break
    return text[pos:end] or None


def _subject_before(text: str, pos: int, r: dict) -> str:
    """The words before ``pos`` back to a break or 、, fillers (其中, 原则上, 确保…) removed."""
    lo = max(0, pos - r["subject_max"])
    breaks = [m.end() for m in r["subject_start_re"].finditer(text, lo, pos)]
    phrase = text[breaks[-1] if breaks else lo:pos]
    return r["subject_fillers_re"].sub("", phrase)


def get_targets(text: str, *, lexicon: Lexicon | None = None) -> Iterator[Target]:
    """Numeric targets in ``text``, in order (a range yields two)."""
    r = rules(lexicon, _build)
    found = [(form, m) for form, rx in r["forms"] for m in rx.finditer(text)]
    found.sort(key=lambda fm: (fm[1].start(), -(fm[1].end() - fm[1].start())))
    end, prev = 0, None
    for form, m in found:
        unit = _canon_unit(m["unit"], r)
        if m.start() < end or (form == "post" and m["post"] == "内" and unit not in r["postfix_within_units"]):
            continue
        end = m.end()
        value = parse_number(m["num"], r["lex"])
        start = m.start("num") if form == "rate" else m.start()
        subject = _subject_after(text, m.end(), unit, r)
        if subject is None:
            # a rate's subject ends with its 率 (公示率100%)
            before = _subject_before(text, start, r)
            link = text[prev.end:start] if prev else ""
            subject = before or (prev.subject if prev and r["same_subject_link_re"].match(link) else None)
        if m.groupdict().get("num2"):
            pairs = [(">=", value), ("<=", parse_number(m["num2"], r["lex"]))]
        elif form == "rate":
            pairs = [("=", value)]
        else:
            cmp = r["comparators"][m["cmp"]] if form == "cmp" else r["postfix"][m["post"]]
            if form == "cmp" and m["cmp"] == "达到" and unit == "%" and value == 100:
                cmp = "="  # reaching 100% is being at 100%
            pairs = [(cmp, value)]
        for cmp, v in pairs:
            prev = Target(start=start, end=m.end(), text=text[start:m.end()], comparator=cmp,
                          value=v, unit=unit, subject=subject)
            yield prev
