"""Plain-text views for the terminal: the clause table of ``extract --format table`` and ``diff --format text``."""
from __future__ import annotations

from collections import defaultdict

from pipeline.model import Diff, Notice
from pipeline.output.labels import target_str, unit_str


def clause_table(notice: Notice) -> str:
    m = notice.metadata
    region = "".join(x for x in (m.region.province, m.region.city, m.region.county) if x)
    out = [
        f"{notice.path}",
        f"  标题 {m.title or '—'}",
        f"  文号 {m.doc_number or '—'}   发文机关 {m.issuer or '—'}   日期 {m.date or '—'}",
        f"  层级 {m.level or '—'}   地区 {region or '—'}   措施 {len(notice.measures)} 条",
        "  引用 " + ("；".join(c.doc_number or f"《{c.title}》" for c in m.cites) or "—"),
        "",
    ]
    for c in notice.clauses:
        indent = "  " * c.depth
        head = f"{indent}{c.id:<14} {c.kind:<9} {(c.title or c.text[:30]).replace(chr(9), ' ')}"
        out.append(head)
        facts = []
        if c.lead_units:
            facts.append("牵头 " + "、".join(map(unit_str, c.lead_units)))
        if c.responsible_units:
            facts.append("责任 " + "、".join(map(unit_str, c.responsible_units)))
        if c.deadlines:
            facts.append("时限 " + "、".join(d.date or d.recurrence or d.text for d in c.deadlines))
        if c.targets:
            facts.append("指标 " + "、".join(map(target_str, c.targets)))
        if c.obligation:
            facts.append(f"强度 {c.obligation}")
        for f in facts:
            out.append(f"{indent}{'':<15}{f}")
    return "\n".join(out)


def diff_text(diff: Diff) -> str:
    """A readable summary grouped by divergence type, each with both sides."""
    c, p = diff.child, diff.parent
    out = [f"child : {c.metadata.title} {c.metadata.doc_number or ''} ({c.metadata.level})",
           f"parent: {p.metadata.title} {p.metadata.doc_number or ''} ({p.metadata.level})",
           f"{len(diff.alignments)} alignments, {len(diff.divergences)} divergences", ""]
    groups = defaultdict(list)
    for d in diff.divergences:
        groups[d.type].append(d)
    for kind, items in groups.items():
        out.append(f"== {kind} ({len(items)})")
        for d in items:
            out.append(f"  {d.child or '—':<12} ↔ {d.parent or '—':<12} {d.explanation}")
        out.append("")
    if diff.patterns:
        out.append(f"== patterns ({len(diff.patterns)})")
        out += [f"  {p.pattern}: {p.explanation}（{'、'.join(p.measures)}）" for p in diff.patterns]
        out.append("")
    out.append("== alignments")
    for a in diff.alignments:
        out.append(f"  {a.child:<12} → {a.parent:<12} {a.score:.2f}  {'、'.join(a.evidence[:5])}")
    return "\n".join(out) + "\n"
