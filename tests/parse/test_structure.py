"""Issue #2: metadata and clause tree of every seed, pinned."""
from __future__ import annotations

import pytest

EXPECTED = {
    "000": dict(title="金乡县提升行政执法质量若干措施", doc_number="金政办字〔2024〕6号",
                issuer="金乡县人民政府办公室", date="2024-04-16", level="county",
                region=("山东省", "济宁市", "金乡县"),
                cites=["国办发〔2023〕27号", "鲁政办字〔2024〕9号", "济政办字〔2024〕5号"], measures=17),
    "001": dict(title="三门峡市人民政府办公室关于进一步提升行政执法质量的通知", doc_number="三政办〔2024〕2号",
                issuer="三门峡市人民政府办公室", date="2024-02-05", level="municipal",
                region=("河南省", "三门峡市", None),
                cites=["豫政办〔2023〕68号", "国办发〔2023〕27号"], measures=21),
    "002": dict(title="沁源县提升行政执法质量三年行动计划任务清单（2023—2025年）", doc_number=None,
                issuer=None, date=None, level="county", region=("山西省", "长治市", "沁源县"),
                cites=[], measures=48),
    "003": dict(title="山东省提升行政执法质量若干措施", doc_number="鲁政办字〔2024〕9号",
                issuer="山东省人民政府办公厅", date="2024-01-19", level="provincial",
                region=("山东省", None, None), cites=["国办发〔2023〕27号"], measures=18),
    "004": dict(title="市中区2024年度“行政执法质量提升年”活动实施方案", doc_number="市中政办发〔2024〕4号",
                issuer="枣庄市市中区人民政府办公室", date="2024-04-26", level="county",
                region=("山东省", "枣庄市", "市中区"),
                cites=["国办发〔2023〕27号", "鲁政办字〔2024〕9号"], measures=24),
}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_metadata(seeds, key):
    m, want = seeds[key].metadata, EXPECTED[key]
    assert (m.title, m.doc_number, m.issuer, m.date, m.level) == (
        want["title"], want["doc_number"], want["issuer"], want["date"], want["level"])
    assert (m.region.province, m.region.city, m.region.county) == want["region"]
    numbers = [c.doc_number for c in m.cites if c.doc_number]
    assert numbers == want["cites"]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_measure_count(seeds, key):
    assert len(seeds[key].measures) == EXPECTED[key]["measures"]


def test_ids_are_unique_numbering_paths(seeds):
    for notice in seeds.values():
        ids = [c.id for c in notice.clauses]
        assert len(ids) == len(set(ids))
        for c in notice.clauses:
            if c.parent_id:
                assert c.id.startswith(c.parent_id + "/")


def test_task_list_rows_and_sections(seeds):
    """002: task numbering runs on across sections, `5、` among Chinese numerals is section 五."""
    n = seeds["002"]
    rows = [c for c in n.clauses if c.kind == "table_row"]
    assert [c.number for c in rows] == [f"（{i}）" for i in range(1, 49)]
    assert rows[0].id == "一/1/（1）" and rows[-1].id == "六/20/（48）"
    assert n.clause("五").title.startswith("健全行政执法和行政执法监督科技保障体系")
    assert n.clause("五/17/（39）").parent_id == "五/17"
    assert not any("[bookmark" in c.text or "工作任务" == c.title for c in n.clauses)


def test_cited_titles_of_task_list(seeds):
    """002 names its parents by short title only."""
    titles = [c.title for c in seeds["002"].metadata.cites]
    assert "行动计划" in titles and "实施方案" in titles


def test_closing_lines_are_never_measures(seeds):
    for notice in seeds.values():
        for c in notice.measures:
            for marker in ("主办：", "督办：", "抄送：", "（此件公开发布）"):
                assert marker not in c.text, (notice.path, c.id)
    closing = seeds["001"].clause("closing").text
    assert "主办：市司法局" in closing and "印发" in closing


def test_schedule_rows_restate_body_measures(seeds):
    """000's 配档表 rows are kept (with their dates) but restate the body's measures."""
    rows = [c for c in seeds["000"].clauses if c.kind == "table_row"]
    assert rows and all(c.restates for c in rows)
    assert {c.restates for c in rows} <= {c.id for c in seeds["000"].measures}


def test_preamble_and_titles(seeds):
    assert seeds["000"].clause("preamble").text.startswith("为深入贯彻党的二十大精神")
    assert seeds["003"].clause("一/（三）").title == "全面提升行政执法人员业务素质"
    assert seeds["004"].clause("三/（二）").title == "自查自纠阶段（2024年6月底之前）"


def test_no_measures_letter_has_no_invented_structure():
    from pipeline import analyze
    from tests.conftest import FORMATS
    n = analyze(FORMATS / "no_measures.txt")
    assert n.measures == () and not [c for c in n.clauses if c.kind in ("section", "measure")]
    assert [c.doc_number for c in n.metadata.cites] == ["国办发〔2023〕27号"]


def test_chinese_numeral_date_and_signature(tmp_path):
    """The 落款 date may be written in Chinese numerals (二〇二四年二月五日)."""
    from pipeline import analyze
    letter = tmp_path / "letter.txt"
    letter.write_text("某县人民政府办公室关于做好某项工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n"
                      "某县人民政府办公室\n二〇二四年二月五日\n", encoding="utf-8")
    m = analyze(letter).metadata
    assert m.date == "2024-02-05"
    assert m.issuer == "某县人民政府办公室"
