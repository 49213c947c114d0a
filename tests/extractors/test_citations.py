import pytest

from extractors import get_citations, normalize_doc_number
from tests.extractors.conftest import checked, seed_text


def _values(text):
    return [(c.issuer, c.title, c.doc_number) for c in checked(text, get_citations(text))]


@pytest.mark.parametrize("raw", ["国办发〔2023〕27号", "国办发[2023]27号", "国办发［2023］27号", "国办发(2023)27号",
                                 "国办发（2023）27号", "国办发【2023】27号", "国办发 〔2023〕 27 号"])
def test_normalize_doc_number(raw):
    assert normalize_doc_number(raw) == "国办发〔2023〕27号"


@pytest.mark.parametrize("text, expected", [
    ("认真落实国务院办公厅《关于印发〈提升行政执法质量三年行动计划（2023—2025年）〉的通知》（国办发〔2023〕27号）",
     [("国务院办公厅", "关于印发〈提升行政执法质量三年行动计划（2023—2025年）〉的通知", "国办发〔2023〕27号")]),
    ("、山东省人民政府办公厅《关于印发山东省提升行政执法质量若干措施的通知》（鲁政办字[2024]9号）和",
     [("山东省人民政府办公厅", "关于印发山东省提升行政执法质量若干措施的通知", "鲁政办字〔2024〕9号")]),
    ("根据《国务院办公厅关于印发<提升行政执法质量三年行动计划（2023—2025年）>的通知》（国办发〔2023〕27号）",
     [("国务院办公厅", "国务院办公厅关于印发〈提升行政执法质量三年行动计划（2023—2025年）〉的通知", "国办发〔2023〕27号")]),
    ("将《提升行政执法质量三年行动计划（2023—2025年）》（国办发〔2023〕27号印发）列为培训内容",
     [(None, "提升行政执法质量三年行动计划（2023—2025年）", "国办发〔2023〕27号")]),
    ("认真落实《法治政府建设实施纲要（2021—2025年）》", [(None, "法治政府建设实施纲要（2021—2025年）", None)]),
    ("按照国办发(2023)27号文件要求", [(None, None, "国办发〔2023〕27号")]),
    ("在送达《行政处罚决定书》的同时发放《信用修复告知书》", []),
    ("不少于60学时的培训", []),
])
def test_citations(text, expected):
    assert _values(text) == expected


def test_every_seed_cites_the_state_council_plan():
    for n in range(5):
        numbers = {c.doc_number for c in get_citations(seed_text(n))}
        titles = " ".join(c.title or "" for c in get_citations(seed_text(n)))
        assert "国办发〔2023〕27号" in numbers or "行动计划" in titles, n


def test_seed_000_parent_numbers():
    numbers = {c.doc_number for c in get_citations(seed_text(0))}
    assert numbers == {None, "金政办字〔2024〕6号", "国办发〔2023〕27号", "鲁政办字〔2024〕9号", "济政办字〔2024〕5号"}
