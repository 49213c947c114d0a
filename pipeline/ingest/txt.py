"""Plain-text reader: find the encoding, decode, keep every character as it is.

Chinese notices arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM
(Windows Notepad's "Unicode"), GBK/GB18030 without any marker, and — from
Taiwan, Hong Kong and Macao, or old traditional-script systems — Big5, CP950
or Big5-HKSCS. GB18030 accepts almost any byte pair, so "it decodes" proves
nothing: every candidate that decodes is judged on whether its text *is*
Chinese (share of common CJK characters, no private-use or replacement
characters; thresholds in ``corpora/lexicons/limits.json``), and when none is
plausible the file is refused (``UndecodableText``) naming what was tried —
never turned into mojibake with exit 0.

The text is not cleaned here — line breaks, spaces and stray markup are the
normalizer's business — so ``RawDoc.text`` is exactly what the file encodes.

>>> decode("金乡县".encode("gbk"), "a.txt")
('金乡县', 'gb18030')
>>> decode("山東省人民政府辦公廳".encode("big5"), "b.txt")
('山東省人民政府辦公廳', 'big5')
>>> text_codec("zlib") is None, text_codec("GB2312")
(True, 'gb2312')
"""
from __future__ import annotations

import codecs
from functools import lru_cache

from extractors.lexicon import load_json
from pipeline.errors import UndecodableText
from pipeline.ingest._layout import Layout
from pipeline.model import RawDoc

__all__ = ["read", "decode", "bom_encoding", "text_codec", "plausibility"]

# Longest first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a leading byte-order mark, or None."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def text_codec(label: str | None) -> str | None:
    """The Python codec for an encoding label if it is one a document can be written in, else None.

    Refuses what ``codecs.lookup`` knows but is no text encoding (zlib, base64,
    hex, rot13, bz2 … — bytes-to-bytes or str-to-str, which ``bytes.decode``
    would crash on or misuse) and the ``refused_codecs`` of ``limits.json``
    (unicode_escape, UTF-7 …: they turn any bytes into some text, so a
    declaration of them is never believed).

    >>> [text_codec(x) for x in ("utf8", "base64", "rot13", "unicode_escape", "no-such", None)]
    ['utf-8', None, None, None, None, None]
    """
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip())
    except (LookupError, TypeError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _decoding()["refused_codecs"]:
        return None
    return info.name


def _decoding() -> dict:
    return load_json("limits")["decoding"]


@lru_cache(maxsize=1)
def _common_chars() -> dict[int, None]:
    """Characters a Chinese notice is made of, as a ``str.translate`` table deleting them.

    GB2312's hanzi (rows B0–F7) and Big5's frequent hanzi (A440–C67E) cover the
    characters of simplified and traditional text alike; CJK and full-width
    punctuation and general punctuation (—…“”) are common too. Derived from the
    codecs themselves, so there is no list to keep.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):
        chars |= set(bytes(b for t in range(0xA1, 0xFF) for b in (lead, t)).decode("gb2312", "ignore"))
    trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):
        for t in trails:
            if (lead, t) <= (0xC6, 0x7E):
                chars |= set(bytes((lead, t)).decode("big5", "ignore"))
    chars |= {chr(c) for r in ((0x3000, 0x3040), (0xFF00, 0xFFF0), (0x2010, 0x2070)) for c in range(*r)}
    return dict.fromkeys(map(ord, chars))


_PRIVATE = dict.fromkeys([*range(0xE000, 0xF900), 0xFFFD])


def plausibility(text: str, sample: int | None = None) -> tuple[float, float]:
    """(share of common Chinese characters, share of private-use/replacement ones) among the
    non-ASCII characters of ``text``'s first ``sample`` characters; (1.0, 0.0) for ASCII.

    >>> plausibility("关于印发行政执法方案的通知")
    (1.0, 0.0)
    >>> common, private = plausibility("山東省".encode("big5").decode("gb18030"))
    >>> common < 0.5 < private
    True
    """
    head = text[:sample or _decoding()["sample_chars"]]
    non_ascii = len(head) - len(head.encode("ascii", "ignore"))
    if not non_ascii:
        return 1.0, 0.0
    common = len(head) - len(head.translate(_common_chars()))
    private = len(head) - len(head.translate(_PRIVATE))
    return common / non_ascii, private / non_ascii


def _plausible(text: str, rules: dict) -> tuple[bool, float, str]:
    common, private = plausibility(text, rules["sample_chars"])
    ok = common >= rules["min_common_share"] and private <= rules["max_private_use_share"]
    return ok, common, f"{common:.0%} common Chinese characters, {private:.0%} private-use"


def _detected(data: bytes) -> list[str]:
    """charset-normalizer's guesses, best first, as text codecs (it samples, so this is cheap)."""
    from charset_normalizer import from_bytes
    return [c for c in (text_codec(m.encoding) for m in from_bytes(data)) if c]


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """(text, codec) for ``data``: BOM, then ``declared``, then UTF-8, then the most plausible
    Chinese decoding (``decoding.candidates`` and charset-normalizer's guesses).

    ``declared`` (an HTML ``<meta charset>``) is used only when ``text_codec``
    accepts it and the text it gives is plausible. A BOM is removed from the
    text. Raises UndecodableText, naming every codec tried, when nothing fits.
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
    rules, tried = _decoding(), []
    declared_codec = text_codec(declared)
    if declared and not declared_codec:
        tried.append(f"declared {declared!r} is not a text encoding")
    # UTF-8 first after a declaration: its byte structure is self-checking, so valid UTF-8 is UTF-8,
    # while GB18030 and Big5 accept many UTF-8 byte sequences as (wrong) Chinese.
    firm = [c for c in (declared_codec, "utf-8") if c]
    for codec in dict.fromkeys(firm):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as e:
            tried.append(f"{codec} fails at byte {e.start}")
            continue
        ok, _, why = _plausible(text, rules) if codec != "utf-8" else (True, 1.0, "")
        if ok:
            return text, codec
        tried.append(f"{codec} gives {why}")
    best = _best_guess(data, rules, [c for c in rules["candidates"] if c not in firm], tried)
    if best:
        return best
    raise UndecodableText(path, "is not UTF-8, UTF-16, GB18030 or Big5 text that reads as Chinese ("
                                + "; ".join(tried) + ")")


def _best_guess(data: bytes, rules: dict, candidates: list[str], tried: list[str]) -> tuple[str, str] | None:
    """The plausible decoding with the highest common share (ties: the earlier candidate), or None.

    charset-normalizer is asked only when no listed candidate is plausible: its
    guesses (Shift-JIS, EUC-KR, a Windows code page …) are then judged the same way."""
    best, best_share, seen = None, -1.0, {"utf-8", "ascii"}
    for pool in (lambda: candidates, lambda: _detected(data)):
        for codec in dict.fromkeys(pool()):
            if codec in seen:
                continue
            seen.add(codec)
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                tried.append(f"{codec} fails at byte {e.start}")
                continue
            ok, share, why = _plausible(text, rules)
            if not ok:
                tried.append(f"{codec} gives {why}")
            elif share > best_share:
                best, best_share = (text, codec), share
        if best:
            return best
    return None


def read(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    """The file's text, decoded and otherwise untouched; ``encoding`` names the codec used."""
    text, encoding = decode(data, path)
    lay = Layout()
    lay.paragraph(text)
    return lay.build(path, "txt", data, encoding=encoding)
