"""Align a child notice's measures with its parent's and list where the child departs.

    diff_notices(child, parent) -> Diff
    align(child, parent)        -> tuple[Alignment, ...]
    divergences(child, parent, alignments) -> tuple[Divergence, ...]

Alignment is one logistic model over pair features, the same for every pair of
documents (parameters: ``corpora/lexicons/align_model.json``, calibrated on
``tests/gold/align/004_003.json`` by ``tests/align/calibrate_model.py``):

* ``cosine`` — TF-IDF cosine over jieba tokens (minus the genre's stopwords,
  ``align_stopwords.txt``) and character 2/3-grams, IDF taken over both
  documents' measures; ``cover_child`` / ``cover_parent`` — the IDF mass of one
  side's features found in the other (a child that merges two parents covers
  each of them well while its cosine with either is diluted);
* ``row_rel`` / ``col_rel`` — the pair's lexical score over the best of the
  child's row (parent's column): a loose restatement (an 实施步骤 clause) whose
  best option is this parent is still its counterpart;
* ``concepts`` — cosine of genre-concept counts (``align_concepts.tsv``:
  检查验收, 督察, 考评 are all 督促落实), for restatements in other words;
* ``values`` — a deadline date or a target value both clauses state;
* ``position`` — 1 − the distance of the two measures' relative positions.

Both texts are first put in one wording (``align_wording.tsv``: synonyms,
全省/全区 …, level prefixes, the notices' own place names), so wording noise
moves neither the alignment nor any divergence. A pair is kept when its score
reaches ``threshold`` and lies within ``margin`` of the best score in the
child's row or the parent's column: one child may implement several parents
(1→n) and several children one parent (n→1); a measure with nothing close
stays unaligned (``added_in_child`` / ``missing_in_child``).

Divergences compare the SAME duty, not any two values: a deadline, a target
or a modal cue is located in its clause segment (the text between ，。；), and
the parent's segment is matched to the most similar segment of the aligned
child clause(s). For a parent aligned to several children (or the reverse)
each parent value is compared with its best match among all of them.

>>> diff = diff_notices(analyze("corpora/notices/004_15c10991a4afbfa2.txt"),
...                     analyze("corpora/notices/003_b9bae5fd1a95c124.txt"))  # doctest: +SKIP
>>> [d.type for d in diff.divergences if d.parent == "四/（十二）"]           # doctest: +SKIP
['unit_changed', 'deadline_dropped']
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import jieba
import numpy as np

from extractors.lexicon import load_json, load_list, load_table
from pipeline.model import Alignment, Clause, Diff, Divergence, Notice

__all__ = ["diff_notices", "align", "divergences", "pair_features"]

jieba.setLogLevel(logging.WARNING)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_PUNCT_EDGES = re.compile(r"^[^\u4e00-\u9fff\w]+|[^\u4e00-\u9fff\w）》”]+$")


def diff_notices(child: Notice, parent: Notice) -> Diff:
    """Alignments of ``child``'s measures with ``parent``'s, and the divergences they show."""
    cm, pm, places = _compared(child, parent)
    alignments = _align(cm, pm)
    return Diff(child=child, parent=parent, alignments=alignments,
                divergences=_divergences(cm, pm, alignments, places))


# --------------------------------------------------------------------------- model and wording

@lru_cache(maxsize=None)
def _model() -> dict:
    m = load_json("align_model")
    missing = set(m["features"]) ^ set(m["weights"])
    if missing:
        raise ValueError(f"align_model.json: features and weights disagree on {sorted(missing)}")
    return m


@lru_cache(maxsize=None)
def _wording() -> tuple[tuple[str, str], ...]:
    rows = [(r["variant"], r["canonical"]) for r in load_table("align_wording")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    return frozenset(load_list("align_stopwords"))


@lru_cache(maxsize=None)
def _stopwords_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_stopwords(), key=len, reverse=True))


@lru_cache(maxsize=None)
def _concepts() -> tuple[re.Pattern, dict[str, str]]:
    table = {r["phrase"]: r["concept"] for r in load_table("align_concepts")}
    return re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True))), table


def _place_names(*notices: Notice) -> tuple[str, ...]:
    """Both notices' own place names (山东省, 山东, 市中区, 市中 …): local, never a difference."""
    names = set()
    for n in notices:
        r = n.metadata.region
        for name in (r.province, r.city, r.county):
            if name:
                names.add(name)
                if len(name) > 2:
                    names.add(name[:-1])
    return tuple(sorted(names, key=len, reverse=True))


