"""parse(Text) -> Notice: the clause tree and the notice's metadata.

Clauses come from numbered lines (一、 / （一） / 1. / （1） / ①, schemes in
``corpora/lexicons/numbering.json``; ``numbering``, ``tree``) and from
task-list tables (one clause per row, id from the row's own numbering,
``一/1/（1）``; ``tables``). Lines before the first numbered clause are the
header (``metadata``) and the preamble; 落款, 主办, 抄送, 印发 lines are the
closing and never a measure (``assemble``).

Which clauses are measures (``assemble``): a clause of the outermost rank, or
one with numbered children, is a ``section`` (一、总体要求); a clause of item
rank (（1）, ①) inside a measure is an ``item``, a part of its measure; every
other numbered clause is a ``measure``.

>>> from pipeline.ingest import ingest
>>> from pipeline.normalize import normalize
>>> notice = parse(normalize(ingest("corpora/notices/003_b9bae5fd1a95c124.txt")))
>>> [c.id for c in notice.measures][:3]
['一/（一）', '一/（二）', '一/（三）']
"""
from __future__ import annotations

from extractors.lexicon import Lexicon
from pipeline.model import ClauseKind, Notice, Text
from pipeline.parse.assemble import assemble
from pipeline.parse.metadata import read_metadata
from pipeline.parse.rules import parse_rules
from pipeline.parse.tables import read_table
from pipeline.parse.tree import TreeBuilder

__all__ = ["parse"]


def parse(text: Text, lexicon: Lexicon | None = None) -> Notice:
    """Metadata and clause tree of a normalized notice (no extraction yet)."""
    builder = TreeBuilder(text, parse_rules(lexicon), read_table)
    builder.run()
    clauses = assemble(builder)
    first_body = min((c.start for c in clauses if c.kind not in (ClauseKind.PREAMBLE, ClauseKind.CLOSING)),
                     default=len(text.text))
    metadata = read_metadata(text, header_end=first_body, lexicon=lexicon)
    return Notice(text=text, metadata=metadata, clauses=clauses)
