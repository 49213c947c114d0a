"""Stage 1: a file on disk -> ``RawDoc`` (its text in reading order, decoded).

One reader per format, all with the signature
``read(data: bytes, path: str, *, password: str | None) -> RawDoc``, picked
from ``READERS`` by the file's magic bytes first and its suffix second (the
table of signatures is ``corpora/lexicons/ingest_formats.json``). Every way a
file can be unusable raises a ``pipeline.errors.InputError`` naming the file,
the problem and the remedy.

>>> raw = ingest("tests/fixtures/formats/000.gbk.txt")
>>> raw.format, raw.encoding, raw.text[:3]
('txt', 'gb18030', '\\n\\n金')
"""
from __future__ import annotations

import io
import re
import zipfile
from os import PathLike
from pathlib import Path

from extractors.lexicon import load_json
from pipeline.errors import CorruptFile, EmptyDocument, InputError, TooLarge, UnsupportedFormat
from pipeline.ingest import docx, html, image, legacy, ofd, pdf, txt
from pipeline.ingest import ocr as _ocr
from pipeline.model import RawDoc

__all__ = ["ingest", "detect_format", "READERS"]

READERS = {"txt": txt.read, "docx": docx.read, "pdf": pdf.read, "html": html.read,
           "ofd": ofd.read, "image": image.read, "doc": legacy.read_doc, "wps": legacy.read_wps}

# What a file named .pdf/.docx lacks when its magic bytes did not match.
_SIGNATURE_OF = {"pdf": "has no %PDF- header", "docx": "is not a ZIP package (every .docx is one)",
                 "ofd": "is not a ZIP package (every .ofd is one)",
                 "image": "has no PNG/JPEG/TIFF signature", "doc": "is not an OLE2 compound file",
                 "wps": "is not an OLE2 compound file"}
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta)\b", re.I | re.S)


def _looks_like_html(data: bytes) -> bool:
    enc = txt.bom_encoding(data)
    head = data[:2048].decode(enc or "latin-1", errors="ignore").lstrip("\ufeff")
    return bool(_HTML_START.match(head))


def _zip_kind(data: bytes, path: str, table: dict) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as e:
        raise CorruptFile(path, f"is a damaged ZIP container ({e})") from None
    for entry in table["zip_members"]:
        if entry["member"] in names:
            if "reader" in entry:
                return entry["reader"]
            raise UnsupportedFormat(path, f"is {entry['name']}")
    raise UnsupportedFormat(path, "is a ZIP archive, not a Word (.docx) document")


def detect_format(data: bytes, path: str) -> str:
    """The key in ``READERS`` for this file, or an InputError saying what it is instead."""
    table = load_json("ingest_formats")
    for sig in table["magic"]:
        magic = bytes.fromhex(sig["hex"])
        if data.find(magic, 0, 1024) >= 0 if sig.get("search") else data.startswith(magic):
            if sig.get("reader") == "zip":
                return _zip_kind(data, path, table)
            if sig.get("reader") == "ole2":
                return legacy.ole2_kind(data, path)
            if "reader" in sig:
                return sig["reader"]
            raise UnsupportedFormat(path, f"is {sig['name']}")
    if _looks_like_html(data):
        return "html"
    suffix = Path(path).suffix.lower()
    if suffix in table["unsupported_suffixes"]:
        raise UnsupportedFormat(path, f"looks like {table['unsupported_suffixes'][suffix]} "
                                      "(by its name; its content is not recognised)")
    reader = table["suffixes"].get(suffix)
    if reader in _SIGNATURE_OF:
        raise CorruptFile(path, f"is named {suffix} but {_SIGNATURE_OF[reader]}")
    if reader is None and b"\x00" in data[:1024] and not txt.bom_encoding(data):
        raise UnsupportedFormat(path, "is binary data of an unknown format")
    return reader or "txt"


def ingest(path: str | PathLike, *, max_bytes: int = 50 * 2**20,
           password: str | None = None, ocr: str = "auto") -> RawDoc:
    """Read the notice at ``path``; ``password`` opens an encrypted PDF.

    ``ocr``: "auto" OCRs a PDF/OFD without a text layer and any image; "on"
    OCRs every PDF even with a text layer; "off" refuses scans (ScannedPDF).

    Raises TooLarge before reading a file over ``max_bytes``, EmptyDocument for
    a file without text, and the reader's InputError for anything unreadable.
    """
    name = str(path)
    p = Path(path)
    if not p.is_file():
        raise InputError(name, "does not exist or is not a file", "check the path")
    size = p.stat().st_size
    if size > max_bytes:
        raise TooLarge(name, f"is {size:,} bytes, over the limit of {max_bytes:,}")
    data = p.read_bytes()
    if not data.strip():
        raise EmptyDocument(name, "is empty" if not data else "holds only whitespace")
    if ocr not in _ocr.MODES:
        raise ValueError(f"ocr must be one of {_ocr.MODES}, not {ocr!r}")
    fmt = detect_format(data, name)
    token = _ocr.MODE.set(ocr)
    try:
        reader = _ocr.read_pdf if (ocr == "on" and fmt == "pdf") else READERS[fmt]
        raw = reader(data, name, password=password)
    finally:
        _ocr.MODE.reset(token)
    if not raw.text.strip(" \t\r\n\u3000\xa0\ufeff"):
        raise EmptyDocument(name, f"holds no text ({raw.format})")
    return raw
