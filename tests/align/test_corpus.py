"""The corpus graph over corpora/notices/: parents resolved by citation, GraphML round trip."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from pipeline import analyze
from pipeline.align import diff_notices
from pipeline.corpus import (add_alignments, build_graph, chain, load_corpus, parents_of, resolve_parent,
                             resolve_parents, write_graph)
from pipeline.errors import ParentNotFound

from tests.conftest import NOTICES


@pytest.fixture(scope="module")
def corpus(seed):
    notices, errors = load_corpus(NOTICES, lambda path: seed(int(path.name[:3])))
    return notices, errors


def test_parents_resolved_by_doc_number(corpus, seed):
    notices, errors = corpus
    assert errors == [] and len(notices) == 5
    parents = resolve_parents(build_graph(notices))
    assert parents == {f"doc:{seed(0).path}": f"doc:{seed(3).path}", f"doc:{seed(4).path}": f"doc:{seed(3).path}"}


def test_chain_goes_up_from_county(corpus, seed):
    notices, _ = corpus
    assert chain(build_graph(notices), f"doc:{seed(4).path}") == [f"doc:{seed(4).path}", f"doc:{seed(3).path}"]


def test_nodes_and_edges(corpus, seed):
    notices, _ = corpus
    G = build_graph(notices)
    kinds = {d["kind"] for _, d in G.nodes(data=True)}
    assert kinds == {"doc", "clause", "role", "cite"}
    assert G.has_edge(f"doc:{seed(0).path}", "cite:国办发〔2023〕27号")
    clause = f"clause:{seed(4).path}#二/（八）"
    slots = {(t, e["slot"]) for _, t, e in G.out_edges(clause, data=True) if e["kind"] == "assigned_to"}
    assert ("role:行政审批部门", "lead") in slots and ("role:乡镇街道", "responsible") in slots


def test_graphml_round_trip_with_alignments(corpus, seed, tmp_path):
    notices, _ = corpus
    G = add_alignments(build_graph(notices), diff_notices(seed(4), seed(3)))
    write_graph(G, tmp_path / "corpus.graphml")
    H = nx.read_graphml(tmp_path / "corpus.graphml")
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    edge = H.edges[f"clause:{seed(4).path}#二/（十五）", f"clause:{seed(3).path}#六/（十七）"]
    assert edge["kind"] == "implements" and 0 < edge["score"] <= 1 and json.loads(edge["evidence"])
    write_graph(G, tmp_path / "corpus.json", fmt="json")
    assert json.loads((tmp_path / "corpus.json").read_text(encoding="utf-8"))["nodes"]


def test_resolve_parent_and_its_failure(seed):
    assert resolve_parent(seed(0), NOTICES, lambda path: seed(int(path.name[:3]))).path == seed(3).path
    with pytest.raises(ParentNotFound, match="豫政办〔2023〕68号"):
        resolve_parent(seed(1), NOTICES, lambda path: seed(int(path.name[:3])))


def test_nearest_level_wins(seed):
    """A county notice citing both its province and the State Council gets the province first."""
    child, province = seed(4), seed(3)
    assert parents_of(child, [province, child]) == [province]


def test_bad_file_is_collected(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a notice", encoding="utf-8")
    notices, errors = load_corpus(tmp_path, analyze)
    assert notices == [] and [e.path.endswith("empty.txt") for e in errors] == [True]
