"""Rows as the workers build them: stored path forms, cleaned messages, a notice's and a diff's rows."""
from __future__ import annotations

import os

import pytest

from pipeline.batch.rows import clean, diff_rows, failure_rows, notice_rows, path_key
from pipeline.batch.schema import TABLES


@pytest.mark.parametrize("raw, stored", [
    (b"corpora/notices/000.txt", "corpora/notices/000.txt"),
    ("in/金乡县.txt".encode(), "in/金乡县.txt"),
    (b"in/\xbd\xf0\xcf\xe7.txt", "in/\\xbd\\xf0\\xcf\\xe7.txt"),      # GBK bytes of 金乡 on a UTF-8 system
])
def test_path_key(raw, stored):
    assert path_key(os.fsdecode(raw)) == stored


@pytest.mark.parametrize("text, stored", [
    (None, None), ("无误", "无误"), (os.fsdecode(b"a\xb9.txt: bad"), "a\\xb9.txt: bad"), ("x\ud800y", "x\\ud800y")])
def test_clean_makes_text_storable(text, stored):
    assert clean(text) == stored
    if stored is not None:
        stored.encode("utf-8")


def test_every_row_has_its_tables_columns(seeds, hand_diff):
    rows = {**notice_rows(seeds["002"], "k"), **diff_rows(hand_diff, "c", "p"), **failure_rows("k", "X", "m", None)}
    for table, table_rows in rows.items():
        assert all(len(r) == len(TABLES[table]) for r in table_rows), table
    assert len(rows["clauses"]) == len(seeds["002"].clauses) and rows["patterns"] == []


def test_a_notice_without_cites_has_no_cite_rows(seeds):
    notice = seeds["003"]
    bare = type(notice)(notice.text, type(notice.metadata)(title=notice.metadata.title), notice.clauses)
    assert notice_rows(bare, "k")["cites"] == []
