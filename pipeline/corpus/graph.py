"""A corpus of notices as a networkx graph: who cites whom, what each clause asks of which role.

Nodes (attribute ``kind`` says which):

* ``doc:<path>`` — a notice. ``title``, ``doc_number``, ``level``, ``issuer``, ``date`` (str or "").
* ``clause:<path>#<id>`` — a clause. ``id``, ``clause_kind``, ``title``, ``obligation``,
  ``deadlines`` (JSON list of ISO dates / recurrences), ``targets`` (JSON list of "comparator value unit").
* ``role:<role>`` — a level-free role (``司法行政部门``). ``role``.
* ``cite:<doc_number or title>`` — a cited document not in the corpus. ``doc_number``, ``title``.

Edges (attribute ``kind``):

* ``contains`` — doc → top clause, clause → sub-clause.
* ``cites`` — doc → doc when the citation resolves in the corpus, else doc → cite node;
  ``doc_number``, ``title`` of the citation.
* ``assigned_to`` — clause → role; ``slot`` (lead | responsible), ``name`` as written.
* ``implements`` — child clause → parent clause, added by ``add_alignments``; ``score``,
  ``evidence`` (JSON list of shared phrases).

Every attribute is a scalar (lists are JSON strings) so the graph writes to GraphML as is.

The example is in ``pipeline.corpus``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from pipeline.corpus.parents import above, matches, norm_title
from pipeline.model import Diff, Notice

__all__ = ["doc_node", "build_graph", "add_alignments", "resolve_parents", "chain", "write_graph"]


def doc_node(notice: Notice) -> str:
    return f"doc:{notice.path}"


def _clause_node(notice: Notice, clause_id: str) -> str:
    return f"clause:{notice.path}#{clause_id}"


def build_graph(notices: Iterable[Notice]) -> nx.DiGraph:
    """Documents, their clause trees, roles and citations (see the module docstring)."""
    notices = list(notices)
    G = nx.DiGraph()
    for n in notices:
        m = n.metadata
        G.add_node(doc_node(n), kind="doc", path=n.path, title=m.title or "", doc_number=m.doc_number or "",
                   level=str(m.level or ""), issuer=m.issuer or "", date=m.date or "")
        for c in n.clauses:
            node = _clause_node(n, c.id)
            G.add_node(node, kind="clause", id=c.id, clause_kind=str(c.kind), title=c.title or "",
                       obligation=str(c.obligation or ""),
                       deadlines=json.dumps([d.date or d.recurrence for d in c.deadlines], ensure_ascii=False),
                       targets=json.dumps([f"{t.comparator}{t.value:g}{t.unit}" for t in c.targets],
                                          ensure_ascii=False))
            up = _clause_node(n, c.parent_id) if c.parent_id else doc_node(n)
            G.add_edge(up, node, kind="contains")
            for slot, units in (("lead", c.lead_units), ("responsible", c.responsible_units)):
                for u in units:
                    G.add_node(f"role:{u.role}", kind="role", role=u.role)
                    G.add_edge(node, f"role:{u.role}", kind="assigned_to", slot=slot, name=u.name)
    for n in notices:
        for cite in n.metadata.cites:
            target = next((doc_node(p) for p in notices if p is not n and matches(cite, p)), None)
            if target is None:
                key = cite.doc_number or norm_title(cite.title)
                if not key:
                    continue
                target = f"cite:{key}"
                G.add_node(target, kind="cite", doc_number=cite.doc_number or "", title=cite.title or "")
            G.add_edge(doc_node(n), target, kind="cites", doc_number=cite.doc_number or "", title=cite.title or "")
    return G


def resolve_parents(G: nx.DiGraph) -> dict[str, str]:
    """doc node → its nearest-level parent doc node, for every document citing one in the graph."""
    out = {}
    for node, data in G.nodes(data=True):
        if data.get("kind") != "doc":
            continue
        levels = above(data["level"])
        cands = [t for _, t, e in G.out_edges(node, data=True)
                 if e["kind"] == "cites" and G.nodes[t]["kind"] == "doc" and G.nodes[t]["level"] in levels]
        if cands:
            out[node] = min(cands, key=lambda t: levels.index(G.nodes[t]["level"]))
    return out


def chain(G: nx.DiGraph, doc: str) -> list[str]:
    """``doc`` and its parents upwards (county → city → province → State Council), as far as the corpus goes."""
    parents = resolve_parents(G)
    path = [doc]
    while path[-1] in parents and parents[path[-1]] not in path:
        path.append(parents[path[-1]])
    return path


def add_alignments(G: nx.DiGraph, diff: Diff) -> nx.DiGraph:
    """Add ``implements`` edges child clause → parent clause for every alignment of ``diff``."""
    for a in diff.alignments:
        G.add_edge(_clause_node(diff.child, a.child), _clause_node(diff.parent, a.parent), kind="implements",
                   score=float(a.score), evidence=json.dumps(list(a.evidence), ensure_ascii=False))
    return G


def write_graph(G: nx.DiGraph, path, fmt: str = "graphml") -> None:
    """GraphML (``networkx.read_graphml`` reads it back) or node-link JSON.

    XML 1.0 cannot hold most control characters, which a notice's text may carry: in GraphML
    they are written as U+FFFD (node names too), so the file stays readable."""
    if fmt == "graphml":
        nx.write_graphml(_xml_safe(G), str(path))
    elif fmt == "json":
        Path(path).write_text(json.dumps(nx.node_link_data(G, edges="edges"), ensure_ascii=False, indent=1),
                              encoding="utf-8")
    else:
        raise ValueError(f"write_graph: unknown format {fmt!r}; use 'graphml' or 'json'")


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(G: nx.DiGraph) -> nx.DiGraph:
    clean = lambda v: _XML_INVALID.sub("\ufffd", v) if isinstance(v, str) else v
    H = nx.DiGraph()
    H.add_nodes_from((clean(n), {k: clean(v) for k, v in d.items()}) for n, d in G.nodes(data=True))
    H.add_edges_from((clean(a), clean(b), {k: clean(v) for k, v in d.items()}) for a, b, d in G.edges(data=True))
    return H
