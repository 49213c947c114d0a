"""Seed notices as the extractors see them: normalized clause text.

The real normalizer lives in ``pipeline/`` (which ``extractors`` tests must not
depend on); this helper does the few things an extractor relies on — simplified
script, full-width punctuation, no spaces inside numbers, no hard line breaks —
and cuts the text into rough clauses at numbering marks.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc

from tests.conftest import NOTICES
_HALF = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})
_CJK_OR_DIGIT = r"[\u4e00-\u9fff\d〔〕（）]"
_CLAUSE_MARK = re.compile(r"(?=（[一二三四五六七八九十]+）|（\d+）|(?<![\d.])\d+\.(?!\d)|(?<![\u4e00-\u9fff])[一二三四五六七八九十]、)")


def normalize(raw: str) -> str:
    text = opencc.OpenCC("t2s").convert(raw).translate(_HALF)
    text = re.sub(r"[ \u3000]*\n[ \u3000\n]*", "", text)
    return re.sub(rf"(?<={_CJK_OR_DIGIT})[ \u3000]+(?={_CJK_OR_DIGIT})", "", text)


@lru_cache(maxsize=None)
def seed_text(n: int) -> str:
    (path,) = NOTICES.glob(f"{n:03d}_*.txt")
    return normalize(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def seed_clauses(n: int) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE_MARK.split(seed_text(n)) if c.strip())


def checked(text: str, spans) -> list:
    """The spans as a list, after checking each one's ``text`` is ``text[start:end]`` (the span contract)."""
    found = list(spans)
    assert all(s.text == text[s.start:s.end] for s in found), found
    return found
