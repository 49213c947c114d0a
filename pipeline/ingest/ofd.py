"""OFD reader (GB/T 33190-2016, the Chinese fixed-layout format), written on lxml.

An OFD file is a ZIP package: ``OFD.xml`` → ``DocBody/DocRoot`` → the
document's ``Document.xml`` → ``Pages/Page@BaseLoc`` → each page's
``Content.xml``, whose ``Layer``s (and nested ``PageBlock``s) hold
``TextObject``s; a page's ``Template`` pages (``CommonData/TemplatePage``)
are read under it. Each ``TextCode`` places its first character at
``X``/``Y`` (baseline, relative to the TextObject's ``Boundary``, millimetres)
and each next one ``DeltaX`` further (``g N d`` repeats ``d`` N times).
The characters go through the PDF reader's line building, furniture removal
and paragraph flow (``pipeline/ingest/pdf.py``), so an OFD reads like the
PDF of the same page. Ruled tables are not rebuilt (their text comes out as
lines). A document whose pages hold images but no text is OCR'd
(``pipeline/ingest/ocr.py``) unless ``--ocr off``.

``DocInfo`` Title/Author/CreationDate/CustomDatas become ``fields``
(标题, 作者, 创建日期, then each CustomData by its Name).

Safety: every member's declared size is checked before anything is read
(``MAX_MEMBER`` per member, ``MAX_TOTAL`` in all, ``MAX_RATIO`` compression
ratio) and reads are bounded by it; XML is parsed without DTDs, entity
expansion or network access, and a DOCTYPE with entities is refused.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

from pipeline.errors import ContainerLimit, CorruptFile, ScannedPDF, UnsafeXML
from pipeline.ingest import pdf as pdf_reader
from pipeline.ingest._layout import Layout
from pipeline.model import RawDoc

MAX_MEMBER = 100 * 2**20     # bytes, uncompressed, per member
MAX_TOTAL = 500 * 2**20      # bytes, uncompressed, all members read
MAX_RATIO = 200              # uncompressed / compressed, for members over 1 MiB
ASCENT = 0.88                # share of the font size above the baseline
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                          huge_tree=False, remove_comments=True)
_ENTITY = re.compile(rb"<!ENTITY", re.I)
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el, name: str):
    return [c for c in el if _local(c.tag) == name]


def _first(el, name: str):
    return next((c for c in el.iter() if _local(c.tag) == name), None)


class _Package:
    def __init__(self, data: bytes, path: str):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError) as e:
            raise CorruptFile(path, f"is a damaged OFD (ZIP) package ({e})") from None
        self.infos = {i.filename.lstrip("/"): i for i in infos}
        for i in infos:
            if i.file_size > MAX_MEMBER:
                raise ContainerLimit(path, f"member {i.filename} declares {i.file_size:,} bytes uncompressed, "
                                           f"over the per-member limit of {MAX_MEMBER:,} (MAX_MEMBER)")
            if i.file_size > 2**20 and i.file_size > MAX_RATIO * max(1, i.compress_size):
                raise ContainerLimit(path, f"member {i.filename} expands {i.file_size / max(1, i.compress_size):,.0f}×, "
                                           f"over the compression-ratio limit of {MAX_RATIO} (MAX_RATIO)")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL:
            raise ContainerLimit(path, f"declares {total:,} bytes uncompressed in all, over the limit of "
                                       f"{MAX_TOTAL:,} (MAX_TOTAL)")

    def read(self, name: str) -> bytes:
        info = self.infos.get(name.lstrip("/"))
        if info is None:
            raise CorruptFile(self.path, f"is an OFD package without its member {name}")
        try:
            with self.zip.open(info) as f:
                data = f.read(info.file_size + 1)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as e:
            raise CorruptFile(self.path, f"has a damaged member {name} ({e})") from None
        if len(data) > info.file_size:
            raise ContainerLimit(self.path, f"member {name} holds more than its declared {info.file_size:,} bytes")
        return data

    def xml(self, name: str):
        data = self.read(name)
        if _ENTITY.search(data[:4096]) or (b"<!DOCTYPE" in data[:4096] and b"SYSTEM" in data[:4096]):
            raise UnsafeXML(self.path, f"member {name} declares XML entities or an external DTD")
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as e:
            raise CorruptFile(self.path, f"has malformed XML in {name} ({e})") from None


def _join(base: str, loc: str) -> str:
    loc = (loc or "").strip()
    if loc.startswith("/"):
        return loc.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), loc))


def _floats(s: str | None) -> list[float]:
    try:
        return [float(v) for v in (s or "").split()]
    except ValueError:
        return []


def delta_x(spec: str | None) -> list[float]:
    """``"g 3 5.6 2"`` -> [5.6, 5.6, 5.6, 2.0] (GB/T 33190 §11.3: g N d repeats d N times)."""
    out: list[float] = []
    toks = (spec or "").split()
    i = 0
    while i < len(toks):
        if toks[i] == "g" and i + 2 < len(toks):
            out += [float(toks[i + 2])] * int(float(toks[i + 1]))
            i += 3
        else:
            try:
                out.append(float(toks[i]))
            except ValueError:
                pass
            i += 1
    return out


def _text_chars(obj, fonts: dict) -> list[dict]:
    box = _floats(obj.get("Boundary")) + [0, 0, 0, 0]
    bx, by = box[0], box[1]
    size = float(obj.get("Size") or 3.5)
    chars = []
    for code in _children(obj, "TextCode"):
        text = code.text or ""
        if not text:
            continue
        x = float(code.get("X") or 0)
        y = float(code.get("Y") or size * ASCENT)
        deltas = delta_x(code.get("DeltaX"))
        for n, ch in enumerate(text):
            adv = deltas[n] if n < len(deltas) else (size if _CJK.match(ch) else size * 0.5)
            x0 = bx + x
            top = by + y - size * ASCENT
            chars.append({"text": ch, "x0": x0, "x1": x0 + min(adv, size) if adv > 0 else x0 + size * 0.5,
                          "top": top, "bottom": top + size, "size": size,
                          "fontname": fonts.get(obj.get("Font"), "")})
            x += adv
    return chars


def _objects(el, fonts: dict, chars: list, images: list) -> None:
    for child in el:
        name = _local(child.tag)
        if name == "TextObject":
            chars += _text_chars(child, fonts)
        elif name == "ImageObject":
            images.append(child)
        elif name in ("Layer", "PageBlock", "Content"):
            _objects(child, fonts, chars, images)


def _media(pkg: _Package, doc_path: str, doc) -> tuple[dict, dict]:
    """(font id -> name, media id -> member path) from PublicRes/DocumentRes."""
    fonts, media = {}, {}
    common = _first(doc, "CommonData")
    for kind in ("PublicRes", "DocumentRes"):
        for res in ([] if common is None else _children(common, kind)):
            res_path = _join(doc_path, res.text or "")
            if res_path not in pkg.infos:
                continue
            root = pkg.xml(res_path)
            base = _join(res_path, (root.get("BaseLoc") or "") + "/x")
            base = posixpath.dirname(base)
            for f in root.iter():
                if _local(f.tag) == "Font":
                    fonts[f.get("ID")] = f.get("FontName") or ""
                elif _local(f.tag) == "MultiMedia":
                    mf = _first(f, "MediaFile")
                    if mf is not None and mf.text:
                        media[f.get("ID")] = _join(base + "/x", mf.text)
    return fonts, media


def _page_box(el, default):
    area = _first(el, "PhysicalBox") if el is not None else None
    box = _floats(area.text) if area is not None else []
    return box if len(box) == 4 else default


def read(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    pkg = _Package(data, path)
    root = pkg.xml("OFD.xml")
    body = _first(root, "DocBody")
    doc_root = _first(body, "DocRoot") if body is not None else None
    if doc_root is None or not (doc_root.text or "").strip():
        raise CorruptFile(path, "is an OFD package whose OFD.xml names no DocRoot")
    doc_path = _join("OFD.xml", doc_root.text)
    doc = pkg.xml(doc_path)
    fonts, media = _media(pkg, doc_path, doc)
    default_box = _page_box(_first(doc, "PageArea"), [0, 0, 210, 297])
    templates = {t.get("ID"): _join(doc_path, t.get("BaseLoc")) for t in doc.iter()
                 if _local(t.tag) == "TemplatePage"}
    fields = _fields(root)
    pages, image_pages = [], []
    pages_el = _first(doc, "Pages")
    for page_el in ([] if pages_el is None else _children(pages_el, "Page")):
        page_path = _join(doc_path, page_el.get("BaseLoc"))
        page = pkg.xml(page_path)
        box = _page_box(_first(page, "Area"), default_box)
        chars, images = [], []
        for tpl in _children(page, "Template"):
            if tpl.get("TemplateID") in templates and templates[tpl.get("TemplateID")] in pkg.infos:
                _objects(pkg.xml(templates[tpl.get("TemplateID")]), fonts, chars, images)
        content = _first(page, "Content")
        if content is not None:
            _objects(content, fonts, chars, images)
        lines = pdf_reader._lines([dict(c, top=c["top"] - box[1], bottom=c["bottom"] - box[1]) for c in chars])
        pages.append(pdf_reader._Page(box[2], box[3], list(lines)))
        image_pages.append([media.get(i.get("ResourceID")) for i in images])
    if not pages:
        raise CorruptFile(path, "is an OFD document without pages")
    if not any(p.items for p in pages):
        if any(image_pages):
            return _ocr(pkg, path, data, image_pages, fields, len(pages))
        raise ScannedPDF(path, f"OFD with no text on any of {len(pages)} pages")
    pdf_reader._drop_furniture(pages)
    lay = Layout()
    pdf_reader._Flow(pages).run(pages, lay)
    return lay.build(path, "ofd", data, fields=fields)


def _ocr(pkg: _Package, path: str, data: bytes, image_pages, fields, n: int) -> RawDoc:
    from pipeline.ingest import image, ocr
    if ocr.MODE.get() == "off":
        raise ScannedPDF(path, f"OFD whose {n} pages hold only images (a scan) and OCR is off")
    frames = []
    for members in image_pages:
        for m in members:
            if m:
                frames += list(image._frames(pkg.read(m), f"{path}:{m}"))
    return ocr.read_images(frames, path, "ofd", data, fields)


def _fields(root) -> dict[str, str]:
    info = _first(root, "DocInfo")
    out: dict[str, str] = {}
    if info is None:
        return out
    for tag, key in (("Title", "标题"), ("Author", "作者"), ("CreationDate", "创建日期")):
        el = _first(info, tag)
        if el is not None and (el.text or "").strip():
            out[key] = el.text.strip()
    for cd in info.iter():
        if _local(cd.tag) == "CustomData" and cd.get("Name") and (cd.text or "").strip():
            out[cd.get("Name")] = cd.text.strip()
    return out
