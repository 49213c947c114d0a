"""The store and a diff as data: pandas DataFrames, Parquet files, HTML and JSON.

>>> view = diff("corpora/notices/000_bf6de6025eb46aa4.txt", "corpora/notices/003_b9bae5fd1a95c124.txt")
>>> frame = view.to_frame()
>>> list(frame.columns)[:3], len(frame) == len(view.diff.divergences)
(['type', 'child', 'parent'], True)
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from pipeline.batch.rows import diff_rows
from pipeline.batch.schema import TABLES, connect
from pipeline.model import Diff, Notice

__all__ = ["load", "diff", "DiffView", "export_parquet"]


def load(db_path: str | PathLike) -> dict:
    """Every table of the store at ``db_path`` as a pandas DataFrame, by table name (read-only)."""
    db = _open(db_path)
    try:
        return {table: db.execute(f"SELECT * FROM {table}").df() for table in _tables(db)}
    finally:
        db.close()


def export_parquet(db_path: str | PathLike, directory: str | PathLike) -> list[Path]:
    """Each table of the store written to ``directory/<table>.parquet``; the files written."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    db = _open(db_path)
    written = []
    try:
        for table in _tables(db):
            target = out / f"{table}.parquet"
            tmp = out / f".{table}.parquet.tmp"
            db.execute(f"COPY {table} TO '{_quote(tmp)}' (FORMAT parquet)")
            os.replace(tmp, target)     # a reader never sees half a file
            written.append(target)
    finally:
        db.close()
    return written


@dataclass(frozen=True)
class DiffView:
    """A ``Diff`` with its outputs: ``to_frame()`` (divergences), ``alignments_frame()``, ``to_html()``, ``to_json()``."""
    diff: Diff

    def to_frame(self):
        import pandas as pd
        rows = diff_rows(self.diff, self.diff.child.path, self.diff.parent.path)["divergences"]
        columns = ["type", "child", "parent", "child_value", "parent_value", "explanation"]
        return pd.DataFrame([r[2:] for r in rows], columns=columns)

    def alignments_frame(self):
        import pandas as pd
        rows = diff_rows(self.diff, self.diff.child.path, self.diff.parent.path)["alignments"]
        return pd.DataFrame([r[2:] for r in rows], columns=["child", "parent", "score", "evidence"])

    def to_html(self) -> str:
        from pipeline.output.html import diff_html
        return diff_html(self.diff)

    def to_json(self, indent: int | None = 2) -> str:
        from pipeline.output import diff_json
        return json.dumps(diff_json(self.diff), ensure_ascii=False, indent=indent)


def diff(child: str | PathLike | Notice, parent: str | PathLike | Notice, *, lexicon=None) -> DiffView:
    """``child`` diffed with ``parent`` (paths are analysed first)."""
    from pipeline import analyze
    from pipeline.align import diff_notices
    c, p = (n if isinstance(n, Notice) else analyze(os.fspath(n), lexicon=lexicon) for n in (child, parent))
    return DiffView(diff_notices(c, p, lexicon=lexicon))


def _open(db_path):
    if not Path(db_path).exists():
        from pipeline.batch.runner import MissingPath
        raise MissingPath(str(db_path), "no such store")
    return connect(db_path, read_only=True)


def _tables(db) -> list[str]:
    have = {r[0] for r in db.execute("SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema = 'main'").fetchall()}
    return [t for t in TABLES if t in have] + sorted(have - set(TABLES))


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
