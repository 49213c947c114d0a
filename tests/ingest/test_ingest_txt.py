import hashlib

import pytest
from pipeline.errors import EmptyDocument, UndecodableText
from pipeline.ingest import ingest, txt


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
    (b"\xc8\xab\xc3\xe6\x80\xff\xfe\x80 not text", "not UTF-8, UTF-16, GB18030 or Big5 text"),
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


TRADITIONAL = "山東省人民政府辦公廳關於印發提升行政執法質量三年行動計劃的通知\n一、總體要求\n（一）加強行政執法隊伍建設。"
SIMPLIFIED = "金乡县人民政府办公室关于印发提升行政执法质量三年行动计划的通知\n一、总体要求\n（一）加强行政执法队伍建设。"


@pytest.mark.parametrize("text, encoding, expected", [
    (TRADITIONAL, "big5", "big5"),
    (TRADITIONAL, "cp950", "big5"),              # the same bytes for these characters: named big5
    (TRADITIONAL + "\n香港特別行政區𨋢", "big5hkscs", "big5hkscs"),   # 𨋢 (lift) exists only in HKSCS
    (TRADITIONAL, "gb18030", "gb18030"),         # traditional characters in a mainland encoding
    (SIMPLIFIED, "gb18030", "gb18030"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED, "utf-8", "utf-8"),
])
def test_chinese_encodings_are_told_apart(tmp_path, text, encoding, expected):
    path = tmp_path / "n.txt"
    path.write_bytes(text.encode(encoding))
    raw = ingest(path)
    assert (raw.text, raw.encoding) == (text, expected)


@pytest.mark.parametrize("data", [
    "こんにちは、世界。これは日本語の文章です。".encode("shift_jis"),   # decodes as GB18030, reads as nothing
    bytes(range(0x80, 0x100)) * 4,                                 # every high byte: no encoding reads as Chinese
])
def test_text_that_does_not_read_as_chinese_is_refused_with_what_was_tried(tmp_path, data):
    path = tmp_path / "n.txt"
    path.write_bytes(data)
    with pytest.raises(UndecodableText) as e:
        ingest(path)
    assert "utf-8 fails at byte" in str(e.value) and "gb18030" in str(e.value)


@pytest.mark.parametrize("label, codec", [
    ("utf-8", "utf-8"), ("UTF8", "utf-8"), ("gb2312", "gb2312"), ("GBK", "gbk"), ("big5", "big5"),
    ("zlib", None), ("base64", None), ("hex", None), ("rot13", None), ("bz2", None), ("uu", None),
    ("unicode_escape", None), ("raw_unicode_escape", None), ("utf-7", None), ("punycode", None),
    ("x-no-such", None), ("", None), (None, None), ("utf\x00-8", None),
])
def test_text_codec_accepts_only_text_encodings(label, codec):
    assert txt.text_codec(label) == codec


@pytest.mark.parametrize("declared", ["zlib", "base64", "hex", "rot13", "unicode_escape", "utf-7", "big5"])
def test_a_declared_codec_that_is_wrong_or_no_text_encoding_is_not_believed(declared):
    text, codec = txt.decode(SIMPLIFIED.encode("utf-8"), "n.html", declared)
    assert (text, codec) == (SIMPLIFIED, "utf-8")


@pytest.mark.parametrize("text, common, private", [
    (SIMPLIFIED, 1.0, 0.0), (TRADITIONAL, 1.0, 0.0), ("plain ascii", 1.0, 0.0),
    ("\ue000\ue001甲乙", 0.5, 0.5), ("\ufffd金", 0.5, 0.5),
])
def test_plausibility(text, common, private):
    assert txt.plausibility(text) == (common, private)
