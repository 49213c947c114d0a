"""Self-contained HTML reports: one file, inline CSS, no scripts, no external assets.

Every string that comes from a document (titles, clause text, unit names,
explanations, values) is untrusted and goes through ``html.escape`` before it
reaches the page; only the markup written here is raw.

>>> child = analyze("corpora/notices/000_bf6de6025eb46aa4.txt")
>>> parent = analyze("corpora/notices/003_b9bae5fd1a95c124.txt")
>>> page = diff_html(diff_notices(child, parent))
>>> page.startswith("<!DOCTYPE html>")
True
"""
from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from itertools import groupby

from pipeline.model import Alignment, Clause, Diff, Divergence, Notice
from pipeline.output.labels import (DIVERGENCE_LABELS, LEVEL_LABELS, deadline_str, target_str, unit_str,
                             value_str)

__all__ = ["diff_html", "notice_html"]

_CSS = """
body{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",
"WenQuanYi Micro Hei",sans-serif;margin:1.5em;color:#222;line-height:1.6;font-size:15px}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
.docs{display:flex;gap:1.5em}.doc{flex:1;border:1px solid #ccc;border-radius:6px;padding:.5em 1em;background:#fafafa}
.doc dl{display:grid;grid-template-columns:5em 1fr;margin:0}.doc dt{color:#666}.doc dd{margin:0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ddd;padding:.4em .6em;vertical-align:top;text-align:left}
th{background:#f0f0f0}table.pairs td{width:50%}
.clause{margin:.2em 0 .6em}.cid{font-weight:bold}.cid a{color:inherit;text-decoration:none}
.kind,.score,.obl{font-weight:normal;font-size:.8em;color:#555;border:1px solid #bbb;border-radius:3px;
padding:0 .3em;margin-left:.4em}
.text{margin:.2em 0;white-space:pre-wrap}.facts{font-size:.85em;color:#444}.facts span{margin-right:1em}
.evidence{font-size:.85em;color:#555}.none{color:#999;font-style:italic}
mark{background:none;border-radius:2px;padding:0 1px}
mark.u{background:#dbe9ff}mark.d{background:#ffe2c2}mark.t{background:#d6f5d6}
mark.e{text-decoration:underline 2px #b58900}
mark.u.d,mark.u.t,mark.d.t{background:#eadcff}
.badge{display:block;border-left:4px solid #999;background:#f6f6f6;margin:.3em 0;padding:.2em .5em;font-size:.9em}
.badge b{margin-right:.5em}.badge .vals{color:#555;font-size:.9em}
.b-missing_in_child,.b-added_in_child{border-color:#888}
.b-deadline_later,.b-deadline_dropped,.b-target_weaker,.b-target_dropped,.b-obligation_weaker{border-color:#d33}
.b-deadline_earlier,.b-target_stronger,.b-obligation_stronger{border-color:#2a2}
.b-unit_changed{border-color:#36c}
.legend mark{margin-right:1em}.tree .clause{border-left:2px solid #eee;padding-left:.6em}
"""

_LEGEND = ('<p class="legend">标注：<mark class="u">单位</mark><mark class="d">时限</mark>'
           '<mark class="t">指标</mark><mark class="e">对齐依据</mark></p>')


