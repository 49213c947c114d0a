"""Shared fixtures: every seed analysed once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "corpora" / "notices"
FORMATS = ROOT / "tests" / "fixtures" / "formats"
CONTRACT = ROOT / "tests" / "contract"
GOLD = ROOT / "tests" / "gold"

SEEDS = {p.name[:3]: p for p in sorted(NOTICES.glob("*.txt"))}


@pytest.fixture(scope="session")
def seeds():
    """{'000': Notice, …}: the five bundled notices, extracted."""
    from pipeline import analyze
    return {key: analyze(path) for key, path in SEEDS.items()}
