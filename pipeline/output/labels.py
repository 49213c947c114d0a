"""The labels and one-line renderings of spans every output shares, so the text, HTML and
Excel views name things the same way."""
from __future__ import annotations

from collections.abc import Mapping

from pipeline.model import Deadline, DivergenceType, Target, Unit

DIVERGENCE_LABELS = {
    DivergenceType.MISSING_IN_CHILD: "子文件未落实",
    DivergenceType.ADDED_IN_CHILD: "子文件新增",
    DivergenceType.DEADLINE_LATER: "时限推后",
    DivergenceType.DEADLINE_EARLIER: "时限提前",
    DivergenceType.DEADLINE_DROPPED: "时限缺失",
    DivergenceType.TARGET_WEAKER: "指标降低",
    DivergenceType.TARGET_STRONGER: "指标提高",
    DivergenceType.TARGET_DROPPED: "指标缺失",
    DivergenceType.UNIT_CHANGED: "责任单位变化",
    DivergenceType.OBLIGATION_WEAKER: "约束减弱",
    DivergenceType.OBLIGATION_STRONGER: "约束加强",
}

# Notice-level patterns (``model.Pattern.pattern``) the aligner reports once instead of per measure
PATTERN_LABELS = {"cascade": "逐级下压到下级单位", "internal_units": "由内设机构承办"}

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
    >>> from pipeline.model import freeze
    >>> value_str(freeze({"lead": ["普法办"]}))
    'lead：普法办'
    """
    if v is None:
        return ""
    if isinstance(v, Mapping):     # also the FrozenMap a Divergence holds
        return "；".join(f"{k}：{value_str(x)}" for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return "、".join(map(value_str, v))
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)
