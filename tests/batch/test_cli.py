"""``policyalign batch`` and ``policyalign export`` as a user meets them: exit codes and messages."""
from __future__ import annotations

import shutil

import pyarrow.parquet as pq
import pytest

from pipeline.batch.schema import TABLES
from pipeline.cli import main
from tests.batch.test_schema import held  # noqa: F401  (fixture)
from tests.conftest import FORMATS, NOTICES


def test_batch_prints_a_summary_and_exports_parquet(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert main(["batch", str(NOTICES), "--db", str(db), "--workers", "2"]) == 0
    err = capsys.readouterr().err
    assert "5 stored, 0 skipped (unchanged), 0 failed" in err and "2 diffs (0 failed)" in err
    assert "divergences: " in err and "divergences: none" not in err
    assert main(["batch", str(NOTICES), "--db", str(db), "--workers", "1"]) == 0
    assert "0 stored, 5 skipped (unchanged)" in capsys.readouterr().err
    assert main(["export", str(db), "--parquet", str(tmp_path / "pq")]) == 0
    written = {p.stem: pq.read_table(p).num_rows for p in (tmp_path / "pq").glob("*.parquet")}
    assert set(written) == set(TABLES) and written["documents"] == 5 and written["diffs"] == 2


def test_a_bad_file_is_reported_and_the_batch_exits_0(tmp_path, capsys):
    root = tmp_path / "in"
    shutil.copytree(NOTICES, root)
    shutil.copy(FORMATS / "broken.docx", root)
    assert main(["batch", str(root), "--db", str(tmp_path / "s.duckdb"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "failed (CorruptFile)" in err and "5 stored" in err and "1 failed" in err


def test_vanished_files_are_named_and_pruned_on_request(tmp_path, capsys):
    root = tmp_path / "in"
    shutil.copytree(NOTICES, root)
    db = str(tmp_path / "s.duckdb")
    main(["batch", str(root), "--db", db, "--workers", "1"])
    gone = next(root.glob("002_*.txt"))
    gone.unlink()
    main(["batch", str(root), "--db", db, "--workers", "1"])
    assert f"vanished (--prune drops it) {gone}" in capsys.readouterr().err
    main(["batch", str(root), "--db", db, "--workers", "1", "--prune"])
    assert f"pruned {gone}" in capsys.readouterr().err
    main(["batch", str(root), "--db", db, "--workers", "1"])
    assert "0 vanished" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["batch", "{tmp}/nowhere"], ["export", "{tmp}/nowhere.duckdb", "--parquet", "{tmp}/pq"]])
def test_a_missing_path_exits_2(tmp_path, capsys, argv):
    argv = [a.format(tmp=tmp_path) for a in argv] + (["--db", str(tmp_path / "s.duckdb")] if argv[0] == "batch" else [])
    assert main(argv) == 2
    assert "nowhere" in capsys.readouterr().err


def test_a_held_store_exits_2(held, capsys):  # noqa: F811
    assert main(["batch", str(NOTICES), "--db", str(held), "--workers", "1"]) == 2
    assert f"another batch is writing {held}" in capsys.readouterr().err


def test_the_default_store_is_under_outputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["batch", str(NOTICES), "--workers", "1"]) == 0
    assert (tmp_path / "outputs" / "policyalign.duckdb").exists()
