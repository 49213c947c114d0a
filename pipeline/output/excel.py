"""The diff as an Excel workbook in the habits of a 分工表 an office circulates.

Sheets: 概览 (both notices, share of parent measures implemented, counts per divergence type,
notice-level patterns),
对照 (parent measure beside the child clause implementing it, score, divergences; a parent measure
nothing implements and a child measure with no parent each get a row of their own), 差异 (one row
per divergence), 分工 (per child measure: 牵头单位, 责任单位, 完成时限, 指标). Every sheet has a
frozen header row, set column widths, wrapped text and an autofilter.

Cells holding document text are text cells in a text-formatted column: a clause that starts with
``=``, ``+``, ``-`` or ``@`` is shown as written and never evaluated as a formula; control
characters Excel refuses are dropped.

>>> import os, tempfile
>>> from openpyxl import load_workbook
>>> from pipeline import analyze
>>> from pipeline.model import Diff
>>> n = analyze("corpora/notices/003_b9bae5fd1a95c124.txt")
>>> path = os.path.join(tempfile.mkdtemp(), "self.xlsx")
>>> write_diff_xlsx(Diff(n, n, (), ()), path)
>>> load_workbook(path).sheetnames
['概览', '对照', '差异', '分工']
"""
from __future__ import annotations

from collections import Counter, defaultdict
from os import PathLike

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from pipeline.model import Diff, Notice
from pipeline.output.figures import implemented_share
from pipeline.output.html_blocks import region_str
from pipeline.output.labels import (DIVERGENCE_LABELS, LEVEL_LABELS, PATTERN_LABELS, deadline_str, target_str,
                                    value_str)

__all__ = ["write_diff_xlsx", "SHEETS"]

SHEETS = ("概览", "对照", "差异", "分工")

# (header, width in characters); Excel counts a CJK glyph as about two, so text columns are wide
_OVERVIEW_COLS = (("项目", 16), ("子文件", 50), ("上级文件", 50))
_PAIR_COLS = (("上级条款", 12), ("上级措施", 60), ("子文件条款", 12), ("子文件措施", 60), ("相似度", 9),
              ("差异", 40))
_DIV_COLS = (("差异类型", 14), ("代码", 20), ("子文件条款", 12), ("上级条款", 12), ("子文件值", 30),
             ("上级值", 30), ("说明", 60))
_TASK_COLS = (("条款", 12), ("措施", 60), ("牵头单位", 30), ("责任单位", 40), ("完成时限", 30), ("指标", 30))

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F2")
_WRAP = Alignment(wrap_text=True, vertical="top")


def write_diff_xlsx(diff: Diff, path: str | PathLike) -> None:
    """Write the four sheets of ``diff`` to ``path`` (an .xlsx file, overwritten)."""
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, "概览", _OVERVIEW_COLS, _overview(diff))
    _sheet(wb, "对照", _PAIR_COLS, _pairs(diff))
    _sheet(wb, "差异", _DIV_COLS, (
        (DIVERGENCE_LABELS.get(d.type, str(d.type)), str(d.type), d.child, d.parent, value_str(d.child_value),
         value_str(d.parent_value), d.explanation) for d in diff.divergences))
    _sheet(wb, "分工", _TASK_COLS, (
        (c.id, c.text, "、".join(u.name for u in c.lead_units), "、".join(u.name for u in c.responsible_units),
         "；".join(map(deadline_str, c.deadlines)), "；".join(map(target_str, c.targets)))
        for c in diff.child.measures))
    wb.save(path)


def _overview(diff: Diff):
    def card(n: Notice) -> list:
        m = n.metadata
        return [m.title, m.doc_number, m.issuer, m.date, LEVEL_LABELS.get(m.level, m.level),
                region_str(m.region.province, m.region.city, m.region.county), len(n.measures), n.path]
    names = ("标题", "文号", "发文机关", "日期", "层级", "地区", "措施数", "文件")
    yield from zip(names, card(diff.child), card(diff.parent))
    share = implemented_share([c.id for c in diff.parent.measures], [a.parent for a in diff.alignments])
    yield ("上级措施落实率", None if share is None else f"{share:.0%}", None)
    yield ("对齐", len(diff.alignments), None)
    yield ("差异", len(diff.divergences), None)
    for kind, n in Counter(d.type for d in diff.divergences).most_common():
        yield (f"差异：{DIVERGENCE_LABELS.get(kind, str(kind))}", n, None)
    for p in dict.fromkeys(getattr(diff, "patterns", ())):      # notice-level, each once
        yield (f"规律：{PATTERN_LABELS.get(p.pattern, p.pattern)}", p.explanation, "、".join(p.measures))


def _pairs(diff: Diff):
    """Parent measures in order, each with its aligned child clauses; then child measures without a parent."""
    child, parent = diff.child, diff.parent
    by_parent = defaultdict(list)
    for a in diff.alignments:
        by_parent[a.parent].append(a)
    on_pair = defaultdict(list)
    for d in diff.divergences:
        on_pair[(d.child, d.parent)].append(DIVERGENCE_LABELS.get(d.type, str(d.type)))
    for p in parent.measures:
        if not by_parent.get(p.id):
            yield (p.id, p.text, None, None, None, "、".join(on_pair.get((None, p.id), ())) or "子文件未落实")
        for a in sorted(by_parent.get(p.id, ()), key=lambda a: -a.score):
            yield (p.id, p.text, a.child, _text(child, a.child), round(a.score, 4),
                   "、".join(on_pair.get((a.child, a.parent), ())))
    aligned = {a.child for a in diff.alignments}
    for c in child.measures:
        if c.id not in aligned:
            yield (None, None, c.id, c.text, None, "、".join(on_pair.get((c.id, None), ())) or "上级无对应措施")


def _text(notice: Notice, clause_id: str) -> str | None:
    try:
        return notice.clause(clause_id).text
    except KeyError:
        return None


def _sheet(wb: Workbook, name: str, cols, rows) -> None:
    ws = wb.create_sheet(name)
    ws.append([h for h, _ in cols])
    for cell in ws[1]:
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
    for row in rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
        for cell in ws[ws.max_row]:
            cell.alignment = _WRAP
            if isinstance(cell.value, str):
                cell.data_type = "s"        # openpyxl turns a leading "=" into a formula otherwise
                cell.number_format = "@"    # and Excel keeps an edited cell text too
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{ws.max_row}"
    for i, (_, width) in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
