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

__all__ = ["line_spans", "drop_noise_lines", "punctuation", "spaces"]


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
    if not drop:
        return t
    # Whole lines with their line end: the cuts abut but never overlap.
    return t.replace_spans((spans[i][0], min(spans[i][1] + 1, len(t.text)), "") for i in sorted(drop))


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
