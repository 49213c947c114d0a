"""Lines into clauses: a numbered line opens one, an inline run (一是…；二是…) splits its
paragraph into clauses one rank deeper (and may go on in the next paragraph), a units
line (牵头单位：…) after numbered items that name none belongs to their parent, other
lines extend the innermost open clause; 附件 starts an attachment, 落款/抄送/印发 lines
after the body are the closing.

>>> from pipeline.model import RawDoc
>>> from pipeline.normalize import normalize
>>> from pipeline.parse.rules import parse_rules
>>> from pipeline.parse.tables import read_table
>>> text = normalize(RawDoc(path="x.txt", format="txt", sha256="0" * 64,
...                         text="一、任务\\n（一）强化素质。一是加强培训；二是严格管理。"))
>>> b = TreeBuilder(text, parse_rules(None), read_table)
>>> read_lines(b)
>>> sorted(b.done)
['一', '一/（一）', '一/（一）/一是', '一/（一）/二是']
"""
from __future__ import annotations

from pipeline.parse.numbering import inline_markers, match_marker, past_title, run_member, title_of
from pipeline.parse.tree import TreeBuilder

__all__ = ["read_lines"]


def read_lines(b: TreeBuilder) -> None:
    """Read every line and table of ``b.text`` into ``b``."""
    tables = {t.start: t for t in b.text.tables}
    pos, text = 0, b.text.text
    while pos <= len(text):
        if pos in tables:
            b.close_all()
            b.read_table(b, tables[pos])
            b.in_body = True
            pos = tables[pos].end + 1
            continue
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end > pos:
            following = text.find("\n", end + 1)
            _paragraph(b, pos, end, text[pos:end], text[end + 1:following if following > 0 else len(text)])
        pos = end + 1
    b.close_all()


def _paragraph(b: TreeBuilder, s: int, e: int, line: str, then: str) -> None:
    """A line, split at an inline run (一是…二是…) into the lead-in and one clause per member;
    a run may go on in the next paragraph (二是… opening it)."""
    run = []
    if b.in_body and b.inline_run:
        run = inline_markers(line, b.r, after=b.inline_run)
    if b.in_body and not run:
        run = inline_markers(line, b.r, then=then)
    b.inline_run = (run[-1][1]["name"], run_member(run[-1][2])) if run else None
    if not run:
        _line(b, s, e, line)
        return
    cuts = [at for at, _, _ in run] + [len(line)]
    if cuts[0] > 0:
        _line(b, s, s + cuts[0], line[:cuts[0]])
    for (at, scheme, number), stop in zip(run, cuts[1:]):
        piece = line[at:stop]
        b.open_clause(scheme, number, number, s + at, s + stop, title_of(piece, number, b.r["title_max"]))
        b.open[-1].duty = True


def _line(b: TreeBuilder, s: int, e: int, line: str) -> None:
    r = b.r
    att = r["attachment"].match(line)
    if att:
        b.close_all()
        if b.done:
            b.prefix = ["附件" + att.group("num")]
        b.in_body = False
        return
    marker = match_marker(line, r)
    if marker:
        scheme, number, component = marker
        b.open_clause(scheme, number, component, s, e, title_of(line, number, r["title_max"]))
        rest = past_title(line, number, r["title_max"])
        b.open[-1].has_units = bool(r["units_cue"].search(rest))
        b.open[-1].duty = len(rest) >= r["duty_min_chars"] or b.open[-1].has_units
        return
    signature = r["issuer_line"].match(line) and not line.endswith("文件")
    if b.in_body and (b.closing or r["closing"].match(line) or signature):
        b.closing.append((s, e))
        return
    if r["units_line"].match(line) and len(b.open) >= 2 and b.open[-2].rank > 1 \
            and not b.open[-1].has_units and not b.open[-2].kid_units:
        b.close()          # units shared by items that name none: their parent's, not the last item's
    if b.open:
        top = b.open[-1]
        top.end = e
        top.has_units = top.has_units or bool(r["units_cue"].search(line))
        top.duty = top.duty or top.has_units or len(line) >= r["duty_min_chars"]
    elif not b.in_body:
        b.pre_lines.append((s, e, line))
