import hashlib

import pytest
from pipeline.errors import EmptyDocument, UndecodableText
from pipeline.ingest import ingest


@pytest.mark.parametrize("name, encoding", [
    ("000.gbk.txt", "gb18030"),
    ("000.utf8bom.txt", "utf-8-sig"),
    ("000.utf16.txt", "utf-16"),
])
def test_encoded_renditions_decode_to_the_seed_exactly(ingested, seed_text, name, encoding):
    raw = ingested(name)
    assert raw.text == seed_text("000")
    assert raw.encoding == encoding
    assert raw.format == "txt"
    assert "\ufeff" not in raw.text


def test_seeds_are_read_untouched(seed_dir):
    paths = sorted(seed_dir.glob("*.txt"))
    assert len(paths) == 5
    for path in paths:
        raw, data = ingest(path), path.read_bytes()
        assert raw.text == data.decode("utf-8")
    assert (raw.encoding, raw.tables, raw.page_starts, dict(raw.fields)) == ("utf-8", (), (), {})
    assert raw.sha256 == hashlib.sha256(data).hexdigest()


def test_path_is_kept_as_given(ingested, formats):
    assert ingested("no_measures.txt").path == str(formats / "no_measures.txt")
    assert ingested("no_measures.txt").text.startswith("××县司法局\n关于")


@pytest.mark.parametrize("encoding, expected", [
    ("utf-16-be", "utf-16"), ("gb18030", "gb18030"), ("utf-8", "utf-8")])
def test_other_encodings(tmp_path, encoding, expected):
    text = "山東省提升行政執法質量若干措施\n一、总体要求 𠀀"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "n.txt"
    path.write_bytes(data)
    raw = ingest(path)
    assert (raw.text, raw.encoding) == (text, expected)


@pytest.mark.parametrize("data, problem", [
    (b"\xc8\xab\xc3\xe6\x80\xff\xfe\x80 not text", "not UTF-8, UTF-16 or GB18030"),
    (b"abc\x00def\x00", "NUL bytes"),
])
def test_undecodable_text(tmp_path, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(UndecodableText) as e:
        ingest(path)
    assert "bad.txt" in str(e.value) and problem in str(e.value)


@pytest.mark.parametrize("data", [b"", b" \r\n\t \n", "\u3000\n".encode("utf-8"),
                                  "\ufeff  \n".encode("utf-8")])
def test_empty_or_blank_files(tmp_path, data):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyDocument, match="blank.txt"):
        ingest(path)


def test_empty_fixture(formats):
    with pytest.raises(EmptyDocument, match="empty.txt: is empty"):
        ingest(formats / "empty.txt")
