"""Rules are data, and a row should serve layouts, not one notice: every numbering scheme,
table header word or keyword and page/column pattern must be exercised by at least two
documents of the seeds and the layout zoo, or say which one document it exists for
(``needed_by``)."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import pytest

from extractors.lexicon import Lexicon
from pipeline.ingest import ingest
from pipeline.normalize import normalize
from pipeline.parse.numbering import inline_markers
from pipeline.parse.rules import parse_rules
from pipeline.parse.tables import column_role
from tests.conftest import ROOT, SEEDS

DOCUMENTS = sorted(SEEDS.values()) + sorted((ROOT / "tests" / "fixtures" / "zoo").glob("[0-9][0-9]_*.*"))


def _rows() -> dict[str, dict]:
    lex = Lexicon.bundled()
    rows = {f"numbering.json scheme {s['name']}": s for s in lex.json("numbering")["schemes"]}
    tables = lex.json("tables")
    rows |= {f"tables.json header word {w['header']}": w for w in tables["header_words"]}
    rows |= {f"tables.json keyword {k['pattern']}": k for k in tables["column_keywords"]}
    rows |= {f"normalize.json page number {p['pattern']}": p for p in lex.json("normalize")["page_number_lines"]}
    rows |= {f"layout.json columns {k}": {} for k in ("pipe_row", "space_gap")}
    return rows


@lru_cache(maxsize=1)
def usage() -> dict[str, set[str]]:
    """Row name -> the documents that exercise it."""
    r, lex = parse_rules(None), Lexicon.bundled()
    used: dict[str, set[str]] = defaultdict(set)
    columns = lex.json("layout")["columns"]
    for path in DOCUMENTS:
        raw = ingest(path)
        text = normalize(raw)
        lines = text.text.split("\n")
        for s in r["schemes"]:
            if any(s["rx"].match(ln) for ln in lines):
                used[f"numbering.json scheme {s['name']}"].add(path.name)
        for ln, then in zip(lines, lines[1:] + [""]):
            for _, scheme, _ in inline_markers(ln, r, then=then)[:1]:
                used[f"numbering.json scheme {scheme['name']}"].add(path.name)
        raw_lines = [ln.strip() for ln in raw.text.split("\n")]
        for p in lex.json("normalize")["page_number_lines"]:
            if any(re.match(p["pattern"], ln) for ln in raw_lines):
                used[f"normalize.json page number {p['pattern']}"].add(path.name)
        for key in ("pipe_row", "space_gap"):
            if sum(bool(re.search(columns[key], ln)) for ln in raw_lines) >= columns["min_rows"]:
                used[f"layout.json columns {key}"].add(path.name)
        for table in text.tables:
            for row in table.rows[:3]:
                for cell in row:
                    header = "".join(text.text[cell.start:cell.end].split())
                    if not header or len(header) > r["header_max_chars"] or column_role(header, r) is None:
                        continue
                    if header in r["header_roles"]:
                        used[f"tables.json header word {header}"].add(path.name)
                    else:
                        rx = next(rx for rx, _ in r["column_keywords"] if rx.search(header))
                        used[f"tables.json keyword {rx.pattern}"].add(path.name)
    return used


@pytest.mark.parametrize("name", sorted(_rows()))
def test_a_row_serves_two_documents_or_names_its_one(name):
    row, users = _rows()[name], usage().get(name, set())
    if row.get("needed_by"):
        assert len(users) <= 1, f"{name} now serves {sorted(users)}: drop its needed_by"
    else:
        assert len(users) >= 2, f"{name} is exercised by {sorted(users) or 'no document'}: " \
                                f"generalize it or say which document needs it (needed_by)"
