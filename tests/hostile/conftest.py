"""Fixtures of the hostile-input tests: a lexicon with tight limits, so that a bounded input
of a few kilobytes crosses them and a test stays fast while exercising the real limit path."""
from __future__ import annotations

import json
import shutil

import pytest

from extractors.lexicon import bundled_dir

TIGHT = {"container": {"max_member_mb": 1, "max_total_mb": 2, "max_ratio": 50, "ratio_floor_mb": 0.1},
         "pages": {"max_pages": 5, "max_chars_per_page": 1000, "max_operators_per_page": 1000}}


@pytest.fixture
def tight_limits(tmp_path, monkeypatch):
    """The bundled lexicon with ``TIGHT`` limits, made the bundled one for this test."""
    lexicons = tmp_path / "lexicons"
    shutil.copytree(bundled_dir(), lexicons)
    table = json.loads((lexicons / "limits.json").read_text(encoding="utf-8"))
    table.update(TIGHT)
    (lexicons / "limits.json").write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("POLICYALIGN_LEXICONS", str(lexicons))
    return TIGHT
