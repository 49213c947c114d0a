"""A batch keyed by content: skips, replacements, parents, diffs, vanished files, bad input."""
from __future__ import annotations

import os
import shutil
from types import SimpleNamespace

import pytest

from pipeline.batch import MissingPath, connect, run_batch
from tests.batch.conftest import contents
from tests.conftest import NOTICES, SEEDS


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    shutil.copytree(NOTICES, root)
    return root


def _run(paths, db, **kw):
    return run_batch(paths if isinstance(paths, list) else [paths], db, progress=False, **kw)


def _sql(db_path, query, *args):
    db = connect(db_path, read_only=True)
    try:
        return db.execute(query, list(args)).fetchall()
    finally:
        db.close()


def _name(key: str) -> str:
    return key.rsplit("/", 1)[-1][:3]


def test_parents_are_resolved_and_children_diffed(corpus, tmp_path):
    db = tmp_path / "s.duckdb"
    report = _run(corpus, db)
    assert (report.stored, report.diffs, report.failures) == (5, 2, [])
    parents = [(_name(c), _name(p), rank, via) for c, p, rank, via in _sql(db, "SELECT * FROM parents ORDER BY ALL")]
    assert parents == [("000", "003", 0, "doc_number"), ("004", "003", 0, "doc_number")]
    diffs = _sql(db, "SELECT child_path, status, alignments, divergences FROM diffs ORDER BY ALL")
    assert [(_name(c), s) for c, s, *_ in diffs] == [("000", "diffed"), ("004", "diffed")]
    stored = _sql(db, "SELECT child_path, count(*) FROM divergences GROUP BY ALL ORDER BY ALL")
    assert [n for _, n in stored] == [d for *_, d in diffs] and all(d > 0 for *_, d in diffs)
    assert sum(report.divergences.values()) == sum(d for *_, d in diffs)


def test_a_rerun_of_unchanged_files_skips_them_all(corpus, tmp_path):
    db = tmp_path / "s.duckdb"
    _run(corpus, db)
    before = contents(db)
    report = _run(corpus, db)
    assert (report.stored, report.skipped, report.diffs) == (0, 5, 0)
    assert contents(db) == before


@pytest.mark.parametrize("seed, stored, rediffed", [("000", 1, 1), ("003", 1, 2), ("001", 1, 0)])
def test_a_changed_file_is_replaced_and_its_diffs_redone(corpus, tmp_path, seed, stored, rediffed):
    db = tmp_path / "s.duckdb"
    _run(corpus, db)
    path = next(corpus.glob(f"{seed}_*.txt"))
    path.write_text(path.read_text(encoding="utf-8") + "\n（此件公开发布）\n", encoding="utf-8")
    report = _run(corpus, db)
    assert (report.stored, report.skipped, report.diffs) == (stored, 5 - stored, rediffed)
    assert _sql(db, "SELECT count(*) FROM documents")[0][0] == 5
    # the store now equals one built from scratch over the changed files
    fresh = tmp_path / "fresh.duckdb"
    _run(corpus, fresh)
    assert contents(db) == contents(fresh)


def test_a_vanished_file_is_reported_then_pruned(corpus, tmp_path):
    db = tmp_path / "s.duckdb"
    _run(corpus, db)
    gone = next(corpus.glob("004_*.txt"))
    gone.unlink()
    report = _run(corpus, db)
    assert report.vanished == [str(gone)] and report.pruned == 0
    assert _sql(db, "SELECT count(*) FROM diffs WHERE child_path = ?", str(gone))[0][0] == 1
    report = _run(corpus, db, prune=True)
    assert report.pruned == 1
    for table in ("documents", "clauses", "files", "notice_cache"):
        assert _sql(db, f"SELECT count(*) FROM {table} WHERE path = ?", str(gone))[0][0] == 0
    for table in ("diffs", "alignments", "divergences", "parents"):
        assert _sql(db, f"SELECT count(*) FROM {table} WHERE child_path = ?", str(gone))[0][0] == 0


def test_a_pruned_parent_leaves_its_children_undiffed(corpus, tmp_path):
    db = tmp_path / "s.duckdb"
    _run(corpus, db)
    next(corpus.glob("003_*.txt")).unlink()
    _run(corpus, db, prune=True)
    assert _sql(db, "SELECT count(*) FROM diffs")[0][0] == 0
    assert _sql(db, "SELECT count(*) FROM alignments")[0][0] == 0


def test_chains_are_followed_through_the_nearest_parent(corpus40, tmp_path):
    db = tmp_path / "s.duckdb"
    report = _run(corpus40, db)
    assert report.failures == [] and report.diffs > 20
    depth = dict(_sql(db, "SELECT d.level, max(l.depth) FROM lineage l JOIN documents d USING (path) GROUP BY ALL"))
    assert depth == {"county": 2, "municipal": 1}
    # a county citing its city and its province is diffed with the city
    levels = _sql(db, """SELECT DISTINCT c.level, p.level FROM diffs x JOIN documents c ON c.path = x.child_path
                         JOIN documents p ON p.path = x.parent_path ORDER BY ALL""")
    assert levels == [("county", "municipal"), ("county", "provincial"), ("municipal", "provincial")]


