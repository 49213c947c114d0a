import hashlib
import io
import shutil
import zipfile

import pytest

from pipeline.errors import CorruptFile, InputError, TooLarge, UnsupportedFormat
from pipeline.ingest import READERS, detect_format, ingest

GOOD = {"000.docx": "docx", "000.gbk.txt": "txt", "000.pdf": "pdf", "000.utf16.txt": "txt",
        "000.utf8bom.txt": "txt", "001.docx": "docx", "001.gbk.html": "html", "001.html": "html",
        "001.pdf": "pdf", "002.docx": "docx", "002.pdf": "pdf", "003.docx": "docx", "003.pdf": "pdf",
        "004.docx": "docx", "004.pdf": "pdf", "no_measures.txt": "txt"}
BROKEN = ["000.scanned.pdf", "001.encrypted.pdf", "004.truncated.pdf", "broken.docx", "empty.txt"]


#: scans, OFD and legacy Word renditions: their readers' own tests (test_ingest_ocr/ofd/legacy) cover them
OTHER_READERS = {"000.scan.pdf", "001.scan.pdf", "002.scan.pdf", "003.scan.pdf", "004.scan.pdf",
                 "001.skewed.scan.pdf", "001.ofd", "003.ofd", "004.ofd", "001.runs.ofd", "001.image.ofd", "001.doc"}


def test_every_fixture_is_covered(formats):
    assert {p.name for p in formats.iterdir()} - {"SOURCE.md"} == set(GOOD) | set(BROKEN) | OTHER_READERS


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_fixtures(ingested, formats, name):
    raw = ingested(name)
    assert raw.format == GOOD[name] and raw.path == str(formats / name)
    assert raw.sha256 == hashlib.sha256((formats / name).read_bytes()).hexdigest()
    assert len(raw.text) > 200
    assert all(raw.text[t.start:t.end].count("\n") == len(t.rows) - 1 for t in raw.tables)


@pytest.mark.parametrize("name", BROKEN)
def test_broken_fixtures_raise_input_errors_naming_the_file(formats, name):
    with pytest.raises(InputError) as e:
        ingest(formats / name, ocr="off")   # a scan is bad input only when OCR is off
    assert str(e.value).startswith(f"{formats / name}: ") and " — " in str(e.value)


def zipped(*members: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for m in members:
            z.writestr(m, "<x/>")
    return buf.getvalue()


@pytest.mark.parametrize("name, data, what", [
    ("list.xlsx", zipped("xl/workbook.xml"), "Excel"),
    ("stuff.zip", zipped("a.txt"), "ZIP archive"),
    ("data.bin", bytes(range(256)) * 4, "binary data"),
])
def test_unsupported_formats_are_named(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormat) as e:
        ingest(path)
    assert name in str(e.value) and what in str(e.value)


def test_magic_bytes_beat_the_suffix(formats, tmp_path):
    shutil.copy(formats / "001.pdf", tmp_path / "001.txt")
    shutil.copy(formats / "001.html", tmp_path / "001.txt.bak")
    assert detect_format((tmp_path / "001.txt").read_bytes(), "001.txt") == "pdf"
    assert ingest(tmp_path / "001.txt.bak").format == "html"


def test_suffix_without_signature_is_corrupt(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_text("一、总体要求", encoding="utf-8")
    with pytest.raises(CorruptFile, match="no %PDF- header"):
        ingest(path)


def test_too_large_is_refused_before_reading(formats):
    with pytest.raises(TooLarge, match=r"001\.pdf: is 290,184 bytes, over the limit of 1,000"):
        ingest(formats / "001.pdf", max_bytes=1000)
    assert ingest(formats / "no_measures.txt", max_bytes=593).format == "txt"


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        ingest(tmp_path / "nope.txt")


def test_reader_table():
    assert set(READERS) == {"txt", "docx", "pdf", "html", "ofd", "image", "doc", "wps"}


@pytest.mark.parametrize("name, data", [
    ("notice.doc", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600)),
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
    ("notice.docx", b"\xff\xd8\xff\xe0" + bytes(100)),
    ("notice.ofd", zipped("OFD.xml", "Doc_0/Document.xml")),
])
def test_garbage_in_a_newly_read_format_is_a_typed_error(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as e:
        ingest(path)
    assert name in str(e.value)
