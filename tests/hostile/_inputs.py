"""Hostile inputs, built in memory by each test (no large fixtures in git).

>>> import zipfile, io
>>> sorted(zipfile.ZipFile(io.BytesIO(docx_bytes(paragraph("加强")))).namelist())
['[Content_Types].xml', '_rels/.rels', 'word/document.xml']
>>> pdf_bytes([text_page("x")]).startswith(b"%PDF-1.4")
True
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument'
    b'.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>')


def paragraph(text: str) -> bytes:
    """One WordprocessingML paragraph holding ``text`` (inserted as is: entities stay entities)."""
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def document_xml(body: bytes, prolog: bytes = b"") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog
            + b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + body + b"</w:body></w:document>")


def docx_bytes(body: bytes, *, prolog: bytes = b"") -> bytes:
    """A minimal .docx whose word/document.xml body is ``body``; ``prolog`` goes before the root."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document_xml(body, prolog))
    return buf.getvalue()


def declare_size(package: bytes, member: str, size: int) -> bytes:
    """``package`` with the uncompressed size of ``member`` in its central directory replaced by
    ``size``: the header lies, the data is unchanged (how a bomb hides, or a 2 GB claim made cheap)."""
    name = member.encode()
    at = package.index(b"PK\x01\x02")
    while package[at + 46:at + 46 + len(name)] != name:
        at = package.index(b"PK\x01\x02", at + 4)
    return package[:at + 24] + struct.pack("<I", size) + package[at + 28:]


def pdf_bytes(pages: list[bytes], *, flate: bool = True) -> bytes:
    """A minimal valid PDF: one content stream a page (Flate-compressed unless ``flate`` is False)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages))), len(pages)),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, content in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        data = zlib.compress(content, 9) if flate else content
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(data), b" /Filter /FlateDecode" if flate else b"")
                       + data + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_page(line: str = "Page") -> bytes:
    """A content stream that shows ``line`` once."""
    return b"BT /F1 12 Tf 72 720 Td (" + line.encode("latin-1") + b") Tj ET"


def operators_page(n: int) -> bytes:
    """A content stream of ``n`` text-showing operators ``(a) Tj`` — tiny compressed, huge inflated."""
    return b"BT /F1 12 Tf 72 720 Td " + b"(a) Tj " * n + b"ET"


def html_bytes(body: str, charset: str | None = None) -> bytes:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}</head><body>{body}</body></html>".encode("utf-8")
