"""No ``align_*`` row may exist for one document: each row of align_wording.tsv (variant),
align_concepts.tsv (phrase) and align_stopwords.txt must occur in at least two documents of the
alignment gold set (tests/gold/align/). A row only one known document needs lives in
``corpora/lexicons/local/`` with a ``needed_by`` column naming it."""
from __future__ import annotations

import csv
from functools import lru_cache

import pytest

from tests.conftest import ROOT
from tools.eval_align import gold_pairs, notice

LEX = ROOT / "corpora" / "lexicons"


def _rows(path, column: str | None) -> list[str]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if column is None:
        return [ln.strip() for ln in lines]
    return [r[column] for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


ROWS = [(name, value) for name, column in (("align_wording.tsv", "variant"), ("align_concepts.tsv", "phrase"),
                                          ("align_stopwords.txt", None))
        for value in _rows(LEX / name, column)]


@lru_cache(maxsize=1)
def documents() -> dict[str, str]:
    """Normalized text of every child and parent of the gold set, by file name."""
    return {f.name: notice(f).text.text for p in gold_pairs() for f in (p.child, p.parent)}


@pytest.mark.parametrize("table,row", ROWS, ids=[f"{t}:{r}" for t, r in ROWS])
def test_row_is_not_keyed_to_one_document(table, row):
    users = [name for name, text in documents().items() if row in text]
    assert len(users) != 1, f"{table} row {row!r} is used by {users[0]} only: generalize it or move it to local/"


@pytest.mark.parametrize("name", ["align_wording.tsv", "align_concepts.tsv"])
def test_local_rows_say_who_needs_them(name):
    path = LEX / "local" / name
    needed = _rows(path, "needed_by")
    assert needed and all(needed)
