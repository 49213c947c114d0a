"""A county notice traced up county → city → province (tests/gold/align/chain_p003_yishui_county.json):
``policyalign diff COUNTY --corpus DIR --chain`` and ``pipeline.align.chain``."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pipeline import analyze
from pipeline.align.chain import chain_of, diff_chain
from pipeline.errors import ParentNotFound

from tests.conftest import GOLD, NOTICES, ROOT

FIXT = ROOT / "tests" / "fixtures" / "align"
CHAIN = json.loads((GOLD / "align" / "chain_p003_yishui_county.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed):
    d = tmp_path_factory.mktemp("chain")
    for src in (FIXT / "p003_linyi_city.txt", next(NOTICES.glob("003_*.txt"))):
        shutil.copy(src, d / src.name)
    return d


@pytest.fixture(scope="module")
def chain_diff(corpus):
    notices = [analyze(p) for p in sorted(corpus.iterdir())]
    return diff_chain(analyze(FIXT / "p003_yishui_county.txt"), notices)


def test_nearest_parent_is_the_city(chain_diff):
    assert chain_diff.parent.metadata.doc_number == "临政办字〔2024〕6号"
    assert chain_of(chain_diff.child, [chain_diff.parent])[0] is chain_diff.parent


def test_ancestry_matches_the_gold(chain_diff):
    def flat(cid):
        return sorted(i for level in chain_diff.ancestry.get(cid, ()) for i in level)
    right = [cid for cid, ids in CHAIN["ancestry"].items() if flat(cid) == sorted(ids)]
    assert len(right) >= 16, {cid: flat(cid) for cid in CHAIN["ancestry"] if cid not in right}
    assert all(len(levels) == 2 for levels in chain_diff.ancestry.values())


def test_divergences_are_against_the_nearest_parent(chain_diff):
    got = {(d.type, d.child, d.parent) for d in chain_diff.divergences}
    assert ("target_weaker", "二/（三）", "二/（三）") in got      # 80 → 60 against the city, = the province


def test_cli_chain_json_carries_ancestry(corpus):
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "diff", str(FIXT / "p003_yishui_county.txt"),
                          "--corpus", str(corpus), "--chain", "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["ancestry"]["二/（一）"] == [["二/（一）"], ["一/（一）"]]


def test_no_parent_in_corpus_is_an_input_error(seed):
    with pytest.raises(ParentNotFound):
        diff_chain(seed(0), [seed(1)])
