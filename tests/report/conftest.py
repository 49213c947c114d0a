"""Diffs to render: one built by hand on seeds 000 (child) and 003 (parent), and the real one."""
from __future__ import annotations

import pytest

from pipeline.model import Alignment, Diff, Divergence


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
    align = pytest.importorskip("pipeline.align", reason="pipeline/align.py is not written yet")
    return align.diff_notices(seeds["000"], seeds["003"])


@pytest.fixture(params=["hand_diff", "real_diff"])
def any_diff(request) -> Diff:
    return request.getfixturevalue(request.param)
