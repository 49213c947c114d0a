import re

import pytest

from extractors import get_actors, get_units, role_of, unknown_units, units_in_list
from tests.extractors.conftest import checked, seed_clauses


@pytest.mark.parametrize("name, expected", [
    ("县司法局", ("司法行政部门", "county", True)),
    ("省司法厅", ("司法行政部门", "provincial", True)),
    ("市场监管局", ("市场监管部门", None, True)),            # 市场 is no 市 prefix
    ("区市场监督管理局", ("市场监管部门", "county", True)),
    ("县发展和改革委员会", ("发展改革部门", "county", True)),
    ("区人力资源和社会保障局", ("人力资源社会保障部门", "county", True)),
    ("政务和大数据局", ("大数据部门", None, True)),
    ("区公安分局", ("公安机关", "county", True)),
    ("县直各行政执法部门", ("行政执法机关", "county", True)),
    ("省级行政执法机关", ("行政执法机关", "provincial", True)),
    ("各镇街", ("乡镇街道", "township", True)),
    ("各县〔市、区〕政府", ("下级人民政府", "county", True)),
    ("市政府办公室四科", ("政府办公室", "municipal", True)),
    ("区委工商联", ("工商联", "county", True)),
    ("市纪委监委", ("纪检监察机关", "municipal", True)),
    ("市、县两级司法行政部门", ("司法行政部门", None, True)),
    ("县档案馆", ("档案馆", "county", False)),
])
def test_role_of(name, expected):
    assert role_of(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("（牵头单位：省司法厅、省委组织部、省人力资源社会保障厅，责任单位：省级行政执法机关）",
     [("省司法厅", "lead"), ("省委组织部", "lead"), ("省人力资源社会保障厅", "lead"), ("省级行政执法机关", "responsible")]),
    ("（牵头单位：县司法局，责任单位：\n\n各行政执法机关）", [("县司法局", "lead"), ("各行政执法机关", "responsible")]),
    ("（责任单位：市级行政执法部门，各县〔市、区〕政府，城乡一体化示范区、经济开发区、现代服务业开发区管委会；"
     "以下均需各县〔市、区〕政府和城乡一体化示范区落实，不再逐一列出）",
     [("市级行政执法部门", "responsible"), ("各县〔市、区〕政府", "responsible"), ("城乡一体化示范区", "responsible"),
      ("经济开发区", "responsible"), ("现代服务业开发区管委会", "responsible")]),
    ("主办：市司法局\n督办：市政府办公室四科\n抄送：市委各部门，军分区。",
     [("市司法局", "responsible"), ("市政府办公室四科", "supervising")]),
    ("依法为基层一线行政执法人员办理保险。\t县司法局、县直各行政执法部门、各乡镇按职责分工负责",
     [("县司法局", "responsible"), ("县直各行政执法部门", "responsible"), ("各乡镇", "responsible")]),
    ("县司法局要牵头组织培训。", []),                       # prose, not a list
    ("各单位要按职责分工负责，加强协作。", []),             # prose ending in 分工负责 is no cell
])
def test_get_units(text, expected):
    assert [(u.name, u.slot) for u in checked(text, get_units(text))] == expected


def test_units_in_list_keeps_bracketed_names_and_drops_trailing_phrases():
    assert [u.name for u in units_in_list("各县（市、区）政府、县财政局配合")] == ["各县（市、区）政府", "县财政局"]


@pytest.mark.parametrize("text, expected", [
    ("县司法局要牵头组织培训。", [("县司法局", "司法行政部门")]),
    ("分级分层培训。司法行政部门负责新上岗人员的培训。", [("司法行政部门", "司法行政部门")]),
    ("各级行政执法机关要聚焦突出问题。", [("各级行政执法机关", "行政执法机关")]),
    ("省司法厅牵头建立培训师资库。", [("省司法厅", "司法行政部门")]),
    ("县直各行政执法部门及各乡镇要加强培训。", [("县直各行政执法部门", "行政执法机关"), ("各乡镇", "乡镇街道")]),
    ("各县（市、区）司法局要于2024年2月月底前报送。", [("各县（市、区）司法局", "司法行政部门")]),
    ("县委组织部、县委编办、县司法局要会同有关部门评估。",
     [("县委组织部", "组织部门"), ("县委编办", "机构编制部门"), ("县司法局", "司法行政部门")]),
    ("加强行政执法机关与纪检监察机关协作配合。", []),       # object, not subject
    ("各部门要进一步提高政治站位。", []),                   # generic, no role
    ("（牵头单位：县司法局，责任单位：各行政执法机关）", []),  # listed, not actors
])
def test_get_actors(text, expected):
    actors = checked(text, get_actors(text))
    assert [(u.name, u.role) for u in actors] == expected
    assert all(u.slot == "actor" for u in actors)


@pytest.mark.parametrize("n", [0, 3])
def test_every_responsibility_bracket_of_a_seed_yields_known_units(n):
    brackets = [c for c in seed_clauses(n) if re.search(r"（(?:牵头|责任)单位：", c)]
    assert len(brackets) >= 14
    for clause in brackets:
        units = list(get_units(clause))
        assert units and all(u.known for u in units), clause[-60:]


def test_unknown_unit_report_over_all_seeds_is_empty():
    units = [u for n in range(5) for c in seed_clauses(n) for u in (*get_units(c), *get_actors(c))]
    assert len(units) > 300
    assert unknown_units(units) == {}


def test_seed_002_cells_name_the_county_units():
    roles = {u.role for c in seed_clauses(2) for u in get_units(c)}
    assert roles == {"司法行政部门", "行政执法机关", "乡镇街道", "组织部门", "机构编制部门", "财政部门", "行政审批部门"}
