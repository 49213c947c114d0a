from __future__ import annotations

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.output.excel import SHEETS, write_diff_xlsx
from tests.conftest import SEEDS


@pytest.fixture
def workbook(any_diff, tmp_path):
    out = tmp_path / "diff.xlsx"
    write_diff_xlsx(any_diff, out)
    return load_workbook(out)


def _rows(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_sheets_in_fengong_habits(workbook):
    assert tuple(workbook.sheetnames) == SHEETS == ("概览", "对照", "差异", "分工")
    for ws in workbook.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}", ws.title
        assert ws.column_dimensions["A"].width >= 12 and ws["A1"].font.b
        assert all(c.alignment.wrap_text for row in ws.iter_rows(min_row=2) for c in row), ws.title


def test_overview_states_both_notices_share_and_counts(hand_diff, tmp_path):
    write_diff_xlsx(hand_diff, tmp_path / "d.xlsx")
    rows = {r[0]: r[1:] for r in load_workbook(tmp_path / "d.xlsx")["概览"].iter_rows(min_row=2, values_only=True)}
    assert rows["文号"] == ("金政办字〔2024〕6号", "鲁政办字〔2024〕9号")
    assert rows["层级"] == ("县级", "省级")
    assert rows["上级措施落实率"][0] == "17%"
    assert rows["差异"][0] == 5 and rows["差异：时限推后"][0] == 1
    assert not any(k.startswith("规律") for k in rows)          # the hand diff has no pattern


def test_overview_lists_each_pattern_once(hand_diff, tmp_path):
    from pipeline.model import Pattern, Slot
    cascade = Pattern("cascade", "乡镇街道", Slot.RESPONSIBLE, ("二/（一）", "二/（二）"), "多条措施增加乡镇街道")
    write_diff_xlsx(replace(hand_diff, patterns=(cascade, cascade)), tmp_path / "d.xlsx")
    rows = [r for r in load_workbook(tmp_path / "d.xlsx")["概览"].iter_rows(min_row=2, values_only=True)
            if r[0].startswith("规律")]
    assert rows == [("规律：逐级下压到下级单位", "多条措施增加乡镇街道", "二/（一）、二/（二）")]


def test_pairs_sheet_covers_every_parent_measure_and_unaligned_child(any_diff, workbook):
    rows = _rows(workbook["对照"])
    parents = [c.id for c in any_diff.parent.measures]
    assert list(dict.fromkeys(r["上级条款"] for r in rows if r["上级条款"])) == parents
    aligned = {a.child for a in any_diff.alignments}
    assert [r["子文件条款"] for r in rows if not r["上级条款"]] == [
        c.id for c in any_diff.child.measures if c.id not in aligned]
    pairs = {(r["子文件条款"], r["上级条款"]) for r in rows if r["相似度"] is not None}
    assert pairs == {(a.child, a.parent) for a in any_diff.alignments
                     if a.parent in set(parents)}


def test_divergence_and_task_sheets(any_diff, workbook):
    assert [r["代码"] for r in _rows(workbook["差异"])] == [str(d.type) for d in any_diff.divergences]
    tasks = _rows(workbook["分工"])
    assert [r["条款"] for r in tasks] == [c.id for c in any_diff.child.measures]
    for row, c in zip(tasks, any_diff.child.measures):
        assert (row["牵头单位"] or "") == "、".join(u.name for u in c.lead_units)
        assert (row["责任单位"] or "") == "、".join(u.name for u in c.responsible_units)


def test_task_sheet_holds_deadlines_and_targets(hand_diff, tmp_path):
    write_diff_xlsx(hand_diff, tmp_path / "d.xlsx")
    row = next(r for r in _rows(load_workbook(tmp_path / "d.xlsx")["分工"]) if r["条款"] == "二/（二）")
    assert "2024-06-30（2024年6月前）" in row["完成时限"]
    assert ">=30学时" in row["指标"] and ">=60学时" in row["指标"]


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","点击")\x07', "+1+2", "-1", "@SUM(A1)", "普通文字"])
def test_text_that_looks_like_a_formula_stays_text(hand_diff, tmp_path, text):
    c = hand_diff.child.measures[0]
    child = replace(hand_diff.child, clauses=tuple(
        replace(x, text=text) if x.id == c.id else x for x in hand_diff.child.clauses))
    out = tmp_path / "diff.xlsx"
    write_diff_xlsx(replace(hand_diff, child=child), out)
    cell = load_workbook(out)["分工"]["B2"]
    assert cell.data_type == "s" and cell.value == text.replace("\x07", "") and cell.number_format == "@"


def test_cli_writes_xlsx_and_refuses_without_out(tmp_path, capsys):
    child, parent = str(SEEDS["000"]), str(SEEDS["003"])
    assert main(["diff", child, parent, "--format", "xlsx"]) == 2
    assert "--out" in capsys.readouterr().err
    out = tmp_path / "000-vs-003.xlsx"
    assert main(["diff", child, parent, "--format", "xlsx", "--out", str(out)]) == 0
    assert load_workbook(out).sheetnames == list(SHEETS)
