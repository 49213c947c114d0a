"""Documents a clause cites: 《title》, 发文字号, and the issuer.

>>> [(c.issuer, c.title, c.doc_number) for c in get_citations("山东省人民政府办公厅《关于印发山东省提升行政执法质量若干措施的通知》（鲁政办字[2024]9号）")]
[('山东省人民政府办公厅', '关于印发山东省提升行政执法质量若干措施的通知', '鲁政办字〔2024〕9号')]

Forms: ``issuer《title》（文号）``, ``《title》（文号）``, ``《title》`` alone,
``文号`` alone. Year brackets 〔〕［］[]()（）【】 become 〔〕; an inner
``<…>`` in a title becomes ``〈…〉``. Titles of forms (《行政处罚决定书》)
are not citations. Rules: ``corpora/lexicons/citations.json``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.lexicon import Lexicon, rules
from extractors.spans import Citation


def _build(lex: Lexicon) -> dict:
    r = dict(lex.json("citations"))
    r["title_issuer"] = r["title_issuer"].replace("{issuer}", r["issuer"])
    for key in ("title", "doc_number", "prefix_stop", "pair_open", "pair_close", "issuer",
                "issuer_boundary", "title_issuer", "not_a_citation"):
        r[key + "_re"] = re.compile(r[key])
    return r


def normalize_doc_number(s: str, *, lexicon: Lexicon | None = None) -> str:
    """``国办发[2023]27号`` / ``国办发（2023）27号`` / ``国办发 〔2023〕 27 号`` -> ``国办发〔2023〕27号``."""
    s = re.sub(r"\s+", "", s)
    m = rules(lexicon, _build)["doc_number_re"].search(s)
    return f"{m['prefix']}〔{m['year']}〕{int(m['seq'])}号" if m else s


def _doc_numbers(text: str, r: dict, lexicon: Lexicon | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, normalized) of every 文号; the agency prefix stops at a verb or 和 before it."""
    for m in r["doc_number_re"].finditer(text):
        start = m.start()
        stops = list(r["prefix_stop_re"].finditer(text, m.start(), m.start("prefix") + len(m["prefix"])))
        if stops:
            start = stops[-1].end()
        if start < m.start("year") - 1:
            yield start, m.end(), normalize_doc_number(text[start:m.end()], lexicon=lexicon)


def _issuer_before(text: str, pos: int, r: dict) -> tuple[int, str] | None:
    """The issuer written right before 《 at ``pos``: the shortest candidate after a boundary."""
    lo = max(0, pos - r["issuer_window"])
    starts = ([lo] if lo == 0 else []) + [m.end() for m in r["issuer_boundary_re"].finditer(text, lo, pos)]
    for s in sorted(set(starts), reverse=True):
        if s < pos and r["issuer_re"].fullmatch(text, s, pos):
            return s, text[s:pos]
    return None


def get_citations(text: str, *, lexicon: Lexicon | None = None) -> Iterator[Citation]:
    """Citations in ``text``, in order; a 文号 inside a cited title's brackets belongs to that title."""
    r = rules(lexicon, _build)
    numbers = list(_doc_numbers(text, r, lexicon))
    used: set[int] = set()
    found: list[Citation] = []
    for m in r["title_re"].finditer(text):
        title = m["title"].translate(str.maketrans(r["inner_title_brackets"]))
        start, end, doc_number = m.start(), m.end(), None
        opened = r["pair_open_re"].match(text, m.end())
        if opened:
            for i, (s, e, norm) in enumerate(numbers):
                close = r["pair_close_re"].match(text, e) if s == opened.end() else None
                if close:
                    doc_number, end = norm, close.end()
                    used.add(i)
        if doc_number is None and r["not_a_citation_re"].search(title):
            continue
        issuer = _issuer_before(text, m.start(), r)
        if issuer:
            start, issuer = issuer
        else:
            head = r["title_issuer_re"].match(title)
            issuer = head["issuer"] if head else None
        found.append(Citation(start=start, end=end, text=text[start:end], title=title,
                              doc_number=doc_number, issuer=issuer))
    for i, (s, e, norm) in enumerate(numbers):
        if i not in used and not any(c.start <= s < c.end for c in found):
            found.append(Citation(start=s, end=e, text=text[s:e], title=None, doc_number=norm))
    yield from sorted(found, key=lambda c: c.start)
