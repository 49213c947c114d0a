"""Shared paths and fixtures: every seed analysed once per test session.

Under ``CI=true`` a test may not skip for a missing system tool: ``needs_tool``
fails there instead, so a green CI run has really run everything.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.model import Alignment, Diff, Divergence

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "corpora" / "notices"
FORMATS = ROOT / "tests" / "fixtures" / "formats"
CONTRACT = ROOT / "tests" / "contract"
GOLD = ROOT / "tests" / "gold"

SEEDS = {p.name[:3]: p for p in sorted(NOTICES.glob("*.txt"))}


@pytest.fixture(scope="session")
def seeds():
    """{'000': Notice, …}: the five bundled notices, extracted once per session."""
    from pipeline import analyze
    return {key: analyze(path) for key, path in SEEDS.items()}


@pytest.fixture(scope="session")
def seed(seeds):
    """``seed(3)`` -> the analysed Notice of corpora/notices/003_*.txt (from ``seeds``)."""
    return lambda n: seeds[f"{n:03d}"]


@pytest.fixture(scope="session")
def hand_diff(seeds) -> Diff:
    """000 → 003 with known alignments and one divergence of each kind the report places differently:
    on an aligned pair, on a child row (added), on a parent only (missing)."""
    child, parent = seeds["000"], seeds["003"]
    return Diff(
        child=child, parent=parent,
        alignments=(
            Alignment("二/（一）", "一/（一）", 0.81, ("先锋队", "模范岗", "党性教育")),
            Alignment("二/（二）", "一/（三）", 0.77, ("公共法律知识培训", "不少于60学时")),
            Alignment("二/（三）", "一/（二）", 0.74, ("行政执法主体公告制度",)),
        ),
        divergences=(
            Divergence("deadline_later", "子文件时限晚于上级", "二/（二）", "一/（三）", "2024-07-31", "2024-06-30"),
            Divergence("target_weaker", "培训学时降低", "二/（二）", "一/（三）",
                       {"comparator": ">=", "value": 40, "unit": "学时"}, {"comparator": ">=", "value": 60, "unit": "学时"}),
            Divergence("unit_changed", "责任单位不同", "二/（三）", "一/（二）", ["司法行政部门"], ["行政执法机关"]),
            Divergence("added_in_child", "上级无对应措施", "七/（十五）", None),
            Divergence("missing_in_child", "子文件未落实此措施", None, "二/（五）"),
        ),
    )


@pytest.fixture(scope="session")
def real_diff(seeds) -> Diff:
    from pipeline.align import diff_notices
    return diff_notices(seeds["000"], seeds["003"])


@pytest.fixture(params=["hand_diff", "real_diff"])
def any_diff(request) -> Diff:
    return request.getfixturevalue(request.param)


def needs_tool(name: str) -> str:
    """The path of system tool ``name``; skips the test when it is missing, fails under CI=true."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (.ci/run installs it with apt)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {message}")
        pytest.skip(message)
    return path
