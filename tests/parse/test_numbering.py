"""Numbering schemes as data, at any depth and in any order; the measure level by content."""
from __future__ import annotations

import pytest

from pipeline.model import RawDoc
from pipeline.normalize import normalize
from pipeline.parse import parse
from pipeline.parse.numbering import inline_markers, match_marker
from pipeline.parse.rules import parse_rules

R = parse_rules(None)


def _parse(text: str):
    return parse(normalize(RawDoc(path="x.txt", format="txt", sha256="0" * 64, text=text)))


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.id, c.kind.value) for c in _parse(text).clauses if c.kind.value not in ("preamble", "closing")]


@pytest.mark.parametrize("line, component", [
    ("一、总体要求", "一"), ("一．总体要求", "一"), ("（三）强化培训", "（三）"), ("(三)强化培训", "（三）"),
    ("1.强化培训。", "1"), ("1．强化培训。", "1"), ("1、强化培训。", "1"), ("（1）强化培训", "（1）"),
    ("(1)强化培训", "（1）"), ("②规范检查", "②"), ("第三条 坚持", "第三条"), ("第一章 总则", "第一章"),
    ("第二节 执法监督", "第二节"), ("第二部分 重点任务", "第二部分"),
    ("1.5亿元资金", None), ("2024年底前完成", None), ("12345热线", None), ("一是加强培训", None),
    ("统一执法标准", None),
])
def test_a_line_opens_with_its_scheme_or_none(line, component):
    text = normalize(RawDoc(path="x.txt", format="txt", sha256="0" * 64, text=line)).text
    found = match_marker(text, R)
    assert (found[2] if found else None) == component


@pytest.mark.parametrize("line, members", [
    ("（一）强化素质。一是加强培训；二是严格管理；三是强化监督。", ["一是", "二是", "三是"]),
    ("（二）推行柔性执法。其一，推行包容审慎监管；其二，规范检查。", ["其一", "其二"]),
    ("（一）强化素质。一是加强培训。", []),                 # a lone 一是 is prose
    ("要统一是非标准，二是另一回事。", []),                   # 统一是 is no marker
    ("（一）强化素质。二是加强培训；三是严格管理。", []),      # a run begins at 一
])
def test_inline_runs(line, members):
    assert [m for _, _, m in inline_markers(line, R)] == members


@pytest.mark.parametrize("text, want", [
    # 一、/1./（1）: the duty is the 1. clause, its (1) its parts
    ("一、任务\n1.强化培训。每年组织专题学习。\n（1）每年不少于2次。\n2.严格管理。严格持证上岗。",
     "一=S 一/1=M 一/1/（1）=I 一/2=M"),
    # 一、/（一）/1.: a topic heading over duty clauses
    ("一、任务\n（一）强化培训\n1.每年组织专题学习不少于2次。\n2.2024年底前完成轮训。",
     "一=S 一/（一）=S 一/（一）/1=M 一/（一）/2=M"),
    # a scheme restarts under each parent
    ("一、任务\n1.加强培训工作落实。\n二、监督\n1.加强监督工作落实。",
     "一=S 一/1=M 二=S 二/1=M"),
    # a number out of sequence is the next sibling, the tree stays
    ("一、任务\n（一）加强培训工作落实。\n（三）加强监督工作落实。\n（二）加强保障工作落实。\n二、要求",
     "一=S 一/（一）=M 一/（三）=M 一/（二）=M 二=S"),
    # articles under chapters and sections: the article is its own id
    ("第一章 总则\n第一条 为了落实，制定本方案。\n第二章 任务\n第一节 队伍\n第二条 加强培训，每年不少于2次。",
     "第一章=S 第一条=M 第二章=S 第二章/第一节=S 第二条=M"),
    # a shared units line after items makes their parent the measure
    ("一、任务\n（一）强化政治能力建设\n1.坚持学习。\n2.每年组织学习。\n牵头单位：县司法局",
     "一=S 一/（一）=M 一/（一）/1=I 一/（一）/2=I"),
    # items with units of their own keep them: a units line after the last is that item's
    ("一、任务\n（一）强化政治能力建设\n1.坚持学习。（责任单位：县司法局）\n2.每年组织学习。\n（责任单位：县人社局）",
     "一=S 一/（一）=S 一/（一）/1=M 一/（一）/2=M"),
    # an inline run across paragraphs
    ("一、任务\n（一）健全制度。一是落实基准制度；\n二是落实三项制度。",
     "一=S 一/（一）=S 一/（一）/一是=M 一/（一）/二是=M"),
    # a heading whose numeral mojibake lost takes the next number
    ("一、总体要求\n目标。\n??、全面提升\n1.加强培训工作落实。",
     "一=S 二=S 二/1=M"),
    # nothing numbered: no clause
    ("为深入贯彻落实，结合实际，制定本方案。", ""),
])
def test_clause_tree_and_measure_level(text, want):
    """``want``: id=kind, S section, M measure, I item."""
    assert " ".join(f"{cid}={kind[0].upper()}" for cid, kind in _kinds(text)) == want


def test_a_measure_spans_its_items_and_they_reach_it_by_parent_id():
    notice = _parse("一、任务\n1.强化培训。每年组织专题学习。\n（1）每年不少于2次。\n（2）2024年底前完成。")
    measure = notice.clause("一/1")
    items = [c for c in notice.clauses if c.parent_id == "一/1"]
    assert [c.kind.value for c in items] == ["item", "item"]
    assert all(measure.start <= c.start and c.end <= measure.end for c in items)
    assert "2024年底前完成" in measure.text
