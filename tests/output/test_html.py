from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from html import escape

from pipeline.model import Alignment, Diff, Divergence, Target, Unit
from pipeline.output.labels import DIVERGENCE_LABELS
from pipeline.output.html import diff_html, notice_html

HOSTILE = '<script>alert("x")</script>要求每年培训不少于60学时，"引号"与\'单引号\'&amp;'


def _hostile_diff(hand_diff: Diff) -> Diff:
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
                    metadata=replace(child.metadata, title='金乡县<img src=x onerror="alert(1)">措施'))
    return replace(
        hand_diff, child=child,
        alignments=hand_diff.alignments + (Alignment("二/（二）", "一/（一）", 0.3, ("<script>",)),),
        divergences=hand_diff.divergences + (
            Divergence("obligation_weaker", '</div><script>evil()</script>', "二/（二）", "一/（一）",
                       '"探索"', "<必须>"),))


def test_document_text_is_escaped(hand_diff):
    page = diff_html(_hostile_diff(hand_diff))
    assert "<script" not in page and "<img" not in page and "<b>角色" not in page and "<i>" not in page
    shown = re.sub(r"<[^>]+>", "", page)     # what a reader sees, highlights removed
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert "&lt;/div&gt;&lt;script&gt;evil()&lt;/script&gt;" in page
    assert "&amp;amp;" in page                  # an entity in the source is shown, not decoded
    assert "&#x27;单引号&#x27;" in page


def test_spans_are_highlighted_over_escaped_text(hand_diff):
    page = diff_html(_hostile_diff(hand_diff))
    # the target is also an evidence phrase of the 二/（二） → 一/（三） alignment: both marks, one run
    assert '<mark class="e t" title="&lt;i&gt;&quot;培训&quot;&lt;/i&gt;&gt;=60学时；对齐依据">不少于60学时</mark>' in page
    assert '<mark class="e" title="对齐依据">&lt;script&gt;</mark>' in page
    assert '<mark class="u" title="&lt;b&gt;角色&lt;/b&gt;（actor）">培训</mark>' in page
    # the out-of-text unit is listed under 责任 but not drawn anywhere in the text
    assert "县司法局[司法行政部门]" in page
    own_text = re.search(r'id="c-二/（二）">.*?<p class="text">(.*?)</p>', page).group(1)
    assert "县司法局" not in own_text


def test_every_divergence_and_measure_is_shown(any_diff):
    page = diff_html(any_diff)
    assert page.count('<div class="badge ') == len(any_diff.divergences)
    for d in any_diff.divergences:
        assert escape(d.explanation) in page
        assert f"b-{d.type}" in page
    for notice in (any_diff.child, any_diff.parent):
        for c in notice.measures:
            assert escape(c.id) in page
            assert escape(c.text[:20]) in page or c.text[:20] in re.sub(r"<[^>]+>", "", page)


def test_summary_counts_divergences_by_type(hand_diff):
    page = diff_html(hand_diff)
    summary = page[page.index("差异概览"):page.index("逐条对照")]
    for kind, n in Counter(d.type for d in hand_diff.divergences).items():
        assert f"<td>{DIVERGENCE_LABELS[kind]}</td><td><code>{kind}</code></td><td>{n}</td>" in summary
    for fragment in ("金政办字〔2024〕6号", "鲁政办字〔2024〕9号", "县级", "省级", "山东省"):
        assert fragment in page[:page.index("差异概览")]


def test_pair_divergences_sit_next_to_their_parent(hand_diff):
    page = diff_html(hand_diff)
    row = next(r for r in page.split("<tr>") if 'id="c-二/（二）"' in r)
    assert "时限推后" in row and "指标降低" in row and "一/（三）" in row and "相似度 0.77" in row
    assert '<mark class="e"' in row          # evidence phrases underlined in both texts
    missing = page[page.index("上级措施未在子文件中落实"):page.index("子文件新增措施")]
    assert "二/（五）" in missing and "子文件未落实此措施" in missing
    assert "一/（一）" not in missing         # aligned, so not missing
    added = page[page.index("子文件新增措施"):]
    assert "七/（十五）" in added and "二/（一）" not in added


def test_page_is_self_contained(hand_diff):
    page = diff_html(hand_diff)
    assert not re.search(r"<(script|link|iframe)\b|src=|@import|https?://", page)
    assert '<meta charset="utf-8">' in page and "Noto Sans CJK SC" in page


def test_notice_html_shows_every_clause(seeds):
    notice = seeds["002"]
    page = notice_html(notice)
    for c in notice.clauses:
        assert f'id="{escape("c-" + c.id)}"' in page
    assert '<mark class="d"' in page or not any(c.deadlines for c in notice.clauses)
