"""read_metadata(Text) -> Metadata: title, 发文字号, issuer, date, level, region, cites.

The header is the text before the first numbered clause. What the container
states outright (HTML 信息公开 table, in ``RawDoc.fields``) or the page chrome
copied with it (索引号/文号/发文单位/成文日期 lines, labels of
``ingest_html_fields.tsv``) wins over what the header suggests; the notice's own date
(成文日期, its date line) wins over the web 发布日期. A cover notice
(…关于印发《X》的通知) gives ``notice_title`` (its own) and ``plan_title`` (X);
``title`` is X. Region and level come from the cpca gazetteer of China's
administrative divisions (province / prefecture / county), applied to the
issuer, else the title, and only where the text names one of its places (a bare
县人民政府 names none: unknown); a district newer than the gazetteer is read from
the name after its city.

>>> from pipeline.ingest import ingest
>>> from pipeline.normalize import normalize
>>> read_metadata(normalize(ingest("corpora/notices/001_4e4ca4a0f5291f5e.txt")), header_end=200).doc_number
'三政办〔2024〕2号'
>>> locate("县人民政府办公室"), locate("宝鸡市凤翔区人民政府办公室")[0].county
((Region(province=None, city=None, county=None), None), '凤翔区')
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
    chrome = {row["label"]: row["field"] for row in lex.table("ingest_html_fields")}
    return {
        "lex": lex,
        "doc_number": re.compile(m["doc_number"]),
        "date": re.compile(m["date"]),
        "issued": re.compile(m["issued_document"]),
        "title_suffix": re.compile(m["title_suffix"]),
        "issuer_line": re.compile(m["issuer_line"]),
        "national": tuple(m["national_issuers"]),
        "header_lines": m["header_lines"],
        "chrome": chrome,
        "chrome_rx": re.compile("(%s)[：:]" % "|".join(sorted(map(re.escape, chrome), key=len, reverse=True))),
        "date_trailer": re.compile(m["date_trailer"]),
        "iso_date": re.compile(m["iso_date"]),
        "place_suffix": re.compile(m["place_suffix"]),
        "county_after_city": m["county_after_city"],
    }


def read_metadata(text: Text, header_end: int, lexicon: Lexicon | None = None) -> Metadata:
    """Title, 发文字号, issuer, date, level, region, citations and addressees of a normalized notice
    whose header ends at ``header_end``."""
    r = rules(lexicon, _build)
    header = [ln for ln in text.text[:header_end].split("\n") if ln.strip()][: r["header_lines"]]
    # the chrome is read from the raw text: normalize drops a web page's head as noise
    chrome = _chrome(["".join(ln.split()) for ln in text.raw.text.split("\n")[: r["header_lines"]]], r)
    fields = {**chrome, **text.raw.fields}
    lines = [ln for ln in header if not r["chrome_rx"].match(ln)]
    all_lines = text.text.split("\n")

    doc_number = normalize_doc_number(fields["发文字号"], lexicon=lexicon) if fields.get("发文字号") else next(
        (ln for ln in lines if r["doc_number"].fullmatch(ln)), None)

    title, issuer, notice_title, plan_title = _titles(lines, r)
    if not title and fields.get("标题"):
        title = fields["标题"]
    issuer = fields.get("发文机关") or issuer or _signature(all_lines, r)

    date = _iso(fields.get("成文日期", ""), r) or next(
        (d for d in (_iso(ln, r) for ln in all_lines) if d), None) or _iso(fields.get("发布日期", ""), r)

    region, level = locate(issuer or "", title or "", lexicon=lexicon)
    region = _settle_namesake(region, (issuer or "") + (title or ""), text.text, r)
    cites = _cites(text.text, doc_number, title, lexicon)
    return Metadata(title=title, doc_number=doc_number, issuer=issuer, date=date, level=level,
                    region=region, cites=cites,
                    addressees=next((ln[:-1] for ln in lines if ln.endswith("：") and "，" in ln), None),
                    notice_title=notice_title, plan_title=plan_title)


def _chrome(lines: list[str], r) -> dict[str, str]:
    """What a web page's 信息公开 block or copied chrome states (索引号：… 文号：… 发文单位：…
    成文日期：…), keyed like ``RawDoc.fields``; several labels may share a line."""
    out: dict[str, str] = {}
    for ln in lines:
        found = list(r["chrome_rx"].finditer(ln))
        if not found or found[0].start() != 0:
            continue
        for m, nxt in zip(found, found[1:] + [None]):
            value = ln[m.end(): nxt.start() if nxt else len(ln)].strip()
            if value:
                out.setdefault(r["chrome"][m.group(1)], value)
    return out


def _titles(lines: list[str], r) -> tuple[str | None, str | None, str | None, str | None]:
    """(title, issuer, notice_title, plan_title). A cover notice 《…关于印发X的通知》 issues X:
    the title is X (the plan), the notice title the cover's own. Else the cover's own title."""
    for i, ln in enumerate(lines):
        if "关于" not in ln or not r["title_suffix"].search(ln):
            continue
        prev = lines[i - 1] if i else ""
        # a title broken after its issuer (XX人民政府办公室 / 关于印发…); a site name above a whole title is not one
        issuer_line = prev if ln.startswith("关于") and r["issuer_line"].match(prev) and not prev.endswith("文件") \
            else None
        full = (issuer_line or "") + ln
        m = r["issued"].match(full)
        if m:
            return m.group("title"), (m.group("issuer") or issuer_line), full, m.group("title")
        issuer = full[: full.index("关于")] or None
        return full, issuer, full, None
    for ln in lines:
        if r["title_suffix"].search(ln) and len(ln) <= 60 and not r["doc_number"].search(ln):
            return ln, None, ln, None
    return None, None, None, None


def _signature(lines: list[str], r) -> str | None:
    """The 落款: an issuer line directly followed by a date line."""
    for a, b in zip(lines, lines[1:]):
        if r["issuer_line"].match(a) and _iso(b, r):
            return a
    return None


def _iso(line: str, r: dict) -> str | None:
    line = r["date_trailer"].sub("", line.strip())
    m = r["date"].match(line) or r["iso_date"].match(line)
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
    r = rules(None, _build)
    for source in (issuer, title):
        if not source:
            continue
        row = _cpca(source)
        if not row or not row[0] or not _named(source, row, r):
            continue                      # a bare level word (县人民政府) names no place
        province, city, county = row
        if city and not county:
            county = _county_after(source, city, r)
        level = Level.COUNTY if county else Level.MUNICIPAL if city else Level.PROVINCIAL
        return Region(province, city, county), level
    return Region(), None


def _named(source: str, row, r) -> bool:
    """Whether ``source`` names one of the places cpca read into it (not only a level word)."""
    names = [p for p in row if p] + [r["place_suffix"].sub("", p) for p in row if p]
    return any(len(n) >= 2 and n in source for n in names)


def _settle_namesake(region: Region, named: str, body: str, r) -> Region:
    """A county name several cities share (市中区: 济南, 枣庄, 乐山, 内江) whose city the issuer
    does not name: the namesake whose city or province the notice's text names most (its
    cited parent, other places); with no such evidence the city and province stay unknown.

    >>> _settle_namesake(Region("四川省", "乐山市", "市中区"), "市中区人民政府", "山东省枣庄市", rules(None, _build))
    Region(province='山东省', city='枣庄市', county='市中区')
    """
    if not region.county or not region.city or region.city in named:
        return region
    options = _namesakes(region.county)
    if len(options) < 2:
        return region

    def evidence(o: Region) -> int:
        return sum(body.count(n) for p in (o.province, o.city) if p
                   for n in {p, r["place_suffix"].sub("", p)} if len(n) >= 2)
    best = max(options, key=evidence)
    if evidence(best) == 0 or sum(evidence(o) == evidence(best) for o in options) > 1:
        return Region(None, None, region.county)
    return best


@lru_cache(maxsize=256)
def _namesakes(county: str) -> tuple[Region, ...]:
    import cpca
    book = cpca.ad_2_addr_dict
    name = lambda code: book[code].name if code in book else None
    return tuple(Region(name(a.adcode[:2] + "0" * 10), name(a.adcode[:4] + "0" * 8), county)
                 for a in book.values() if a.name == county and a.rank == 2)


def _county_after(source: str, city: str, r) -> str | None:
    """A district or county the gazetteer does not know yet, named right after its city
    (宝鸡市凤翔区人民政府 -> 凤翔区)."""
    m = re.search(re.escape(city) + r["county_after_city"], source)
    return m.group("county") if m else None


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
