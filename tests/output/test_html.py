from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from html import escape

import pytest

from pipeline.model import Alignment, Diff, Divergence, Pattern, Slot, Target, Unit
from pipeline.output.html import diff_html, notice_html, rows_of
from pipeline.output.html_blocks import char_changes, highlight
from pipeline.output.labels import DIVERGENCE_LABELS

HOSTILE = '<script>window.__pwned=1</script>要求每年培训不少于60学时，"引号"与\'单引号\'&amp;'
ONERROR = '金乡县<img src=x onerror="window.__pwned=2">措施'


def hostile_diff(hand_diff: Diff) -> Diff:
    """The hand diff with a child clause, the child title, an evidence phrase and a divergence
    carrying markup, and spans that point into the markup-bearing text."""
    child = hand_diff.child
    c = child.clause("二/（二）")
    t0 = HOSTILE.index("不少于60学时")
    u0 = HOSTILE.index("培训")
    clause = replace(
        c, text=HOSTILE,
        targets=(Target(t0, t0 + 7, "不少于60学时", ">=", 60.0, "学时", '<i>"培训"</i>'),),
        deadlines=(),
        # a table-row style unit read from a cell outside the clause text: listed, never drawn
        responsible_units=(Unit(len(HOSTILE) + 5, len(HOSTILE) + 9, "县司法局", "县司法局", "司法行政部门", "county"),),
        lead_units=(), actors=(Unit(u0, u0 + 2, "培训", "培训", "<b>角色</b>", None, "actor", False),))
    child = replace(child, clauses=tuple(clause if x.id == c.id else x for x in child.clauses),
                    metadata=replace(child.metadata, title=ONERROR))
    return replace(
        hand_diff, child=child,
        alignments=hand_diff.alignments + (Alignment("二/（二）", "一/（一）", 0.3, ("<script>",)),),
        divergences=hand_diff.divergences + (
            Divergence("obligation_weaker", '</div><script>window.__pwned=3</script>', "二/（二）", "一/（一）",
                       '"探索"', "<必须>"),))


def _own_markup(page: str) -> str:
    """The page without its one inline script, which is ours."""
    return re.sub(r"<script>.*?</script>", "", page, count=1, flags=re.S)


def test_document_text_is_escaped(hand_diff):
    page = diff_html(hostile_diff(hand_diff))
    body = _own_markup(page)
    assert "<script" not in body and "<img" not in body and "<b>角色" not in body and "<i>" not in body
    assert page.count("<script>") == 1
    shown = re.sub(r"<[^>]+>", "", body)     # what a reader sees, highlights removed
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in body
    assert "&lt;/div&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;" in body
    assert "&amp;amp;" in body                  # an entity in the source is shown, not decoded
    assert "&#x27;单引号&#x27;" in shown


def test_spans_are_highlighted_over_escaped_text(hand_diff):
    page = diff_html(hostile_diff(hand_diff))
    assert '<mark class="t" title="&lt;i&gt;&quot;培训&quot;&lt;/i&gt;&gt;=60学时">不少于60学时</mark>' in page
    assert '<mark class="u" title="&lt;b&gt;角色&lt;/b&gt;（actor）">培训</mark>' in page
    assert "县司法局[司法行政部门]" in page     # the out-of-text unit is listed …
    own_text = re.search(r'id="c-二/（二）">.*?<p class="text">(.*?)</p>', page).group(1)
    assert "县司法局" not in own_text          # … but not drawn in the text


@pytest.mark.parametrize("parent_text, child_text, dropped, added", [
    ("每年不少于60学时", "每年不少于40学时", [(5, 6)], [(5, 6)]),
    ("加强培训", "加强培训，建立台账", [], [(4, 9)]),
    ("加强培训，建立台账", "加强培训", [(4, 9)], []),
    ("完全相同", "完全相同", [], []),                # nothing to mark
])
def test_char_changes(parent_text, child_text, dropped, added):
    assert char_changes(parent_text, child_text) == (dropped, added)


def test_changes_and_spans_nest_inside_escaped_text():
    out = highlight("<县司法局>", [(1, 5, "u", "司法行政部门")], deleted=[(0, 1)], inserted=())
    assert out == '<del>&lt;</del><mark class="u" title="司法行政部门">县司法局</mark>&gt;'


def test_rows_follow_parent_order_and_place_each_divergence_once(any_diff):
    rows, other = rows_of(any_diff)
    parents = [r.parent for r in rows if r.parent is not None]
    measures = [c.id for c in any_diff.parent.measures]
    assert parents[:len(measures)] == measures
    placed = [d for r in rows for d in r.divergences] + list(other)
    assert Counter(placed) == Counter(any_diff.divergences)
    aligned = {a.child for a in any_diff.alignments}
    child_only = [r.child for r in rows if r.parent is None]
    assert child_only == [c.id for c in any_diff.child.measures if c.id not in aligned]


