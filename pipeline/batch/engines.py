"""Where the per-file work runs: this process, a local process pool, or a dask.distributed cluster.

Every engine has ``map(fn, chunks, options)``, yielding ``fn(chunk, options)``'s results as they
come (any order; the store does not depend on it), and ``close()``. Workers only compute rows;
the caller, the one writer, stores them.

>>> from pipeline.batch.tasks import Options
>>> engine = make_engine("local", workers=1)
>>> sorted(x for xs in engine.map(_double, [[1, 2], [3]], Options()) for x in xs)
[2, 4, 6]
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator

__all__ = ["make_engine", "InProcess", "LocalPool", "Dask"]


def make_engine(kind: str = "local", *, workers: int = 1, scheduler: str | None = None):
    """``local`` with one worker runs in this process; ``local`` with more forks a pool; ``dask`` uses
    the cluster at ``scheduler`` (``tcp://host:8786``) or a loopback LocalCluster of ``workers`` processes."""
    if kind == "dask":
        return Dask(workers, scheduler)
    return InProcess() if workers <= 1 else LocalPool(workers)


class InProcess:
    def map(self, fn: Callable, chunks: Iterable[list], options) -> Iterator[list]:
        for chunk in chunks:
            yield fn(chunk, options)

    def close(self) -> None:
        pass


class LocalPool:
    """A pool forked before the store is opened (DuckDB's threads must not be forked)."""

    def __init__(self, workers: int):
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if method == "fork":
            _preload()
        self._pool = multiprocessing.get_context(method).Pool(workers)

    def map(self, fn: Callable, chunks: Iterable[list], options) -> Iterator[list]:
        yield from self._pool.imap_unordered(_Call(fn, options), chunks)

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()


class Dask:
    """Tasks on dask.distributed workers; each returns its chunk's rows to this process."""

    def __init__(self, workers: int, scheduler: str | None):
        self._workers, self._scheduler = workers, scheduler
        self._cluster = self._client = None

    def _connect(self):
        # started on the first task, not before: a rerun with nothing to do starts no cluster
        from dask.distributed import Client, LocalCluster
        if self._client is None:
            target = self._scheduler
            if target is None:
                self._cluster = LocalCluster(n_workers=max(self._workers, 1), threads_per_worker=1, processes=True,
                                             host="127.0.0.1", dashboard_address=None)
                target = self._cluster
            self._client = Client(target)
        return self._client

    def map(self, fn: Callable, chunks: Iterable[list], options) -> Iterator[list]:
        from dask.distributed import as_completed
        chunks = list(chunks)
        if not chunks:
            return
        client = self._connect()
        # one small graph a chunk: a map of every chunk (with its cached analyses) would be one large graph
        futures = [client.submit(fn, chunk, options, pure=False) for chunk in chunks]
        for future in as_completed(futures):
            yield future.result()
            future.release()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _preload() -> None:
    """Import the stages and load the lexicon before forking: the workers share those pages."""
    import pipeline.align  # noqa: F401
    import pipeline.extract  # noqa: F401
    import pipeline.ingest  # noqa: F401
    from extractors.lexicon import Lexicon
    Lexicon.bundled()


class _Call:
    """``fn(chunk, options)`` as a picklable one-argument callable for ``Pool.imap_unordered``."""

    def __init__(self, fn: Callable, options):
        self.fn, self.options = fn, options

    def __call__(self, chunk: list):
        return self.fn(chunk, self.options)


def _double(chunk: list, options) -> list:
    return [2 * x for x in chunk]
