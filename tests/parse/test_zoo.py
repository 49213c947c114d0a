"""The layout zoo (tests/fixtures/zoo, gold tests/gold/structure): per notice, unique measure
coverage and metadata exactness, printed as a table and pinned at what the parser reaches.

Coverage: the share of gold measures whose anchor lies in exactly one predicted measure,
and that measure has the gold id. Metadata: title, notice_title, plan_title, doc_number,
issuer, date, level, region and the cited 文号, each exactly as the gold has it.
"""
from __future__ import annotations

import json
import re

import pytest

from pipeline import analyze
from tests.conftest import ROOT

ZOO = ROOT / "tests" / "fixtures" / "zoo"
GOLD = sorted((ROOT / "tests" / "gold" / "structure").glob("*.json"))
FIELDS = ("title", "notice_title", "plan_title", "doc_number", "issuer", "date", "level",
          "province", "city", "county", "cites")

#: coverage reached per notice (16: the PDF reader interleaves an unruled table's cells)
COVERAGE = {key: 1.0 for key in (f"{i:02d}" for i in range(1, 22))} | {"16": 1 / 12}
#: metadata fields still wrong per notice: the task-table notices' gold cites 文号 their text never
#: prints (the zoo renders only the cover letter and the table)
WRONG = {key: {"cites"} for key in ("10", "11", "12", "13", "14", "15", "16", "17", "20")}


def _squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _measure_texts(notice) -> list[tuple[str, str]]:
    return [(c.id, _squash((c.title or "") + c.text)) for c in notice.measures]


def coverage(notice, gold: dict) -> float:
    """Share of gold measures whose anchor lies in exactly one predicted measure of the gold id."""
    texts = _measure_texts(notice)
    hits = 0
    for g in gold["measures"]:
        inside = [cid for cid, t in texts if _squash(g["anchor"]) in t]
        hits += inside == [g["id"]]
    return hits / len(gold["measures"])


def wrong_fields(notice, gold: dict) -> set[str]:
    m, want = notice.metadata, gold["metadata"]
    got = {"title": m.title, "notice_title": m.notice_title, "plan_title": m.plan_title,
           "doc_number": m.doc_number, "issuer": m.issuer, "date": m.date, "level": m.level,
           "province": m.region.province, "city": m.region.city, "county": m.region.county,
           "cites": sorted({c.doc_number for c in m.cites if c.doc_number})}
    expected = {**{k: want.get(k) for k in FIELDS}, **want["region"], "cites": sorted(set(want["cites"]))}
    return {k for k in FIELDS if (_squash(got[k]) if isinstance(got[k], str) else got[k])
            != (_squash(expected[k]) if isinstance(expected[k], str) else expected[k])}


@pytest.fixture(scope="module")
def scored() -> dict[str, tuple[float, set[str]]]:
    out = {}
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        notice = analyze(ZOO / gold["file"])
        out[gold["file"][:2]] = (coverage(notice, gold), wrong_fields(notice, gold))
    print(f"\n{'notice':8s} {'coverage':>8s}  wrong metadata")
    for key, (cov, wrong) in sorted(out.items()):
        print(f"{key:8s} {cov:8.2f}  {', '.join(sorted(wrong)) or '-'}")
    return out


def test_the_zoo_is_all_scored(scored):
    assert sorted(scored) == sorted(COVERAGE)


@pytest.mark.parametrize("key", sorted(COVERAGE))
def test_measure_coverage(scored, key):
    assert scored[key][0] >= COVERAGE[key] - 1e-9


@pytest.mark.parametrize("key", sorted(COVERAGE))
def test_metadata_exact(scored, key):
    assert scored[key][1] == WRONG.get(key, set())


@pytest.mark.parametrize("anchor, ids, want", [
    ("加强培训", [("一/1", "加强培训。")], 1.0),
    ("加强培训", [("一/2", "加强培训。")], 0.0),                            # the wrong id
    ("加强培训", [("一/1", "加强培训。"), ("一/2", "再加强培训。")], 0.0),    # not unique
    ("加强培训", [("一/1", "严格管理。")], 0.0),                            # found nowhere
])
def test_coverage_counts_only_a_unique_measure_of_the_gold_id(anchor, ids, want):
    class _Notice:
        measures = [type("C", (), {"id": cid, "title": None, "text": text})() for cid, text in ids]
    assert coverage(_Notice(), {"measures": [{"id": "一/1", "anchor": anchor}]}) == want
