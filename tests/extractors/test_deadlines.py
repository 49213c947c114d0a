from collections import Counter

import pytest

from extractors import get_deadlines
from tests.extractors.conftest import checked, seed_clauses


def _values(text, base_year=None):
    return [(d.date, d.recurrence) for d in checked(text, get_deadlines(text, base_year=base_year))]


@pytest.mark.parametrize("text, expected", [
    ("2024年6月底前完成全员轮训", [("2024-06-30", None)]),
    ("2024年6月前完成", [("2024-06-30", None)]),
    ("2024年6月月底前完成全市轮训", [("2024-06-30", None)]),       # typo double 月
    ("于2024年2月月底前报送", [("2024-02-29", None)]),
    ("2024年6月完成", [("2024-06-30", None)]),
    ("2024年9月底完成规范执法专项工作", [("2024-09-30", None)]),
    ("2024年底前制定目录", [("2024-12-31", None)]),
    ("在2024年年底对已下放事项进行评估", [("2024-12-31", None)]),
    ("2024年上半年完成", [("2024-06-30", None)]),
    ("2024年下半年完成", [("2024-12-31", None)]),
    ("2024年第三季度完成", [("2024-09-30", None)]),
    ("（一）动员部署阶段（2024年4月底之前）", [("2024-04-30", None)]),
    ("2024年4月30日以前完成", [("2024-04-30", None)]),
    ("二〇二四年十月底前完成", [("2024-10-31", None)]),
    ("到2025年底，行政执法突出问题得到有效整治", [("2025-12-31", None)]),
    ("到2025年年底，行政执法队伍素质明显提升", [("2025-12-31", None)]),
    ("2024年10月底前完成中期评估，2025年10月底前完成终期评估", [("2024-10-31", None), ("2025-10-31", None)]),
    ("2024年9月月底前完成中期评估，12月底前完成终期评估", [("2024-09-30", None), ("2024-12-31", None)]),
    ("每年组织开展案卷评查", [(None, "yearly")]),
    ("每半年至少开展一次监督，每年度至少开展一次评查", [(None, "half-yearly"), (None, "yearly")]),
    ("每季度通报一次，每月报送", [(None, "quarterly"), (None, "monthly")]),
])
def test_dates_and_recurrences(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, base_year, expected", [
    ("6月前完成", None, [(None, None)]),
    ("6月前完成", 2024, [("2024-06-30", None)]),
    ("上半年完成", 2025, [("2025-06-30", None)]),
    ("第三季度完成", 2024, [("2024-09-30", None)]),
    ("2023年启动，6月底前完成", 2030, [("2023-06-30", None)]),   # the text's own year wins
    ("任务清单（2023—2025年）：6月底前完成", None, [(None, None)]),  # a span of years names no year
    ("任务清单（2023—2025年）：6月底前完成", 2024, [("2024-06-30", None)]),
])
def test_a_period_without_year_takes_the_text_year_then_base_year(text, base_year, expected):
    assert _values(text, base_year) == expected


def test_range_gives_end_and_start():
    text = "“行政执法质量提升年活动”自2024年3月开始，12月底结束，包括五个阶段。"
    (d,) = get_deadlines(text)
    assert (d.date, d.start_date, d.text) == ("2024-12-31", "2024-03-01", "2024年3月开始，12月底结束")


def test_relative_deadline():
    text = "要完善赋权事项评估和动态调整制度，下放实施1年后要及时组织进行评估。"
    (d,) = get_deadlines(text)
    assert (d.date, d.relative_to, d.offset, d.text) == (None, "下放实施", "P1Y", "下放实施1年后")


@pytest.mark.parametrize("text", [
    "市中区2024年度“行政执法质量提升年”活动实施方案",
    "《提升行政执法质量三年行动计划（2023—2025年）》",
    "沁源县提升行政执法质量三年行动计划任务清单（2023—2025年）",
    "枣庄市市中区人民政府办公室2024年4月26日（此件公开发布）",
    "将“行政执法质量提升年活动”情况纳入2024年度“法治政府”建设考核方案",
    "自2024年3月起施行",
    "3个月内完成整改",
    "近五年来未发生",
])
def test_not_deadlines(text):
    assert _values(text) == []


@pytest.mark.parametrize("n, expected", [
    (0, {"2025-12-31": 1, "2024-06-30": 2, "2024-12-31": 3, "2024-10-31": 1, "2025-10-31": 1, "2024-09-30": 1}),
    (1, {"2025-12-31": 1, "2024-06-30": 1, "2024-11-30": 1, "2024-12-31": 3, "2024-02-29": 1,
         "2024-09-30": 1, "2025-09-30": 1}),
    (2, {"2024-06-30": 1, "2024-12-31": 3}),
    (3, {"2024-06-30": 1, "2024-09-30": 1, "2024-11-30": 1, "2025-09-30": 1, "2024-10-31": 1, "2025-10-31": 1}),
    (4, {"2024-06-30": 2, "2024-09-30": 1, "2024-11-30": 2, "2024-10-31": 2, "2025-10-31": 1,
         "2024-12-31": 2, "2024-04-30": 1}),
])
def test_seed_dated_deadlines(n, expected):
    assert Counter(d.date for c in seed_clauses(n) for d in get_deadlines(c) if d.date) == expected
