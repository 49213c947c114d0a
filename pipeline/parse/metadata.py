"""read_metadata(Text) -> Metadata: title, 发文字号, issuer, date, level, region, cites.

The header is the text before the first numbered clause. What the container
states outright (HTML 信息公开 table, in ``RawDoc.fields``) wins over what the
header suggests. Region and level come from the cpca gazetteer of China's
administrative divisions (province / prefecture / county), applied to the
issuer, else the title.

>>> from pipeline.ingest import ingest
>>> from pipeline.normalize import normalize
>>> read_metadata(normalize(ingest("corpora/notices/001_4e4ca4a0f5291f5e.txt")), header_end=200).doc_number
'三政办〔2024〕2号'
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache

from extractors.citations import get_citations, normalize_doc_number
from extractors.lexicon import Lexicon, rules
from extractors.numerals import parse_number
from pipeline.model import Level, Metadata, Region, Text

__all__ = ["read_metadata", "locate"]


def _build(lex: Lexicon) -> dict:
    m = lex.json("metadata")
    return {
        "lex": lex,
        "doc_number": re.compile(m["doc_number"]),
        "date": re.compile(m["date"]),
        "issued": re.compile(m["issued_document"]),
        "title_suffix": re.compile(m["title_suffix"]),
        "issuer_line": re.compile(m["issuer_line"]),
        "national": tuple(m["national_issuers"]),
        "header_lines": m["header_lines"],
    }


def read_metadata(text: Text, header_end: int, lexicon: Lexicon | None = None) -> Metadata:
    """Title, 发文字号, issuer, date, level, region, citations and addressees of a normalized notice
    whose header ends at ``header_end``."""
    r = rules(lexicon, _build)
    fields = text.raw.fields
    lines = [ln for ln in text.text[:header_end].split("\n") if ln.strip()][: r["header_lines"]]
    all_lines = text.text.split("\n")

    doc_number = normalize_doc_number(fields["发文字号"], lexicon=lexicon) if fields.get("发文字号") else next(
        (ln for ln in lines if r["doc_number"].fullmatch(ln)), None)

    title, issuer = _title_and_issuer(lines, r)
    if not title and fields.get("标题"):
        title = fields["标题"]
    issuer = fields.get("发文机关") or issuer or _signature(all_lines, r)

    date = _iso(fields.get("成文日期", ""), r) or next(
        (d for d in (_iso(ln, r) for ln in all_lines) if d), None)

    region, level = locate(issuer or "", title or "", lexicon=lexicon)
    cites = _cites(text.text, doc_number, title, lexicon)
    return Metadata(title=title, doc_number=doc_number, issuer=issuer, date=date, level=level,
                    region=region, cites=cites,
                    addressees=next((ln[:-1] for ln in lines if ln.endswith("：") and "，" in ln), None))


def _title_and_issuer(lines: list[str], r) -> tuple[str | None, str | None]:
    """A cover notice 《…关于印发X的通知》 issues X: the title is X. Else the cover's own title."""
    for i, ln in enumerate(lines):
        if "关于" not in ln or not r["title_suffix"].search(ln):
            continue
        prev = lines[i - 1] if i else ""
        issuer_line = prev if r["issuer_line"].match(prev) and not prev.endswith("文件") else None
        full = (issuer_line or "") + ln
        m = r["issued"].match(full)
        if m:
            return m.group("title"), (m.group("issuer") or issuer_line)
        issuer = full[: full.index("关于")] or None
        return full, issuer
    for ln in lines:
        if r["title_suffix"].search(ln) and len(ln) <= 60 and not r["doc_number"].search(ln):
            return ln, None
    return None, None


def _signature(lines: list[str], r) -> str | None:
    """The 落款: an issuer line directly followed by a date line."""
    for a, b in zip(lines, lines[1:]):
        if r["issuer_line"].match(a) and _iso(b, r):
            return a
    return None


def _iso(line: str, r: dict) -> str | None:
    m = r["date"].match(line.strip().removesuffix("印发"))
    if not m:
        return None
    year, month, day = (int(parse_number(v, r["lex"])) for v in m.group("y", "m", "d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def locate(issuer: str, title: str = "", *, lexicon: Lexicon | None = None) -> tuple[Region, Level | None]:
    """Region and level of an issuing body.

    >>> locate("枣庄市市中区人民政府办公室")
    (Region(province='山东省', city='枣庄市', county='市中区'), 'county')
    """
    return _locate(issuer, title, rules(lexicon, _build)["national"])


@lru_cache(maxsize=1024)
def _locate(issuer: str, title: str, national: tuple[str, ...]) -> tuple[Region, Level | None]:
    if issuer.startswith(national):
        return Region(), Level.NATIONAL
    for source in (issuer, title):
        if not source:
            continue
        row = _cpca(source)
        if row and row[0]:
            province, city, county = row
            level = Level.COUNTY if county else Level.MUNICIPAL if city else Level.PROVINCIAL
            return Region(province, city, county), level
    return Region(), None


@lru_cache(maxsize=1024)
def _cpca(s: str) -> tuple[str | None, str | None, str | None] | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import cpca
        df = cpca.transform([s])
    if df.empty:
        return None
    val = lambda k: (df.iloc[0][k] if isinstance(df.iloc[0][k], str) and df.iloc[0][k] else None)
    # cpca completes the hierarchy (a county implies its city and province): that is the region we want.
    return val("省"), val("市"), val("区")


def _cites(text: str, own_number: str | None, own_title: str | None, lexicon: Lexicon | None):
    seen, out = set(), []
    for c in get_citations(text, lexicon=lexicon):
        key = c.doc_number or c.title
        if not key or key in seen or (own_number and c.doc_number == own_number) \
                or (own_title and c.title == own_title and not c.doc_number):
            continue
        seen.add(key)
        out.append(c)
    return tuple(out)
