"""Every engine runs the same per-file tasks; the store does not depend on which ran them."""
from __future__ import annotations

import pytest

from pipeline.batch import run_batch
from pipeline.batch.engines import Dask, InProcess, LocalPool, _double, make_engine
from pipeline.batch.tasks import Options
from tests.batch.conftest import contents


@pytest.mark.parametrize("kind, workers, engine", [("local", 1, InProcess), ("local", 2, LocalPool)])
def test_make_engine_chooses_by_kind_and_workers(kind, workers, engine):
    runner = make_engine(kind, workers=workers)
    try:
        assert isinstance(runner, engine)
        assert sorted(x for xs in runner.map(_double, [[1], [2, 3], []], Options()) for x in xs) == [2, 4, 6]
    finally:
        runner.close()


@pytest.fixture(scope="module")
def local_store(corpus40, tmp_path_factory):
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    run_batch([corpus40], db, workers=2, progress=False)
    return db


def test_a_process_pool_makes_the_store_one_process_makes(corpus40, local_store, tmp_path):
    db = tmp_path / "serial.duckdb"
    run_batch([corpus40], db, workers=1, progress=False)
    assert contents(db) == contents(local_store)


def test_a_two_worker_dask_cluster_makes_the_store_the_local_engine_makes(corpus40, local_store, tmp_path):
    pytest.importorskip("dask.distributed")
    db = tmp_path / "dask.duckdb"
    report = run_batch([corpus40], db, engine="dask", workers=2, progress=False)
    assert report.stored == 40 and report.diffs > 20
    assert contents(db) == contents(local_store)


def test_dask_runs_on_an_existing_scheduler(tmp_path):
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        runner = make_engine("dask", scheduler=cluster.scheduler_address)
        try:
            assert isinstance(runner, Dask)
            assert sorted(x for xs in runner.map(_double, [[5], [6]], Options()) for x in xs) == [10, 12]
        finally:
            runner.close()
