"""Legacy Word (.doc, Word 97–2003) and WPS (.wps) files: converted with LibreOffice, read as DOCX.

Both are OLE2 compound files (magic D0 CF 11 E0 A1 B1 1A E1); which one is
told by the streams the compound file directory names (``WordDocument`` for
Word and for WPS files saved in Word format; ``WpsContent``/``Workbook`` …
otherwise) and then by the suffix. When ``soffice`` is on PATH the file is
converted with ``soffice --headless --convert-to docx`` in a private temp
directory (its own user profile, so a running LibreOffice is not disturbed)
under ``TIMEOUT`` seconds, and the DOCX reader reads the result; ``format``
stays "doc"/"wps". Without soffice: NeedsConversion (exit 2).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.errors import CorruptFile, NeedsConversion, UnsupportedFormat
from pipeline.model import RawDoc

TIMEOUT = 120          # seconds for one conversion
SOFFICE = ("soffice", "libreoffice")
_SECTOR_SIZES = {9: 512, 12: 4096}


def soffice() -> str | None:
    """The LibreOffice binary on PATH (``POLICYALIGN_SOFFICE`` overrides; "" disables)."""
    forced = os.environ.get("POLICYALIGN_SOFFICE")
    if forced is not None:
        return shutil.which(forced) if forced else None
    return next((p for p in map(shutil.which, SOFFICE) if p), None)


def _directory_names(data: bytes) -> set[str]:
    """Stream names in an OLE2 compound file's directory (first sectors of its chain only)."""
    if len(data) < 512:
        return set()
    shift = int.from_bytes(data[30:32], "little")
    size = _SECTOR_SIZES.get(shift, 512)
    first_dir = int.from_bytes(data[48:52], "little")
    start = (first_dir + 1) * size
    names = set()
    # the directory chain is usually contiguous at its start: read up to 16 sectors
    chunk = data[start:start + 16 * size]
    for off in range(0, len(chunk) - 127, 128):
        n = int.from_bytes(chunk[off + 64:off + 66], "little")
        if 2 <= n <= 64:
            try:
                names.add(chunk[off:off + n - 2].decode("utf-16-le"))
            except UnicodeDecodeError:
                pass
    return names


def ole2_kind(data: bytes, path: str) -> str:
    """"doc" or "wps" for an OLE2 file, or UnsupportedFormat for Excel/PowerPoint/other."""
    names = _directory_names(data)
    suffix = Path(path).suffix.lower()
    if "WordDocument" in names:
        return "wps" if suffix == ".wps" else "doc"
    if names & {"WpsContent", "WPS", "KSOProductBuildVer"} or suffix == ".wps":
        return "wps"
    if names & {"Workbook", "Book"}:
        raise UnsupportedFormat(path, "is an Excel 97–2003 workbook (.xls)")
    if "PowerPoint Document" in names:
        raise UnsupportedFormat(path, "is a PowerPoint 97–2003 presentation (.ppt)")
    if suffix == ".doc" or not names:
        return "doc"
    raise UnsupportedFormat(path, f"is an OLE2 compound file of an unknown kind (streams: {', '.join(sorted(names)[:5])})")


def _convert(data: bytes, path: str, fmt: str) -> bytes:
    exe = soffice()
    if exe is None:
        raise NeedsConversion(path, "legacy Word/WPS file: convert it to DOCX (e.g. with LibreOffice)")
    with tempfile.TemporaryDirectory(prefix="policyalign-soffice-") as tmp:
        src = Path(tmp) / f"input.{fmt}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(Path(tmp) / "out"), str(src)]
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                               env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired:
            raise NeedsConversion(path, f"LibreOffice did not convert it within {TIMEOUT} s",
                                  "convert it to DOCX by hand and pass the DOCX") from None
        out = Path(tmp) / "out" / "input.docx"
        if r.returncode != 0 or not out.is_file():
            err = (r.stderr or r.stdout).decode("utf-8", "replace").strip()[-300:]
            raise CorruptFile(path, f"LibreOffice could not convert this {fmt} file (exit {r.returncode}: {err or 'no output'})")
        return out.read_bytes()


def _read(data: bytes, path: str, fmt: str) -> RawDoc:
    import dataclasses
    import hashlib
    from pipeline.ingest import docx
    raw = docx.read(_convert(data, path, fmt), path, password=None)
    return dataclasses.replace(raw, format=fmt, sha256=hashlib.sha256(data).hexdigest())


def read_doc(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    return _read(data, path, "doc")


def read_wps(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    return _read(data, path, "wps")
