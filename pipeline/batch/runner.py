"""One batch: find the files, analyse what changed, resolve parents, diff what is due, report.

Keyed by content: a file whose bytes (sha256) and analyser are what the store holds is
skipped; a changed one has its rows replaced in one transaction; a file gone from under the
given paths is reported, and dropped with ``prune=True``. Every commit leaves a store a later
run finishes the same way, so a batch killed at any moment resumes where it stopped.

>>> import tempfile, os
>>> with tempfile.TemporaryDirectory() as d:
...     report = run_batch(["corpora/notices"], os.path.join(d, "n.duckdb"), progress=False)
>>> report.stored, report.failed, report.diffs
(5, 0, 2)
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from pipeline.batch.engines import make_engine
from pipeline.batch.parents import drop_stale_diffs, due_diffs, resolve, with_notices
from pipeline.batch.progress import Progress
from pipeline.batch.rows import path_key
from pipeline.batch.schema import DIFF_TABLES, DOCUMENT_TABLES, connect
from pipeline.batch.tasks import ANALYSER, FileTask, Options, analyse_chunk, diff_chunk
from pipeline.batch.writer import Writer, delete_keys, transaction
from pipeline.corpus.files import notice_files
from pipeline.errors import InputError
from pipeline.model import Notice

__all__ = ["BatchReport", "run_batch", "DEFAULT_DB", "MissingPath"]

DEFAULT_DB = Path("outputs") / "policyalign.duckdb"
_CHUNK = 8     # files per task: few enough to spread over workers, enough to amortise a round trip
_WINDOW = 512  # diffs whose cached analyses are read from the store at once


class MissingPath(InputError):
    remedy = "check the path; a batch reads existing files and directories only"


@dataclass
class BatchReport:
    """What a batch did. ``failures``: (path, error kind, message) of files that failed this run."""
    stored: int = 0
    skipped: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    pruned: int = 0
    diffs: int = 0
    diff_failures: list[tuple[str, str, str]] = field(default_factory=list)
    divergences: dict[str, int] = field(default_factory=dict)   # in the whole store, by type
    seconds: dict[str, float] = field(default_factory=dict)     # wall time: scan, analyse, diff; write (in both)

    @property
    def ok(self) -> int:
        return self.stored

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.divergences.items())) or "none"
        gone = f", {len(self.vanished)} vanished" + (f" ({self.pruned} pruned)" if self.pruned else "")
        return (f"{self.stored} stored, {self.skipped} skipped (unchanged), {self.failed} failed{gone}; "
                f"{self.diffs} diffs ({len(self.diff_failures)} failed); divergences: {kinds}")


def run_batch(paths: Iterable[str | PathLike], db_path: str | PathLike = DEFAULT_DB,
              loader: Callable[[str], Notice] | None = None, *, workers: int = 1, engine: str = "local",
              scheduler: str | None = None, prune: bool = False, options: Options | None = None,
              progress: bool = True) -> BatchReport:
    """Bring the store at ``db_path`` up to date with every notice under ``paths``.

    ``loader(path) -> Notice`` replaces the default reader (``options``: ingest options);
    ``workers``/``engine``/``scheduler`` choose where files are analysed (``engines``)."""
    paths = [os.fspath(p) for p in paths]
    for p in paths:
        if not os.path.exists(p):
            raise MissingPath(p, "no such file or directory")
    options = options or Options()
    if loader is not None:
        options = Options(options.max_bytes, options.password, options.ocr, loader)
    report = BatchReport()
    runner = make_engine(engine, workers=workers, scheduler=scheduler)   # forked before DuckDB starts threads
    try:
        db = connect(db_path)
        try:
            _analyse(db, runner, paths, options, prune, progress, report)
            with _timed(report, "diff"):
                _diff(db, runner, options, progress, report)
            report.divergences = dict(db.execute("SELECT type, count(*) FROM divergences GROUP BY type").fetchall())
        finally:
            db.close()
    finally:
        runner.close()
    return report


def _analyse(db, runner, paths, options, prune, progress, report) -> None:
    with _timed(report, "scan"):
        todo = _plan(db, paths, prune, report)
    with _timed(report, "analyse"):
        writer = Writer(db)
        with Progress("analyse", len(todo), enabled=progress) as bar:
            for results in runner.map(analyse_chunk, _chunks(todo), options):
                for r in results:
                    writer.add_file(r)
                    if r.status == "stored":
                        report.stored += 1
                    else:
                        (_, kind, message, *_), = r.rows["failures"]
                        report.failures.append((r.task.key, kind, message))
                bar.update(len(results))
        writer.flush()
    report.seconds["write"] = writer.seconds


def _plan(db, paths, prune, report) -> list[FileTask]:
    """The files to analyse (new or changed); vanished ones reported, and dropped when ``prune``."""
    found = _scan(paths)
    stored = {k: (sha, analyser) for k, sha, analyser in
              db.execute("SELECT path, file_sha256, analyser FROM files").fetchall()}
    todo = [t for t in found if stored.get(t.key) != (t.sha, ANALYSER)]
    report.skipped = len(found) - len(todo)
    keys = {t.key for t in found}
    report.vanished = sorted(k for k in stored if k not in keys and _under(k, paths))
    if prune and report.vanished:
        with transaction(db):
            delete_keys(db, (*DOCUMENT_TABLES, "files"), "path", report.vanished)
            delete_keys(db, DIFF_TABLES, "child_path", report.vanished)
        report.pruned = len(report.vanished)
    return todo


def _diff(db, runner, options, progress, report) -> None:
    resolve(db)
    drop_stale_diffs(db)
    due = due_diffs(db)
    writer = Writer(db)
    with Progress("diff", len(due), enabled=progress) as bar:
        for window in _chunks(due, _WINDOW):    # a window's cached analyses in memory at a time
            for results in runner.map(diff_chunk, _chunks(with_notices(db, window)), options):
                for r in results:
                    writer.add_diff(r)
                    if r.status == "diffed":
                        report.diffs += 1
                    else:
                        report.diff_failures.append((r.task.child.key, *r.error[:2]))
                bar.update(len(results))
            writer.flush()
    report.seconds["write"] = report.seconds.get("write", 0.0) + writer.seconds


@contextmanager
def _timed(report: BatchReport, phase: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        report.seconds[phase] = report.seconds.get(phase, 0.0) + time.perf_counter() - start


def _scan(paths: list[str]) -> list[FileTask]:
    tasks = []
    for p in notice_files(paths):
        path = os.fspath(p)
        try:
            data = p.read_bytes()
        except OSError:
            data = b""      # unreadable: analysed anyway, so that its failure is recorded
        tasks.append(FileTask(path, path_key(path), hashlib.sha256(data).hexdigest(), len(data)))
    return tasks


def _under(key: str, paths: list[str]) -> bool:
    roots = [path_key(os.path.normpath(p)) for p in paths]
    return any(key == r or key.startswith(r.rstrip("/") + "/") for r in roots)


def _chunks(items: list, size: int = _CHUNK) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]
