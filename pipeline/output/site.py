"""The corpus overview: a small static site written from a batch store (``policyalign report DB --out DIR``).

    DIR/index.html          every document (level, region, parent, measures, divergences, share
                            implemented), the files that failed, and one heatmap per parent:
                            its children (grouped by province and city, so a province's counties
                            sit side by side) × its measures, each cell implemented / diverged /
                            missing and linked to that row of the child's diff page
    DIR/diffs/<child>-vs-<parent>.html   the diff report of each child (``html.diff_html``)

Pages are self-contained and link each other relatively, so the folder can be zipped or put on a
file share. What the overview shows comes from ``site_data.read_store``.

>>> import os, tempfile
>>> from pipeline import analyze
>>> from pipeline.batch import connect, store_notice
>>> tmp = tempfile.mkdtemp()
>>> db = connect(os.path.join(tmp, "n.duckdb"))
>>> for key in ("000_bf6de6025eb46aa4", "003_b9bae5fd1a95c124"):
...     store_notice(db, analyze(f"corpora/notices/{key}.txt"))
>>> db.close()
>>> summary = write_site(os.path.join(tmp, "n.duckdb"), os.path.join(tmp, "site"))
>>> summary.documents, summary.diff_pages, summary.built
(2, 1, True)
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html import escape
from os import PathLike
from pathlib import Path

from pipeline.output.figures import CELL_STATES, cell_state, implemented_share
from pipeline.output.html import diff_html
from pipeline.output.html_assets import page
from pipeline.output.html_blocks import anchor, region_str
from pipeline.output.labels import LEVEL_LABELS
from pipeline.output.site_data import Document, StoreView, diff_of, read_store

__all__ = ["write_site", "SiteSummary", "page_name"]

_STATE_LABELS = {"implemented": "已落实", "diverged": "有差异", "missing": "未落实"}
_CELL_MARK = {"implemented": "✓", "diverged": "!", "missing": "·"}


@dataclass(frozen=True)
class SiteSummary:
    """What ``write_site`` wrote: documents listed, diff pages, failures listed, and whether the
    diffs came from the store (``built`` False) or were computed for the overview."""
    documents: int
    diff_pages: int
    failures: int
    built: bool
    index: Path

    def __str__(self) -> str:
        source = "built from the stored files" if self.built else "read from the store"
        return (f"{self.index}: {self.documents} documents, {self.diff_pages} diff pages ({source}), "
                f"{self.failures} failed files")


def page_name(child: str, parent: str) -> str:
    """The file name of a pair's diff page: both file stems, anything unsafe in a URL replaced.

    >>> page_name("corpora/notices/000_bf6de6025eb46aa4.txt", "corpora/notices/003_b9bae5fd1a95c124.txt")
    '000_bf6de6025eb46aa4-vs-003_b9bae5fd1a95c124.html'
    """
    def stem(p: str) -> str:
        return re.sub(r"[^\w.-]", "_", Path(p).stem)
    return f"{stem(child)}-vs-{stem(parent)}.html"


def write_site(db_path: str | PathLike, out_dir: str | PathLike, loader=None) -> SiteSummary:
    """Write the overview of the store at ``db_path`` into ``out_dir`` (created; pages overwritten)."""
    view = read_store(db_path, loader)
    out = Path(out_dir)
    (out / "diffs").mkdir(parents=True, exist_ok=True)
    docs = {d.path: d for d in view.documents}
    pages: dict[tuple[str, str], str] = {}
    for pair in view.pairs:
        diff = diff_of(view, pair, loader)
        if diff is None:
            continue
        name = page_name(*pair)
        chain = [(_label(docs.get(p), p), None if i == 0 else _page_of(view, p)) for i, p in enumerate(view.chain(pair[0]))]
        (out / "diffs" / name).write_text(diff_html(diff, chain=chain, home="../index.html"), encoding="utf-8")
        pages[pair] = name
    index = out / "index.html"
    index.write_text(_index(view, pages), encoding="utf-8")
    return SiteSummary(len(view.documents), len(pages), len(view.failures), view.built, index)


def _page_of(view: StoreView, path: str) -> str | None:
    up = view.parents().get(path)
    return page_name(path, up) if up else None


def _label(d: Document | None, path: str) -> str:
    if d is None:
        return path
    return d.title or d.path


def _index(view: StoreView, pages: dict) -> str:
    parents = view.parents()
    docs = {d.path: d for d in view.documents}
    parts = ["<h1>政策落实总览</h1>",
             f"<p>{len(view.documents)} 份文件，{len(view.pairs)} 组上下级对照"
             + ("（对照为本页生成时计算）" if view.built else "") + f"，{len(view.failures)} 份读取失败。</p>",
             '<p class="legend">' + "".join(f'<span class="heat"><span class="{s}">&nbsp;{_CELL_MARK[s]}&nbsp;</span>'
                                            f"</span> {_STATE_LABELS[s]} " for s in CELL_STATES) + "</p>",
             "<h2>文件</h2>", _documents(view, parents, pages, docs)]
    if view.failures:
        rows = "".join(f"<tr><td>{escape(p)}</td><td>{escape(k or '')}</td><td>{escape(m or '')}</td></tr>"
                       for p, k, m in view.failures)
        parts += ["<h2>读取失败</h2>", f"<table><thead><tr><th>文件</th><th>类型</th><th>原因</th></tr></thead>"
                  f"<tbody>{rows}</tbody></table>"]
    for parent in dict.fromkeys(p for _, p in view.pairs):
        parts.append(_heatmap(view, parent, docs, pages))
    return page("政策落实总览", "\n".join(parts))


def _documents(view: StoreView, parents: dict, pages: dict, docs: dict) -> str:
    rows = []
    for d in view.documents:
        parent = parents.get(d.path)
        pair = (d.path, parent) if parent else None
        alignments, divergences = view.pairs.get(pair, ((), ())) if pair else ((), ())
        share = implemented_share(view.measures.get(parent, ()), (a.parent for a in alignments)) if pair else None
        name = pages.get(pair) if pair else None
        title = escape(d.title or d.path)
        title_html = f'<a href="diffs/{escape(name)}">{title}</a>' if name else title
        parent_html = escape(_label(docs.get(parent), parent)) if parent else "—"
        kinds = Counter(str(x.type) for x in divergences)
        rows.append(
            f"<tr><td>{title_html}<br><code>{escape(d.path)}</code></td><td>{escape(d.doc_number or '—')}</td>"
            f"<td>{escape(LEVEL_LABELS.get(d.level, d.level or '—'))}</td>"
            f"<td>{escape(region_str(d.province, d.city, d.county) or '—')}</td><td>{parent_html}</td>"
            f"<td>{d.measure_count}</td><td title=\"{escape('；'.join(f'{k} {n}' for k, n in kinds.items()))}\">"
            f"{len(divergences) if pair else '—'}</td><td>{'—' if share is None else f'{share:.0%}'}</td></tr>")
    return ("<table><thead><tr><th>文件</th><th>文号</th><th>层级</th><th>地区</th><th>上级文件</th><th>措施</th>"
            f"<th>差异</th><th>落实率</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _heatmap(view: StoreView, parent: str, docs: dict, pages: dict) -> str:
    """Children of ``parent`` × its measures; a header row per province, its counties beneath it."""
    measures = view.measures.get(parent, [])
    children = [d for d in view.documents if (d.path, parent) in view.pairs]
    head = "".join(f'<th class="pm" scope="col">{escape(m)}</th>' for m in measures)
    rows, province = [], object()
    for d in children:
        if d.province != province:
            province = d.province
            rows.append(f'<tr class="province"><th colspan="{len(measures) + 2}">{escape(province or "（省份不明）")}'
                        "</th></tr>")
        rows.append(_heat_row(view, d, parent, measures, pages))
    title = escape(_label(docs.get(parent), parent))
    return (f'<h2>落实热力图：{title}</h2><div style="overflow-x:auto"><table class="heat">'
            f'<thead><tr><th scope="col">子文件</th><th scope="col">落实率</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _heat_row(view: StoreView, d: Document, parent: str, measures: list[str], pages: dict) -> str:
    alignments, divergences = view.pairs[(d.path, parent)]
    aligned = {a.parent for a in alignments}
    diverged = {x.parent for x in divergences if x.parent and str(x.type) != "missing_in_child"}
    name = pages.get((d.path, parent))
    cells = []
    for m in measures:
        state = cell_state(m in aligned, m in diverged)
        tip = escape(f"{m}：{_STATE_LABELS[state]}")
        mark = _CELL_MARK[state]
        link = f'<a href="diffs/{escape(name)}#p-{anchor(m)}" title="{tip}">{mark}</a>' if name else mark
        cells.append(f'<td class="cell {state}" data-measure="{escape(m)}" title="{tip}">{link}</td>')
    share = implemented_share(measures, aligned)
    label = escape(region_str(None, d.city, d.county) or d.title or d.path)
    return (f'<tr data-child="{escape(d.path)}"><th scope="row">{label}</th>'
            f"<td>{'—' if share is None else f'{share:.0%}'}</td>{''.join(cells)}</tr>")
