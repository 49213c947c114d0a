"""Issue #2: every rendition of a seed (DOCX, PDF, HTML, re-encoded TXT) yields the seed's clauses.

Same clause ids, and the same normalized clause texts once whitespace is
removed; for the PDFs of tables, the same ids and rows. Broken inputs raise
their specific error and the CLI exits 2.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

import jsonschema
import pytest

from pipeline import analyze
from tests.conftest import CONTRACT, FORMATS, SEEDS

RENDITIONS = sorted(p.name for p in FORMATS.iterdir()
                    if re.match(r"00\d\.(docx|pdf|html|gbk\.html|gbk\.txt|utf16\.txt|utf8bom\.txt)$", p.name))
BROKEN = {
    "000.scanned.pdf": ("ScannedPDF", "OCR"),
    "001.encrypted.pdf": ("EncryptedPDF", "password"),
    "004.truncated.pdf": ("CorruptFile", "damaged"),
    "broken.docx": ("CorruptFile", "broken.docx"),
    "empty.txt": ("EmptyDocument", "empty.txt"),
}


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def renditions():
    return {name: analyze(FORMATS / name) for name in RENDITIONS}


@pytest.mark.parametrize("name", RENDITIONS)
def test_rendition_has_the_seeds_clauses(seeds, renditions, name):
    seed, got = seeds[name[:3]], renditions[name]
    want = {c.id: _squash(c.text) for c in seed.clauses if c.kind not in ("preamble", "closing")}
    have = {c.id: _squash(c.text) for c in got.clauses if c.kind not in ("preamble", "closing")}
    assert list(have) == list(want)
    differing = [cid for cid in want if have[cid] != want[cid]]
    assert differing == [], [(cid, want[cid][:60], have[cid][:60]) for cid in differing[:3]]


@pytest.mark.parametrize("name", RENDITIONS)
def test_rendition_metadata_matches_seed(seeds, renditions, name):
    a, b = seeds[name[:3]].metadata, renditions[name].metadata
    assert (b.title, b.doc_number, b.date, b.level, b.region) == (a.title, a.doc_number, a.date, a.level, a.region)
    assert [c.doc_number for c in b.cites if c.doc_number] == [c.doc_number for c in a.cites if c.doc_number]


def test_encodings_are_reported(renditions):
    assert renditions["000.gbk.txt"].text.raw.encoding == "gb18030"
    assert renditions["000.utf16.txt"].text.raw.encoding.startswith("utf-16")
    assert renditions["000.utf8bom.txt"].text.raw.encoding == "utf-8-sig"
    assert "\ufeff" not in renditions["000.utf8bom.txt"].text.text


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_input_raises_specific_error(name):
    from pipeline import errors
    kind, words = BROKEN[name]
    with pytest.raises(getattr(errors, kind)) as info:
        analyze(FORMATS / name, ocr="off")   # a scan is bad input only when OCR is off
    assert name in str(info.value) and words.lower() in str(info.value).lower()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_cli_exits_2_on_bad_input_and_writes_nothing(tmp_path, name):
    out = tmp_path / "out.json"
    r = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(FORMATS / name), "--ocr", "off", "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 2, r.stderr
    assert name in r.stderr and not out.exists() and list(tmp_path.iterdir()) == []


def test_cli_unknown_format_and_size_limit(tmp_path):
    fake = tmp_path / "notice.doc"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    r = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(fake)], capture_output=True, text=True)
    assert r.returncode == 2 and "notice.doc" in r.stderr
    r = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(SEEDS["000"]), "--max-size", "0.001"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "--max-size" in r.stderr


def test_every_good_input_validates_against_the_contract(seeds, renditions):
    from pipeline.output import document_json
    schema = json.loads((CONTRACT / "document.schema.json").read_text(encoding="utf-8"))
    for notice in [*seeds.values(), *renditions.values(), analyze(FORMATS / "no_measures.txt")]:
        jsonschema.validate(document_json(notice), schema)


def test_cli_extract_json_validates(tmp_path):
    schema = json.loads((CONTRACT / "document.schema.json").read_text(encoding="utf-8"))
    r = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(SEEDS["003"]), "--format", "json"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, schema)
    assert doc["source"]["script"] == "traditional" and doc["metadata"]["doc_number"] == "鲁政办字〔2024〕9号"
    table = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(SEEDS["000"]), "--format", "table"],
                           capture_output=True, text=True).stdout
    assert "二/（二）" in table and "司法行政部门" in table and "2024-06-30" in table
