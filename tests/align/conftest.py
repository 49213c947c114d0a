"""Seed notices analysed once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
NOTICES = ROOT / "corpora" / "notices"


@pytest.fixture(scope="session")
def seed():
    """``seed(3)`` -> the analysed Notice of corpora/notices/003_*.txt (cached for the session)."""
    cache = {}

    def get(n: int):
        if n not in cache:
            cache[n] = analyze(next(NOTICES.glob(f"{n:03d}_*.txt")))
        return cache[n]
    return get
