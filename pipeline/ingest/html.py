"""HTML reader: a government web page reduced to its article.

A notice published on a government site is wrapped in chrome — top bar,
navigation, breadcrumb, share and print links, a footer with the ICP number —
and usually a 信息公开 table that states the metadata outright. This reader:

1. decodes by BOM, then the ``<meta>`` charset (WHATWG labels: ``gb2312``
   means GBK, decoded with its superset GB18030), then UTF-8, then GB18030;
2. removes chrome (tags and selectors in ``corpora/lexicons/ingest_html.json``);
3. picks the article container: a known content selector (``#zoom``,
   ``.TRS_Editor`` …) when it holds at least ``min_selector_share`` of the
   text the general rule finds, else the block element with the most CJK text
   in its own paragraphs (not counting nested blocks, so the page wrapper
   never wins);
4. lays it out with ``<p>``/``<div>``/``<br>`` boundaries as "\\n" and data
   tables (at least 2×2) as tables, after the ``<h1>`` title when that sits
   outside the container;
5. reads the 信息公开 labels (``corpora/lexicons/ingest_html_fields.tsv``)
   outside the article into ``fields``.

>>> from pathlib import Path
>>> doc = read(Path("tests/fixtures/formats/001.html").read_bytes(), "001.html")
>>> doc.fields["发文字号"]
'三政办〔2024〕2号'
"""
from __future__ import annotations

import codecs
import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from extractors.lexicon import load_json, load_table
from pipeline.ingest import txt
from pipeline.ingest._layout import Layout
from pipeline.model import RawDoc

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_ANY_SPACE = re.compile(r"\s+")
_LABELLED = re.compile(r"(.*?)[:：](.*)", re.S)     # "发文字号：三政办〔2024〕2号"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LINE_TRIM = " \t\u3000\xa0"
_BLOCKS = frozenset("p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table tbody thead tfoot "
                    "section article main blockquote pre center address figure figcaption".split())


def _rules() -> dict:
    return load_json("ingest_html")


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a ``<meta>`` tag declares (first 4 KB), or None."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    label = _rules()["charset_aliases"].get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _cjk(text: str) -> int:
    return len(_CJK.findall(text))


def _own_cjk(el: Tag, containers: frozenset[str]) -> int:
    """CJK characters in ``el``'s text outside its nested block containers."""
    n = 0
    for child in el.children:
        if isinstance(child, NavigableString):
            n += _cjk(child)
        elif isinstance(child, Tag) and child.name not in containers and child.name != "table":
            n += _cjk(child.get_text())
    return n


def _article(soup: BeautifulSoup) -> Tag:
    rules = _rules()
    containers = frozenset(rules["block_containers"])
    best = max(soup.find_all(list(containers)), key=lambda el: _own_cjk(el, containers),
               default=soup)
    need = rules["min_selector_share"] * _cjk(best.get_text())
    for selector in rules["content_selectors"]:
        for el in soup.select(selector):
            if _cjk(el.get_text()) >= need > 0:
                return el
    return best


def _fields(soup: BeautifulSoup, article: Tag) -> dict[str, str]:
    """信息公开 labels outside the article: a label cell and its next sibling, or "标签：值"."""
    labels = {row["label"]: row["field"] for row in load_table("ingest_html_fields")}
    inside = set(map(id, article.find_all(True))) | {id(article)}
    out: dict[str, str] = {}
    for el in soup.find_all(["th", "td", "label", "span", "li", "p", "b", "strong", "dt", "div"]):
        if id(el) in inside or el.find(["table", "div", "li"]):
            continue
        m = _LABELLED.match(el.get_text())
        label = _ANY_SPACE.sub("", m.group(1) if m else el.get_text())
        value = m.group(2).strip(_LINE_TRIM + "\n") if m else ""
        field = labels.get(label)
        if field is None or field in out:
            continue
        if not value:
            nxt = el.find_next_sibling()
            value = nxt.get_text().strip(_LINE_TRIM + "\n") if nxt is not None else ""
        if value:
            out[field] = value
    return out


