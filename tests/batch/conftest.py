"""Helpers of the batch tests: a store's content as comparable data, corpora built on the fly."""
from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.batch.schema import TABLES, connect
from tests.conftest import ROOT

#: columns that say when, not what: left out when two stores are compared
WHEN = {"analysed_at", "at", "seen_at", "diffed_at"}


def contents(db_path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without timestamps (and the pickled Notice, compared by file hash)."""
    db = connect(db_path, read_only=True)
    try:
        out = {}
        for table, columns in TABLES.items():
            names = [f'"{c}"' for c, _ in columns if c not in WHEN and (table, c) != ("notice_cache", "notice")]
            out[table] = sorted(db.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        db.close()


def make_corpus(n: int, out, seed: int = 7):
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(n), "--seed", str(seed),
                    "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.fixture(scope="session")
def corpus40(tmp_path_factory):
    """40 generated notices: provinces, cities and counties citing each other, mixed formats."""
    return make_corpus(40, tmp_path_factory.mktemp("corpus") / "c40")