def _strip(text: str) -> str:
    """``text`` without its numbering and its (牵头单位：…) labels, which the roles compare."""
    for pat in _model()["strip_patterns"]:
        text = re.sub(pat, "", text)
    return text


def _canon(text: str, places: tuple[str, ...]) -> str:
    """``text`` in one wording: stripped, synonyms, level prefixes, place names."""
    m = _model()
    text = _strip(text)
    for name in places:
        text = text.replace(name, "")
    for variant, canonical in _wording():
        text = text.replace(variant, canonical)
    return re.sub(m["level_prefix"], "", text)


@lru_cache(maxsize=4096)
def _features(text: str) -> Counter:
    """jieba tokens (genre stopwords out) + character n-grams inside CJK runs.

    Cached, since a parent's measures are tokenized again for every child it is held against;
    the Counter is shared, so callers only read it."""
    m = _model()
    stop = _stopwords()
    feats = Counter(f"w:{t}" for t in jieba.lcut(text)
                    if len(t) >= m["min_token_len"] and _CJK.fullmatch(t) and t not in stop)
    for run in _CJK.findall(text):
        for n in m["ngram_sizes"]:
            feats.update(run[i:i + n] for i in range(len(run) - n + 1))
    return feats


def _concept_vector(text: str) -> Counter:
    rx, concepts = _concepts()
    return Counter(concepts[hit] for hit in rx.findall(text))


def _bigrams(text: str) -> set[str]:
    return {run[i:i + 2] for run in _CJK.findall(text) for i in range(len(run) - 1)}


def _duty_grams(canon: str) -> set[str]:
    """Bigrams of a duty's words once the genre's stopwords are cut out (行政执法, 建立, 机制 say nothing)."""
    for word in _stopwords_longest_first():
        canon = canon.replace(word, "|")
    return _bigrams(canon)


def _overlap(a: set, b: set, min_size: int = 3) -> float:
    """Set cosine of two duties' bigrams; a duty of fewer than ``min_size`` bigrams matches nothing."""
    if len(a) < min_size or len(b) < min_size:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


# --------------------------------------------------------------------------- measures as compared

@dataclass(frozen=True)
class _Measure:
    """A measure with its items (（1）, ① under it): what a child clause is compared on."""
    clause: Clause
    parts: tuple[Clause, ...]
    raw: str        # the parts' text without numbering and unit labels: where evidence is found
    canon: str      # ``raw`` in one wording: what is compared
    position: float

    @property
    def id(self) -> str:
        return self.clause.id

    def roles(self, slot: str) -> frozenset[str]:
        attr = "lead_units" if slot == "lead" else "responsible_units"
        return frozenset(u.role for p in self.parts for u in getattr(p, attr))

    def values(self) -> set:
        return ({("date", d.date) for p in self.parts for d in p.deadlines if d.date}
                | {("target", t.unit, t.value) for p in self.parts for t in p.targets})


def _measures(notice: Notice, places: tuple[str, ...]) -> list[_Measure]:
    kids: dict[str | None, list[Clause]] = {}
    for c in notice.clauses:
        kids.setdefault(c.parent_id, []).append(c)

    def subtree(c: Clause) -> list[Clause]:
        out = [c]
        for k in kids.get(c.id, ()):
            if not k.is_measure:
                out += subtree(k)
        return out

    measures = notice.measures
    out = []
    for i, c in enumerate(measures):
        parts = tuple(subtree(c))
        raw = "".join(_strip(p.text) for p in parts)
        out.append(_Measure(clause=c, parts=parts, raw=raw, canon=_canon(raw, places),
                            position=i / max(1, len(measures) - 1)))
    return out


# --------------------------------------------------------------------------- alignment

