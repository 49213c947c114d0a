"""parse(Text) -> Notice: the clause tree and the notice's metadata.

Clauses come from numbered lines and inline runs (schemes in
``corpora/lexicons/numbering.json``: 一、 （一） 1. 1、 （1） ① 第一章 第一节 第一条
第一部分, inline 一是/其一; ``numbering``, ``lines``, ``tree``) and from task-list
tables (one clause per row, ``tables``). A scheme's rank is the order it first
appears in the notice, so 一、/1./（1） and 一、/（一）/1. both nest, any scheme may
restart under each parent, and a number out of sequence is just the next sibling.
Ids are numbering paths (``二/（三）``, ``一/1/（1）``); an article (第五条) runs through
the plan and is its own id. Lines before the first numbered clause are the header
(``metadata``) and the preamble; 落款, 主办, 抄送, 印发 lines are the closing.

Which clauses are measures is decided by content, not depth (``assemble``):

* a clause of the outermost rank is a ``section`` (一、总体要求);
* a clause with numbered children that only names a topic is a heading, a
  ``section``, and its children are read by the same rule;
* a clause that states duties — text past its run-in title, or its units
  (牵头单位：…, shared by its items on a last line) — is a ``measure``; the
  numbered clauses inside it are its parts (``item``), reachable by ``parent_id``,
  and the measure's text runs over them, so their units, dates and targets are the
  measure's; a leaf below the outermost rank is a ``measure``.

Sections of one notice may differ: here 二、's （一） is a heading whose ① items are
measures, 三、's （一） a measure whose items are its parts.

>>> from pipeline.model import RawDoc
>>> from pipeline.normalize import normalize
>>> notice = parse(normalize(RawDoc(path="x.txt", format="txt", sha256="0" * 64, text=(
...     "二、规范执法\\n（一）规范执法行为\\n①开展专项整治。2024年底前完成问题排查。\\n"
...     "②规范涉企检查。每年不超过2次。\\n三、强化监督\\n（一）强化政治能力建设\\n"
...     "1．坚持把习近平法治思想作为必修课。\\n2．每年组织专题学习。\\n牵头单位：县司法局"))))
>>> [(c.id, c.kind.value) for c in notice.clauses]  # doctest: +NORMALIZE_WHITESPACE
[('二', 'section'), ('二/（一）', 'section'), ('二/（一）/①', 'measure'), ('二/（一）/②', 'measure'),
 ('三', 'section'), ('三/（一）', 'measure'), ('三/（一）/1', 'item'), ('三/（一）/2', 'item')]
>>> notice.clause("三/（一）").text.endswith("牵头单位：县司法局")
True

A seed, end to end:

>>> from pipeline.ingest import ingest
>>> notice = parse(normalize(ingest("corpora/notices/003_b9bae5fd1a95c124.txt")))
>>> [c.id for c in notice.measures][:3]
['一/（一）', '一/（二）', '一/（三）']
"""
from __future__ import annotations

from extractors.lexicon import Lexicon
from pipeline.model import ClauseKind, Notice, Text
from pipeline.parse.assemble import assemble
from pipeline.parse.lines import read_lines
from pipeline.parse.metadata import read_metadata
from pipeline.parse.rules import parse_rules
from pipeline.parse.tables import read_table
from pipeline.parse.tree import TreeBuilder

__all__ = ["parse"]


def parse(text: Text, lexicon: Lexicon | None = None) -> Notice:
    """Metadata and clause tree of a normalized notice (no extraction yet)."""
    builder = TreeBuilder(text, parse_rules(lexicon), read_table)
    read_lines(builder)
    clauses = assemble(builder)
    first_body = min((c.start for c in clauses if c.kind not in (ClauseKind.PREAMBLE, ClauseKind.CLOSING)),
                     default=len(text.text))
    metadata = read_metadata(text, header_end=first_body, lexicon=lexicon)
    return Notice(text=text, metadata=metadata, clauses=clauses)
