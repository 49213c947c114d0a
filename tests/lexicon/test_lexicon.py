"""The rule tables: validated when loaded (a broken table names its file and row), passed to
the stages rather than read from globals, one source for each rule (issue "One house")."""
from __future__ import annotations

import itertools
import json
import shutil

import pytest

from extractors.lexicon import Lexicon, LexiconError
from extractors.spans import Strength
from pipeline import analyze
from tests.conftest import ROOT, SEEDS

BUNDLED = ROOT / "corpora" / "lexicons"


@pytest.fixture
def copy(tmp_path):
    """A writable copy of the bundled lexicon directory."""
    target = tmp_path / "lexicons"
    shutil.copytree(BUNDLED, target)
    return target


def test_bundled_lexicon_loads_and_declares_every_file():
    lex = Lexicon.bundled()
    declared = set(json.loads((BUNDLED / "schema.json").read_text())["files"])
    assert declared == {p.name for p in BUNDLED.glob("*.*")} - {"schema.json"}
    assert lex.table("roles") and lex.json("numbering")["schemes"]


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("file,old,new,words", [
    ("roles.tsv", "{P}司法所\t司法所", "{P}司法所(\t司法所", ["roles.tsv", "line", "pattern", "does not compile"]),
    ("roles.tsv", "{P}司法所\t司法所", "{P}司法所\t司法所\textra", ["roles.tsv", "line", "cells"]),
    ("numbering.json", '"item_rank"', '"item_rankk"', ["numbering.json", "unknown key 'item_rankk'"]),
    ("numbering.json", '"item_rank": 4', '"item_rank": "four"', ["numbering.json", "item_rank", "number"]),
    ("units.json", '"max_name": 30', '"max_name": true', ["units.json", "max_name", "expected int"]),
    ("modal_cues.tsv", "cue\tstrength", "cue\tstrengths", ["modal_cues.tsv", "header", "columns"]),
    ("deadlines.json", '"kind": "day", "pattern": "', '"kind": "day", "pattern": "(?P<x', ["deadlines.json", "patterns[0]"]),
])
def test_a_broken_table_names_its_file_and_row(copy, file, old, new, words):
    _edit(copy / file, old, new)
    with pytest.raises(LexiconError) as info:
        Lexicon(copy)
    assert all(w in str(info.value) for w in words), str(info.value)


def test_an_undeclared_file_is_refused(copy):
    (copy / "extra_rules.json").write_text("{}", encoding="utf-8")
    with pytest.raises(LexiconError, match="not declared in schema.json"):
        Lexicon(copy)


def test_a_local_overlay_without_its_table_is_refused(copy):
    (copy / "local" / "nowhere.tsv").write_text("a\tneeded_by\nx\ty\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="overlays no table"):
        Lexicon(copy)


def test_local_rows_join_their_table_and_say_who_needs_them():
    base = (BUNDLED / "taiwan_vocabulary.tsv").read_text(encoding="utf-8")
    local = (BUNDLED / "local" / "taiwan_vocabulary.tsv").read_text(encoding="utf-8")
    words = {r["taiwan"] for r in Lexicon.bundled().table("taiwan_vocabulary")}
    for line in local.splitlines()[3:]:
        word, *_, needed_by = line.split("\t")
        assert word in words and f"\n{word}\t" not in base and needed_by.strip()


def test_a_lexicon_passed_in_is_the_one_used(copy):
    """The stages read the lexicon they are given, not a module global: a role row added to a
    copy changes that analysis only."""
    with (copy / "roles.tsv").open("a", encoding="utf-8") as f:
        f.write("{P}司法(?:局|厅|部)\t法治部门\n")
    _edit(copy / "roles.tsv", "{P}司法(?:局|厅|部)\t司法行政部门\n", "")
    custom = analyze(SEEDS["000"], lexicon=Lexicon(copy))
    bundled = analyze(SEEDS["000"])
    roles = lambda n: {u.role for c in n.clauses for u in (*c.lead_units, *c.responsible_units) if "司法局" in u.name}
    assert roles(custom) == {"法治部门"} and roles(bundled) == {"司法行政部门"}


def test_strengths_enum_matches_the_table():
    assert tuple(s.value for s in Strength) == tuple(Lexicon.bundled().json("obligation")["strengths"])


def _entry_sets(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Every list, object and table of the lexicon as the set of entries it states."""
    out: dict[str, frozenset[str]] = {}
    schema = json.loads((BUNDLED / "schema.json").read_text())["files"]

    def walk(where: str, value) -> None:
        if isinstance(value, dict):
            keys = [k for k in value if not (k.startswith("_") or k.endswith("_doc"))]
            if len(keys) >= 3:
                out[where] = frozenset(keys)
            for k in keys:
                walk(f"{where}.{k}", value[k])
        elif isinstance(value, list) and len(value) >= 3 and all(isinstance(v, str) for v in value):
            out[where] = frozenset(value)
    for name, spec in schema.items():
        stem = name.rsplit(".", 1)[0]
        if "columns" in spec:
            first = next(iter(spec["columns"])).rstrip("?")
            out[name] = frozenset(r[first] for r in lex.table(stem))
        elif "keys" in spec:
            walk(name, lex.json(stem))
    return out


#: pairs that share words but state different rules, and why
NOT_TWINS = {
    ("numbering.json.closing_labels", "units.json.labels"):
        "版记 labels that open the closing (主送, 抄送 …) vs labels that head a list of units (牵头单位, 主办 …)",
}


def test_no_two_tables_restate_each_other():
    """A drift guard: two lists or tables sharing most of their entries are one rule kept twice."""
    sets = _entry_sets(Lexicon.bundled())
    twins = [(a, b, sorted(sa & sb)[:5]) for (a, sa), (b, sb) in itertools.combinations(sets.items(), 2)
             if len(sa & sb) >= 3 and len(sa & sb) >= 0.5 * min(len(sa), len(sb))
             and (a, b) not in NOT_TWINS and (b, a) not in NOT_TWINS]
    assert twins == [], twins
