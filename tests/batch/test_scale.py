"""A generated corpus of 200 notices end to end (correctness only; speed is measured in bench/)."""
from __future__ import annotations

import pytest

from pipeline.batch import connect, run_batch
from tests.batch.conftest import contents, make_corpus


@pytest.fixture(scope="module")
def batched(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    corpus = make_corpus(200, root / "corpus", seed=3)
    db = root / "s.duckdb"
    return corpus, db, run_batch([corpus], db, workers=2, progress=False)


def test_every_notice_is_stored_and_every_child_with_a_parent_diffed(batched):
    corpus, db_path, report = batched
    assert (report.stored, report.failures, report.diff_failures) == (200, [], [])
    db = connect(db_path, read_only=True)
    try:
        children = db.execute("SELECT count(*) FROM parents WHERE rank = 0").fetchone()[0]
        assert report.diffs == children == db.execute("SELECT count(*) FROM diffs WHERE status = 'diffed'").fetchone()[0]
        assert children >= 180        # all but the provincial notices and the task tables citing no stored notice
        formats = dict(db.execute("SELECT format, count(*) FROM documents GROUP BY ALL").fetchall())
        assert set(formats) == {"txt", "html", "docx"}
        orphans = db.execute("""SELECT count(*) FROM divergences v WHERE NOT EXISTS
            (SELECT 1 FROM diffs d WHERE d.child_path = v.child_path AND d.parent_path = v.parent_path)""").fetchone()[0]
        assert orphans == 0
        kinds = {t for (t,) in db.execute("SELECT DISTINCT type FROM divergences").fetchall()}
        assert {"missing_in_child", "target_dropped", "deadline_later", "unit_changed"} <= kinds
    finally:
        db.close()


def test_a_rerun_of_the_unchanged_corpus_does_nothing(batched):
    corpus, db_path, _ = batched
    before = contents(db_path)
    report = run_batch([corpus], db_path, workers=2, progress=False)
    assert (report.stored, report.skipped, report.diffs) == (0, 200, 0)
    assert contents(db_path) == before
