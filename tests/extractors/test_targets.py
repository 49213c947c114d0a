import pytest

from extractors import get_targets
from tests.extractors.conftest import seed_clauses


def _values(text):
    found = list(get_targets(text))
    assert all(t.text == text[t.start:t.end] for t in found)
    return [(t.comparator, t.value, t.unit) for t in found]


@pytest.mark.parametrize("text, expected", [
    ("确保每人每年接受不少于60学时的公共法律知识、业务知识和行政执法技能培训", [(">=", 60, "学时")]),
    ("提供不少于30个学时的公共法律知识培训课程", [(">=", 30, "学时")]),
    ("接受不少于六十学时的培训", [(">=", 60, "学时")]),
    ("每年至少开展一次", [(">=", 1, "次")]),
    ("上级行政执法机关每年至少组织开展一次专项监督", [(">=", 1, "次")]),
    ("原则上法制审核人员不少于本单位行政执法人员总数的5%，且不少于1人", [(">=", 5, "%"), (">=", 1, "人")]),
    ("信息依法公示率100%，重大执法决定法制审核率100%", [("=", 100, "%"), ("=", 100, "%")]),
    ("群众满意度达到95%", [(">=", 95, "%")]),
    ("办结率达到100%", [("=", 100, "%")]),
    ("案卷合格率不低于95%", [(">=", 95, "%")]),
    ("每年选取1至2个县（市、区）开展监督", [(">=", 1, "个"), ("<=", 2, "个")]),
    ("在15个工作日以内办结", [("<=", 15, "工作日")]),
    ("处理时限不超过7天", [("<=", 7, "天")]),
])
def test_targets(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "深入贯彻党的二十大精神", "建立行政执法监督与12345政务服务便民热线信息共享机制",
    "全面落实行政执法三项制度", "进一步落实行政执法“四张清单”制度", "2024年6月底前完成",
    "对近五年来未发生的事项进行清理", "依照第12条规定", "力争达到败诉一起案件、整改一类行为的效果",
    "按照岗前、岗中、离岗三个重要环节", "省市县乡四级全覆盖",
])
def test_not_targets(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, subject", [
    ("每年制定不少于60学时的年度培训计划", "年度培训计划"),
    ("提供不少于30学时的公共法律知识培训课程", "公共法律知识培训课程"),
    ("其中公共法律知识培训不少于30学时，", "公共法律知识培训"),
    ("原则上法制审核人员不少于本单位行政执法人员总数的5%", "法制审核人员"),
    ("每年至少组织一次专项执法监督检查、一次行政执法案卷评查", "专项执法监督检查"),
    ("重大执法决定法制审核率100%", "重大执法决定法制审核率"),
])
def test_subject(text, subject):
    assert next(get_targets(text)).subject == subject


def test_且_keeps_the_previous_subject():
    *_, last = get_targets("原则上法制审核人员不少于本单位行政执法人员总数的5%，且不少于1人。")
    assert (last.value, last.subject) == (1, "法制审核人员")


@pytest.mark.parametrize("n, expected", [
    (0, {(">=", 30, "学时"), (">=", 60, "学时"), (">=", 40, "学时")}),
    (1, {(">=", 60, "学时"), ("=", 100, "%"), (">=", 1, "个"), ("<=", 2, "个"), (">=", 1, "次"),
         (">=", 5, "%"), (">=", 1, "人")}),
    (2, {(">=", 60, "学时"), (">=", 30, "学时")}),
    (4, {(">=", 60, "学时"), (">=", 1, "次")}),
])
def test_seed_targets(n, expected):
    assert {v for c in seed_clauses(n) for v in _values(c)} == expected
