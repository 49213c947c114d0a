"""Numbers as written in Chinese notices: arabic or Chinese numerals.

>>> parse_number("一百二十"), parse_number("六十"), parse_number("二〇二四"), parse_number("两")
(120.0, 60.0, 2024.0, 2.0)

The character tables live in ``corpora/lexicons/numerals.json``.
"""
from __future__ import annotations

from functools import lru_cache

from extractors.lexicon import load_json


@lru_cache(maxsize=None)
def number_pattern() -> str:
    """Regex (no groups) matching one number, arabic (``60``, ``2.5``) or Chinese (``六十``, ``二〇二四``)."""
    return load_json("numerals")["number_pattern"]


def parse_cn_int(s: str) -> int:
    """``一百二十`` -> 120, ``十五`` -> 15, ``一千零五`` -> 1005; a run of bare digits is read
    positionally (``二〇二四`` -> 2024, as in years). Raises ValueError on other characters."""
    table = load_json("numerals")
    digits, units = table["digits"], table["units"]
    if not s or any(c not in digits and c not in units for c in s):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    if all(c in digits for c in s):
        return int("".join(str(digits[c]) for c in s))
    total = section = 0
    current = None
    for c in s:
        if c in digits:
            current = digits[c]
        elif units[c] == 10000:
            total += (section + (current or 0)) * 10000
            section, current = 0, None
        else:
            # a bare unit (``十五``) means one of it
            section += (1 if current is None else current) * units[c]
            current = None
    return total + section + (current or 0)


def parse_number(s: str) -> float:
    """Arabic (half- or full-width, with decimals) or Chinese numeral -> float.

    >>> parse_number("３０"), parse_number("2.5"), parse_number("三十")
    (30.0, 2.5, 30.0)
    """
    fw = load_json("numerals")["fullwidth_digits"]
    s = s.translate(str.maketrans(fw, "0123456789")).strip()
    try:
        return float(s)
    except ValueError:
        return float(parse_cn_int(s))
