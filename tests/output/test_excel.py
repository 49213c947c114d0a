from __future__ import annotations

from dataclasses import replace

from openpyxl import load_workbook

from pipeline.output.excel import SHEETS, write_diff_xlsx


def test_sheets_rows_and_layout(any_diff, tmp_path):
    out = tmp_path / "diff.xlsx"
    write_diff_xlsx(any_diff, out)
    wb = load_workbook(out)
    assert tuple(wb.sheetnames) == SHEETS == ("对齐", "差异", "子文件措施", "上级文件措施")
    expected = {"对齐": len(any_diff.alignments), "差异": len(any_diff.divergences),
                "子文件措施": len(any_diff.child.measures), "上级文件措施": len(any_diff.parent.measures)}
    for name, n in expected.items():
        ws = wb[name]
        assert ws.max_row == n + 1, name           # header + one row each
        assert ws.freeze_panes == "A2"
        assert ws.column_dimensions["A"].width >= 10
    ids = [r[0] for r in wb["上级文件措施"].iter_rows(min_row=2, values_only=True)]
    assert ids == [c.id for c in any_diff.parent.measures]
    assert [r[1] for r in wb["差异"].iter_rows(min_row=2, values_only=True)] == [d.type for d in any_diff.divergences]


def test_measure_row_holds_units_deadlines_targets(hand_diff, tmp_path):
    out = tmp_path / "diff.xlsx"
    write_diff_xlsx(hand_diff, out)
    ws = load_workbook(out)["子文件措施"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "二/（二）")))
    assert "2024-06-30（2024年6月前）" in row["时限"]
    assert ">=30学时" in row["指标"] and ">=60学时" in row["指标"]
    assert "[司法行政部门]" in (row["责任单位"] or "") + (row["牵头单位"] or "")


def test_text_that_looks_like_a_formula_stays_text(hand_diff, tmp_path):
    c = hand_diff.child.measures[0]
    child = replace(hand_diff.child, clauses=tuple(
        replace(x, text='=HYPERLINK("http://x","点击")\x07') if x.id == c.id else x for x in hand_diff.child.clauses))
    out = tmp_path / "diff.xlsx"
    write_diff_xlsx(replace(hand_diff, child=child), out)
    cell = load_workbook(out)["子文件措施"]["D2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x","点击")'