def _compared(child: Notice, parent: Notice) -> tuple[list[_Measure], list[_Measure], tuple[str, ...]]:
    """Both notices' measures as compared, and the place names their wording drops."""
    places = _place_names(child, parent)
    return _measures(child, places), _measures(parent, places), places


def pair_features(child: Notice, parent: Notice) -> tuple[list[str], list[str], dict[str, np.ndarray]]:
    """Child ids, parent ids and one (children × parents) matrix per model feature."""
    cm, pm, _ = _compared(child, parent)
    return [m.id for m in cm], [m.id for m in pm], _matrices(cm, pm)


def _matrices(cm: list[_Measure], pm: list[_Measure]) -> dict[str, np.ndarray]:
    bags = [_features(m.canon) for m in cm + pm]
    vocab = {f: i for i, f in enumerate(sorted(set().union(*bags)))} if bags else {}
    df = Counter(f for b in bags for f in b)
    n = len(bags)
    idf = np.zeros(len(vocab))
    for f, i in vocab.items():
        idf[i] = math.log((n + 1) / (df[f] + 1)) + 1
    tf = np.zeros((n, len(vocab)))
    for r, b in enumerate(bags):
        for f, k in b.items():
            tf[r, vocab[f]] = 1 + math.log(k)
    vec = tf * idf
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    present = (tf > 0) * idf
    mass = np.maximum(present.sum(axis=1), 1e-12)
    c_vec, p_vec = vec[:len(cm)], vec[len(cm):]
    c_pres, p_pres = present[:len(cm)], present[len(cm):]
    shared = _products(c_pres, (p_pres > 0).astype(float))

    shape = (len(cm), len(pm))
    values, position, concepts = (np.zeros(shape) for _ in range(3))
    c_concepts = [_concept_vector(m.canon) for m in cm]
    p_concepts = [_concept_vector(m.canon) for m in pm]
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
        # how this pair ranks among the child's (parent's) options: a loose restatement whose
        # best option is this parent is still its counterpart
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


def _scores(feats: dict[str, np.ndarray]) -> np.ndarray:
    m = _model()
    z = m["bias"] + sum(m["weights"][f] * feats[f] for f in m["features"])
    return 1 / (1 + np.exp(-z))


def _select(scores: np.ndarray) -> list[tuple[int, int]]:
    """Pairs at or above the threshold and within the margin of their row's or column's best."""
    m = _model()
    if scores.size == 0:
        return []
    row_best = scores.max(axis=1, keepdims=True)
    col_best = scores.max(axis=0, keepdims=True)
    keep = (scores >= m["threshold"]) & ((scores >= row_best - m["margin"]) | (scores >= col_best - m["margin"]))
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(keep))]


def align(child: Notice, parent: Notice) -> tuple[Alignment, ...]:
    """Which parent measure(s) each child measure implements, with score and shared phrases.

    >>> [(a.child, a.parent) for a in align(n004, n003)][:2]     # doctest: +SKIP
    [('二/（一）', '一/（一）'), ('二/（二）', '一/（二）')]
    """
    cm, pm, _ = _compared(child, parent)
    return _align(cm, pm)


def _align(cm: list[_Measure], pm: list[_Measure]) -> tuple[Alignment, ...]:
    scores = _scores(_matrices(cm, pm))
    m = _model()
    return tuple(Alignment(child=cm[i].id, parent=pm[j].id, score=float(scores[i, j]),
                           evidence=_evidence(cm[i].raw, pm[j].raw, m["evidence_min_chars"], m["evidence_max"])
                           or _concept_evidence(cm[i].raw, pm[j].raw))
                 for i, j in _select(scores))


def _evidence(a: str, b: str, min_len: int, limit: int) -> tuple[str, ...]:
    """Common substrings of ``a`` and ``b``, longest first; each found one is masked out of both."""
    found = []
    matcher = SequenceMatcher(None, autojunk=False)
    while len(found) < limit:
        matcher.set_seqs(a, b)
        m = matcher.find_longest_match(0, len(a), 0, len(b))
        if m.size < min_len:
            break
        phrase = _PUNCT_EDGES.sub("", a[m.a:m.a + m.size])
        if len(phrase) >= min_len:
            found.append(phrase)
        a = a[:m.a] + "\x00" * m.size + a[m.a + m.size:]
        b = b[:m.b] + "\x01" * m.size + b[m.b + m.size:]
    return tuple(found)


