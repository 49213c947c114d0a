from __future__ import annotations

import shutil

import duckdb
import pytest

from pipeline import analyze
from pipeline.batch import connect, run_batch, store_diff, store_notice
from pipeline.corpus import notice_files
from tests.conftest import FORMATS, NOTICES, SEEDS

TABLES = ("documents", "clauses", "units", "deadlines", "targets", "cites", "failures")


def _counts(db_path) -> dict[str, int]:
    db = connect(db_path)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        db.close()


@pytest.fixture
def incoming(tmp_path):
    """A batch directory: the five seeds in a subfolder, a broken .docx, and a file of no known suffix."""
    root = tmp_path / "incoming"
    shutil.copytree(NOTICES, root / "notices")
    shutil.copy(FORMATS / "broken.docx", root / "broken.docx")
    (root / "notes.md").write_text("not a notice", encoding="utf-8")
    return root


def test_batch_records_documents_and_failures(incoming, tmp_path):
    db_path = tmp_path / "store.duckdb"
    report = run_batch([incoming], db_path, progress=False)
    assert report.stored == 5
    assert [(p.split("/")[-1], kind) for p, kind, _ in report.failures] == [("broken.docx", "CorruptFile")]
    counts = _counts(db_path)
    assert counts["documents"] == 5 and counts["failures"] == 1
    db = connect(db_path)
    docs = dict(db.execute("SELECT doc_number, measure_count FROM documents WHERE doc_number IS NOT NULL").fetchall())
    assert docs["鲁政办字〔2024〕9号"] == 18
    (kind, message, tb), = db.execute("SELECT error_kind, message, traceback FROM failures").fetchall()
    assert kind == "CorruptFile" and "broken.docx" in message and tb is None
    assert db.execute("SELECT count(*) FROM clauses WHERE path NOT IN (SELECT path FROM documents)").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM units").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM deadlines WHERE date = DATE '2024-06-30'").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM targets WHERE unit = '学时' AND value = 60").fetchone()[0] > 0


def test_a_loader_of_ones_own_is_used(incoming, tmp_path):
    report = run_batch([incoming / "notices"], tmp_path / "s.duckdb", analyze, progress=False)
    assert report.ok == 5 and report.failures == []


def test_a_document_is_written_whole_or_not_at_all(tmp_path, seeds):
    db = connect(tmp_path / "store.duckdb")
    notice = seeds["003"]
    store_notice(db, notice)
    before = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    # a clause id repeated breaks the clauses primary key halfway through the write
    broken = type(notice)(notice.text, notice.metadata, notice.clauses + notice.clauses[:1])
    with pytest.raises(duckdb.ConstraintException):
        store_notice(db, broken)
    assert {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES} == before


def test_a_fixed_file_leaves_failures(tmp_path):
    broken = tmp_path / "in" / "000.txt"
    broken.parent.mkdir()
    broken.write_bytes(b"")
    db_path = tmp_path / "store.duckdb"
    assert len(run_batch([broken.parent], db_path, progress=False).failures) == 1
    shutil.copy(SEEDS["000"], broken)
    assert run_batch([broken.parent], db_path, progress=False).ok == 1
    counts = _counts(db_path)
    assert counts["failures"] == 0 and counts["documents"] == 1


def test_notice_files_are_known_suffixes_sorted(incoming):
    names = [p.name for p in notice_files([incoming])]
    assert names == ["broken.docx"] + sorted(p.name for p in NOTICES.glob("*.txt"))


def test_store_diff_replaces_the_pair(hand_diff, tmp_path):
    db = connect(tmp_path / "store.duckdb")
    for _ in range(2):
        store_diff(db, hand_diff)
    assert db.execute("SELECT count(*) FROM alignments").fetchone()[0] == len(hand_diff.alignments)
    rows = db.execute("SELECT type, child_value, parent_value FROM divergences WHERE type = 'target_weaker'").fetchall()
    assert rows == [("target_weaker", '{"comparator": ">=", "value": 40, "unit": "学时"}',
                     '{"comparator": ">=", "value": 60, "unit": "学时"}')]
    assert db.execute("SELECT evidence FROM alignments WHERE child = '二/（三）'").fetchone()[0] == ["行政执法主体公告制度"]
