"""``pipeline.ingest.limits``: declared sizes are checked before any read, reads stop at the
limit for a member whose header lies, and every refusal names its limit key and value."""
from __future__ import annotations

import io
import random
import zipfile

import pytest

from pipeline.errors import ContainerLimit, CorruptFile, ResourceLimit, ZipLimit
from pipeline.ingest.limits import Limits, bounded, check_count, check_zip, read_member
from tests.hostile._inputs import declare_size, docx_bytes, paragraph

_NOISE = random.Random(0).randbytes
SMALL = Limits(max_member=2**20, max_total=3 * 2**20, max_ratio=50, ratio_floor=64 * 2**10)


def _zip(**members: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_bundled_limits_come_from_the_lexicon():
    assert Limits.of() == Limits()       # limits.json holds the documented defaults


def test_tight_limits_are_read_from_the_lexicon(tight_limits):
    assert (Limits.of().max_pages, Limits.of().max_member) == (5, 2**20)


@pytest.mark.parametrize("members, key", [
    ({"a.xml": b"x" * (2 * 2**20)}, "container.max_ratio"),          # highly compressible: ratio first
    ({"a.xml": _NOISE(1_200_000)}, "container.max_member_mb"),     # 1.2 MB that does not compress
    ({f"{i}.xml": _NOISE(900_000) for i in range(4)}, "container.max_total_mb"),
])
def test_check_zip_refuses_before_reading(members, key):
    with pytest.raises(ZipLimit) as e:
        check_zip(_zip(**members), "p.docx", limits=SMALL)
    assert e.value.setting == key and e.value.value > e.value.limit
    assert key in str(e.value) and "p.docx" in str(e.value)
    assert isinstance(e.value, ContainerLimit) and isinstance(e.value, ResourceLimit)


@pytest.mark.parametrize("members", [{"a.xml": b"<w/>" * 1000}, {"a.xml": b"", "b.xml": b"x" * 60_000}])
def test_check_zip_passes_what_fits(members):
    package = check_zip(_zip(**members), "p.docx", limits=SMALL)
    assert sorted(package.namelist()) == sorted(members)


def test_a_declared_2_gb_member_is_refused_without_inflating():
    lying = declare_size(docx_bytes(paragraph("加强")), "word/document.xml", 2**31)
    with pytest.raises(ZipLimit, match="container.max_ratio") as e:   # 2 GB from a few bytes: ratio first
        check_zip(lying, "bomb.docx")
    assert e.value.value > 10**6


@pytest.mark.parametrize("declared", [10, 0])
def test_a_member_holding_more_than_it_declares_stops_there(declared):
    lying = declare_size(_zip(**{"a.xml": b"x" * 5000}), "a.xml", declared)
    package = zipfile.ZipFile(io.BytesIO(lying))
    with pytest.raises(CorruptFile, match=f"other than the {declared} bytes its header declares"):
        read_member(package, "a.xml", "p.zip", limits=SMALL)


def test_a_member_over_the_limit_is_refused_on_reading():
    package = zipfile.ZipFile(io.BytesIO(_zip(**{"a.xml": b"x" * 5000})))
    with pytest.raises(ZipLimit, match="container.max_member_mb"):
        read_member(package, "a.xml", "p.zip", limits=Limits(max_member=1000))


def test_read_member_reads_a_truthful_member_whole():
    package = zipfile.ZipFile(io.BytesIO(_zip(**{"a.xml": b"<w/>" * 1000})))
    assert read_member(package, "a.xml", "p.zip", limits=SMALL) == b"<w/>" * 1000


@pytest.mark.parametrize("data", [b"PK\x03\x04 truncated", b"not a zip at all"])
def test_a_damaged_package_is_corrupt_not_a_limit(data):
    with pytest.raises(CorruptFile):
        check_zip(data, "p.docx")


def test_a_missing_member_is_corrupt():
    with pytest.raises(CorruptFile, match="without its member"):
        read_member(zipfile.ZipFile(io.BytesIO(_zip(a=b"x"))), "b", "p.zip")


@pytest.mark.parametrize("field, value, refused", [
    ("max_pages", 2000, False), ("max_pages", 2001, True), ("max_pages", 0, False),
    ("max_chars_per_page", 200_001, True), ("max_operators_per_page", 2_000_000, False),
])
def test_check_count(field, value, refused):
    if refused:
        with pytest.raises(ResourceLimit) as e:
            check_count("a.pdf", "count:", field, value)
        assert e.value.value == value and "limits.json" in str(e.value)
    else:
        assert check_count("a.pdf", "count:", field, value) is None


@pytest.mark.parametrize("fault, words", [(MemoryError, "memory"), (RecursionError, "nested too deeply")])
def test_bounded_names_running_out_as_a_resource_limit_never_damage(fault, words):
    with pytest.raises(ResourceLimit, match=words) as e:
        with bounded("x.docx"):
            raise fault()
    assert not isinstance(e.value, CorruptFile)


def test_bounded_lets_other_errors_through():
    with pytest.raises(KeyError):
        with bounded("x.docx"):
            raise KeyError("a defect stays a defect")
