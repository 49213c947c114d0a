"""The store as data: schema version, migration of a version-1 store, one writer at a time."""
from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

from pipeline.batch import SCHEMA_VERSION, StoreLocked, StoreVersion, connect, run_batch
from pipeline.batch.schema import TABLES
from tests.conftest import NOTICES

# the tables the first store (schema version 1, no ``meta``) had
VERSION_1 = """
CREATE TABLE documents(path VARCHAR PRIMARY KEY, sha256 VARCHAR, format VARCHAR, title VARCHAR,
    doc_number VARCHAR, issuer VARCHAR, date DATE, level VARCHAR, province VARCHAR, city VARCHAR, county VARCHAR,
    measure_count INTEGER, analysed_at TIMESTAMP);
CREATE TABLE clauses(path VARCHAR, id VARCHAR, kind VARCHAR, parent_id VARCHAR, title VARCHAR,
    text VARCHAR, obligation VARCHAR, PRIMARY KEY(path, id));
CREATE TABLE units(path VARCHAR, clause_id VARCHAR, name VARCHAR, role VARCHAR, level VARCHAR, slot VARCHAR);
CREATE TABLE deadlines(path VARCHAR, clause_id VARCHAR, text VARCHAR, date DATE, recurrence VARCHAR);
CREATE TABLE targets(path VARCHAR, clause_id VARCHAR, text VARCHAR, comparator VARCHAR, value DOUBLE,
    unit VARCHAR, subject VARCHAR);
CREATE TABLE cites(path VARCHAR, title VARCHAR, doc_number VARCHAR);
CREATE TABLE failures(path VARCHAR PRIMARY KEY, error_kind VARCHAR, message VARCHAR, "at" TIMESTAMP);
CREATE TABLE alignments(child_path VARCHAR, parent_path VARCHAR, child VARCHAR, parent VARCHAR,
    score DOUBLE, evidence VARCHAR[]);
CREATE TABLE divergences(child_path VARCHAR, parent_path VARCHAR, type VARCHAR, child VARCHAR,
    parent VARCHAR, child_value JSON, parent_value JSON, explanation VARCHAR);
INSERT INTO documents (path, title) VALUES ('old/notice.txt', '旧通知');
"""


def _columns(db, table):
    return [r[0] for r in db.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                     "ORDER BY ordinal_position", [table]).fetchall()]


def test_a_new_store_has_every_table_and_its_version(tmp_path):
    db = connect(tmp_path / "s.duckdb")
    for table, columns in TABLES.items():
        assert _columns(db, table) == [c for c, _ in columns]
    assert db.execute("SELECT value FROM meta").fetchall() == [(str(SCHEMA_VERSION),)]


def test_a_version_1_store_is_migrated_and_batched_into(tmp_path):
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    old.execute(VERSION_1)
    old.close()
    db = connect(path)
    for table, columns in TABLES.items():
        assert _columns(db, table) == [c for c, _ in columns], table
    assert db.execute("SELECT title FROM documents").fetchall() == [("旧通知",)]
    db.close()
    report = run_batch([NOTICES], path, progress=False)
    assert (report.stored, report.diffs) == (5, 2)


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    connect(path).execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)]).close()
    with pytest.raises(StoreVersion, match=f"schema version {SCHEMA_VERSION + 1}, newer"):
        connect(path)


@pytest.fixture
def held(tmp_path):
    """A store another process holds open for writing."""
    path = tmp_path / "held.duckdb"
    connect(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; db = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(120)", str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    yield path
    holder.kill()
    holder.wait()


def test_a_held_store_is_refused_with_who_holds_it(held):
    with pytest.raises(StoreLocked, match=f"another batch is writing {held}"):
        connect(held)
    with pytest.raises(StoreLocked):
        run_batch([NOTICES], held, progress=False)
