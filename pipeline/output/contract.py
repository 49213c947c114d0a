"""The JSON contract (``policyalign/document@1``, ``policyalign/diff@1``) and nothing else.

Required fields mean exactly what ``tests/contract/README.md`` says; extra
fields (character spans, source lines, actors, modal cues) are additions an
analyst can use to find a finding in the original file.
"""
from __future__ import annotations

from pipeline.model import Clause, Diff, Notice, Span, thaw

__all__ = ["DOCUMENT_SCHEMA", "DIFF_SCHEMA", "document_json", "clause_json", "diff_json", "docref"]

DOCUMENT_SCHEMA = "policyalign/document@1"
DIFF_SCHEMA = "policyalign/diff@1"


def document_json(notice: Notice) -> dict:
    raw = notice.text.raw
    m = notice.metadata
    source = {"path": raw.path, "format": raw.format, "sha256": raw.sha256, "script": notice.text.script}
    if raw.encoding:        # only text formats have one; the schema wants a string when present
        source["encoding"] = raw.encoding
    return {
        "schema": DOCUMENT_SCHEMA,
        "source": source,
        "metadata": {
            "title": m.title, "doc_number": m.doc_number, "issuer": m.issuer, "date": m.date,
            "level": m.level,
            "region": {"province": m.region.province, "city": m.region.city, "county": m.region.county},
            "cites": [{"title": c.title, "doc_number": c.doc_number, "issuer": c.issuer} for c in m.cites],
            "addressees": m.addressees,
            "notice_title": m.notice_title, "plan_title": m.plan_title,
        },
        "clauses": [clause_json(c, notice) for c in notice.clauses],
        "measure_count": len(notice.measures),
    }


def clause_json(c: Clause, notice: Notice) -> dict:
    src_start, src_end = notice.text.to_source(c.start, c.end) if c.end > c.start else (None, None)
    return {
        "id": c.id, "kind": c.kind, "title": c.title, "text": c.text, "parent_id": c.parent_id,
        "number": c.number,
        "lead_units": [_unit(u, c, notice) for u in c.lead_units],
        "responsible_units": [_unit(u, c, notice) for u in c.responsible_units],
        "actors": [_unit(u, c, notice) for u in c.actors],
        "deadlines": [{"text": d.text, "date": d.date, "recurrence": d.recurrence, "start_date": d.start_date,
                       "relative_to": d.relative_to, "offset": d.offset, **_where(d, c, notice)}
                      for d in c.deadlines],
        "targets": [{"text": t.text, "comparator": t.comparator, "value": t.value, "unit": t.unit,
                     "subject": t.subject, **_where(t, c, notice)} for t in c.targets],
        "obligation": c.obligation,
        "modal_cues": [{"text": q.text, "strength": q.strength, **_where(q, c, notice)} for q in c.modal_cues],
        "cites": [{"title": x.title, "doc_number": x.doc_number} for x in c.cites],
        "restates": c.restates,
        "span": [c.start, c.end],
        "source_span": [src_start, src_end],
        "source_line": notice.text.source_line(c.start) if c.end > c.start else None,
        "source_page": notice.text.source_page(c.start) if c.end > c.start else None,
    }


def _where(s: Span, c: Clause, notice: Notice) -> dict:
    """``span`` (relative to the clause start), ``source_span`` (in the source file's decoded text)
    and ``source_page`` (paged formats) of one extracted span."""
    (src_start, src_end), page = notice.source_of(c, s)
    return {"span": [s.start, s.end], "source_span": [src_start, src_end], "source_page": page}


def _unit(u, c: Clause, notice: Notice) -> dict:
    return {"name": u.name, "role": u.role, "level": u.level, "slot": u.slot, "known": u.known,
            **_where(u, c, notice)}


def docref(notice: Notice) -> dict:
    m = notice.metadata
    return {"path": notice.path, "title": m.title, "doc_number": m.doc_number, "level": m.level}


def diff_json(diff: Diff) -> dict:
    return {
        "schema": DIFF_SCHEMA,
        "child": docref(diff.child),
        "parent": docref(diff.parent),
        "alignments": [{"child": a.child, "parent": a.parent, "score": round(a.score, 4),
                        "evidence": list(a.evidence)} for a in diff.alignments],
        "divergences": [{"type": d.type, "child": d.child, "parent": d.parent,
                         "child_value": thaw(d.child_value), "parent_value": thaw(d.parent_value),
                         "explanation": d.explanation} for d in diff.divergences],
        # extra fields (the contract welcomes them): notice-level patterns, a chain diff's ancestry
        "patterns": [{"pattern": p.pattern, "role": p.role, "slot": p.slot, "measures": list(p.measures),
                      "explanation": p.explanation,
                      **({"unit": p.unit} if p.unit else {}), **({"replaces": p.replaces} if p.replaces else {})}
                     for p in diff.patterns],
        **({"ancestry": thaw(diff.ancestry)} if diff.ancestry else {}),
    }
