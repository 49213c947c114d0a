"""The per-file work of a batch, as plain picklable functions: a worker returns rows, never writes.

``analyse_chunk`` turns files into document rows (or a ``failures`` row), ``diff_chunk``
child/parent pairs into diff rows. Both run unchanged in this process, in a process pool
or on a dask worker; anything that goes wrong with one file becomes its failure row.

>>> import hashlib
>>> path = "corpora/notices/003_b9bae5fd1a95c124.txt"
>>> task = FileTask(path, path, hashlib.sha256(open(path, "rb").read()).hexdigest(), 13616)
>>> (result,) = analyse_chunk([task], Options())
>>> result.status, result.rows["documents"][0][4]
('stored', '鲁政办字〔2024〕9号')
"""
from __future__ import annotations

import copyreg
import functools
import os
import pickle
import traceback
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.batch.rows import Rows, clean, diff_rows, failure_rows, notice_rows
from pipeline.errors import InputError
from pipeline.model import FrozenMap, Notice

__all__ = ["ANALYSER", "Options", "FileTask", "FileResult", "DiffTask", "DiffResult", "analyse_chunk", "diff_chunk", "pack"]

#: what produced a file's rows; a store made by another analyser version is analysed again
ANALYSER = "policyalign-0.1/store-2"


@dataclass(frozen=True)
class Options:
    """How to read files: ``pipeline.ingest.ingest`` options, or a ``loader(path) -> Notice`` of one's own."""
    max_bytes: int = 50 * 2**20
    password: str | None = None
    ocr: str = "auto"
    loader: Callable[[str], Notice] | None = None


@dataclass(frozen=True)
class FileTask:
    path: str        # the path to open (undecodable bytes as surrogates)
    key: str         # the path as stored (``rows.path_key``)
    sha: str         # sha256 of the file's bytes
    size: int


@dataclass(frozen=True)
class FileResult:
    task: FileTask
    status: str      # stored | failed
    rows: Rows


@dataclass(frozen=True)
class DiffTask:
    child: FileTask
    parent: FileTask
    child_notice: bytes | None = None     # the analysis stored in ``notice_cache`` (``pack``), if any
    parent_notice: bytes | None = None


@dataclass(frozen=True)
class DiffResult:
    task: DiffTask
    status: str      # diffed | failed
    rows: Rows
    error: tuple[str, str, str | None] | None = None   # kind, message, traceback


def analyse_chunk(tasks: list[FileTask], options: Options) -> list[FileResult]:
    """Each file analysed: its document rows, or its one ``failures`` row."""
    return [_analyse(t, options) for t in tasks]


def diff_chunk(tasks: list[DiffTask], options: Options) -> list[DiffResult]:
    """Each child diffed with its parent (a parent read once per worker while it is reused)."""
    return [_diff(t, options) for t in tasks]


def _analyse(task: FileTask, options: Options) -> FileResult:
    try:
        notice = _read(task.path, options)
        rows = notice_rows(notice, task.key)
        rows["notice_cache"] = [(task.key, task.sha, ANALYSER, pack(notice))]
        return FileResult(task, "stored", rows)
    except Exception as e:    # one bad file never stops the batch; a defect keeps its traceback
        kind, message, tb = _error(e)
        return FileResult(task, "failed", failure_rows(task.key, kind, message, tb))


def _diff(task: DiffTask, options: Options) -> DiffResult:
    from pipeline.align import diff_notices
    try:
        child = _unpack(task.child_notice) or _read(task.child.path, options)
        parent = _parent(task.parent, task.parent_notice, options)
        diff = diff_notices(child, parent, lexicon=_lexicon(options))
        return DiffResult(task, "diffed", diff_rows(diff, task.child.key, task.parent.key))
    except Exception as e:
        return DiffResult(task, "failed", {}, _error(e))


def _error(e: Exception) -> tuple[str, str, str | None]:
    if isinstance(e, InputError):
        return e.kind, clean(str(e)), None
    return f"defect:{type(e).__name__}", clean(f"{type(e).__name__}: {e}"), clean(traceback.format_exc())


def pack(notice: Notice) -> bytes:
    """``notice`` as compressed pickle bytes (``FrozenMap`` made picklable below)."""
    return zlib.compress(pickle.dumps(notice, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes | None) -> Notice | None:
    if not blob:
        return None
    try:
        return pickle.loads(zlib.decompress(blob))
    except Exception:    # a cache written by other code: read the file instead
        return None


@functools.lru_cache(maxsize=16)
def _parent(task: FileTask, blob: bytes | None, options: Options) -> Notice:
    # keyed by content (the task holds the file's sha256): the children of one parent share it
    return _unpack(blob) or _read(task.path, options)


def _read(path: str, options: Options) -> Notice:
    if options.loader is not None:
        return options.loader(path)
    from pipeline import analyze
    if not os.path.exists(path):
        raise InputError(path, "the file is gone", "run the batch again (with --prune to drop it)")
    return analyze(path, lexicon=_lexicon(options), max_bytes=options.max_bytes, password=options.password,
                   ocr=options.ocr)


def _frozen_map(m: FrozenMap):
    return FrozenMap, (dict(m),)


copyreg.pickle(FrozenMap, _frozen_map)   # FrozenMap refuses setattr, which default unpickling needs


def _lexicon(options: Options):
    # passed explicitly: the bundled lexicon is looked up once, not on every rule lookup
    from extractors.lexicon import Lexicon
    return None if options.loader is not None else Lexicon.bundled()
