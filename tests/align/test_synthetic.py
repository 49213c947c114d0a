"""Synthetic children of seed 003: one edit each, made by text substitution on real clauses.

Each case writes 003's normalized text, edited, to a file, analyses it and diffs it
against 003; every edit must be reported exactly (type + ids) and nothing else.
Clauses are picked by querying the parsed notice for the feature the edit needs.
"""
from __future__ import annotations

import re

import pytest

from extractors.numerals import parse_cn_int
from pipeline import analyze
from pipeline.align import diff_notices

SEED = 3


def _replace_in(notice, clause, old: str, new: str) -> str:
    """The notice's text with the first ``old`` inside ``clause`` replaced by ``new``."""
    text = notice.text.text
    assert old in clause.text, (clause.id, old)
    return text[:clause.start] + clause.text.replace(old, new, 1) + text[clause.end:]


def _replace_span(notice, clause, start: int, end: int, new: str) -> str:
    text = notice.text.text
    return text[:clause.start + start] + new + text[clause.start + end:]


def _dated(notice):
    return next(c for c in notice.measures if any(d.date for d in c.deadlines) and not c.targets)


def _targeted(notice):
    return next(c for c in notice.measures if any(t.comparator == ">=" for t in c.targets))


def _labelled(notice):
    """A measure with one lead unit, named in its (牵头单位：…) label."""
    return next(c for c in notice.measures if len(c.lead_units) == 1
                and "牵头单位" in c.text[max(0, c.lead_units[0].start - 6):c.lead_units[0].start])


def _shift_month(date_text: str, delta: int) -> str:
    month = int(re.search(r"(\d+)月", date_text).group(1))
    return date_text.replace(f"{month}月", f"{month + delta}月", 1)


def drop_measure(n):
    c = n.measures[len(n.measures) // 2]
    return n.text.text[:c.start] + n.text.text[c.end:], {("missing_in_child", None, c.id)}


def add_measure(n):
    last = n.measures[-1]
    number = f"（{_next_numeral(last.number)}）" if last.number else "（新）"
    new = f"{number}建设乡村旅游服务驿站。在景区周边建设一批游客服务驿站，提供停车、餐饮和信息咨询服务。"
    section = last.id.split("/")[0]
    return n.text.text[:last.end] + "\n" + new + n.text.text[last.end:], {("added_in_child", f"{section}/{number}", None)}


def _next_numeral(number: str) -> str:
    digits = "零一二三四五六七八九"
    tens, ones = divmod(parse_cn_int(number.strip("（）")) + 1, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


def merge_measures(n):
    """Fold the second-to-last measure into the one before it: drop its number and title."""
    last = n.measures[-2]
    head = f"{last.number}{last.title}。" if last.number else ""
    if not last.text.startswith(head):
        head = last.text.split("。", 1)[0] + "。"
    return _replace_in(n, last, head, ""), set()


def reorder_measures(n):
    a, b = n.measures[-3], n.measures[-2]
    text = n.text.text
    assert a.end <= b.start
    return text[:a.start] + b.text + text[a.end:b.start] + a.text + text[b.end:], set()


def later_deadline(n):
    c = _dated(n)
    d = next(d for d in c.deadlines if d.date)
    return _replace_in(n, c, d.text, _shift_month(d.text, 2)), {("deadline_later", c.id, c.id)}


def earlier_deadline(n):
    c = _dated(n)
    d = next(d for d in c.deadlines if d.date)
    return _replace_in(n, c, d.text, _shift_month(d.text, -2)), {("deadline_earlier", c.id, c.id)}


def dropped_deadline(n):
    c = _dated(n)
    d = next(d for d in c.deadlines if d.date)
    return _replace_in(n, c, d.text, ""), {("deadline_dropped", c.id, c.id)}


def lower_target(n):
    c = _targeted(n)
    t = next(t for t in c.targets if t.comparator == ">=")
    return _replace_in(n, c, t.text, t.text.replace(f"{t.value:g}", f"{t.value / 2:g}")), {("target_weaker", c.id, c.id)}


def higher_target(n):
    c = _targeted(n)
    t = next(t for t in c.targets if t.comparator == ">=")
    return _replace_in(n, c, t.text, t.text.replace(f"{t.value:g}", f"{t.value * 2:g}")), {("target_stronger", c.id, c.id)}


def dropped_target(n):
    c = _targeted(n)
    t = next(t for t in c.targets if t.comparator == ">=")
    return _replace_in(n, c, t.text, ""), {("target_dropped", c.id, c.id)}


def changed_lead(n):
    c = _labelled(n)
    lead = c.lead_units[0]
    other = "省审计厅" if lead.role != "审计厅" else "省统计局"
    return _replace_span(n, c, lead.start, lead.end, other), {("unit_changed", c.id, c.id)}


def softened_duty(n):
    c, cue = next((c, q) for c in n.measures for q in c.modal_cues if q.text == "要"
                  and all(x.text == "要" for x in c.modal_cues))
    return _replace_in(n, c, c.text[cue.start - 4:cue.end], c.text[cue.start - 4:cue.start] + "可以"), \
        {("obligation_weaker", c.id, c.id)}


def hardened_duty(n):
    c, cue = next((c, q) for c in n.measures for q in c.modal_cues if q.text == "探索")
    return _replace_in(n, c, c.text[cue.start:cue.end + 4], "必须" + c.text[cue.end:cue.end + 4]), \
        {("obligation_stronger", c.id, c.id)}


NOISE = (("全省", "全县"), ("加强", "强化"), ("省司法厅", "县司法局"), ("省财政厅", "县财政局"),
         ("省级行政执法机关", "县级行政执法机关"), ("优化", "改进"), ("乡镇、街道", "镇街"))


def wording_noise(n):
    """A sentence reorder inside one clause, then synonym swaps and 省→县 prefixes: never a divergence."""
    c = next(c for c in n.measures if c.text.count("。") >= 4 and not c.deadlines and not c.targets)
    head, first, second, *rest = c.text.split("。")
    text = n.text.text[:c.start] + "。".join([head, second, first, *rest]) + n.text.text[c.end:]
    for old, new in NOISE:
        text = text.replace(old, new)
    return text, set()


CASES = [drop_measure, add_measure, merge_measures, reorder_measures, later_deadline, earlier_deadline,
         dropped_deadline, lower_target, higher_target, dropped_target, changed_lead, softened_duty, hardened_duty,
         wording_noise]


@pytest.mark.parametrize("edit", CASES, ids=[f.__name__ for f in CASES])
def test_edit_is_found_and_nothing_else(seed, tmp_path, edit):
    parent = seed(SEED)
    text, expected = edit(parent)
    path = tmp_path / f"{edit.__name__}.txt"
    path.write_text(text, encoding="utf-8")
    diff = diff_notices(analyze(path), parent)
    got = {(d.type, d.child, d.parent) for d in diff.divergences}
    assert got == expected, [d.explanation for d in diff.divergences]


def test_merged_child_implements_both_parents(seed, tmp_path):
    parent = seed(SEED)
    text, _ = merge_measures(parent)
    path = tmp_path / "merged.txt"
    path.write_text(text, encoding="utf-8")
    first, second = parent.measures[-3], parent.measures[-2]
    pairs = {(a.child, a.parent) for a in diff_notices(analyze(path), parent).alignments}
    assert {(first.id, first.id), (first.id, second.id)} <= pairs
