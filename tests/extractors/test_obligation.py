import pytest

from extractors import get_modal_cues, obligation_of
from tests.extractors.conftest import checked


def _cues(text):
    return [(c.text, c.strength) for c in checked(text, get_modal_cues(text))]


@pytest.mark.parametrize("text, expected", [
    ("离岗人员申请重回执法岗位的，必须经考核合格后重新上岗", [("必须", "mandatory")]),
    ("严禁为不符合条件的人员发放证件，未取得证件的人员不得独立执法", [("严禁", "mandatory"), ("不得", "mandatory")]),
    ("凡没有依据的执法事项一律取消", [("一律", "mandatory")]),
    ("行政执法人员应当参加执法培训", [("应当", "expected")]),
    ("行政执法机关要加强培训，确保每人每年接受培训", [("要", "expected"), ("确保", "expected")]),
    ("鼓励跨部门联合开展培训", [("鼓励", "encouraged")]),
    ("也可根据工作需要依法细化量化", [("可", "encouraged")]),
    ("积极探索运用信息化手段，逐步实现全流程数字化，适时组织专项监督", [("探索", "exploratory"), ("逐步", "exploratory"), ("适时", "exploratory")]),
    ("研究建立行政执法评议机制", [("研究", "exploratory")]),
])
def test_cues(text, expected):
    assert _cues(text) == expected


@pytest.mark.parametrize("text", [
    "作为学习的重要内容，主要负责人", "按照本实施方案要求", "工作要点", "切实满足行政执法工作需要",
    "可能存在问题，取得许可，认可度", "方可上岗执法", "与工作任务相适应，应急处置，深化“互联网+监管”应用",
    "充分发挥其在集体研究等环节中的作用，研究解决工作中遇到的问题", "推进严格规范公正文明执法",
    "加大财政支持力度", "为行政执法监督工作提供智力支持", "及时向本级党委报告组织实施情况",
])
def test_no_false_cues(text):
    assert _cues(text) == []


@pytest.mark.parametrize("text, strength", [
    ("县直各行政执法部门要加强各乡镇行政执法业务培训，鼓励跨部门联合开展培训。", "expected"),
    ("探索开展涉企行政执法案件经济影响评估并作出有效防范和处置。", "exploratory"),
    ("司法行政部门可以探索组织相关业务部门联合开展培训。", "encouraged"),
    ("要依法及时收回并注销证件，严禁未取得证件的人员独立从事执法工作。", "mandatory"),
    ("帮助企业防范行政违法风险、纠正违法行为。", None),
])
def test_obligation_of(text, strength):
    assert obligation_of(get_modal_cues(text)) == strength