def test_a_name_that_is_not_utf8_is_stored_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"\xb9\xfa\xce\xf1.txt")
    with open(raw, "wb") as f:
        f.write(SEEDS["003"].read_bytes())
    db = tmp_path / "s.duckdb"
    assert _run(folder, db).stored == 1
    (key, stored_raw), = _sql(db, "SELECT path, raw_path FROM files")
    assert key.endswith("/\\xb9\\xfa\\xce\\xf1.txt") and bytes(stored_raw) == raw
    assert _sql(db, "SELECT path FROM documents")[0][0] == key
    assert _run(folder, db).skipped == 1


@pytest.mark.parametrize("charset", ["base64", "rot13", "zlib"])
def test_an_html_page_naming_a_non_text_codec_is_a_failure_not_an_abort(corpus, tmp_path, charset):
    (corpus / "page.html").write_text(f'<html><head><meta charset="{charset}"></head><body><p>一、总体要求</p>'
                                      "</body></html>", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    report = _run(corpus, db)
    # read (ingest ignores the label) or recorded as failed: either way the batch went through
    assert report.stored + report.failed == 6 and {_name(p) for p, *_ in report.failures} <= {"pag"}
    page = _sql(db, "SELECT status FROM files WHERE path LIKE '%page.html'")
    assert page == [("failed" if report.failed else "stored",)]


def test_a_defect_is_recorded_with_its_traceback_and_the_batch_goes_on(corpus, tmp_path):
    from pipeline import analyze

    def loader(path):
        if "002_" in path:
            raise RuntimeError("a bug in a stage")
        return analyze(path)
    db = tmp_path / "s.duckdb"
    report = _run(corpus, db, loader=loader)
    assert report.stored == 4
    (kind, message, tb, stage), = _sql(db, "SELECT error_kind, message, traceback, stage FROM failures")
    assert (kind, stage) == ("defect:RuntimeError", "analyse")
    assert "a bug in a stage" in message and "Traceback" in tb and "RuntimeError" in tb


def _pattern():
    from pipeline.model import Pattern
    return Pattern("cascade", "下级人民政府", "responsible", ("二/（一）", "二/（二）"), "逐级落实", unit="各镇人民政府")


@pytest.mark.parametrize("make, kind, value", [
    (_pattern, "cascade", '"measures": ["二/（一）", "二/（二）"]'),
    (lambda: SimpleNamespace(kind="renumbered", measures=2), "renumbered", '"measures": 2'),   # any object with a kind
])
def test_patterns_of_a_diff_are_stored_when_it_has_them(corpus, tmp_path, monkeypatch, make, kind, value):
    import pipeline.align
    real = pipeline.align.diff_notices

    def with_patterns(child, parent, **kw):
        d = real(child, parent, **kw)
        return SimpleNamespace(child=d.child, parent=d.parent, alignments=d.alignments,
                               divergences=d.divergences, patterns=(make(),))
    monkeypatch.setattr(pipeline.align, "diff_notices", with_patterns)
    db = tmp_path / "s.duckdb"
    _run(corpus, db)
    rows = _sql(db, "SELECT position, kind, CAST(value AS VARCHAR) FROM patterns")
    assert [(p, k) for p, k, _ in rows] == [(0, kind), (0, kind)]
    assert all(value in v for *_, v in rows)


@pytest.mark.parametrize("missing", ["nowhere", "in/nothing.txt"])
def test_a_missing_path_is_refused_before_anything_is_written(corpus, tmp_path, missing):
    db = tmp_path / "s.duckdb"
    with pytest.raises(MissingPath, match="no such file"):
        _run([corpus, tmp_path / missing], db)
    assert not db.exists()


def test_a_diff_that_fails_is_recorded_and_the_others_stored(corpus, tmp_path, monkeypatch):
    import pipeline.align
    real = pipeline.align.diff_notices

    def fails_for_004(child, parent, **kw):
        if "004_" in child.path:
            raise ValueError("an aligner bug")
        return real(child, parent, **kw)
    monkeypatch.setattr(pipeline.align, "diff_notices", fails_for_004)
    db = tmp_path / "s.duckdb"
    report = _run(corpus, db)
    assert report.diffs == 1 and [(_name(c), kind) for c, kind, _ in report.diff_failures] == [("004", "defect:ValueError")]
    (status, kind, tb), = _sql(db, "SELECT status, error_kind, traceback FROM diffs WHERE child_path LIKE '%004_%'")
    assert (status, kind) == ("failed", "defect:ValueError") and "an aligner bug" in tb
    assert _sql(db, "SELECT count(*) FROM divergences WHERE child_path LIKE '%004_%'")[0][0] == 0
