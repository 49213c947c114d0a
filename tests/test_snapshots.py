"""Outputs held byte-identical across refactors: extract JSON of every seed and
rendition, diff JSON of all 25 seed pairs (issue "One house").

The stored snapshot is ``tests/snapshots/``. To rewrite it after an intended
change, run

    POLICYALIGN_REGENERATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_snapshots.py

and name the change in the commit. The suite keeps the flag off:
``test_regenerate_flag_is_off`` fails while it is set, so a regenerating run
never passes as a normal one.

Fields that are new since the snapshot was taken (``NEW_SPAN_FIELDS``, on
spans only) are left out of the comparison, so a new field is the only
difference a snapshot may show.
"""
from __future__ import annotations

import json
import os
from itertools import product

import pytest

from pipeline import analyze
from tests.conftest import FORMATS, ROOT, SEEDS

SNAPSHOTS = ROOT / "tests" / "snapshots"
REGENERATE = os.environ.get("POLICYALIGN_REGENERATE_SNAPSHOTS") == "1"
RENDITIONS = ("000.docx", "000.gbk.txt", "000.pdf", "000.utf16.txt", "000.utf8bom.txt", "001.docx",
              "001.gbk.html", "001.html", "001.pdf", "002.docx", "002.pdf", "003.docx", "003.pdf",
              "004.docx", "004.pdf", "no_measures.txt")
#: fields added to spans after the snapshot was taken
NEW_SPAN_FIELDS = frozenset({"source_span", "source_page"})
_SPAN_LISTS = ("lead_units", "responsible_units", "actors", "deadlines", "targets", "modal_cues")


def _without_new_fields(doc: dict) -> dict:
    for clause in doc.get("clauses", ()):
        for key in _SPAN_LISTS:
            for span in clause.get(key, ()):
                for field in NEW_SPAN_FIELDS:
                    span.pop(field, None)
    return doc


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _check(path, obj) -> None:
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_dump(obj), encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: regenerate the snapshot (see module docstring)"
    want = _without_new_fields(json.loads(path.read_text(encoding="utf-8")))
    got = _without_new_fields(json.loads(_dump(obj)))
    assert got == want


def _relative(notice_json: dict) -> dict:
    notice_json["source"]["path"] = os.path.relpath(notice_json["source"]["path"], ROOT)
    return notice_json


@pytest.fixture(scope="module")
def renditions():
    return {name: analyze(FORMATS / name) for name in RENDITIONS}


def test_regenerate_flag_is_off():
    assert not REGENERATE, "POLICYALIGN_REGENERATE_SNAPSHOTS is set: the snapshot was rewritten, not checked"


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_seed_extract_json(seeds, key):
    from pipeline.output import document_json
    _check(SNAPSHOTS / "extract" / f"{SEEDS[key].name}.json", _relative(document_json(seeds[key])))


@pytest.mark.parametrize("name", RENDITIONS)
def test_rendition_extract_json(renditions, name):
    from pipeline.output import document_json
    _check(SNAPSHOTS / "extract" / f"{name}.json", _relative(document_json(renditions[name])))


@pytest.mark.parametrize("child,parent", list(product(sorted(SEEDS), repeat=2)))
def test_seed_pair_diff_json(seeds, child, parent):
    from pipeline.align import diff_notices
    from pipeline.output import diff_json
    doc = diff_json(diff_notices(seeds[child], seeds[parent]))
    doc["child"]["path"] = os.path.relpath(doc["child"]["path"], ROOT)
    doc["parent"]["path"] = os.path.relpath(doc["parent"]["path"], ROOT)
    _check(SNAPSHOTS / "diff" / f"{child}_{parent}.json", doc)
