"""Web and page noise, punctuation and spaces: the steps that clean a text line by line.

>>> from pipeline.normalize.tracked import Tracked
>>> punctuation(Tracked.of("(一)按照鲁政办字[2024]9号,2024 年")).text
'（一）按照鲁政办字〔2024〕9号，2024 年'
"""
from __future__ import annotations

import unicodedata

from extractors.lexicon import Lexicon
from pipeline.normalize.rules import normalize_rules
from pipeline.normalize.tracked import Tracked

__all__ = ["line_spans", "drop_noise_lines", "running_headers", "punctuation", "spaces"]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, line ends excluded."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def drop_noise_lines(t: Tracked, lexicon: Lexicon | None = None) -> Tracked:
    """Remove web-page heads/tails (encyclopedia mirrors) and page footers, whole lines at a time."""
    r = normalize_rules(lexicon)
    spans = line_spans(t.text)
    lines = [t.text[s:e] for s, e in spans]
    drop = set()
    head = [i for i, ln in enumerate(lines[: r["head_window"]]) if any(rx.search(ln) for rx in r["head_noise"])]
    if len(head) >= r["head_min"]:
        drop.update(range(0, head[-1] + 1))
    for i, ln in enumerate(lines):
        if any(rx.search(ln) for rx in r["tail"]) and i > len(lines) // 2:
            drop.update(range(i, len(lines)))
            break
        if any(rx.search(ln) for rx in r["noise"]):
            drop.add(i)
    drop.update(running_headers(lines, r))
    if not drop:
        return t
    # Whole lines with their line end: the cuts abut but never overlap.
    return t.replace_spans((spans[i][0], min(spans[i][1] + 1, len(t.text)), "") for i in sorted(drop))


def running_headers(lines: list[str], r: dict) -> set[int]:
    """Page numbers (— 3 —, - 3 -, 第3页, 3/10, ·3·) and the running header or footer
    beside them: the nearest non-blank line after (header) or before (footer) a page
    number when it reads as an issuer (``running_header``, at most ``running_header_max_chars``)
    or recurs on that side of another page number (at least ``running_header_min_chars``).

    >>> from pipeline.normalize.rules import normalize_rules
    >>> sorted(running_headers(["一、总体要求", "·1·", "", "某县人民政府办公室文件", "加强"], normalize_rules(None)))
    [1, 3]
    """
    pages = [i for i, ln in enumerate(lines) if any(rx.match(ln) for rx in r["page_number"])]
    beside: dict[tuple[int, str], list[int]] = {}
    for p in pages:
        for step in (1, -1):
            k = p + step
            while 0 <= k < len(lines) and not lines[k].strip():
                k += step
            if 0 <= k < len(lines) and k not in pages:
                beside.setdefault((step, lines[k].strip()), []).append(k)
    drop = set(pages)
    for (_, ln), at in beside.items():
        if (len(ln) <= r["header_max"] and r["running_header"].search(ln)) \
                or (len(set(at)) >= 2 and r["header_min"] <= len(ln) <= r["header_max"]):
            drop.update(at)
    return drop


_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def punctuation(t: Tracked) -> Tracked:
    """Full-width Chinese punctuation in prose, ASCII digits and letters, 〔〕 in 发文字号."""
    # Full-width digits and Latin letters to ASCII (one char each, offsets kept).
    t = t.map_chars(lambda s: "".join(unicodedata.normalize("NFKC", c) if "\uff10" <= c <= "\uff5a" else c for c in s))
    # ASCII punctuation in Chinese prose; not between digits (1,000 / 12:30).
    t = t.sub(r"(?<![0-9A-Za-z])[,:;?!]|[,:;?!](?![0-9])|[()]",
              lambda m: _HALF_TO_FULL[m.group()])
    # 发文字号 brackets: 鲁政办字[2024]9号 / (2024) / 【2024】 -> 〔2024〕
    t = t.sub(r"[\[［【（〔]\s*((?:19|20)\d{2})\s*[\]］】）〕](?=\s*\d{1,4}\s*号)", r"〔\1〕")
    t = t.sub(r"((?:19|20)\d{2})\s*[-－~～–]\s*((?:19|20)\d{2})\s*年", r"\1—\2年")
    t = t.sub(r"<([^<>\n]{1,80})>", r"〈\1〉")
    return t


def spaces(t: Tracked) -> Tracked:
    """No spaces except between two Latin words; line ends and tabs are kept."""
    return t.sub(r"(?<=[A-Za-z])[ \u3000\xa0]+(?=[A-Za-z])|([ \u3000\xa0\r]+)",
                 lambda m: "" if m.group(1) else " ")
