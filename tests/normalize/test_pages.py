"""Text from a PDF or a scan: page furniture dropped, hard wraps joined, pinyin and
mojibake out, pipe and space tables as tab rows."""
from __future__ import annotations

import pytest

from pipeline.model import RawDoc
from pipeline.normalize import normalize
from pipeline.normalize.mojibake import repair
from pipeline.normalize.rules import normalize_rules
from pipeline.normalize.tracked import Tracked

R = normalize_rules(None)


def _norm(text: str) -> str:
    return normalize(RawDoc(path="x.txt", format="txt", sha256="0" * 64, text=text)).text


@pytest.mark.parametrize("page", ["— 3 —", "- 3 -", "－3－", "第3页", "第 3 页 共 10 页", "3/10", "·3·", "• 3 •"])
def test_page_numbers_in_every_form_are_dropped(page):
    assert _norm(f"一、总体要求。\n{page}\n二、工作任务。") == "一、总体要求。\n二、工作任务。"


@pytest.mark.parametrize("text, want", [
    # a running header after the page number, and one that recurs
    ("一、加强培训。\n- 1 -\n某县人民政府办公室文件\n二、严格管理。", "一、加强培训。\n二、严格管理。"),
    ("一、加强培训。\n- 1 -\n行动方案（试行）\n二、严格管理。\n- 2 -\n行动方案（试行）\n三、监督。",
     "一、加强培训。\n二、严格管理。\n三、监督。"),
    # kept: a units line beside a page number once, a fraction in prose, a date
    ("一、加强培训。\n牵头单位：县司法局\n- 1 -\n二、严格管理。", "一、加强培训。\n牵头单位：县司法局\n二、严格管理。"),
    ("比例达到3/4以上。", "比例达到3/4以上。"),
])
def test_running_headers_go_and_text_stays(text, want):
    assert _norm(text) == want


PARAS = ["一、总体要求",
         "到2025年底，行政执法突出问题得到有效整治，行政执法工作体系进一步完善，行政执法质量和效能大幅提升。",
         "（一）强化政治能力建设。坚持把习近平法治思想作为行政执法人员学习培训的必修课和主要内容，每年不少于2次。",
         "1．健全行政执法人员培训制度，行政执法人员每人每年参加公共法律知识、业务知识和执法技能培训不少于60学时。",
         "2．2024年6月底前完成全县行政执法人员轮训一遍，对不符合条件的人员依法注销证件，确保持证上岗。"] * 5


@pytest.mark.parametrize("width", [20, 24, 26, 30, 33, 36, 40])
def test_hard_wraps_are_joined_at_any_width_never_across_a_marker(width):
    lines = [p[i:i + width] for p in PARAS for i in range(0, len(p), width)]
    assert _norm("\n".join(lines)).split("\n") == PARAS


@pytest.mark.parametrize("text, want", [
    ("深入贯彻（guàn chè）落实", "深入贯彻落实"), ("贯彻(guan che)执行", "贯彻执行"), ("印发(fā)给", "印发给"),
    ("柔性（rou xing）执法", "柔性执法"), ("采用app（application）办理", "采用app（application）办理"),
])
def test_pinyin_annotations_are_removed_in_every_form(text, want):
    assert _norm(text) == want


@pytest.mark.parametrize("garbled, want", [
    ("?弧⒆芴逡?求", "一、总体求"),          # 一 restored from its surviving byte, 要 lost
    ("?ㄒ唬┲傅?思想", "（一）指思想"),
    ("?ㄇ\nＭ返ノ唬菏胁普?局", "（牵头单位：市财局"),   # a run across a hard wrap; （ restored
    ("?纸?《方案》", "《方案》"),               # nothing certain: dropped
    ("是否?", "是否?"), ("共?人", "共?人"),    # a lone '?' in plain text stays
])
def test_gbk_byte_shift_mojibake(garbled, want):
    assert repair(Tracked.of(garbled), R).text == want


def test_tables_written_with_pipes_or_spaces_become_tab_rows():
    pipes = _norm("| 序号 | 任务 | 牵头单位 |\n|---|---|---|\n| 1 | 加强培训 | 县司法局 |\n| 2 | 严格管理 | 县司法局 |")
    spaces = _norm("序号   任务   牵头单位\n1   加强培训   县司法局\n2   严格管理   县司法局")
    assert pipes == spaces == "序号\t任务\t牵头单位\n1\t加强培训\t县司法局\n2\t严格管理\t县司法局"


def test_one_line_with_spaces_is_no_table():
    assert "\t" not in _norm("一、总体要求  加强培训\n二、工作任务。")