def _concept_evidence(a: str, b: str) -> tuple[str, ...]:
    """For a loose restatement with no phrase in common: the genre concepts both name (督促落实: 检查验收≈督察)."""
    rx, concepts = _concepts()
    in_b: dict[str, str] = {}
    for hit in rx.findall(b):
        in_b.setdefault(concepts[hit], hit)
    out = {}
    for hit in rx.findall(a):
        c = concepts[hit]
        if c in in_b and c not in out:
            out[c] = f"{c}：{hit}≈{in_b[c]}"
    return tuple(out.values())


# --------------------------------------------------------------------------- duties inside a clause

@dataclass(frozen=True)
class _Segment:
    """One stretch of a clause between ，：。； — the unit a deadline, target or modal cue belongs to."""
    clause: Clause
    start: int
    end: int
    sentence: int


def _segments(clause: Clause) -> list[_Segment]:
    m = _model()
    out, text = [], clause.text
    pos = 0
    for s_idx, sentence in enumerate(re.split(f"(?<={m['segment_split']})", text)):
        s_start = pos
        pos += len(sentence)
        sub = 0
        for piece in re.split(f"(?<={m['clause_split']})", sentence):
            if piece:
                out.append(_Segment(clause, s_start + sub, s_start + sub + len(piece), s_idx))
            sub += len(piece)
    return out


def _duty(clause: Clause, start: int, end: int, places: tuple[str, ...]) -> tuple[str, set[str]]:
    """The duty text around span [start, end) of ``clause`` (span removed), and its bigrams.

    A segment that is little more than the span (``并于2024年11月底前向社会公布``)
    borrows the segment before it, where the object of the duty is."""
    segs = _segments(clause)
    k = next((i for i, s in enumerate(segs) if s.start <= start < s.end), len(segs) - 1)
    text = clause.text
    lo, hi = segs[k].start, segs[k].end
    duty = text[lo:start] + text[end:hi]
    if len("".join(_CJK.findall(duty))) < _model()["duty_min_chars"]:
        near = segs[k - 1] if k > 0 and segs[k - 1].sentence == segs[k].sentence else (
            segs[k + 1] if k + 1 < len(segs) else None)
        if near is not None:
            lo, hi = min(lo, near.start), max(hi, near.end)
            duty = text[lo:start] + text[end:hi]
    canon = _canon(duty, places)
    return canon, _duty_grams(canon)


def _match(parent_items: list, child_items: list, same_value) -> list[tuple[object, object | None, float]]:
    """Greedy one-to-one matching of (item, bigrams) lists by duty similarity (+ a bonus for equal values).

    Returns (parent_item, child_item or None, similarity) for every parent item."""
    m = _model()
    cands = []
    for i, (p, pb) in enumerate(parent_items):
        for j, (c, cb) in enumerate(child_items):
            sim = _overlap(pb, cb) + (m["same_value_bonus"] if same_value(p, c) else 0.0)
            if sim >= m["duty_match"]:
                cands.append((sim, i, j))
    used_p, used_c, out = set(), set(), {}
    for sim, i, j in sorted(cands, key=lambda t: -t[0]):
        if i not in used_p and j not in used_c:
            used_p.add(i)
            used_c.add(j)
            out[i] = (child_items[j][0], sim)
    return [(p, *out.get(i, (None, 0.0))) for i, (p, _) in enumerate(parent_items)]


# --------------------------------------------------------------------------- divergences

def divergences(child: Notice, parent: Notice, alignments: tuple[Alignment, ...]) -> tuple[Divergence, ...]:
    """Contract divergences (tests/contract/README.md) of ``child`` against ``parent`` given the alignment."""
    cm, pm, places = _compared(child, parent)
    return _divergences(cm, pm, alignments, places)


