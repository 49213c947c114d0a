"""One offset space for every span (issue "One house"): a span's offsets are relative to its
clause's start in ``Text.text`` — table-row units read from a 责任分工 cell included — and every
span maps back into the source file (range and, for paged formats, page)."""
from __future__ import annotations

import pytest

from pipeline import analyze
from tests.conftest import FORMATS, SEEDS


@pytest.fixture(scope="module", params=["seeds", "000.pdf", "002.docx"])
def notices(request, seeds):
    return list(seeds.values()) if request.param == "seeds" else [analyze(FORMATS / request.param)]


def test_every_span_indexes_the_normalized_text_from_its_clause(notices):
    checked = 0
    for n in notices:
        for c in n.clauses:
            for s in c.spans():
                assert n.text.text[c.start + s.start:c.start + s.end] == s.text, (n.path, c.id, s)
                checked += 1
    assert checked > 100


def test_table_row_units_share_that_space(seeds):
    rows = [(c, u) for c in seeds["002"].clauses if c.unit_cell for u in c.responsible_units]
    assert rows and any(u.start >= len(c.text) or u.start < 0 for c, u in rows)
    for c, u in rows:
        assert seeds["002"].text.text[c.start + u.start:c.start + u.end] == u.text


def test_every_span_maps_back_to_the_source(notices):
    for n in notices:
        raw = n.text.raw
        for c in n.clauses:
            for s in c.spans():
                (a, b), page = n.source_of(c, s)
                assert 0 <= a <= b <= len(raw.text)
                squeezed = lambda t: "".join(t.split())
                # the source holds the span's characters, modulo the normalizer's own rewrites
                if raw.format == "txt" and n.text.script == "simplified" and s.text.isascii() is False:
                    assert squeezed(raw.text[a:b])[:1] == squeezed(s.text)[:1] or a == b
                assert (page is None) == (not raw.page_starts)


def test_source_span_is_in_the_json(seeds):
    from pipeline.output import document_json
    doc = document_json(seeds["000"])
    spans = [s for c in doc["clauses"] for key in ("lead_units", "deadlines", "targets", "modal_cues") for s in c[key]]
    assert spans and all(len(s["source_span"]) == 2 and "source_page" in s for s in spans)


def test_tables_reach_the_notice_with_their_structure():
    docx = analyze(FORMATS / "000.docx")
    (table,) = docx.tables
    assert table.header_rows >= 1 and all(c.header for c in table.rows[0])
    assert any(c.row_span > 1 for row in table.rows for c in row), "the 目标任务 cell is merged over rows 1–3"