def _span(cell: Tag, attr: str) -> int:
    value = str(cell.get(attr, "1")).strip()
    return max(1, int(value)) if value.isdigit() else 1


def _grid(table: Tag) -> tuple[list[list[str]], int, list[list[tuple[int, int]]]]:
    """Rows of cell texts with row/colspan cells given once (others ""); leading header rows;
    each position's (row span, column span), (1, 1) where a merged cell covers it."""
    rows: list[list[str]] = []
    spans: list[list[tuple[int, int]]] = []
    taken: dict[tuple[int, int], bool] = {}
    header_rows, in_header = 0, True
    trs = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    for r, tr in enumerate(trs):
        row: list[str] = []
        row_spans: list[tuple[int, int]] = []
        c = 0
        cells = tr.find_all(["td", "th"], recursive=False)
        for cell in cells:
            while taken.get((r, c)):
                row.append("")
                row_spans.append((1, 1))
                c += 1
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            row += [cell.get_text("\n")] + [""] * (colspan - 1)
            row_spans += [(min(rowspan, len(trs) - r), colspan)] + [(1, 1)] * (colspan - 1)
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken[(r + dr, c + dc)] = True
            c += colspan
        while taken.get((r, c)):
            row.append("")
            row_spans.append((1, 1))
            c += 1
        in_header = in_header and (tr.find_parent("thead") is not None
                                   or all(x.name == "th" for x in cells))
        header_rows += in_header and bool(cells)
        rows.append(row)
        spans.append(row_spans)
    width = max((len(r) for r in rows), default=0)
    return ([r + [""] * (width - len(r)) for r in rows], header_rows,
            [s + [(1, 1)] * (width - len(s)) for s in spans])


def _is_data_table(table: Tag) -> bool:
    """A grid of at least 2×2 is data; a one-row or one-column table is page layout."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    return len(rows) >= 2 and max(len(tr.find_all(["td", "th"], recursive=False)) for tr in rows) >= 2


def _lay_out(root: Tag, lay: Layout) -> None:
    buf: list[str] = []

    def flush() -> None:
        for line in "".join(buf).split("\n"):
            lay.paragraph(line.strip(_LINE_TRIM))
        buf.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                buf.append(_HTML_SPACE.sub(" ", str(child)))
            elif child.name == "br":
                buf.append("\n")
            elif child.name == "table" and _is_data_table(child):
                flush()
                rows, header_rows, spans = _grid(child)
                lay.table(rows, header_rows, spans=spans)
            elif child.name in _BLOCKS or child.name in ("td", "th"):
                buf.append("\n")
                walk(child)
                buf.append("\n")
            else:
                walk(child)

    walk(root)
    flush()


def _title(soup: BeautifulSoup, article: Tag) -> Tag | None:
    """The last <h1> before the article (an <h1> inside it is already in its text)."""
    if article.find("h1"):
        return None
    title = None
    for el in soup.find_all(["h1"] + [article.name]):
        if el is article:
            break
        if el.name == "h1" and el.get_text(strip=True):
            title = el
    return title


def read(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    """The article of a web page, its title first, and the page's 信息公开 fields."""
    text, encoding = txt.decode(data, path, declared_charset(data))
    soup = BeautifulSoup(text, "lxml")
    rules = _rules()
    for el in soup.find_all(rules["chrome_tags"]):
        el.decompose()
    for el in soup.select(", ".join(rules["chrome_selectors"])):
        el.decompose()
    article = _article(soup)
    fields = _fields(soup, article)
    lay = Layout()
    title = _title(soup, article)
    if title is not None:
        _lay_out(title, lay)
        fields.setdefault("标题", "".join(title.get_text().split()))
    _lay_out(article, lay)
    return lay.build(path, "html", data, encoding=encoding, fields=fields)