def _divergences(c_measures: list[_Measure], p_measures: list[_Measure], alignments: tuple[Alignment, ...],
                 places: tuple[str, ...]) -> tuple[Divergence, ...]:
    cm = {m.id: m for m in c_measures}
    pm = {m.id: m for m in p_measures}
    aligned_c = {a.child for a in alignments}
    aligned_p = {a.parent for a in alignments}
    out: list[Divergence] = []
    for pid, p in pm.items():
        if pid not in aligned_p:
            out.append(Divergence("missing_in_child", f"父文件措施 {pid}「{p.clause.title}」在子文件中无对应条款",
                                  parent=pid))
    for cid, c in cm.items():
        if cid not in aligned_c:
            out.append(Divergence("added_in_child", f"子文件措施 {cid}「{c.clause.title}」在父文件中无对应条款",
                                  child=cid))
    for a in alignments:
        out += _unit_changes(cm[a.child], pm[a.parent])
    for pid, p in pm.items():
        pairs = sorted((a for a in alignments if a.parent == pid), key=lambda a: -a.score)
        if not pairs:
            continue
        kids = [cm[a.child] for a in pairs]
        out += _deadline_changes(p, kids, places)
        out += _target_changes(p, kids, places)
        out += _obligation_changes(p, kids, places)
    return tuple(out)


def _roles_value(m: _Measure) -> dict:
    return {"lead": sorted(m.roles("lead")), "responsible": sorted(m.roles("responsible"))}


def _unit_changes(c: _Measure, p: _Measure) -> list[Divergence]:
    """The labelled lead/responsible role sets differ (compared only where both clauses carry labels)."""
    cv, pv = _roles_value(c), _roles_value(p)
    if not (cv["lead"] or cv["responsible"]) or not (pv["lead"] or pv["responsible"]) or cv == pv:
        return []
    changes = []
    for slot, name in (("lead", "牵头"), ("responsible", "责任")):
        added = sorted(set(cv[slot]) - set(pv[slot]))
        removed = sorted(set(pv[slot]) - set(cv[slot]))
        if added:
            changes.append(f"{name}单位增加{'、'.join(added)}")
        if removed:
            changes.append(f"{name}单位去掉{'、'.join(removed)}")
    return [Divergence("unit_changed", "；".join(changes), child=c.id, parent=p.id, child_value=cv, parent_value=pv)]


def _dated(ms: list[_Measure], places) -> list:
    return [((m, part, d), _duty(part, d.start, d.end, places)[1])
            for m in ms for part in m.parts for d in part.deadlines if d.date]


def _deadline_changes(p: _Measure, kids: list[_Measure], places) -> list[Divergence]:
    out = []
    matched = _match(_dated([p], places), _dated(kids, places), lambda a, b: a[2].date == b[2].date)
    for (_, p_part, pd), hit, _sim in matched:
        if hit is None:
            out.append(Divergence("deadline_dropped", f"父文件「{pd.text}」的时限在子文件中未保留",
                                  child=kids[0].id, parent=p.id, parent_value=pd.date))
            continue
        c, c_part, cd = hit
        if cd.date != pd.date:
            kind = "deadline_later" if cd.date > pd.date else "deadline_earlier"
            out.append(Divergence(kind, f"同一任务时限由「{pd.text}」改为「{cd.text}」", child=c.id, parent=p.id,
                                  child_value=cd.date, parent_value=pd.date))
        out += _actor_change(c, c_part, cd, p, p_part, pd)
    return out


def _actor_change(c, c_part, cd, p, p_part, pd) -> list[Divergence]:
    """Who does a dated duty: the actor named in the deadline's own segment, where both name one."""
    def actors(part: Clause, span) -> frozenset[str]:
        seg = next((s for s in _segments(part) if s.start <= span.start < s.end), None)
        return frozenset(u.role for u in part.actors if seg and seg.start <= u.start < span.start)
    ca, pa = actors(c_part, cd), actors(p_part, pd)
    if not ca or not pa or ca == pa:
        return []
    return [Divergence("unit_changed", f"「{pd.text}」任务的承担者由{'、'.join(sorted(pa))}改为{'、'.join(sorted(ca))}",
                       child=c.id, parent=p.id, child_value=sorted(ca), parent_value=sorted(pa))]


