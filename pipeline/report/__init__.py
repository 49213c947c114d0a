"""Reports for analysts: an HTML side-by-side diff, an Excel workbook, a DuckDB batch store.

    diff_html(diff) -> str              pipeline.report.html
    write_diff_xlsx(diff, path)         pipeline.report.excel
    run_batch(dirs, db_path, loader)    pipeline.report.store

The labels and the one-line renderings of spans live here so the three
outputs name things the same way.
"""
from __future__ import annotations

from extractors.spans import Deadline, Target, Unit

DIVERGENCE_LABELS = {
    "missing_in_child": "子文件未落实",
    "added_in_child": "子文件新增",
    "deadline_later": "时限推后",
    "deadline_earlier": "时限提前",
    "deadline_dropped": "时限缺失",
    "target_weaker": "指标降低",
    "target_stronger": "指标提高",
    "target_dropped": "指标缺失",
    "unit_changed": "责任单位变化",
    "obligation_weaker": "约束减弱",
    "obligation_stronger": "约束加强",
}

LEVEL_LABELS = {"national": "国家级", "provincial": "省级", "municipal": "市级", "county": "县级",
                "township": "乡镇级"}


def unit_str(u: Unit) -> str:
    """``县司法局[司法行政部门]``: the name as written and the role it compares by."""
    return f"{u.name}[{u.role}]"


def deadline_str(d: Deadline) -> str:
    """``2024-06-30（2024年6月底前）``, or the recurrence for a recurring duty."""
    value = d.date or d.recurrence or (f"{d.relative_to}+{d.offset}" if d.relative_to else None)
    return f"{value}（{d.text}）" if value else d.text


def target_str(t: Target) -> str:
    """``年度培训>=60学时``."""
    return f"{t.subject or ''}{t.comparator}{t.value:g}{t.unit}"


def value_str(v: object) -> str:
    """A divergence's child/parent value as one readable line.

    >>> value_str({"lead": ["司法行政部门"], "responsible": ["行政执法机关", "乡镇街道"]})
    'lead：司法行政部门；responsible：行政执法机关、乡镇街道'
    """
    if v is None:
        return ""
    if isinstance(v, dict):
        return "；".join(f"{k}：{value_str(x)}" for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return "、".join(map(value_str, v))
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)