def diff_html(diff: Diff) -> str:
    """The side-by-side report of ``diff``: both headers, divergence counts, each child measure next
    to the parent measure(s) it implements with the divergences on that pair, then what is missing
    in the child and what it adds.

    >>> "上级措施未在子文件中落实" in diff_html(diff_notices(child, parent))
    True
    """
    child, parent = diff.child, diff.parent
    by_child: dict[str, list[Alignment]] = defaultdict(list)
    for a in diff.alignments:
        by_child[a.child].append(a)
    aligned_parents = {a.parent for a in diff.alignments}

    # Each divergence is shown exactly once: on its aligned pair, on its child row,
    # in the missing list, or (ids the documents do not hold) under 其他差异.
    row_ids = _ordered_ids(child, [c.id for c in child.measures] + list(by_child))
    rowset = set(row_ids)
    on_pair: dict[tuple[str, str], list[Divergence]] = defaultdict(list)
    on_child: dict[str, list[Divergence]] = defaultdict(list)
    on_parent: dict[str, list[Divergence]] = defaultdict(list)
    other: list[Divergence] = []
    pairs = {(a.child, a.parent) for a in diff.alignments}
    parent_ids = {c.id for c in parent.clauses}
    for d in diff.divergences:
        if d.child is not None and (d.child, d.parent) in pairs:
            on_pair[(d.child, d.parent)].append(d)
        elif d.child in rowset:
            on_child[d.child].append(d)
        elif d.child is None and d.parent in parent_ids:
            on_parent[d.parent].append(d)
        else:
            other.append(d)

    rows = []
    for cid in row_ids:
        left = _clause_or_id(child, cid, _evidence_of(by_child.get(cid, ()))) + _badges(on_child.get(cid, ()))
        right = "".join(
            _clause_or_id(parent, a.parent, a.evidence, score=a.score, anchor=False)
            + _evidence_line(a) + _badges(on_pair.get((cid, a.parent), ()))
            for a in by_child.get(cid, ())) or '<p class="none">无对应的上级措施</p>'
        rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")

    missing_ids = _ordered_ids(parent, [c.id for c in parent.measures if c.id not in aligned_parents]
                               + list(on_parent))
    missing = "".join(f"<li>{_clause_or_id(parent, pid, (), anchor=False)}{_badges(on_parent.get(pid, ()))}</li>"
                      for pid in missing_ids)
    added_measures = [c for c in child.measures if c.id not in by_child]
    added = "".join(f'<li><a href="#{_anchor(c.id)}">{escape(c.id)}</a> {escape(c.title or c.text[:40])}</li>'
                    for c in added_measures)

    parts = [
        f"<h1>政策对齐报告：{escape(child.metadata.title or child.path)}</h1>",
        '<div class="docs">', _doc_card("子文件", child), _doc_card("上级文件", parent), "</div>",
        "<h2>差异概览</h2>", _summary(diff),
        "<h2>逐条对照</h2>", _LEGEND,
        '<table class="pairs"><thead><tr><th>子文件措施</th><th>上级文件措施（相似度、依据、差异）</th></tr></thead>',
        f"<tbody>{''.join(rows)}</tbody></table>",
        f"<h2>上级措施未在子文件中落实（{len(missing_ids)}）</h2>",
        f"<ul>{missing}</ul>" if missing else '<p class="none">无</p>',
        f"<h2>子文件新增措施（{len(added_measures)}）</h2>",
        f"<ul>{added}</ul>" if added else '<p class="none">无</p>',
    ]
    if other:
        parts += [f"<h2>其他差异（{len(other)}）</h2>", _badges(other)]
    return _page(f"政策对齐：{child.metadata.title or child.path}", "\n".join(parts))


def notice_html(notice: Notice) -> str:
    """One notice as a page: its metadata and the clause tree with every span highlighted."""
    clauses = "".join(f'<div style="margin-left:{1.5 * c.depth}em">{_clause_block(c, ())}</div>'
                      for c in notice.clauses)
    body = (f"<h1>{escape(notice.metadata.title or notice.path)}</h1>"
            f'<div class="docs">{_doc_card("文件", notice)}</div>{_LEGEND}<div class="tree">{clauses}</div>')
    return _page(notice.metadata.title or notice.path, body)


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def _doc_card(label: str, notice: Notice) -> str:
    m = notice.metadata
    region = "".join(x for x in (m.region.province, m.region.city, m.region.county) if x)
    fields = [("标题", m.title), ("文号", m.doc_number), ("发文机关", m.issuer), ("日期", m.date),
              ("层级", LEVEL_LABELS.get(m.level, m.level)), ("地区", region),
              ("措施", f"{len(notice.measures)} 条"), ("文件", notice.path)]
    rows = "".join(f"<dt>{k}</dt><dd>{escape(v) if v else '—'}</dd>" for k, v in fields)
    return f'<section class="doc"><h3>{label}</h3><dl>{rows}</dl></section>'


def _summary(diff: Diff) -> str:
    counts = Counter(d.type for d in diff.divergences)
    known = [t for t in DIVERGENCE_LABELS if counts[t]]
    unknown = sorted(t for t in counts if t not in DIVERGENCE_LABELS)
    rows = "".join(f"<tr><td>{escape(DIVERGENCE_LABELS.get(t, t))}</td><td><code>{escape(t)}</code></td>"
                   f"<td>{counts[t]}</td></tr>" for t in known + unknown)
    return (f"<p>对齐 {len(diff.alignments)} 对；差异 {len(diff.divergences)} 项；"
            f"子文件措施 {len(diff.child.measures)} 条，上级文件措施 {len(diff.parent.measures)} 条。</p>"
            f"<table><thead><tr><th>差异类型</th><th>代码</th><th>数量</th></tr></thead><tbody>{rows}</tbody></table>")