def test_child_only_measure_follows_the_furthest_row_its_predecessors_reached(hand_diff):
    rows, _ = rows_of(hand_diff)
    ids = [r.parent or f"child:{r.child}" for r in rows]
    # 三/（四） follows 二/（一）…（三）, which reach as far as 一/（三）: its row comes right after 一/（三）'s
    assert ids.index("child:三/（四）") == ids.index("一/（三）") + 1
    assert ids.index("child:七/（十五）") == ids.index("child:三/（四）") + 11   # the rest of the child, in order


def test_every_divergence_and_measure_is_shown(any_diff):
    page = diff_html(any_diff)
    assert page.count('<div class="badge ') == len(any_diff.divergences)
    for d in any_diff.divergences:
        assert escape(d.explanation) in page and f"b-{d.type}" in page
    for notice in (any_diff.child, any_diff.parent):
        for c in notice.measures:
            assert escape(c.id) in page


def test_summary_share_counts_and_filters(hand_diff):
    page = diff_html(hand_diff)
    summary = page[page.index("差异概览"):page.index("逐条对照")]
    assert '<span class="share" id="share">17%</span>' in summary    # 3 of 18 parent measures aligned
    for kind, n in Counter(d.type for d in hand_diff.divergences).items():
        assert f"<td>{DIVERGENCE_LABELS[kind]}</td><td><code>{kind}</code></td><td>{n}</td>" in summary
        assert f'<input type="checkbox" data-type="{kind}"> {DIVERGENCE_LABELS[kind]}<span class="n">{n}</span>' in page
    for fragment in ("金政办字〔2024〕6号", "鲁政办字〔2024〕9号", "县级", "省级", "山东省"):
        assert fragment in page[:page.index("差异概览")]


def test_row_holds_score_changes_badges_and_folded_evidence(hand_diff):
    page = diff_html(hand_diff)
    row = next(r for r in page.split("<tr") if 'id="c-二/（二）"' in r)
    assert 'data-types="deadline_later target_weaker"' in row
    assert "时限推后" in row and "指标降低" in row and "相似度 0.77" in row
    assert "<ins>" in row and "<del>" in row
    assert '<details class="evidence"><summary>对齐依据（2）</summary>' in row and "<details open" not in page
    missing = next(r for r in page.split("<tr") if "子文件未落实此措施" in r)
    assert 'data-types="missing_in_child"' in missing and "二/（五）" in missing


@dataclass(frozen=True)
class _ChainDiff(Diff):
    chain: tuple = ()


def test_patterns_and_chain_render_when_present(hand_diff):
    cascade = Pattern("cascade", "乡镇街道", Slot.RESPONSIBLE, ("二/（一）", "二/（二）"), "多条措施增加乡镇街道")
    diff = _ChainDiff(**{f: getattr(hand_diff, f) for f in ("child", "parent", "alignments", "divergences")},
                      patterns=(cascade, cascade), ancestry={"二/（二）": (("一/（三）",), ("二/（三）",))},
                      chain=(hand_diff.child, hand_diff.parent, {"title": "国务院<b>", "href": "x.html"}))
    page = diff_html(diff)
    assert page.count("多条措施增加乡镇街道") == 1          # a pattern is shown once
    assert "文件层面的规律（1）" in page and "逐级下压到下级单位" in page
    assert '<nav class="chain"' in page and '<a href="x.html">国务院&lt;b&gt;</a>' in page
    assert "上溯：二/（二） → 一/（三） → 二/（三）" in page


def test_nothing_optional_is_drawn_without_it(hand_diff):
    page = diff_html(hand_diff)
    assert "文件层面的规律" not in page and '<nav class="chain"' not in page and "上溯" not in page
    one_level = replace(hand_diff, ancestry={"二/（二）": (("一/（三）",),)})    # stops at the row's parent
    assert "上溯" not in diff_html(one_level)
    assert '<nav class="chain"' not in diff_html(hand_diff, chain=[hand_diff.child])   # a chain of one


def test_page_is_self_contained_and_printable(hand_diff):
    page = diff_html(hand_diff)
    assert not re.search(r"<(link|iframe|img)\b|\bsrc=|@import|https?://", page)
    assert '<meta charset="utf-8">' in page and "Noto Sans CJK SC" in page and "line-height:1.75" in page
    assert "@page{size:A4" in page and "@media print" in page


def test_notice_html_shows_every_clause(seeds):
    notice = seeds["002"]
    page = notice_html(notice)
    for c in notice.clauses:
        assert f'id="{escape("c-" + c.id)}"' in page
    assert "<script" not in page
