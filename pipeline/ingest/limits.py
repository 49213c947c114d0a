"""Bounds on the work one untrusted file can cause, measured on its real content.

A file's size on disk says little: a 110 KB DOCX can inflate to gigabytes, a
13 KB PDF page to 100 MB of drawing operators. ``Limits`` holds the bounds
(defaults in ``corpora/lexicons/limits.json``); readers check them before the
work is done and raise ``ResourceLimit`` (``ZipLimit`` for a ZIP package)
naming the limit's key, the bound and the value found:

* ``check_zip`` reads every member's *declared* uncompressed size and ratio
  from the central directory before any member is inflated;
* ``read_member`` inflates one member in chunks and stops one byte past the
  smaller of its declared size and the limit (a member that lies about its
  size fails its CRC there), so a lying header costs no more than a true one;
* ``check_count`` is the same test for pages, characters per page, operators;
* ``bounded`` turns a MemoryError or RecursionError inside a reader into a
  ``ResourceLimit`` (never "damaged": the file may be intact, only too big).

>>> import io, zipfile
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
...     z.writestr("word/document.xml", b"<w/>" * 2**20)
>>> try:
...     check_zip(buf.getvalue(), "bomb.docx")
... except ResourceLimit as e:
...     print(e.setting, e.value > e.limit)
container.max_ratio True
"""
from __future__ import annotations

import io
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass

from extractors.lexicon import Lexicon, rules
from pipeline.errors import CorruptFile, ResourceLimit, ZipLimit

__all__ = ["Limits", "check_zip", "read_member", "check_count", "bounded"]

_MB = 2**20
_CHUNK = 1 << 16
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError)


@dataclass(frozen=True)
class Limits:
    """Every bound in bytes or counts; ``Limits.of(lexicon)`` reads them from ``limits.json``.

    >>> Limits.of().max_pages, Limits.of().max_member // 2**20
    (2000, 100)
    """

    max_member: int = 100 * _MB
    max_total: int = 500 * _MB
    max_ratio: float = 200
    ratio_floor: int = _MB
    max_pages: int = 2000
    max_chars_per_page: int = 200_000
    max_operators_per_page: int = 2_000_000

    @classmethod
    def of(cls, lexicon: Lexicon | None = None) -> "Limits":
        return rules(lexicon, _build)


# Field -> (its key in limits.json, the factor from that key's unit to the field's).
KEYS = {"max_member": ("container.max_member_mb", _MB), "max_total": ("container.max_total_mb", _MB),
        "max_ratio": ("container.max_ratio", 1), "ratio_floor": ("container.ratio_floor_mb", _MB),
        "max_pages": ("pages.max_pages", 1), "max_chars_per_page": ("pages.max_chars_per_page", 1),
        "max_operators_per_page": ("pages.max_operators_per_page", 1)}


def _build(lexicon: Lexicon) -> Limits:
    table = lexicon.json("limits")
    values = {}
    for field, (key, unit) in KEYS.items():
        section, name = key.split(".")
        values[field] = type(getattr(Limits, field))(table[section][name] * unit)
    return Limits(**values)


def _over(path: str, what: str, field: str, value: float, limit: float, error=ResourceLimit):
    key, unit = KEYS[field]
    shown = f"{limit / unit:,g} MB" if unit != 1 else f"{limit:,g}"
    return error(path, f"{what} {value:,.0f}, over the limit of {shown} ({key} in limits.json)",
                 setting=key, limit=limit, value=value)


def check_zip(data: bytes, path: str, *, limits: Limits | None = None) -> zipfile.ZipFile:
    """The package opened, after every member's declared size and ratio passed ``limits``.

    Raises ZipLimit (a ResourceLimit and a ContainerLimit) for the first member
    over a limit, CorruptFile when ``data`` is not a readable ZIP. Nothing is inflated.
    """
    lim = limits or Limits.of()
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except _ZIP_ERRORS as e:
        raise CorruptFile(path, f"is a damaged ZIP package ({type(e).__name__}: {e})") from None
    total = 0
    for info in infos:
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > lim.ratio_floor and ratio > lim.max_ratio:
            raise _over(path, f"member {info.filename} expands by a ratio of", "max_ratio",
                        ratio, lim.max_ratio, ZipLimit)
        if info.file_size > lim.max_member:
            raise _over(path, f"member {info.filename} declares uncompressed bytes:", "max_member",
                        info.file_size, lim.max_member, ZipLimit)
        total += info.file_size
    if total > lim.max_total:
        raise _over(path, "its members declare uncompressed bytes in all:", "max_total",
                    total, lim.max_total, ZipLimit)
    return package


def read_member(package: zipfile.ZipFile, name: str, path: str, *, limits: Limits | None = None) -> bytes:
    """Member ``name`` inflated, reading at most one byte past min(declared size, limit).

    A member over ``max_member`` is refused (ZipLimit) however small its header
    claims it is; one holding other than its declared size (how a bomb hides
    from ``check_zip``) stops at that size and fails its CRC: CorruptFile.
    """
    lim = limits or Limits.of()
    try:
        info = package.getinfo(name)
    except KeyError:
        raise CorruptFile(path, f"is a package without its member {name}") from None
    bound = min(info.file_size, lim.max_member)
    parts, size = [], 0
    try:
        with package.open(info) as stream:
            while size <= bound:
                chunk = stream.read(min(_CHUNK, bound + 1 - size))
                if not chunk:
                    break
                parts.append(chunk)
                size += len(chunk)
    except _ZIP_ERRORS as e:
        # zipfile itself stops at the declared size and then checks the CRC: a member holding more
        # than its header says ends here, after at most that many bytes
        raise CorruptFile(path, f"has a damaged member {name}, or one holding other than the "
                                f"{info.file_size:,} bytes its header declares ({type(e).__name__}: {e})") from None
    if size > lim.max_member:
        raise _over(path, f"member {name} inflates past uncompressed bytes:", "max_member",
                    size, lim.max_member, ZipLimit)
    return b"".join(parts)


def check_count(path: str, what: str, field: str, value: int, *, limits: Limits | None = None) -> None:
    """Raise ResourceLimit when ``value`` (pages, characters or operators: ``field`` of Limits) is over.

    >>> check_count("a.pdf", "pages:", "max_pages", 12)
    """
    limit = getattr(limits or Limits.of(), field)
    if value > limit:
        raise _over(path, what, field, value, limit)


@contextmanager
def bounded(path: str):
    """Inside it, running out of memory or stack is a ResourceLimit on ``path``, not a defect or "damaged".

    >>> with bounded("deep.html"):
    ...     pass
    """
    try:
        yield
    except MemoryError:
        raise ResourceLimit(path, "needs more memory than this machine has to be read (MemoryError)",
                            "it is far larger inside than a notice; re-export it from the source") from None
    except RecursionError:
        raise ResourceLimit(path, "is nested too deeply to be read (RecursionError)",
                            "its markup is nested far deeper than a notice's; re-export it from the source") from None
