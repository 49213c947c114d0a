"""The diff as an Excel workbook an analyst can filter and annotate.

Sheets: 对齐 (one row per alignment), 差异 (one row per divergence), 子文件措施 and
上级文件措施 (one row per measure with its units, deadlines and targets). Each
has a frozen header row and set column widths.

Cells are written as plain strings: a clause text that starts with ``=`` stays
text and is never evaluated as a formula, and control characters Excel refuses
are dropped.

>>> write_diff_xlsx(diff_notices(child, parent), "outputs/000-vs-003.xlsx")
"""
from __future__ import annotations

from os import PathLike

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from pipeline.model import Clause, Diff, Notice
from pipeline.output.labels import DIVERGENCE_LABELS, deadline_str, target_str, unit_str, value_str

__all__ = ["write_diff_xlsx", "SHEETS"]

SHEETS = ("对齐", "差异", "子文件措施", "上级文件措施")

# (header, width in characters); widths sized for Chinese text, which Excel counts as ~2 per glyph
_ALIGN_COLS = (("子文件条款", 14), ("子文件标题", 30), ("上级条款", 14), ("上级标题", 30),
               ("相似度", 9), ("依据", 40))
_DIV_COLS = (("类型", 14), ("代码", 20), ("子文件条款", 14), ("上级条款", 14),
             ("子文件值", 24), ("上级值", 24), ("说明", 60))
_MEASURE_COLS = (("条款", 14), ("类型", 10), ("标题", 30), ("文本", 80), ("牵头单位", 30),
                 ("责任单位", 40), ("时限", 30), ("指标", 30), ("约束强度", 12))


def write_diff_xlsx(diff: Diff, path: str | PathLike) -> None:
    """Write the four sheets of ``diff`` to ``path`` (an .xlsx file, overwritten)."""
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, "对齐", _ALIGN_COLS, (
        (a.child, _title(diff.child, a.child), a.parent, _title(diff.parent, a.parent), round(a.score, 4),
         "、".join(a.evidence)) for a in diff.alignments))
    _sheet(wb, "差异", _DIV_COLS, (
        (DIVERGENCE_LABELS.get(d.type, d.type), d.type, d.child, d.parent, value_str(d.child_value),
         value_str(d.parent_value), d.explanation) for d in diff.divergences))
    _sheet(wb, "子文件措施", _MEASURE_COLS, map(_measure_row, diff.child.measures))
    _sheet(wb, "上级文件措施", _MEASURE_COLS, map(_measure_row, diff.parent.measures))
    wb.save(path)


def _measure_row(c: Clause) -> tuple:
    return (c.id, c.kind, c.title, c.text, "、".join(map(unit_str, c.lead_units)),
            "、".join(map(unit_str, c.responsible_units)), "；".join(map(deadline_str, c.deadlines)),
            "；".join(map(target_str, c.targets)), c.obligation)


def _title(notice: Notice, clause_id: str) -> str | None:
    try:
        c = notice.clause(clause_id)
    except KeyError:
        return None
    return c.title or c.text[:40]


def _sheet(wb: Workbook, name: str, cols, rows) -> None:
    ws = wb.create_sheet(name)
    ws.append([h for h, _ in cols])
    for row in rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"   # openpyxl turns a leading "=" into a formula otherwise
    ws.freeze_panes = "A2"
    for i, (_, width) in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
