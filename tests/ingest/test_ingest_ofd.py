"""OFD (GB/T 33190): text OFDs give the seed's clauses; hostile packages get typed errors."""
from __future__ import annotations

import io
import re
import zipfile

import pytest

from pipeline import analyze, errors
from pipeline.ingest import ingest, ofd
from tests.conftest import FORMATS

TEXT_OFDS = ["001.ofd", "001.runs.ofd", "003.ofd", "004.ofd"]


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.parametrize("name", TEXT_OFDS)
def test_text_ofd_has_the_seeds_clauses(seeds, name):
    seed, got = seeds[name[:3]], analyze(FORMATS / name)
    want = {c.id: _squash(c.text) for c in seed.clauses if c.kind not in ("preamble", "closing")}
    have = {c.id: _squash(c.text) for c in got.clauses if c.kind not in ("preamble", "closing")}
    assert list(have) == list(want)
    assert [cid for cid in want if have[cid] != want[cid]] == []
    assert got.text.raw.format == "ofd"


def test_docinfo_becomes_fields():
    raw = ingest(FORMATS / "001.ofd")
    assert raw.fields["创建日期"] == "2024-04-16" and raw.fields["Generator"].startswith("policyalign")
    assert len(raw.page_starts) == 11


def test_delta_x_repeats():
    assert ofd.delta_x("g 3 5.6 2 g 2 1") == [5.6, 5.6, 5.6, 2.0, 1.0, 1.0]


def test_image_only_ofd_is_ocred():
    pytest.importorskip("rapidocr_onnxruntime")
    raw = ingest(FORMATS / "001.image.ofd")
    assert raw.format == "ofd" and "三门峡市人民政府办公室" in raw.text and "ocr_engine" in raw.fields


def test_image_only_ofd_with_ocr_off_is_refused():
    with pytest.raises(errors.ScannedPDF):
        ingest(FORMATS / "001.image.ofd", ocr="off")


def _write(tmp_path, members: dict[str, bytes], name="bad.ofd", level=zipfile.ZIP_DEFLATED):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", level) as z:
        for k, v in members.items():
            z.writestr(k, v)
    return path


def test_truncated_ofd_is_corrupt(tmp_path):
    data = (FORMATS / "001.ofd").read_bytes()
    path = tmp_path / "cut.ofd"
    path.write_bytes(data[: len(data) * 6 // 10])
    with pytest.raises(errors.CorruptFile) as info:
        ingest(path)
    assert "cut.ofd" in str(info.value)


def test_zip_bomb_is_refused_by_ratio(tmp_path):
    path = _write(tmp_path, {"OFD.xml": b"<a/>", "Doc_0/Res/bomb.bin": b"\0" * (8 * 2**20)})
    with pytest.raises(errors.ContainerLimit) as info:
        ingest(path)
    assert "MAX_RATIO" in str(info.value)


def test_zip_bomb_is_refused_by_declared_size(tmp_path, monkeypatch):
    monkeypatch.setattr(ofd, "MAX_MEMBER", 2**20)
    path = _write(tmp_path, {"OFD.xml": b"<a/>", "Doc_0/big.xml": bytes(range(256)) * 8192}, level=zipfile.ZIP_STORED)
    with pytest.raises(errors.ContainerLimit) as info:
        ingest(path)
    assert "MAX_MEMBER" in str(info.value)


def test_external_entity_is_refused(tmp_path):
    evil = (b'<?xml version="1.0"?><!DOCTYPE ofd:OFD [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocInfo><ofd:Title>&x;</ofd:Title>'
            b'</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    path = _write(tmp_path, {"OFD.xml": evil})
    with pytest.raises(errors.UnsafeXML):
        ingest(path)


def test_missing_document_is_corrupt(tmp_path):
    z = zipfile.ZipFile(FORMATS / "001.ofd")
    members = {n: z.read(n) for n in z.namelist() if n != "Doc_0/Document.xml"}
    with pytest.raises(errors.CorruptFile) as info:
        ingest(_write(tmp_path, members))
    assert "Document.xml" in str(info.value)


def test_ofd_suffix_without_zip_is_corrupt(tmp_path):
    path = tmp_path / "x.ofd"
    path.write_bytes(b"\x01\x02 not a zip" * 20)
    with pytest.raises(errors.CorruptFile):
        ingest(path)


DX_REPEAT, DX_PLAIN = ' DeltaX="g 4 5"', ' DeltaX="5 5 5 5"'


def _mini_ofd(tmp_path):
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    text = lambda oid, x, y, s, dx="": (  # noqa: E731
        f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} 150 6" Font="1" Size="5">'
        f'<ofd:TextCode X="0" Y="4.4"{dx}>{s}</ofd:TextCode></ofd:TextObject>')
    members = {
        "OFD.xml": f'<ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Title>测试</ofd:Title>'
                   '</ofd:DocInfo><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'<ofd:Document {ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                              '</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
                              '<ofd:TemplatePage ID="9" BaseLoc="Tpls/T0.xml"/></ofd:CommonData>'
                              '<ofd:Pages><ofd:Page ID="2" BaseLoc="Pages/P0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'<ofd:Res {ns} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="仿宋_GB2312"/>'
                               '</ofd:Fonts></ofd:Res>',
        "Doc_0/Tpls/T0.xml": f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="3">{text(4, 30, 20, "模板页眉文字")}'
                             '</ofd:Layer></ofd:Content></ofd:Page>',
        "Doc_0/Pages/P0/Content.xml": f'<ofd:Page {ns}><ofd:Template TemplateID="9"/><ofd:Content>'
                                      f'<ofd:Layer ID="5"><ofd:PageBlock ID="6">{text(7, 30, 60, "第二行正文", DX_REPEAT)}'
                                      f'</ofd:PageBlock>{text(8, 30, 50, "第一行正文", DX_PLAIN)}</ofd:Layer>'
                                      '</ofd:Content></ofd:Page>',
    }
    return _write(tmp_path, {k: v.encode() for k, v in members.items()}, name="mini.ofd")


def test_templates_layers_and_page_blocks_in_reading_order(tmp_path):
    raw = ingest(_mini_ofd(tmp_path))
    assert raw.text.split("\n") == ["模板页眉文字", "第一行正文", "第二行正文"]
    assert raw.fields["标题"] == "测试"


def test_ofd_is_detected_by_content_not_name():
    from pipeline.ingest import detect_format
    assert detect_format((FORMATS / "001.ofd").read_bytes(), "download.bin") == "ofd"
