"""Pair features: one (children × parents) matrix per feature of the alignment model.

* ``cosine`` — TF-IDF cosine over jieba tokens (minus the genre's stopwords) and
  character 2/3-grams, IDF over both documents' measures; ``cover_child`` /
  ``cover_parent`` — the IDF mass of one side's features found in the other (a
  child that merges two parents covers each of them well while its cosine with
  either is diluted);
* ``row_rel`` / ``col_rel`` — the pair's lexical score over the best of the
  child's row (parent's column): a loose restatement whose best option is this
  parent is still its counterpart;
* ``concepts`` — cosine of genre-concept counts (``align_concepts.tsv``);
* ``values`` — a deadline date or a target value both clauses state;
* ``position`` — 1 − the distance of the two measures' relative positions.
"""
from __future__ import annotations

import logging
import math
from collections import Counter

import numpy as np

from pipeline.align.measures import Measure
from pipeline.align.wording import CJK, AlignRules

__all__ = ["FEATURES", "token_features", "concept_vector", "matrices"]

#: what ``matrices`` computes; align_model.json weighs any of them
FEATURES = ("cosine", "cover_child", "cover_parent", "values", "position", "row_rel", "col_rel", "concepts")


def token_features(text: str, r: AlignRules) -> Counter:
    """jieba tokens (genre stopwords out) + character n-grams inside CJK runs."""
    import jieba
    jieba.setLogLevel(logging.WARNING)
    m = r.model
    feats = Counter(f"w:{t}" for t in jieba.lcut(text)
                    if len(t) >= m["min_token_len"] and CJK.fullmatch(t) and t not in r.stopwords)
    for run in CJK.findall(text):
        for n in m["ngram_sizes"]:
            feats.update(run[i:i + n] for i in range(len(run) - n + 1))
    return feats


def concept_vector(text: str, r: AlignRules) -> Counter:
    return Counter(r.concepts[hit] for hit in r.concept_rx.findall(text))


def matrices(cm: list[Measure], pm: list[Measure], r: AlignRules) -> dict[str, np.ndarray]:
    """One (len(cm) × len(pm)) matrix per model feature (see the module docstring)."""
    bags = [r.features(m.canon) for m in cm + pm]
    vocab = {f: i for i, f in enumerate(sorted(set().union(*bags)))} if bags else {}
    df = Counter(f for b in bags for f in b)
    n = len(bags)
    idf = np.zeros(len(vocab))
    for f, i in vocab.items():
        idf[i] = math.log((n + 1) / (df[f] + 1)) + 1
    tf = np.zeros((n, len(vocab)))
    for row, b in enumerate(bags):
        for f, k in b.items():
            tf[row, vocab[f]] = 1 + math.log(k)
    vec = tf * idf
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    present = (tf > 0) * idf
    mass = np.maximum(present.sum(axis=1), 1e-12)
    c_vec, p_vec = vec[:len(cm)], vec[len(cm):]
    c_pres, p_pres = present[:len(cm)], present[len(cm):]
    shared = _products(c_pres, (p_pres > 0).astype(float))

    shape = (len(cm), len(pm))
    values, position, concepts = (np.zeros(shape) for _ in range(3))
    c_concepts = [concept_vector(m.canon, r) for m in cm]
    p_concepts = [concept_vector(m.canon, r) for m in pm]
    for i, c in enumerate(cm):
        c_values = c.values()
        for j, p in enumerate(pm):
            values[i, j] = min(1.0, len(c_values & p.values()) / 2)
            position[i, j] = 1 - abs(c.position - p.position)
            concepts[i, j] = _cosine(c_concepts[i], p_concepts[j])
    feats = {"cosine": _products(c_vec, p_vec),
             "cover_child": shared / mass[:len(cm), None],
             "cover_parent": shared / mass[None, len(cm):],
             "values": values, "position": position, "concepts": concepts}
    lexical = (feats["cosine"] + feats["cover_child"] + feats["cover_parent"]) / 3
    if lexical.size:
        feats["row_rel"] = lexical / np.maximum(lexical.max(axis=1, keepdims=True), 1e-12)
        feats["col_rel"] = lexical / np.maximum(lexical.max(axis=0, keepdims=True), 1e-12)
    else:
        feats["row_rel"] = feats["col_rel"] = lexical
    return feats


def _products(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b.T`` by broadcasting: these matrices are tiny, and a threaded BLAS call on a busy
    machine costs more in thread start-up than the arithmetic (50–400 ms against 5 ms)."""
    out = np.zeros((a.shape[0], b.shape[0]))
    for i, row in enumerate(a):
        out[i] = (b * row).sum(axis=1)
    return out


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b[k] for k, v in a.items())
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values())) if dot else 0.0
