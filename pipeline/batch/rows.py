"""A notice, a failure or a diff as rows of the store's tables (plain tuples, in ``TABLES`` column order).

Workers build these and send them to the one writer; nothing here touches the database.

>>> path_key("corpora/notices/000.txt")
'corpora/notices/000.txt'
>>> path_key(os.fsdecode(b"incoming/\\xb9\\xfa.txt"))
'incoming/\\\\xb9\\\\xfa.txt'
"""
from __future__ import annotations

import dataclasses
import json
import os
from datetime import datetime, timezone

from pipeline.corpus.parents import norm_title
from pipeline.model import Diff, Notice, thaw

__all__ = ["path_key", "clean", "notice_rows", "failure_rows", "diff_rows", "now"]

Rows = dict[str, list[tuple]]


def path_key(path: str) -> str:
    """The stored form of a path: itself if it is valid UTF-8, else undecodable bytes as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def clean(text: str | None) -> str | None:
    """``text`` made storable: lone surrogates (from undecodable names in messages) as ``\\xNN``."""
    if text is None:
        return None
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:   # a surrogate no file name produces: write it as \\udNNN
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def now() -> datetime:
    # Stored as a naive UTC TIMESTAMP: reading a TIMESTAMPTZ back into Python needs pytz.
    return datetime.now(timezone.utc).replace(tzinfo=None)


def notice_rows(notice: Notice, key: str) -> Rows:
    """Every document-table row of ``notice``, keyed by ``key``."""
    m, raw = notice.metadata, notice.text.raw
    r = m.region
    return {
        "documents": [(key, raw.sha256, raw.format, m.title, m.doc_number, m.issuer, m.date, m.level, r.province,
                       r.city, r.county, len(notice.measures), now(), norm_title(m.title))],
        "clauses": [(key, c.id, c.kind, c.parent_id, c.title, c.text, c.obligation) for c in notice.clauses],
        "units": [(key, c.id, u.name, u.role, u.level, u.slot) for c in notice.clauses
                  for u in (*c.lead_units, *c.responsible_units, *c.actors)],
        "deadlines": [(key, c.id, d.text, d.date, d.recurrence) for c in notice.clauses for d in c.deadlines],
        "targets": [(key, c.id, t.text, t.comparator, t.value, t.unit, t.subject)
                    for c in notice.clauses for t in c.targets],
        "cites": [(key, x.title, x.doc_number, norm_title(x.title)) for x in m.cites],
    }


def failure_rows(key: str, kind: str, message: str, traceback: str | None, stage: str = "analyse") -> Rows:
    """The one ``failures`` row of a file that could not be analysed (``traceback`` only for a defect)."""
    return {"failures": [(key, kind, clean(message), now(), clean(traceback), stage)]}


def diff_rows(diff: Diff, child_key: str, parent_key: str) -> Rows:
    """``alignments``, ``divergences`` and, when the Diff has them, ``patterns`` rows of one diff."""
    pair = (child_key, parent_key)
    patterns = getattr(diff, "patterns", None) or ()
    return {
        "alignments": [(*pair, a.child, a.parent, a.score, list(a.evidence)) for a in diff.alignments],
        "divergences": [(*pair, d.type, d.child, d.parent, _json(d.child_value), _json(d.parent_value),
                         d.explanation) for d in diff.divergences],
        "patterns": [(*pair, i, _kind(p), _json(_value(p))) for i, p in enumerate(patterns)],
    }


def _kind(pattern: object) -> str:
    kind = getattr(pattern, "pattern", None) or getattr(pattern, "kind", None) or getattr(pattern, "type", None)
    return str(getattr(kind, "value", kind)) if kind is not None else type(pattern).__name__


def _value(pattern: object) -> object:
    if dataclasses.is_dataclass(pattern):
        return {f.name: getattr(pattern, f.name) for f in dataclasses.fields(pattern)}
    return vars(pattern) if hasattr(pattern, "__dict__") else pattern


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(thaw(value), ensure_ascii=False, default=str)
