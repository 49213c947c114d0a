"""The normalizer's rules, compiled once per lexicon (``normalize.json``, ``layout.json``,
``mojibake.json``, ``taiwan_vocabulary.tsv``, ``vocabulary_fixes.tsv``; closing labels from ``numbering.json``,
the title suffix from ``metadata.json``)."""
from __future__ import annotations

import re

from extractors.lexicon import Lexicon, rules

__all__ = ["normalize_rules"]


def _alt(words) -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _build(lex: Lexicon) -> dict:
    noise = lex.json("normalize")
    layout = lex.json("layout")
    moji = lex.json("mojibake")
    taiwan = lex.table("taiwan_vocabulary")
    fixes = lex.table("vocabulary_fixes")
    labels = "|".join(lex.json("numbering")["closing_labels"])
    block_start = layout["block_start"] + [f"^({labels})[：:]"]
    return {
        "debris": [re.compile(p) for p in noise["debris"]],
        "head_noise": [re.compile(p) for p in noise["head_noise_lines"]],
        "head_window": noise["head_noise_window"],
        "head_min": noise["head_noise_min_lines"],
        "tail": [re.compile(p) for p in noise["tail_markers"]],
        "noise": [re.compile(p) for p in noise["noise_lines"]],
        "page_number": [re.compile(p["pattern"]) for p in noise["page_number_lines"]],
        "running_header": re.compile(noise["running_header"]),
        "header_min": noise["running_header_min_chars"],
        "header_max": noise["running_header_max_chars"],
        "pipe_row": re.compile(layout["columns"]["pipe_row"]),
        "pipe_rule": re.compile(layout["columns"]["pipe_rule"]),
        "space_gap": re.compile(layout["columns"]["space_gap"]),
        "columns": layout["columns"],
        "mojibake_run": re.compile(moji["run"]),
        "mojibake_hanzi": moji["hanzi_lead_bytes"],
        "mojibake_punct_rows": set(moji["punct_lead_bytes"]),
        "mojibake_restorable": moji["restorable"],
        "script": noise["script"],
        "taiwan": {r["taiwan"]: r["mainland"] for r in taiwan},
        "taiwan_rx": _alt(r["taiwan"] for r in taiwan),
        "taiwan_markers": _alt(r["taiwan"] for r in taiwan if r["marker"] == "1"),
        "fixes": {r["from"]: r["to"] for r in fixes},
        "fixes_rx": _alt(r["from"] for r in fixes),
        "block_start": re.compile("|".join(f"(?:{p})" for p in block_start)),
        "marker_only": re.compile(layout["marker_only"]),
        "standalone": re.compile("|".join(f"(?:{p})" for p in layout["standalone"])),
        "sentence_end": re.compile(layout["sentence_end"]),
        "heading_max": layout["heading_max_chars"],
        "title_suffix": re.compile(lex.json("metadata")["title_suffix"]),
        "continuation": re.compile(layout["continuation_start"]),
        "wrap": layout["wrap"],
        "max_cell_lines": layout["max_cell_lines"],
    }


def normalize_rules(lexicon: Lexicon | None) -> dict:
    return rules(lexicon, _build)
