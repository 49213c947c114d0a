"""The HTML pieces the diff report, the notice page and the corpus site share: a notice's card, a
clause with its spans highlighted and its character-level changes marked, divergence badges.

Every string that comes from a document (titles, clause text, unit names, explanations, values)
is untrusted and goes through ``html.escape`` here; only the markup written here is raw.

>>> highlight("县司法局<b>", [(0, 4, "u", "司法行政部门")], inserted=[(4, 7)])
'<mark class="u" title="司法行政部门">县司法局</mark><ins>&lt;b&gt;</ins>'
"""
from __future__ import annotations

from collections.abc import Mapping
from difflib import SequenceMatcher
from html import escape
from itertools import groupby

from pipeline.model import Clause, Divergence, Notice
from pipeline.output.labels import (DIVERGENCE_LABELS, LEVEL_LABELS, PATTERN_LABELS, deadline_str, target_str,
                                    unit_str, value_str)

__all__ = ["LEGEND", "anchor", "badges", "char_changes", "clause_block", "doc_card", "highlight", "chain_nav",
           "pattern_list", "region_str"]

LEGEND = ('<p class="legend">标注：<mark class="u">单位</mark><mark class="d">时限</mark>'
          '<mark class="t">指标</mark><del>上级有、子文件无</del><ins>子文件新增文字</ins></p>')


