"""Plain-text reader: find the encoding, decode, keep every character as it is.

Chinese notices arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM
(Windows Notepad's "Unicode") or GBK/GB18030 without any marker. The text is
not cleaned here — line breaks, spaces and stray markup are the normalizer's
business — so ``RawDoc.text`` is exactly what the file encodes.

>>> decode("金乡县".encode("gbk"), "a.txt")
('金乡县', 'gb18030')
"""
from __future__ import annotations

import codecs

from pipeline.errors import UndecodableText
from pipeline.ingest._layout import Layout
from pipeline.model import RawDoc

# Longest first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Without a BOM: UTF-8 is tried first because GB18030 accepts many UTF-8 byte
# sequences as (wrong) Chinese, while GBK text is almost never valid UTF-8.
_FALLBACKS = ("utf-8", "gb18030")


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a leading byte-order mark, or None."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """(text, codec) for ``data``: BOM, then ``declared``, then UTF-8, then GB18030.

    A BOM is removed from the text. Raises UndecodableText when nothing fits.
    """
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as e:
            raise UndecodableText(path, f"starts with a {bom} byte-order mark but byte {e.start} "
                                        f"is not valid {bom}") from None
    if b"\x00" in data:
        # NUL bytes without a BOM: binary data or BOM-less UTF-16, neither of which we guess at
        raise UndecodableText(path, f"holds NUL bytes (first at byte {data.index(0)}) and no "
                                    "UTF-16 byte-order mark")
    tried = []
    for enc in ([declared] if declared else []) + [e for e in _FALLBACKS if e != declared]:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as e:
            tried.append(f"{enc} fails at byte {e.start}")
    raise UndecodableText(path, "is not UTF-8, UTF-16 or GB18030 text (" + "; ".join(tried) + ")")


def read(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    """The file's text, decoded and otherwise untouched; ``encoding`` names the codec used."""
    text, encoding = decode(data, path)
    lay = Layout()
    lay.paragraph(text)
    return lay.build(path, "txt", data, encoding=encoding)
