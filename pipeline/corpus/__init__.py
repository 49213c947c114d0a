"""The corpus: which files are notices (``files``), whose parent is whom (``parents``), and the
networkx graph of documents, clauses, roles, citations and alignments (``graph``, whose
docstring documents every node and edge attribute).

>>> from pipeline import analyze
>>> notices, errors = load_corpus("corpora/notices", analyze)
>>> G = build_graph(notices)
>>> [n.split("/")[-1] for n in chain(G, "doc:" + str(notices[4].path))]
['004_15c10991a4afbfa2.txt', '003_b9bae5fd1a95c124.txt']
"""
from pipeline.corpus.files import SUFFIXES, load_corpus, notice_files
from pipeline.corpus.graph import add_alignments, build_graph, chain, doc_node, resolve_parents, write_graph
from pipeline.corpus.parents import parents_of, resolve_parent

__all__ = ["SUFFIXES", "notice_files", "load_corpus", "build_graph", "add_alignments", "resolve_parents",
           "parents_of", "resolve_parent", "chain", "write_graph", "doc_node"]
