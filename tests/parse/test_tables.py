"""Tables as structure in every text layout: columns known by meaning, one clause per row."""
from __future__ import annotations

import pytest

from pipeline.model import RawDoc
from pipeline.normalize import normalize
from pipeline.parse import parse
from pipeline.parse.rules import parse_rules
from pipeline.parse.tables import column_role

R = parse_rules(None)


@pytest.mark.parametrize("header, role", [
    ("序号", "number"), ("编号", "number"), ("类别", "section"), ("任务分类", "section"),
    ("工作内容", "measure"), ("具体举措", "measure"), ("措施", "measure"), ("事项", "measure"),
    ("重点任务", "task"), ("任务", "task"), ("牵头单位", "lead_units"), ("牵 头 部 门", "lead_units"),
    ("配合单位", "units"), ("协办单位", "units"), ("责任单位", "units"), ("完成时限", "deadline"),
    ("进度安排", "deadline"), ("完成时间", "deadline"), ("省级指标", "task"),
    ("县司法局", None), ("2024年底前", None), ("", None),
])
def test_a_column_is_known_by_its_meaning(header, role):
    assert column_role(header, R) == role


def _rows(text: str):
    notice = parse(normalize(RawDoc(path="x.txt", format="txt", sha256="0" * 64, text=text)))
    return [(c.id, c.text, notice.text.text[slice(*c.unit_cell)] if c.unit_cell else None)
            for c in notice.clauses if c.kind.value == "table_row"]


TABS = "序号\t任务\t工作内容\t牵头单位\t配合单位\t时限\n1\t队伍\t加强培训：每年1次。\t县司法局\t各部门\t每年\n" \
       "2\t队伍\t严格管理：持证上岗。\t县司法局\t县人社局\t2024年底前"
PIPES = "| 编号 | 类别 | 措施 | 牵头单位 | 配合单位 | 进度安排 |\n|---|---|---|---|---|---|\n" \
        "| 1 | 一、队伍建设 | 加强培训：每年1次。 | 县司法局 | 各部门 | 每年 |\n" \
        "| 1 | 二、执法监督 | 严格管理：持证上岗。 | 县司法局 | 县人社局 | 2024年底前 |"
SPACES = "序号    事项    举措    牵头单位    协办单位    完成时间\n1   队伍建设   加强培训：每年1次。   县司法局   各部门   每年\n" \
         "2   队伍建设   严格管理：持证上岗。   县司法局   持续推进\n3   执法监督   畅通渠道：依法办理。   县司法局   各部门   每年"
STACKED = "|类别|序号|举措|牵头单位|协办单位|完成时间|\n|提|1|加强培训：每年1次。|县司法局|各部门|每年|\n" \
          "|升|2|严格管理：持证上岗。|县司法局|县人社局|2024年底前|\n|素||||||\n|质||||||\n" \
          "|监|3|畅通渠道：依法办理。|县司法局|各部门|每年|"


@pytest.mark.parametrize("text, want", [
    (TABS, [("1", "加强培训：每年1次。", "各部门"), ("2", "严格管理：持证上岗。", "县人社局")]),
    (PIPES, [("一/1", "加强培训：每年1次。", "各部门"), ("二/1", "严格管理：持证上岗。", "县人社局")]),
    # a space-laid row that lost its empty 协办 cell keeps its last cell's column; its one unit
    # cell is then the 牵头 cell (a row carries one unit cell)
    (SPACES, [("1", "加强培训：每年1次。", "各部门"), ("2", "严格管理：持证上岗。", "县司法局"),
              ("3", "畅通渠道：依法办理。", "各部门")]),
    (STACKED, [("1", "加强培训：每年1次。", "各部门"), ("2", "严格管理：持证上岗。", "县人社局"),
               ("3", "畅通渠道：依法办理。", "各部门")]),
    ("序号 任务\n正文一段。", []),                     # one space is no column
])
def test_text_tables_give_one_clause_per_row(text, want):
    assert _rows(text) == want