def _ordered_ids(notice: Notice, ids: list[str]) -> list[str]:
    """``ids`` without repeats, in document order; ids the notice does not hold go last."""
    wanted = dict.fromkeys(ids)
    in_doc = [c.id for c in notice.clauses if c.id in wanted]
    held = set(in_doc)
    return in_doc + [i for i in wanted if i not in held]


def _clause_or_id(notice: Notice, cid: str, evidence, *, score: float | None = None, anchor: bool = True) -> str:
    try:
        clause = notice.clause(cid)
    except KeyError:
        return f'<div class="clause"><div class="cid">{escape(cid)}</div><p class="none">（文件中无此条款）</p></div>'
    return _clause_block(clause, evidence, score=score, anchor=anchor)


def _clause_block(c: Clause, evidence, *, score: float | None = None, anchor: bool = True) -> str:
    head = f'<a href="#{_anchor(c.id)}">{escape(c.id)}</a>' if anchor else escape(c.id)
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
    ident = f' id="{_anchor(c.id)}"' if anchor else ""
    return (f'<div class="clause"{ident}><div class="cid">{head}</div>'
            f'<p class="text">{_highlight(c.text, _spans(c, evidence))}</p>'
            + (f'<div class="facts">{facts_html}</div>' if facts_html else "") + "</div>")


def _spans(c: Clause, evidence) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, tooltip) for every span that lies in ``c.text`` where it says it does.

    A table row's units are read from its 责任分工 cell, whose offsets may fall outside
    the row's own text; those (and any span whose text does not match) are not drawn."""
    spans = [(u.start, u.end, u.text, "u", f"{u.role}（{u.slot}）")
             for u in (*c.lead_units, *c.responsible_units, *c.actors)]
    spans += [(d.start, d.end, d.text, "d", deadline_str(d)) for d in c.deadlines]
    spans += [(t.start, t.end, t.text, "t", target_str(t)) for t in c.targets]
    out = [(s, e, cls, tip) for s, e, text, cls, tip in spans if 0 <= s < e <= len(c.text) and c.text[s:e] == text]
    for phrase in evidence:
        i = c.text.find(phrase) if phrase else -1
        while i >= 0:
            out.append((i, i + len(phrase), "e", "对齐依据"))
            i = c.text.find(phrase, i + len(phrase))
    return out


def _highlight(text: str, spans) -> str:
    """``text`` escaped, with each run of characters under the same spans wrapped in one ``<mark>``."""
    cover: list[list[tuple[str, str]]] = [[] for _ in text]
    for s, e, cls, tip in spans:
        for i in range(s, e):
            if (cls, tip) not in cover[i]:
                cover[i].append((cls, tip))
    out = []
    for marks, run in groupby(range(len(text)), key=lambda i: tuple(cover[i])):
        chunk = escape("".join(text[i] for i in run))
        if not marks:
            out.append(chunk)
            continue
        classes = " ".join(sorted({cls for cls, _ in marks}))
        tip = escape("；".join(tip for _, tip in marks))
        out.append(f'<mark class="{classes}" title="{tip}">{chunk}</mark>')
    return "".join(out)


def _evidence_of(alignments) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for a in alignments for p in a.evidence))


def _evidence_line(a: Alignment) -> str:
    if not a.evidence:
        return ""
    return f'<div class="evidence">依据：{escape("、".join(a.evidence))}</div>'


def _badges(divergences) -> str:
    out = []
    for d in divergences:
        vals = []
        if d.child_value is not None:
            vals.append(f"子文件：{escape(value_str(d.child_value))}")
        if d.parent_value is not None:
            vals.append(f"上级：{escape(value_str(d.parent_value))}")
        where = " ↔ ".join(escape(x) for x in (d.child, d.parent) if x)
        out.append(f'<div class="badge b-{escape(d.type)}"><b>{escape(DIVERGENCE_LABELS.get(d.type, d.type))}</b>'
                   f'<code>{where}</code> {escape(d.explanation)}'
                   + (f'<div class="vals">{"；".join(vals)}</div>' if vals else "") + "</div>")
    return "".join(out)


def _anchor(clause_id: str) -> str:
    # Ids are unique per document; the prefix keeps them clear of the page's own ids.
    return escape("c-" + clause_id.replace(" ", "_"))
