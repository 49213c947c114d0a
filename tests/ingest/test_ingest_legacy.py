"""Legacy Word (.doc) and WPS (.wps): converted with LibreOffice when present, else exit 2.

A test that needs soffice skips without it, but fails when CI=true.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from pipeline import analyze, errors
from pipeline.ingest import detect_format, ingest, legacy
from tests.conftest import FORMATS


def _need_soffice():
    if legacy.soffice() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("soffice (LibreOffice) is not on PATH, and CI=true requires it")
        pytest.skip("soffice (LibreOffice) is not on PATH")


def test_doc_is_detected_by_magic():
    data = (FORMATS / "001.doc").read_bytes()
    assert detect_format(data, "whatever.bin") == "doc"
    assert detect_format(data, "x.wps") == "wps"


def test_doc_has_the_seeds_clauses(seeds):
    _need_soffice()
    got = analyze(FORMATS / "001.doc")
    want = {c.id: re.sub(r"\s+", "", c.text) for c in seeds["001"].clauses if c.kind not in ("preamble", "closing")}
    have = {c.id: re.sub(r"\s+", "", c.text) for c in got.clauses if c.kind not in ("preamble", "closing")}
    assert list(have) == list(want) and [k for k in want if have[k] != want[k]] == []
    assert got.text.raw.format == "doc"


def test_doc_without_soffice_is_a_typed_error(monkeypatch):
    monkeypatch.setenv("POLICYALIGN_SOFFICE", "")
    with pytest.raises(errors.NeedsConversion) as info:
        ingest(FORMATS / "001.doc")
    assert "convert it to DOCX" in str(info.value) and "001.doc" in str(info.value)


def test_cli_exits_2_without_soffice(tmp_path):
    env = {**os.environ, "POLICYALIGN_SOFFICE": ""}
    r = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(FORMATS / "001.doc")],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 2 and "legacy Word/WPS" in r.stderr


def test_damaged_doc_is_corrupt(tmp_path):
    _need_soffice()
    data = (FORMATS / "001.doc").read_bytes()
    path = tmp_path / "cut.doc"
    path.write_bytes(data[:1536])
    with pytest.raises((errors.CorruptFile, errors.EmptyDocument)):
        ingest(path)


def test_text_named_wps_is_not_sent_to_libreoffice(tmp_path):
    path = tmp_path / "notice.wps"
    path.write_bytes("一、总体要求".encode("gbk") * 20)
    with pytest.raises(errors.CorruptFile) as info:
        ingest(path)
    assert "OLE2" in str(info.value)


def test_excel_in_ole2_is_named(tmp_path):
    # a minimal compound file whose directory names a Workbook stream
    data = bytearray(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(512 - 8))
    data[30:32] = (9).to_bytes(2, "little")          # 512-byte sectors
    data[48:52] = (0).to_bytes(4, "little")          # directory starts at sector 0
    entry = bytearray(128)
    name = "Workbook".encode("utf-16-le") + b"\0\0"
    entry[:len(name)] = name
    entry[64:66] = len(name).to_bytes(2, "little")
    data += entry + bytes(512 - 128)
    path = tmp_path / "book.doc"
    path.write_bytes(bytes(data))
    with pytest.raises(errors.UnsupportedFormat) as info:
        ingest(path)
    assert "Excel" in str(info.value)