def char_changes(parent_text: str, child_text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of ``parent_text`` the child dropped and of ``child_text`` it added.

    >>> char_changes("每年不少于60学时", "每年不少于40学时")
    ([(5, 6)], [(5, 6)])
    """
    ops = SequenceMatcher(None, parent_text, child_text, autojunk=False).get_opcodes()
    dropped = [(i1, i2) for tag, i1, i2, _, _ in ops if tag in ("delete", "replace")]
    added = [(j1, j2) for tag, _, _, j1, j2 in ops if tag in ("insert", "replace")]
    return dropped, added


def highlight(text: str, spans, *, inserted=(), deleted=()) -> str:
    """``text`` escaped; each run under the same spans in one ``<mark>``, changed runs in ``<ins>``/``<del>``."""
    cover: list[list[tuple[str, str]]] = [[] for _ in text]
    for s, e, cls, tip in spans:
        for i in range(s, e):
            if (cls, tip) not in cover[i]:
                cover[i].append((cls, tip))
    change = [""] * len(text)
    for tag, ranges in (("ins", inserted), ("del", deleted)):
        for s, e in ranges:
            change[s:e] = [tag] * (e - s)
    out = []
    for (marks, tag), run in groupby(range(len(text)), key=lambda i: (tuple(cover[i]), change[i])):
        chunk = escape("".join(text[i] for i in run))
        if marks:
            classes = " ".join(sorted({cls for cls, _ in marks}))
            chunk = f'<mark class="{classes}" title="{escape("；".join(t for _, t in marks))}">{chunk}</mark>'
        out.append(f"<{tag}>{chunk}</{tag}>" if tag else chunk)
    return "".join(out)


def spans_of(c: Clause) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, tooltip) for every unit, deadline and target that lies in ``c.text``
    where it says it does. A table row's units read from its 责任分工 cell may fall outside the row's
    own text; those (and any span whose text does not match) are listed, not drawn."""
    spans = [(u.start, u.end, u.text, "u", f"{u.role}（{u.slot}）")
             for u in (*c.lead_units, *c.responsible_units, *c.actors)]
    spans += [(d.start, d.end, d.text, "d", deadline_str(d)) for d in c.deadlines]
    spans += [(t.start, t.end, t.text, "t", target_str(t)) for t in c.targets]
    return [(s, e, cls, tip) for s, e, text, cls, tip in spans if 0 <= s < e <= len(c.text) and c.text[s:e] == text]


def clause_block(c: Clause, *, score: float | None = None, anchor_id: bool = True,
                 inserted=(), deleted=(), evidence=()) -> str:
    """One clause: its id (an anchor when ``anchor_id``), kind, strength, score, highlighted text,
    its units/deadlines/targets listed, and the alignment evidence folded away in ``<details>``."""
    head = f'<a href="#{anchor(c.id)}">{escape(c.id)}</a>' if anchor_id else escape(c.id)
    head += f'<span class="kind">{escape(c.kind)}</span>'
    if c.obligation:
        head += f'<span class="obl">{escape(c.obligation)}</span>'
    if score is not None:
        head += f'<span class="score">相似度 {score:.2f}</span>'
    facts = [("牵头", "、".join(map(unit_str, c.lead_units))),
             ("责任", "、".join(map(unit_str, c.responsible_units))),
             ("时限", "；".join(map(deadline_str, c.deadlines))),
             ("指标", "；".join(map(target_str, c.targets)))]
    facts_html = "".join(f"<span>{k}：{escape(v)}</span>" for k, v in facts if v)
    ident = f' id="{anchor(c.id)}"' if anchor_id else ""
    proof = ""
    if evidence:
        items = "".join(f"<li>{escape(p)}</li>" for p in evidence)
        proof = f'<details class="evidence"><summary>对齐依据（{len(evidence)}）</summary><ul>{items}</ul></details>'
    return (f'<div class="clause"{ident}><div class="cid">{head}</div>'
            f'<p class="text">{highlight(c.text, spans_of(c), inserted=inserted, deleted=deleted)}</p>'
            + (f'<div class="facts">{facts_html}</div>' if facts_html else "") + proof + "</div>")


def missing_clause(cid: str) -> str:
    return f'<div class="clause"><div class="cid">{escape(cid)}</div><p class="none">（文件中无此条款）</p></div>'


def badges(divergences: "list[Divergence] | tuple[Divergence, ...]") -> str:
    """Each divergence as a badge: its label, the ids, its explanation (also as the tooltip), the values."""
    out = []
    for d in divergences:
        vals = []
        if d.child_value is not None:
            vals.append(f"子文件：{escape(value_str(d.child_value))}")
        if d.parent_value is not None:
            vals.append(f"上级：{escape(value_str(d.parent_value))}")
        where = " ↔ ".join(escape(x) for x in (d.child, d.parent) if x)
        out.append(f'<div class="badge b-{escape(d.type)}" title="{escape(d.explanation)}">'
                   f'<b>{escape(DIVERGENCE_LABELS.get(d.type, d.type))}</b>'
                   f'<code>{where}</code> {escape(d.explanation)}'
                   + (f'<div class="vals">{"；".join(vals)}</div>' if vals else "") + "</div>")
    return "".join(out)


def region_str(province: str | None, city: str | None, county: str | None) -> str:
    return "".join(x for x in (province, city, county) if x)


def doc_card(label: str, notice: Notice) -> str:
    """The notice's 标题, 文号, 发文机关, 日期, 层级, 地区, measure count and file."""
    m = notice.metadata
    fields = [("标题", m.title), ("文号", m.doc_number), ("发文机关", m.issuer), ("日期", m.date),
              ("层级", LEVEL_LABELS.get(m.level, m.level)),
              ("地区", region_str(m.region.province, m.region.city, m.region.county)),
              ("措施", f"{len(notice.measures)} 条"), ("文件", notice.path)]
    rows = "".join(f"<dt>{k}</dt><dd>{escape(v) if v else '—'}</dd>" for k, v in fields)
    return f'<section class="doc"><h3>{label}</h3><dl>{rows}</dl></section>'


def _named(x) -> tuple[str, str | None]:
    """(label, href) of one chain link: a Notice, a mapping (title/path/href), a pair, or anything printable."""
    if isinstance(x, Notice):
        return x.metadata.title or x.path, None
    if isinstance(x, Mapping):
        return str(x.get("title") or x.get("doc_number") or x.get("path") or ""), x.get("href")
    if isinstance(x, tuple) and len(x) == 2:
        return str(x[0]), x[1]
    meta = getattr(x, "metadata", None)
    return str(getattr(meta, "title", None) or getattr(x, "title", None) or getattr(x, "path", None) or x), None


def chain_nav(links, *, here: int = 0) -> str:
    """The ancestry county → city → province → State Council as a breadcrumb; empty when there is none."""
    named = [_named(x) for x in links]
    if len(named) < 2:
        return ""
    items = []
    for i, (label, href) in enumerate(named):
        text = f'<a href="{escape(href)}">{escape(label)}</a>' if href else escape(label)
        mark = ' class="here"' if i == here else ""
        items.append(f"<li{mark}>{text}</li>")
    return f'<nav class="chain" aria-label="上下级链条"><h2>上下级链条</h2><ol>{"".join(items)}</ol></nav>'


def pattern_list(patterns) -> str:
    """Notice-level patterns (``model.Pattern``: a cascade to 乡镇街道, a plan naming its own 科室),
    each shown once with the measures it covers; empty when there are none."""
    seen: dict[tuple[str, str, str], None] = {}
    for p in patterns or ():
        get = p.get if isinstance(p, Mapping) else (lambda k, _p=p: getattr(_p, k, None))
        kind = str(get("pattern") or get("kind") or get("type") or "")
        text = str(get("explanation") or get("description") or ("" if kind else p))
        covered = "、".join(get("measures") or ())
        seen.setdefault((PATTERN_LABELS.get(kind, kind), text, covered), None)
    if not seen:
        return ""
    items = "".join(f"<li><b>{escape(label)}</b> {escape(text)}"
                    + (f' <span class="facts">（{escape(covered)}）</span>' if covered else "") + "</li>"
                    for label, text, covered in seen)
    return f'<section class="patterns"><h2>文件层面的规律（{len(seen)}）</h2><ul>{items}</ul></section>'


def anchor(clause_id: str) -> str:
    # Ids are unique per document; the prefix keeps them clear of the page's own ids.
    return escape("c-" + clause_id.replace(" ", "_"))
