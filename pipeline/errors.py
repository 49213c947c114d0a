"""Every error a user can cause, in one place.

``InputError`` and its subclasses are bad input, not bugs: they carry the
file and what to do about it, map to exit code 2, and a batch records them and
goes on. Anything else that escapes a stage is a defect (exit code 1).
"""
from __future__ import annotations


class PolicyalignError(Exception):
    """Base of the project's own exceptions."""


class InputError(PolicyalignError):
    """The input cannot be read as a notice. ``str(e)`` is the full user-facing message."""

    #: what the user should do; subclasses override
    remedy = "check the file"

    def __init__(self, path: str, problem: str, remedy: str | None = None):
        self.path = str(path)
        self.problem = problem
        if remedy is not None:
            self.remedy = remedy
        super().__init__(f"{self.path}: {problem} — {self.remedy}")

    @property
    def kind(self) -> str:
        return type(self).__name__


class ScannedPDF(InputError):
    remedy = "it is a scan; run OCR first (e.g. ocrmypdf) and pass the OCR'd PDF"


class EncryptedPDF(InputError):
    remedy = "remove the password (e.g. `qpdf --decrypt --password=… in.pdf out.pdf`) or pass --password"


class CorruptFile(InputError):
    remedy = "the file is damaged or truncated; download it again or re-export it from the source"


class EmptyDocument(InputError):
    remedy = "the file holds no text; check that the right file was given"


class UnsupportedFormat(InputError):
    remedy = "convert it to PDF, DOCX, HTML or TXT (e.g. `soffice --headless --convert-to docx`)"


class TooLarge(InputError):
    remedy = "raise the limit with --max-size MB if the file is really a notice"


class UndecodableText(InputError):
    remedy = "save it as UTF-8 or GB18030 and try again"


class ParentNotFound(PolicyalignError):
    """No parent notice could be resolved for a diff."""

    def __init__(self, path: str, cited: list[str], corpus: str):
        self.path, self.cited, self.corpus = path, cited, corpus
        cites = "、".join(cited) if cited else "no document"
        super().__init__(
            f"{path}: cites {cites}, none of which is in {corpus} — "
            "pass the parent explicitly: policyalign diff CHILD PARENT, or --corpus DIR")


# A broken rule table: raised by the lexicon loader (which lives beside the pure extractors).
from extractors.lexicon import LexiconError  # noqa: E402,F401  (re-exported: every error in one module)


# --- ingest of scans, OFD and legacy Word/WPS (pipeline/ingest/{ocr,image,ofd,legacy}.py) ---

class ScannedImage(ScannedPDF):
    remedy = "it is an image of a page; run it with --ocr auto (the default) or OCR it first"


class OCRUnavailable(InputError):
    remedy = "install the OCR engine (pip install rapidocr-onnxruntime) or pass an OCR'd PDF"


class NeedsConversion(InputError):
    remedy = "convert it to DOCX (e.g. with LibreOffice: `soffice --headless --convert-to docx FILE`)"


class ContainerLimit(InputError):
    remedy = "the package declares members beyond the safety limits (a ZIP bomb?); re-export it from the source"


class UnsafeXML(InputError):
    remedy = "the file's XML declares entities or an external DTD and was not read; re-export it from the source"


# --- bounded work on hostile input (pipeline/ingest/limits.py) ---

class ResourceLimit(InputError):
    """Reading the file would take more than a notice can need: a safety limit, or memory.

    ``setting`` names what raises the limit (a key of ``corpora/lexicons/limits.json``,
    or None for running out of memory), ``limit`` and ``value`` the bound and what was found.
    A MemoryError is this, never ``CorruptFile``: the file may be intact, just too big."""

    remedy = ("if it really is a notice, raise the limit named above in a copy of corpora/lexicons "
              "and point POLICYALIGN_LEXICONS at it")

    def __init__(self, path: str, problem: str, remedy: str | None = None, *,
                 setting: str | None = None, limit: float | None = None, value: float | None = None):
        self.setting, self.limit, self.value = setting, limit, value
        super().__init__(path, problem, remedy)


class ZipLimit(ResourceLimit, ContainerLimit):
    """A ZIP member (DOCX, OFD) over a size or compression-ratio limit: both a ResourceLimit and a
    ContainerLimit, so callers of either catch it."""

    remedy = ResourceLimit.remedy
