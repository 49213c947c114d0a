"""Numbers as written in Chinese notices: arabic or Chinese numerals.

>>> parse_number("一百二十"), parse_number("六十"), parse_number("二〇二四"), parse_number("两")
(120.0, 60.0, 2024.0, 2.0)

The character tables live in ``corpora/lexicons/numerals.json``.
"""
from __future__ import annotations

from extractors.lexicon import Lexicon, rules


def number_pattern(lexicon: Lexicon | None = None) -> str:
    """Regex (no groups) matching one number, arabic (``60``, ``2.5``) or Chinese (``六十``, ``二〇二四``)."""
    return rules(lexicon, _build)["number_pattern"]


def _build(lex: Lexicon) -> dict:
    table = dict(lex.json("numerals"))
    table["fullwidth"] = str.maketrans(table["fullwidth_digits"], "0123456789")
    return table


def parse_cn_int(s: str, lexicon: Lexicon | None = None) -> int:
    """``一百二十`` -> 120, ``十五`` -> 15, ``一千零五`` -> 1005; a run of bare digits is read
    positionally (``二〇二四`` -> 2024, as in years). Raises ValueError on other characters."""
    table = rules(lexicon, _build)
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


def parse_number(s: str, lexicon: Lexicon | None = None) -> float:
    """Arabic (half- or full-width, with decimals) or Chinese numeral -> float.

    >>> parse_number("３０"), parse_number("2.5"), parse_number("三十")
    (30.0, 2.5, 30.0)
    """
    s = s.translate(rules(lexicon, _build)["fullwidth"]).strip()
    try:
        return float(s)
    except ValueError:
        return float(parse_cn_int(s, lexicon))
