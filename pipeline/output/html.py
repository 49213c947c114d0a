"""Self-contained HTML reports: one file, inline CSS and a small inline script, no external assets.

``diff_html`` is the page an analyst opens: both notices, the share of parent measures the child
implements, counts per divergence type (each a filter), notice-level patterns, then one row per
parent measure in document order with the child clause(s) implementing it, their score, the
characters each side changed (``<ins>``/``<del>``) and the divergences on that pair; child
measures no parent measure matches sit where they occur. Filters (type, only divergent rows,
search) are kept in the URL hash. Every document string is escaped (``html_blocks``).

>>> from pipeline import analyze
>>> from pipeline.align import diff_notices
>>> child = analyze("corpora/notices/000_bf6de6025eb46aa4.txt")
>>> parent = analyze("corpora/notices/003_b9bae5fd1a95c124.txt")
>>> page = diff_html(diff_notices(child, parent))
>>> page.startswith("<!DOCTYPE html>"), page.count("<script>")
(True, 1)
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape

from pipeline.model import Alignment, Diff, Divergence, Notice
from pipeline.output.figures import implemented_share
from pipeline.output.html_assets import page
from pipeline.output.html_blocks import (LEGEND, anchor, badges, chain_nav, char_changes, clause_block, doc_card,
                                         missing_clause, pattern_list)
from pipeline.output.labels import DIVERGENCE_LABELS

__all__ = ["diff_html", "notice_html", "Row", "rows_of"]


@dataclass(frozen=True)
class Row:
    """One table row: a parent measure and the alignments implementing it, or (``parent is None``)
    one child measure no parent measure matches; ``divergences`` are shown on this row only."""
    parent: str | None
    alignments: tuple[Alignment, ...] = ()
    child: str | None = None
    divergences: tuple[Divergence, ...] = ()

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(str(d.type) for d in self.divergences))


def rows_of(diff: Diff) -> tuple[tuple[Row, ...], tuple[Divergence, ...]]:
    """The report's rows in reading order and the divergences no row holds (ids neither notice has).

    A child-only row follows the furthest parent row the child measures before it reached.
    A divergence goes to its aligned pair's row, else to its parent measure's row, else to its child's
    row (a child-only row, or the row its child clause is aligned on); each is placed exactly once.
    """
    child, parent = diff.child, diff.parent
    by_parent: dict[str, list[Alignment]] = defaultdict(list)
    for a in diff.alignments:
        by_parent[a.parent].append(a)
    parent_ids = _ordered_ids(parent, [c.id for c in parent.measures] + list(by_parent))
    aligned_children = {a.child for a in diff.alignments}
    child_only = [c.id for c in child.measures if c.id not in aligned_children]

    # A child-only measure follows the furthest parent row the child measures before it reached,
    # so child-only rows keep the child's own order even where the child reorders the parent.
    position = {pid: i for i, pid in enumerate(parent_ids)}
    after: dict[str | None, list[str]] = defaultdict(list)
    reached = -1
    only = set(child_only)
    for c in child.clauses:
        if c.id in only:
            after[parent_ids[reached] if reached >= 0 else None].append(c.id)
        elif c.id in aligned_children:
            reached = max(reached, *(position[a.parent] for a in diff.alignments if a.child == c.id))

    placed: dict[tuple[str | None, str | None], list[Divergence]] = defaultdict(list)
    pairs = {(a.child, a.parent) for a in diff.alignments}
    first_row_of_child: dict[str, str] = {}
    for a in sorted(diff.alignments, key=lambda a: position[a.parent]):
        first_row_of_child.setdefault(a.child, a.parent)
    other = []
    for d in diff.divergences:
        if d.child is not None and (d.child, d.parent) in pairs:
            placed[(d.parent, None)].append(d)
        elif d.parent in position:
            placed[(d.parent, None)].append(d)
        elif d.child in only:
            placed[(None, d.child)].append(d)
        elif d.child in first_row_of_child:
            placed[(first_row_of_child[d.child], None)].append(d)
        else:
            other.append(d)

    rows = [Row(None, child=cid, divergences=tuple(placed[(None, cid)])) for cid in after[None]]
    for pid in parent_ids:
        aligned = tuple(sorted(by_parent.get(pid, ()), key=lambda a: -a.score))
        rows.append(Row(pid, aligned, divergences=tuple(placed[(pid, None)])))
        rows += [Row(None, child=cid, divergences=tuple(placed[(None, cid)])) for cid in after[pid]]
    return tuple(rows), tuple(other)


def diff_html(diff: Diff, *, chain=None, home: str | None = None) -> str:
    """The interactive report of ``diff``; ``chain`` (default ``diff.chain`` when the aligner gives one)
    is the child's ancestry as Notices, mappings with title/href, or (label, href) pairs; ``home`` a
    link back to a corpus overview.

    >>> from pipeline.model import Diff
    >>> from pipeline import analyze
    >>> n = analyze("corpora/notices/003_b9bae5fd1a95c124.txt")
    >>> page = diff_html(Diff(n, n, (), ()), chain=[("市中区", None), ("山东省", "003.html")])
    >>> "上级措施落实率" in page, '<a href="003.html">山东省</a>' in page
    (True, True)
    """
    child, parent = diff.child, diff.parent
    rows, other = rows_of(diff)
    counts = Counter(str(d.type) for d in diff.divergences)
    share = implemented_share([c.id for c in parent.measures], [a.parent for a in diff.alignments])
    title = f"政策对齐报告：{child.metadata.title or child.path}"
    parts = [
        f'<p class="noprint"><a href="{escape(home)}">← 总览</a></p>' if home else "",
        f"<h1>{escape(title)}</h1>",
        '<div class="docs">', doc_card("子文件", child), doc_card("上级文件", parent), "</div>",
        chain_nav(getattr(diff, "chain", ()) if chain is None else chain),
        "<h2>差异概览</h2>", _summary(diff, share),
        pattern_list(getattr(diff, "patterns", ())),
        "<h2>逐条对照</h2>", _filters(counts), LEGEND,
        '<table class="pairs"><thead><tr><th scope="col">上级文件措施</th>'
        '<th scope="col">子文件落实条款（相似度、差异）</th></tr></thead><tbody>',
        "".join(_row_html(r, diff) for r in rows), "</tbody></table>",
    ]
    if other:
        parts += [f"<h2>其他差异（{len(other)}）</h2>", badges(other)]
    return page(escape(title), "\n".join(p for p in parts if p), script=True)


def notice_html(notice: Notice) -> str:
    """One notice as a page: its metadata and the clause tree with every span highlighted (no script).

    >>> from pipeline import analyze
    >>> notice_html(analyze("corpora/notices/003_b9bae5fd1a95c124.txt")).count("<script")
    0
    """
    clauses = "".join(f'<div style="margin-left:{1.5 * c.depth}em">{clause_block(c)}</div>'
                      for c in notice.clauses)
    body = (f"<h1>{escape(notice.metadata.title or notice.path)}</h1>"
            f'<div class="docs">{doc_card("文件", notice)}</div>{LEGEND}<div class="tree">{clauses}</div>')
    return page(escape(notice.metadata.title or notice.path), body)


def _row_html(row: Row, diff: Diff) -> str:
    types = escape(" ".join(row.types))
    if row.parent is None:
        left = '<p class="none">上级文件无对应措施（子文件自设）</p>'
        right = _clause(diff.child, row.child) + badges(row.divergences)
        return f'<tr class="row child-only" data-types="{types}"><td>{left}</td><td>{right}</td></tr>'
    best = next((_text(diff.child, a.child) for a in row.alignments), None)
    parent_text = _text(diff.parent, row.parent)
    dropped = char_changes(parent_text, best)[0] if best is not None and parent_text is not None else ()
    left = _clause(diff.parent, row.parent, deleted=dropped, anchor_id=False)
    right = []
    for a in row.alignments:
        text = _text(diff.child, a.child)
        added = char_changes(parent_text, text)[1] if text is not None and parent_text is not None else ()
        right.append(_clause(diff.child, a.child, score=a.score, inserted=added, evidence=a.evidence)
                     + _ancestry(getattr(diff, "ancestry", None) or {}, a.child))
    right_html = "".join(right) or '<p class="none">子文件未落实</p>'
    return (f'<tr class="row" id="p-{anchor(row.parent)}" data-types="{types}"><td>{left}</td>'
            f"<td>{right_html}{badges(row.divergences)}</td></tr>")


def _ancestry(ancestry, child_id: str) -> str:
    """A chain diff's trace of one child measure up the levels: parent ids, then grandparent ids …;
    nothing when the trace stops at the parent, which the row already shows."""
    levels = ancestry.get(child_id) or ()
    if len(levels) < 2:
        return ""
    steps = " → ".join("、".join(escape(str(i)) for i in ids) or "—" for ids in levels)
    return f'<div class="facts ancestry">上溯：{escape(child_id)} → {steps}</div>'


def _clause(notice: Notice, cid: str, **kw) -> str:
    try:
        return clause_block(notice.clause(cid), **kw)
    except KeyError:
        return missing_clause(cid)


def _text(notice: Notice, cid: str) -> str | None:
    try:
        return notice.clause(cid).text
    except KeyError:
        return None


def _filters(counts: Counter) -> str:
    """The filter bar: one checkbox per divergence type present (with its count), only-divergent, search."""
    known = [str(t) for t in DIVERGENCE_LABELS if counts[str(t)]]
    types = known + sorted(t for t in counts if t not in known)
    boxes = "".join(
        f'<label><input type="checkbox" data-type="{escape(t)}"> {escape(DIVERGENCE_LABELS.get(t, t))}'
        f'<span class="n">{counts[t]}</span></label>' for t in types)
    return ('<form class="filters" role="search" onsubmit="return false">'
            f'<span>差异类型：</span>{boxes}'
            '<label><input type="checkbox" id="only-divergent"> 只看有差异的行</label>'
            '<label>搜索 <input type="search" id="search" placeholder="条款、单位、文字（按 / 键）"></label>'
            '<span>显示 <b id="shown">—</b> 行</span></form><p class="printonly" id="view-note"></p>')


def _summary(diff: Diff, share: float | None) -> str:
    counts = Counter(str(d.type) for d in diff.divergences)
    known = [str(t) for t in DIVERGENCE_LABELS if counts[str(t)]]
    rows = "".join(f"<tr><td>{escape(DIVERGENCE_LABELS.get(t, t))}</td><td><code>{escape(t)}</code></td>"
                   f"<td>{counts[t]}</td></tr>" for t in known + sorted(t for t in counts if t not in known))
    pct = "—" if share is None else f"{share:.0%}"
    return (f'<div class="figures"><div>上级措施落实率 <span class="share" id="share">{pct}</span></div>'
            f"<div>对齐 {len(diff.alignments)} 对；差异 {len(diff.divergences)} 项；"
            f"子文件措施 {len(diff.child.measures)} 条，上级文件措施 {len(diff.parent.measures)} 条。</div></div>"
            '<table class="counts"><thead><tr><th>差异类型</th><th>代码</th><th>数量</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _ordered_ids(notice: Notice, ids: list[str]) -> list[str]:
    """``ids`` without repeats, in document order; ids the notice does not hold go last."""
    wanted = dict.fromkeys(ids)
    in_doc = [c.id for c in notice.clauses if c.id in wanted]
    held = set(in_doc)
    return in_doc + [i for i in wanted if i not in held]
