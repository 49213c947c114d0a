"""Image reader (PNG, JPEG, TIFF incl. multi-page, BMP/WebP by magic): a photographed or scanned notice, OCR'd.

Each frame is converted to 8-bit grey and recognised by ``pipeline.ingest.ocr``
(the same line assembly, furniture removal and paragraph flow as a scanned
PDF). Pillow's decompression-bomb guard stays on (``MAX_PIXELS`` per frame);
with ``--ocr off`` an image is refused as ScannedImage.
"""
from __future__ import annotations

import io
from typing import Iterator

import numpy as np

from pipeline.errors import CorruptFile, ScannedImage, TooLarge
from pipeline.model import RawDoc

MAX_PIXELS = 120_000_000     # per frame: an A0 page at 300 dpi is ~140 M; a notice page far less
MAX_FRAMES = 500


def _frames(data: bytes, path: str) -> Iterator[np.ndarray]:
    from PIL import Image, ImageSequence, UnidentifiedImageError
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        img = Image.open(io.BytesIO(data))
        img.verify()                       # structure check before decoding anything
        img = Image.open(io.BytesIO(data))
        for n, frame in enumerate(ImageSequence.Iterator(img)):
            if n >= MAX_FRAMES:
                raise TooLarge(path, f"has more than {MAX_FRAMES} frames")
            if frame.width * frame.height > MAX_PIXELS:
                raise TooLarge(path, f"frame {n + 1} is {frame.width}×{frame.height} pixels, "
                                     f"over the limit of {MAX_PIXELS:,}")
            grey = frame.convert("L")
            # an image scanned at 300+ dpi is brought near the engine's 200 dpi
            dpi = (frame.info.get("dpi") or (0, 0))[0] or 0
            if dpi and dpi > 260:
                grey = grey.resize((round(grey.width * 200 / dpi), round(grey.height * 200 / dpi)))
            yield np.asarray(grey)
    except (TooLarge, ScannedImage):
        raise
    except Image.DecompressionBombError as e:
        raise TooLarge(path, f"is an image too large to decode safely ({e})") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as e:
        raise CorruptFile(path, f"is a damaged or truncated image ({type(e).__name__}: {e})") from None


def read(data: bytes, path: str, *, password: str | None = None) -> RawDoc:
    from pipeline.ingest import ocr
    if ocr.MODE.get() == "off":
        raise ScannedImage(path, "is an image (no text layer) and OCR is off")
    frames = list(_frames(data, path))   # decode all first: a corrupt frame fails before OCR starts
    return ocr.read_images(frames, path, "image", data)