def _targets(ms: list[_Measure], places) -> list:
    return [((m, t), _duty(part, t.start, t.end, places)[1] | ({t.subject} if t.subject else set()))
            for m in ms for part in m.parts for t in part.targets]


def _target_changes(p: _Measure, kids: list[_Measure], places) -> list[Divergence]:
    out = []
    by_unit: dict[str, tuple[list, list]] = {}
    for item in _targets([p], places):
        by_unit.setdefault(item[0][1].unit, ([], []))[0].append(item)
    for item in _targets(kids, places):
        if item[0][1].unit in by_unit:
            by_unit[item[0][1].unit][1].append(item)
    for p_items, c_items in by_unit.values():
        for (_, pt), hit, _sim in _match(p_items, c_items, lambda a, b: a[1].value == b[1].value):
            pv = {"comparator": pt.comparator, "value": pt.value, "unit": pt.unit}
            if hit is None:
                out.append(Divergence("target_dropped", f"父文件指标「{pt.text}」在子文件中未保留",
                                      child=kids[0].id, parent=p.id, parent_value=pv))
                continue
            c, ct = hit
            if ct.value == pt.value:
                continue
            lower_is_weaker = pt.comparator not in ("<=", "<")
            weaker = (ct.value < pt.value) == lower_is_weaker
            out.append(Divergence("target_weaker" if weaker else "target_stronger",
                                  f"同一指标由「{pt.text}」改为「{ct.text}」", child=c.id, parent=p.id,
                                  child_value={"comparator": ct.comparator, "value": ct.value, "unit": ct.unit},
                                  parent_value=pv))
    return out


def _strengths(m: _Measure, places) -> list:
    """(segment strength, cue-free duty bigrams) for every segment a modal cue governs.

    A segment's own strongest cue governs it; otherwise an auxiliary (要, 应当, 可以 …)
    earlier in the same sentence does (``要加强A，健全B``), while an adverb (严格, 适时)
    binds only its own segment."""
    model = _model()
    governing = set(model["governing_cues"])
    ranks = list(model["obligation_tiers"])
    out = []
    for part in m.parts:
        carried, sentence = None, -1
        for seg in _segments(part):
            if seg.sentence != sentence:
                carried, sentence = None, seg.sentence
            cues = [q for q in part.modal_cues if seg.start <= q.start < seg.end]
            own = min((q.strength for q in cues), key=ranks.index, default=None)
            strength = own or carried
            if any(q.text in governing for q in cues):
                carried = min((q.strength for q in cues if q.text in governing), key=ranks.index)
            if strength is None:
                continue
            text = part.text[seg.start:seg.end]
            for q in sorted(cues, key=lambda q: -q.start):
                text = text[:q.start - seg.start] + text[q.end - seg.start:]
            out.append(((m, strength, part.text[seg.start:seg.end]), _duty_grams(_canon(text, places))))
    return out


def _obligation_changes(p: _Measure, kids: list[_Measure], places) -> list[Divergence]:
    """A parent duty whose every close child restatement sits in the other tier (binding vs optional).

    Not a one-to-one match: a child that restates a duty twice (适时组织X … 要组织X) keeps it
    as long as one restatement keeps the parent's tier."""
    model = _model()
    tiers = model["obligation_tiers"]
    child_duties = [x for k in kids for x in _strengths(k, places)]
    out, seen = [], set()
    for (_, ps, ptext), pb in _strengths(p, places):
        close = sorted(((_overlap(pb, cb), hit) for hit, cb in child_duties), key=lambda t: -t[0])
        close = [hit for sim, hit in close if sim >= model["obligation_match"]]
        if not close or any(tiers[cs] == tiers[ps] for _, cs, _ in close):
            continue
        c, cs, ctext = close[0]
        kind = "obligation_stronger" if tiers[cs] > tiers[ps] else "obligation_weaker"
        if (kind, c.id) not in seen:
            seen.add((kind, c.id))
            out.append(Divergence(kind, f"同一义务由「{ptext.strip('，。；')}」({ps})改为「{ctext.strip('，。；')}」({cs})",
                                  child=c.id, parent=p.id, child_value=cs, parent_value=ps))
    return out
