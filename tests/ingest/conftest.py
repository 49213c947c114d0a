"""Fixtures for the ingest tests: fixture paths, seeds, and a cache of parsed files.

PDF parsing takes about a second a file, so each fixture is ingested once per
test session and the RawDoc (a frozen dataclass) is shared.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

import pytest

from pipeline.ingest import ingest

from tests.conftest import FORMATS as _FORMATS, NOTICES as _SEEDS


@cache
def _ingest(name: str, password: str | None = None):
    return ingest(_FORMATS / name, password=password)


@pytest.fixture(scope="session")
def formats() -> Path:
    """tests/fixtures/formats"""
    return _FORMATS


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """corpora/notices"""
    return _SEEDS


@pytest.fixture(scope="session")
def ingested():
    """``ingested("001.pdf")`` -> the RawDoc of a fixture, parsed once per session."""
    return _ingest


@pytest.fixture(scope="session")
def seed_text():
    """``seed_text("000")`` -> the seed notice as written."""
    return lambda number: next(_SEEDS.glob(f"{number}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def ratio():
    """``ratio(a, b)``: difflib similarity of two texts with all whitespace removed."""
    def squeezed_ratio(a: str, b: str) -> float:
        a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
        return SequenceMatcher(None, a, b, autojunk=False).ratio()
    return squeezed_ratio
