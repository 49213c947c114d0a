"""The store and a diff as data: ``pipeline.load``, ``pipeline.diff``, Parquet export."""
from __future__ import annotations

import json

import pandas as pd
import pytest

import pipeline
from pipeline.batch import MissingPath, export_parquet, run_batch
from pipeline.batch.schema import TABLES
from tests.conftest import NOTICES, SEEDS


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("frames") / "s.duckdb"
    run_batch([NOTICES], db, progress=False)
    return db


def test_load_gives_every_table_as_a_dataframe(store):
    tables = pipeline.load(store)
    assert list(tables) == list(TABLES)
    assert all(isinstance(t, pd.DataFrame) for t in tables.values())
    assert len(tables["documents"]) == 5 and len(tables["diffs"]) == 2
    assert list(tables["divergences"].columns) == [c for c, _ in TABLES["divergences"]]


@pytest.mark.parametrize("child, parent", [("000", "003"), ("004", "003")])
def test_diff_has_a_frame_html_and_json(child, parent):
    view = pipeline.diff(SEEDS[child], SEEDS[parent])
    frame = view.to_frame()
    assert len(frame) == len(view.diff.divergences) > 0
    assert set(frame["type"]) <= {"missing_in_child", "added_in_child", "deadline_later", "deadline_earlier",
                                  "deadline_dropped", "target_weaker", "target_stronger", "target_dropped",
                                  "unit_changed", "obligation_weaker", "obligation_stronger"}
    assert len(view.alignments_frame()) == len(view.diff.alignments)
    assert json.loads(view.to_json())["child"]["doc_number"] == view.diff.child.metadata.doc_number
    assert view.to_html().lstrip().lower().startswith("<!doctype html")


def test_diff_takes_notices_too(seeds):
    view = pipeline.diff(seeds["000"], seeds["003"])
    assert view.diff.child is seeds["000"]


def test_export_writes_one_parquet_per_table(store, tmp_path):
    written = export_parquet(store, tmp_path / "pq")
    assert sorted(p.stem for p in written) == sorted(TABLES)
    assert len(pd.read_parquet(tmp_path / "pq" / "clauses.parquet")) == len(pipeline.load(store)["clauses"])


def test_a_missing_store_is_an_input_error(tmp_path):
    with pytest.raises(MissingPath):
        pipeline.load(tmp_path / "none.duckdb")
